// The PDF of a long decision (Quyết định with 2,000 awardees): the whole
// document built from the decision and written by the docs module.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/decision_document.h"
#include "app/seed_campaign.h"
#include "docs/pdf_writer.h"

namespace {

void BM_DecisionPdf(benchmark::State& state) {
  const thidua::core::Campaign plan = thidua::app::seed_campaign({});
  thidua::core::DecisionRecord d;
  d.kind = thidua::core::DecisionKind::kDecision;
  d.doc_symbol = "QĐ-STNMT";
  d.number = 12;
  d.issue_date = "2023-11-10";
  d.title = "Về việc tặng Giấy khen của Giám đốc Sở cho các tập thể, cá nhân có thành tích xuất sắc";
  d.award_name = "Giấy khen";
  d.award_granted_by = "Giám đốc Sở";
  d.signer_authority = "GIÁM ĐỐC";
  d.signer_name = "Bùi Quang Huy";
  std::vector<thidua::core::NomineeRow> list(static_cast<size_t>(state.range(0)));
  for (size_t i = 0; i < list.size(); ++i) {
    list[i].subject = "individual";
    list[i].name = "Nguyễn Văn Khen " + std::to_string(i + 1);
    list[i].position = "Chuyên viên";
    list[i].unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
    list[i].report = "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được công nhận.";
  }
  const std::string path = (std::filesystem::temp_directory_path() / "thidua-decision-bench.pdf").string();
  for (auto _ : state) {
    auto doc = thidua::app::decision_document(plan, d, list);
    auto written = thidua::docs::write_pdf(doc, path);
    if (!written.ok()) state.SkipWithError("write_pdf failed");
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_DecisionPdf)->Arg(300)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
