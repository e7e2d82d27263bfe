// The submission state machine (core/submission.h): which step each state
// allows and where it leads, and the checks on a step's note and the signer.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/submission.h"

namespace thidua::core {
namespace {

TEST(SubmissionSteps, EachStateAllowsOnlyItsSteps) {
  using S = SubmissionState;
  using T = SubmissionStep;
  const std::vector<T> steps = {T::kSend,   T::kReceive, T::kAssign, T::kAppraise, T::kReturn,
                                T::kResend, T::kReview,  T::kDecide, T::kWithdraw};
  const std::vector<std::pair<S, std::vector<T>>> allowed = {
      {S::kSent, {T::kReceive, T::kReturn, T::kWithdraw}},
      {S::kReceived, {T::kAssign, T::kAppraise, T::kReturn, T::kReview}},
      {S::kReturned, {T::kResend, T::kWithdraw}},
      {S::kReviewed, {T::kReturn, T::kDecide}},
      {S::kDecided, {}},
      {S::kWithdrawn, {}},
  };
  for (const auto& [state, ok] : allowed) {
    for (T step : steps) {
      const bool expected = std::find(ok.begin(), ok.end(), step) != ok.end();
      EXPECT_EQ(submission_step_allowed(state, step), expected)
          << submission_state_code(state) << " " << submission_step_code(step);
      auto checked = check_submission_step(state, step);
      EXPECT_EQ(checked.ok(), expected);
      if (!checked.ok()) {
        EXPECT_EQ(checked.error().code, errc::kConflict);
        EXPECT_EQ(checked.error().field, "state");
      }
    }
  }
  EXPECT_EQ(submission_state_after(S::kSent, T::kReceive), S::kReceived);
  EXPECT_EQ(submission_state_after(S::kReceived, T::kAssign), S::kReceived);
  EXPECT_EQ(submission_state_after(S::kReceived, T::kReturn), S::kReturned);
  EXPECT_EQ(submission_state_after(S::kReturned, T::kResend), S::kSent);
  EXPECT_EQ(submission_state_after(S::kReceived, T::kReview), S::kReviewed);
  EXPECT_EQ(submission_state_after(S::kReviewed, T::kDecide), S::kDecided);
  EXPECT_EQ(submission_state_after(S::kReturned, T::kWithdraw), S::kWithdrawn);
}

TEST(SubmissionSteps, CodesRoundTripAndLabelsAreVietnamese) {
  for (auto s : {SubmissionState::kSent, SubmissionState::kReceived, SubmissionState::kReturned,
                 SubmissionState::kReviewed, SubmissionState::kDecided, SubmissionState::kWithdrawn}) {
    EXPECT_EQ(parse_submission_state(submission_state_code(s)), s);
    EXPECT_FALSE(submission_state_label(s).empty());
  }
  EXPECT_FALSE(parse_submission_state("lost").has_value());
  EXPECT_EQ(parse_submission_step("resent"), SubmissionStep::kResend);
  EXPECT_EQ(submission_step_label(SubmissionStep::kReturn), "Trả lại hồ sơ");
}

TEST(SubmissionSteps, AReturnNeedsAReasonAndNotesAreBounded) {
  auto blank = check_submission_note(SubmissionStep::kReturn, " \n\t");
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "note");
  EXPECT_TRUE(check_submission_note(SubmissionStep::kReturn, "Thiếu biên bản").ok());
  EXPECT_TRUE(check_submission_note(SubmissionStep::kResend, "").ok());
  std::string longest;
  for (int i = 0; i < 2000; ++i) longest += "ệ";
  EXPECT_TRUE(check_submission_note(SubmissionStep::kAppraise, longest).ok());
  EXPECT_FALSE(check_submission_note(SubmissionStep::kAppraise, longest + "a").ok());
  EXPECT_FALSE(check_submission_note(SubmissionStep::kSend, std::string("\xff\xfe")).ok());
}

TEST(SubmissionSteps, TheSignerIsOneTidyLine) {
  std::string name = "  Vương   Quốc Tuấn ";
  ASSERT_TRUE(check_signer_name(name).ok());
  EXPECT_EQ(name, "Vương Quốc Tuấn");
  std::string empty = "   ";
  EXPECT_FALSE(check_signer_name(empty).ok());
  std::string two_lines = "Vương\nTuấn";
  EXPECT_FALSE(check_signer_name(two_lines).ok());
  std::string too_long(121, 'a');
  EXPECT_FALSE(check_signer_name(too_long).ok());
}

}  // namespace
}  // namespace thidua::core
