#include "app/closing_documents.h"

#include <algorithm>

#include "app/decision_document.h"
#include "app/results_summary.h"
#include "core/document_lines.h"
#include "core/document_phrases.h"
#include "core/messages_vi/closing_documents.h"
#include "core/messages_vi/documents.h"

namespace thidua::app {
namespace msg = core::messages_vi;

namespace {

// The header, number, place and date, type and summary: issued or a draft.
docs::AdministrativeDocument headed(const core::Campaign& c, const std::string& symbol,
                                   const std::optional<core::CampaignReport>& issued, const std::string& today) {
  docs::AdministrativeDocument doc;
  doc.governing_body = c.governing_body;
  doc.issuing_body = c.issuing_body;
  doc.number_line = core::format_document_number(issued ? static_cast<int>(issued->number) : 0, symbol);
  if (issued) {
    doc.place_date_line = c.place + ", " + core::vietnamese_date_text(issued->issue_date);
  } else {
    doc.place_date_line = msg::undated_place_date(c.place, today.substr(0, 4));
    doc.draft_mark = msg::kDraftMark;  // not issued yet: no number, never signed
  }
  doc.signature.authority_lines = {c.signer.authority};
  if (!c.signer.position.empty()) doc.signature.authority_lines.push_back(c.signer.position);
  doc.signature.signer_name = c.signer.name;
  return doc;
}

// "05/QĐ-STNMT" or the draft's blanks, and "10/11/2023": for the references.
std::string issued_number(const std::optional<core::CampaignReport>& issued, const std::string& symbol) {
  return core::number_symbol_text(issued ? static_cast<int>(issued->number) : 0, symbol);
}
std::string issued_date(const std::optional<core::CampaignReport>& issued, const std::string& today) {
  return issued ? short_date(issued->issue_date) : "     /      /" + today.substr(0, 4);
}

// The deciding document of a decision's awards: the decision itself, or the
// higher authority's answer granting a proposal; with its authority unless
// the award beside it already names it ("Giấy khen của Giám đốc Sở").
std::string deciding(const core::DecisionRecord& d, bool with_authority) {
  const std::string by = with_authority ? d.award_granted_by : std::string();
  if (d.kind == core::DecisionKind::kDecision) {
    return msg::closing_decision(d.number ? document_number_symbol(*d.number, d.doc_symbol) : d.doc_symbol,
                                 d.issue_date ? short_date(*d.issue_date) : "", by);
  }
  return msg::closing_decision(d.answer_number_symbol, d.answer_date ? short_date(*d.answer_date) : "", by);
}

// The awards of the listed decisions counted per unit and award, units in
// path order: the summary counts exactly what the notice lists.
std::vector<core::AwardCount> counts_of(const CampaignResults& results) {
  std::vector<core::AwardCount> out;
  for (const auto& dr : results.decisions) {
    for (const auto& a : dr.awards) {
      auto it = std::find_if(out.begin(), out.end(), [&](const core::AwardCount& c) {
        return c.unit_path == a.unit_path && c.unit_name == a.unit_name && c.award_name == a.award_name &&
               c.granted_by == a.granted_by;
      });
      if (it == out.end()) {
        out.push_back(core::AwardCount{a.unit_name, a.award_name, a.granted_by, 0, 0, a.unit_path});
        it = out.end() - 1;
      }
      (a.subject == "collective" ? it->collectives : it->individuals) += 1;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.unit_path < y.unit_path; });
  return out;
}

struct Counted {
  int64_t collectives = 0;
  int64_t individuals = 0;
};
Counted count(const std::vector<core::AwardRecord>& awards) {
  Counted c;
  for (const auto& a : awards) (a.subject == "collective" ? c.collectives : c.individuals) += 1;
  return c;
}

}  // namespace

std::string closing_symbol(core::CampaignReportKind kind, const std::string& agency_symbol) {
  return std::string(core::campaign_report_doc_type(kind)) + "-" + agency_symbol;
}

docs::AdministrativeDocument results_notice(const core::Campaign& c, const std::string& agency,
                                            const std::string& symbol_agency, const CampaignResults& results,
                                            const std::optional<core::CampaignReport>& issued,
                                            const std::string& today) {
  const auto kind = core::CampaignReportKind::kResults;
  const std::string symbol = issued ? issued->doc_symbol : closing_symbol(kind, symbol_agency);
  docs::AdministrativeDocument doc = headed(c, symbol, issued, today);
  const std::string campaign = core::campaign_in_sentence(c.title);
  doc.doc_type = msg::kResultsDocType;
  doc.summary = msg::results_summary(campaign);
  doc.title = msg::results_title(c.title);
  doc.body.push_back(docs::paragraph(msg::results_opening(plan_citation(c), agency)));

  docs::Attachment list;
  list.title_lines = {msg::kResultsListTitle, msg::kResultsListSubject};
  list.reference = msg::results_list_reference(issued_number(issued, symbol),
                                               issued_date(issued, today));
  Counted total;
  int n = 0;
  for (const auto& dr : results.decisions) {
    const Counted counted = count(dr.awards);
    total.collectives += counted.collectives;
    total.individuals += counted.individuals;
    const std::string award = msg::award_with_granter(dr.decision.award_name, dr.decision.award_granted_by);
    const std::string label = std::to_string(++n) + ".";
    doc.body.push_back(docs::numbered(
        label, msg::results_item(award, deciding(dr.decision, false),
                                 msg::closing_count(counted.collectives, counted.individuals))));
    // The awardees of this decision: collectives first, then individuals, as issued.
    docs::Table t;
    t.columns = {{msg::kResultsColNo, 0.7, true}, {msg::kResultsColName, 3.6}, {msg::kResultsColUnit, 4.2}};
    std::vector<const core::AwardRecord*> ordered;
    for (const auto& a : dr.awards) ordered.push_back(&a);
    std::stable_partition(ordered.begin(), ordered.end(), [](auto* a) { return a->subject == "collective"; });
    int row = 0;
    for (const auto* a : ordered) t.rows.push_back({std::to_string(++row), a->recipient_name, a->unit_name});
    list.body.push_back(docs::heading2(label + " " + award));
    list.body.push_back(docs::note(deciding(dr.decision, false)));
    list.body.push_back(docs::table(std::move(t)));
  }
  doc.body.push_back(docs::paragraph(msg::results_total(msg::closing_count(total.collectives, total.individuals))));
  doc.body.push_back(docs::paragraph(msg::kResultsClosing));
  if (!results.decisions.empty()) doc.attachments.push_back(std::move(list));
  doc.recipients = {msg::kClosingRecipientUnits, msg::kClosingRecipientWebsite, msg::kRecipientsArchive};
  return doc;
}

docs::AdministrativeDocument summary_report(const core::Campaign& c, const std::string& agency,
                                            const std::string& symbol_agency, const CampaignResults& results,
                                            const ClosingFigures& f,
                                            const std::optional<core::CampaignReport>& issued,
                                            const std::string& today) {
  const auto kind = core::CampaignReportKind::kSummary;
  const std::string symbol = issued ? issued->doc_symbol : closing_symbol(kind, symbol_agency);
  docs::AdministrativeDocument doc = headed(c, symbol, issued, today);
  doc.doc_type = msg::kSummaryDocType;
  doc.summary = msg::summary_summary(core::campaign_in_sentence(c.title));
  doc.title = msg::summary_title(c.title);
  doc.body.push_back(docs::paragraph(msg::summary_opening(plan_citation(c), agency)));

  auto percent = [](std::optional<int> p) { return p ? std::to_string(*p) + "%" : std::string(); };
  doc.body.push_back(docs::heading1(msg::kSummaryOrganisation));
  doc.body.push_back(docs::bullet(msg::summary_units(f.progress.units, f.progress.plans_submitted)));
  doc.body.push_back(docs::bullet(msg::summary_registrations(f.progress.figures.registered, f.progress.figures.people,
                                                             percent(f.progress.registration_rate()))));
  doc.body.push_back(
      docs::bullet(msg::summary_targets(f.progress.figures.targets, percent(f.progress.average_progress()))));
  doc.body.push_back(docs::bullet(msg::summary_nominations(f.nominations, f.passed)));

  doc.body.push_back(docs::heading1(msg::kSummaryAwards));
  const ResultsSummary s = summarise_results(counts_of(results));
  if (s.individuals + s.collectives == 0) {
    doc.body.push_back(docs::paragraph(msg::kSummaryNoAwards));
  } else {
    doc.body.push_back(docs::paragraph(msg::summary_awards_total(msg::closing_count(s.collectives, s.individuals))));
    docs::Table t;
    t.columns = {{msg::kClosingColNo, 0.7, true},
                 {msg::kClosingColAward, 4.5},
                 {msg::kClosingColCollectives, 1.3, true},
                 {msg::kClosingColIndividuals, 1.3, true}};
    int n = 0;
    for (const auto& a : s.award_types) {
      t.rows.push_back({std::to_string(++n), msg::award_with_granter(a.award_name, a.granted_by),
                        std::to_string(a.collectives), std::to_string(a.individuals)});
    }
    t.rows.push_back({"", msg::kClosingTotalRow, std::to_string(s.collectives), std::to_string(s.individuals)});
    doc.body.push_back(docs::table(std::move(t)));
    doc.body.push_back(docs::paragraph(msg::kSummaryByUnit));

    docs::Attachment annex;
    annex.title_lines = {msg::kSummaryAnnexTitle, msg::kSummaryAnnexSubject};
    annex.reference = msg::summary_annex_reference(issued_number(issued, symbol),
                                                   issued_date(issued, today));
    docs::Table u;
    u.columns = {{msg::kClosingColNo, 0.7, true},
                 {msg::kClosingColUnit, 3.2},
                 {msg::kClosingColAward, 3.0},
                 {msg::kClosingColCollectives, 1.1, true},
                 {msg::kClosingColIndividuals, 1.1, true}};
    u.font_size = 12;
    int row = 0;
    for (const auto& unit : s.units) {
      for (const auto& a : unit.awards) {
        u.rows.push_back({std::to_string(++row), unit.unit_name, msg::award_with_granter(a.award_name, a.granted_by),
                          std::to_string(a.collectives), std::to_string(a.individuals)});
      }
    }
    u.rows.push_back({"", msg::kClosingTotalRow, "", std::to_string(s.collectives), std::to_string(s.individuals)});
    annex.body.push_back(docs::table(std::move(u)));
    doc.attachments.push_back(std::move(annex));
  }

  if (!results.decisions.empty()) {
    doc.body.push_back(docs::heading1(msg::kSummaryDecisions));
    for (const auto& dr : results.decisions) {
      const Counted counted = count(dr.awards);
      doc.body.push_back(docs::bullet(msg::summary_decision(deciding(dr.decision, true), dr.decision.award_name,
                                                            msg::closing_count(counted.collectives,
                                                                               counted.individuals))));
    }
  }
  doc.recipients = {msg::kClosingRecipientCouncil, msg::kRecipientsArchive};
  return doc;
}

}  // namespace thidua::app
