// Eligibility from history (issue 11 #4) on a database prepared by
// `thidua demo --people 100000` (five years of history behind every person:
// about 1.1 million records), named by THIDUA_BENCH_DB ("sqlite:PATH" or
// "postgresql://..."); skipped when it is unset.
//  - BM_EligibleNowWholeAgency: "eligible now" for Lao động tiên tiến of the
//    latest rated year over the whole agency, as the office sees it (every
//    person judged, the first page kept).
//  - BM_PersonExplanation: one person's explanation (every award of the
//    year, rule by rule), a different person each time.
// Reports the distribution of single computations (p50, p90, p99, max, ms),
// one after another on one thread.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "app/clock.h"
#include "app/context.h"
#include "app/access.h"
#include "app/eligibility.h"
#include "store/db.h"
#include "store/units.h"

namespace {

using namespace thidua;

struct Bench {
  std::unique_ptr<store::Database> db;
  app::SystemClock clock;
  std::unique_ptr<app::Services> services;
  core::Actor office;
  int year = 0;
  int64_t max_person = 0;
};

// Opens the database; empty `why` when ready.
std::unique_ptr<Bench> open_bench(std::string& why) {
  const char* url = std::getenv("THIDUA_BENCH_DB");
  if (url == nullptr || *url == '\0') {
    why = "set THIDUA_BENCH_DB to a database made by thidua demo --people 100000";
    return nullptr;
  }
  auto b = std::make_unique<Bench>();
  auto db = store::open_database(url);
  if (!db.ok()) {
    why = db.error().message;
    return nullptr;
  }
  b->db = std::move(*db);
  b->services = std::make_unique<app::Services>(app::Services{*b->db, b->clock, app::SecurityPolicy{}, "data"});
  auto conn = b->db->acquire();
  auto root = store::find_unit_by_code(*conn, "STNMT");
  if (!root.ok() || !root->has_value()) {
    why = "no unit STNMT (load the demo first)";
    return nullptr;
  }
  b->office.grants = {{core::Role::kSecretariat, (*root)->id, (*root)->path}};
  auto people = conn->query("SELECT max(id) FROM people");
  if (!people.ok()) {
    why = people.error().message;
    return nullptr;
  }
  b->max_person = (*people)[0].i64(0);
  auto year = app::default_eligibility_year(*b->services);
  b->year = year.ok() ? *year : 0;
  return b;
}

void report(benchmark::State& state, std::vector<double>& ms) {
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p90_ms"] = at(0.90);
  state.counters["p99_ms"] = at(0.99);
  state.counters["max_ms"] = ms.back();
}

void BM_EligibleNowWholeAgency(benchmark::State& state) {
  std::string why;
  auto b = open_bench(why);
  if (!b) {
    state.SkipWithError(why.c_str());
    return;
  }
  std::vector<double> ms;
  int64_t judged = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    auto list = app::eligible_list(*b->services, b->office, {"LDTT", b->year, std::nullopt, core::Verdict::kMet, 1, 50});
    const auto t1 = std::chrono::steady_clock::now();
    if (!list.ok()) {
      state.SkipWithError(list.error().message.c_str());
      return;
    }
    judged = list->met + list->not_met + list->missing;
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  state.counters["people"] = static_cast<double>(judged);
  report(state, ms);
}
BENCHMARK(BM_EligibleNowWholeAgency)->Iterations(5)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_PersonExplanation(benchmark::State& state) {
  std::string why;
  auto b = open_bench(why);
  if (!b) {
    state.SkipWithError(why.c_str());
    return;
  }
  std::vector<double> ms;
  int64_t person = 1;
  for (auto _ : state) {
    person = person * 48271 % b->max_person + 1;  // a different person each time
    const auto t0 = std::chrono::steady_clock::now();
    auto e = app::person_eligibility(*b->services, app::system_actor(), person, b->year);
    const auto t1 = std::chrono::steady_clock::now();
    if (!e.ok()) {
      state.SkipWithError(e.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(e->awards.size());
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  report(state, ms);
}
BENCHMARK(BM_PersonExplanation)->Iterations(2000)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
