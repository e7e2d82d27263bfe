// A form's unit field (web/ui/unit_choice.h): a drop-down while few units
// may be chosen, codes past the limit, and the codes turned back into ids.
#include "web/ui/unit_choice.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "web/template.h"
#include "unit/sample_unit_tree.h"

namespace thidua::web {
namespace {

using Form = std::multimap<std::string, std::string>;

const UnitField kOne{"unit_id", "unit_code"};
const UnitField kMany{"target_unit", "target_unit_codes", true};

std::vector<std::string> values_of(const Form& form, const std::string& name) {
  std::vector<std::string> out;
  auto [from, to] = form.equal_range(name);
  for (auto it = from; it != to; ++it) out.push_back(it->second);
  return out;
}

TEST(UnitChoice, ADropDownWhileTheUnitsOfferedFit) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);  // 32 units
  const auto pick = unit_choice(nodes, kOne, {}, {5}, {}, 32);
  EXPECT_FALSE(pick.at("by_code").as_bool());
  EXPECT_EQ(pick.at("name").as_string(), "unit_id");
  EXPECT_FALSE(pick.at("multiple").as_bool());
  const auto& options = pick.at("options").as_array();
  ASSERT_EQ(options.size(), 32u);
  EXPECT_EQ(options[4].at("value").as_int64(), 5);
  EXPECT_TRUE(options[4].at("selected").as_bool());
  EXPECT_FALSE(options[3].at("selected").as_bool());
  EXPECT_EQ(options[4].at("label").as_string(), "— — U5");
}

TEST(UnitChoice, CodesPastTheLimitShowingTheChosenUnitsOrWhatWasTyped) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);
  const auto pick = unit_choice(nodes, kMany, {}, {9, 2}, {}, 31);
  EXPECT_TRUE(pick.at("by_code").as_bool());
  EXPECT_TRUE(pick.at("multiple").as_bool());
  EXPECT_EQ(pick.at("code_name").as_string(), "target_unit_codes");
  EXPECT_TRUE(pick.at("options").as_array().empty());
  EXPECT_EQ(pick.at("code").as_string(), "C2, C9");  // tree order

  const Form sent_back{{"target_unit_codes", "C2, nope"}, {"target_unit", "9"}};
  EXPECT_EQ(unit_choice(nodes, kMany, {}, {9}, sent_back, 31).at("code").as_string(), "C2, nope");
}

TEST(UnitChoice, OnlyTheUnitsOfferedCountTowardsTheLimit) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);
  const UnitKeep first_top = [](const core::Unit& u) { return u.id <= 16; };
  const auto pick = unit_choice(nodes, kOne, first_top, {}, {}, 16);
  ASSERT_FALSE(pick.at("by_code").as_bool());
  EXPECT_EQ(pick.at("options").as_array().size(), 16u);
  EXPECT_TRUE(unit_choice(nodes, kOne, first_top, {}, {}, 15).at("by_code").as_bool());
}

// The partial reads only the choice's own keys: a page whose data says
// "empty" (its list is empty) gave the drop-down an option "true".
TEST(UnitChoice, ThePartialReadsNothingFromThePagesOwnData) {
  const auto nodes = testing_units::sample_unit_tree(1, 2, 0);
  boost::json::object page{{"councils", boost::json::array()},
                           {"empty", true},
                           {"required", true},
                           {"empty_hint", "x"},
                           {"can_create", true},
                           {"page", 1},
                           {"unit_pick", unit_choice(nodes, kOne, {}, {}, {})}};
  auto html = Templates::embedded().render("councils", page);
  ASSERT_TRUE(html.ok()) << html.error().message;
  const size_t select = html->find("<select id=\"unit_id\" name=\"unit_id\">");
  ASSERT_NE(select, std::string::npos) << "a drop-down, not required: " << *html;
  EXPECT_EQ(html->find("<option value=\"\">", select), std::string::npos) << "no empty choice asked for";
  EXPECT_NE(html->find("<option value=\"1\">U1</option>", select), std::string::npos);
}

TEST(UnitChoice, TheEmptyChoicesHintDropsTheDashesOfItsOption) {
  boost::json::object pick;
  add_empty_choice(pick, "— Lên cấp cao nhất (thành cơ quan) —");
  EXPECT_EQ(pick.at("empty").as_string(), "— Lên cấp cao nhất (thành cơ quan) —");
  EXPECT_EQ(pick.at("empty_hint").as_string(), "Lên cấp cao nhất (thành cơ quan)");
  boost::json::object bare;
  add_empty_choice(bare, "—");
  EXPECT_FALSE(bare.contains("empty_hint"));
}

TEST(UnitChoice, CodesAreSplitAtCommasSpacesAndLinesWithoutRepeats) {
  EXPECT_EQ(split_unit_codes(" C1,C2;\r\nC3\tC1 ,, "), (std::vector<std::string>{"C1", "C2", "C3"}));
  EXPECT_TRUE(split_unit_codes(" \n ,").empty());
}

TEST(UnitChoice, ATypedCodeReplacesTheIds) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);
  Form form{{"unit_code", "  C7 "}, {"unit_id", "3"}};
  ASSERT_TRUE(take_unit_codes(nodes, kOne, {}, form).ok());
  EXPECT_EQ(values_of(form, "unit_id"), std::vector<std::string>{"7"});

  Form several{{"target_unit_codes", "C20\nC4, C20"}};
  ASSERT_TRUE(take_unit_codes(nodes, kMany, {}, several).ok());
  EXPECT_EQ(values_of(several, "target_unit"), (std::vector<std::string>{"20", "4"}));
}

TEST(UnitChoice, AnEmptyCodeChoosesNoUnitAndAFormWithoutCodesIsLeftAsItIs) {
  const auto nodes = testing_units::sample_unit_tree(1, 1, 1);
  Form cleared{{"unit_code", " "}, {"unit_id", "2"}};
  ASSERT_TRUE(take_unit_codes(nodes, kOne, {}, cleared).ok());
  EXPECT_EQ(cleared.count("unit_id"), 0u);

  Form drop_down{{"unit_id", "2"}, {"unit_id", "99"}};
  ASSERT_TRUE(take_unit_codes(nodes, kOne, {}, drop_down).ok());
  EXPECT_EQ(values_of(drop_down, "unit_id"), (std::vector<std::string>{"2", "99"}));
}

TEST(UnitChoice, AnUnknownOrRefusedCodeIsAnErrorOnTheFieldAndTheFormIsKept) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);
  Form unknown{{"target_unit_codes", "C3 C999"}, {"target_unit", "5"}};
  auto st = take_unit_codes(nodes, kMany, {}, unknown);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_EQ(st.error().field, "target_unit");
  EXPECT_NE(st.error().message.find("“C999”"), std::string::npos) << st.error().message;
  EXPECT_EQ(values_of(unknown, "target_unit"), std::vector<std::string>{"5"});

  // Codes are matched as stored: another case is another code.
  Form other_case{{"unit_code", "c3"}};
  EXPECT_FALSE(take_unit_codes(nodes, kOne, {}, other_case).ok());

  const UnitKeep not_u3 = [](const core::Unit& u) { return u.id != 3; };
  Form refused{{"unit_code", "C3"}};
  st = take_unit_codes(nodes, kOne, not_u3, refused);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().field, "unit_id");
  EXPECT_NE(st.error().message.find("“U3”"), std::string::npos) << st.error().message;
  EXPECT_EQ(refused.count("unit_id"), 0u);
}

TEST(UnitChoice, TooManyCodesAreRefusedNotCut) {
  const auto nodes = testing_units::sample_unit_tree(1, 1, 1);
  std::string typed;
  for (size_t i = 0; i <= kUnitCodesMax; ++i) typed += "X" + std::to_string(i) + " ";
  Form form{{"target_unit_codes", typed}};
  auto st = take_unit_codes(nodes, kMany, {}, form);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_EQ(form.count("target_unit"), 0u);
}

// A plan's participating units (path order) as nodes: depth from the
// shallowest, so that a plan of provinces lists its provinces first.
TEST(UnitChoice, ParticipatingUnitsBecomeNodesByTheirPathsDepth) {
  const std::vector<core::ParticipatingUnit> units = {
      {4, "S1", "Sở Một", "/1/4/"}, {9, "S1-P", "Phòng", "/1/4/9/"}, {12, "S1-P-T", "Tổ", "/1/4/9/12/"},
      {5, "S2", "Sở Hai", "/1/5/"}};
  const auto nodes = participating_nodes(units);
  ASSERT_EQ(nodes.size(), 4u);
  EXPECT_EQ(nodes[0].depth, 0);
  EXPECT_EQ(nodes[1].depth, 1);
  EXPECT_EQ(nodes[2].depth, 2);
  EXPECT_EQ(nodes[3].depth, 0);
  EXPECT_EQ(nodes[2].unit.code, "S1-P-T");
  EXPECT_EQ(nodes[2].unit.path, "/1/4/9/12/");
  const auto pick = unit_choice(nodes, kOne, {}, {12}, {});
  EXPECT_EQ(pick.at("options").as_array()[2].at("label").as_string(), "— — Tổ");
  EXPECT_TRUE(pick.at("options").as_array()[2].at("selected").as_bool());
  EXPECT_TRUE(participating_nodes({}).empty());
  // A unit whose parent does not take part sits under its nearest ancestor
  // that does, not under the unit listed before it.
  const auto gap = participating_nodes({{4, "S1", "Sở Một", "/1/4/"},
                                        {9, "S1-P", "Phòng", "/1/4/9/"},
                                        {13, "S1-X-T", "Tổ khác", "/1/4/11/13/"},
                                        {7, "S3-T", "Tổ lẻ", "/1/6/7/"}});
  EXPECT_EQ(gap[2].depth, 1) << "under S1, beside S1-P";
  EXPECT_EQ(gap[3].depth, 0) << "no ancestor listed";
}

// A GET form's unit: the code when given (blanks around it dropped), else the
// id, else none; an unknown code is the field's error.
TEST(UnitChoice, AQuerysUnitByCodeOrById) {
  const auto nodes = testing_units::sample_unit_tree(2, 3, 4);
  const UnitField filter{"don-vi", "ma-don-vi"};
  auto by_code = unit_from_query(nodes, filter, {{"ma-don-vi", " C9 "}, {"don-vi", "2"}});
  ASSERT_TRUE(by_code.ok()) << by_code.error().message;
  EXPECT_EQ(*by_code, std::optional<int64_t>(9)) << "the code wins over an id";
  auto by_id = unit_from_query(nodes, filter, {{"don-vi", "2"}});
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(*by_id, std::optional<int64_t>(2));
  auto none = unit_from_query(nodes, filter, {{"ma-don-vi", "  "}});
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  auto garbage = unit_from_query(nodes, filter, {{"don-vi", "x"}});
  ASSERT_TRUE(garbage.ok());
  EXPECT_FALSE(garbage->has_value());
  auto unknown = unit_from_query(nodes, filter, {{"ma-don-vi", "NOPE"}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, core::errc::kValidation);
  EXPECT_EQ(unknown.error().field, "don-vi");
  EXPECT_NE(unknown.error().message.find("NOPE"), std::string::npos);
}

}  // namespace
}  // namespace thidua::web
