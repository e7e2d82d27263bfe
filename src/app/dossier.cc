#include "app/dossier.h"

#include <zip.h>

#include <boost/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "app/access.h"
#include "app/crypto.h"
#include "app/decision_document.h"
#include "app/decisions.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "app/minutes_document.h"
#include "core/messages_vi/awards.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "io/xlsx_writer.h"
#include "store/campaigns.h"
#include "store/file_store.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;

core::Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::make_error(core::errc::kStorage, msg::kDossierTempUnreadable);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes;
}

// Runs `write(tmp)` for a temporary file beside `path` and returns its bytes.
template <class Write>
core::Result<std::string> produce(const std::string& path, const std::string& suffix, Write write) {
  const std::string tmp = path + ".part" + suffix;
  auto status = write(tmp);
  core::Result<std::string> bytes = status.ok() ? read_file(tmp) : core::Result<std::string>(status.error());
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  return bytes;
}

// An uploaded file of the package: its path inside the ZIP, where the file
// store keeps it, and its hash and size (content-addressed: no need to read it).
struct StoredEntry {
  std::string name;
  std::string path;
  std::string sha256;
  int64_t size = 0;
};

std::string two_digits(size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The text report goes in as .txt when there is text, or when there is no
// file either (so that every nominee has a report entry, even an empty one);
// the uploaded file goes in under its safe name.
bool has_text_report(const core::NomineeRow& n) { return !n.report.empty() || !n.report_sha256; }

// The dossier paths of the `order`-th nominee's report: the .txt first, then
// the uploaded file (bao-cao-thanh-tich/NN-<nomination id>-<safe name>).
std::vector<std::string> report_names(const core::NomineeRow& n, size_t order) {
  const std::string stem = "bao-cao-thanh-tich/" + two_digits(order) + "-" + std::to_string(n.nomination_id);
  std::vector<std::string> out;
  if (has_text_report(n)) out.push_back(stem + ".txt");
  if (n.report_sha256) out.push_back(stem + "-" + (n.report_file_name.empty() ? "bao-cao" : n.report_file_name));
  return out;
}

}  // namespace

core::Result<std::vector<DossierFile>> council_minutes_files(const Services& services, const core::DecisionRecord& d,
                                                            const std::string& scratch_path) {
  std::vector<int64_t> sessions;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query(
        "SELECT DISTINCT si.session_id FROM session_items si "
        "JOIN decision_items di ON di.nomination_id = si.nomination_id "
        "JOIN council_sessions cs ON cs.id = si.session_id "
        "WHERE di.decision_id = ? AND cs.state = 'closed' ORDER BY si.session_id",
        {d.id});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) sessions.push_back(r.i64(0));
  }
  std::vector<DossierFile> out;
  for (int64_t sid : sessions) {
    auto doc = session_minutes(services, system_actor(), d.campaign_id, sid);
    if (!doc.ok()) return doc.error();
    const core::Actor system = system_actor();
    auto bytes = produce(scratch_path, "-bien-ban.pdf", [&](const std::string& tmp) {
      return write_minutes_pdf(services, system, {}, d.campaign_id, sid, tmp);  // the signed minutes when signed
    });
    if (!bytes.ok()) return bytes.error();
    out.push_back({"phien-" + std::to_string(sid) + ".pdf", std::move(*bytes)});
  }
  return out;
}

core::Status write_dossier(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t decision_id, const std::string& path, const RequestMeta& meta) {
  auto v = get_decision(services, actor, campaign_id, decision_id);
  if (!v.ok()) return v.error();
  core::Campaign plan;
  {
    auto conn = services.db.acquire();
    auto c = store::find_campaign(*conn, campaign_id);
    if (!c.ok()) return c.error();
    if (!c->has_value()) return not_found(msg::kWhatCampaign);
    plan = std::move(**c);
    THIDUA_TRY(use_header_on(*conn, plan, v->decision.issue_date.value_or(vietnam_date(services.clock.now()))));
  }
  const core::DecisionRecord& d = v->decision;
  const auto doc = decision_document(plan, d, v->list);
  const std::string stem = decision_file_stem(d);

  std::vector<DossierFile> files;
  std::vector<StoredEntry> stored;  // uploaded report files, added from disk
  // The signed file when the document was issued signed (the same bytes as its download).
  const auto what = decision_to_sign(plan, d, v->list);
  auto pdf = produce(path, ".pdf", [&](const std::string& p) {
    return what ? write_issued_pdf(services, &actor, meta, *what, p) : docs::write_pdf(doc, p);
  });
  if (!pdf.ok()) return pdf.error();
  files.push_back({stem + ".pdf", std::move(*pdf)});
  auto docx = produce(path, ".docx", [&](const std::string& p) { return docs::write_docx(doc, p); });
  if (!docx.ok()) return docx.error();
  files.push_back({stem + ".docx", std::move(*docx)});
  auto xlsx = produce(path, ".xlsx", [&](const std::string& p) -> core::Status {
    auto w = io::XlsxWriter::create(p, msg::kDossierListSheet);
    if (!w.ok()) return w.error();
    THIDUA_TRY(w->header({"STT", msg::kDossierColName, msg::kDossierColPosition, msg::kDossierColUnit, msg::kDossierColNomination, msg::kDossierColReport}));
    size_t i = 0;
    for (const auto& n : v->list) {
      ++i;
      std::string names;
      for (const auto& name : report_names(n, i)) names += (names.empty() ? "" : "; ") + name;
      THIDUA_TRY(w->row({std::to_string(i), n.name, n.position, n.unit_name, std::to_string(n.nomination_id), names}));
    }
    return w->close();
  });
  if (!xlsx.ok()) return xlsx.error();
  files.push_back({"danh-sach.xlsx", std::move(*xlsx)});

  json::array nominees;
  size_t i = 0;
  for (const auto& n : v->list) {
    const auto names = report_names(n, ++i);
    json::array report_files;
    for (const auto& name : names) report_files.push_back(json::value(name));
    if (has_text_report(n)) {
      std::string text = msg::dossier_report_text(n.name, n.position, n.unit_name, n.report);
      files.push_back({names.front(), std::move(text)});
    }
    if (n.report_sha256) {
      // Streamed from the file store when the ZIP is written, never held in memory.
      std::error_code ec;
      const std::string stored_path = store::is_sha256_hex(*n.report_sha256)
                                          ? store::stored_file_path(services.data_dir, *n.report_sha256)
                                          : std::string();
      const auto size = stored_path.empty() ? 0 : std::filesystem::file_size(stored_path, ec);
      if (stored_path.empty() || ec) {
        return core::make_error(core::errc::kStorage, msg::dossier_report_unreadable(n.nomination_id));

      }
      stored.push_back({names.back(), stored_path, *n.report_sha256, static_cast<int64_t>(size)});
    }
    const std::string report_name = names.front();
    nominees.push_back(json::object{
        {"order", static_cast<int64_t>(i)},
        {"nomination_id", n.nomination_id},
        {"subject", n.subject},
        {"person_id", n.person_id ? json::value(*n.person_id) : json::value(nullptr)},
        {"unit_id", n.subject == "collective" && n.nominee_unit_id ? json::value(*n.nominee_unit_id)
                                                                    : json::value(n.unit_id)},
        {"name", n.name},
        {"position", n.position},
        {"unit_name", n.unit_name},
        {"state", std::string(core::nomination_state_code(n.state))},
        {"report_file", report_name},
        {"report_files", report_files}});
  }
  auto minutes = council_minutes_files(services, d, path);
  if (!minutes.ok()) return minutes.error();
  for (auto& f : *minutes) files.push_back({"bien-ban/" + f.name, std::move(f.bytes)});

  json::array listed;
  for (const auto& f : files) {
    listed.push_back(json::object{{"name", f.name},
                                  {"bytes", static_cast<int64_t>(f.bytes.size())},
                                  {"sha256", sha256_hex(f.bytes)}});
  }
  for (const auto& f : stored) {
    listed.push_back(json::object{{"name", f.name}, {"bytes", f.size}, {"sha256", f.sha256}});
  }
  const std::string number_symbol = d.number ? document_number_symbol(*d.number, d.doc_symbol) : std::string();
  json::object index{
      {"format", "thidua-dossier/1"},
      {"campaign", json::object{{"id", plan.id},
                                {"title", plan.title},
                                {"plan_number_symbol",
                                 plan.number ? std::to_string(*plan.number) + "/" + plan.doc_symbol : std::string()}}},
      {"document", json::object{{"id", d.id},
                                {"kind", std::string(core::decision_kind_code(d.kind))},
                                {"state", std::string(core::decision_state_code(d.state))},
                                {"number", d.number ? json::value(*d.number) : json::value(nullptr)},
                                {"number_symbol", number_symbol},
                                {"date", d.issue_date ? json::value(*d.issue_date) : json::value(nullptr)},
                                {"title", d.title},
                                {"signer", d.signer_name}}},
      {"award", json::object{{"id", d.award_type_id},
                             {"code", d.award_code},
                             {"name", d.award_name},
                             {"granted_by", d.award_granted_by}}},
      {"nominees", nominees},
      {"files", listed}};
  const std::string index_json = json::serialize(index);

  // In memory first, then the uploaded files from the store, index.json last.
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (zip == nullptr) return core::make_error(core::errc::kStorage, msg::kDossierCannotCreate);
  auto add = [&](const std::string& name, zip_source_t* src) {
    if (src != nullptr && zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0) return true;
    if (src != nullptr) zip_source_free(src);
    zip_discard(zip);
    return false;
  };
  const core::Error write_failed = core::make_error(core::errc::kStorage, msg::kDossierCannotWrite);
  for (const auto& f : files) {
    if (!add(f.name, zip_source_buffer(zip, f.bytes.data(), f.bytes.size(), 0))) return write_failed;
  }
  for (const auto& f : stored) {
    if (!add(f.name, zip_source_file(zip, f.path.c_str(), 0, -1))) return write_failed;
  }
  if (!add("index.json", zip_source_buffer(zip, index_json.data(), index_json.size(), 0))) return write_failed;
  if (zip_close(zip) != 0) {
    zip_discard(zip);
    return core::make_error(core::errc::kStorage, msg::kDossierCannotWrite);
  }
  return {};
}

}  // namespace thidua::app
