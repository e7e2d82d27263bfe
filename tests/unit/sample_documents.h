// The documents an office receives, built from the seed plan without a
// database, for the tests that read thidua's PDF and DOCX back
// (office_fidelity_test.cc, document_fidelity_test.cc): the plan, a decision
// and a proposal with their lists (a collective among individuals), the
// council's minutes, the three achievement reports (an individual's and a
// collective's for the annual review, a person's for a campaign), and the
// closing documents as issued (the results notice, the summary report).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/achievement_report_document.h"
#include "app/closing_documents.h"
#include "app/council.h"
#include "app/decision_document.h"
#include "app/minutes_document.h"
#include "app/plan_document.h"
#include "app/seed_campaign.h"
#include "docs/document.h"

namespace thidua::app::samples {

inline core::NomineeRow nominee(std::string subject, std::string name, std::string position, std::string unit) {
  core::NomineeRow n;
  n.subject = std::move(subject);
  n.name = std::move(name);
  n.position = std::move(position);
  n.unit_name = std::move(unit);
  n.report = "Hoàn thành xuất sắc nhiệm vụ; chủ trì số hóa hồ sơ địa chính của huyện.";
  return n;
}

inline core::Attendance seat(int64_t id, const std::string& name, core::CouncilRole role, bool present) {
  core::Attendance a;
  a.member.id = id;
  a.member.full_name = name;
  a.member.position = "Phó Giám đốc Sở";
  a.member.role = role;
  a.member.active = true;
  a.present = present;
  return a;
}

inline core::AwardRecord award_of(int year, std::string name, std::string by, std::string number, std::string date) {
  core::AwardRecord a;
  a.year = year;
  a.award_name = std::move(name);
  a.granted_by = std::move(by);
  a.decision_number_symbol = std::move(number);
  a.decision_date = std::move(date);
  return a;
}

// The reports: a person with an approved registration (two targets, one
// done), a recognised initiative and three awards (two titles, one form); a
// collective with one award and no registration.
inline std::map<std::string, docs::AdministrativeDocument> achievement_reports() {
  AchievementReportData person;
  person.form = AchievementForm::kIndividual;
  person.place = "Bắc Giang";
  person.year = 2023;
  person.award_name = "Chiến sĩ thi đua cơ sở";
  person.award = "Chiến sĩ thi đua cơ sở của Giám đốc Sở";
  person.campaign_title = "Bình xét thi đua năm 2023";
  core::Person p;
  p.id = 1;
  p.full_name = "Hoàng Thị Thanh Tâm";
  p.gender = core::Gender::kFemale;
  p.birth_date = "1985-03-07";
  p.position = "Phó Trưởng phòng";
  p.title = "Chuyên viên chính";
  person.person = p;
  person.unit_name = "Phòng Quản lý đất đai";
  core::Registration r;
  r.id = 4;
  r.state = core::RegistrationState::kApproved;
  r.signature_task = "Số hóa hồ sơ địa chính của ba huyện";
  core::Initiative ri;
  ri.title = "Quy trình kiểm tra hồ sơ đất đai trực tuyến";
  r.initiatives = {ri};
  person.registration = r;
  core::TargetInfo t1;
  t1.text = "Giải quyết đúng hạn 100% hồ sơ được giao";
  t1.progress_status = core::ProgressStatus::kDone;
  t1.progress_percent = 100;
  t1.progress_note = "Đã giải quyết 412 hồ sơ, không hồ sơ nào quá hạn";
  core::TargetInfo t2;
  t2.text = "Hoàn thành số hóa hồ sơ địa chính huyện Lục Nam";
  t2.progress_status = core::ProgressStatus::kInProgress;
  t2.progress_percent = 80;
  person.targets = {t1, t2};
  core::RecognisedInitiative i;
  i.title = "Phần mềm theo dõi hồ sơ đất đai";
  i.year = 2022;
  i.decision_number = "15/QĐ-STNMT";
  i.decision_date = "2022-12-20";
  i.authority = "Giám đốc Sở Tài nguyên và Môi trường";
  person.initiatives = {i};
  person.awards = {award_of(2021, "Lao động tiên tiến", "Giám đốc Sở", "20/QĐ-STNMT", "2021-12-28"),
                   award_of(2022, "Giấy khen", "Giám đốc Sở", "31/QĐ-STNMT", "2022-12-29"),
                   award_of(2022, "Lao động tiên tiến", "Giám đốc Sở", "30/QĐ-STNMT", "2022-12-28")};

  AchievementReportData unit;
  unit.form = AchievementForm::kCollective;
  unit.place = "Bắc Giang";
  unit.year = 2023;
  unit.award_name = "Tập thể lao động xuất sắc";
  unit.award = "Tập thể lao động xuất sắc của Giám đốc Sở";
  unit.campaign_title = "Bình xét thi đua năm 2023";
  unit.unit_name = "Văn phòng Đăng ký đất đai";
  unit.parent_name = "Sở Tài nguyên và Môi trường";
  unit.awards = {award_of(2022, "Tập thể lao động tiên tiến", "Giám đốc Sở", "30/QĐ-STNMT", "2022-12-28")};

  AchievementReportData campaign = person;
  campaign.form = AchievementForm::kCampaign;
  campaign.award_name = "Giấy khen";
  campaign.award = "Giấy khen của Giám đốc Sở";
  campaign.campaign_title = "Phát động đợt thi đua đặc biệt chào mừng kỷ niệm 20 năm ngày thành lập ngành";
  return {{"bao-cao-ca-nhan", achievement_report_document(person)},
          {"bao-cao-tap-the", achievement_report_document(unit)},
          {"bao-cao-dot", achievement_report_document(campaign)}};
}

inline std::map<std::string, docs::AdministrativeDocument> documents() {
  core::Campaign plan = seed_campaign({{"STNMT", 1}});
  for (size_t i = 0; i < plan.award_types.size(); ++i) plan.award_types[i].id = static_cast<int64_t>(i) + 1;
  plan.number = 7;
  plan.issue_date = "2023-06-12";
  const std::vector<core::NomineeRow> list = {
      nominee("individual", "Nguyễn Văn An", "Chuyên viên", "Phòng Tài nguyên và Môi trường huyện Lục Nam"),
      nominee("collective", "Văn phòng Đăng ký đất đai", "", "Văn phòng Đăng ký đất đai"),
      nominee("individual", "Hoàng Thị Thanh Tâm", "Phó Trưởng phòng", "Phòng Quản lý đất đai")};
  core::DecisionRecord d;
  d.kind = core::DecisionKind::kDecision;
  d.doc_symbol = "QĐ-STNMT";
  d.award_type_id = 1;
  d.title = "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc";
  d.award_name = "Giấy khen";
  d.award_granted_by = "Giám đốc Sở";
  d.signer_authority = "GIÁM ĐỐC";
  d.signer_name = "Bùi Quang Huy";
  d.drafted_at = "2023-11-01T02:00:00Z";
  d.number = 5;
  d.issue_date = "2023-11-10";
  core::DecisionRecord p = d;
  p.kind = core::DecisionKind::kProposal;
  p.doc_symbol = "TTr-STNMT";
  p.award_type_id = 2;
  p.award_name = "Bằng khen";
  p.award_granted_by = "Chủ tịch UBND tỉnh";
  p.title = "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh";
  SessionView v;
  v.session.council_name = "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường";
  v.session.held_on = "2023-10-05";
  v.session.place = "Phòng họp tầng 3, Sở Tài nguyên và Môi trường";
  v.session.state = core::SessionState::kClosed;
  v.session.members_total = 3;
  v.session.minutes_number = 3;
  v.attendance = {seat(1, "Bùi Quang Huy", core::CouncilRole::kChair, true),
                  seat(2, "Phạm Thị Thu Hằng", core::CouncilRole::kSecretary, true),
                  seat(3, "Giáp Văn Tuấn", core::CouncilRole::kMember, false)};
  core::SessionItem it;
  it.id = it.ord = 1;
  it.nominee_name = "Nguyễn Văn An";
  it.nominating_unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
  it.award_name = "Giấy khen";
  it.award_granted_by = "Giám đốc Sở";
  it.agree = 2;
  it.disagree = 0;
  it.invalid = 0;
  it.required_agree = 2;
  it.passed = true;
  v.items = {it};
  // The decision approved, with its awards, and the campaign finalised.
  CampaignResults results;
  results.campaign.id = 1;
  results.campaign.title = plan.title;
  d.approved_at = "2023-11-10T02:00:00Z";
  DecisionResult dr;
  dr.decision = d;
  for (const auto& n : list) {
    core::AwardRecord a;
    a.subject = n.subject;
    a.recipient_name = n.name;
    a.unit_name = n.unit_name;
    a.award_name = d.award_name;
    a.granted_by = d.award_granted_by;
    dr.awards.push_back(a);
  }
  results.decisions = {dr};
  results.counts = {core::AwardCount{"Phòng Tài nguyên và Môi trường huyện Lục Nam", "Giấy khen", "Giám đốc Sở", 1, 0, "/1/5/"},
                    core::AwardCount{"Văn phòng Đăng ký đất đai", "Giấy khen", "Giám đốc Sở", 0, 1, "/1/3/"},
                    core::AwardCount{"Phòng Quản lý đất đai", "Giấy khen", "Giám đốc Sở", 1, 0, "/1/4/"}};
  ClosingFigures figures;
  figures.progress.units = 32;
  figures.progress.plans_submitted = 30;
  figures.progress.figures.people = 520;
  figures.progress.figures.registered = 410;
  figures.progress.figures.targets = 1230;
  figures.progress.figures.percent_sum = 1230 * 86;
  figures.nominations = 5;
  figures.passed = 3;
  core::CampaignReport notice;
  notice.kind = core::CampaignReportKind::kResults;
  notice.doc_symbol = "TB-STNMT";
  notice.number = 2;
  notice.issue_date = "2023-12-15";
  core::CampaignReport report = notice;
  report.kind = core::CampaignReportKind::kSummary;
  report.doc_symbol = "BC-STNMT";
  report.number = 9;
  const std::string agency = "Sở Tài nguyên và Môi trường";

  std::map<std::string, docs::AdministrativeDocument> out = achievement_reports();
  out.emplace("thong-bao", results_notice(plan, agency, "STNMT", results, notice, "2023-12-15"));
  out.emplace("bao-cao-tong-ket", summary_report(plan, agency, "STNMT", results, figures, report, "2023-12-15"));
  out.emplace("ke-hoach", plan_document(plan));
  out.emplace("quyet-dinh", decision_document(plan, d, list));
  out.emplace("to-trinh", decision_document(plan, p, list));
  out.emplace("bien-ban", minutes_document(plan, v));
  return out;
}

}  // namespace thidua::app::samples
