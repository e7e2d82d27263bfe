// The council's encrypted ballot at a large council's scale, through the use
// cases on a fresh SQLite database (issue 8): 25 members present, 50
// nominations. Measures each member's ballot on all 50 items
// (app::cast_votes: sealing, the transaction, the audit), the close with the
// committee's shares (every ballot's proof checked, 50 totals decrypted with
// proofs, the box published, the WAL truncated) and the public check of the
// whole record (app::load_ballot_record + core::ballot::verify_record).
// Reports p50/p99/max of the casts over several sessions and the close and
// check times, in milliseconds. Needs nothing but a writable temp folder.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/access.h"
#include "app/ballot.h"
#include "app/clock.h"
#include "app/context.h"
#include "app/council.h"
#include "app/crypto.h"
#include "app/demo.h"
#include "app/users.h"
#include "core/ballot_record.h"
#include "store/council.h"
#include "store/migrations.h"
#include "store/units.h"

namespace {

using namespace thidua;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kMembers = 25;
constexpr int kItems = 50;
constexpr int kSessions = 4;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// A demo database with a council of 25 and the seed campaign (id 1).
struct Site {
  fs::path dir;
  std::unique_ptr<store::Database> db;
  app::SystemClock clock;
  std::unique_ptr<app::Services> services;
  int64_t council_id = 0;
  std::vector<std::pair<core::Actor, int64_t>> members;  // actor, member id
  core::Actor secretariat;
  std::string error;

  Site() {
    app::init_crypto();
    dir = fs::temp_directory_path() / ("thidua-ballot-bench-" + app::random_token(6));
    fs::create_directories(dir);
    auto opened = store::open_database("sqlite:" + (dir / "thidua.db").string());
    if (!opened.ok()) {
      error = opened.error().message;
      return;
    }
    db = std::move(*opened);
    if (auto m = store::migrate(*db); !m.ok()) {
      error = m.error().message;
      return;
    }
    services = std::make_unique<app::Services>(app::Services{*db, clock, app::SecurityPolicy{}, dir.string()});
    services->policy.password_cost = {1, 8u << 20};
    const app::RequestMeta meta{"127.0.0.1", "bench", "bench"};
    app::DemoOptions demo;
    demo.people = 100;
    demo.activity = false;
    if (auto d = app::load_demo(*services, demo, meta); !d.ok()) {
      error = d.error().message;
      return;
    }
    auto conn = db->acquire();
    auto root = store::find_unit_by_code(*conn, "STNMT");
    auto council = conn->query("SELECT id FROM councils ORDER BY id LIMIT 1");
    if (!root.ok() || !root->has_value() || !council.ok() || council->empty()) {
      error = "the demo has no STNMT or council";
      return;
    }
    council_id = council->rows[0].i64(0);
    secretariat.user_id = 0;
    secretariat.grants = {{core::Role::kSecretariat, (*root)->id, (*root)->path}};
    for (int i = 0; i < kMembers; ++i) {
      app::NewUser u;
      u.username = "uyvienbench" + std::to_string(i);
      u.display_name = "Ủy viên " + std::to_string(i);
      u.password = "MatKhau@Bench2026";
      u.role = core::Role::kCouncilMember;
      u.unit_id = (*root)->id;
      auto made = app::create_user(*services, app::system_actor(), u, meta);
      if (!made.ok()) {
        error = made.error().message;
        return;
      }
      core::CouncilMember m;
      m.council_id = council_id;
      m.user_id = made->user.id;
      m.full_name = u.display_name;
      m.role = core::CouncilRole::kMember;
      auto id = store::insert_member(*conn, m);
      if (!id.ok()) {
        error = id.error().message;
        return;
      }
      core::Actor a;
      a.user_id = made->user.id;
      a.grants = {{core::Role::kCouncilMember, (*root)->id, (*root)->path}};
      members.emplace_back(a, *id);
    }
    // Only the bench's members: the demo's own leave the council.
    if (auto r = conn->exec("UPDATE council_members SET active = 0 WHERE council_id = ? AND full_name NOT LIKE 'Ủy viên %'",
                            {council_id});
        !r.ok()) {
      error = r.error().message;
    }
  }
  ~Site() {
    services.reset();
    db.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  // A voting session with 50 fresh accepted nominations; the committee's shares.
  int64_t open_session(std::map<int64_t, std::string>& shares) {
    const app::RequestMeta meta{"127.0.0.1", "bench", "bench"};
    auto conn = db->acquire();
    auto type = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = 1 ORDER BY ord LIMIT 1");
    auto unit = conn->query("SELECT id FROM units WHERE code = 'PTNMT-LN'");
    if (!type.ok() || type->empty() || !unit.ok() || unit->empty()) return 0;
    static int counter = 0;
    for (int i = 0; i < kItems; ++i) {
      auto n = conn->exec(
          "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, nominee_unit_id, subject_key, state, "
          "submitted_at) VALUES (1, ?, ?, 'collective', ?, ?, 'accepted', '2023-09-30T00:00:00.000Z')",
          {type->rows[0].i64(0), unit->rows[0].i64(0), unit->rows[0].i64(0), "u:bench-" + std::to_string(++counter)});
      if (!n.ok()) return 0;
    }
    auto sid = app::create_session(*services, secretariat, 1, council_id, "2026-12-04", "Hội trường", meta);
    if (!sid.ok()) return 0;
    std::vector<int64_t> present;
    for (const auto& [a, id] : members) present.push_back(id);
    if (!app::set_session_attendance(*services, secretariat, 1, *sid, present, meta).ok()) return 0;
    if (!app::open_session_ballot(*services, secretariat, 1, *sid, {present[0], present[1]}, meta).ok()) return 0;
    for (int k = 0; k < 2; ++k) {
      auto code = app::draw_committee_share(*services, members[static_cast<size_t>(k)].first, 1, *sid, meta);
      if (!code.ok()) return 0;
      shares[present[static_cast<size_t>(k)]] = *code;
    }
    return *sid;
  }
};

void BM_BallotSession(benchmark::State& state) {
  Site site;
  if (!site.error.empty()) {
    state.SkipWithError(site.error.c_str());
    return;
  }
  const app::RequestMeta meta{"127.0.0.1", "bench", "bench"};
  std::vector<double> casts, closes, checks;
  for (auto _ : state) {
    for (int s = 0; s < kSessions; ++s) {
      std::map<int64_t, std::string> shares;
      const int64_t sid = site.open_session(shares);
      if (sid == 0) {
        state.SkipWithError("cannot prepare a session");
        return;
      }
      core::Result<store::Rows> items = core::make_error(core::errc::kInternal, "");
      {
        auto conn = site.db->acquire();
        items = conn->query("SELECT id FROM session_items WHERE session_id = ? ORDER BY ord", {sid});
      }
      if (!items.ok()) {
        state.SkipWithError(items.error().message.c_str());
        return;
      }
      for (size_t m = 0; m < site.members.size(); ++m) {
        std::vector<app::VoteInput> votes;
        for (size_t i = 0; i < items->size(); ++i) {
          votes.push_back({(*items)[i].i64(0), (i + m) % 3 == 0 ? core::ballot::kDisagree : core::ballot::kAgree});
        }
        const auto t0 = Clock::now();
        auto cast = app::cast_votes(*site.services, site.members[m].first, 1, sid, votes, meta);
        casts.push_back(ms_since(t0));
        if (!cast.ok()) {
          state.SkipWithError(cast.error().message.c_str());
          return;
        }
      }
      const auto t1 = Clock::now();
      auto closed = app::close_session_ballot(*site.services, site.secretariat, 1, sid, shares, meta);
      closes.push_back(ms_since(t1));
      if (!closed.ok()) {
        state.SkipWithError(closed.error().message.c_str());
        return;
      }
      const auto t2 = Clock::now();
      auto lease = site.db->acquire();
      auto record = app::load_ballot_record(*lease, sid);
      const bool ok = record.ok() && core::ballot::verify_record(*record).ok;
      checks.push_back(ms_since(t2));
      if (!ok) {
        state.SkipWithError("the record does not verify");
        return;
      }
    }
  }
  state.counters["cast50_p50_ms"] = percentile(casts, 0.5);
  state.counters["cast50_p99_ms"] = percentile(casts, 0.99);
  state.counters["cast50_max_ms"] = percentile(casts, 1.0);
  state.counters["close_max_ms"] = percentile(closes, 1.0);
  state.counters["verify_max_ms"] = percentile(checks, 1.0);
  state.counters["casts"] = static_cast<double>(casts.size());
}
BENCHMARK(BM_BallotSession)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
