// The facts of a person's years beside the ratings, on the engine under test:
// a recognised initiative with its authors (one decision recognises a title
// once; a second author is added once), disciplinary measures (a person's
// decision once), absences, and the years declared complete (declaring or
// withdrawing twice changes nothing the second time).
#include <gtest/gtest.h>

#include <algorithm>

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

  auto declared =
      store::declare_fact_year(*conn, root, core::FactKind::kDiscipline, 2025, 0, "2026-01-02T00:00:00.000Z");
  ASSERT_TRUE(declared.ok()) << declared.error().message;
  EXPECT_TRUE(*declared);
  EXPECT_FALSE(
      *store::declare_fact_year(*conn, root, core::FactKind::kDiscipline, 2025, 0, "2026-01-03T00:00:00.000Z"));
  EXPECT_TRUE(*store::declare_fact_year(*conn, root, core::FactKind::kAbsences, 2025, 0, "2026-01-03T00:00:00.000Z"));
  auto years = store::fact_years(*conn, root);
  ASSERT_TRUE(years.ok());
  ASSERT_EQ(years->size(), 2u);
  EXPECT_EQ((*years)[0].kind, core::FactKind::kAbsences);
  EXPECT_EQ((*years)[0].agency_id, root);
  EXPECT_EQ((*years)[1].declared_at, "2026-01-02T00:00:00.000Z") << "the second declaration changed nothing";
  EXPECT_TRUE(*store::withdraw_fact_year(*conn, root, core::FactKind::kDiscipline, 2025));
  EXPECT_FALSE(*store::withdraw_fact_year(*conn, root, core::FactKind::kDiscipline, 2025));
  EXPECT_EQ(store::fact_years(*conn, root)->size(), 1u);
}

// Each agency's declarations are its own: another agency reads none of them,
// its people are found under it, and an agency made of two inherits only
// what both declared.
TEST_F(PersonFactsStoreTest, DeclarationsBelongToOneAgency) {
  const int64_t first = add_unit("SNV", std::nullopt, core::UnitKind::kAgency);
  const int64_t part = add_unit("SNV-VP", first, core::UnitKind::kOffice);
  const int64_t second = add_unit("SYT", std::nullopt, core::UnitKind::kAgency);
  const int64_t made = add_unit("SNVYT", std::nullopt, core::UnitKind::kAgency);
  const int64_t of_first = add_person("Trần Thị Hoa", part);
  const int64_t of_second = add_person("Lê Văn Nam", second);
  auto conn = db_->acquire();
  const std::string at = "2026-01-02T00:00:00.000Z";
  ASSERT_TRUE(store::declare_fact_year(*conn, first, core::FactKind::kTitles, 2025, 0, at).ok());
  ASSERT_TRUE(store::declare_fact_year(*conn, first, core::FactKind::kAbsences, 2025, 0, at).ok());
  ASSERT_TRUE(store::declare_fact_year(*conn, second, core::FactKind::kAbsences, 2025, 0, "2026-01-01T00:00:00.000Z").ok());
  EXPECT_EQ(store::fact_years(*conn, second)->size(), 1u);
  auto every = store::all_fact_years(*conn);
  ASSERT_TRUE(every.ok());
  EXPECT_EQ(every->size(), 3u);

  auto people = store::agencies_of_people(*conn, {of_first, of_second});
  ASSERT_TRUE(people.ok());
  EXPECT_EQ(people->at(of_first), first);
  EXPECT_EQ(people->at(of_second), second);
  auto spanned = store::agencies_of_people_in(*conn, {std::min(of_first, of_second), std::max(of_first, of_second), 0, 0});
  ASSERT_TRUE(spanned.ok());
  EXPECT_EQ(*spanned, *people);
  auto units = store::agencies_of_units(*conn, {part, second});
  ASSERT_TRUE(units.ok());
  EXPECT_EQ(units->at(part), first);
  EXPECT_EQ(units->at(second), second);

  auto inherited = store::inherit_fact_years(*conn, made, {first, second});
  ASSERT_TRUE(inherited.ok()) << inherited.error().message;
  EXPECT_EQ(*inherited, 1);
  auto made_years = store::fact_years(*conn, made);
  ASSERT_TRUE(made_years.ok());
  ASSERT_EQ(made_years->size(), 1u) << "the titles were declared by one of the two only";
  EXPECT_EQ((*made_years)[0].kind, core::FactKind::kAbsences);
  EXPECT_EQ((*made_years)[0].declared_at, "2026-01-01T00:00:00.000Z") << "the earlier declaration's time";
  EXPECT_EQ(*store::inherit_fact_years(*conn, made, {first, second}), 0) << "already there";
  EXPECT_EQ(*store::inherit_fact_years(*conn, made, {}), 0);
}

}  // namespace
}  // namespace thidua
