#include "app/plan_document.h"

#include "core/document_lines.h"
#include "core/messages_vi/documents.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

using docs::Block;
using docs::BlockKind;

Block block(BlockKind kind, const std::string& label, const std::string& text, bool italic = false) {
  Block b;
  b.kind = kind;
  b.label = label;
  b.text = {docs::TextRun{text, false, italic}};
  return b;
}

// Section headings carry their own numbering ("I. ...", "1. ..."): roman
// numerals are level 1, the rest level 2.
void heading(std::vector<Block>& body, const std::string& text) {
  if (text.empty()) return;
  const bool roman = text.find_first_of("IVX") == 0 && text.find(". ") != std::string::npos &&
                     text.find_first_not_of("IVX") == text.find('.');
  body.push_back(block(roman ? BlockKind::kHeading1 : BlockKind::kHeading2, "", text));
}

void item(std::vector<Block>& body, const std::string& label, const std::string& text) {
  if (label == "-") body.push_back(block(BlockKind::kBullet, "", text));
  else body.push_back(block(BlockKind::kNumberedParagraph, label, text));
}

}  // namespace

docs::AdministrativeDocument plan_document(const core::Campaign& c) {
  docs::AdministrativeDocument d;
  d.governing_body = c.governing_body;
  d.issuing_body = c.issuing_body;
  d.number_line = core::number_line(c);
  d.place_date_line = core::place_date_line(c);
  d.doc_type = c.document_type.empty() ? msg::kPlanDocumentType : c.document_type;
  if (!c.number) d.draft_mark = msg::kDraftMark;  // not published yet: no number, never signed
  d.summary = c.title;
  d.title = c.title;
  if (!c.basis.empty()) d.preamble.push_back({docs::TextRun{c.basis, false, false}});
  auto& body = d.body;
  const core::PlanHeadings& h = c.headings;

  heading(body, h.purposes);
  for (const auto& p : c.purposes) item(body, p.label, p.text);
  heading(body, h.participants_and_contents);
  heading(body, h.participants);
  item(body, c.participants.collectives.label, c.participants.collectives.text);
  item(body, c.participants.individuals.label, c.participants.individuals.text);
  heading(body, h.contents);
  for (const auto& content : c.contents) item(body, content.label, content.text);  // labels as issued

  heading(body, h.period_and_awards);
  body.push_back(block(BlockKind::kNumberedParagraph, h.period, c.period.text));
  heading(body, h.awards);
  if (!c.award_intro.empty()) body.push_back(block(BlockKind::kBullet, "", c.award_intro));
  for (const auto& award : c.award_types) body.push_back(block(BlockKind::kBullet, "", award.text));
  if (!c.award_note.empty()) body.push_back(block(BlockKind::kNote, "", "(" + c.award_note + ")", true));

  heading(body, h.criteria);
  heading(body, h.criteria_intro);
  heading(body, h.collective_criteria);
  for (const auto& cr : core::criteria_for(c, core::CriterionSubject::kCollective)) item(body, cr.label, cr.text);
  heading(body, h.individual_criteria);
  for (const auto& cr : core::criteria_for(c, core::CriterionSubject::kIndividual)) item(body, cr.label, cr.text);

  heading(body, h.implementation);
  for (const auto& a : c.assignments) item(body, a.label, a.text);

  d.signature.authority_lines = {c.signer.authority};
  if (!c.signer.position.empty()) d.signature.authority_lines.push_back(c.signer.position);
  d.signature.signer_name = c.signer.name;
  d.recipients = c.recipients;
  return d;
}

}  // namespace thidua::app
