// The long decision the document benchmarks draw (decision_pdf_bench.cc,
// document_signing_bench.cc): a Giấy khen of the Director with `rows`
// individual awardees.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/decision.h"

namespace thidua::bench {

inline core::DecisionRecord sample_decision() {
  core::DecisionRecord d;
  d.kind = core::DecisionKind::kDecision;
  d.doc_symbol = "QĐ-STNMT";
  d.number = 12;
  d.issue_date = "2023-11-10";
  d.title = "Về việc tặng Giấy khen của Giám đốc Sở cho các tập thể, cá nhân có thành tích xuất sắc";
  d.award_name = "Giấy khen";
  d.award_granted_by = "Giám đốc Sở";
  d.signer_authority = "GIÁM ĐỐC";
  d.signer_name = "Bùi Quang Huy";
  return d;
}

inline std::vector<core::NomineeRow> sample_awardees(size_t rows) {
  std::vector<core::NomineeRow> list(rows);
  for (size_t i = 0; i < list.size(); ++i) {
    list[i].subject = "individual";
    list[i].name = "Nguyễn Văn Khen " + std::to_string(i + 1);
    list[i].position = "Chuyên viên";
    list[i].unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
    list[i].report = "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được công nhận.";
  }
  return list;
}

}  // namespace thidua::bench
