// The dashboard's figures (and the counters migration 070 keeps for them),
// notifications and the e-mail outbox on the engine under test. Rows owned by
// other packages (registrations, targets, plans, difficulties) are written
// with plain SQL, as any writer could.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <thread>
#include <tuple>

#include "core/unit_progress.h"
#include "store/mail_outbox.h"
#include "store/migrations.h"
#include "store/notifications.h"
#include "store/registrations.h"
#include "store/unit_progress.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class TrackStoreTest : public test::DatabaseTest {
 protected:
  int64_t unit(const std::string& code, std::optional<int64_t> parent) {
    core::Unit u;
    u.code = code;
    u.name = "Phòng " + code;
    u.kind = parent ? core::UnitKind::kOffice : core::UnitKind::kAgency;
    u.parent_id = parent;
    auto conn = db_->acquire();
    auto stored = store::insert_unit(*conn, u, kNow);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message);
    paths_[stored.ok() ? stored->id : 0] = stored.ok() ? stored->path : "";
    return stored.ok() ? stored->id : 0;
  }
  int64_t insert(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto rows = conn->query(sql + " RETURNING id", params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message) << "\n" << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }
  void exec(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto r = conn->exec(sql, params);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n" << sql;
  }
  int64_t person(const std::string& name, int64_t unit_id, const std::string& email = "") {
    return insert(
        "INSERT INTO people (full_name, name_folded, sort_key, category, email, unit_id, unit_path, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        {name, name, name, std::string("civil_servant"), email, unit_id, paths_[unit_id], std::string(kNow),
         std::string(kNow)});
  }
  int64_t campaign(int64_t issuer, const std::optional<std::string>& deadline) {
    return insert(
        "INSERT INTO campaigns (issuing_unit_id, kind, state, document_type, doc_symbol, title, period_end, "
        "registration_deadline, content_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        {issuer, std::string("thematic"), std::string("running"), std::string("KH"), std::string("KH-STNMT"),
         std::string("Đợt thi đua thử"), std::string("2026-09-30"), store::opt(deadline), std::string("{}"),
         std::string(kNow), std::string(kNow)});
  }
  int64_t registration(int64_t campaign_id, int64_t unit_id, std::optional<int64_t> person_id,
                       const std::string& state) {
    const std::string key = person_id ? "p:" + std::to_string(*person_id) : "u:" + std::to_string(unit_id);
    return insert(
        "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)",
        {campaign_id, unit_id, std::string(person_id ? "individual" : "collective"), store::opt(person_id), key,
         state, std::string(kNow), std::string(kNow)});
  }
  void target(int64_t registration_id, int64_t percent) {
    exec("INSERT INTO registration_targets (registration_id, ord, text, progress_percent) VALUES (?,?,?,?)",
         {registration_id, int64_t{1}, std::string("Hoàn thành nhiệm vụ được giao"), percent});
  }
  void difficulty(int64_t campaign_id, int64_t unit_id, bool answered) {
    exec("INSERT INTO difficulties (campaign_id, unit_id, title, raised_at, answer, answered_at) VALUES (?,?,?,?,?,?)",
         {campaign_id, unit_id, std::string("Thiếu kinh phí"), std::string(kNow),
          std::string(answered ? "Đã bố trí" : ""), answered ? store::Param{std::string(kNow)} : store::Param{nullptr}});
  }
  std::map<int64_t, std::string> paths_;

  // Counter rows as (campaign, unit) -> {registered, pending, targets,
  // percent_sum, open_difficulties} and unit path -> people; rows that are
  // all zero (left by counts that went back to nothing) are left out.
  using Figures = std::map<std::pair<int64_t, int64_t>, std::array<int64_t, 5>>;
  using People = std::map<std::string, int64_t>;
  std::tuple<Figures, People> read(const std::string& figures_sql, const std::string& people_sql) {
    auto conn = db_->acquire();
    Figures f;
    auto rows = conn->query(figures_sql);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    if (rows.ok()) {
      for (const auto& r : *rows) {
        std::array<int64_t, 5> v{r.i64(2), r.i64(3), r.i64(4), r.i64(5), r.i64(6)};
        if (v != std::array<int64_t, 5>{}) f[{r.i64(0), r.i64(1)}] = v;
      }
    }
    People p;
    auto people = conn->query(people_sql);
    EXPECT_TRUE(people.ok()) << (people.ok() ? "" : people.error().message);
    if (people.ok()) {
      for (const auto& r : *people) {
        if (r.i64(1) != 0) p[r.str(0)] = r.i64(1);
      }
    }
    return {f, p};
  }
  std::tuple<Figures, People> counters() {
    return read(
        "SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties "
        "FROM campaign_unit_figures",
        "SELECT unit_path, people FROM unit_path_people");
  }
  // The same figures counted again from the rows themselves.
  std::tuple<Figures, People> recount() {
    return read(
        "SELECT campaign_id, unit_id, SUM(registered), SUM(pending), SUM(targets), SUM(percent_sum), "
        "SUM(open_difficulties) FROM ("
        " SELECT campaign_id, unit_id, "
        "  CASE WHEN person_id IS NOT NULL AND state IN ('submitted', 'approved') THEN 1 ELSE 0 END AS registered, "
        "  CASE WHEN state = 'submitted' THEN 1 ELSE 0 END AS pending, "
        "  0 AS targets, 0 AS percent_sum, 0 AS open_difficulties FROM registrations"
        " UNION ALL SELECT r.campaign_id, r.unit_id, 0, 0, 1, t.progress_percent, 0 "
        "  FROM registrations r JOIN registration_targets t ON t.registration_id = r.id "
        "  WHERE r.state IN ('submitted', 'approved')"
        " UNION ALL SELECT campaign_id, unit_id, 0, 0, 0, 0, 1 FROM difficulties WHERE answered_at IS NULL"
        ") parts GROUP BY campaign_id, unit_id",
        "SELECT unit_path, COUNT(*) FROM people GROUP BY unit_path");
  }
  void expect_counters_match(const std::string& after) {
    const auto [figures, people] = counters();
    const auto [expected_figures, expected_people] = recount();
    EXPECT_EQ(figures, expected_figures) << "campaign figures after " << after;
    EXPECT_EQ(people, expected_people) << "people per unit path after " << after;
    // The migration's recount views, the operator's check, agree too.
    const auto views = read(
        "SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties "
        "FROM campaign_unit_figures_recount",
        "SELECT unit_path, people FROM unit_path_people_recount");
    EXPECT_EQ(views, recount()) << "the recount views after " << after;
    // The operator's check (docs/operations.md) finds nothing.
    {
      auto conn = db_->acquire();
      auto drift = conn->query("SELECT kind, source, campaign_id, unit_id, unit_path FROM counter_drift");
      ASSERT_TRUE(drift.ok()) << drift.error().message;
      for (const auto& r : *drift) {
        ADD_FAILURE() << "counter_drift after " << after << ": " << r.str(0) << " " << r.str(1) << " " << r.i64(2)
                      << "/" << r.i64(3) << " " << r.str(4);
      }
    }
    // The organisation tree's own-people counts come from the same counters.
    auto conn = db_->acquire();
    auto own = store::people_counts(*conn);
    ASSERT_TRUE(own.ok()) << own.error().message;
    std::map<int64_t, int64_t> got(own->begin(), own->end());
    std::map<int64_t, int64_t> expected;
    auto rows = conn->query("SELECT unit_id, COUNT(*) FROM people WHERE unit_id IS NOT NULL GROUP BY unit_id");
    ASSERT_TRUE(rows.ok());
    for (const auto& r : *rows) expected[r.i64(0)] = r.i64(1);
    EXPECT_EQ(got, expected) << "people of each unit after " << after;
  }
};

TEST_F(TrackStoreTest, DashboardFiguresRollUpEachParticipatingSubtree) {
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t a = unit("PTNMT-LN", root);
  const int64_t a1 = unit("PTNMT-LN-DD", a);  // below A: rolls up into A
  const int64_t b = unit("PTNMT-HH", root);
  const int64_t c = unit("PTNMT-YD", root);  // takes part, nobody in it
  const int64_t id = campaign(root, std::string("2026-03-01"));
  const int64_t other = campaign(root, std::nullopt);
  for (int64_t u : {a, b, c}) exec("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?,?)", {id, u});

  person("Bùi Quang Huy", root);  // in no participating subtree
  const int64_t p1 = person("Vũ Mạnh Hùng", a);
  const int64_t p2 = person("Hoàng Thị Thanh Tâm", a);
  const int64_t p3 = person("Nguyễn Văn An", a1);
  const int64_t p4 = person("Trần Thị Lan", a1);
  const int64_t p5 = person("Lê Văn Bình", b);
  const int64_t p6 = person("Đỗ Thị Hoa", b);
  person("Phạm Văn Cường", b);

  const int64_t r1 = registration(id, a, p1, "submitted");
  const int64_t r3 = registration(id, a1, p3, "approved");
  const int64_t r4 = registration(id, a1, p4, "draft");          // not counted
  const int64_t ra = registration(id, a, std::nullopt, "submitted");  // collective: pending, not a person
  const int64_t r5 = registration(id, b, p5, "returned");        // not counted
  const int64_t r6 = registration(id, b, p6, "approved");
  registration(other, a, p2, "approved");                       // another campaign
  target(r1, 40);
  target(r1, 60);
  target(r3, 100);
  target(r4, 0);
  target(ra, 20);
  target(r5, 90);
  target(r6, 30);
  exec("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (?,?,?)", {id, a, std::string(kNow)});
  exec("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (?,?,?)", {id, c, std::string(kNow)});
  exec("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (?,?,?)", {other, b, std::string(kNow)});
  difficulty(id, a1, false);
  difficulty(id, a, true);
  difficulty(id, b, false);
  difficulty(id, b, false);
  difficulty(other, a, false);

  auto conn = db_->acquire();
  auto got = store::campaign_progress(*conn, id);
  ASSERT_TRUE(got.ok()) << got.error().message;
  auto units = std::move(*got);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].unit_id, a);
  EXPECT_EQ(units[1].unit_id, b);
  EXPECT_EQ(units[2].unit_id, c);

  const auto& fa = units[0].figures;
  EXPECT_TRUE(units[0].plan_submitted_at.has_value());
  EXPECT_EQ(fa.people, 4);
  EXPECT_EQ(fa.registered, 2);
  EXPECT_EQ(units[0].registration_rate(), 50);
  EXPECT_EQ(fa.pending, 2);
  EXPECT_EQ(fa.targets, 4);
  EXPECT_EQ(units[0].average_progress(), 55);  // (40 + 60 + 100 + 20) / 4
  EXPECT_EQ(fa.open_difficulties, 1);

  const auto& fb = units[1].figures;
  EXPECT_FALSE(units[1].plan_submitted_at.has_value()) << "the other campaign's plan does not count";
  EXPECT_EQ(fb.people, 3);
  EXPECT_EQ(fb.registered, 1);
  EXPECT_EQ(units[1].registration_rate(), 33);
  EXPECT_EQ(fb.pending, 0);
  EXPECT_EQ(units[1].average_progress(), 30);
  EXPECT_EQ(fb.open_difficulties, 2);

  EXPECT_EQ(units[2].figures.people, 0);
  EXPECT_FALSE(units[2].registration_rate().has_value());
  EXPECT_FALSE(units[2].average_progress().has_value());

  auto deadline = store::registration_deadline(*conn, id);
  ASSERT_TRUE(deadline.ok());
  EXPECT_EQ(*deadline, std::optional<std::string>("2026-03-01"));

  core::mark_late(units, *deadline, "2026-03-01");
  for (const auto& u : units) EXPECT_FALSE(u.late()) << u.code << " is not late on the deadline itself";
  core::mark_late(units, *deadline, "2026-03-02");
  EXPECT_FALSE(units[0].plan_late);
  EXPECT_TRUE(units[0].registration_late);
  EXPECT_TRUE(units[1].plan_late);
  EXPECT_TRUE(units[1].registration_late);
  EXPECT_FALSE(units[2].late()) << "a plan and nobody to register";

  const auto totals = core::totals_of(units);
  EXPECT_EQ(totals.units, 3);
  EXPECT_EQ(totals.plans_submitted, 2);
  EXPECT_EQ(totals.late_units, 2);
  EXPECT_EQ(totals.figures.people, 7);
  EXPECT_EQ(totals.figures.registered, 3);
  EXPECT_EQ(totals.figures.open_difficulties, 3);
  EXPECT_EQ(totals.average_progress(), 50);  // (220 + 30) / 5

  core::sort_late_first(units);
  EXPECT_EQ(units[0].unit_id, a);
  EXPECT_EQ(units[1].unit_id, b);
  EXPECT_EQ(units[2].unit_id, c);
}

TEST_F(TrackStoreTest, ManyParticipatingUnitsAreCountedInOneRange) {
  // More subtrees than the query spells out one by one (a province's districts).
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t outside = unit("UBND", std::nullopt);  // another tree
  person("Người ngoài cây", outside);
  person("Bùi Quang Huy", root);
  const int64_t id = campaign(root, std::nullopt);
  std::vector<int64_t> units;
  for (int i = 0; i < 40; ++i) {
    units.push_back(unit("HUYEN-" + std::to_string(i), root));
    exec("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?,?)", {id, units.back()});
    for (int k = 0; k <= i % 3; ++k) person("Cán bộ " + std::to_string(i) + "." + std::to_string(k), units.back());
  }
  auto conn = db_->acquire();
  auto got = store::campaign_progress(*conn, id);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_EQ(got->size(), 40u);
  std::map<int64_t, int64_t> people;
  for (const auto& u : *got) people[u.unit_id] = u.figures.people;
  for (int i = 0; i < 40; ++i) EXPECT_EQ(people[units[i]], i % 3 + 1) << "unit " << i;
}

// Every writer of the counted rows keeps the counters equal to a recount:
// states moving in and out of the counted ones, progress reports, targets
// replaced by an edit, registrations and targets moved, difficulties answered
// and reopened, people and whole subtrees moved, rows deleted.
TEST_F(TrackStoreTest, TheDashboardCountersEqualARecountAfterEveryKindOfChange) {
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t a = unit("PTNMT-LN", root);
  const int64_t a1 = unit("PTNMT-LN-DD", a);
  const int64_t b = unit("PTNMT-HH", root);
  const int64_t id = campaign(root, std::nullopt);
  const int64_t other = campaign(root, std::nullopt);
  for (int64_t u : {a, b}) exec("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?,?)", {id, u});
  const int64_t p1 = person("Vũ Mạnh Hùng", a);
  const int64_t p2 = person("Nguyễn Văn An", a1);
  const int64_t p3 = person("Lê Văn Bình", b);
  const int64_t p4 = person("Đỗ Thị Hoa", b);
  const int64_t p5 = person("Phạm Văn Cường", b);
  expect_counters_match("adding people");

  const int64_t r1 = registration(id, a, p1, "draft");
  const int64_t r2 = registration(id, a1, p2, "submitted");
  const int64_t rc = registration(id, b, std::nullopt, "approved");
  const int64_t r4 = registration(other, b, p4, "submitted");
  for (int64_t r : {r1, r2, rc, r4}) {
    target(r, 10);
    target(r, 30);
  }
  difficulty(id, a, false);
  difficulty(id, b, true);
  difficulty(other, a1, false);
  expect_counters_match("registering, adding targets and raising difficulties");
  {
    const auto [figures, people] = counters();
    EXPECT_EQ(figures.at({id, a1}), (std::array<int64_t, 5>{1, 1, 2, 40, 0}));
    EXPECT_EQ(figures.at({id, a}), (std::array<int64_t, 5>{0, 0, 0, 0, 1})) << "the draft counts for nothing";
    EXPECT_EQ(figures.at({id, b}), (std::array<int64_t, 5>{0, 0, 2, 40, 0})) << "a collective registration";
  }

  const char* const steps[][2] = {
      {"submitting a draft", "UPDATE registrations SET state = 'submitted' WHERE id = ?"},
      {"approving", "UPDATE registrations SET state = 'approved' WHERE id = ?"},
      {"returning", "UPDATE registrations SET state = 'returned' WHERE id = ?"},
      {"submitting again", "UPDATE registrations SET state = 'submitted' WHERE id = ?"},
  };
  for (const auto& [what, sql] : steps) {
    exec(sql, {r1});
    expect_counters_match(what);
  }
  exec("UPDATE registration_targets SET progress_percent = 75, progress_status = 'in_progress' "
       "WHERE registration_id = ?",
       {r2});
  expect_counters_match("a progress report");
  exec("DELETE FROM registration_targets WHERE registration_id = ?", {r1});
  target(r1, 50);
  expect_counters_match("an edit replacing the targets");
  exec("UPDATE registration_targets SET registration_id = ? WHERE registration_id = ?", {r4, rc});
  expect_counters_match("targets moved to another campaign's registration");
  exec("UPDATE registrations SET unit_id = ?, person_id = NULL WHERE id = ?", {b, r2});
  expect_counters_match("a registration moved to another unit as a collective one");
  exec("UPDATE registrations SET campaign_id = ?, person_id = ? WHERE id = ?", {other, p3, r1});
  expect_counters_match("a registration moved to another campaign");
  exec("UPDATE difficulties SET answer = 'Đã trả lời', answered_at = ? WHERE campaign_id = ? AND unit_id = ?",
       {std::string(kNow), id, a});
  exec("UPDATE difficulties SET answered_at = NULL WHERE campaign_id = ? AND unit_id = ?", {id, b});
  exec("UPDATE difficulties SET unit_id = ? WHERE campaign_id = ?", {a, other});
  expect_counters_match("difficulties answered, reopened and moved");

  exec("UPDATE people SET unit_id = ?, unit_path = ? WHERE id = ?", {b, paths_[b], p1});
  expect_counters_match("a person moved to another unit");
  {
    // A unit moved under another: its subtree's people follow (store::update_unit).
    auto conn = db_->acquire();
    auto found = store::find_unit(*conn, a);
    ASSERT_TRUE(found.ok() && found->has_value());
    core::Unit moved = **found;
    moved.parent_id = b;
    auto updated = store::update_unit(*conn, moved, kNow, "2026-01-01");
    ASSERT_TRUE(updated.ok()) << updated.error().message;
  }
  expect_counters_match("a unit moved with its subtree");

  if (db_->engine() == store::Engine::kSqlite) {
    // REPLACE deletes the registration holding the key (with its targets)
    // before inserting the new one: the deletion is counted too.
    exec("INSERT OR REPLACE INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, "
         "created_at, updated_at) SELECT campaign_id, unit_id, subject, person_id, subject_key, 'approved', "
         "created_at, updated_at FROM registrations WHERE id = ?",
         {r1});
    expect_counters_match("INSERT OR REPLACE over a registration with targets");
  }
  exec("DELETE FROM registrations WHERE id = ?", {r4});
  exec("DELETE FROM difficulties WHERE campaign_id = ?", {id});
  exec("DELETE FROM people WHERE id = ?", {p5});
  expect_counters_match("deleting a registration, difficulties and a person");

  // And the dashboard reads them: b now holds a's subtree.
  auto conn = db_->acquire();
  auto got = store::campaign_progress(*conn, id);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_EQ(got->size(), 2u);
  const auto& fb = (*got)[1].unit_id == b ? (*got)[1].figures : (*got)[0].figures;
  EXPECT_EQ(fb.people, 4) << "Vũ Mạnh Hùng, Lê Văn Bình, Đỗ Thị Hoa and Nguyễn Văn An (moved with a)";
}

// Migration 070 counts what was stored before it: rolled back by hand on a
// database holding rows, then applied again, it yields the same counters.
TEST_F(TrackStoreTest, TheCountersMigrationCountsTheRowsAlreadyStored) {
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t a = unit("PTNMT-LN", root);
  const int64_t id = campaign(root, std::nullopt);
  const int64_t p1 = person("Vũ Mạnh Hùng", a);
  person("Nguyễn Văn An", a);
  person("Bùi Quang Huy", root);
  const int64_t r1 = registration(id, a, p1, "approved");
  target(r1, 40);
  target(r1, 80);
  const int64_t rc = registration(id, a, std::nullopt, "submitted");
  target(rc, 5);
  difficulty(id, a, false);
  difficulty(id, root, false);
  const auto before = counters();
  {
    const auto [figures, people] = before;
    ASSERT_EQ(figures.at({id, a}), (std::array<int64_t, 5>{1, 1, 3, 125, 1}));
    ASSERT_EQ(people.at(paths_[a]), 2);
  }
  {
    auto conn = db_->acquire();
    const std::string drop =
        db_->engine() == store::Engine::kPostgres
            ? "DROP VIEW counter_drift; DROP TABLE unit_path_people; DROP TABLE campaign_unit_figures; "
              "DROP VIEW unit_path_people_recount; "
              "DROP VIEW campaign_unit_figures_recount; "
              "DROP FUNCTION people_count_trigger() CASCADE; DROP FUNCTION registration_figures_trigger() CASCADE; "
              "DROP FUNCTION target_figures_trigger() CASCADE; DROP FUNCTION difficulty_figures_trigger() CASCADE; "
              "DROP FUNCTION unit_path_people_add(TEXT, BIGINT); DROP FUNCTION registration_figures_add(registrations, "
              "BIGINT); DROP FUNCTION target_figures_add(BIGINT, BIGINT, BIGINT); "
              "DROP FUNCTION campaign_unit_figures_add(BIGINT, BIGINT, BIGINT, BIGINT, BIGINT, BIGINT, BIGINT);"
            : "DROP VIEW counter_drift; DROP TABLE unit_path_people; DROP TABLE campaign_unit_figures;";
    ASSERT_TRUE(conn->exec_script(drop).ok());
    if (db_->engine() == store::Engine::kSqlite) {
      // Its views (dropping one drops its INSTEAD OF trigger) and table triggers.
      auto made = conn->query(
          "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') AND (name LIKE '%figures%' OR "
          "name LIKE 'unit_path_people%' OR name LIKE 'people_count%') ORDER BY type DESC");
      ASSERT_TRUE(made.ok());
      EXPECT_EQ(made->size(), 22u) << "4 step views with their 4 triggers, 12 table triggers, 2 recount views";
      for (const auto& m : *made) {
        auto dropped = conn->exec_script((m.str(0) == "view" ? "DROP VIEW IF EXISTS " : "DROP TRIGGER IF EXISTS ") +
                                         m.str(1));
        ASSERT_TRUE(dropped.ok()) << dropped.error().message;
      }
    }
    ASSERT_TRUE(conn->exec("DELETE FROM schema_migrations WHERE version IN (70, 91)").ok());
    // Migrations 070 and 091 (which redefines its recount view) alone again,
    // each in one transaction as migrate() runs it (the others stay applied).
    int found = 0;
    for (const auto& m : store::migrations_for(db_->engine())) {
      if (m.version != 70 && m.version != 91) continue;
      ++found;
      auto ran = store::in_transaction(*conn, [&]() -> core::Status {
        THIDUA_TRY(conn->exec_script(m.sql));
        THIDUA_TRY(conn->exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                              {static_cast<int64_t>(m.version), m.name, std::string("2026-01-01T00:00:00.000Z")}));
        return {};
      });
      ASSERT_TRUE(ran.ok()) << ran.error().message;
    }
    ASSERT_EQ(found, 2);
  }
  EXPECT_EQ(counters(), before);
  expect_counters_match("the migration");
  // And the triggers are back.
  exec("UPDATE registrations SET state = 'approved' WHERE id = ?", {rc});
  expect_counters_match("approving after the migration");
}

// The documented check reported drift on a healthy database: the recount had
// an all-zero row for a unit whose registrations were all drafts, which the
// counters never hold (issue 9 #11). It is silent on a healthy database and
// names each real difference, from either side.
TEST_F(TrackStoreTest, TheCounterCheckFindsOnlyRealDrift) {
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t a = unit("PTNMT-LN", root);
  const int64_t b = unit("PTNMT-HH", root);
  const int64_t id = campaign(root, std::nullopt);
  const int64_t p1 = person("Vũ Mạnh Hùng", a);
  const int64_t p2 = person("Lê Văn Bình", b);
  registration(id, a, p1, "draft");  // counted nowhere
  const int64_t r2 = registration(id, b, p2, "submitted");
  target(r2, 30);
  // A counter row that went back to zero (an answered difficulty).
  difficulty(id, a, false);
  exec("UPDATE difficulties SET answer = 'Đã xử lý', answered_at = '2026-01-02T00:00:00.000Z' WHERE unit_id = ?", {a});
  auto drift = [&]() {
    auto conn = db_->acquire();
    auto rows = conn->query("SELECT kind || ':' || source FROM counter_drift ORDER BY 1");
    EXPECT_TRUE(rows.ok()) << rows.error().message;
    std::vector<std::string> out;
    if (rows.ok()) {
      for (const auto& r : *rows) out.push_back(r.str(0));
    }
    return out;
  };
  EXPECT_EQ(drift(), std::vector<std::string>{}) << "a healthy database";
  {
    auto conn = db_->acquire();
    auto zero = conn->query("SELECT COUNT(*) FROM campaign_unit_figures_recount WHERE unit_id = ?", {a});
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ((*zero)[0].i64(0), 0) << "no all-zero recount row for the unit with only a draft";
  }
  // A counter off by one, a counter row gone, a people counter changed.
  exec("UPDATE campaign_unit_figures SET targets = targets + 1 WHERE campaign_id = ? AND unit_id = ?", {id, b});
  EXPECT_EQ(drift(), (std::vector<std::string>{"campaign_unit:counter", "campaign_unit:recount"}));
  exec("DELETE FROM campaign_unit_figures WHERE campaign_id = ? AND unit_id = ?", {id, b});
  EXPECT_EQ(drift(), (std::vector<std::string>{"campaign_unit:recount"}));
  exec("UPDATE unit_path_people SET people = people + 2 WHERE unit_path = ?", {paths_[a]});
  EXPECT_EQ(drift(), (std::vector<std::string>{"campaign_unit:recount", "unit_path:counter", "unit_path:recount"}));
}

TEST_F(TrackStoreTest, UnitContactsAreTheUnitRolesOfEnabledAccounts) {
  const int64_t root = unit("STNMT", std::nullopt);
  const int64_t a = unit("PTNMT-LN", root);
  const int64_t head_person = person("Vũ Mạnh Hùng", a, "hung@lucnam.example");
  auto user = [&](const std::string& name, std::optional<int64_t> person_id, bool disabled) {
    return insert(
        "INSERT INTO users (username, display_name, person_id, password_hash, disabled, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?)",
        {name, name, store::opt(person_id), std::string("x"), disabled, std::string(kNow), std::string(kNow)});
  };
  const int64_t head = user("thutruong", head_person, false);
  const int64_t officer = user("canbo", std::nullopt, false);
  const int64_t staff = user("nhanvien", std::nullopt, false);
  const int64_t gone = user("cu", std::nullopt, true);
  const int64_t leader = user("lanhdao", std::nullopt, false);
  auto grant = [&](int64_t u, const char* role, int64_t unit_id) {
    exec("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?,?,?)", {u, std::string(role), unit_id});
  };
  grant(head, "unit_head", a);
  grant(head, "unit_officer", a);  // both roles: one contact
  grant(officer, "unit_officer", a);
  grant(staff, "staff", a);
  grant(gone, "unit_head", a);
  grant(leader, "leader", root);
  auto conn = db_->acquire();
  auto contacts = store::unit_contacts(*conn, {a, root});
  ASSERT_TRUE(contacts.ok()) << contacts.error().message;
  ASSERT_EQ(contacts->size(), 2u);
  EXPECT_EQ((*contacts)[0].user_id, head);
  EXPECT_EQ((*contacts)[0].email, "hung@lucnam.example");
  EXPECT_EQ((*contacts)[1].user_id, officer);
  EXPECT_EQ((*contacts)[1].email, "");

  // Notifications: newest first, paginated, only the owner marks them read.
  for (int i = 0; i < 3; ++i) {
    core::Notification n;
    n.user_id = head;
    n.kind = "reminder";
    n.message = "Nhắc nhở số " + std::to_string(i);
    n.created_at = kNow;
    ASSERT_TRUE(store::insert_notification(*conn, n).ok());
  }
  auto page = store::list_notifications(*conn, head, 0, 2);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_TRUE(page->has_more);
  EXPECT_EQ(page->items[0].message, "Nhắc nhở số 2");
  const int64_t newest = page->items[0].id;
  EXPECT_EQ(*store::count_unread(*conn, head), 3);
  EXPECT_FALSE(*store::mark_read(*conn, officer, newest, kNow)) << "not the officer's";
  EXPECT_EQ(*store::count_unread(*conn, head), 3);
  EXPECT_TRUE(*store::mark_read(*conn, head, newest, kNow));
  EXPECT_EQ(*store::count_unread(*conn, head), 2);
  EXPECT_EQ(*store::mark_all_read(*conn, head, kNow), 2);
  EXPECT_EQ(*store::count_unread(*conn, head), 0);
}

TEST_F(TrackStoreTest, OutboxHandsOutDueMailAndKeepsFailures) {
  auto conn = db_->acquire();
  auto first = store::enqueue_mail(*conn, "hung@lucnam.example", "Nhắc nhở", "Nội dung", kNow);
  auto second = store::enqueue_mail(*conn, "tam@lucnam.example", "Nhắc nhở", "Nội dung", kNow);
  ASSERT_TRUE(first.ok() && second.ok());
  const std::string lease = "2026-01-01T00:15:00.000Z";
  auto due = store::claim_due_mail(*conn, "2026-01-01T00:00:01.000Z", lease, "a", 8, 10);
  ASSERT_TRUE(due.ok()) << due.error().detail;
  ASSERT_EQ(due->size(), 2u);
  EXPECT_EQ((*due)[0].id, *first);
  EXPECT_EQ((*due)[0].claimed_by, "a");
  ASSERT_TRUE(store::mark_mail_sent(*conn, *first, "2026-01-01T00:00:02.000Z").ok());
  ASSERT_TRUE(store::mark_mail_failed(*conn, *second, "Connection refused", "2026-01-01T00:01:02.000Z").ok());
  due = store::claim_due_mail(*conn, "2026-01-01T00:00:30.000Z", lease, "a", 8, 10);
  ASSERT_TRUE(due.ok());
  EXPECT_TRUE(due->empty()) << "sent mail is done; failed mail waits for its next attempt";
  due = store::claim_due_mail(*conn, "2026-01-01T00:01:02.000Z", "2026-01-01T00:16:02.000Z", "b", 1, 10);
  ASSERT_TRUE(due.ok());
  EXPECT_TRUE(due->empty()) << "given up after the maximum attempts";
  due = store::claim_due_mail(*conn, "2026-01-01T00:01:02.000Z", "2026-01-01T00:16:02.000Z", "b", 8, 10);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].attempts, 1);
  EXPECT_EQ((*due)[0].last_error, "Connection refused");
  auto kept = store::find_mail(*conn, *second);
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_FALSE((*kept)->sent_at.has_value());
  EXPECT_EQ((*kept)->claimed_until, std::optional<std::string>("2026-01-01T00:16:02.000Z"));
}

TEST_F(TrackStoreTest, AClaimedMessageIsNoOtherServersUntilItsLeaseRunsOut) {
  auto conn = db_->acquire();
  auto id = store::enqueue_mail(*conn, "hung@lucnam.example", "Nhắc nhở", "Nội dung", kNow);
  ASSERT_TRUE(id.ok());
  auto mine = store::claim_due_mail(*conn, "2026-01-01T00:00:01.000Z", "2026-01-01T00:15:01.000Z", "a", 8, 10);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  // The other server, during the lease: nothing.
  auto theirs = store::claim_due_mail(*conn, "2026-01-01T00:15:00.000Z", "2026-01-01T00:30:00.000Z", "b", 8, 10);
  ASSERT_TRUE(theirs.ok());
  EXPECT_TRUE(theirs->empty());
  // Server a died while sending: after its lease the message is taken again.
  theirs = store::claim_due_mail(*conn, "2026-01-01T00:15:01.000Z", "2026-01-01T00:30:01.000Z", "b", 8, 10);
  ASSERT_TRUE(theirs.ok());
  ASSERT_EQ(theirs->size(), 1u);
  EXPECT_EQ((*theirs)[0].claimed_by, "b");
  ASSERT_TRUE(store::mark_mail_sent(*conn, *id, "2026-01-01T00:15:02.000Z").ok());
  auto after = store::claim_due_mail(*conn, "2026-01-01T01:00:00.000Z", "2026-01-01T01:15:00.000Z", "a", 8, 10);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->empty()) << "a sent message is never claimed again";
}

TEST_F(TrackStoreTest, TwoServersClaimingAtOnceNeverTakeTheSameMessage) {
  constexpr int kMessages = 300;
  {
    auto conn = db_->acquire();
    for (int i = 0; i < kMessages; ++i) {
      ASSERT_TRUE(store::enqueue_mail(*conn, "m" + std::to_string(i) + "@lucnam.example", "s", "b", kNow).ok());
    }
  }
  std::vector<int64_t> taken[2];
  std::atomic<bool> failed{false};
  auto claim_all = [&](int server) {
    auto conn = db_->acquire();
    for (int round = 0; round < kMessages; ++round) {  // bounded, should claiming go wrong
      auto batch = store::claim_due_mail(*conn, "2026-01-01T00:00:01.000Z", "2026-01-01T00:15:01.000Z",
                                         "server" + std::to_string(server), 8, 7);
      if (!batch.ok()) {
        failed = true;
        return;
      }
      if (batch->empty()) return;
      for (const auto& m : *batch) taken[server].push_back(m.id);
    }
  };
  std::thread one(claim_all, 0);
  std::thread two(claim_all, 1);
  one.join();
  two.join();
  ASSERT_FALSE(failed);
  std::vector<int64_t> all = taken[0];
  all.insert(all.end(), taken[1].begin(), taken[1].end());
  std::sort(all.begin(), all.end());
  EXPECT_EQ(all.size(), size_t{kMessages});
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "a message was claimed twice";
}

}  // namespace
}  // namespace thidua
