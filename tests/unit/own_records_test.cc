// core/own_records.h: who may not review a record because it is their own.
#include "core/own_records.h"

#include <gtest/gtest.h>

namespace thidua::core {
namespace {

Actor head_with_person() {
  Actor a;
  a.user_id = 7;
  a.username = "thutruong";
  a.person_id = 41;
  a.grants = {Grant{Role::kUnitHead, 4, "/1/4/"}};
  return a;
}

TEST(OwnRecordsTest, EnteringOrSubmittingMakesTheAccountInvolved) {
  const Actor a = head_with_person();
  EXPECT_EQ(involvement(a, Stake{{7}, {}}), Involvement::kEntered);
  EXPECT_EQ(involvement(a, Stake{{std::nullopt, 7}, {}}), Involvement::kEntered);
  EXPECT_EQ(involvement(a, Stake{{8, 9}, {}}), Involvement::kNone);
}

TEST(OwnRecordsTest, ARecordAboutTheActorsPersonConcernsThem) {
  const Actor a = head_with_person();
  EXPECT_EQ(involvement(a, Stake{{8}, {41}}), Involvement::kConcerned);
  EXPECT_EQ(involvement(a, Stake{{8}, {40, std::nullopt, 41}}), Involvement::kConcerned);
  EXPECT_EQ(involvement(a, Stake{{8}, {40}}), Involvement::kNone);
  // Entering comes first when both hold.
  EXPECT_EQ(involvement(a, Stake{{7}, {41}}), Involvement::kEntered);
}

TEST(OwnRecordsTest, AbsentValuesNeverMatch) {
  Actor a;  // no account id, no person
  EXPECT_EQ(involvement(a, Stake{{std::nullopt, 0}, {std::nullopt}}), Involvement::kNone);
  Actor b = head_with_person();
  b.person_id.reset();
  EXPECT_EQ(involvement(b, Stake{{}, {41}}), Involvement::kNone);
}

TEST(OwnRecordsTest, TheShellOperatorIsNeverInvolved) {
  Actor a = head_with_person();
  a.system = true;
  EXPECT_EQ(involvement(a, Stake{{7}, {41}}), Involvement::kNone);
}

}  // namespace
}  // namespace thidua::core
