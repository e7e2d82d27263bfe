// The reorganisation planner (core/reorganisation.h): the steps of each kind,
// the lineage, and every refusal naming its field.
#include <gtest/gtest.h>

#include "core/reorganisation.h"

namespace thidua::core {
namespace {

using Op = ReorgStep::Op;

Unit unit(int64_t id, const std::string& path, std::optional<int64_t> parent, const std::string& name) {
  Unit u;
  u.id = id;
  u.path = path;
  u.parent_id = parent;
  u.code = "U" + std::to_string(id);
  u.name = name;
  u.version = 1;
  return u;
}

// Two agencies: /1/ (Sở TNMT, with divisions 2 and 3, 3 holding 4) and /10/
// (Sở NN&PTNT, with 11); /20/ a third root.
ReorgSnapshot world() {
  ReorgSnapshot s;
  s.units[1].unit = unit(1, "/1/", std::nullopt, "Sở Tài nguyên và Môi trường");
  s.units[1].children = {unit(2, "/1/2/", 1, "Văn phòng"), unit(3, "/1/3/", 1, "Chi cục")};
  s.units[1].people = 5;
  s.units[1].grants = 2;
  s.units[1].open_campaigns = 1;
  s.units[1].last_header_from = "2020-01-01";
  s.units[2].unit = unit(2, "/1/2/", 1, "Văn phòng");
  s.units[2].people = 7;
  s.units[3].unit = unit(3, "/1/3/", 1, "Chi cục");
  s.units[3].children = {unit(4, "/1/3/4/", 3, "Trạm")};
  s.units[4].unit = unit(4, "/1/3/4/", 3, "Trạm");
  s.units[10].unit = unit(10, "/10/", std::nullopt, "Sở Nông nghiệp và Phát triển nông thôn");
  s.units[10].children = {unit(11, "/10/11/", 10, "Chi cục Thủy lợi")};
  s.units[10].people = 3;
  s.units[20].unit = unit(20, "/20/", std::nullopt, "Sở Nội vụ");
  return s;
}

AgencyHeader header() { return {"", "UBND TỈNH BẮC GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Giang"}; }

ReorgRequest merge_into_new() {
  ReorgRequest r;
  r.kind = ReorgKind::kMerge;
  r.effective_date = "2025-03-01";
  r.sources = {1, 10};
  NewUnit n;
  n.code = "SNNMT";
  n.name = "Sở Nông nghiệp và Môi trường";
  n.kind = UnitKind::kAgency;
  n.header = header();
  r.new_units = {n};
  return r;
}

std::string field_of(const Result<ReorgPlan>& r) { return r.ok() ? "(ok)" : r.error().field; }

TEST(Reorganisation, MergeIntoNewAgencyMovesEverythingUnderIt) {
  auto plan = plan_reorganisation(merge_into_new(), world(), "2026-12-06");
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  const auto& st = plan->steps;
  ASSERT_FALSE(st.empty());
  EXPECT_EQ(st[0].op, Op::kCreate);
  EXPECT_EQ(st[0].unit.created, 0);
  // Sub-units of 1 (2, 3) then its people, then 1 closed under the new unit;
  // the same for 10 (sub-unit 11, people).
  std::vector<std::pair<Op, int64_t>> seen;
  for (size_t i = 1; i < st.size(); ++i) {
    seen.emplace_back(st[i].op, st[i].unit.id);
    ASSERT_TRUE(st[i].to.has_value());
    EXPECT_EQ(st[i].to->created, 0);
  }
  const std::vector<std::pair<Op, int64_t>> want{{Op::kMoveUnit, 2}, {Op::kMoveUnit, 3}, {Op::kTransferPeople, 1},
                                                 {Op::kClose, 1},    {Op::kMoveUnit, 11}, {Op::kTransferPeople, 10},
                                                 {Op::kClose, 10}};
  EXPECT_EQ(seen, want);
  EXPECT_TRUE(st[4].successor);
  EXPECT_EQ(plan->people_moved, 8);
  EXPECT_EQ(plan->units_closed, 2);
  ASSERT_EQ(plan->lineage.size(), 2u);
  EXPECT_EQ(plan->lineage[0].first.id, 1);
  EXPECT_EQ(plan->lineage[1].first.id, 10);
  EXPECT_EQ(plan->lineage[1].second.created, 0);
  // Unit 1 had a running campaign and accounts with roles on it.
  ASSERT_EQ(plan->notices.size(), 2u);
  EXPECT_EQ(plan->notices[0].kind, ReorgNotice::Kind::kOpenCampaigns);
  EXPECT_EQ(plan->notices[1].kind, ReorgNotice::Kind::kGrantsStay);
  EXPECT_EQ(plan->notices[1].count, 2);
}

TEST(Reorganisation, MergeIntoExistingUnit) {
  ReorgRequest r;
  r.kind = ReorgKind::kMerge;
  r.effective_date = "2025-07-01";
  r.sources = {2};
  r.target_id = 3;
  auto plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  ASSERT_EQ(plan->steps.size(), 2u);  // people, then close (2 has no sub-units)
  EXPECT_EQ(plan->steps[0].op, Op::kTransferPeople);
  EXPECT_EQ(plan->steps[0].count, 7);
  EXPECT_EQ(plan->steps[1].op, Op::kClose);
  EXPECT_EQ(plan->steps[1].to->id, 3);
}

TEST(Reorganisation, RefusalsNameTheirField) {
  auto check = [](ReorgRequest r, const std::string& field, const std::string& today = "2026-12-06") {
    EXPECT_EQ(field_of(plan_reorganisation(r, world(), today)), field);
  };
  ReorgRequest r = merge_into_new();
  r.effective_date = "2025-02-30";
  check(r, "effective_date");
  r.effective_date = "2026-12-07";
  check(r, "effective_date");  // after today
  r = merge_into_new();
  r.effective_date = "2019-12-31";  // before unit 1's header of 2020
  check(r, "effective_date");
  r = merge_into_new();
  r.sources = {1, 1};
  check(r, "sources");
  r.sources = {1, 3};  // 3 lies inside 1
  check(r, "sources");
  r.sources = {1, 99};  // unknown (or not visible)
  check(r, "sources");
  r = merge_into_new();
  r.target_id = 20;  // both a target and a new unit
  check(r, "target_id");
  r = merge_into_new();
  r.sources = {1};
  check(r, "sources");  // a new unit from one source is not a merger
  r = merge_into_new();
  r.new_units[0].header.reset();
  check(r, "new_0_header_governing_body");
  r = merge_into_new();
  r.new_units[0].header->place = " ";
  check(r, "new_0_header_place");
  r = merge_into_new();
  r.new_units[0].code = "bad code";
  check(r, "new_0_code");
  r = merge_into_new();
  r.new_units[0].parent_id = 3;  // inside a source
  r.new_units[0].header.reset();
  check(r, "new_0_parent_id");
  ReorgSnapshot taken = world();
  taken.taken_codes.insert("SNNMT");
  EXPECT_EQ(field_of(plan_reorganisation(merge_into_new(), taken, "2026-12-06")), "new_0_code");

  ReorgRequest into;
  into.kind = ReorgKind::kMerge;
  into.effective_date = "2025-07-01";
  into.sources = {1};
  into.target_id = 4;  // inside the source
  check(into, "target_id");
  into.target_id = 1;
  check(into, "target_id");
  ReorgSnapshot closed = world();
  closed.units[20].unit.valid_to = "2024-01-01";
  into.target_id = 20;
  EXPECT_EQ(field_of(plan_reorganisation(into, closed, "2026-12-06")), "target_id");
  closed.units[1].unit.valid_to = "2024-01-01";
  into.target_id = 10;
  EXPECT_EQ(field_of(plan_reorganisation(into, closed, "2026-12-06")), "sources");
}

TEST(Reorganisation, TheReceiverMustExistOnTheDate) {
  ReorgRequest r;
  r.kind = ReorgKind::kMerge;
  r.effective_date = "2025-07-01";
  r.sources = {2};
  r.target_id = 20;
  ReorgSnapshot w = world();
  w.units[20].unit.valid_from = "2025-08-01";  // founded after the date
  EXPECT_EQ(field_of(plan_reorganisation(r, w, "2026-12-06")), "effective_date");
  w.units[20].unit.valid_from = "2020-01-01";
  w.units[20].last_move = "2025-09-01";  // itself reorganised after the date
  EXPECT_EQ(field_of(plan_reorganisation(r, w, "2026-12-06")), "effective_date");
  w.units[20].last_move = "2025-07-01";
  EXPECT_TRUE(plan_reorganisation(r, w, "2026-12-06").ok());
}

TEST(Reorganisation, SplitSendsSubUnitsAndPeopleWhereAsked) {
  ReorgRequest r;
  r.kind = ReorgKind::kSplit;
  r.effective_date = "2025-01-01";
  r.sources = {3};
  NewUnit a, b;
  a.code = "A";
  a.name = "Chi cục A";
  a.parent_id = 1;
  b = a;
  b.code = "B";
  b.name = "Chi cục B";
  r.new_units = {a, b};
  r.people_to = 1;
  r.children_to = {{4, 0}};
  ReorgSnapshot w = world();
  w.units[3].people = 4;
  auto plan = plan_reorganisation(r, w, "2026-12-06");
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  const auto& st = plan->steps;
  ASSERT_EQ(st.size(), 5u);
  EXPECT_EQ(st[2].op, Op::kMoveUnit);
  EXPECT_EQ(st[2].unit.id, 4);
  EXPECT_EQ(st[2].to->created, 0);
  EXPECT_EQ(st[3].op, Op::kTransferPeople);
  EXPECT_EQ(st[3].to->created, 1);
  EXPECT_EQ(st[4].op, Op::kClose);
  EXPECT_EQ(st[4].to->created, 1);
  EXPECT_EQ(plan->lineage.size(), 2u);

  ReorgRequest one = r;
  one.new_units.pop_back();
  one.people_to = 0;
  one.children_to.clear();
  EXPECT_EQ(field_of(plan_reorganisation(one, w, "2026-12-06")), "new_units");
  ReorgRequest wrong = r;
  wrong.children_to = {{2, 0}};  // not a sub-unit of 3
  EXPECT_EQ(field_of(plan_reorganisation(wrong, w, "2026-12-06")), "children_to");
  wrong = r;
  wrong.people_to = 2;
  EXPECT_EQ(field_of(plan_reorganisation(wrong, w, "2026-12-06")), "people_to");
  wrong = r;
  wrong.new_units[1].code = "A";
  EXPECT_EQ(field_of(plan_reorganisation(wrong, w, "2026-12-06")), "new_1_code");
}

TEST(Reorganisation, RenameAndHeaders) {
  ReorgRequest r;
  r.kind = ReorgKind::kRename;
  r.effective_date = "2025-07-01";
  r.sources = {1};
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "new_name");
  r.new_name = "Sở Tài nguyên và Môi trường";
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "new_name");  // same name
  r.new_name = "Sở Nông nghiệp và Môi trường";
  ReorgSnapshot named = world();
  named.units[1].unit.short_name = "Sở TNMT";
  auto plan = plan_reorganisation(r, named, "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 1u);
  EXPECT_EQ(plan->steps[0].op, Op::kRename);
  EXPECT_EQ(plan->steps[0].short_name, "Sở TNMT") << "an empty short name keeps the current one";
  r.new_short_name = "Sở NN&MT";
  EXPECT_EQ(plan_reorganisation(r, named, "2026-12-06")->steps[0].short_name, "Sở NN&MT");
  r.new_short_name.clear();
  plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->notices.size(), 1u);  // an agency renamed, its header not
  EXPECT_EQ(plan->notices[0].kind, ReorgNotice::Kind::kHeaderUnchanged);
  // The province merger: the same name, a new governing body line.
  r.new_name.clear();
  r.header = header();
  r.header->governing_body = "UBND TỈNH BẮC NINH";
  plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 1u);
  EXPECT_EQ(plan->steps[0].op, Op::kSetHeader);
  EXPECT_EQ(plan->steps[0].header.valid_from, "2025-07-01");
  EXPECT_EQ(plan->steps[0].header.governing_body, "UBND TỈNH BẮC NINH");
  r.sources = {2};  // not an agency
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "header_governing_body");
}

// A header's abbreviation for the documents' symbols: empty (the plans'
// own), or capital letters, digits, Đ and &; never a separator or a word of
// lower case, and at most 20.
TEST(Reorganisation, AHeadersSymbolIsAnAbbreviation) {
  for (const std::string good : {"", "SNNMT", "SNN&MT", "BTĐKT", "S2", "ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ"}) {
    AgencyHeader h = header();
    h.symbol = good;
    EXPECT_TRUE(validate_agency_header(h, "header_").ok()) << good;
  }
  for (const std::string bad : {"snnmt", "SNN MT", "QĐ-SNNMT", "SNNMT/", "SỞ", "AAAAAAAAAAAAAAAAAAAAA", "\xC4",
                                "ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ"}) {
    AgencyHeader h = header();
    h.symbol = bad;
    auto st = validate_agency_header(h, "header_");
    ASSERT_FALSE(st.ok()) << bad;
    EXPECT_EQ(st.error().field, "header_symbol") << bad;
  }
  // In a request, it carries to the header step as given.
  ReorgRequest r;
  r.kind = ReorgKind::kRename;
  r.effective_date = "2025-07-01";
  r.sources = {1};
  r.header = header();
  r.header->symbol = "SNNMT";
  auto plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->steps.at(0).header.symbol, "SNNMT");
  r.header->symbol = "snnmt";
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "header_symbol");
}

TEST(Reorganisation, MoveUnderAnotherRootOrToTheTop) {
  ReorgRequest r;
  r.kind = ReorgKind::kMove;
  r.effective_date = "2025-07-01";
  r.sources = {3};
  r.new_parent_id = 10;
  auto plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 1u);
  EXPECT_EQ(plan->steps[0].to->id, 10);
  r.new_parent_id = 4;
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "new_parent_id");  // into itself
  r.new_parent_id = 1;
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "new_parent_id");  // already there
  r.new_parent_id.reset();
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "header_governing_body");
  r.header = header();
  plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 2u);
  EXPECT_FALSE(plan->steps[0].to.has_value());
  EXPECT_EQ(plan->steps[1].op, Op::kSetHeader);
}

TEST(Reorganisation, DissolveNeedsAReceiverForPeopleOrOpenSubUnits) {
  ReorgRequest r;
  r.kind = ReorgKind::kDissolve;
  r.effective_date = "2025-07-01";
  r.sources = {2};
  EXPECT_EQ(field_of(plan_reorganisation(r, world(), "2026-12-06")), "target_id");
  r.target_id = 20;
  auto plan = plan_reorganisation(r, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 2u);
  EXPECT_EQ(plan->steps[1].op, Op::kClose);
  EXPECT_FALSE(plan->steps[1].successor);  // a receiver, not a successor
  EXPECT_EQ(plan->steps[1].to->id, 20);
  ReorgRequest empty = r;
  empty.sources = {4};
  empty.target_id.reset();
  plan = plan_reorganisation(empty, world(), "2026-12-06");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->steps.size(), 1u);
  EXPECT_FALSE(plan->steps[0].to.has_value());
  ReorgRequest extra = r;
  extra.new_units.push_back(NewUnit{});
  EXPECT_EQ(field_of(plan_reorganisation(extra, world(), "2026-12-06")), "new_units");
}

TEST(Reorganisation, HeaderOnADateFollowsTheMerger) {
  const AgencyHeader old_h{"2020-01-01", "UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bắc Giang"};
  const AgencyHeader new_h{"2025-03-01", "UBND TỈNH BẮC GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Giang"};
  const AgencyHeader ninh{"2025-07-01", "UBND TỈNH BẮC NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Ninh"};
  // The old Sở (closed 2025-03-01) sits under the new one.
  const std::vector<HeaderCandidate> chain{{"2025-03-01", {old_h}}, {"", {ninh, new_h}}};
  EXPECT_EQ(header_on(chain, "2023-06-15")->issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(chain, "2025-02-28")->issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(chain, "2025-03-01")->issuing_body, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  EXPECT_EQ(header_on(chain, "2025-03-01")->governing_body, "UBND TỈNH BẮC GIANG");
  EXPECT_EQ(header_on(chain, "2026-01-05")->governing_body, "UBND TỈNH BẮC NINH");
  EXPECT_FALSE(header_on(chain, "2019-05-01").has_value());
  EXPECT_FALSE(header_on({}, "2026-01-05").has_value());
  // A division issuing its own campaign does not borrow its agency's header.
  EXPECT_FALSE(header_on({{"", {}}, {"", {ninh}}}, "2026-01-05").has_value());
}

}  // namespace
}  // namespace thidua::core
