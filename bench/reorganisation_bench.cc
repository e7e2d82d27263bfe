// A reorganisation moving 10,000 people (issue 14, aim: under 5 s): two
// agencies, the first with a division of 10,000 people and memberships since
// 2020, merged into a new agency; app::apply_reorganisation (re-plan under
// locks, the set-based moves, the people counters kept by triggers, the audit
// entry), then the division dissolved into the new agency, which transfers
// its 10,000 people; each timed per iteration on new units. On a temporary
// SQLite database, or on THIDUA_BENCH_DB (a URL; records are added with new
// codes each run: use a throwaway database).
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/access.h"
#include "app/clock.h"
#include "app/reorganisations.h"
#include "core/names.h"
#include "store/migrations.h"
#include "store/units.h"

namespace {

using namespace thidua;

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";
constexpr int64_t kPeople = 10000;

// Two agencies and the people: returns the request merging them.
core::Result<core::ReorgRequest> prepare(store::Database& db) {
  auto conn = db.acquire();
  core::Unit a;
  a.code = "STNMT-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand());
  a.name = "Sở Tài nguyên và Môi trường";
  a.kind = core::UnitKind::kAgency;
  a.valid_from = "2008-01-01";
  auto ra = store::insert_unit(*conn, a, kNow);
  if (!ra.ok()) return ra.error();
  core::Unit div = a;
  div.code += "-QLDD";
  div.name = "Phòng Quản lý đất đai";
  div.kind = core::UnitKind::kDivision;
  div.parent_id = ra->id;
  auto rd = store::insert_unit(*conn, div, kNow);
  if (!rd.ok()) return rd.error();
  core::Unit b = a;
  b.code += "-NN";
  b.name = "Sở Nông nghiệp và Phát triển nông thôn";
  auto rb = store::insert_unit(*conn, b, kNow);
  if (!rb.ok()) return rb.error();
  THIDUA_TRY(store::in_transaction(*conn, [&]() -> core::Status {
    for (int64_t i = 0; i < kPeople; ++i) {
      const std::string name = "Nguyễn Văn Thử " + std::to_string(i);
      auto p = conn->query(
          "INSERT INTO people (full_name, name_folded, sort_key, category, unit_id, unit_path, created_at, updated_at) "
          "VALUES (?,?,?,'civil_servant',?,?,?,?) RETURNING id",
          {name, core::fold(name), core::name_sort_key(name), rd->id, rd->path, std::string(kNow), std::string(kNow)});
      if (!p.ok()) return p.error();
      auto m = conn->exec("INSERT INTO memberships (person_id, unit_id, valid_from, is_primary) VALUES (?,?,?,1)",
                          {(*p)[0].i64(0), rd->id, std::string("2020-01-01")});
      if (!m.ok()) return m.error();
    }
    return {};
  }));
  core::ReorgRequest r;
  r.kind = core::ReorgKind::kMerge;
  r.effective_date = "2025-03-01";
  r.sources = {ra->id, rb->id};
  core::NewUnit n;
  n.code = a.code + "-NNMT";
  n.name = "Sở Nông nghiệp và Môi trường";
  n.kind = core::UnitKind::kAgency;
  n.header = core::AgencyHeader{"", "UBND TỈNH BẮC NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Ninh"};
  r.new_units = {n};
  return r;
}

void BM_ReorganiseTenThousandPeople(benchmark::State& state) {
  const char* url = std::getenv("THIDUA_BENCH_DB");
  const auto dir = std::filesystem::temp_directory_path() / ("thidua_reorg_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_url = url && *url ? std::string(url) : "sqlite:" + (dir / "bench.db").string();
  auto db = store::open_database(db_url);
  if (!db.ok() || !store::migrate(**db).ok()) {
    state.SkipWithError("no database");
    return;
  }
  app::SystemClock clock;
  app::Services services{**db, clock, app::SecurityPolicy{}, dir.string()};
  const app::RequestMeta meta{"127.0.0.1", "bench", "bench"};
  const core::Actor actor = app::system_actor();
  double merge_ms = 0, dissolve_ms = 0;
  int64_t runs = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto request = prepare(**db);
    if (!request.ok()) {
      state.SkipWithError(request.error().message.c_str());
      break;
    }
    state.ResumeTiming();
    // 1. The merger: the division (10,000 people) moves under the new agency.
    const auto t0 = std::chrono::steady_clock::now();
    auto preview = app::preview_reorganisation(services, actor, *request);
    auto done = preview.ok() ? app::apply_reorganisation(services, actor, *request, preview->token, meta)
                             : core::Result<app::ReorgOutcome>(preview.error());
    const auto t1 = std::chrono::steady_clock::now();
    if (!done.ok()) {
      state.SkipWithError(done.error().message.c_str());
      break;
    }
    // 2. The division dissolved into the new agency: its 10,000 people transferred.
    core::ReorgRequest dissolve;
    dissolve.kind = core::ReorgKind::kDissolve;
    dissolve.effective_date = "2025-07-01";
    {
      auto conn = (*db)->acquire();
      auto div = conn->query("SELECT id FROM units WHERE parent_id = ? AND kind = 'division'",
                             {done->created_ids[0]});
      if (!div.ok() || div->empty()) {
        state.SkipWithError("no division");
        break;
      }
      dissolve.sources = {(*div)[0].i64(0)};
    }
    dissolve.target_id = done->created_ids[0];
    const auto t2 = std::chrono::steady_clock::now();
    auto p2 = app::preview_reorganisation(services, actor, dissolve);
    auto d2 = p2.ok() ? app::apply_reorganisation(services, actor, dissolve, p2->token, meta)
                      : core::Result<app::ReorgOutcome>(p2.error());
    const auto t3 = std::chrono::steady_clock::now();
    if (!d2.ok()) {
      state.SkipWithError(d2.error().message.c_str());
      break;
    }
    merge_ms += std::chrono::duration<double, std::milli>(t1 - t0).count();
    dissolve_ms += std::chrono::duration<double, std::milli>(t3 - t2).count();
    ++runs;
  }
  if (runs > 0) {
    state.counters["merge_ms"] = merge_ms / static_cast<double>(runs);
    state.counters["transfer_10000_ms"] = dissolve_ms / static_cast<double>(runs);
  }
  db->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ReorganiseTenThousandPeople)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
