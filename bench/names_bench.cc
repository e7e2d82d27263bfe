// Micro-benchmarks of the name functions run for every person written or searched.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/names.h"

namespace {

const std::vector<std::string> kNames = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Đức Thắng", "Phạm Thị Ánh Tuyết",
                                         "Hoàng Quốc Việt", "Bùi Quang Huy", "Giáp Văn Tuấn", "Thân Thị Hường"};

void BM_Fold(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(thidua::core::fold(kNames[i++ % kNames.size()]));
}
BENCHMARK(BM_Fold);

void BM_SortKey(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(thidua::core::name_sort_key(kNames[i++ % kNames.size()]));
}
BENCHMARK(BM_SortKey);

void BM_SearchSuffixes(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(thidua::core::name_search_suffixes(kNames[i++ % kNames.size()]));
}
BENCHMARK(BM_SearchSuffixes);

}  // namespace
