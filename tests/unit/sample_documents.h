// The documents an office receives, built from the seed plan without a
// database, for the tests that read thidua's PDF and DOCX back
// (office_fidelity_test.cc, document_fidelity_test.cc): the plan, a decision
// and a proposal with their lists (a collective among individuals), the
// council's minutes.
#pragma once

#include <map>
#include <string>
#include <vector>

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
  return {{"ke-hoach", plan_document(plan)},
          {"quyet-dinh", decision_document(plan, d, list)},
          {"to-trinh", decision_document(plan, p, list)},
          {"bien-ban", minutes_document(plan, v)}};
}

}  // namespace thidua::app::samples
