// Registration rules: content tidied and checked, states and their moves,
// targets read from a spreadsheet cell.
#include <gtest/gtest.h>

#include "core/registration.h"

namespace thidua::core {
namespace {

Registration individual() {
  Registration r;
  r.subject = RegistrationSubject::kIndividual;
  r.person_id = 7;
  r.targets = {{0, " 1 ", "  Hoàn thành   100% nhiệm vụ  "}, {0, "", "   "}};
  return r;
}

TEST(RegistrationTest, ContentIsTidiedAndBlankRowsDropped) {
  Registration r = individual();
  r.signature_task = "  Dòng một \n\n  dòng   hai ";
  r.initiatives = {{0, "", "", ""}, {0, " Sáng kiến A ", "Nội dung", ""}};
  auto n = normalise_registration(r);
  ASSERT_TRUE(n.ok()) << n.error().message;
  ASSERT_EQ(n->targets.size(), 1u);
  EXPECT_EQ(n->targets[0].text, "Hoàn thành 100% nhiệm vụ");
  EXPECT_EQ(n->targets[0].content_label, "1");
  EXPECT_EQ(n->signature_task, "Dòng một\ndòng hai");
  ASSERT_EQ(n->initiatives.size(), 1u);
  EXPECT_EQ(n->initiatives[0].title, "Sáng kiến A");
  EXPECT_EQ(n->subject_key(), "p:7");
}

TEST(RegistrationTest, InvalidContentIsRefusedWithItsField) {
  Registration none = individual();
  none.targets = {{0, "", " "}};
  auto a = normalise_registration(none);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().field, "targets");

  Registration untitled = individual();
  untitled.initiatives = {{0, "", "Nội dung không có tên", ""}};
  auto b = normalise_registration(untitled);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().field, "initiatives");

  Registration coll = individual();
  coll.subject = RegistrationSubject::kCollective;
  coll.unit_id = 3;
  coll.initiatives = {{0, "Sáng kiến", "", ""}};
  auto c = normalise_registration(coll);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().field, "initiatives");

  Registration nobody = individual();
  nobody.person_id.reset();
  EXPECT_EQ(normalise_registration(nobody).error().field, "person_id");

  Registration bad = individual();
  bad.targets[0].text = std::string("a\x01") + "b";
  EXPECT_EQ(normalise_registration(bad).error().code, errc::kValidation);
  Registration long_text = individual();
  long_text.targets[0].text = std::string(2001, 'x');
  EXPECT_FALSE(normalise_registration(long_text).ok());
  Registration many = individual();
  many.targets.assign(51, Target{0, "", "Chỉ tiêu"});
  EXPECT_FALSE(normalise_registration(many).ok());
}

TEST(RegistrationTest, CollectiveKeyIsTheUnit) {
  Registration r;
  r.subject = RegistrationSubject::kCollective;
  r.unit_id = 12;
  r.person_id = 5;
  r.targets = {{0, "", "Chỉ tiêu"}};
  auto n = normalise_registration(r);
  ASSERT_TRUE(n.ok());
  EXPECT_FALSE(n->person_id.has_value());
  EXPECT_EQ(n->subject_key(), "u:12");
}

TEST(RegistrationTest, StatesMoveDraftSubmittedApprovedOrReturned) {
  using S = RegistrationState;
  EXPECT_TRUE(registration_transition_allowed(S::kDraft, S::kSubmitted));
  EXPECT_TRUE(registration_transition_allowed(S::kReturned, S::kSubmitted));
  EXPECT_TRUE(registration_transition_allowed(S::kSubmitted, S::kApproved));
  EXPECT_TRUE(registration_transition_allowed(S::kSubmitted, S::kReturned));
  EXPECT_FALSE(registration_transition_allowed(S::kDraft, S::kApproved));
  EXPECT_FALSE(registration_transition_allowed(S::kApproved, S::kReturned));
  EXPECT_FALSE(registration_transition_allowed(S::kApproved, S::kSubmitted));
  EXPECT_FALSE(registration_transition_allowed(S::kSubmitted, S::kSubmitted));
  EXPECT_TRUE(registration_editable(S::kReturned));
  EXPECT_FALSE(registration_editable(S::kSubmitted));
  EXPECT_FALSE(registration_editable(S::kApproved));
  for (auto s : all_registration_states()) EXPECT_EQ(parse_registration_state(registration_state_code(s)), s);
  EXPECT_EQ(registration_state_label(S::kReturned), "Bị trả lại");
}

TEST(RegistrationTest, ReturnReasonIsRequired) {
  EXPECT_EQ(normalise_return_reason("  \n ").error().field, "reason");
  EXPECT_EQ(*normalise_return_reason(" Thiếu chỉ tiêu định lượng "), "Thiếu chỉ tiêu định lượng");
  EXPECT_FALSE(normalise_return_reason(std::string(1001, 'x')).ok());
}

TEST(RegistrationTest, TargetsFromCellLines) {
  auto t = targets_from_lines("[2] Số hóa 500 hồ sơ\r\n\n  Hoàn thành đúng hạn  \n[ ]");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].content_label, "2");
  EXPECT_EQ(t[0].text, " Số hóa 500 hồ sơ");
  EXPECT_EQ(t[1].content_label, "");
  EXPECT_EQ(t[1].text, "Hoàn thành đúng hạn  ");
}

}  // namespace
}  // namespace thidua::core
