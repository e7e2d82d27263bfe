// The secretariat's dashboard computed cold: app::get_dashboard without the
// server's 15-second figure reuse (Services::progress_cache unset), i.e. what
// one request costs when the figures are recomputed (the participating units,
// their plans and the counters of migration 070, rolled up in memory, then the
// late-first page).
// Runs on an existing database prepared by bench/campaign.sh, named by the
// environment: THIDUA_BENCH_DB (a URL, "sqlite:PATH" or "postgresql://...")
// and THIDUA_BENCH_CAMPAIGN (default 1). Skipped when THIDUA_BENCH_DB is unset.
// Reports the distribution of single computations as counters (p50, p90,
// max, in milliseconds), measured one after another on one thread.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/clock.h"
#include "app/context.h"
#include "app/tracking.h"
#include "store/db.h"
#include "store/units.h"

namespace {

using namespace thidua;

void BM_DashboardCold(benchmark::State& state) {
  const char* url = std::getenv("THIDUA_BENCH_DB");
  if (url == nullptr || *url == '\0') {
    state.SkipWithError("set THIDUA_BENCH_DB to a database prepared by bench/campaign.sh");
    return;
  }
  const char* campaign_env = std::getenv("THIDUA_BENCH_CAMPAIGN");
  const int64_t campaign = campaign_env ? std::atoll(campaign_env) : 1;
  auto db = store::open_database(url);
  if (!db.ok()) {
    state.SkipWithError(db.error().message.c_str());
    return;
  }
  core::Actor secretariat;
  {
    auto conn = (*db)->acquire();
    auto root = store::find_unit_by_code(*conn, "STNMT");
    if (!root.ok() || !root->has_value()) {
      state.SkipWithError("no unit STNMT (load the demo first)");
      return;
    }
    secretariat.grants = {{core::Role::kSecretariat, (*root)->id, (*root)->path}};
  }
  app::SystemClock clock;
  app::Services services{**db, clock, app::SecurityPolicy{}, "data"};  // no progress_cache: always computed
  const app::DashboardQuery query{1, 50, true};
  std::vector<double> ms;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    auto d = app::get_dashboard(services, secretariat, campaign, query);
    const auto t1 = std::chrono::steady_clock::now();
    if (!d.ok()) {
      state.SkipWithError(d.error().message.c_str());
      break;
    }
    benchmark::DoNotOptimize(d->totals.units);
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p90_ms"] = at(0.90);
  state.counters["max_ms"] = ms.back();
}
BENCHMARK(BM_DashboardCold)->Iterations(40)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
