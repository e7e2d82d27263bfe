#include "app/work_list.h"

#include <algorithm>
#include <tuple>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "core/messages_vi/work_list.h"
#include "store/submissions.h"
#include "store/work_list.h"

namespace thidua::app {

namespace {

namespace msg = core::messages_vi;
using store::WorkKind;

struct KindInfo {
  WorkKind kind;
  const char* code;
  core::Action action;
};

// In the order items of one campaign and one deadline are listed.
constexpr KindInfo kKinds[] = {
    {WorkKind::kBallotsToCast, "ballots_to_cast", core::Action::kVote},  // by council seat
    {WorkKind::kPlansToApprove, "plan_to_approve", core::Action::kApproveCampaigns},
    {WorkKind::kDecisionsToApprove, "decisions_to_approve", core::Action::kApproveDecisions},
    {WorkKind::kRegistrationsToApprove, "registrations_to_approve", core::Action::kApproveUnitWork},
    {WorkKind::kNominationsToApprove, "nominations_to_approve", core::Action::kApproveUnitWork},
    {WorkKind::kNominationsToReview, "nominations_to_review", core::Action::kReviewNominations},
    {WorkKind::kDecisionsToDraft, "decisions_to_draft", core::Action::kDraftDecisions},
    {WorkKind::kDifficultiesOpen, "difficulties_open", core::Action::kAnswerDifficulties},
    {WorkKind::kRegistrationsReturned, "registrations_returned", core::Action::kSubmitUnitWork},
    {WorkKind::kNominationsReturned, "nominations_returned", core::Action::kSubmitUnitWork},
    {WorkKind::kOwnRegistrationReturned, "own_registration_returned", core::Action::kViewOrg},  // by person
};

std::optional<std::string> nonempty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

WorkItem item_of(const store::WorkCount& w) {
  WorkItem it;
  it.campaign_id = w.campaign_id;
  it.campaign_title = w.campaign_title;
  it.count = w.count;
  const std::string base = "/dot-thi-dua/" + std::to_string(w.campaign_id);
  switch (w.kind) {
    case WorkKind::kRegistrationsToApprove:
      it.label = msg::work_registrations_to_approve(w.count);
      it.due = nonempty(w.registration_deadline);
      it.href = base + "/dang-ky?trang-thai=submitted";
      break;
    case WorkKind::kRegistrationsReturned:
      it.label = msg::work_registrations_returned(w.count);
      it.due = nonempty(w.registration_deadline);
      it.href = base + "/dang-ky?trang-thai=returned";
      break;
    case WorkKind::kNominationsToApprove:
      it.label = msg::work_nominations_to_approve(w.count);
      it.due = nonempty(w.nomination_deadline);
      it.href = base + "/de-nghi?trang-thai=pending";
      break;
    case WorkKind::kNominationsReturned:
      it.label = msg::work_nominations_returned(w.count);
      it.due = nonempty(w.nomination_deadline);
      it.href = base + "/de-nghi?trang-thai=returned";
      break;
    case WorkKind::kNominationsToReview:
      it.label = msg::work_nominations_to_review(w.count);
      it.due = nonempty(w.review_deadline);
      it.href = base + "/de-nghi?trang-thai=submitted";
      break;
    case WorkKind::kDifficultiesOpen:
      it.label = msg::work_difficulties_open(w.count);
      it.href = base + "/kho-khan?trang-thai=chua-tra-loi";
      break;
    case WorkKind::kDecisionsToDraft:
      it.label = msg::work_decisions_to_draft(w.count);
      it.due = nonempty(w.review_deadline);
      it.href = base + "/quyet-dinh";
      break;
    case WorkKind::kDecisionsToApprove:
      it.label = msg::work_decisions_to_approve(w.count);
      it.due = nonempty(w.review_deadline);
      it.href = base + "/quyet-dinh";
      break;
    case WorkKind::kPlansToApprove:
      it.label = msg::kWorkPlanToApprove;
      it.href = base;
      break;
    case WorkKind::kBallotsToCast:  // the session is under way: no deadline
      it.label = msg::work_ballots_to_cast(w.count);
      it.href = base + "/hoi-dong/phien/" + std::to_string(w.session_id);
      break;
    case WorkKind::kOwnRegistrationReturned:
      it.label = msg::work_own_registration_returned(w.count);
      it.due = nonempty(w.registration_deadline);
      it.href = base + "/dang-ky?trang-thai=returned";
      break;
  }
  return it;
}

}  // namespace

core::Result<WorkList> work_list(const Services& services, const core::Actor& actor) {
  WorkList out;
  out.today = vietnam_date(services.clock.now());
  auto conn = services.db.acquire();
  const store::WorkAsker asker{actor.user_id, actor.person_id.value_or(0), out.today};
  std::vector<std::pair<size_t, WorkItem>> ranked;  // kind order, item
  for (size_t k = 0; k < std::size(kKinds); ++k) {
    const KindInfo& info = kKinds[k];
    std::vector<std::string> paths;
    if (info.kind == WorkKind::kBallotsToCast || info.kind == WorkKind::kOwnRegistrationReturned) {
      // A council seat and a registration of one's own belong to the account
      // (its person), whatever its roles.
      if (actor.user_id == 0) continue;
    } else {
      paths = scopes_for(actor, info.action);
      if (paths.empty()) continue;
    }
    auto counts = store::work_counts(*conn, info.kind, paths, asker);
    if (!counts.ok()) return counts.error();
    for (const auto& w : *counts) {
      if (info.kind == WorkKind::kBallotsToCast || info.kind == WorkKind::kOwnRegistrationReturned) {
        // The session's (or registration's) campaign must be one the actor sees.
        auto visible = visible_campaign(*conn, actor, w.campaign_id);
        if (!visible.ok()) {
          if (visible.error().code == core::errc::kNotFound) continue;
          return visible.error();
        }
      }
      WorkItem it = item_of(w);
      it.kind = info.code;
      it.overdue = it.due && *it.due < out.today;
      out.total += it.count;
      ranked.emplace_back(k, std::move(it));
    }
  }
  // Proposals addressed to a receiving agency where the actor works: to
  // receive (its secretariat) and to decide (its leader). Not of a campaign.
  if (permits_somewhere(actor, core::Action::kDraftDecisions) ||
      permits_somewhere(actor, core::Action::kApproveDecisions)) {
    auto agencies = store::receiving_agencies(*conn, false);  // a closed one keeps its queue
    if (!agencies.ok()) return agencies.error();
    const std::tuple<core::SubmissionState, core::Action, const char*> waits[] = {
        {core::SubmissionState::kSent, core::Action::kDraftDecisions, "submissions_to_receive"},
        {core::SubmissionState::kReviewed, core::Action::kApproveDecisions, "submissions_to_decide"}};
    for (const auto& [state, action, code] : waits) {
      const core::SubmissionState wanted = state;
      const core::Action right = action;
      std::vector<int64_t> ids;
      for (const auto& a : *agencies) {
        if (permits(actor, right, a.path)) ids.push_back(a.unit_id);
      }
      if (ids.empty()) continue;
      auto counts = store::count_queue(*conn, ids);
      if (!counts.ok()) return counts.error();
      for (const auto& [st, n] : *counts) {
        if (st != wanted || n == 0) continue;
        WorkItem it;
        it.kind = code;
        it.count = n;
        it.label = st == core::SubmissionState::kSent ? msg::work_submissions_to_receive(n)
                                                       : msg::work_submissions_to_decide(n);
        it.href = "/tiep-nhan?trang-thai=" + std::string(core::submission_state_code(st));
        out.total += n;
        ranked.emplace_back(std::size(kKinds), std::move(it));
      }
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    const WorkItem& x = a.second;
    const WorkItem& y = b.second;
    // Overdue first; then by deadline (none last); then campaign, kind.
    return std::make_tuple(!x.overdue, !x.due.has_value(), x.due.value_or(""), x.campaign_id, a.first) <
           std::make_tuple(!y.overdue, !y.due.has_value(), y.due.value_or(""), y.campaign_id, b.first);
  });
  for (auto& [k, it] : ranked) out.items.push_back(std::move(it));
  return out;
}

}  // namespace thidua::app
