// Decisions, their lists and the award history on the engine under test: a
// nomination sits in one decision only, approval happens once and is guarded
// by state and version, register numbers follow each other, and awards are
// found by person, collective, name, year and scope. Nominations (package
// nom's table) are inserted with plain SQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/seed_campaign.h"
#include "store/awards.h"
#include "store/bulk_load.h"
#include "store/campaigns.h"
#include "store/decisions.h"
#include "store/document_registers.h"
#include "store/people.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class DecisionsStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    root_ = unit("STNMT", std::nullopt, core::UnitKind::kAgency, "Sở Tài nguyên và Môi trường");
    office_ = unit("STNMT-VP", root_, core::UnitKind::kOffice, "Văn phòng Sở");
    district_ = unit("PTNMT-LN", root_, core::UnitKind::kDistrictOffice, "Phòng TNMT huyện Lục Nam");
    core::Campaign plan = app::seed_campaign({{"STNMT", root_}, {"STNMT-VP", office_}});
    auto conn = db_->acquire();
    auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    auto c = store::find_campaign(*conn, campaign_);
    ASSERT_TRUE(c.ok() && c->has_value());
    giay_khen_ = (*c)->award_types.at(0).id;
    bang_khen_ = (*c)->award_types.at(1).id;
  }

  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind, const std::string& name) {
    core::Unit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parent_id = parent;
    auto conn = db_->acquire();
    auto stored = store::insert_unit(*conn, u, kNow);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message);
    return stored.ok() ? stored->id : 0;
  }

  int64_t person(const std::string& name, int64_t unit_id) {
    return add_person(name, unit_id);
  }

  // A register entry of Nguyễn Văn An (`an`) of the district office: an
  // annual title of `year` unless the caller changes it.
  core::AwardRecord entry_of(int64_t an, const std::string& award, const std::string& authority, int year) const {
    core::AwardRecord a;
    a.subject = "individual";
    a.person_id = an;
    a.unit_id = district_;
    a.recipient_name = "Nguyễn Văn An";
    a.unit_name = "Phòng TNMT huyện Lục Nam";
    a.award_name = award;
    a.granted_by = authority;
    a.decision_number_symbol = std::to_string(year) + "/QĐ";
    a.decision_date = std::to_string(year) + "-12-20";
    a.year = year;
    a.created_at = kNow;
    a.source = core::AwardSource::kImported;
    a.occasion = core::AwardOccasion::kAnnual;
    return a;
  }

  // A nomination in `state` (plain SQL: package nom owns the store).
  int64_t nomination(int64_t award_type, int64_t unit_id, std::optional<int64_t> person_id, const std::string& state,
                     std::optional<int64_t> collective = std::nullopt) {
    auto conn = db_->acquire();
    const std::string key = person_id ? "p:" + std::to_string(*person_id) : "u:" + std::to_string(*collective);
    auto rows = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, nominee_unit_id, "
        "subject_key, report, state, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
        {campaign_, award_type, unit_id, std::string(person_id ? "individual" : "collective"), store::opt(person_id),
         store::opt(collective), key, std::string("Hoàn thành xuất sắc nhiệm vụ"), state, std::string(kNow)});
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() ? rows->rows.at(0).i64(0) : 0;
  }

  int64_t draft(int64_t award_type, const std::string& kind, const std::vector<int64_t>& ids) {
    core::DecisionRecord d;
    d.campaign_id = campaign_;
    d.award_type_id = award_type;
    d.kind = kind == "decision" ? core::DecisionKind::kDecision : core::DecisionKind::kProposal;
    d.issuing_unit_id = root_;
    d.doc_symbol = kind == "decision" ? "QĐ-STNMT" : "TTr-STNMT";
    d.title = "Về việc tặng Giấy khen";
    d.drafted_at = kNow;
    auto conn = db_->acquire();
    auto id = store::insert_decision(*conn, d);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    if (!id.ok()) return 0;
    EXPECT_TRUE(store::insert_decision_items(*conn, *id, ids).ok());
    return *id;
  }

  int64_t root_ = 0, office_ = 0, district_ = 0, campaign_ = 0, giay_khen_ = 0, bang_khen_ = 0;
};

TEST_F(DecisionsStoreTest, PassedNominationsListInUnitThenNameOrderUntilPutInADecision) {
  const int64_t an = nomination(giay_khen_, district_, person("Nguyễn Văn An", district_), "passed");
  const int64_t binh = nomination(giay_khen_, office_, person("Trần Thị Bình", office_), "passed");
  const int64_t anh = nomination(giay_khen_, office_, person("Lê Văn Anh", office_), "passed");
  nomination(giay_khen_, office_, person("Đỗ Văn Cường", office_), "accepted");  // not passed yet
  nomination(bang_khen_, office_, person("Phạm Văn Dũng", office_), "passed");   // another award
  auto conn = db_->acquire();
  auto list = store::undecided_passed(*conn, campaign_, giay_khen_);
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 3u);
  // Units in tree order (ids ascending under the root here), then names by given name.
  EXPECT_EQ((*list)[0].nomination_id, anh);
  EXPECT_EQ((*list)[1].nomination_id, binh);
  EXPECT_EQ((*list)[2].nomination_id, an);
  EXPECT_EQ((*list)[0].unit_name, "Văn phòng Sở");
  EXPECT_EQ((*list)[0].position, "Chuyên viên");

  const int64_t d = draft(giay_khen_, "decision", {anh});
  auto after = store::undecided_passed(*conn, campaign_, giay_khen_);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size(), 2u) << "a nomination in a decision is no longer offered";
  auto listed = store::decision_list(*conn, d);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().name, "Lê Văn Anh");
}

TEST_F(DecisionsStoreTest, ANominationGoesIntoOneDecisionOnly) {
  const int64_t an = nomination(giay_khen_, district_, person("Nguyễn Văn An", district_), "passed");
  draft(giay_khen_, "decision", {an});
  core::DecisionRecord d;
  d.campaign_id = campaign_;
  d.award_type_id = giay_khen_;
  d.kind = core::DecisionKind::kDecision;
  d.issuing_unit_id = root_;
  d.doc_symbol = "QĐ-STNMT";
  d.title = "Lần hai";
  d.drafted_at = kNow;
  auto conn = db_->acquire();
  auto second = store::insert_decision(*conn, d);
  ASSERT_TRUE(second.ok());
  auto dup = store::insert_decision_items(*conn, *second, {an});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::errc::kConflict);
}

TEST_F(DecisionsStoreTest, ApprovalOnceWithConsecutiveNumbersAndNominationsMoved) {
  const int64_t an = nomination(giay_khen_, district_, person("Nguyễn Văn An", district_), "passed");
  const int64_t binh = nomination(giay_khen_, office_, person("Trần Thị Bình", office_), "passed");
  const int64_t first = draft(giay_khen_, "decision", {an});
  const int64_t second = draft(giay_khen_, "decision", {binh});
  auto conn = db_->acquire();
  auto n1 = store::take_document_number(*conn, root_, "QĐ", 2026);
  auto n2 = store::take_document_number(*conn, root_, "QĐ", 2026);
  ASSERT_TRUE(n1.ok() && n2.ok());
  EXPECT_EQ(*n2, *n1 + 1);
  ASSERT_TRUE(store::approve_decision(*conn, first, 1, *n1, "2026-01-02", std::nullopt, kNow).ok());
  ASSERT_TRUE(store::approve_decision(*conn, second, 1, *n2, "2026-01-02", std::nullopt, kNow).ok());
  auto again = store::approve_decision(*conn, first, 2, 99, "2026-01-03", std::nullopt, kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  auto d = store::find_decision(*conn, campaign_, first);
  ASSERT_TRUE(d.ok() && d->has_value());
  EXPECT_EQ((*d)->state, core::DecisionState::kApproved);
  EXPECT_EQ((*d)->number, *n1) << "a second approval changes nothing";
  EXPECT_EQ((*d)->issue_date, "2026-01-02");
  EXPECT_EQ((*d)->items, 1);
  EXPECT_EQ((*d)->award_name, "Giấy khen");

  auto moved = store::move_listed_nominations(*conn, first, core::NominationState::kPassed,
                                             core::NominationState::kDecided);
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(*moved, 1);
  auto states = conn->query("SELECT id, state FROM nominations ORDER BY id");
  ASSERT_TRUE(states.ok());
  EXPECT_EQ((*states)[0].str(1), "decided");
  EXPECT_EQ((*states)[1].str(1), "passed") << "only the decision's own list moves";

  auto wrong = store::find_decision(*conn, campaign_ + 1, first);
  ASSERT_TRUE(wrong.ok());
  EXPECT_FALSE(wrong->has_value()) << "a decision is found only under its own campaign";
}

TEST_F(DecisionsStoreTest, AnswerOnlyOnceOnAnApprovedProposal) {
  const int64_t an = nomination(bang_khen_, district_, person("Nguyễn Văn An", district_), "passed");
  const int64_t p = draft(bang_khen_, "proposal", {an});
  auto conn = db_->acquire();
  core::AnswerRecord a{core::HigherAnswer::kGranted, "1234/QĐ-UBND", std::string("2026-02-01"), "", std::nullopt, kNow};
  EXPECT_FALSE(store::answer_decision(*conn, p, 1, a).ok()) << "a draft has no answer";
  ASSERT_TRUE(store::approve_decision(*conn, p, 1, 1, "2026-01-02", std::nullopt, kNow).ok());
  ASSERT_TRUE(store::answer_decision(*conn, p, 2, a).ok());
  auto twice = store::answer_decision(*conn, p, 3, a);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, core::errc::kConflict);
  auto d = store::find_decision(*conn, campaign_, p);
  ASSERT_TRUE(d.ok() && d->has_value());
  EXPECT_EQ((*d)->answer, core::HigherAnswer::kGranted);
  EXPECT_EQ((*d)->answer_number_symbol, "1234/QĐ-UBND");
}

TEST_F(DecisionsStoreTest, AwardsAreFoundByPersonCollectiveNameYearAndScope) {
  const int64_t an = person("Nguyễn Văn An", district_);
  auto conn = db_->acquire();
  auto add = [&](const std::string& subject, std::optional<int64_t> pid, int64_t unit_id, const std::string& name,
                 int year) {
    core::AwardRecord a;
    a.campaign_id = campaign_;
    a.award_type_id = giay_khen_;
    a.subject = subject;
    a.person_id = pid;
    a.unit_id = unit_id;
    a.recipient_name = name;
    a.unit_name = unit_id == district_ ? "Phòng TNMT huyện Lục Nam" : "Văn phòng Sở";
    a.award_name = "Giấy khen";
    a.granted_by = "Giám đốc Sở";
    a.decision_number_symbol = "01/QĐ-STNMT";
    a.decision_date = std::to_string(year) + "-11-10";
    a.certificate_number = "01/GK-STNMT";
    a.year = year;
    a.created_at = kNow;
    auto id = store::insert_award(*conn, a);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
  };
  add("individual", an, district_, "Nguyễn Văn An", 2023);
  add("individual", std::nullopt, office_, "Trần Thị Bình", 2024);
  add("collective", std::nullopt, office_, "Văn phòng Sở", 2023);

  auto count = [&](store::AwardQuery q) {
    auto n = store::count_awards(*conn, q);
    EXPECT_TRUE(n.ok());
    auto rows = store::find_awards(*conn, q);
    EXPECT_TRUE(rows.ok());
    EXPECT_EQ(static_cast<int64_t>(rows->size()), n.ok() ? *n : -1);
    return n.ok() ? *n : -1;
  };
  store::AwardQuery q;
  EXPECT_EQ(count(q), 3);
  q.person_id = an;
  EXPECT_EQ(count(q), 1);
  q = {};
  q.collective_unit_id = office_;
  EXPECT_EQ(count(q), 1);
  q = {};
  q.name_folded = "binh";
  EXPECT_EQ(count(q), 1) << "diacritics-insensitive word prefix";
  q.name_folded = "van";
  EXPECT_EQ(count(q), 2) << "Nguyễn Văn An and Văn phòng Sở";
  q.name_folded = "%";
  EXPECT_EQ(count(q), 0) << "a wildcard typed by the user is literal";
  q = {};
  q.year = 2023;
  EXPECT_EQ(count(q), 2);
  q = {};
  auto district = store::find_unit(*conn, district_);
  ASSERT_TRUE(district.ok() && district->has_value());
  q.scopes = std::vector<std::string>{(*district)->path};
  EXPECT_EQ(count(q), 1) << "scoped to the district office's subtree";
  q.scopes = std::vector<std::string>{};
  EXPECT_EQ(count(q), 0) << "no scope, nothing";

  auto counts = store::award_counts(*conn, campaign_);
  ASSERT_TRUE(counts.ok());
  int64_t individuals = 0, collectives = 0;
  for (const auto& c : *counts) {
    individuals += c.individuals;
    collectives += c.collectives;
  }
  EXPECT_EQ(individuals, 2);
  EXPECT_EQ(collectives, 1);
  // Each row names its unit's path, which tells same-named units apart.
  auto office = store::find_unit(*conn, office_);
  ASSERT_TRUE(office.ok() && office->has_value());
  bool office_counted = false;
  for (const auto& c : *counts) {
    EXPECT_FALSE(c.unit_path.empty()) << c.unit_name;
    if (c.unit_path == (*office)->path) office_counted = true;
  }
  EXPECT_TRUE(office_counted);
}

// The register's past (issue 11): imported entries keep their source, level,
// occasion and campaign name; the register is searched by authority, award
// and source, streamed past any page size, and read per recipient in one
// query; migration 094's data step folds the names of rows written before it.
TEST_F(DecisionsStoreTest, RegisterEntriesFromThePast) {
  if (!db_) GTEST_SKIP();
  auto conn = db_->acquire();
  const int64_t an = person("Nguyễn Văn An", district_);
  auto add = [&](const std::string& award, const std::string& authority, int year, core::AwardSource source,
                 std::optional<core::AwardLevel> level, const std::string& campaign) {
    core::AwardRecord a = entry_of(an, award, authority, year);
    a.source = source;
    a.level = level;
    a.occasion = campaign.empty() ? core::AwardOccasion::kAnnual : core::AwardOccasion::kCampaign;
    a.campaign_title = campaign;
    auto id = store::insert_award(*conn, a);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  };
  for (int year = 2001; year <= 2012; ++year) {
    add("Lao động tiên tiến", "Giám đốc Sở Tài nguyên và Môi trường", year, core::AwardSource::kImported,
        core::AwardLevel::kAgency, "");
  }
  const int64_t bk = add("Bằng khen", "Chủ tịch Ủy ban nhân dân tỉnh", 2013, core::AwardSource::kImported,
                         core::AwardLevel::kProvince, "Phong trào chuyển đổi số");
  add("Giấy khen", "Giám đốc Sở Tài nguyên và Môi trường", 2014, core::AwardSource::kIssued, std::nullopt, "");

  store::AwardQuery q;
  q.id = bk;
  auto one = store::find_awards(*conn, q);
  ASSERT_TRUE(one.ok() && one->size() == 1);
  EXPECT_EQ(one->front().source, core::AwardSource::kImported);
  EXPECT_EQ(one->front().level, core::AwardLevel::kProvince);
  EXPECT_EQ(one->front().occasion, core::AwardOccasion::kCampaign);
  EXPECT_EQ(one->front().campaign_title, "Phong trào chuyển đổi số");

  auto count = [&](const store::AwardQuery& query) {
    auto n = store::count_awards(*conn, query);
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
  };
  q = {};
  q.granted_by_folded = "chu tich";
  EXPECT_EQ(count(q), 1);
  q.granted_by_folded = "giam doc so tai";
  EXPECT_EQ(count(q), 13);
  q = {};
  q.award_folded = "lao dong tien";
  EXPECT_EQ(count(q), 12);
  q = {};
  q.source = core::AwardSource::kIssued;
  EXPECT_EQ(count(q), 1);
  q.source = core::AwardSource::kImported;
  EXPECT_EQ(count(q), 13);

  // Streamed in find_awards' order, however small the page.
  q = {};
  q.person_id = an;
  q.limit = 2;
  std::vector<int> years;
  ASSERT_TRUE(store::for_each_award(*conn, q, [&](const core::AwardRecord& a) { years.push_back(a.year); }).ok());
  ASSERT_EQ(years.size(), 14u);
  EXPECT_EQ(years.front(), 2014);
  EXPECT_EQ(years.back(), 2001);
  EXPECT_TRUE(std::is_sorted(years.rbegin(), years.rend()));

  auto mine = store::awards_of_recipients(*conn, {an}, {});
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->size(), 14u);
  auto none = store::awards_of_recipients(*conn, {}, {district_});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty()) << "no collective award of the district office";

  // Rows written before migration 094 had no folded authority or award.
  ASSERT_TRUE(conn->exec("UPDATE awards SET granted_by_folded = '', award_folded = ''").ok());
  q = {};
  q.granted_by_folded = "chu tich";
  EXPECT_EQ(count(q), 0);
  ASSERT_TRUE(store::fold_award_names(*conn).ok());
  EXPECT_EQ(count(q), 1);
  q = {};
  q.award_folded = "bang khen";
  EXPECT_EQ(count(q), 1);
}

// The register's pages (store::find_awards: the ids first, then the rows)
// follow one order, newest decision first and then id, ties included: pages
// of any size laid end to end are the whole register in that order, for the
// whole register and for a unit and year.
TEST_F(DecisionsStoreTest, RegisterPagesLaidEndToEndAreTheWholeOrder) {
  if (!db_) GTEST_SKIP();
  auto conn = db_->acquire();
  const int64_t an = person("Nguyễn Văn An", district_);
  const int64_t binh = person("Trần Thị Bình", office_);
  std::vector<int64_t> stored;
  for (int i = 0; i < 23; ++i) {
    core::AwardRecord a = entry_of(i % 2 == 0 ? an : binh, "Lao động tiên tiến", "Giám đốc Sở", 2020 + i % 3);
    if (i % 2 == 1) a.unit_id = office_;
    a.decision_date = std::to_string(2020 + i % 3) + (i % 4 == 0 ? "-06-01" : "-12-20");  // ties on a date
    auto id = store::insert_award(*conn, a);
    ASSERT_TRUE(id.ok());
    stored.push_back(*id);
  }
  auto whole = [&](store::AwardQuery q) {
    std::vector<std::pair<std::string, int64_t>> out;
    EXPECT_TRUE(store::for_each_award(*conn, q, [&](const core::AwardRecord& a) {
      out.emplace_back(a.decision_date, a.id);
    }).ok());
    return out;
  };
  auto paged = [&](store::AwardQuery q, int64_t size) {
    std::vector<std::pair<std::string, int64_t>> out;
    q.limit = size;
    for (q.offset = 0;; q.offset += size) {
      auto page = store::find_awards(*conn, q);
      EXPECT_TRUE(page.ok());
      if (!page.ok() || page->empty()) break;
      for (const auto& a : *page) out.emplace_back(a.decision_date, a.id);
    }
    return out;
  };
  store::AwardQuery all;
  const auto expected = whole(all);
  ASSERT_EQ(expected.size(), 23u);
  EXPECT_TRUE(std::is_sorted(expected.begin(), expected.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  }));
  for (int64_t size : {1, 4, 7, 50}) EXPECT_EQ(paged(all, size), expected) << size;

  store::AwardQuery unit_year;
  unit_year.unit_path = "";
  {
    auto u = store::find_unit(*conn, district_);
    ASSERT_TRUE(u.ok() && u->has_value());
    unit_year.unit_path = (*u)->path;
  }
  unit_year.year = 2021;
  const auto of_unit = whole(unit_year);
  EXPECT_FALSE(of_unit.empty());
  for (int64_t size : {1, 3}) EXPECT_EQ(paged(unit_year, size), of_unit) << size;
}

// The register's bulk load (issue 11, store::insert_awards): 121 rows go in
// 50 a statement, each row gets the id of its own stored entry, in a
// transaction with the bulk-load settings, which the connection drops after.
TEST_F(DecisionsStoreTest, BulkInsertedAwardsKeepTheirOwnIds) {
  if (!db_) GTEST_SKIP();
  auto conn = db_->acquire();
  const int64_t an = person("Nguyễn Văn An", district_);
  std::vector<core::AwardRecord> awards;
  for (int i = 0; i < 121; ++i) {
    core::AwardRecord a = entry_of(an, "Lao động tiên tiến", "Giám đốc Sở", 1900 + i);
    a.decision_number_symbol = std::to_string(i + 1) + "/QĐ-STNMT";
    awards.push_back(a);
  }
  {
    store::BulkLoad bulk(*conn);
    auto done = store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
      THIDUA_TRY(store::insert_awards(*conn, awards));
      return 0;
    });
    ASSERT_TRUE(done.ok()) << done.error().message;
  }
  std::set<int64_t> ids;
  for (const auto& a : awards) {
    ASSERT_GT(a.id, 0);
    ids.insert(a.id);
    store::AwardQuery q;
    q.id = a.id;
    auto found = store::find_awards(*conn, q);
    ASSERT_TRUE(found.ok() && found->size() == 1);
    EXPECT_EQ(found->front().year, a.year);
    EXPECT_EQ(found->front().decision_number_symbol, a.decision_number_symbol);
    EXPECT_EQ(found->front().source, core::AwardSource::kImported);
  }
  EXPECT_EQ(ids.size(), awards.size());
  if (conn->engine() == store::Engine::kSqlite) {
    auto temp = conn->query("PRAGMA temp_store");
    ASSERT_TRUE(temp.ok() && temp->size() == 1);
    EXPECT_EQ((*temp)[0].str(0), "0") << "the pooled connection is back to the default";
  }
}

}  // namespace
}  // namespace thidua
