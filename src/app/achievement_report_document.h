// An achievement report (báo cáo thành tích) pre-filled from what thidua
// holds, in the layout of the templates annexed to Decree 98/2023/NĐ-CP, as
// an administrative document for docs::write_docx (the unit edits it in Word
// or LibreOffice, has it signed, and uploads it with the nomination). Pure.
//
// Three forms: an individual's and a collective's report (the annual review:
// their tasks, results and the awards they have received), and the report for
// an award of a campaign (theo đợt, chuyên đề), for an individual or a
// collective, whose achievements are the campaign's targets and results.
// Every form has:
//   I.   general information: the person (name, birth date, gender, unit,
//        position, rank) or the unit (name, parent); what thidua does not
//        hold (hometown, address, qualification) is a line to complete;
//   II.  achievements: the approved registration's targets with their
//        progress and latest note, its signature task and initiatives; the
//        measures taken (to complete); a person's recognised initiatives;
//   III. awards received: emulation titles, then other forms, newest first,
//        each with its deciding document;
// then the signatures: the reporter (a person, named) or the unit head on
// the right, and the confirmation on the left (the unit head for a person,
// the level proposing the award for a collective), with their notes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/award.h"
#include "core/initiative.h"
#include "core/person.h"
#include "core/progress_report.h"
#include "core/registration.h"
#include "docs/document.h"

namespace thidua::app {

enum class AchievementForm { kIndividual, kCollective, kCampaign };

struct AchievementReportData {
  AchievementForm form = AchievementForm::kIndividual;
  std::string place;           // "Bắc Giang": the place/date line, left undated
  int year = 0;                // the year on the place/date line
  std::string award_name;      // "Giấy khen", "Chiến sĩ thi đua cơ sở"
  std::string award;           // with its authority: "Giấy khen của Giám đốc Sở"
  std::string campaign_title;  // as stored ("Phát động đợt thi đua …")
  // The nominee: a person (with their current unit), or a unit and its parent
  // ("" for a root, then `governing_body` heads the report).
  std::optional<core::Person> person;
  std::string unit_name;
  std::string parent_name;
  std::string governing_body;
  // The nominee's registration in the campaign, when one was approved, with
  // its targets as progress reporting left them.
  std::optional<core::Registration> registration;
  std::vector<core::TargetInfo> targets;
  std::vector<core::RecognisedInitiative> initiatives;  // a person's, any order
  std::vector<core::AwardRecord> awards;                 // any order
};

// True for the names of emulation titles (danh hiệu thi đua: Lao động tiên
// tiến, Chiến sĩ thi đua …, Tập thể lao động …, Cờ thi đua …, with or without
// a leading "Danh hiệu"), compared regardless of case and diacritics; other
// names are forms of award (Giấy khen, Bằng khen, Huân chương, and the State
// honorary titles such as Anh hùng Lao động or Nhà giáo nhân dân).
bool is_emulation_title(const std::string& award_name);

docs::AdministrativeDocument achievement_report_document(const AchievementReportData& data);

}  // namespace thidua::app
