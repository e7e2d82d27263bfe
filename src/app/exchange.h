// Proposals between deployments (issue 14 #3): when the receiving body runs
// its own thidua, the Department's approved proposal travels as an exchange
// package (app/exchange_package.h, app/exchange_manifest.h), and the answer
// comes back the same way.
//
//   sender                                  receiver
//   export_proposal_package  --proposal-->  import_exchange_package
//                                           (a submission in the queue,
//                                            origin "exchange": receive,
//                                            assign, appraise, return or
//                                            council and decide as usual)
//   import_exchange_package  <--answer----  export_answer_package
//   (decided: the nominations granted       (after the decision or the
//    or refused with the receiver's          return)
//    number, as record_receiver_answer;
//    returned: the reason kept, the
//    corrected proposal exported again as
//    its next round)
//
// Import is idempotent: the same package twice changes nothing the second
// time (same package id and manifest hash: "already imported"). A package
// with a known id but another manifest is refused (exchange_altered); one
// whose sequence number another package from the same sender to the same
// receiver already used, or of a round older than the one taken in, is
// refused (exchange_replayed); a damaged, unsigned, untrusted or altered
// package, or one of another format version, is refused by verify_package.
// The first package taken from a sender's code fixes whose certificate
// speaks for it (a later one signed by another agency: refused), and an
// answer must be signed by the agency the proposal was sent to
// (exchange_signature_invalid). A refused package stores nothing. Everything taken in is
// one transaction with its audit entry ("exchange.import"); every package
// made is kept in the file store with its row ("exchange.export").
//
// Rights: the sender's office (kDraftDecisions on the campaign's issuing
// unit) exports proposals and imports their answers; the receiver's office
// (kDraftDecisions on the receiving agency) imports proposals and exports
// answers. A proposal package is signed with the issuing unit's agency
// identity, an answer with the receiving agency's (app/document_signing.h):
// the certificate must name the agency (names compared without case or
// diacritics). The receiver trusts the authorities in data_dir/trust.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/context.h"
#include "app/exchange_manifest.h"
#include "app/unit_work_access.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

// A package made here (or made before and given again), kept in the file store.
struct ExportedPackage {
  std::string package_id;
  std::string kind;
  int64_t sequence = 0;
  int round = 1;
  bool again = false;  // the same package as an earlier export (nothing new made)
  DownloadFile file;
};

// The approved, unanswered proposal `decision_id` as a package to the agency
// `receiver` of another deployment (its code and name there) with the
// sender's note. Round 1, or the next round after the receiver's return was
// imported; the same round asked again gives the package made then (again).
// kConflict when the proposal was sent inside this deployment, or exported
// to another receiver and not returned; kValidation ("signing") without the
// agency's signing identity or for one that does not name the agency;
// kValidation ("receiver") for a bad code or name.
core::Result<ExportedPackage> export_proposal_package(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, int64_t decision_id,
                                                      const ExchangeParty& receiver, const std::string& note,
                                                      const RequestMeta& meta);

// The answer to the imported submission `submission_id` (decided or returned
// in its current round) as a package to its sender, with the receiver's
// decision as PDF when it granted someone. The same answer asked again gives
// the package made then. kConflict before a decision or return, or for a
// submission that was not imported.
core::Result<ExportedPackage> export_answer_package(const Services& services, const core::Actor& actor,
                                                    int64_t submission_id, const RequestMeta& meta);

// What an import did.
struct ImportedPackage {
  std::string package_id;
  std::string kind;
  bool already = false;  // the same package was imported before: nothing changed
  std::optional<int64_t> submission_id;  // a proposal: its submission here
  std::optional<int64_t> campaign_id;    // an answer: the proposal it answered
  std::optional<int64_t> decision_id;
  std::string outcome;  // an answer: "decided", "returned"
  std::string signer;   // the signing certificate's CN
};
core::Result<ImportedPackage> import_exchange_package(const Services& services, const core::Actor& actor,
                                                      const std::string& path, const RequestMeta& meta);

// The same for a package's bytes (an upload).
core::Result<ImportedPackage> import_exchange_bytes(const Services& services, const core::Actor& actor,
                                                    std::string bytes, const RequestMeta& meta);

// One package made or taken in here, as the pages and the API list them.
struct PackageInfo {
  std::string direction;  // "out", "in"
  std::string kind;       // "proposal", "answer"
  std::string package_id;
  int64_t sequence = 0;
  int round = 1;
  std::string outcome;  // an answer: "decided", "returned"
  std::string note;     // the proposal's note, or the reason of a return
  std::string counterpart;  // the other agency's code
  std::string signer;       // taken in: the signing certificate's CN
  int64_t size = 0;
  std::string created_at;
};
// The packages of the proposal `decision_id`, oldest first, for those who
// read it as its sender (kDraftDecisions, kApproveDecisions or
// kTrackCampaigns on the issuing unit); kNotFound otherwise.
core::Result<std::vector<PackageInfo>> decision_packages(const Services& services, const core::Actor& actor,
                                                         int64_t campaign_id, int64_t decision_id);
// The packages of the imported submission `submission_id`, for its receiving side.
core::Result<std::vector<PackageInfo>> submission_packages(const Services& services, const core::Actor& actor,
                                                           int64_t submission_id);
// True when the actor may take packages in somewhere (an office: kDraftDecisions on some unit).
bool may_import_packages(const core::Actor& actor);

// The stored file of a package made or taken in here (`direction` "out" or
// "in"), for whoever reads its proposal as the sender (kDraftDecisions,
// kApproveDecisions or kTrackCampaigns on the issuing unit) or acts on its
// submission as the receiver.
core::Result<DownloadFile> exchange_package_file(const Services& services, const core::Actor& actor,
                                                 const std::string& direction, const std::string& package_id);

}  // namespace thidua::app
