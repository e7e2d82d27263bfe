// The home page's work list ("Việc cần làm", app/work_list.h) at province
// scale: app::work_list for the secretariat and the leader of the Department
// (every unit in scope) and for the head of the unit with the most
// registrations waiting, one after another, on an existing database prepared
// by bench/campaign.sh (THIDUA_BENCH_DB, a URL; skipped when unset). The aim
// (issue 13): p99 under 20 ms. Reports p50, p99 and max in milliseconds over
// every call, and the items found (so a run on an empty database shows).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/clock.h"
#include "app/context.h"
#include "app/work_list.h"
#include "store/db.h"
#include "store/units.h"

namespace {

using namespace thidua;

void BM_WorkList(benchmark::State& state) {
  const char* url = std::getenv("THIDUA_BENCH_DB");
  if (url == nullptr || *url == '\0') {
    state.SkipWithError("set THIDUA_BENCH_DB to a database prepared by bench/campaign.sh");
    return;
  }
  auto db = store::open_database(url);
  if (!db.ok()) {
    state.SkipWithError(db.error().message.c_str());
    return;
  }
  std::vector<core::Actor> actors;
  {
    auto conn = (*db)->acquire();
    auto root = store::find_unit_by_code(*conn, "STNMT");
    if (!root.ok() || !root->has_value()) {
      state.SkipWithError("no unit STNMT (load the demo first)");
      return;
    }
    for (core::Role role : {core::Role::kSecretariat, core::Role::kLeader}) {
      core::Actor a;
      a.user_id = 1;
      a.grants = {{role, (*root)->id, (*root)->path}};
      actors.push_back(a);
    }
    auto busiest = conn->query(
        "SELECT u.id, u.path FROM registrations r JOIN units u ON u.id = r.unit_id WHERE r.state = 'submitted' "
        "GROUP BY u.id, u.path ORDER BY COUNT(*) DESC LIMIT 1");
    if (busiest.ok() && !busiest->empty()) {
      core::Actor head;
      head.user_id = 1;
      head.grants = {{core::Role::kUnitHead, (*busiest)[0].i64(0), (*busiest)[0].str(1)}};
      actors.push_back(head);
    }
  }
  app::SystemClock clock;
  app::Services services{**db, clock, app::SecurityPolicy{}, "data"};
  std::vector<double> ms;
  int64_t items = 0;
  size_t turn = 0;
  for (auto _ : state) {
    const core::Actor& actor = actors[turn++ % actors.size()];
    const auto t0 = std::chrono::steady_clock::now();
    auto list = app::work_list(services, actor);
    const auto t1 = std::chrono::steady_clock::now();
    if (!list.ok()) {
      state.SkipWithError(list.error().message.c_str());
      break;
    }
    items += list->total;
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p99_ms"] = at(0.99);
  state.counters["max_ms"] = ms.back();
  state.counters["items_per_call"] = static_cast<double>(items) / static_cast<double>(ms.size());
}
BENCHMARK(BM_WorkList)->Iterations(300)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
