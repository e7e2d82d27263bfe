// Council roles and recusal kinds (core/council.h): the codes the store and
// the API write are read back as the same value, and nothing else is read.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/council.h"

namespace thidua::core {
namespace {

TEST(CouncilRoleTest, EveryRoleRoundTripsThroughItsCode) {
  std::set<std::string> codes, labels;
  for (auto r : kCouncilRoles) {
    const std::string code(council_role_code(r));
    EXPECT_EQ(parse_council_role(code), r) << code;
    codes.insert(code);
    labels.insert(std::string(council_role_label(r)));
  }
  EXPECT_EQ(codes, (std::set<std::string>{"chair", "vice_chair", "secretary", "member"}));
  EXPECT_EQ(labels.size(), kCouncilRoles.size());
}

TEST(CouncilRoleTest, OnlyTheFourCodesAreRead) {
  for (const char* other : {"", "Chair", "chu_tich", "chair ", "admin"}) {
    EXPECT_FALSE(parse_council_role(other).has_value()) << other;
  }
}

TEST(CouncilRoleTest, OnlyTheChairAndTheSecretaryAreSingle) {
  EXPECT_TRUE(council_role_is_single(CouncilRole::kChair));
  EXPECT_TRUE(council_role_is_single(CouncilRole::kSecretary));
  EXPECT_FALSE(council_role_is_single(CouncilRole::kViceChair));
  EXPECT_FALSE(council_role_is_single(CouncilRole::kMember));
}

TEST(RecusalKindTest, KindsRoundTripAndNothingElseIsRead) {
  for (auto k : {RecusalKind::kNominee, RecusalKind::kDeclared}) {
    EXPECT_EQ(parse_recusal_kind(recusal_kind_code(k)), k);
  }
  EXPECT_EQ(recusal_kind_code(RecusalKind::kNominee), "nominee");
  EXPECT_EQ(recusal_kind_code(RecusalKind::kDeclared), "declared");
  EXPECT_FALSE(parse_recusal_kind("Nominee").has_value());
  EXPECT_FALSE(parse_recusal_kind("").has_value());
}

}  // namespace
}  // namespace thidua::core
