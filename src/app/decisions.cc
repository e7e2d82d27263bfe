#include "app/decisions.h"

#include <boost/json.hpp>

#include <algorithm>
#include <memory>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/award_rules.h"
#include "app/campaigns.h"
#include "app/decision_document.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "app/quotas.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/submissions.h"
#include "core/org.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "store/awards.h"
#include "store/document_registers.h"
#include "store/exchange_packages.h"
#include "store/issued_documents.h"
#include "store/submissions.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;
using core::Action;

core::Error invalid(const std::string& field, const std::string& message) {
  return core::make_error(core::errc::kValidation, message, field);
}

bool may_read(const core::Actor& actor, const std::string& path) {
  return permits(actor, Action::kDraftDecisions, path) || permits(actor, Action::kApproveDecisions, path) ||
         permits(actor, Action::kTrackCampaigns, path);
}

// The campaign if the actor sees it and may read its decisions.
core::Result<core::CampaignSummary> readable_campaign(store::Connection& conn, const core::Actor& actor,
                                                       int64_t campaign_id) {
  auto c = visible_campaign(conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  if (!may_read(actor, c->issuing_unit_path)) return forbidden(msg::kActViewDecisions);
  return c;
}

core::Result<core::DecisionRecord> decision_of(store::Connection& conn, int64_t campaign_id, int64_t id) {
  auto d = store::find_decision(conn, campaign_id, id);
  if (!d.ok()) return d.error();
  if (!d->has_value()) return not_found(msg::kWhatDecision);
  return std::move(**d);
}

json::object audit_view(const core::DecisionRecord& d) {
  return {{"kind", std::string(core::decision_kind_code(d.kind))},
          {"state", std::string(core::decision_state_code(d.state))},
          {"award_type_id", d.award_type_id},
          {"doc_symbol", d.doc_symbol},
          {"number", d.number ? json::value(*d.number) : json::value(nullptr)},
          {"issue_date", d.issue_date ? json::value(*d.issue_date) : json::value(nullptr)},
          {"answer", std::string(core::higher_answer_code(d.answer))},
          {"answer_number_symbol", d.answer_number_symbol},
          {"items", d.items}};
}

std::string title_for(const core::AwardType& a, bool decision) {
  const std::string award = msg::award_with_granter(a.name, a.granted_by);
  return decision ? msg::decision_summary(award) : msg::proposal_summary(award);
}

// When the decision's awards are annual titles: an annual review (a campaign
// of kind annual) deciding an award type that names eligibility rules. They
// carry the year reviewed (the last year of the review's period) and the
// title's name as its rule set names it (the register's identity of the
// title, whatever the award type was renamed to); nullopt for a campaign's
// awards, recorded in the decision's year under the award type's name.
struct AnnualTitle {
  int year = 0;
  std::string name;
};
core::Result<std::optional<AnnualTitle>> annual_title_of(store::Connection& conn, const core::CampaignSummary& summary,
                                                         int64_t award_type_id) {
  std::optional<AnnualTitle> none;
  if (summary.kind != core::CampaignKind::kAnnual || summary.period_end.size() < 4) return none;
  auto campaign = store::find_campaign(conn, summary.id);
  if (!campaign.ok()) return campaign.error();
  if (!campaign->has_value()) return none;
  for (const auto& t : (*campaign)->award_types) {
    if (t.id != award_type_id || t.eligibility_code.empty()) continue;
    const int year = std::stoi(summary.period_end.substr(0, 4));
    auto rules = award_rules_in_use(conn);
    if (!rules.ok()) return rules.error();
    return std::optional<AnnualTitle>(AnnualTitle{year, title_of(*rules, t.eligibility_code, year, t.name)});
  }
  return none;
}

// Awards rows for every nomination of a decision's list; annual titles (see
// annual_title_of) carry the year reviewed and the title's name.
core::Status insert_awards(store::Connection& conn, const core::DecisionRecord& d,
                           const std::vector<core::NomineeRow>& list, const std::string& number_symbol,
                           const std::string& date, const std::string& certificate_symbol, int64_t agency_unit_id,
                           const std::string& now, const std::optional<AnnualTitle>& annual) {
  const int year = std::stoi(date.substr(0, 4));
  for (const auto& n : list) {
    core::AwardRecord a;
    a.campaign_id = d.campaign_id;
    a.award_type_id = d.award_type_id;
    a.decision_id = d.id;
    a.nomination_id = n.nomination_id;
    a.subject = n.subject;
    a.person_id = n.person_id;
    a.unit_id = n.subject == "collective" ? n.nominee_unit_id : std::optional<int64_t>(n.unit_id);
    a.recipient_name = n.name;
    a.unit_name = n.unit_name;
    a.award_name = annual ? annual->name : d.award_name;
    a.granted_by = d.award_granted_by;
    a.decision_number_symbol = number_symbol;
    a.decision_date = date;
    if (!certificate_symbol.empty()) {
      auto c = store::take_document_number(conn, agency_unit_id, document_type_of(certificate_symbol), year);
      if (!c.ok()) return c.error();
      a.certificate_number = document_number_symbol(*c, certificate_symbol);
    }
    a.year = annual ? annual->year : year;
    if (annual) a.occasion = core::AwardOccasion::kAnnual;
    a.created_at = now;
    auto id = store::insert_award(conn, a);
    if (!id.ok()) return id.error();
  }
  return {};
}

}  // namespace

core::Result<DecisionsOverview> list_decisions(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto c = readable_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  DecisionsOverview out;
  out.campaign = std::move(*c);
  auto ds = store::list_decisions(*conn, campaign_id, false);
  if (!ds.ok()) return ds.error();
  out.decisions = std::move(*ds);
  out.can_draft = permits(actor, Action::kDraftDecisions, out.campaign.issuing_unit_path);
  auto counts = conn->query(
      "SELECT t.id, t.name, t.granted_by, t.own_authority, count(n.id) FROM campaign_award_types t "
      "JOIN nominations n ON n.award_type_id = t.id AND n.campaign_id = t.campaign_id AND n.state = 'passed' "
      "AND NOT EXISTS (SELECT 1 FROM decision_items i WHERE i.nomination_id = n.id) "
      "WHERE t.campaign_id = ? GROUP BY t.id, t.name, t.granted_by, t.own_authority, t.ord ORDER BY t.ord",
      {campaign_id});
  if (!counts.ok()) return counts.error();
  for (const auto& r : *counts) {
    out.draftable.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3) != 0, r.i64(4)});
  }
  return out;
}

// Who may not approve it (core/own_records.h): the account that drafted it and
// every person on its list.
core::Stake stake(const core::DecisionRecord& d, const std::vector<core::NomineeRow>& list) {
  core::Stake s{{d.drafted_by}, {}};
  for (const auto& n : list) s.people.push_back(n.person_id);
  return s;
}

core::Result<DecisionView> get_decision(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                        int64_t decision_id) {
  auto conn = services.db.acquire();
  auto c = readable_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  auto d = decision_of(*conn, campaign_id, decision_id);
  if (!d.ok()) return d.error();
  auto list = store::decision_list(*conn, decision_id);
  if (!list.ok()) return list.error();
  DecisionView v;
  v.campaign = std::move(*c);
  v.decision = std::move(*d);
  v.list = std::move(*list);
  const auto& path = v.campaign.issuing_unit_path;
  v.own = core::involvement(actor, stake(v.decision, v.list));
  const bool approver = v.decision.state == core::DecisionState::kDraft && permits(actor, Action::kApproveDecisions, path);
  v.can_approve = approver && v.own == core::Involvement::kNone;
  v.approval_left_to_others = approver && v.own != core::Involvement::kNone;
  bool withdrawn = false;
  if (v.decision.kind == core::DecisionKind::kProposal && v.decision.state == core::DecisionState::kApproved) {
    auto sent = store::submission_of_decision(*conn, decision_id);
    if (!sent.ok()) return sent.error();
    if (sent->has_value()) {
      v.submission_id = (*sent)->id;
      withdrawn = (*sent)->state == core::SubmissionState::kWithdrawn;
    }
  }
  v.can_answer = core::awaits_answer(v.decision.kind, v.decision.state, v.decision.answer) &&
                 (!v.submission_id || withdrawn) && permits(actor, Action::kDraftDecisions, path);
  if (v.decision.kind == core::DecisionKind::kProposal && v.decision.state == core::DecisionState::kApproved) {
    auto packages = store::packages_of_decision(*conn, decision_id);
    if (!packages.ok()) return packages.error();
    v.exported = std::any_of(packages->begin(), packages->end(),
                             [](const store::ExchangePackageRow& p) { return p.direction == "out"; });
  }
  v.can_send = v.can_answer && !v.submission_id && !v.exported;
  v.can_export = v.can_answer && !v.submission_id;
  v.submission_withdrawn = withdrawn;
  v.can_discard = v.decision.state == core::DecisionState::kDraft && permits(actor, Action::kDraftDecisions, path);
  auto issued = store::find_issued_document(*conn, core::kIssuedDecision, decision_id);
  if (!issued.ok()) return issued.error();
  v.issued = std::move(*issued);
  return v;
}

namespace {

// The campaign a draft for `award_type_id` would be of, when the actor may
// draft there (kDraftDecisions on the issuing unit), with that award type.
struct DraftTarget {
  core::Campaign plan;
  const core::AwardType* award = nullptr;  // into plan
};
core::Result<std::unique_ptr<DraftTarget>> draft_target(store::Connection& conn, const core::Actor& actor,
                                                        int64_t campaign_id, int64_t award_type_id) {
  auto summary = visible_campaign(conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  if (!permits(actor, Action::kDraftDecisions, summary->issuing_unit_path)) {
    return forbidden(msg::kActDraftDecision);
  }
  auto campaign = store::find_campaign(conn, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!campaign->has_value()) return not_found(msg::kWhatCampaign);
  auto out = std::make_unique<DraftTarget>();
  out->plan = std::move(**campaign);
  for (const auto& a : out->plan.award_types) {
    if (a.id == award_type_id) out->award = &a;
  }
  if (out->award == nullptr) return invalid("award_type_id", msg::kDecisionAwardNotInCampaign);
  return out;
}

}  // namespace

core::Result<DraftChoice> draft_choice(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       int64_t award_type_id) {
  auto conn = services.db.acquire();
  auto target = draft_target(*conn, actor, campaign_id, award_type_id);
  if (!target.ok()) return target.error();
  const core::AwardType* award = (*target)->award;
  DraftChoice out;
  out.award_type_id = award_type_id;
  out.award_name = award->name;
  auto candidates = store::undecided_passed(*conn, campaign_id, award_type_id);
  if (!candidates.ok()) return candidates.error();
  out.more = candidates->size() > kDraftChoiceShown;
  if (out.more) candidates->resize(kDraftChoiceShown);
  out.candidates = std::move(*candidates);
  auto limits = quotas_for(*conn, (*target)->plan, {award_type_id});
  if (!limits.ok()) return limits.error();
  auto counted = count_decision_quotas(*conn, campaign_id, *limits, award_type_id);
  if (!counted.ok()) return counted.error();
  out.quotas = std::move(*counted);
  return out;
}

core::Result<int64_t> draft_decision(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t award_type_id, const std::optional<std::vector<int64_t>>& nomination_ids,
                                     const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto target = draft_target(*conn, actor, campaign_id, award_type_id);
  if (!target.ok()) return target.error();
  const core::Campaign& plan = (*target)->plan;
  const core::AwardType* award = (*target)->award;
  const std::string now = iso_instant(services.clock.now());
  // The symbol under the agency's abbreviation in force today (a rename
  // since the plan was issued changes it); approval sets it again.
  auto issuer = issuer_on(*conn, plan, vietnam_date(services.clock.now()));
  if (!issuer.ok()) return issuer.error();
  auto limits = quotas_for(*conn, plan, {award_type_id});
  if (!limits.ok()) return limits.error();
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    // Two drafts of one quota are counted one after the other.
    THIDUA_TRY(lock_for_quotas(*conn, campaign_id, *limits));
    auto candidates = store::undecided_passed(*conn, campaign_id, award_type_id);
    if (!candidates.ok()) return candidates.error();
    std::vector<int64_t> ids;
    if (nomination_ids) {
      std::set<int64_t> wanted(nomination_ids->begin(), nomination_ids->end());
      for (const auto& n : *candidates) {
        if (wanted.erase(n.nomination_id) > 0) ids.push_back(n.nomination_id);
      }
      if (!wanted.empty()) {
        auto rows = store::nominations_by_id(*conn, campaign_id, {*wanted.begin()});
        if (!rows.ok()) return rows.error();
        if (rows->empty()) return invalid("nomination_ids", msg::kDecisionNominationUnknown);
        const auto& n = rows->front();
        if (n.state != core::NominationState::kPassed) {
          return invalid("nomination_ids", msg::decision_nominee_not_passed(n.name));
        }
        if (n.award_type_id != award_type_id) {
          return invalid("nomination_ids", msg::decision_nominee_other_award(n.name));
        }
        return invalid("nomination_ids", msg::decision_nominee_taken(n.name));
      }
    } else {
      for (const auto& n : *candidates) ids.push_back(n.nomination_id);
    }
    if (ids.empty()) {
      return invalid("award_type_id",
                     msg::kDecisionNothingPassed);
    }
    core::DecisionRecord d;
    d.campaign_id = campaign_id;
    d.award_type_id = award_type_id;
    d.kind = award->own_authority ? core::DecisionKind::kDecision : core::DecisionKind::kProposal;
    d.issuing_unit_id = issuer->unit_id;
    d.doc_symbol = (award->own_authority ? msg::kDecisionSymbolPrefix : msg::kProposalSymbolPrefix) +
                   issuer->symbol;

    d.title = title_for(*award, award->own_authority);
    d.signer_authority = plan.signer.authority;
    d.signer_position = plan.signer.position;
    d.signer_name = plan.signer.name;
    d.drafted_by = actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt;
    d.drafted_at = now;
    auto id = store::insert_decision(*conn, d);
    if (!id.ok()) return id.error();
    THIDUA_TRY(store::insert_decision_items(*conn, *id, ids));
    THIDUA_TRY(check_decision_quotas(*conn, campaign_id, *limits, award_type_id));
    d.id = *id;
    d.state = core::DecisionState::kDraft;
    d.items = static_cast<int64_t>(ids.size());
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {std::string(core::decision_kind_code(d.kind)) + ".draft", "decision", std::to_string(*id), std::nullopt, audit_view(d)}));
    return *id;
  });
}

namespace {
core::Result<core::DecisionRecord> approve_in_transaction(const Services& services, const core::Actor& actor,
                                                          int64_t campaign_id, int64_t decision_id,
                                                          const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  if (!permits(actor, Action::kApproveDecisions, summary->issuing_unit_path)) {
    return forbidden(msg::kActApproveDecision);
  }
  const std::string today = vietnam_date(services.clock.now());
  const std::string now = iso_instant(services.clock.now());
  const int year = std::stoi(today.substr(0, 4));
  auto campaign = store::find_campaign(*conn, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!campaign->has_value()) return not_found(msg::kWhatCampaign);
  return store::in_transaction<core::DecisionRecord>(*conn, [&]() -> core::Result<core::DecisionRecord> {
    auto before = decision_of(*conn, campaign_id, decision_id);
    if (!before.ok()) return before.error();
    // Counted again at approval: what the council passed may have changed.
    auto limits = quotas_for(*conn, **campaign, {before->award_type_id});
    if (!limits.ok()) return limits.error();
    THIDUA_TRY(lock_for_quotas(*conn, campaign_id, *limits));
    if (before->state != core::DecisionState::kDraft) {
      return core::make_error(core::errc::kConflict, msg::kDecisionAlreadyApproved,
                              "state");
    }
    auto list = store::decision_list(*conn, decision_id);
    if (!list.ok()) return list.error();
    if (auto how = core::involvement(actor, stake(*before, *list)); how != core::Involvement::kNone) {
      return own_record(how, msg::kActApproveThisDecision);
    }
    for (const auto& n : *list) {
      if (n.state != core::NominationState::kPassed) {
        return core::make_error(core::errc::kConflict,
                                msg::decision_nominee_no_longer_passed(n.name),
                                "state");
      }
    }
    THIDUA_TRY(check_decision_quotas(*conn, campaign_id, *limits, before->award_type_id, true));
    // Issued by the agency issuing in the plan's name today, under its
    // abbreviation (a merger or rename since the draft changes them).
    auto issuer = issuer_on(*conn, **campaign, today);
    if (!issuer.ok()) return issuer.error();
    const std::string symbol = document_type_of(before->doc_symbol) + "-" + issuer->symbol;
    const json::object audit_before = audit_view(*before);  // as drafted
    if (symbol != before->doc_symbol || issuer->unit_id != before->issuing_unit_id) {
      THIDUA_TRY(store::set_draft_issuer(*conn, decision_id, issuer->unit_id, symbol));
      before->doc_symbol = symbol;
      before->issuing_unit_id = issuer->unit_id;
    }
    auto number = store::take_document_number(*conn, before->issuing_unit_id, document_type_of(before->doc_symbol), year);
    if (!number.ok()) return number.error();
    THIDUA_TRY(store::approve_decision(*conn, decision_id, before->version, *number, today,
                                       actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt, now));
    const bool decision = before->kind == core::DecisionKind::kDecision;
    auto moved = store::move_listed_nominations(*conn, decision_id, core::NominationState::kPassed,
                                                decision ? core::NominationState::kDecided : core::NominationState::kProposed);
    if (!moved.ok()) return moved.error();
    if (*moved != static_cast<int64_t>(list->size())) {
      return core::make_error(core::errc::kConflict, msg::kDecisionListChanged, "state");
    }
    if (decision) {
      const std::string cert_symbol = "GK-" + agency_symbol(before->doc_symbol);
      auto annual = annual_title_of(*conn, *summary, before->award_type_id);
      if (!annual.ok()) return annual.error();
      THIDUA_TRY(insert_awards(*conn, *before, *list, document_number_symbol(*number, before->doc_symbol), today, cert_symbol,
                               before->issuing_unit_id, now, *annual));
    }
    auto after = decision_of(*conn, campaign_id, decision_id);
    if (!after.ok()) return after.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {std::string(core::decision_kind_code(before->kind)) + ".approve", "decision", std::to_string(decision_id), audit_before,
                             audit_view(*after)}));
    return after;
  });
}
}  // namespace

core::Result<core::DecisionRecord> approve_decision(const Services& services, const core::Actor& actor,
                                                     int64_t campaign_id, int64_t decision_id,
                                                     const RequestMeta& meta) {
  auto approved = approve_in_transaction(services, actor, campaign_id, decision_id, meta);
  if (!approved.ok()) return approved;
  // Signed as it is issued. The approval stands when signing fails (the
  // error is kept in the log); the first download signs it then.
  core::Campaign plan;
  std::vector<core::NomineeRow> list;
  {
    auto conn = services.db.acquire();
    auto c = store::find_campaign(*conn, campaign_id);
    auto l = store::decision_list(*conn, decision_id);
    if (!c.ok() || !c->has_value() || !l.ok()) return approved;
    plan = std::move(**c);
    list = std::move(*l);
    if (!use_header_on(*conn, plan, approved->issue_date.value_or(vietnam_date(services.clock.now()))).ok()) {
      return approved;
    }
  }
  if (auto what = decision_to_sign(plan, *approved, list)) {
    auto issued = signed_document(services, &actor, meta, *what);
    if (!issued.ok()) log_signing_failure(core::kIssuedDecision, decision_id, issued.error());
  }
  return approved;
}

core::Status discard_draft(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t decision_id, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  if (!permits(actor, Action::kDraftDecisions, summary->issuing_unit_path)) return forbidden(msg::kActDiscardDraft);
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto before = decision_of(*conn, campaign_id, decision_id);
    if (!before.ok()) return before.error();
    if (before->state != core::DecisionState::kDraft) {
      return core::make_error(core::errc::kConflict, msg::kDecisionCannotDiscard, "state");
    }
    THIDUA_TRY(store::delete_draft(*conn, decision_id, before->version));
    return record_audit(*conn, services, &actor, meta,
                        {std::string(core::decision_kind_code(before->kind)) + ".discard", "decision", std::to_string(decision_id), audit_view(*before),
                         std::nullopt});
  });
}

core::Status answer_proposal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                             int64_t decision_id, const ProposalAnswer& answer, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  if (!permits(actor, Action::kDraftDecisions, summary->issuing_unit_path)) {
    return forbidden(msg::kActRecordAnswer);
  }
  if (answer.granted) {
    if (answer.number_symbol.empty() || answer.number_symbol.size() > 60) {
      return invalid("number_symbol", msg::kAnswerNumberMissing);
    }
    if (!core::is_iso_date(answer.date)) {
      return invalid("date", msg::kAnswerDateInvalid);
    }
  } else if (answer.note.empty()) {
    return invalid("note", msg::kAnswerNoteMissing);
  }
  if (answer.note.size() > 2000) return invalid("note", msg::kAnswerNoteTooLong);
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::lock_decision(*conn, decision_id));
    auto before = decision_of(*conn, campaign_id, decision_id);
    if (!before.ok()) return before.error();
    if (!core::awaits_answer(before->kind, before->state, before->answer)) {
      return core::make_error(core::errc::kConflict,
                              msg::kAnswerOnlyApprovedProposal, "state");
    }
    auto sent = store::submission_of_decision(*conn, decision_id);
    if (!sent.ok()) return sent.error();
    if (sent->has_value() && (*sent)->state != core::SubmissionState::kWithdrawn) {
      return core::make_error(core::errc::kConflict, core::messages_vi::kSubmissionAnsweredHere, "state");
    }
    core::AnswerRecord a;
    a.answer = answer.granted ? core::HigherAnswer::kGranted : core::HigherAnswer::kRefused;
    a.number_symbol = answer.granted ? answer.number_symbol : "";
    if (answer.granted) a.date = answer.date;
    a.note = answer.note;
    a.by = actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt;
    a.at = now;
    THIDUA_TRY(store::answer_decision(*conn, decision_id, before->version, a));
    auto list = store::decision_list(*conn, decision_id);
    if (!list.ok()) return list.error();
    auto moved = store::move_listed_nominations(*conn, decision_id, core::NominationState::kProposed,
                                                answer.granted ? core::NominationState::kGranted
                                                               : core::NominationState::kRefused);
    if (!moved.ok()) return moved.error();
    if (answer.granted) {
      auto annual = annual_title_of(*conn, *summary, before->award_type_id);
      if (!annual.ok()) return annual.error();
      THIDUA_TRY(insert_awards(*conn, *before, *list, answer.number_symbol, answer.date, "", before->issuing_unit_id,
                               now, *annual));
    }
    auto after = decision_of(*conn, campaign_id, decision_id);
    if (!after.ok()) return after.error();
    return record_audit(*conn, services, &actor, meta,
                        {"proposal.answer", "decision", std::to_string(decision_id), audit_view(*before),
                         audit_view(*after)});
  });
}

core::Status record_receiver_answer(store::Connection& conn, int64_t campaign_id, int64_t decision_id,
                                    const std::set<int64_t>& granted, const std::string& number_symbol,
                                    const std::string& date, const std::string& note, std::optional<int64_t> by,
                                    const std::string& now) {
  auto before = decision_of(conn, campaign_id, decision_id);
  if (!before.ok()) return before.error();
  if (!core::awaits_answer(before->kind, before->state, before->answer)) {
    return core::make_error(core::errc::kConflict, msg::kAnswerOnlyApprovedProposal, "state");
  }
  auto list = store::decision_list(conn, decision_id);
  if (!list.ok()) return list.error();
  std::vector<core::NomineeRow> granted_rows;
  std::vector<int64_t> granted_ids, refused_ids;
  for (const auto& n : *list) {
    if (granted.count(n.nomination_id)) {
      granted_rows.push_back(n);
      granted_ids.push_back(n.nomination_id);
    } else {
      refused_ids.push_back(n.nomination_id);
    }
  }
  core::AnswerRecord a;
  a.answer = granted_rows.empty() ? core::HigherAnswer::kRefused : core::HigherAnswer::kGranted;
  a.number_symbol = number_symbol;
  if (!date.empty()) a.date = date;
  a.note = note;
  a.by = by;
  a.at = now;
  THIDUA_TRY(store::answer_decision(conn, decision_id, before->version, a));
  // Every nomination of the list moves from proposed, or nothing does.
  const std::string proposed(core::nomination_state_code(core::NominationState::kProposed));
  auto moved = store::move_nominations(conn, campaign_id, granted_ids, proposed,
                                       std::string(core::nomination_state_code(core::NominationState::kGranted)));
  if (!moved.ok()) return moved.error();
  auto refused = store::move_nominations(conn, campaign_id, refused_ids, proposed,
                                         std::string(core::nomination_state_code(core::NominationState::kRefused)));
  if (!refused.ok()) return refused.error();
  if (*moved != static_cast<int64_t>(granted_ids.size()) || *refused != static_cast<int64_t>(refused_ids.size())) {
    return core::make_error(core::errc::kConflict, core::messages_vi::kSubmissionAnswerIncomplete, "state");
  }
  if (granted_rows.empty()) return {};
  auto summary = visible_campaign(conn, system_actor(), campaign_id);
  if (!summary.ok()) return summary.error();
  auto annual = annual_title_of(conn, *summary, before->award_type_id);
  if (!annual.ok()) return annual.error();
  return insert_awards(conn, *before, granted_rows, number_symbol, date, "", before->issuing_unit_id, now, *annual);
}

core::Status write_decision_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t decision_id, const std::string& format, const std::string& path,
                                 const RequestMeta& meta) {
  auto v = get_decision(services, actor, campaign_id, decision_id);
  if (!v.ok()) return v.error();
  core::Campaign plan;
  {
    auto conn = services.db.acquire();
    auto c = store::find_campaign(*conn, campaign_id);
    if (!c.ok()) return c.error();
    if (!c->has_value()) return not_found(msg::kWhatCampaign);
    plan = std::move(**c);
    THIDUA_TRY(use_header_on(*conn, plan, v->decision.issue_date.value_or(vietnam_date(services.clock.now()))));
  }
  if (format != "docx") {
    // An issued document is signed once and downloaded as stored.
    if (auto what = decision_to_sign(plan, v->decision, v->list)) {
      return write_issued_pdf(services, &actor, meta, *what, path);
    }
  }
  const auto doc = decision_document(plan, v->decision, v->list);
  return format == "docx" ? docs::write_docx(doc, path) : docs::write_pdf(doc, path);
}

std::string decision_file_stem(const core::DecisionRecord& d) {
  std::string stem = d.kind == core::DecisionKind::kDecision ? "quyet-dinh" : "to-trinh";
  return stem + "-" + (d.number ? std::to_string(*d.number) : "du-thao-" + std::to_string(d.id));
}

}  // namespace thidua::app
