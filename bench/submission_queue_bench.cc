// The receiving queue (issue 14, aim: the queue page's p99 under 50 ms): 40
// receiving agencies holding 200,000 submissions between them (5,000 each,
// one nominee each, in every state), sent by one agency. Timed: the first
// page of one agency's queue with its counts per state (app::submission_queue,
// what the page and GET /api/v1/submissions read), the same filtered by
// state, a deep page (keyset), and one submission with its list, rounds and
// history (app::get_submission); p50 and p99 over 400 calls each, rotating the
// agency. On a temporary SQLite database, or on THIDUA_BENCH_DB (a URL: use a
// throwaway database; rows are added with new codes each run).
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/clock.h"
#include "app/seed_campaign.h"
#include "app/submissions.h"
#include "store/campaigns.h"
#include "store/migrations.h"
#include "store/units.h"

namespace {

using namespace thidua;

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";
constexpr int kAgencies = 40;
constexpr int64_t kSubmissions = 200000;
constexpr int kCalls = 400;

struct Setup {
  std::vector<core::Unit> receivers;
  int64_t first_submission = 0, last_submission = 0;
};

core::Result<Setup> prepare(store::Database& db) {
  Setup out;
  auto conn = db.acquire();
  const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(std::rand());
  core::Unit sender;
  sender.code = "STNMT-" + tag;
  sender.name = "Sở Tài nguyên và Môi trường";
  sender.kind = core::UnitKind::kAgency;
  auto s = store::insert_unit(*conn, sender, kNow);
  if (!s.ok()) return s.error();
  for (int i = 0; i < kAgencies; ++i) {
    core::Unit u;
    u.code = "BTDKT-" + tag + "-" + std::to_string(i);
    u.name = "Ban Thi đua – Khen thưởng " + std::to_string(i);
    u.kind = core::UnitKind::kAgency;
    auto r = store::insert_unit(*conn, u, kNow);
    if (!r.ok()) return r.error();
    auto a = conn->exec("INSERT INTO receiving_agencies (unit_id, decision_symbol, authority, created_at) "
                        "VALUES (?, 'QĐ-UBND', 'Chủ tịch Ủy ban nhân dân tỉnh', ?)",
                        {r->id, std::string(kNow)});
    if (!a.ok()) return a.error();
    out.receivers.push_back(*r);
  }
  core::Campaign plan = app::seed_campaign({{"STNMT", s->id}});
  auto campaign = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  if (!campaign.ok()) return campaign.error();
  auto c = store::find_campaign(*conn, *campaign);
  if (!c.ok() || !c->has_value()) return core::make_error(core::errc::kInternal, "no campaign");
  const int64_t award = (*c)->award_types.at(1).id;
  THIDUA_TRY(store::in_transaction(*conn, [&]() -> core::Status {
    auto n = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, nominee_unit_id, subject_key, report, "
        "state, submitted_at) VALUES (?,?,?,'collective',?,'u','', 'proposed', ?) RETURNING id",
        {*campaign, award, s->id, s->id, std::string(kNow)});
    if (!n.ok()) return n.error();
    const int64_t nomination = (*n)[0].i64(0);
    auto d = conn->exec(
        "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?) "
        "INSERT INTO decisions (campaign_id, award_type_id, kind, issuing_unit_id, state, doc_symbol, number, "
        "issue_date, title, drafted_at) SELECT ?, ?, 'proposal', ?, 'approved', 'TTr-STNMT', i, '2025-10-01', "
        "'Tờ trình đề nghị khen thưởng', ? FROM seq",
        {kSubmissions, *campaign, award, s->id, std::string(kNow)});
    if (!d.ok()) return d.error();
    const int64_t first_receiver = out.receivers.front().id;
    auto sub = conn->exec(
        "INSERT INTO submissions (decision_id, sender_unit_id, receiver_unit_id, state, round, title, sender_name, "
        "proposal_number_symbol, award_name, year, received_number, sent_at, updated_at) "
        "SELECT d.id, ?, ? + (d.id % ?), CASE (d.id / 40) % 5 WHEN 0 THEN 'sent' WHEN 1 THEN 'received' "
        "WHEN 2 THEN 'returned' WHEN 3 THEN 'reviewed' ELSE 'decided' END, 1, d.title, 'Sở Tài nguyên và Môi trường', "
        "'01/TTr-STNMT', 'Bằng khen của Chủ tịch UBND tỉnh', 2025, d.number, ?, ? FROM decisions d "
        "WHERE d.campaign_id = ?",
        {s->id, first_receiver, static_cast<int64_t>(kAgencies), std::string(kNow), std::string(kNow), *campaign});
    if (!sub.ok()) return sub.error();
    auto items = conn->exec(
        "INSERT INTO submission_items (submission_id, nomination_id, ord, subject, nominee_unit_id, name) "
        "SELECT s.id, ?, 1, 'collective', ?, 'Phòng Quản lý đất đai' FROM submissions s "
        "JOIN decisions d ON d.id = s.decision_id WHERE d.campaign_id = ?",
        {nomination, s->id, *campaign});
    if (!items.ok()) return items.error();
    auto range = conn->query(
        "SELECT MIN(s.id), MAX(s.id) FROM submissions s JOIN decisions d ON d.id = s.decision_id "
        "WHERE d.campaign_id = ?",
        {*campaign});
    if (!range.ok()) return range.error();
    out.first_submission = (*range)[0].i64(0);
    out.last_submission = (*range)[0].i64(1);
    return {};
  }));
  return out;
}

// The secretariat of one receiving agency.
core::Actor clerk_of(const core::Unit& u) {
  core::Actor a;
  a.user_id = 1;
  a.username = "cv";
  a.display_name = "Chuyên viên";
  a.grants.push_back({core::Role::kSecretariat, u.id, u.path});
  return a;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

void BM_ReceivingQueue(benchmark::State& state) {
  const char* url = std::getenv("THIDUA_BENCH_DB");
  const auto dir = std::filesystem::temp_directory_path() / ("thidua_queue_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_url = url && *url ? std::string(url) : "sqlite:" + (dir / "bench.db").string();
  auto db = store::open_database(db_url);
  if (!db.ok() || !store::migrate(**db).ok()) {
    state.SkipWithError("no database");
    return;
  }
  auto setup = prepare(**db);
  if (!setup.ok()) {
    state.SkipWithError(setup.error().message.c_str());
    return;
  }
  app::SystemClock clock;
  app::Services services{**db, clock, app::SecurityPolicy{}, dir.string()};
  std::vector<double> first, filtered, deep, one;
  auto timed = [](std::vector<double>& into, auto&& call) {
    const auto t0 = std::chrono::steady_clock::now();
    const bool ok = call();
    into.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    return ok;
  };
  for (auto _ : state) {
    for (int k = 0; k < kCalls; ++k) {
      const core::Actor actor = clerk_of(setup->receivers[static_cast<size_t>(k) % setup->receivers.size()]);
      bool ok = timed(first, [&] {
        auto q = app::submission_queue(services, actor, {});
        if (!q.ok()) state.SkipWithError(q.error().message.c_str());
        return q.ok() && q->rows.size() == 50;
      });
      ok = ok && timed(filtered, [&] {
        app::QueueFilter f;
        f.state = core::SubmissionState::kReceived;
        auto q = app::submission_queue(services, actor, f);
        return q.ok() && !q->rows.empty();
      });
      ok = ok && timed(deep, [&] {
        app::QueueFilter f;
        f.before_id = setup->first_submission + (setup->last_submission - setup->first_submission) / 2;
        auto q = app::submission_queue(services, actor, f);
        return q.ok() && q->rows.size() == 50;
      });
      ok = ok && timed(one, [&] {
        auto q = app::submission_queue(services, actor, {});
        if (!q.ok() || q->rows.empty()) return false;
        auto v = app::get_submission(services, actor, q->rows[static_cast<size_t>(k) % q->rows.size()].id);
        return v.ok() && v->items.size() == 1;
      });
      if (!ok) {
        state.SkipWithError("a call failed");
        break;
      }
    }
  }
  state.counters["first_page_p50_ms"] = percentile(first, 0.50);
  state.counters["first_page_p99_ms"] = percentile(first, 0.99);
  state.counters["by_state_p99_ms"] = percentile(filtered, 0.99);
  state.counters["deep_page_p99_ms"] = percentile(deep, 0.99);
  state.counters["queue_and_one_p99_ms"] = percentile(one, 0.99);
  db->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ReceivingQueue)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
