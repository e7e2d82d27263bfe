#include "app/minutes_document.h"

#include <map>
#include <memory>

#include "app/access.h"
#include "app/decision_document.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "core/document_lines.h"
#include "core/document_phrases.h"
#include "core/messages_vi/documents.h"
#include "docs/pdf_writer.h"
#include "store/campaigns.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

int part(const std::string& iso, size_t at, size_t len) {
  try {
    return std::stoi(iso.substr(at, len));
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

docs::AdministrativeDocument minutes_document(const core::Campaign& c, const SessionView& v) {
  docs::AdministrativeDocument d;
  d.governing_body = c.governing_body;
  d.issuing_body = c.issuing_body;
  d.number_line = core::format_document_number(static_cast<int>(v.session.minutes_number.value_or(0)),
                                               msg::kMinutesSymbol);
  const int y = part(v.session.held_on, 0, 4), m = part(v.session.held_on, 5, 2), day = part(v.session.held_on, 8, 2);
  d.place_date_line = core::format_place_date(c.place, y, m, day);
  d.doc_type = msg::kMinutesDocType;
  d.summary = msg::minutes_summary(v.session.council_name, core::campaign_in_sentence(c.title));
  d.title = msg::minutes_title(v.session.council_name);

  auto& body = d.body;
  body.push_back(docs::heading1(msg::kMinutesHeadingTimePlace));
  body.push_back(docs::paragraph(msg::minutes_time(core::format_date_words(y, m, day))));
  body.push_back(docs::paragraph(msg::minutes_place(v.session.place)));

  body.push_back(docs::heading1(msg::kMinutesHeadingAttendance));
  std::string chair, secretary;
  int present = 0;
  std::vector<std::string> absent;
  body.push_back(docs::paragraph(msg::kMinutesPresent));
  for (const auto& a : v.attendance) {
    if (!a.member.active) continue;
    if (a.member.role == core::CouncilRole::kChair) chair = a.member.full_name;
    if (a.member.role == core::CouncilRole::kSecretary) secretary = a.member.full_name;
    std::string line = a.member.full_name;
    if (!a.member.position.empty()) line += ", " + a.member.position;
    line += msg::minutes_member_role(core::council_role_label(a.member.role));

    if (a.present) {
      ++present;
      body.push_back(docs::bullet(line));
    } else {
      absent.push_back(line);
    }
  }
  body.push_back(docs::paragraph(absent.empty() ? msg::kMinutesAbsentNone : msg::kMinutesAbsent));
  for (const auto& line : absent) body.push_back(docs::bullet(line));
  body.push_back(docs::paragraph(msg::minutes_quorum(present, v.session.members_total)));

  body.push_back(docs::heading1(msg::kMinutesHeadingBallot));
  body.push_back(docs::paragraph(msg::kMinutesBallotIntro));
  docs::Table t;
  // Nine columns: a smaller size lets the count columns keep whole words.
  t.font_size = 11;
  t.columns = {{"STT", 0.9, true},        {msg::kMinutesColNominee, 2.7, false}, {msg::kMinutesColUnit, 2.0, false},
               {msg::kMinutesColAward, 1.8, false}, {msg::kMinutesColAgree, 1.2, true}, {msg::kMinutesColDisagree, 1.2, true},
               {msg::kMinutesColInvalid, 1.2, true}, {msg::kMinutesColRequired, 1.1, true}, {msg::kMinutesColResult, 1.1, true}};
  int passed = 0;
  for (const auto& it : v.items) {
    const bool ok = it.passed.value_or(false);
    if (ok) ++passed;
    t.rows.push_back({std::to_string(it.ord), it.nominee_name, it.nominating_unit_name,
                      msg::award_with_granter(it.award_name, it.award_granted_by), std::to_string(it.agree.value_or(0)),
                      std::to_string(it.disagree.value_or(0)), std::to_string(it.invalid.value_or(0)),
                      std::to_string(it.required_agree.value_or(0)), ok ? msg::kMinutesPassed : msg::kMinutesFailed});
  }
  body.push_back(docs::table(std::move(t)));
  body.push_back(docs::paragraph(msg::minutes_passed_count(passed, v.items.size())));
  // Who did not vote on which item, and why; who counted; how to check.
  std::map<int64_t, int> ord_of;
  for (const auto& it : v.items) ord_of[it.id] = it.ord;
  for (const auto& r : v.recusals) {
    body.push_back(docs::paragraph(msg::minutes_recusal(ord_of[r.item_id], r.member_name, r.reason)));
  }
  if (!v.committee.empty()) {
    std::string names;
    for (const auto& seat : v.committee) names += (names.empty() ? "" : ", ") + seat.full_name;
    body.push_back(docs::paragraph(msg::minutes_committee(names)));
    body.push_back(docs::paragraph(msg::minutes_verifiable(static_cast<long long>(v.published.size()))));
  }

  body.push_back(docs::paragraph(msg::kMinutesAdopted));
  body.push_back(docs::paragraph(docs::RichText{{msg::kMinutesSecretarySignature, true, false},
                                                {secretary.empty() ? "" : secretary, true, false}}));
  d.signature.authority_lines = {msg::kMinutesChairSignature};
  d.signature.signer_name = chair;
  d.recipients = {msg::kMinutesRecipientMembers, msg::kRecipientsArchive};
  return d;
}

core::Result<docs::AdministrativeDocument> session_minutes(const Services& services, const core::Actor& actor,
                                                           int64_t campaign_id, int64_t session_id) {
  auto view = get_session(services, actor, campaign_id, session_id);
  if (!view.ok()) return view.error();
  if (view->session.state != core::SessionState::kClosed) {
    return core::make_error(core::errc::kConflict, msg::kMinutesOnlyAfterBallot);
  }
  auto conn = services.db.acquire();
  auto campaign = store::find_campaign(*conn, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!campaign->has_value()) return core::make_error(core::errc::kNotFound, msg::kMinutesCampaignNotFound);
  THIDUA_TRY(use_header_on(*conn, **campaign, view->session.held_on));
  return minutes_document(**campaign, *view);
}

namespace {

// The minutes as a document to sign (the chair for the council's agency),
// with what its `build` needs; nullopt until the ballot is closed.
struct MinutesToSign {
  core::Campaign plan;
  SessionView view;
  DocumentToSign what;
};

core::Result<std::unique_ptr<MinutesToSign>> minutes_to_sign(const Services& services, int64_t campaign_id,
                                                              int64_t session_id) {
  auto view = get_session(services, system_actor(), campaign_id, session_id);
  if (!view.ok()) return view.error();
  if (view->session.state != core::SessionState::kClosed || !view->session.minutes_number) {
    return std::unique_ptr<MinutesToSign>();
  }
  auto m = std::make_unique<MinutesToSign>();
  {
    auto conn = services.db.acquire();
    auto campaign = store::find_campaign(*conn, campaign_id);
    if (!campaign.ok()) return campaign.error();
    if (!campaign->has_value()) return core::make_error(core::errc::kNotFound, msg::kMinutesCampaignNotFound);
    m->plan = std::move(**campaign);
    THIDUA_TRY(use_header_on(*conn, m->plan, view->session.held_on));
  }
  m->view = std::move(*view);
  DocumentToSign& what = m->what;
  what.subject = core::kIssuedMinutes;
  what.subject_id = session_id;
  what.number_symbol = document_number_symbol(*m->view.session.minutes_number, msg::kMinutesSymbol);
  what.agency_unit_id = m->view.session.council_unit_id;
  for (const auto& seat : m->view.attendance) {
    if (seat.member.role == core::CouncilRole::kChair && seat.member.user_id > 0) {
      what.signer_user_id = seat.member.user_id;
      what.printed_signer = seat.member.full_name;
    }
  }
  what.location = m->plan.place;
  what.issued_on = m->view.session.held_on;
  what.audit_action = "council_session.sign";
  what.audit_entity = "council_session";
  const MinutesToSign* self = m.get();
  what.build = [self] { return minutes_document(self->plan, self->view); };
  return m;
}

}  // namespace

core::Result<std::optional<core::IssuedDocument>> signed_minutes_pdf(const Services& services, const core::Actor* actor,
                                                                    const RequestMeta& meta, int64_t campaign_id,
                                                                    int64_t session_id) {
  auto m = minutes_to_sign(services, campaign_id, session_id);
  if (!m.ok()) return m.error();
  if (!*m) return std::optional<core::IssuedDocument>();
  return signed_document(services, actor, meta, (*m)->what);
}

core::Status write_minutes_pdf(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                               int64_t campaign_id, int64_t session_id, const std::string& path) {
  auto doc = session_minutes(services, actor, campaign_id, session_id);  // the actor's right, and the close
  if (!doc.ok()) return doc.error();
  auto m = minutes_to_sign(services, campaign_id, session_id);
  if (!m.ok()) return m.error();
  if (!*m) return docs::write_pdf(*doc, path);
  return write_issued_pdf(services, &actor, meta, (*m)->what, path);
}

}  // namespace thidua::app
