// The dossier (hồ sơ đề nghị khen thưởng, legal.md §4) of a decision or a
// proposal as one ZIP package: the document as PDF and DOCX, the list as XLSX,
// each nominee's achievement report, the council's minutes and a
// machine-readable index.json naming every file with its SHA-256.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/decisions.h"

namespace thidua::app {

// One file of the package.
struct DossierFile {
  std::string name;   // path inside the ZIP (UTF-8)
  std::string bytes;
};

// The council's minutes (biên bản, PDF) of every closed session that voted on
// a nomination of decision `d`, named "phien-<session id>.pdf"; temporary
// files are written beside `scratch_path`. The caller has checked that the
// actor may read the decision (the minutes are part of its dossier).
core::Result<std::vector<DossierFile>> council_minutes_files(const Services& services, const core::DecisionRecord& d,
                                                            const std::string& scratch_path);

// Writes the dossier of a decision the actor may read (see decisions.h) as a
// ZIP at `path`. Files: <stem>.pdf, <stem>.docx (stem from
// decision_file_stem), danh-sach.xlsx, per nominee bao-cao-thanh-tich/NN-<nomination
// id>.txt (the text report; left out when there is only a file) and
// bao-cao-thanh-tich/NN-<nomination id>-<safe name> (the uploaded report file),
// bien-ban/phien-<id>.pdf, index.json last (nominees[].report_files lists the
// report's paths; files[] every file with its sha256). The PDF of an issued
// decision is its signed file (app/document_signing.h) when it has one.
core::Status write_dossier(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t decision_id, const std::string& path, const RequestMeta& meta);

}  // namespace thidua::app
