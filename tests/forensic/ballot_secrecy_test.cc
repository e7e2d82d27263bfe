// The attack as a test: an adversary holding the database files (SQLite
// main file, -wal, -shm, the backup; PostgreSQL pages read with pageinspect),
// the data folder and the audit trail tries to learn how each member voted.
// The test fails when any strategy recovers the choices better than chance.
//
// Today's ballot (in-place counters, a participation row and a receipt per
// ballot) is expected to FAIL this test: it documents the attack. The
// encrypted ballot that replaces it must pass it, with only the scenario
// driver (scenario.cc) adapted.
//
// The bound. 25 (member, item) choices, each item split 3–2 (scenario.h).
//  - A coin flip per choice gets ≥ 20 right with probability
//    P(Bin(25, 1/2) ≥ 20) = 0.00204 (about 0.2%).
//  - Knowing the published counts, the best guess (each item's majority for
//    everyone) gets exactly 15 right; a guess drawn at random among the
//    assignments consistent with the counts gets ≥ 20 right with probability
//    about 0.4% (per item 5, 3 or 1 right with probabilities 0.1, 0.6, 0.3).
// So more than 19 of 25 correct is recovery beyond what chance and the
// published results give; a strategy that makes no guess scores 0.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "app/crypto.h"
#include "store/db.h"
#include "forensic/evidence.h"
#include "forensic/scenario.h"
#include "forensic/strategies.h"

namespace thidua::test::forensic {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxCorrect = 19;  // of 25: see the bound above

struct Score {
  int correct = 0, wrong = 0, guessed = 0;
  int receipts_correct = 0, receipts_claimed = 0;
  bool order_right = false;
};

Score score(const StrategyResult& r, const GroundTruth& truth) {
  Score s;
  for (const auto& [who, items] : truth.choices) {
    for (const auto& [item, v] : items) {
      auto g = r.guesses.find(who);
      if (g == r.guesses.end()) continue;
      auto gi = g->second.find(item);
      if (gi == g->second.end()) continue;
      ++s.guessed;
      (gi->second == v ? s.correct : s.wrong)++;
    }
  }
  std::set<std::pair<std::string, std::string>> real, claimed(r.receipt_links.begin(), r.receipt_links.end());
  for (const auto& [who, list] : truth.receipts) {
    for (const auto& [item, rc] : list) real.insert({who, rc});
  }
  s.receipts_claimed = static_cast<int>(claimed.size());
  for (const auto& l : claimed) s.receipts_correct += real.count(l) ? 1 : 0;
  s.order_right = !r.inferred_order.empty() && r.inferred_order == truth.vote_order;
  return s;
}

std::string report(const StrategyResult& r, const Score& s, const GroundTruth& truth) {
  std::ostringstream o;
  o << "== " << r.name << "\n";
  if (!r.skipped.empty()) {
    o << "   SKIPPED: " << r.skipped << "\n";
    return o.str();
  }
  o << "   choices: " << s.correct << " of 25 correct (" << s.guessed << " guessed, " << s.wrong << " wrong)\n";
  if (!r.receipt_links.empty()) {
    o << "   receipts linked to members: " << s.receipts_correct << " correct of " << s.receipts_claimed << " claimed\n";
  }
  if (!r.inferred_order.empty()) o << "   order of voting recovered: " << (s.order_right ? "yes" : "no") << "\n";
  for (const auto& l : r.links) o << "   - " << l << "\n";
  if (s.guessed > 0) {
    o << "   recovered (member: item=choice, * = right):\n";
    for (const auto& [who, items] : truth.choices) {
      o << "     " << who << ":";
      for (const auto& [item, v] : items) {
        auto m = r.guesses.find(who);
        auto g = m != r.guesses.end() ? m->second.find(item) : std::map<int64_t, Vote>::const_iterator{};
        if (m != r.guesses.end() && g != m->second.end()) {
          o << " " << item << "=" << (g->second == Vote::kAgree ? "A" : "D") << (g->second == v ? "*" : "");
        } else {
          o << " " << item << "=?";
        }
      }
      o << "\n";
    }
  }
  return o.str();
}

class BallotForensicTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log_ = fs::temp_directory_path() / ("forensic-access-" + app::random_token(8) + ".log");
    TestSiteOptions o;
    o.access_log = log_.string();
    fx_ = std::make_unique<CouncilFixture>(o);
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
  }
  void TearDown() override {
    fx_.reset();
    std::error_code ec;
    fs::remove(log_, ec);
  }

  fs::path log_;
  std::unique_ptr<CouncilFixture> fx_;
};

TEST_F(BallotForensicTest, NoStrategyRecoversTheVotesFromTheFiles) {
  EvidenceCollector collector(*fx_->site, log_);
  const std::string pg_note = collector.prepare();
  if (!pg_note.empty()) std::cout << "[forensic] PostgreSQL page inspection off: " << pg_note << "\n";

  // On PostgreSQL another transaction of the same database holds a snapshot
  // from before the close until the evidence after it is taken (a report, a
  // pg_dump): VACUUM FULL kept every closed ballot for it; the close must not.
  std::optional<store::Lease> older_snapshot;
  const ScenarioResult run = run_ballot_scenario(*fx_, [&](const std::string& label) {
    if (label.find("right before the close") != std::string::npos) {
      auto conn = fx_->site->db().acquire();
      if (conn->engine() == store::Engine::kPostgres) {
        EXPECT_TRUE(conn->exec_script("BEGIN ISOLATION LEVEL REPEATABLE READ").ok());
        EXPECT_TRUE(conn->query("SELECT count(*) FROM units").ok());
        older_snapshot.emplace(std::move(conn));
      }
    }
    collector.take(label);
    if (label == "after the close" && older_snapshot) {
      EXPECT_TRUE((*older_snapshot)->exec_script("COMMIT").ok());
      older_snapshot.reset();
    }
  });
  ASSERT_EQ(run.error, "") << "the scenario did not run through";
  const Evidence& ev = collector.evidence();
  ASSERT_GE(ev.snapshots.size(), 3u) << "snapshots during voting, right before and after the close";
  ASSERT_EQ(run.knowledge.published_counts.size(), 5u);

  // The evidence was really collected (an empty collector would pass vacuously).
  const Snapshot& last = ev.snapshots.back();
  if (ev.sqlite) {
    EXPECT_FALSE(last.sqlite_main.empty()) << "the main file was copied";
    EXPECT_FALSE(ev.snapshots.front().sqlite_wal.empty()) << "the -wal was copied while the pool is open";
  } else if (last.pg_skipped.empty()) {
    EXPECT_FALSE(last.pg_tuples.empty()) << "pageinspect read the tables";
  }
  EXPECT_FALSE(last.backup.empty()) << "a backup was made";
  EXPECT_FALSE(last.audit_rows.empty()) << "the audit trail was read";

  std::vector<StrategyResult> results;
  results.push_back(strategy_sqlite_wal(ev, run.knowledge));
  results.push_back(strategy_pg_tuple_versions(ev, run.knowledge));
  results.push_back(strategy_row_order(ev, run.knowledge, "files"));
  results.push_back(strategy_row_order(ev, run.knowledge, "backup"));
  results.push_back(strategy_stored_secrets(ev, run.knowledge));
  results.push_back(strategy_published_counts(ev, run.knowledge));

  std::ostringstream all;
  all << "[forensic] engine " << (ev.sqlite ? "SQLite" : "PostgreSQL") << ", " << ev.snapshots.size()
      << " snapshots:";
  for (const auto& s : ev.snapshots) all << " [" << s.label << "]";
  all << "\n";
  if (!ev.sqlite && !last.pg_skipped.empty()) all << "[forensic] PostgreSQL strategy skipped: " << last.pg_skipped << "\n";
  all << "[forensic] data folder: ";
  for (const auto& [name, bytes] : last.data_files) all << name << " (" << bytes.size() << " bytes) ";
  all << "; access log: " << last.access_log.size() << " lines; audit trail: " << last.audit_rows.size() << " rows\n";
  for (const auto& r : results) {
    const Score s = score(r, run.truth);
    const std::string text = report(r, s, run.truth);
    all << text;
    EXPECT_LE(s.correct, kMaxCorrect) << "the strategy recovers the votes: " << s.correct
                                      << " of 25 choices correct (chance: ≤ 19 but with p < 0.5%)\n"
                                      << text;
  }
  std::cout << all.str() << std::flush;

  // After the close nothing orders ballots against voters: the box and the
  // marks are gone from the files, the SQLite WAL is truncated, and on
  // PostgreSQL the published ballots were all written by one transaction.
  if (ev.sqlite) {
    EXPECT_TRUE(last.sqlite_wal.empty()) << "the WAL was checkpointed and truncated after the close";
  } else if (last.pg_skipped.empty()) {
    std::set<int64_t> published_xmins;
    for (const PgTuple& t : last.pg_tuples) {
      EXPECT_NE(t.table, "ballot_box") << "a ballot_box tuple (live or dead) survived the close";
      EXPECT_NE(t.table, "ballot_marks") << "a ballot_marks tuple (live or dead) survived the close";
      if (t.table == "published_ballots") published_xmins.insert(t.xmin);
    }
    EXPECT_EQ(published_xmins.size(), 1u) << "the published ballots carry the close's xmin only";
  }
}

// The attack is real: had the server kept the committee's share codes (here
// a file in the data folder), strategy (d) would read every vote. This keeps
// the test above from passing only because (d) cannot work.
TEST_F(BallotForensicTest, AStoredShareWouldGiveEveryVoteAway) {
  EvidenceCollector collector(*fx_->site, log_);
  collector.prepare();
  const ScenarioResult run = run_ballot_scenario(*fx_, [&](const std::string& label) {
    std::ofstream leak(fx_->site->data_dir() / "leaked-shares.txt", std::ios::trunc);
    for (const auto& [session, codes] : fx_->shares) {
      for (const auto& [member, code] : codes) leak << code << "\n";
    }
    leak.close();
    collector.take(label);
  });
  ASSERT_EQ(run.error, "") << "the scenario did not run through";
  const StrategyResult r = strategy_stored_secrets(collector.evidence(), run.knowledge);
  const Score s = score(r, run.truth);
  EXPECT_GT(s.correct, kMaxCorrect) << "with the shares on disk the adversary reads the votes\n"
                                    << report(r, s, run.truth);
}

}  // namespace
}  // namespace thidua::test::forensic
