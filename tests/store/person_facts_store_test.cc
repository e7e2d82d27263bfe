// The facts of a person's years beside the ratings, on the engine under test:
// a recognised initiative with its authors (one decision recognises a title
// once; a second author is added once), disciplinary measures (a person's
// decision once), absences, and the years declared complete (declaring or
// withdrawing twice changes nothing the second time).
#include <gtest/gtest.h>

#include "store/absences.h"
#include "store/discipline.h"
#include "store/fact_years.h"
#include "store/recognised_initiatives.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class PersonFactsStoreTest : public test::DatabaseTest {};

core::RecognisedInitiative initiative(const std::string& title, int year, std::vector<int64_t> authors) {
  core::RecognisedInitiative i;
  i.title = title;
  i.scope = core::InitiativeScope::kProvince;
  i.year = year;
  i.decision_number = "12/QĐ-STNMT";
  i.decision_date = std::to_string(year) + "-12-20";
  i.authority = "Giám đốc Sở";
  i.author_ids = std::move(authors);
  i.created_at = "2026-01-01T00:00:00.000Z";
  return i;
}

TEST_F(PersonFactsStoreTest, AnInitiativeIsRecognisedOnceWithItsAuthors) {
  const int64_t root = add_unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t an = add_person("Nguyễn Văn An", root);
  const int64_t binh = add_person("Trần Thị Bình", root);
  const int64_t cuc = add_person("Lê Thị Cúc", root);
  auto conn = db_->acquire();
  auto first = store::insert_recognised_initiative(*conn, initiative("Số hóa hồ sơ", 2024, {an, binh}));
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto again = store::insert_recognised_initiative(*conn, initiative("SỐ HÓA HỒ SƠ", 2024, {cuc}));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_EQ(again.error().field, "title");
  ASSERT_TRUE(store::insert_recognised_initiative(*conn, initiative("Bản đồ số", 2022, {an})).ok());
  ASSERT_TRUE(store::add_initiative_author(*conn, *first, cuc).ok());
  ASSERT_TRUE(store::add_initiative_author(*conn, *first, cuc).ok()) << "an author added twice is one author";

  auto mine = store::recognised_initiatives_of(*conn, {an});
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].title, "Bản đồ số") << "oldest year first";
  EXPECT_EQ((*mine)[1].author_ids, (std::vector<int64_t>{an, binh, cuc}));
  EXPECT_EQ((*mine)[1].scope, core::InitiativeScope::kProvince);
  auto shared = store::recognised_initiatives_of(*conn, {binh, cuc});
  ASSERT_TRUE(shared.ok());
  EXPECT_EQ(shared->size(), 1u) << "one initiative, however many of its authors are asked for";
  auto keys = store::initiative_keys(*conn, {"12/QĐ-STNMT", "99/QĐ"});
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(keys->size(), 2u);
  auto found = store::initiative_by_decision(*conn, "12/QĐ-STNMT", "so hoa ho so");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->value_or(0), *first);
}

TEST_F(PersonFactsStoreTest, MeasuresAbsencesAndDeclaredYears) {
  const int64_t root = add_unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t an = add_person("Nguyễn Văn An", root);
  auto conn = db_->acquire();
  core::DisciplineRecord d;
  d.person_id = an;
  d.measure = core::DisciplineMeasure::kWarning;
  d.decided_on = "2024-03-02";
  d.ends_on = "2025-03-01";
  d.decision_number = "5/QĐ-STNMT";
  d.created_at = "2026-01-01T00:00:00.000Z";
  ASSERT_TRUE(store::insert_discipline(*conn, d).ok());
  auto twice = store::insert_discipline(*conn, d);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, core::errc::kConflict);
  auto measures = store::discipline_of(*conn, {an});
  ASSERT_TRUE(measures.ok());
  ASSERT_EQ(measures->size(), 1u);
  EXPECT_EQ((*measures)[0].measure, core::DisciplineMeasure::kWarning);
  EXPECT_EQ((*measures)[0].first_year(), 2024);
  EXPECT_EQ((*measures)[0].last_year(), 2025);

  core::Absence a;
  a.person_id = an;
  a.year = 2025;
  a.days = 120;
  a.reason = core::AbsenceReason::kMaternity;
  a.created_at = "2026-01-01T00:00:00.000Z";
  ASSERT_TRUE(store::insert_absence(*conn, a).ok());
  auto absences = store::absences_of(*conn, {an});
  ASSERT_TRUE(absences.ok());
  ASSERT_EQ(absences->size(), 1u);
  EXPECT_EQ((*absences)[0].reason, core::AbsenceReason::kMaternity);
  EXPECT_EQ((*absences)[0].days, 120);

  auto declared = store::declare_fact_year(*conn, core::FactKind::kDiscipline, 2025, 0, "2026-01-02T00:00:00.000Z");
  ASSERT_TRUE(declared.ok()) << declared.error().message;
  EXPECT_TRUE(*declared);
  EXPECT_FALSE(*store::declare_fact_year(*conn, core::FactKind::kDiscipline, 2025, 0, "2026-01-03T00:00:00.000Z"));
  EXPECT_TRUE(*store::declare_fact_year(*conn, core::FactKind::kAbsences, 2025, 0, "2026-01-03T00:00:00.000Z"));
  auto years = store::fact_years(*conn);
  ASSERT_TRUE(years.ok());
  ASSERT_EQ(years->size(), 2u);
  EXPECT_EQ((*years)[0].kind, core::FactKind::kAbsences);
  EXPECT_EQ((*years)[1].declared_at, "2026-01-02T00:00:00.000Z") << "the second declaration changed nothing";
  EXPECT_TRUE(*store::withdraw_fact_year(*conn, core::FactKind::kDiscipline, 2025));
  EXPECT_FALSE(*store::withdraw_fact_year(*conn, core::FactKind::kDiscipline, 2025));
  EXPECT_EQ(store::fact_years(*conn)->size(), 1u);
}

}  // namespace
}  // namespace thidua
