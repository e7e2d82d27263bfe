#include "app/submission_document.h"

#include "app/decision_document.h"
#include "app/submissions.h"
#include "core/campaign.h"
#include "core/document_lines.h"
#include "core/document_phrases.h"
#include "core/letter_case.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/submissions.h"
#include "store/reorganisations.h"
#include "store/submissions.h"

namespace thidua::app {
namespace msg = core::messages_vi;

docs::AdministrativeDocument receiver_decision_document(const ReceiverDecision& r) {
  const core::SubmissionRecord& s = r.submission;
  const std::string date = s.decision_date.value_or("");
  docs::AdministrativeDocument doc;
  doc.governing_body = r.header.governing_body;
  doc.issuing_body = r.header.issuing_body.empty() ? core::upper_case(r.receiver_name) : r.header.issuing_body;
  doc.number_line = core::format_document_number(static_cast<int>(s.decision_number.value_or(0)), s.decision_symbol);
  const std::string when = core::vietnamese_date_text(date);
  doc.place_date_line = r.header.place.empty() ? when : r.header.place + ", " + when;
  doc.doc_type = msg::kDecisionDocType;
  doc.summary = msg::decision_summary(s.award_name);
  doc.title = msg::kDecisionTitlePrefix + doc.summary;

  int64_t collectives = 0;
  for (const auto& n : r.agreed) collectives += n.subject == "collective" ? 1 : 0;
  const int64_t individuals = static_cast<int64_t>(r.agreed.size()) - collectives;
  std::string counted;
  if (collectives > 0) counted += msg::count_collectives(collectives);
  if (collectives > 0 && individuals > 0) counted += msg::kCountAnd;
  if (individuals > 0) counted += msg::count_individuals(individuals);

  const std::string authority = core::upper_case(r.authority);
  doc.body.push_back(docs::centered({docs::TextRun{authority, true, false}}));
  for (const auto& ground : core::legal_grounds(r.legal_basis)) {
    doc.body.push_back(docs::paragraph(msg::decision_ground(ground)));
  }
  doc.body.push_back(docs::paragraph(msg::receiver_considering(
      s.sender_name, s.proposal_number_symbol, s.council_date ? short_date(*s.council_date) : std::string())));
  doc.body.push_back(docs::centered({docs::TextRun{msg::kDecisionHeading, true, false}}));
  doc.body.push_back(docs::paragraph(docs::RichText{
      {msg::kArticle1, true, false},
      {msg::decision_article1(s.award_name, counted, core::campaign_in_sentence(r.campaign_title)), false, false}}));
  doc.body.push_back(docs::paragraph(docs::RichText{{msg::kArticle2, true, false}, {msg::kDecisionArticle2, false, false}}));
  doc.body.push_back(docs::paragraph(
      docs::RichText{{msg::kArticle3, true, false}, {msg::receiver_article3(s.sender_name), false, false}}));
  doc.recipients = {msg::kRecipientsArticle3, msg::kRecipientsArchive};

  core::DecisionRecord d;
  d.kind = core::DecisionKind::kDecision;
  d.number = s.decision_number;
  d.doc_symbol = s.decision_symbol;
  d.issue_date = s.decision_date;
  doc.attachments.push_back(award_list(true, d, s.award_name, r.agreed));
  doc.signature.authority_lines = {authority};
  doc.signature.signer_name = s.signer_name;
  return doc;
}

core::Result<docs::AdministrativeDocument> receiver_decision(const Services& services, const core::Actor& actor,
                                                             int64_t submission_id) {
  auto view = get_submission(services, actor, submission_id);  // either side, else not found
  if (!view.ok()) return view.error();
  const core::SubmissionRecord& s = view->record;
  if (s.state != core::SubmissionState::kDecided || !s.decision_number || !s.decision_date) {
    return core::make_error(core::errc::kConflict, msg::kSubmissionNoDecision, "state");
  }
  ReceiverDecision r;
  r.submission = s;
  r.receiver_name = s.receiver_name;
  for (const auto& i : view->items) {
    if (!i.agreed.value_or(false)) continue;
    core::NomineeRow n;
    n.nomination_id = i.nomination_id;
    n.subject = i.subject;
    n.person_id = i.person_id;
    n.nominee_unit_id = i.nominee_unit_id;
    n.name = i.name;
    n.position = i.position;
    n.unit_name = i.unit_name;
    r.agreed.push_back(std::move(n));
  }
  auto conn = services.db.acquire();
  // Decisions issued in another body's name (the Provincial People's
  // Committee's) carry the lines the receiving agency set, as kept when the
  // decision was issued, with no governing body; else the header of the
  // receiving unit's agency on the decision's date.
  if (!s.decision_issuing_body.empty()) {
    r.header.issuing_body = s.decision_issuing_body;
    r.header.place = s.decision_place;
  } else {
    auto header = store::header_at(*conn, s.receiver_unit_id, *s.decision_date);
    if (!header.ok()) return header.error();
    if (header->has_value()) r.header = **header;
  }
  // The words kept when the decision was issued.
  r.authority = s.decision_authority;
  r.legal_basis = s.decision_grounds;
  r.campaign_title = s.campaign_title;
  return receiver_decision_document(r);
}

}  // namespace thidua::app
