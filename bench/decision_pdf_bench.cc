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
#include "sample_decision.h"

namespace {

void BM_DecisionPdf(benchmark::State& state) {
  const thidua::core::Campaign plan = thidua::app::seed_campaign({});
  const thidua::core::DecisionRecord d = thidua::bench::sample_decision();
  const auto list = thidua::bench::sample_awardees(static_cast<size_t>(state.range(0)));
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
