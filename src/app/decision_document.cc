#include "app/decision_document.h"

#include "core/campaign.h"
#include "core/document_lines.h"
#include "core/document_phrases.h"
#include "core/messages_vi/documents.h"
#include "core/org.h"
#include "core/utf8_cut.h"

namespace thidua::app {

namespace msg = core::messages_vi;

std::string short_date(const std::string& iso) {
  if (!core::is_iso_date(iso)) return {};
  return std::to_string(std::stoi(iso.substr(8, 2))) + "/" + std::to_string(std::stoi(iso.substr(5, 2))) + "/" +
         iso.substr(0, 4);
}

namespace {

// "phát động ..." of "Phát động ...": an ASCII capital only (Vietnamese
// capitals are left as they are).
std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// "Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở về ...": the kind of
// document named from its symbol's type ("KH", "QĐ").
std::string cited_line(const std::string& symbol, const std::string& number_symbol, const std::string& iso_date,
                       const std::string& issuer, const std::string& subject) {
  const auto slash = symbol.find('/');
  const std::string type = document_type_of(slash == std::string::npos ? symbol : symbol.substr(slash + 1));
  std::string kind = type == "KH"                         ? msg::kCitedPlan
                     : type == msg::kDocSymbolDecisionType ? msg::kCitedDecision
                     : type == "CT"                        ? msg::kCitedDirective
                                                           : msg::kCitedDocument;
  std::string out = number_symbol.empty() ? kind : kind + msg::kCitedNumber + number_symbol;
  if (const auto d = short_date(iso_date); !d.empty()) out += msg::kCitedDate + d;
  if (!issuer.empty()) out += msg::kCitedOf + issuer;
  if (!subject.empty()) out += " " + subject;
  return out;
}

std::string achievement_line(const core::NomineeRow& n) {
  std::string first = n.report.substr(0, n.report.find('\n'));
  if (first.size() > 300) first = std::string(core::utf8_prefix(first, 300)) + msg::kAchievementCut;
  return first.empty() ? msg::kAchievementDefault : first;
}

}  // namespace

docs::Attachment award_list(bool decision, const core::DecisionRecord& d,
                            const std::string& award, const std::vector<core::NomineeRow>& list) {
  docs::Table collectives;
  collectives.columns = {{msg::kAwardListColNo, 0.7, true}, {msg::kAwardListColCollective, 4.0, false},
                         {msg::kAwardListColAchievement, 4.3, false}};
  docs::Table individuals;
  individuals.columns = {{msg::kAwardListColNo, 0.7, true}, {msg::kAwardListColPerson, 2.8, false},
                         {msg::kAwardListColPosition, 2.6, false}, {msg::kAwardListColAchievement, 2.9, false}};
  for (const auto& n : list) {
    if (n.subject == "collective") {
      collectives.rows.push_back({std::to_string(collectives.rows.size() + 1), n.name, achievement_line(n)});
    } else {
      std::string where = n.position.empty() ? n.unit_name : n.position + ", " + n.unit_name;
      individuals.rows.push_back({std::to_string(individuals.rows.size() + 1), n.name, where, achievement_line(n)});
    }
  }
  const bool both = !collectives.rows.empty() && !individuals.rows.empty();
  docs::Attachment a;
  a.title_lines = {msg::kAwardListTitle,
                   msg::award_list_subject(decision, !collectives.rows.empty(), !individuals.rows.empty(), award)};
  // A draft's day and month are left blank (six spaces with the one before).
  const std::string date = d.issue_date ? short_date(*d.issue_date) : "     /      /" + d.drafted_at.substr(0, 4);
  a.reference = msg::award_list_reference(
      decision, core::number_symbol_text(static_cast<int>(d.number.value_or(0)), d.doc_symbol), date);
  if (!collectives.rows.empty()) {
    if (both) a.body.push_back(docs::heading1(msg::kAwardListCollectives));
    a.body.push_back(docs::table(std::move(collectives)));
  }
  if (!individuals.rows.empty()) {
    if (both) a.body.push_back(docs::heading1(msg::kAwardListIndividuals));
    a.body.push_back(docs::table(std::move(individuals)));
  }
  return a;
}

std::string document_type_of(const std::string& symbol) {
  const auto dash = symbol.find('-');
  return dash == std::string::npos ? symbol : symbol.substr(0, dash);
}

std::string document_number_symbol(int64_t n, const std::string& symbol) {
  return (n < 10 ? "0" : "") + std::to_string(n) + "/" + symbol;
}

std::string plan_citation(const core::Campaign& c) {
  return cited_line(c.doc_symbol, c.number ? document_number_symbol(*c.number, c.doc_symbol) : std::string(),
                    c.issue_date.value_or(""), "", msg::kCitedRegarding + lower_first(c.title));
}

docs::AdministrativeDocument decision_document(const core::Campaign& c, const core::DecisionRecord& d,
                                               const std::vector<core::NomineeRow>& list) {
  const bool decision = d.kind == core::DecisionKind::kDecision;
  docs::AdministrativeDocument doc;
  doc.governing_body = c.governing_body;
  doc.issuing_body = c.issuing_body;
  doc.number_line = core::format_document_number(static_cast<int>(d.number.value_or(0)), d.doc_symbol);
  if (d.issue_date) {
    doc.place_date_line = c.place + ", " + core::vietnamese_date_text(*d.issue_date);
  } else {
    doc.place_date_line = msg::undated_place_date(c.place, d.drafted_at.substr(0, 4));
  }
  doc.doc_type = decision ? msg::kDecisionDocType : msg::kProposalDocType;
  if (!d.number) doc.draft_mark = msg::kDraftMark;  // not issued yet: no number, never signed
  doc.summary = d.title;
  doc.title = (decision ? msg::kDecisionTitlePrefix : msg::kProposalTitlePrefix) + d.title;

  int64_t collectives = 0;
  for (const auto& n : list) collectives += n.subject == "collective" ? 1 : 0;
  const int64_t individuals = static_cast<int64_t>(list.size()) - collectives;
  std::string counted;
  if (collectives > 0) counted += msg::count_collectives(collectives);
  if (collectives > 0 && individuals > 0) counted += msg::kCountAnd;
  if (individuals > 0) counted += msg::count_individuals(individuals);

  const std::string plan_ref = plan_citation(c);
  const std::string award = msg::award_with_granter(d.award_name, d.award_granted_by);
  const std::string campaign = core::campaign_in_sentence(c.title);
  std::string legal_basis;
  for (const auto& t : c.award_types) {
    if (t.id != 0 && t.id == d.award_type_id) {
      legal_basis = t.legal_citation;
      break;
    }
  }
  if (decision) {
    std::string authority = c.signer.authority;
    const auto kt = authority.find("KT. ");
    if (kt == 0) authority = authority.substr(4);
    // Decree 30/2020 appendix I: the deciding authority, centred in bold
    // capitals, then the grounds, then "QUYẾT ĐỊNH:" centred.
    doc.body.push_back(docs::centered({docs::TextRun{authority + " " + c.issuing_body, true, false}}));
    // The law and decrees of the award type's legal basis, then the documents
    // the plan implements, then the plan.
    for (const auto& ground : core::legal_grounds(legal_basis)) {
      doc.body.push_back(docs::paragraph(msg::decision_ground(ground)));
    }
    for (const auto& cited : c.implements) {
      doc.body.push_back(docs::paragraph(msg::decision_ground(
          cited_line(cited.number_symbol, cited.number_symbol, cited.date, cited.issuer, cited.title))));
    }
    doc.body.push_back(docs::paragraph(msg::decision_ground(plan_ref)));
    doc.body.push_back(docs::paragraph(msg::kDecisionConsidering));
    doc.body.push_back(docs::centered({docs::TextRun{msg::kDecisionHeading, true, false}}));
    doc.body.push_back(docs::paragraph(docs::RichText{
        {msg::kArticle1, true, false}, {msg::decision_article1(award, counted, campaign), false, false}}));
  } else {
    doc.body.push_back(docs::centered({docs::TextRun{msg::proposal_addressee(d.award_granted_by), false, false}}));
    doc.body.push_back(docs::paragraph(msg::proposal_background(plan_ref)));
    doc.body.push_back(docs::paragraph(msg::proposal_request(d.award_granted_by, award, counted, campaign)));
  }
  doc.attachments.push_back(award_list(decision, d, award, list));
  if (decision) {
    doc.body.push_back(docs::paragraph(docs::RichText{
        {msg::kArticle2, true, false}, {msg::kDecisionArticle2, false, false}}));
    doc.body.push_back(docs::paragraph(docs::RichText{
        {msg::kArticle3, true, false}, {msg::kDecisionArticle3, false, false}}));
    doc.recipients = {msg::kRecipientsArticle3, msg::kRecipientsArchive};
  } else {
    doc.body.push_back(docs::paragraph(msg::proposal_closing(d.award_granted_by)));
    doc.recipients = {msg::kRecipientsAbove, msg::kRecipientsArchive};

  }
  doc.signature.authority_lines = {d.signer_authority};
  if (!d.signer_position.empty()) doc.signature.authority_lines.push_back(d.signer_position);
  doc.signature.signer_name = d.signer_name;
  return doc;
}

}  // namespace thidua::app
