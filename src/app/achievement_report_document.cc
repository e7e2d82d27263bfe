#include "app/achievement_report_document.h"

#include <algorithm>
#include <array>

#include "core/campaign.h"
#include "core/document_phrases.h"
#include "core/letter_case.h"
#include "core/messages_vi/achievement_reports.h"
#include "core/messages_vi/documents.h"
#include "core/names.h"
#include "core/org.h"
#include "core/unit_work.h"

namespace thidua::app {
namespace msg = core::messages_vi;

namespace {

// "Họ và tên: " followed by the value, or by the line to complete.
docs::Block field(const char* label, const std::string& value) {
  return docs::bullet(std::string(label) + (value.empty() ? msg::kReportFillField : value));
}

docs::Block fill() { return docs::paragraph(msg::kReportFill); }

// A numbered sub-heading: "1. Quyền hạn, …".
docs::Block subheading(int n, const std::string& text) { return docs::heading2(std::to_string(n) + ". " + text); }

std::string decision_cell(const std::string& number, const std::string& iso_date, const std::string& by) {
  return msg::report_decision_cell(number, iso_date.empty() ? std::string() : core::display_date(iso_date), by);
}

void general_information(const AchievementReportData& d, std::vector<docs::Block>& body) {
  if (d.person) {
    const core::Person& p = *d.person;
    body.push_back(docs::heading1(msg::kReportGeneralIndividual));
    body.push_back(field(msg::kReportFullName, p.full_name));
    body.push_back(field(msg::kReportBirthDate, p.birth_date.empty() ? "" : core::display_date(p.birth_date)));
    body.push_back(field(msg::kReportGender, std::string(core::gender_label(p.gender))));
    body.push_back(field(msg::kReportHometown, ""));
    body.push_back(field(msg::kReportResidence, ""));
    body.push_back(field(msg::kReportWorkplace, d.unit_name));
    body.push_back(field(msg::kReportPosition, p.position));
    body.push_back(field(msg::kReportRank, p.title));
    body.push_back(field(msg::kReportQualification, ""));
    body.push_back(field(msg::kReportHonours, ""));
    return;
  }
  body.push_back(docs::heading1(msg::kReportGeneralCollective));
  body.push_back(field(msg::kReportUnitName, d.unit_name));
  body.push_back(field(msg::kReportUnitParent, d.parent_name));
  body.push_back(field(msg::kReportUnitAddress, ""));
  body.push_back(field(msg::kReportUnitStaff, ""));
  body.push_back(field(msg::kReportUnitDuties, ""));
  body.push_back(field(msg::kReportUnitOrganisations, ""));
}

// The registration's targets and results, its signature task and initiatives.
void registered_work(const AchievementReportData& d, std::vector<docs::Block>& body) {
  if (!d.registration) {
    body.push_back(docs::note(msg::kReportNoRegistration));
    return;
  }
  if (!d.targets.empty()) {
    docs::Table t;
    t.columns = {{msg::kReportTargetNo, 0.5, true}, {msg::kReportTargetText, 3.2}, {msg::kReportTargetResult, 2.3}};
    int n = 0;
    for (const auto& target : d.targets) {
      std::string result =
          msg::report_target_status(core::progress_status_label(target.progress_status), target.progress_percent);
      if (!target.progress_note.empty()) result += ". " + target.progress_note;
      t.rows.push_back({std::to_string(++n), target.text, result});
    }
    body.push_back(docs::table(std::move(t)));
  }
  if (!d.registration->signature_task.empty()) {
    body.push_back(docs::bullet(msg::report_signature_task(d.registration->signature_task)));
  }
  for (const auto& i : d.registration->initiatives) {
    body.push_back(docs::bullet(msg::report_registered_initiative(i.title)));
  }
}

void recognised_initiatives(const AchievementReportData& d, std::vector<docs::Block>& body) {
  if (d.initiatives.empty()) {
    body.push_back(docs::paragraph(msg::kReportNoInitiatives));
    return;
  }
  std::vector<const core::RecognisedInitiative*> sorted;
  for (const auto& i : d.initiatives) sorted.push_back(&i);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->year > b->year; });
  docs::Table t;
  t.columns = {{msg::kReportInitiativeYear, 0.7, true},
               {msg::kReportInitiativeTitle, 2.6},
               {msg::kReportInitiativeScope, 1.2},
               {msg::kReportInitiativeDecision, 2.2}};
  for (const auto* i : sorted) {
    t.rows.push_back({std::to_string(i->year), i->title, std::string(core::initiative_scope_label(i->scope)),
                      decision_cell(i->decision_number, i->decision_date, i->authority)});
  }
  body.push_back(docs::table(std::move(t)));
}

// Titles or forms, newest first; "Chưa có." when none.
void awards_table(const std::vector<const core::AwardRecord*>& awards, const char* what, const char* decision,
                  std::vector<docs::Block>& body) {
  if (awards.empty()) {
    body.push_back(docs::paragraph(msg::kReportNoAwards));
    return;
  }
  docs::Table t;
  t.columns = {{msg::kReportAwardYear, 0.7, true}, {what, 2.3}, {decision, 3.2}};
  for (const auto* a : awards) {
    std::string name = a->award_name;
    if (!a->granted_by.empty()) name = msg::award_with_granter(a->award_name, a->granted_by);
    t.rows.push_back({std::to_string(a->year), name,
                      decision_cell(a->decision_number_symbol, a->decision_date, a->granted_by)});
  }
  body.push_back(docs::table(std::move(t)));
}

}  // namespace

bool is_emulation_title(const std::string& award_name) {
  // The emulation titles of Law 06/2022/QH15 (art. 23–29). State honorary
  // titles (Anh hùng Lao động, Nhà giáo nhân dân …) are forms of award.
  static constexpr std::array<const char*, 7> kTitles = {
      "lao dong tien tien", "chien si thi dua", "chien si tien tien", "tap the lao dong", "co thi dua",
      "don vi quyet thang", "don vi tien tien"};
  std::string folded = core::fold(award_name);
  if (folded.rfind("danh hieu ", 0) == 0) folded.erase(0, 10);  // "Danh hiệu Lao động tiên tiến"
  return std::any_of(kTitles.begin(), kTitles.end(),
                     [&](const char* t) { return folded.rfind(t, 0) == 0; });
}

docs::AdministrativeDocument achievement_report_document(const AchievementReportData& d) {
  docs::AdministrativeDocument doc;
  const bool individual = d.person.has_value();
  // A person's report has only the national title; a collective's names its
  // parent (or the governing body) and itself.
  if (!individual) {
    doc.governing_body = core::upper_case(d.parent_name.empty() ? d.governing_body : d.parent_name);
    doc.issuing_body = core::upper_case(d.unit_name);
  }
  doc.place_date_line = msg::undated_place_date(d.place, std::to_string(d.year));
  doc.doc_type = msg::kReportDocType;
  // A title is given by name ("danh hiệu Chiến sĩ thi đua cơ sở"), a form with its authority.
  doc.summary = is_emulation_title(d.award_name) ? msg::report_summary_title(d.award_name) : msg::report_summary(d.award);
  const std::string subject = individual ? d.person->full_name : d.unit_name;
  doc.title = std::string(msg::kReportDocType) + " - " + subject;
  if (d.form == AchievementForm::kCampaign) {
    doc.body.push_back(docs::centered({docs::TextRun{msg::report_campaign_line(d.campaign_title), false, true}}));
  }

  general_information(d, doc.body);

  doc.body.push_back(docs::heading1(msg::kReportAchievements));
  int n = 0;
  if (d.form != AchievementForm::kCampaign) {
    doc.body.push_back(subheading(++n, individual ? msg::kReportDuties : msg::kReportDutiesCollective));
    doc.body.push_back(fill());
  }
  doc.body.push_back(subheading(++n, d.form == AchievementForm::kCampaign
                                         ? msg::report_targets_heading(core::campaign_in_sentence(d.campaign_title))
                                         : std::string(msg::kReportTargetsHeadingAnnual)));
  registered_work(d, doc.body);
  doc.body.push_back(subheading(++n, msg::kReportMeasures));
  doc.body.push_back(fill());
  if (individual) {
    doc.body.push_back(subheading(++n, msg::kReportInitiatives));
    recognised_initiatives(d, doc.body);
  }

  std::vector<const core::AwardRecord*> titles, forms;
  for (const auto& a : d.awards) (is_emulation_title(a.award_name) ? titles : forms).push_back(&a);
  auto newest_first = [](const core::AwardRecord* a, const core::AwardRecord* b) {
    if (a->year != b->year) return a->year > b->year;
    return a->decision_date > b->decision_date;
  };
  std::stable_sort(titles.begin(), titles.end(), newest_first);
  std::stable_sort(forms.begin(), forms.end(), newest_first);
  doc.body.push_back(docs::heading1(msg::kReportAwards));
  doc.body.push_back(subheading(1, msg::kReportTitles));
  awards_table(titles, msg::kReportTitles, msg::kReportTitleDecision, doc.body);
  doc.body.push_back(subheading(2, msg::kReportForms));
  awards_table(forms, msg::kReportForms, msg::kReportFormDecision, doc.body);

  if (individual) {
    doc.signature = {{msg::kReportSignerIndividual}, d.person->full_name, msg::kReportSignerIndividualNote};
    doc.countersignature = {{msg::kReportConfirmHead}, "", msg::kReportSealNote};
  } else {
    doc.signature = {{msg::kReportSignerCollective}, "", msg::kReportSealNote};
    doc.countersignature = {{msg::kReportConfirmLevel}, "", msg::kReportSealNote};
  }
  return doc;
}

}  // namespace thidua::app
