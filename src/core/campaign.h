// A campaign (đợt thi đua / phong trào thi đua) and its plan (kế hoạch) as
// data: everything the seed plan holds (domain.md §1), kept as issued
// (labels, wording, even the issuer's slips), plus the lifecycle states of
// domain.md §3. Value types and pure renderers only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/campaign_vote.h"
#include "core/org.h"
#include "core/person.h"

namespace thidua::core {

// Lifecycle (domain.md §3): draft → approved → published → running → closed
// → finalised. Transitions are checked by campaign_rules.h.
enum class CampaignState { kDraft, kApproved, kPublished, kRunning, kClosed, kFinalised };

std::string_view campaign_state_code(CampaignState s);   // "draft", "approved", ...
std::string_view campaign_state_label(CampaignState s);  // "Dự thảo", "Đã duyệt", ...
std::optional<CampaignState> parse_campaign_state(std::string_view code);
const std::vector<CampaignState>& all_campaign_states();  // in lifecycle order

// annual (thường xuyên, hằng năm), thematic (chuyên đề), special (đặc biệt).
enum class CampaignKind { kAnnual, kThematic, kSpecial };

std::string_view campaign_kind_code(CampaignKind k);   // "annual", "thematic", "special"
std::string_view campaign_kind_label(CampaignKind k);  // "Thường xuyên", "Chuyên đề", "Đặc biệt"
std::optional<CampaignKind> parse_campaign_kind(std::string_view code);

// A document the plan implements or cites: "Kế hoạch số 25/KH-STNMT ngày 18/4/2023".
struct CitedDocument {
  std::string number_symbol;  // "25/KH-STNMT"
  std::string date;           // ISO "2023-04-18"
  std::string issuer;         // "Giám đốc Sở"
  std::string title;          // the subject as cited
};

// An item of an ordered list with its label exactly as issued ("1.", "1.1.", "-").
struct NumberedItem {
  std::string label;
  std::string text;
};

// Who takes part (II.1 Đối tượng): the text as issued plus what it targets.
struct Participants {
  NumberedItem collectives;   // {"1.1.", "Tập thể: ..."}
  NumberedItem individuals;   // {"1.2.", "Cá nhân: ..."}
  std::vector<int64_t> target_unit_ids;  // subtrees whose units take part (empty: none named)
  std::vector<UnitKind> target_unit_kinds;
  std::vector<EmploymentCategory> employment_categories;
};

// The period (III.1) and the deadlines of each phase (ISO dates, optional).
struct CampaignPeriod {
  std::string text;        // as issued: "Từ ngày phát động đợt thi đua đến hết ngày 30/9/2023."
  std::string start_text;  // "Từ ngày phát động đợt thi đua" (the start is the launch)
  std::optional<std::string> start_date;  // ISO, when the plan names one
  std::string end_date;    // ISO "2023-09-30"
  std::optional<std::string> registration_deadline;
  std::optional<std::string> progress_deadline;
  std::optional<std::string> nomination_deadline;
  std::optional<std::string> review_deadline;
};

// The level of the authority that grants an award (cấp khen).
enum class AwardLevel { kAgency, kProvince, kMinistry, kNational };

std::string_view award_level_code(AwardLevel l);   // "agency", "province", "ministry", "national"
std::string_view award_level_label(AwardLevel l);  // "Cấp cơ quan", "Cấp tỉnh", "Cấp bộ", "Cấp nhà nước"
std::optional<AwardLevel> parse_award_level(std::string_view code);

// An award type of the campaign (III.2 Hình thức khen thưởng, legal.md §2).
struct AwardType {
  std::string code;        // stable ASCII: "GK-GD-SO"
  std::string name;        // "Giấy khen", "Bằng khen"
  std::string granted_by;  // "Giám đốc Sở", "Chủ tịch UBND tỉnh", "Bộ Tài nguyên và Môi trường"
  AwardLevel level = AwardLevel::kAgency;
  // True when the campaign's own authority decides it (Quyết định); false when
  // it is proposed upwards (Tờ trình).
  bool own_authority = true;
  std::string proposal_route;  // for upward awards: through whom the proposal goes, may be empty
  std::string text;            // the line as issued: "Giám đốc Sở tặng giấy khen"
  BallotRule ballot;           // the council's vote rule for nominations to it
  std::string legal_citation;  // the legal basis of the award type
  // The eligibility rule set that judges its nominees from their history
  // (app/award_rules.h: "BK-TINH"), "" when none: the nomination pages show
  // its verdict rule by rule (issue 11 #6).
  std::string eligibility_code;
  int64_t id = 0;              // stored id (0 until stored)
};

enum class CriterionSubject { kCollective, kIndividual };
std::string_view criterion_subject_code(CriterionSubject s);   // "collective", "individual"
std::string_view criterion_subject_label(CriterionSubject s);  // "Tập thể", "Cá nhân"
std::optional<CriterionSubject> parse_criterion_subject(std::string_view code);

// How a criterion is met: checked from the system's data or attested by the
// nominating unit (domain.md §1, IV).
enum class Verification { kData, kAttested };
std::string_view verification_code(Verification v);   // "data", "attested"
std::string_view verification_label(Verification v);  // "Kiểm tra từ dữ liệu", "Đơn vị xác nhận"
std::optional<Verification> parse_verification(std::string_view code);

// The facts the system can prove for a nominee.
enum class DataCheck {
  kUnitPlanSubmitted,     // the unit submitted its implementation plan
  kRegistrationApproved,  // targets registered and approved by the unit head
  kInitiativeRegistered,  // at least one initiative registered
  kSignatureTask,         // a signature task registered
};
std::string_view data_check_code(DataCheck c);   // "unit_plan_submitted", ...
std::string_view data_check_label(DataCheck c);  // "Có kế hoạch triển khai", ...
std::optional<DataCheck> parse_data_check(std::string_view code);

struct Criterion {
  CriterionSubject subject = CriterionSubject::kIndividual;
  std::string label;  // as issued, "-" in the seed
  std::string text;
  Verification verification = Verification::kAttested;
  std::vector<DataCheck> checks;  // non-empty only when verification is kData
  int64_t id = 0;                 // stored id (0 until stored)
};

// What a task of section V asks of a unit.
enum class TaskKind { kUnitPlan, kPublishOnWebsite, kReviewAndPropose, kMonitorAndReport, kOther };
std::string_view task_kind_code(TaskKind k);  // "unit_plan", "publish_on_website", ...
std::string_view task_kind_label(TaskKind k);  // "Xây dựng kế hoạch triển khai", ...
std::optional<TaskKind> parse_task_kind(std::string_view code);

// A task assigned to one unit or a group of units (V. Tổ chức thực hiện).
struct Assignment {
  std::string label;      // "1."
  std::string assignee;   // as named in the item: "Trung tâm Lưu trữ và Phát triển quỹ đất"
  std::string unit_code;  // the assigned unit's code when one unit is meant, else ""
  std::optional<int64_t> unit_id;  // filled when the unit is known
  TaskKind kind = TaskKind::kOther;
  std::string text;       // the whole item as issued (it starts with the assignee)
};

// Signature block (legal.md §5).
struct Signer {
  std::string authority;      // "GIÁM ĐỐC" or "KT. GIÁM ĐỐC"
  std::string position;       // "PHÓ GIÁM ĐỐC" when a deputy signs on behalf, else ""
  std::string name;           // "Bùi Quang Huy"
  std::optional<int64_t> person_id;
};

// Headings of the plan's body as issued (the seed's read "I. MỤC ĐÍCH YÊU CẦU:").
struct PlanHeadings {
  std::string purposes;             // "I. MỤC ĐÍCH YÊU CẦU:"
  std::string participants_and_contents;  // "II. ĐỐI TƯỢNG, NỘI DUNG"
  std::string participants;         // "1. Đối tượng"
  std::string contents;             // "2. Nội dung thi đua"
  std::string period_and_awards;    // "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG"
  std::string period;               // "1. Thời gian thi đua:" (the period text follows on its line)
  std::string awards;               // "2. Hình thức khen thưởng"
  std::string criteria;             // "IV. TIÊU CHÍ THI ĐUA"
  std::string criteria_intro;       // "1. Tiêu chí thi đua"
  std::string collective_criteria;  // "1.1. Đối với tập thể"
  std::string individual_criteria;  // "2. Đối với cá nhân"
  std::string implementation;       // "V. TỔ CHỨC THỰC HIỆN"
};

struct Campaign {
  int64_t id = 0;
  int64_t issuing_unit_id = 0;
  // The header's two agency lines (Decree 30/2020: tên cơ quan chủ quản, tên
  // cơ quan ban hành) as they stand on the document: names change, a document
  // keeps the one it was issued under. "UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG".
  std::string governing_body;
  std::string issuing_body;
  std::string document_type;          // "KẾ HOẠCH"
  std::string doc_symbol;             // "KH-STNMT"
  std::optional<int> number;          // empty until published (a draft has none)
  std::string place;                  // "Bắc Giang"
  std::optional<std::string> issue_date;  // ISO, empty until issued
  std::string date_text;              // as written: "ngày   tháng 6 năm 2023"
  std::string title;                  // the summary line
  CampaignKind kind = CampaignKind::kThematic;
  std::vector<CitedDocument> implements;
  std::string basis;                  // the opening paragraph ("Thực hiện ...")
  PlanHeadings headings;
  std::vector<NumberedItem> purposes;
  Participants participants;
  std::vector<NumberedItem> contents;  // labels exactly as issued (the seed skips 4)
  CampaignPeriod period;
  std::string award_intro;             // the lead line before the award types
  std::vector<AwardType> award_types;
  std::string award_note;              // the italic sentence, without its parentheses
  std::vector<Criterion> criteria;     // collectives first, then individuals
  std::vector<Assignment> assignments;
  std::vector<std::string> recipients;  // lines as issued, without the leading "- "
  Signer signer;
  CampaignState state = CampaignState::kDraft;
};

// A new plan before anything is written in it: a draft of type "KẾ HOẠCH"
// with the standard section headings (I–V), no items, award types or dates.
Campaign blank_plan();

// "Số: /KH-STNMT" while unnumbered; "Số: 05/KH-STNMT" once numbered (numbers
// below 10 take a leading zero, legal.md §5).
std::string number_line(const Campaign& c);

// "Bắc Giang, ngày   tháng 6 năm 2023": the place and the date text.
std::string place_date_line(const Campaign& c);

// The date text of an ISO date as Decree 30/2020 writes it: "ngày 05 tháng 02
// năm 2023" (day below 10 and months 1–2 with a leading zero). "" when `iso`
// is not a calendar date.
std::string vietnamese_date_text(std::string_view iso);

// The plan's body as plain lines in order: the basis paragraph, then sections
// I–V, each heading on its own line and each item as "label text" (award
// types, criteria as "- text"; the award note in parentheses). Empty headings
// and empty items are left out (an item with a label but no text gives its
// label alone). Header, signature block and recipients are not part of the body.
std::vector<std::string> campaign_body_lines(const Campaign& c);

// The criteria for one kind of subject, in order.
std::vector<Criterion> criteria_for(const Campaign& c, CriterionSubject subject);

// A campaign as lists show it.
struct CampaignSummary {
  int64_t id = 0;
  int64_t issuing_unit_id = 0;
  std::string issuing_unit_name;       // as it is named today
  std::string issuing_unit_name_then;  // on the plan's issue date, when that differs ("" otherwise)
  std::string issuing_unit_path;
  CampaignState state = CampaignState::kDraft;
  CampaignKind kind = CampaignKind::kThematic;
  std::string doc_symbol;
  std::optional<int> number;
  std::optional<std::string> issue_date;
  std::string title;
  std::optional<std::string> period_start;
  std::string period_end;
  int64_t version = 1;
};

// One step of a campaign's state history.
struct CampaignEvent {
  std::optional<CampaignState> from;
  CampaignState to = CampaignState::kDraft;
  std::string at;
  std::string actor_name;
  std::string note;
};

// A unit taking part in a campaign.
struct ParticipatingUnit {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string path;
};

}  // namespace thidua::core
