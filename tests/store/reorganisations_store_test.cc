// Reorganisations applied by the store (store/reorganisations.h) on the engine
// under test: a merger of two agencies into a new one keeps every record,
// moves people with their history, keeps the counters true, and the header
// of a date follows the merger; a failing step leaves nothing changed.
#include <gtest/gtest.h>

#include "core/reorganisation.h"
#include "store/fact_years.h"
#include "store/people.h"
#include "store/reorganisations.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-12-06T08:00:00.000Z";

class ReorganisationStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    tnmt_ = add_unit("STNMT", std::nullopt, core::UnitKind::kAgency);
    office_ = add_unit("STNMT-VP", tnmt_, core::UnitKind::kOffice);
    nn_ = add_unit("SNN", std::nullopt, core::UnitKind::kAgency);
    irrigation_ = add_unit("SNN-TL", nn_, core::UnitKind::kSubDepartment);
    other_ = add_unit("SNV", std::nullopt, core::UnitKind::kAgency);
    director_ = add_person("Nguyễn Văn Giám", tnmt_);
    clerk_ = add_person("Trần Thị Văn", office_);
    engineer_ = add_person("Lê Văn Thủy", nn_);
    exec("UPDATE memberships SET valid_from = '2020-01-01'", {});
    exec("UPDATE units SET valid_from = '2008-01-01'", {});
    auto conn = db_->acquire();
    ASSERT_TRUE(store::insert_agency_header(*conn, tnmt_,
                                            {"2008-01-01", "UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                                             "Bắc Giang"},
                                            kNow)
                    .ok());
    campaign_ = query_id(
        "INSERT INTO campaigns (issuing_unit_id, kind, state, document_type, doc_symbol, title, period_end, "
        "content_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
        {tnmt_, std::string("thematic"), std::string("running"), std::string("KH"), std::string("KH-STNMT"),
         std::string("Đợt thi đua 2023"), std::string("2023-09-30"), std::string("{}"), std::string(kNow),
         std::string(kNow)});
  }

  void exec(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto r = conn->exec(sql, params);
    ASSERT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n" << sql;
  }
  int64_t query_id(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message) << "\n" << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }
  std::string text(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message) << "\n" << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "(none)";
  }
  core::Unit unit(int64_t id) {
    auto conn = db_->acquire();
    auto u = store::find_unit(*conn, id);
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? **u : core::Unit{};
  }

  core::ReorgRequest merger() {
    core::ReorgRequest r;
    r.kind = core::ReorgKind::kMerge;
    r.effective_date = "2025-03-01";
    r.legal_basis = "Quyết định số 25/QĐ-UBND";
    r.sources = {tnmt_, nn_};
    core::NewUnit n;
    n.code = "SNNMT";
    n.name = "Sở Nông nghiệp và Môi trường";
    n.kind = core::UnitKind::kAgency;
    n.header = core::AgencyHeader{"", "UBND TỈNH BẮC GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Giang"};
    r.new_units = {n};
    return r;
  }

  // Plans and applies in one transaction, as the use case does.
  core::Result<store::AppliedReorg> apply(const core::ReorgRequest& r) {
    auto conn = db_->acquire();
    return store::in_transaction<store::AppliedReorg>(*conn, [&]() -> core::Result<store::AppliedReorg> {
      auto snap = store::load_reorg_snapshot(*conn, r, true);
      if (!snap.ok()) return snap.error();
      auto plan = core::plan_reorganisation(r, *snap, "2026-12-06");
      if (!plan.ok()) return plan.error();
      return store::apply_reorganisation(*conn, r, *plan, std::nullopt, "{}", kNow);
    });
  }

  std::string header_on(int64_t unit_id, const std::string& date, bool issuing = true) {
    auto conn = db_->acquire();
    auto h = store::header_at(*conn, unit_id, date);
    EXPECT_TRUE(h.ok());
    if (!h.ok() || !h->has_value()) return "(none)";
    return issuing ? (*h)->issuing_body : (*h)->governing_body;
  }

  int64_t tnmt_ = 0, office_ = 0, nn_ = 0, irrigation_ = 0, other_ = 0;
  int64_t director_ = 0, clerk_ = 0, engineer_ = 0, campaign_ = 0;
};

TEST_F(ReorganisationStoreTest, SnapshotCountsWhatThePlanNeeds) {
  exec("INSERT INTO users (username, display_name, password_hash, created_at, updated_at) "
       "VALUES ('gd', 'Giám đốc', 'x', '2026-01-01', '2026-01-01')",
       {});
  exec("INSERT INTO role_grants (user_id, role, unit_id) SELECT id, 'leader', ? FROM users WHERE username = 'gd'",
       {tnmt_});
  auto conn = db_->acquire();
  auto snap = store::load_reorg_snapshot(*conn, merger(), false);
  ASSERT_TRUE(snap.ok()) << snap.error().message;
  const auto& t = snap->units.at(tnmt_);
  EXPECT_EQ(t.people, 1);
  EXPECT_EQ(t.grants, 1);
  EXPECT_EQ(t.open_campaigns, 1);
  EXPECT_EQ(t.last_header_from, "2008-01-01");
  ASSERT_EQ(t.children.size(), 1u);
  EXPECT_EQ(t.children[0].id, office_);
  EXPECT_EQ(snap->units.at(nn_).people, 1);
  EXPECT_TRUE(snap->taken_codes.empty());
  core::ReorgRequest taken = merger();
  taken.new_units[0].code = "SNV";
  auto again = store::load_reorg_snapshot(*conn, taken, false);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->taken_codes.count("SNV"), 1u);
}

TEST_F(ReorganisationStoreTest, MergerKeepsRecordsUnderTheNewAgency) {
  auto applied = apply(merger());
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  ASSERT_EQ(applied->created_ids.size(), 1u);
  const core::Unit made = unit(applied->created_ids[0]);
  EXPECT_FALSE(made.parent_id.has_value());
  EXPECT_EQ(made.valid_from, "2025-03-01");

  // The old agencies are closed on the date, with the new one as successor,
  // and lie under it with their former sub-units.
  for (int64_t old : {tnmt_, nn_}) {
    const core::Unit u = unit(old);
    EXPECT_EQ(u.valid_to, "2025-03-01");
    EXPECT_EQ(u.successor_id, made.id);
    EXPECT_EQ(u.parent_id, made.id);
    EXPECT_TRUE(core::path_within(u.path, made.path));
  }
  EXPECT_EQ(unit(office_).parent_id, made.id);
  EXPECT_EQ(unit(irrigation_).parent_id, made.id);
  EXPECT_EQ(unit(office_).path, made.path + std::to_string(office_) + "/");

  // People of the agencies themselves move to the new one; the clerk stays in
  // the office, whose path changed.
  auto conn = db_->acquire();
  for (int64_t p : {director_, engineer_}) {
    auto person = store::find_person(*conn, p);
    ASSERT_TRUE(person.ok() && person->has_value());
    EXPECT_EQ((*person)->unit_id, made.id);
    auto ms = store::memberships_of(*conn, p);
    ASSERT_TRUE(ms.ok());
    ASSERT_EQ(ms->size(), 2u);  // newest first
    EXPECT_EQ((*ms)[0].unit_id, made.id);
    EXPECT_EQ((*ms)[0].valid_from, "2025-03-01");
    EXPECT_TRUE((*ms)[0].valid_to.empty());
    EXPECT_EQ((*ms)[1].valid_to, "2025-03-01");
  }
  auto clerk = store::find_person(*conn, clerk_);
  ASSERT_TRUE(clerk.ok() && clerk->has_value());
  EXPECT_EQ((*clerk)->unit_id, office_);
  EXPECT_EQ(text("SELECT unit_path FROM people WHERE id = ?", {clerk_}), unit(office_).path);

  // The people counters still equal a recount.
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM (SELECT unit_path, people FROM unit_path_people WHERE people <> 0 "
                     "EXCEPT SELECT unit_path, people FROM unit_path_people_recount) d",
                     {}),
            0);
  EXPECT_EQ(query_id("SELECT people FROM unit_path_people WHERE unit_path = ?", {made.path}), 2);

  // The 2023 campaign, issued by the old Sở, now lies in the new Sở's subtree.
  const std::string issuer_path = unit(tnmt_).path;
  EXPECT_TRUE(core::path_within(issuer_path, made.path));

  // Its documents keep the old header before the merger, the new after.
  EXPECT_EQ(header_on(tnmt_, "2023-06-15"), "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(tnmt_, "2025-02-28"), "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(tnmt_, "2025-03-01"), "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(made.id, "2026-01-05"), "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(nn_, "2023-06-15"), "(none)");  // no header recorded for the old Sở NN
  EXPECT_EQ(header_on(other_, "2026-01-05"), "(none)");

  // The history: seen from the new agency, not from another.
  int64_t total = 0;
  auto mine = store::list_reorganisations(*conn, {made.path}, 0, 20, total);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(total, 1);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().kind, core::ReorgKind::kMerge);
  EXPECT_EQ(mine->front().legal_basis, "Quyết định số 25/QĐ-UBND");
  auto theirs = store::list_reorganisations(*conn, {unit(other_).path}, 0, 20, total);
  ASSERT_TRUE(theirs.ok());
  EXPECT_TRUE(theirs->empty());
  EXPECT_EQ(total, 0);
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM reorganisation_units WHERE reorganisation_id = ? AND role = 'closed'",
                     {applied->id}),
            2);
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM reorganisation_units WHERE reorganisation_id = ? AND role = 'created'",
                     {applied->id}),
            1);
  // The sub-units the merger handed on keep it in their history, so a later
  // change of one of them cannot be dated before it.
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM reorganisation_units WHERE reorganisation_id = ? AND role = 'moved' "
                     "AND unit_id IN (?, ?)",
                     {applied->id, office_, irrigation_}),
            2);
  core::ReorgRequest rename_office;
  rename_office.kind = core::ReorgKind::kRename;
  rename_office.sources = {office_};
  rename_office.effective_date = "2025-02-01";
  rename_office.new_name = "Văn phòng Sở Nông nghiệp và Môi trường";
  auto before_merger = apply(rename_office);
  ASSERT_FALSE(before_merger.ok());
  EXPECT_EQ(before_merger.error().field, "effective_date");

  // A later reorganisation of the new agency may not be dated before its birth,
  // and a closed agency cannot be reorganised again.
  core::ReorgRequest rename;
  rename.kind = core::ReorgKind::kRename;
  rename.sources = {made.id};
  rename.effective_date = "2025-01-01";
  rename.header = core::AgencyHeader{"", "UBND TỈNH BẮC NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Ninh"};
  auto early = apply(rename);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "effective_date");
  rename.effective_date = "2025-07-01";
  ASSERT_TRUE(apply(rename).ok());
  EXPECT_EQ(header_on(tnmt_, "2025-06-30", false), "UBND TỈNH BẮC GIANG");
  EXPECT_EQ(header_on(tnmt_, "2025-07-01", false), "UBND TỈNH BẮC NINH");
  rename.sources = {tnmt_};
  rename.effective_date = "2026-01-01";
  auto closed = apply(rename);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().field, "sources");
}

// The declarations of complete records (store/fact_years.h) are each
// agency's: the agency a merger makes inherits what both merged agencies had
// declared, and a unit moved to the top what its agency had.
TEST_F(ReorganisationStoreTest, ANewAgencyInheritsTheDeclarationsItsAgenciesShared) {
  {
    auto conn = db_->acquire();
    for (int64_t agency : {tnmt_, nn_, other_}) {
      ASSERT_TRUE(store::declare_fact_year(*conn, agency, core::FactKind::kAbsences, 2024, 0, kNow).ok());
    }
    ASSERT_TRUE(store::declare_fact_year(*conn, tnmt_, core::FactKind::kInitiatives, 2024, 0, kNow).ok());
    ASSERT_TRUE(store::declare_fact_year(*conn, other_, core::FactKind::kDiscipline, 2024, 0, kNow).ok());
  }
  auto applied = apply(merger());
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  const int64_t made = applied->created_ids.at(0);
  auto conn = db_->acquire();
  auto years = store::fact_years(*conn, made);
  ASSERT_TRUE(years.ok());
  ASSERT_EQ(years->size(), 1u) << "only what both merged agencies declared";
  EXPECT_EQ((*years)[0].kind, core::FactKind::kAbsences);
  // Its people now read the new agency's declarations.
  auto agencies = store::agencies_of_people(*conn, {director_, clerk_, engineer_});
  ASSERT_TRUE(agencies.ok());
  for (int64_t p : {director_, clerk_, engineer_}) EXPECT_EQ(agencies->at(p), made) << p;

  // The irrigation sub-department, moved to the top, becomes an agency of its own.
  core::ReorgRequest move;
  move.kind = core::ReorgKind::kMove;
  move.sources = {irrigation_};
  move.effective_date = "2025-09-01";
  move.header = core::AgencyHeader{"", "UBND TỈNH BẮC NINH", "CHI CỤC THỦY LỢI", "Bắc Ninh"};
  auto moved = apply(move);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_FALSE(unit(irrigation_).parent_id.has_value());
  auto own = store::fact_years(*conn, irrigation_);
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->size(), 1u);
  EXPECT_EQ((*own)[0].kind, core::FactKind::kAbsences);
  EXPECT_EQ(store::fact_years(*conn, other_)->size(), 2u) << "another agency is untouched";
}

// A split of an agency into two new ones: each inherits the declarations of
// the agency it came from, the one receiving a sub-unit as well as the one
// receiving the people.
TEST_F(ReorganisationStoreTest, EachPartOfASplitAgencyInheritsItsDeclarations) {
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::declare_fact_year(*conn, nn_, core::FactKind::kAbsences, 2024, 0, kNow).ok());
    ASSERT_TRUE(store::declare_fact_year(*conn, tnmt_, core::FactKind::kDiscipline, 2024, 0, kNow).ok());
  }
  core::ReorgRequest split;
  split.kind = core::ReorgKind::kSplit;
  split.effective_date = "2025-03-01";
  split.sources = {nn_};
  for (const char* code : {"SNN-A", "SNN-B"}) {
    core::NewUnit n;
    n.code = code;
    n.name = std::string("Sở ") + code;
    n.kind = core::UnitKind::kAgency;
    n.header = core::AgencyHeader{"", "UBND TỈNH BẮC GIANG", std::string("SỞ ") + code, "Bắc Giang"};
    split.new_units.push_back(n);
  }
  split.people_to = 0;
  split.children_to = {{irrigation_, 1}};
  auto applied = apply(split);
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  auto conn = db_->acquire();
  for (int64_t part : applied->created_ids) {
    auto years = store::fact_years(*conn, part);
    ASSERT_TRUE(years.ok());
    ASSERT_EQ(years->size(), 1u) << part;
    EXPECT_EQ((*years)[0].kind, core::FactKind::kAbsences) << "the split agency's, not another's";
  }
}

TEST_F(ReorganisationStoreTest, AFailingStepLeavesEverythingAsItWas) {
  // A rename whose header falls on a date the agency already has a header for:
  // the name is written first, then the header insert is refused.
  core::ReorgRequest r;
  r.kind = core::ReorgKind::kRename;
  r.sources = {tnmt_};
  r.new_name = "Sở Tài nguyên, Môi trường";
  r.effective_date = "2008-01-01";
  r.header = core::AgencyHeader{"", "UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN, MÔI TRƯỜNG", "Bắc Giang"};
  auto result = apply(r);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::errc::kConflict);
  EXPECT_EQ(unit(tnmt_).name, "Đơn vị STNMT");
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM unit_names WHERE unit_id = ?", {tnmt_}), 1);
  EXPECT_EQ(query_id("SELECT COUNT(*) FROM reorganisations", {}), 0);
}

TEST_F(ReorganisationStoreTest, DissolvingADistrictOfficeTransfersItsPeople) {
  const int64_t district = add_unit("PTNMT-LN", tnmt_, core::UnitKind::kDistrictOffice);
  const int64_t officer = add_person("Phạm Văn Huyện", district);
  exec("UPDATE memberships SET valid_from = '2020-01-01' WHERE person_id = ?", {officer});
  core::ReorgRequest r;
  r.kind = core::ReorgKind::kDissolve;
  r.effective_date = "2025-07-01";
  r.sources = {district};
  r.target_id = office_;
  auto applied = apply(r);
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  const core::Unit d = unit(district);
  EXPECT_EQ(d.valid_to, "2025-07-01");
  EXPECT_FALSE(d.successor_id.has_value());  // a receiver, not a successor
  EXPECT_EQ(d.parent_id, office_);
  auto conn = db_->acquire();
  auto p = store::find_person(*conn, officer);
  ASSERT_TRUE(p.ok() && p->has_value());
  EXPECT_EQ((*p)->unit_id, office_);
  EXPECT_EQ((*p)->id, officer);  // one identity across the change
  auto ms = store::memberships_of(*conn, officer);
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 2u);
  EXPECT_EQ((*ms)[1].unit_id, district);
  EXPECT_EQ((*ms)[1].valid_to, "2025-07-01");
  // The district office's name is closed on the date.
  EXPECT_EQ(text("SELECT valid_to FROM unit_names WHERE unit_id = ?", {district}), "2025-07-01");
  // Renamed afterwards, the receiving office keeps in the person's history the
  // name it had when the person joined it; the old office its own.
  exec("UPDATE unit_names SET valid_from = '2000-01-01' WHERE unit_id = ?", {office_});
  core::ReorgRequest rename;
  rename.kind = core::ReorgKind::kRename;
  rename.effective_date = "2026-01-01";
  rename.sources = {office_};
  rename.new_name = "Văn phòng Sở Nông nghiệp và Môi trường";
  ASSERT_TRUE(apply(rename).ok());
  auto after = store::memberships_of(*conn, officer);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 2u);
  EXPECT_EQ((*after)[0].unit_name, "Đơn vị STNMT-VP");
  EXPECT_EQ((*after)[1].unit_name, "Đơn vị PTNMT-LN");
}

}  // namespace
}  // namespace thidua
