// An issued document's signed file (store/issued_documents.h): what was
// issued, the stored PDF (file store) and who signed it when. Immutable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace thidua::core {

struct IssuedDocument {
  int64_t id = 0;
  std::string subject;  // kIssuedDecision (a decision or a proposal), kIssuedPlan, kIssuedMinutes, kIssuedCertificate, ...
  int64_t subject_id = 0;
  std::string sha256;   // the signed PDF in the file store
  int64_t size = 0;
  std::string signed_at;  // ISO 8601, Vietnam time: the signatures' claimed time
  std::optional<int64_t> signer_user_id;
  int64_t agency_unit_id = 0;
  std::string signer_cert_sha256;  // SHA-256 of the certificates' DER (hex)
  std::string agency_cert_sha256;
};

inline constexpr const char* kIssuedDecision = "decision";  // subject_id: the decision's id
inline constexpr const char* kIssuedPlan = "plan";          // subject_id: the campaign's id
inline constexpr const char* kIssuedMinutes = "minutes";    // subject_id: the council session's id
inline constexpr const char* kIssuedCertificate = "certificate";  // subject_id: the award's id
inline constexpr const char* kIssuedResultsNotice = "results_notice";  // subject_id: the campaign's id
inline constexpr const char* kIssuedSummaryReport = "summary_report";  // subject_id: the campaign's id

}  // namespace thidua::core
