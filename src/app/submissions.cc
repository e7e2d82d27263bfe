#include "app/submissions.h"

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/crypto.h"
#include "app/decision_document.h"
#include "app/decisions.h"
#include "app/dossier.h"
#include "app/eligibility.h"
#include "core/decision.h"
#include "core/eligibility.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/exchange.h"
#include "core/messages_vi/submissions.h"
#include "core/names.h"
#include "core/org.h"
#include "store/campaigns.h"
#include "store/decisions.h"
#include "store/document_registers.h"
#include "store/exchange_packages.h"
#include "store/file_store.h"
#include "store/units.h"
#include "core/messages_vi/org.h"

namespace thidua::app {
namespace msg = core::messages_vi;
namespace fs = std::filesystem;
namespace json = boost::json;
using core::Action;
using core::SubmissionState;
using core::SubmissionStep;

namespace {

constexpr size_t kMaxDossierBytes = 200u << 20;
constexpr int64_t kMaxSpecialists = 200;

// An imported submission (app/exchange.h) has no sending side here: its
// sender answers through packages.
bool sends(const core::Actor& actor, const core::SubmissionRecord& s) {
  return !s.imported() && permits(actor, Action::kDraftDecisions, s.sender_path);
}
bool reads_as_sender(const core::Actor& actor, const core::SubmissionRecord& s) {
  if (s.imported()) return false;
  return sends(actor, s) || permits(actor, Action::kApproveDecisions, s.sender_path) ||
         permits(actor, Action::kTrackCampaigns, s.sender_path);
}
bool processes(const core::Actor& actor, const std::string& receiver_path) {
  return permits(actor, Action::kDraftDecisions, receiver_path);
}
bool reads_as_receiver(const core::Actor& actor, const core::SubmissionRecord& s) {
  return processes(actor, s.receiver_path) || permits(actor, Action::kApproveDecisions, s.receiver_path);
}

json::object audit_view(const core::SubmissionRecord& s) {
  return {{"state", std::string(core::submission_state_code(s.state))},
          {"round", s.round},
          {"decision_id", s.decision_id},
          {"receiver_unit_id", s.receiver_unit_id},
          {"received_number", s.received_number ? json::value(*s.received_number) : json::value(nullptr)},
          {"assignee_id", s.assignee_id ? json::value(*s.assignee_id) : json::value(nullptr)},
          {"decision_number", s.decision_number ? json::value(*s.decision_number) : json::value(nullptr)}};
}

// The submission as `actor` may see it: kNotFound for anyone on neither side.
core::Result<core::SubmissionRecord> visible_submission(store::Connection& conn, const core::Actor& actor,
                                                         int64_t id, bool lock) {
  auto found = store::find_submission(conn, id, lock);
  if (!found.ok()) return found.error();
  if (!found->has_value() || (!reads_as_receiver(actor, **found) && !reads_as_sender(actor, **found))) {
    return not_found(msg::kWhatSubmission);
  }
  return std::move(**found);
}

// The dossier of the proposal drawn now (app/dossier.h), as bytes. Holds no
// connection of the caller's: the dossier's writer takes its own.
core::Result<std::string> draw_dossier(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       int64_t decision_id, const RequestMeta& meta) {
  const fs::path dir = fs::path(services.data_dir) / "exports";
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path path = dir / ("gui-" + random_token(12) + ".zip");
  struct Remove {
    fs::path p;
    ~Remove() {
      std::error_code e;
      fs::remove(p, e);
    }
  } cleanup{path};
  THIDUA_TRY(write_dossier(services, actor, campaign_id, decision_id, path.string(), meta));
  const auto size = fs::file_size(path, ec);
  if (ec || size == 0) return core::make_error(core::errc::kStorage, msg::kSubmissionDossierFailed);
  if (size > kMaxDossierBytes) return core::make_error(core::errc::kTooLarge, msg::kSubmissionDossierTooLarge, "dossier");
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    return core::make_error(core::errc::kStorage, msg::kSubmissionDossierFailed);
  }
  return bytes;
}

// The roles whose holders process a receiving agency's submissions (may be assigned one).
std::vector<core::Role> processing_roles() {
  std::vector<core::Role> out;
  for (auto r : core::all_roles()) {
    if (core::role_permits(r, Action::kDraftDecisions)) out.push_back(r);
  }
  return out;
}

// One step of the receiving side or the sender's resend: loads the submission
// under lock, checks the side's right and the state, lets `apply` change the
// record (and what else), writes it with the event and the audit entry.
// `expected_version`, when given (the version the page or client read), must
// still be the submission's: kConflict otherwise, nothing changed.
template <class Apply>
core::Status take_step(const Services& services, const core::Actor& actor, int64_t id, SubmissionStep step,
                       Action right, bool sender_side, const char* act, std::optional<int64_t> expected_version,
                       const RequestMeta& meta, Apply apply) {
  auto conn = services.db.acquire();
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto s = visible_submission(*conn, actor, id, true);
    if (!s.ok()) return s.error();
    const std::string& path = sender_side ? s->sender_path : s->receiver_path;
    if ((sender_side && s->imported()) || !permits(actor, right, path)) return forbidden(act);
    THIDUA_TRY(core::check_submission_step(s->state, step));
    if (expected_version && *expected_version != s->version) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
    }
    const core::SubmissionRecord before = *s;
    core::SubmissionRecord after = *s;
    after.state = core::submission_state_after(s->state, step);
    after.updated_at = now;
    core::SubmissionEvent event;
    event.kind = std::string(core::submission_step_code(step));
    event.actor_name = actor.display_name;
    event.at = now;
    THIDUA_TRY(apply(*conn, after, event, now));
    event.round = after.round;
    THIDUA_TRY(store::update_submission(*conn, after, before.version));
    THIDUA_TRY(store::append_event(*conn, id, event, acting_user(actor)));
    return record_audit(*conn, services, &actor, meta,
                        {"submission." + std::string(core::submission_step_code(step)), "submission",
                         std::to_string(id), audit_view(before), audit_view(after)});
  });
}

}  // namespace

core::Result<std::vector<core::ReceivingAgency>> list_receiving_agencies(const Services& services) {
  auto conn = services.db.acquire();
  return store::receiving_agencies(*conn);
}

bool may_name_receiving_agencies(const core::Actor& actor) {
  return core::can_everywhere(actor, Action::kEditOrg);
}

core::Status set_receiving_agency(const Services& services, const core::Actor& actor, int64_t unit_id,
                                  core::ReceivingSettings settings, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto unit = store::find_unit(*conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value() || !permits(actor, Action::kViewOrg, (*unit)->path)) return not_found(msg::kWhatUnit);
  // Every agency of the deployment sends to it: the deployment's right.
  if (!may_name_receiving_agencies(actor)) return forbidden(msg::kActManageReceiving);
  if (!(*unit)->valid_to.empty()) return invalid_field(msg::kSubmissionReceivingClosed, "unit_id");
  THIDUA_TRY(core::check_receiving_agency(settings));
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto before = store::find_receiving_agency(*conn, unit_id);
    if (!before.ok()) return before.error();
    core::ReceivingAgency a;
    a.unit_id = unit_id;
    a.decision_symbol = settings.decision_symbol;
    a.authority = settings.authority;
    a.issuing_body = settings.issuing_body;
    a.place = settings.place;
    THIDUA_TRY(store::put_receiving_agency(*conn, a, now));
    auto audited = [](const std::string& symbol, const std::string& who, const std::string& body,
                      const std::string& place) {
      return json::object{{"decision_symbol", symbol}, {"authority", who}, {"issuing_body", body}, {"place", place}};
    };
    std::optional<json::value> was;
    if (before->has_value()) {
      const auto& b = **before;
      was = audited(b.decision_symbol, b.authority, b.issuing_body, b.place);
    }
    return record_audit(*conn, services, &actor, meta,
                        {"receiving_agency.put", "unit", std::to_string(unit_id), was,
                         audited(a.decision_symbol, a.authority, a.issuing_body, a.place)});
  });
}

core::Result<int64_t> send_proposal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t decision_id, int64_t receiver_unit_id, const std::string& note,
                                    const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kSend, note));
  core::CampaignSummary summary;
  core::ReceivingAgency receiver;
  std::string eligibility_code;
  // 1. The checks, on a connection released before the dossier is drawn.
  {
    auto conn = services.db.acquire();
    auto c = visible_campaign(*conn, actor, campaign_id);
    if (!c.ok()) return c.error();
    summary = std::move(*c);
    if (!permits(actor, Action::kDraftDecisions, summary.issuing_unit_path)) return forbidden(msg::kActSendProposal);
    auto r = store::find_receiving_agency(*conn, receiver_unit_id);
    if (!r.ok()) return r.error();
    if (!r->has_value()) return invalid_field(msg::kSubmissionReceiverMissing, "receiver_id");
    receiver = std::move(**r);
    if (!receiver.open) return invalid_field(msg::kSubmissionReceiverClosed, "receiver_id");
    const std::string& spath = summary.issuing_unit_path;
    if (spath.rfind(receiver.path, 0) == 0 || receiver.path.rfind(spath, 0) == 0) {
      return invalid_field(msg::kSubmissionReceiverSelf, "receiver_id");
    }
    auto d = store::find_decision(*conn, campaign_id, decision_id);
    if (!d.ok()) return d.error();
    if (!d->has_value()) return not_found(msg::kWhatDecision);
    if (!core::awaits_answer((*d)->kind, (*d)->state, (*d)->answer)) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionNotProposal, "state");
    }
    auto already = store::submission_of_decision(*conn, decision_id);
    if (!already.ok()) return already.error();
    if (already->has_value()) return core::make_error(core::errc::kConflict, msg::kSubmissionAlreadySent, "state");
    auto packages = store::packages_of_decision(*conn, decision_id);
    if (!packages.ok()) return packages.error();
    if (!packages->empty()) return core::make_error(core::errc::kConflict, msg::kExchangeExportedHere, "state");
    auto campaign = store::find_campaign(*conn, campaign_id);
    if (!campaign.ok()) return campaign.error();
    if (!campaign->has_value()) return not_found(msg::kWhatCampaign);
    for (const auto& t : (*campaign)->award_types) {
      if (t.id == (*d)->award_type_id) eligibility_code = t.eligibility_code;
    }
  }
  // 2. The dossier of this moment.
  auto drawn = draw_dossier(services, actor, campaign_id, decision_id, meta);
  if (!drawn.ok()) return drawn.error();
  // Written to the file store before any lock is taken; its row goes in with the rest.
  auto stored = store::write_generated_content(services.data_dir, *drawn, "application/zip");
  if (!stored.ok()) return stored.error();
  drawn->clear();
  // 3. Everything written at once, the proposal locked and checked again.
  const std::string now = iso_instant(services.clock.now());
  const int this_year = current_year(services.clock);
  const std::string& end = summary.period_end;
  const int year = std::min(this_year, end.size() >= 4 ? std::atoi(end.c_str()) : this_year);
  auto conn = services.db.acquire();
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    THIDUA_TRY(store::lock_decision(*conn, decision_id));
    auto still = store::find_receiving_agency(*conn, receiver_unit_id);  // closed meanwhile?
    if (!still.ok()) return still.error();
    if (!still->has_value() || !(*still)->open) return invalid_field(msg::kSubmissionReceiverClosed, "receiver_id");
    auto d = store::find_decision(*conn, campaign_id, decision_id);
    if (!d.ok()) return d.error();
    if (!d->has_value()) return not_found(msg::kWhatDecision);
    const core::DecisionRecord& p = **d;
    if (!core::awaits_answer(p.kind, p.state, p.answer)) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionNotProposal, "state");
    }
    auto already = store::submission_of_decision(*conn, decision_id);
    if (!already.ok()) return already.error();
    if (already->has_value()) return core::make_error(core::errc::kConflict, msg::kSubmissionAlreadySent, "state");
    auto exported = store::packages_of_decision(*conn, decision_id);  // exported meanwhile?
    if (!exported.ok()) return exported.error();
    if (!exported->empty()) return core::make_error(core::errc::kConflict, msg::kExchangeExportedHere, "state");
    auto list = store::decision_list(*conn, decision_id);
    if (!list.ok()) return list.error();
    THIDUA_TRY(store::record_generated_file(*conn, *stored, now));
    core::SubmissionRecord s;
    s.decision_id = decision_id;
    s.sender_unit_id = summary.issuing_unit_id;
    s.receiver_unit_id = receiver_unit_id;
    s.state = SubmissionState::kSent;
    s.round = 1;
    s.title = p.title;
    s.sender_name = summary.issuing_unit_name;
    s.proposal_number_symbol = p.number ? document_number_symbol(*p.number, p.doc_symbol) : p.doc_symbol;
    s.award_name = msg::award_with_granter(p.award_name, p.award_granted_by);
    s.eligibility_code = eligibility_code;
    s.year = year;
    s.sent_at = now;
    s.updated_at = now;
    std::vector<core::SubmissionItem> items;
    int ord = 0;
    for (const auto& n : *list) {
      core::SubmissionItem i;
      i.nomination_id = n.nomination_id;
      i.ord = ++ord;
      i.subject = n.subject;
      i.person_id = n.person_id;
      i.nominee_unit_id = n.nominee_unit_id;
      i.name = n.name;
      i.position = n.position;
      i.unit_name = n.unit_name;
      items.push_back(std::move(i));
    }
    auto id = store::insert_submission(*conn, s, items);
    if (!id.ok()) return id.error();
    core::SubmissionRound r;
    r.round = 1;
    r.note = note;
    r.dossier_sha256 = stored->sha256;
    r.dossier_size = stored->size;
    r.sent_at = now;
    THIDUA_TRY(store::insert_round(*conn, *id, r, acting_user(actor)));
    core::SubmissionEvent e;
    e.round = 1;
    e.kind = std::string(core::submission_step_code(SubmissionStep::kSend));
    e.note = note;
    e.actor_name = actor.display_name;
    e.at = now;
    THIDUA_TRY(store::append_event(*conn, *id, e, acting_user(actor)));
    s.id = *id;
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"submission.sent", "submission", std::to_string(*id), std::nullopt, audit_view(s)}));
    return *id;
  });
}

core::Status resend_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& note, std::optional<int64_t> expected_version,
                               const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kResend, note));
  // The corrected dossier is drawn first, by the sender's rights, holding no connection.
  int64_t campaign_id = 0, decision_id = 0;
  {
    auto conn = services.db.acquire();
    auto s = visible_submission(*conn, actor, submission_id, false);
    if (!s.ok()) return s.error();
    if (!sends(actor, *s)) return forbidden(msg::kActSendProposal);
    THIDUA_TRY(core::check_submission_step(s->state, SubmissionStep::kResend));
    campaign_id = s->campaign_id;
    decision_id = s->decision_id;
  }
  auto drawn = draw_dossier(services, actor, campaign_id, decision_id, meta);
  if (!drawn.ok()) return drawn.error();
  auto stored = store::write_generated_content(services.data_dir, *drawn, "application/zip");
  if (!stored.ok()) return stored.error();
  drawn->clear();
  return take_step(services, actor, submission_id, SubmissionStep::kResend, Action::kDraftDecisions, true,
                   msg::kActSendProposal, expected_version, meta,
                   [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
                       const std::string& now) -> core::Status {
                     // A new round: what the receiver concluded on the last one starts again.
                     s.round += 1;
                     s.received_number.reset();
                     s.received_date.reset();
                     s.appraisal_note.clear();
                     s.council_date.reset();
                     s.council_note.clear();
                     e.note = note;
                     THIDUA_TRY(store::clear_item_conclusions(conn, s.id));
                     THIDUA_TRY(store::record_generated_file(conn, *stored, now));
                     core::SubmissionRound r;
                     r.round = s.round;
                     r.note = note;
                     r.dossier_sha256 = stored->sha256;
                     r.dossier_size = stored->size;
                     r.sent_at = now;
                     return store::insert_round(conn, s.id, r, acting_user(actor));
                   });
}

core::Status withdraw_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                 const std::string& reason, std::optional<int64_t> expected_version,
                                 const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kWithdraw, reason));
  return take_step(services, actor, submission_id, SubmissionStep::kWithdraw, Action::kDraftDecisions, true,
                   msg::kActSendProposal, expected_version, meta,
                   [&](store::Connection&, core::SubmissionRecord&, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     e.note = reason;
                     return {};
                   });
}

core::Result<SubmissionView> get_submission(const Services& services, const core::Actor& actor,
                                            int64_t submission_id) {
  auto conn = services.db.acquire();
  auto s = visible_submission(*conn, actor, submission_id, false);
  if (!s.ok()) return s.error();
  SubmissionView v;
  v.record = std::move(*s);
  const auto& r = v.record;
  v.receiving_side = reads_as_receiver(actor, r);
  v.sending_side = reads_as_sender(actor, r);
  auto items = store::submission_items(*conn, submission_id);
  if (!items.ok()) return items.error();
  v.items = std::move(*items);
  auto rounds = store::submission_rounds(*conn, submission_id);
  if (!rounds.ok()) return rounds.error();
  v.rounds = std::move(*rounds);
  auto events = store::submission_events(*conn, submission_id);
  if (!events.ok()) return events.error();
  v.events = std::move(*events);
  const bool office = processes(actor, r.receiver_path);
  auto allowed = [&](SubmissionStep step) { return core::submission_step_allowed(r.state, step); };
  v.can_receive = office && allowed(SubmissionStep::kReceive);
  v.can_assign = office && allowed(SubmissionStep::kAssign);
  v.can_appraise = office && allowed(SubmissionStep::kAppraise);
  v.can_return = office && allowed(SubmissionStep::kReturn);
  v.can_review = office && allowed(SubmissionStep::kReview);
  v.can_decide = permits(actor, Action::kApproveDecisions, r.receiver_path) && allowed(SubmissionStep::kDecide);
  v.can_resend = sends(actor, r) && allowed(SubmissionStep::kResend);
  v.can_withdraw = sends(actor, r) && allowed(SubmissionStep::kWithdraw);
  if (v.can_assign) {
    auto people = store::accounts_with_roles_over(*conn, processing_roles(), r.receiver_path, kMaxSpecialists);
    if (!people.ok()) return people.error();
    v.specialists = std::move(*people);
  }
  if (v.receiving_side) {
    auto agency = store::find_receiving_agency(*conn, r.receiver_unit_id);
    if (!agency.ok()) return agency.error();
    if (agency->has_value()) v.authority = (*agency)->authority;
  }
  return v;
}

namespace {
// The receiving agencies (a closed one included: its queue stays) where the
// actor processes.
std::vector<int64_t> processing_agencies(const std::vector<core::ReceivingAgency>& all, const core::Actor& actor) {
  std::vector<int64_t> ids;
  for (const auto& a : all) {
    if (processes(actor, a.path) || permits(actor, Action::kApproveDecisions, a.path)) ids.push_back(a.unit_id);
  }
  return ids;
}
}  // namespace

bool processes_submissions(const Services& services, const core::Actor& actor) {
  if (!permits_somewhere(actor, Action::kDraftDecisions) && !permits_somewhere(actor, Action::kApproveDecisions)) {
    return false;
  }
  auto conn = services.db.acquire();
  auto all = store::receiving_agencies(*conn, false);
  return all.ok() && !processing_agencies(*all, actor).empty();
}

core::Result<SubmissionQueue> submission_queue(const Services& services, const core::Actor& actor,
                                               const QueueFilter& filter) {
  auto conn = services.db.acquire();
  auto all = store::receiving_agencies(*conn, false);
  if (!all.ok()) return all.error();
  const std::vector<int64_t> ids = processing_agencies(*all, actor);
  if (ids.empty()) return forbidden(msg::kActProcessSubmission);
  SubmissionQueue out;
  out.filter = filter;
  out.filter.page_size = std::clamp(filter.page_size, 1, 100);
  store::QueueQuery q;
  q.receiver_ids = ids;
  q.state = filter.state;
  if (filter.mine) q.assignee_id = actor.user_id;
  q.before_id = filter.before_id;
  q.limit = out.filter.page_size + 1;
  auto rows = store::submission_queue(*conn, q);
  if (!rows.ok()) return rows.error();
  out.rows = std::move(*rows);
  if (out.rows.size() > static_cast<size_t>(out.filter.page_size)) {
    out.rows.resize(out.filter.page_size);
    out.next_before = out.rows.back().id;
  }
  auto counts = store::count_queue(*conn, ids);
  if (!counts.ok()) return counts.error();
  out.counts = std::move(*counts);
  return out;
}

core::Status receive_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                std::optional<int64_t> expected_version, const RequestMeta& meta) {
  return take_step(services, actor, submission_id, SubmissionStep::kReceive, Action::kDraftDecisions, false,
                   msg::kActProcessSubmission, expected_version, meta,
                   [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     const std::string today = vietnam_date(services.clock.now());
                     auto n = store::take_document_number(conn, s.receiver_unit_id, msg::kIncomingRegister,
                                                          std::stoi(today));
                     if (!n.ok()) return n.error();
                     s.received_number = *n;
                     s.received_date = today;
                     e.note = std::string(msg::kReceivedNumberPrefix) + std::to_string(*n) + msg::kReceivedDatePrefix +
                              short_date(today) + ".";
                     return {};
                   });
}

core::Status assign_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               int64_t assignee_id, std::optional<int64_t> expected_version,
                               const RequestMeta& meta) {
  return take_step(services, actor, submission_id, SubmissionStep::kAssign, Action::kDraftDecisions, false,
                   msg::kActProcessSubmission, expected_version, meta,
                   [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     auto people =
                         store::accounts_with_roles_over(conn, processing_roles(), s.receiver_path, kMaxSpecialists);
                     if (!people.ok()) return people.error();
                     auto it = std::find_if(people->begin(), people->end(),
                                            [&](const core::Processor& p) { return p.user_id == assignee_id; });
                     if (it == people->end()) return invalid_field(msg::kSubmissionAssigneeInvalid, "assignee_id");
                     s.assignee_id = assignee_id;
                     e.note = std::string(msg::kAssignedToPrefix) + it->name + ".";
                     return {};
                   });
}

core::Status appraise_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                 const std::string& note, std::optional<int64_t> expected_version,
                                 const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kAppraise, note));
  // Judged before the step's transaction (no lock held while the rules read
  // the nominees' histories). Only the verdict and what the rule asks are kept:
  // the records a rule found wanting (measures, absences, members' names) stay
  // with the sender.
  std::vector<core::SubmissionItem> items;
  int met = 0, not_met = 0, missing = 0, none = 0;
  int64_t judged_version = 0;  // the verdicts are written only onto the submission they judged
  {
    auto conn = services.db.acquire();
    auto s = visible_submission(*conn, actor, submission_id, false);
    if (!s.ok()) return s.error();
    if (!processes(actor, s->receiver_path)) return forbidden(msg::kActProcessSubmission);
    THIDUA_TRY(core::check_submission_step(s->state, SubmissionStep::kAppraise));
    if (expected_version && *expected_version != s->version) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
    }
    judged_version = s->version;
    auto listed = store::submission_items(*conn, submission_id);
    if (!listed.ok()) return listed.error();
    items = std::move(*listed);
    for (auto& i : items) {
      std::optional<AwardEligibility> judged;
      // An imported proposal's records are the other deployment's: no rules judge them here.
      if (!s->eligibility_code.empty() && !s->imported()) {
        auto j = judge_nominee(*conn, s->eligibility_code, s->year, i.person_id,
                               i.subject == "collective" ? i.nominee_unit_id : std::nullopt);
        if (!j.ok()) return j.error();
        judged = std::move(*j);
      }
      i.verdict_reason.clear();
      if (!judged) {
        i.verdict = "none";
        ++none;
        continue;
      }
      i.verdict = std::string(core::verdict_code(judged->judgement.verdict));
      for (const auto& rule : judged->judgement.rules) {
        if (rule.verdict == core::Verdict::kMet) continue;
        i.verdict_reason = rule.asks;
        break;
      }
      if (judged->judgement.verdict == core::Verdict::kMet) ++met;
      else if (judged->judgement.verdict == core::Verdict::kNotMet) ++not_met;
      else ++missing;
    }
  }
  return take_step(services, actor, submission_id, SubmissionStep::kAppraise, Action::kDraftDecisions, false,
                   msg::kActProcessSubmission, judged_version, meta,
                   [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     THIDUA_TRY(store::set_item_verdicts(conn, s.id, items));
                     s.appraisal_note = note;
                     e.note = std::string(msg::kAppraisedMet) + std::to_string(met) + msg::kAppraisedNotMet +
                              std::to_string(not_met) + msg::kAppraisedMissing + std::to_string(missing) +
                              msg::kAppraisedNoRules + std::to_string(none) + "." + (note.empty() ? "" : " " + note);
                     return {};
                   });
}

core::Status return_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& reason, std::optional<int64_t> expected_version,
                               const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kReturn, reason));
  return take_step(services, actor, submission_id, SubmissionStep::kReturn, Action::kDraftDecisions, false,
                   msg::kActProcessSubmission, expected_version, meta,
                   [&](store::Connection&, core::SubmissionRecord&, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     e.note = reason;
                     return {};
                   });
}

core::Status review_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& council_date, const std::set<int64_t>& agreed,
                               const std::string& note, std::optional<int64_t> expected_version,
                               const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kReview, note));
  if (!core::is_iso_date(council_date)) return invalid_field(msg::kSubmissionCouncilDateInvalid, "council_date");
  if (council_date > vietnam_date(services.clock.now())) {
    return invalid_field(msg::kSubmissionCouncilDateFuture, "council_date");
  }
  return take_step(services, actor, submission_id, SubmissionStep::kReview, Action::kDraftDecisions, false,
                   msg::kActProcessSubmission, expected_version, meta,
                   [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
                       const std::string&) -> core::Status {
                     if (s.received_date && council_date < *s.received_date) {
                       return invalid_field(msg::kSubmissionCouncilBeforeReception, "council_date");
                     }
                     auto items = store::submission_items(conn, s.id);
                     if (!items.ok()) return items.error();
                     std::set<int64_t> listed;
                     int yes = 0;
                     for (auto& i : *items) {
                       listed.insert(i.nomination_id);
                       i.agreed = agreed.count(i.nomination_id) > 0;
                       if (*i.agreed) ++yes;
                     }
                     for (int64_t id : agreed) {
                       if (!listed.count(id)) return invalid_field(msg::kDecisionNominationUnknown, "agreed");
                     }
                     THIDUA_TRY(store::set_item_agreed(conn, s.id, *items));
                     s.council_date = council_date;
                     s.council_note = note;
                     e.note = std::string(msg::kCouncilAgreedPrefix) + std::to_string(yes) + msg::kOutOf +
                              std::to_string(items->size()) + msg::kCasesSuffix + (note.empty() ? "" : " " + note);
                     return {};
                   });
}

core::Status decide_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& signer_name, std::optional<int64_t> expected_version,
                               const RequestMeta& meta) {
  std::string signer = signer_name;
  THIDUA_TRY(core::check_signer_name(signer));
  return take_step(
      services, actor, submission_id, SubmissionStep::kDecide, Action::kApproveDecisions, false,
      msg::kActDecideSubmission, expected_version, meta,
      [&](store::Connection& conn, core::SubmissionRecord& s, core::SubmissionEvent& e,
          const std::string& now) -> core::Status {
        auto agency = store::find_receiving_agency(conn, s.receiver_unit_id);
        if (!agency.ok()) return agency.error();
        if (!agency->has_value()) return invalid_field(msg::kSubmissionReceiverMissing, "receiver_id");
        auto items = store::submission_items(conn, s.id);
        if (!items.ok()) return items.error();
        std::set<int64_t> granted;
        for (const auto& i : *items) {
          if (i.agreed.value_or(false)) granted.insert(i.nomination_id);
        }
        const std::string today = vietnam_date(services.clock.now());
        std::string number_symbol, note;
        if (!granted.empty()) {
          const std::string& symbol = (*agency)->decision_symbol;
          auto n = store::take_document_number(conn, s.receiver_unit_id, document_type_of(symbol), std::stoi(today));
          if (!n.ok()) return n.error();
          s.decision_number = *n;
          s.decision_symbol = symbol;
          s.decision_date = today;
          number_symbol = document_number_symbol(*n, symbol);
          note = std::string(msg::kAnswerNoteDecision) + number_symbol + msg::kAnswerNoteDated + short_date(today) +
                 msg::kAnswerNoteOf + (*agency)->authority + msg::kAnswerNoteTail;
          e.note = std::string(msg::kAnswerNoteDecision) + number_symbol + msg::kDecidedGrantedPrefix +
                   std::to_string(granted.size()) + msg::kOutOf + std::to_string(items->size()) + msg::kCasesSuffix;
        } else {
          note = msg::kSubmissionNotAgreed;
          e.note = note;
        }
        s.signer_name = signer;
        // The document's words, as they stand when it is issued.
        s.decision_authority = (*agency)->authority;
        s.decision_issuing_body = (*agency)->issuing_body;
        s.decision_place = (*agency)->place;
        // An imported proposal: its campaign and grounds came with the
        // package, and the answer goes back as a package (app/exchange.h).
        if (s.imported()) return core::Status{};
        auto campaign = store::find_campaign(conn, s.campaign_id);
        if (!campaign.ok()) return campaign.error();
        if (campaign->has_value()) {
          s.campaign_title = (*campaign)->title;
          auto d = store::find_decision(conn, s.campaign_id, s.decision_id);
          if (!d.ok()) return d.error();
          for (const auto& t : (*campaign)->award_types) {
            if (d->has_value() && t.id == (*d)->award_type_id) s.decision_grounds = t.legal_citation;
          }
        }
        THIDUA_TRY(store::lock_decision(conn, s.decision_id));
        return record_receiver_answer(conn, s.campaign_id, s.decision_id, granted, number_symbol,
                                      granted.empty() ? std::string() : today, note, acting_user(actor), now);
      });
}

core::Result<DownloadFile> round_dossier(const Services& services, const core::Actor& actor, int64_t submission_id,
                                         int round) {
  auto conn = services.db.acquire();
  auto s = visible_submission(*conn, actor, submission_id, false);
  if (!s.ok()) return s.error();
  auto rounds = store::submission_rounds(*conn, submission_id);
  if (!rounds.ok()) return rounds.error();
  for (const auto& r : *rounds) {
    if (r.round != round) continue;
    DownloadFile f;
    f.path = store::stored_file_path(services.data_dir, r.dossier_sha256);
    f.media_type = "application/zip";
    f.name = "ho-so-de-nghi-" + std::to_string(submission_id) + "-lan-" + std::to_string(round) + ".zip";
    f.size = r.dossier_size;
    return f;
  }
  return not_found(msg::kWhatSubmission);
}

}  // namespace thidua::app
