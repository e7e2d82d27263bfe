// The Vietnamese message catalogue: eligibility from history (UTF-8, NFC):
// what each rule asks, the records it used and what is wanting
// (core/eligibility.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>
#include <cstdint>

namespace thidua::core::messages_vi {

// "năm 2025" or "các năm 2024–2025".
inline std::string years_span(int first, int last) {
  if (first == last) return "năm " + std::to_string(last);
  return "các năm " + std::to_string(first) + "–" + std::to_string(last);
}

// A decision as a record names it: "12/QĐ-STNMT ngày 20/12/2023" ("" parts
// left out).
inline std::string decision_reference(std::string_view number, std::string_view date) {
  if (date.empty()) return std::string(number);
  return std::string(number) + " ngày " + std::string(date);
}

// A label as it reads inside a sentence: its first letter in lower case
// ("Nghỉ thai sản" -> "nghỉ thai sản", "Đi học" -> "đi học").
inline std::string in_sentence(std::string_view label) {
  std::string out(label);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  else if (out.size() >= 2 && out.compare(0, 2, "\xC4\x90") == 0) out[1] = '\x91';  // Đ -> đ
  return out;
}

// The rules' edits (app/award_rule_edits.h).
inline std::string rule_set_not_json() { return "Bộ điều kiện không phải là JSON hợp lệ."; }
inline std::string rule_set_invalid(std::string_view reason) {
  std::string r(reason);
  if (!r.empty() && r.back() == '.') r.pop_back();
  return "Bộ điều kiện không hợp lệ: " + r + ".";
}
inline std::string rule_set_stored_invalid(std::string_view code, std::string_view from) {
  return "Bộ điều kiện đã sửa " + std::string(code) + " (hiệu lực từ " + std::string(from) +
         ") không đọc được; hãy sửa lại trong trang Quy tắc xét khen thưởng.";
}
inline constexpr const char* kRuleSetShipped = "Mặc định";
inline constexpr const char* kRuleSetEdited = "Đã sửa";
inline constexpr const char* kRuleSetAdded = "Bổ sung";
inline constexpr const char* kRuleSetWithdrawn = "Đã bỏ";
inline constexpr const char* kActEditAwardRules = "sửa quy tắc xét khen thưởng";
inline constexpr const char* kWhatRuleSet = "bộ điều kiện";
inline constexpr const char* kWhatRuleSetEdit = "bản sửa của bộ điều kiện";
inline std::string rule_set_quota_of_unknown(std::string_view of) {
  return "Tỷ lệ khống chế tính trên danh hiệu mã " + std::string(of) +
         ", nhưng không có bộ điều kiện nào (đang dùng) mang mã này, hoặc bộ đó xét cho đối tượng khác.";
}
inline std::string rule_set_subject_differs(std::string_view code) {
  return "Các bộ điều kiện mã " + std::string(code) +
         " khác xét cho đối tượng khác (cá nhân hay tập thể); một mã chỉ xét một loại đối tượng.";
}
inline constexpr const char* kRuleSubjectIndividual = "Cá nhân";
// An earlier award and the interval since it (RuleKind::kSinceAward).
inline std::string rule_since_award(std::string_view award, int years, std::string_view rating, std::string_view span) {
  return "Đã được tặng “" + std::string(award) + "”, và sau năm thành tích ghi trong quyết định đó, " +
         std::to_string(years) + " năm liên tục xếp loại từ “" + std::string(rating) + "” trở lên (" +
         std::string(span) + ").";
}
inline std::string fact_award(int year, std::string_view award, std::string_view decision) {
  return "Thành tích năm " + std::to_string(year) + ": " + std::string(award) +
         (decision.empty() ? std::string() : " (" + std::string(decision) + ")") + ".";
}
inline std::string wanting_award_none(std::string_view award) {
  return "Sổ khen thưởng chưa ghi “" + std::string(award) + "” của đối tượng này.";
}
inline std::string wanting_award_recent(std::string_view award, int year, std::string_view decision, int years,
                                        int from) {
  return "Đã có “" + std::string(award) + "” cho thành tích năm " + std::to_string(year) +
         (decision.empty() ? std::string() : " (" + std::string(decision) + ")") + ": chưa đủ " +
         std::to_string(years) + " năm kể từ năm thành tích đó (xét được từ năm " + std::to_string(from) + ").";
}
// A rule set's quota in words (core/quota.h).
inline std::string rule_quota_text(int share, std::string_view of, std::string_view of_name) {
  if (of_name.empty()) {
    return "Tỷ lệ: không quá " + std::to_string(share) + "% số đề nghị danh hiệu mã " + std::string(of) +
           " trong cùng đợt bình xét.";
  }
  return "Tỷ lệ: không quá " + std::to_string(share) + "% số đề nghị danh hiệu “" + std::string(of_name) + "” (mã " +
         std::string(of) + ") trong cùng đợt bình xét.";
}
inline constexpr const char* kRuleSubjectCollective = "Tập thể";
inline constexpr const char* kPageRulesTitle = "Quy tắc xét khen thưởng";
inline std::string page_rule_set_title(std::string_view name, std::string_view from) {
  return "Bộ điều kiện " + std::string(name) + " từ " + std::string(from);
}
inline std::string rule_set_exists(std::string_view code, std::string_view from) {
  return "Đã có bộ điều kiện " + std::string(code) + " áp dụng từ " + std::string(from) +
         "; hãy mở bộ đó để sửa, hoặc chọn ngày áp dụng khác.";
}
inline constexpr const char* kRuleSetEditedMeanwhile =
    "Bộ điều kiện vừa được người khác sửa. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.";

// Verdicts.
inline constexpr const char* kVerdictMet = "Đủ điều kiện";
inline constexpr const char* kVerdictNotMet = "Chưa đủ điều kiện";
inline constexpr const char* kVerdictMissing = "Thiếu dữ liệu để kết luận";
inline constexpr const char* kRuleToConfirm = "cần đối chiếu văn bản gốc";
inline std::string page_person_ratings_title(std::string_view person) {
  return "Xếp loại hằng năm — " + std::string(person);
}
inline std::string page_unit_ratings_title(std::string_view unit) {
  return "Xếp loại hằng năm: " + std::string(unit);
}
inline std::string page_eligibility_title(std::string_view name, int year) {
  return "Điều kiện khen thưởng năm " + std::to_string(year) + ": " + std::string(name);
}

// Ratings.
inline std::string rule_rating_at_least(std::string_view rating, int years, std::string_view span) {
  return "Xếp loại từ “" + std::string(rating) + "” trở lên" +
         (years > 1 ? " " + std::to_string(years) + " năm liên tục" : std::string()) + " (" + std::string(span) + ").";
}
inline std::string fact_rating(int year, std::string_view rating, std::string_view rated_on) {
  std::string out = std::to_string(year) + ": " + std::string(rating);
  if (!rated_on.empty()) out += " (xếp loại ngày " + std::string(rated_on) + ")";
  return out + ".";
}
inline std::string wanting_rating(int year) { return std::to_string(year) + ": chưa có kết quả xếp loại."; }
inline std::string wanting_rating_low(int year, std::string_view rating) {
  return std::to_string(year) + ": " + std::string(rating) + ", thấp hơn mức yêu cầu.";
}

// Titles.
inline std::string rule_title_streak(std::string_view title, int years, std::string_view span) {
  return "Danh hiệu “" + std::string(title) + "”" +
         (years > 1 ? " " + std::to_string(years) + " năm liên tục" : std::string()) + " (" + std::string(span) + ").";
}
inline std::string fact_title(int year, std::string_view title, std::string_view decision) {
  return std::to_string(year) + ": " + std::string(title) +
         (decision.empty() ? std::string() : " (" + std::string(decision) + ")") + ".";
}
inline std::string wanting_title_unknown(int year) {
  return std::to_string(year) + ": sổ khen thưởng chưa ghi danh hiệu năm này.";
}
inline std::string wanting_title_none(int year) {
  return std::to_string(year) + ": không có danh hiệu thi đua (sổ khen thưởng năm này đã nhập đủ).";
}
inline std::string wanting_title_other(int year, std::string_view titles) {
  return std::to_string(year) + ": danh hiệu của năm là " + std::string(titles) + ".";
}

// Initiatives.
inline std::string rule_initiatives(int count, std::string_view scope, std::string_view span) {
  return "Có ít nhất " + std::to_string(count) + " sáng kiến, đề tài được công nhận, phạm vi ảnh hưởng từ " +
         std::string(scope) + " trở lên (" + std::string(span) + ").";
}
inline std::string fact_initiative(int year, std::string_view kind, std::string_view title, std::string_view decision) {
  return std::to_string(year) + ": " + std::string(kind) + " “" + std::string(title) + "”" +
         (decision.empty() ? std::string() : " công nhận tại " + std::string(decision)) + ".";
}
inline std::string wanting_initiatives(int have, int need) {
  return "Có " + std::to_string(have) + " sáng kiến, đề tài đạt phạm vi yêu cầu, cần " + std::to_string(need) + ".";
}
inline std::string wanting_initiative_years(std::string_view years) {
  return "Sáng kiến của năm " + std::string(years) + " chưa được xác nhận đã nhập đủ.";
}

// Discipline.
inline std::string rule_no_discipline(std::string_view from_measure, std::string_view span) {
  return "Không bị kỷ luật từ mức " + std::string(from_measure) + " trở lên (" + std::string(span) + ").";
}
inline std::string fact_no_discipline(std::string_view span) {
  return "Không bị kỷ luật trong " + std::string(span) + " (sổ kỷ luật đã nhập đủ).";
}
inline std::string wanting_discipline(int first, int last, std::string_view measure, std::string_view decision) {
  return (first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last)) + ": bị kỷ luật " +
         in_sentence(measure) + (decision.empty() ? std::string() : " (" + std::string(decision) + ")") + ".";
}
inline std::string wanting_discipline_years(std::string_view years) {
  return "Kỷ luật của năm " + std::string(years) + " chưa được xác nhận đã nhập đủ.";
}

// Absences.
inline std::string rule_absence_below(int days, std::string_view excused, std::string_view span) {
  return "Nghỉ dưới " + std::to_string(days) + " ngày làm việc trong năm" +
         (excused.empty() ? std::string() : ", không tính " + std::string(excused)) + " (" + std::string(span) + ").";
}
inline std::string fact_absence(int year, int counted, int not_counted) {
  std::string out = std::to_string(year) + ": nghỉ " + std::to_string(counted) + " ngày tính vào điều kiện";
  if (not_counted > 0) out += ", " + std::to_string(not_counted) + " ngày không tính";
  return out + ".";
}
inline std::string fact_no_absence(int year) {
  return std::to_string(year) + ": không nghỉ dài ngày (sổ nghỉ việc đã nhập đủ).";
}
inline std::string wanting_absence(int year, int counted, int days) {
  return std::to_string(year) + ": nghỉ " + std::to_string(counted) + " ngày tính vào điều kiện (phải dưới " +
         std::to_string(days) + " ngày).";
}
inline std::string wanting_absence_years(std::string_view years) {
  return "Ngày nghỉ của năm " + std::string(years) + " chưa được xác nhận đã nhập đủ.";
}

// Collectives: what is asked of their members.
inline std::string member_title(std::string_view title) { return "đạt danh hiệu “" + std::string(title) + "”"; }
inline std::string member_rating(std::string_view rating) {
  return "được xếp loại từ “" + std::string(rating) + "” trở lên";
}
// "Nguyễn Văn An, Trần Thị Bình và 3 người khác" (at most five names).
inline std::string some_names(const std::vector<std::string>& names) {
  std::string out;
  const size_t shown = names.size() > 5 ? 5 : names.size();
  for (size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > shown) out += " và " + std::to_string(names.size() - shown) + " người khác";
  return out;
}
inline std::string percent_of(int part, int whole) {
  return std::to_string(whole > 0 ? static_cast<int>(int64_t{part} * 100 / whole) : 0) + "%";
}
inline std::string rule_members_share(int share, std::string_view what, std::string_view span) {
  return (share >= 100 ? std::string("Tất cả thành viên ") : "Ít nhất " + std::to_string(share) + "% thành viên ") +
         std::string(what) + " (" + std::string(span) + ").";
}
inline std::string rule_members_count(int count, std::string_view what, std::string_view span) {
  return "Có ít nhất " + std::to_string(count) + " thành viên " + std::string(what) + " (" + std::string(span) + ").";
}
inline std::string rule_members_no_discipline(std::string_view from_measure, std::string_view span) {
  return "Không thành viên nào bị kỷ luật từ mức " + std::string(from_measure) + " trở lên (" + std::string(span) +
         ").";
}
inline std::string fact_members_share(int year, int yes, int total) {
  return std::to_string(year) + ": " + std::to_string(yes) + "/" + std::to_string(total) + " thành viên đạt (" +
         percent_of(yes, total) + ").";
}
// The decision part of a title only proposed in the year's review.
inline constexpr const char* kTitleProposed = "đang được đề nghị trong đợt bình xét, chưa có quyết định";
// After a members' share or count met partly by titles only proposed.
inline std::string fact_members_proposed(int n) {
  return " Trong đó " + std::to_string(n) + " người đang được đề nghị danh hiệu trong đợt, chưa có quyết định.";
}
inline std::string fact_members_count(int year, int yes, const std::vector<std::string>& names) {
  return std::to_string(year) + ": " + std::to_string(yes) + " thành viên đạt" +
         (names.empty() ? std::string() : " (" + some_names(names) + ")") + ".";
}
inline std::string fact_members_no_discipline(std::string_view span) {
  return "Không thành viên nào bị kỷ luật trong " + std::string(span) + " (sổ kỷ luật đã nhập đủ).";
}
inline std::string wanting_members_share(int year, int yes, int total, int share) {
  return std::to_string(year) + ": " + std::to_string(yes) + "/" + std::to_string(total) + " thành viên đạt (" +
         percent_of(yes, total) + "), cần " + std::to_string(share) + "%.";
}
inline std::string wanting_members_count(int year, int yes, int count) {
  return std::to_string(year) + ": " + std::to_string(yes) + " thành viên đạt, cần " + std::to_string(count) + ".";
}
inline std::string wanting_members_unknown(int year, int yes, int total, const std::vector<std::string>& unknown) {
  return std::to_string(year) + ": " + std::to_string(yes) + "/" + std::to_string(total) +
         " thành viên đạt; chưa có dữ liệu của " + std::to_string(unknown.size()) + " thành viên" +
         (unknown.empty() ? std::string() : " (" + some_names(unknown) + ")") + ".";
}
inline constexpr const char* kWantingNoMembers = "Đơn vị chưa có thành viên nào trên hệ thống.";

}  // namespace thidua::core::messages_vi
