// The Vietnamese message catalogue: documents (UTF-8, NFC). The fixed phrases
// of the administrative documents (Decree 30/2020) built in core and app: the
// plan, the decision, the minutes, the number and date lines.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// The mark on a document not issued yet (docs::AdministrativeDocument::draft_mark).
inline constexpr const char* kDraftMark = "DỰ THẢO";

// Number and date lines (document_lines.h).
inline constexpr const char* kDocNumberPrefix = "Số: ";
inline constexpr const char* kDocDateDay = "ngày";
inline constexpr const char* kDocDateMonth = "tháng";
inline constexpr const char* kDocDateYear = "năm ";

// The plan: document type and the standard section headings of a blank plan.
inline constexpr const char* kPlanDocumentType = "KẾ HOẠCH";
inline constexpr const char* kPlanHeadingPurposes = "I. MỤC ĐÍCH, YÊU CẦU";
inline constexpr const char* kPlanHeadingParticipantsAndContents = "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA";
inline constexpr const char* kPlanHeadingParticipants = "1. Đối tượng";
inline constexpr const char* kPlanHeadingContents = "2. Nội dung thi đua";
inline constexpr const char* kPlanHeadingPeriodAndAwards = "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG";
inline constexpr const char* kPlanHeadingPeriod = "1. Thời gian thi đua:";
inline constexpr const char* kPlanHeadingAwards = "2. Hình thức khen thưởng";
inline constexpr const char* kPlanHeadingCriteria = "IV. TIÊU CHÍ THI ĐUA";
inline constexpr const char* kPlanHeadingCollectiveCriteria = "1. Đối với tập thể";
inline constexpr const char* kPlanHeadingIndividualCriteria = "2. Đối với cá nhân";
inline constexpr const char* kPlanHeadingImplementation = "V. TỔ CHỨC THỰC HIỆN";

// Cited documents ("Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của ...").
inline constexpr const char* kDocSymbolDecisionType = "QĐ";  // the type part of a decision's symbol
inline constexpr const char* kCitedPlan = "Kế hoạch";
inline constexpr const char* kCitedDecision = "Quyết định";
inline constexpr const char* kCitedDirective = "Chỉ thị";
inline constexpr const char* kCitedDocument = "Văn bản";
inline constexpr const char* kCitedNumber = " số ";
inline constexpr const char* kCitedDate = " ngày ";
inline constexpr const char* kCitedOf = " của ";
inline constexpr const char* kCitedRegarding = "về việc ";

// The decision (Quyết định) and the proposal (Tờ trình) on awards.
inline constexpr const char* kDecisionDocType = "QUYẾT ĐỊNH";
inline constexpr const char* kProposalDocType = "TỜ TRÌNH";
inline constexpr const char* kDecisionTitlePrefix = "Quyết định ";
inline constexpr const char* kProposalTitlePrefix = "Tờ trình ";
inline constexpr const char* kDecisionSymbolPrefix = "QĐ-";
inline constexpr const char* kProposalSymbolPrefix = "TTr-";
inline constexpr const char* kAchievementDefault = "Có thành tích xuất sắc trong đợt thi đua";
inline constexpr const char* kAchievementCut = "…";  // ends an achievement line cut short
inline constexpr const char* kCountAnd = " và ";
inline std::string count_collectives(long long n) { return std::to_string(n) + " tập thể"; }
inline std::string count_individuals(long long n) { return std::to_string(n) + " cá nhân"; }
// "Giấy khen của Giám đốc Sở".
inline std::string award_with_granter(std::string_view award_name, std::string_view granted_by) {
  return std::string(award_name) + " của " + std::string(granted_by);
}
// A place and date line whose day and month are left blank for the signer.
inline std::string undated_place_date(std::string_view place, std::string_view year) {
  return std::string(place) + ", ngày      tháng      năm " + std::string(year);
}
inline std::string decision_ground(std::string_view cited) { return "Căn cứ " + std::string(cited) + ";"; }
// Legal instruments an award's legal basis names, cited in full in the
// "Căn cứ" lines (core/document_phrases.h); the number and symbol is the key.
inline constexpr const char* kLawOnEmulationSymbol = "06/2022/QH15";
inline constexpr const char* kLawOnEmulationCited = "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
inline constexpr const char* kDecree98Symbol = "98/2023/NĐ-CP";
inline constexpr const char* kDecree98Cited =
    "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều "
    "của Luật Thi đua, khen thưởng";
// The first words of the parts of a legal basis that name a legal instrument.
inline constexpr const char* kInstrumentWords[] = {"Luật",      "Bộ luật",  "Nghị định", "Nghị quyết",
                                                   "Thông tư",  "Quyết định", "Chỉ thị",  "Pháp lệnh"};
// "Phát động ..." opening a campaign's title: left out when the campaign is
// named inside a sentence ("trong đợt thi đua ...").
inline constexpr const char* kCampaignTitleLaunch = "Phát động ";
// A campaign without a title that reads in a sentence.
inline constexpr const char* kCampaignInSentenceDefault = "đợt thi đua";
inline constexpr const char* kDecisionConsidering = "Xét đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng.";
inline constexpr const char* kDecisionHeading = "QUYẾT ĐỊNH:";
// The decision of a receiving agency on a proposal sent to it (app/submissions.h).
inline std::string receiver_considering(std::string_view sender, std::string_view proposal,
                                        std::string_view council_date) {
  std::string out = "Xét đề nghị của " + std::string(sender) + " tại Tờ trình số " + std::string(proposal);
  if (!council_date.empty()) {
    out += " và kết luận của Hội đồng Thi đua – Khen thưởng ngày " + std::string(council_date);
  }
  return out + ".";
}
inline std::string receiver_article3(std::string_view sender) {
  return "Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng " + std::string(sender) +
         ", các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành "
         "Quyết định này./.";
}
inline constexpr const char* kArticle1 = "Điều 1. ";
inline constexpr const char* kArticle2 = "Điều 2. ";
inline constexpr const char* kArticle3 = "Điều 3. ";
// `campaign` as campaign_in_sentence() gives it ("đợt thi đua đặc biệt ...").
inline std::string decision_article1(std::string_view award, std::string_view counted, std::string_view campaign) {
  return "Tặng " + std::string(award) + " cho " + std::string(counted) + " đã có thành tích xuất sắc trong " +
         std::string(campaign) + " (có danh sách kèm theo).";
}
inline constexpr const char* kDecisionArticle2 =
    "Các tập thể, cá nhân có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành.";
inline constexpr const char* kDecisionArticle3 =
    "Quyết định có hiệu lực kể từ ngày ký. Thường trực Hội đồng Thi đua – Khen thưởng, thủ trưởng các đơn vị "
    "có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";
inline std::string proposal_addressee(std::string_view granted_by) {
  return "Kính gửi: " + std::string(granted_by) + ".";
}
inline std::string proposal_background(std::string_view plan_ref) {
  return "Thực hiện " + std::string(plan_ref) +
         ", các tập thể, cá nhân đã tích cực hưởng ứng và "
         "đạt nhiều thành tích xuất sắc. Hội đồng Thi đua – Khen thưởng đã họp, "
         "bình xét và bỏ phiếu đề nghị khen thưởng.";
}
inline std::string proposal_request(std::string_view granted_by, std::string_view award, std::string_view counted,
                                    std::string_view campaign) {
  return "Kính đề nghị " + std::string(granted_by) + " xem xét, tặng " + std::string(award) + " cho " +
         std::string(counted) + " đã có thành tích xuất sắc trong " + std::string(campaign) +
         " (có danh sách kèm theo).";
}
inline std::string proposal_closing(std::string_view granted_by) {
  return "Kính trình " + std::string(granted_by) + " xem xét, quyết định./.";
}
// The list issued with a decision or proposal, on its own pages after the
// signature: "DANH SÁCH", what it lists, the reference to the document.
inline constexpr const char* kAwardListTitle = "DANH SÁCH";
inline std::string award_list_subject(bool decision, bool collectives, bool individuals, std::string_view award) {
  const std::string who = collectives && individuals ? "Tập thể, cá nhân" : collectives ? "Tập thể" : "Cá nhân";
  return who + (decision ? " được tặng " : " đề nghị tặng ") + std::string(award);
}
// "(Kèm theo Quyết định số 05/QĐ-STNMT ngày 10/11/2023)"; a draft keeps
// blanks for the number and the day and month.
inline std::string award_list_reference(bool decision, std::string_view number_symbol, std::string_view date) {
  return std::string("(Kèm theo ") + (decision ? "Quyết định" : "Tờ trình") + " số " + std::string(number_symbol) +
         " ngày " + std::string(date) + ")";
}
inline constexpr const char* kAwardListCollectives = "I. TẬP THỂ";
inline constexpr const char* kAwardListIndividuals = "II. CÁ NHÂN";
inline constexpr const char* kAwardListColNo = "STT";
inline constexpr const char* kAwardListColPerson = "Họ và tên";
inline constexpr const char* kAwardListColCollective = "Tên tập thể";
inline constexpr const char* kAwardListColPosition = "Chức vụ, đơn vị";
inline constexpr const char* kAwardListColAchievement = "Thành tích";
inline constexpr const char* kRecipientsArticle3 = "Như Điều 3;";
inline constexpr const char* kRecipientsAbove = "Như trên;";
inline constexpr const char* kRecipientsArchive = "Lưu: VT, VP.";
inline std::string decision_summary(std::string_view award) {
  return "Về việc tặng " + std::string(award) + " cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua";
}
inline std::string proposal_summary(std::string_view award) {
  return "Về việc đề nghị tặng " + std::string(award) +
         " cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua";
}

// The minutes of a council session (Biên bản).
inline constexpr const char* kMinutesSymbol = "BB-HĐTĐKT";
inline constexpr const char* kMinutesDocType = "BIÊN BẢN";
inline constexpr const char* kMinutesHeadingTimePlace = "I. THỜI GIAN, ĐỊA ĐIỂM";
inline constexpr const char* kMinutesHeadingAttendance = "II. THÀNH PHẦN";
inline constexpr const char* kMinutesPresent = "Thành viên có mặt:";
inline constexpr const char* kMinutesHeadingBallot = "III. NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU KÍN";
inline constexpr const char* kMinutesColNominee = "Đối tượng đề nghị";
inline constexpr const char* kMinutesColUnit = "Đơn vị đề nghị";
inline constexpr const char* kMinutesColAward = "Hình thức khen thưởng";
inline constexpr const char* kMinutesColAgree = "Đồng ý";
inline constexpr const char* kMinutesColDisagree = "Không đồng ý";
inline constexpr const char* kMinutesColInvalid = "Không hợp lệ";
inline constexpr const char* kMinutesColRequired = "Cần đạt";
inline constexpr const char* kMinutesColResult = "Kết quả";
inline constexpr const char* kMinutesPassed = "Đạt";
inline constexpr const char* kMinutesFailed = "Không đạt";
inline constexpr const char* kMinutesAdopted = "Biên bản được lập và thông qua tại phiên họp.";
inline constexpr const char* kMinutesSecretarySignature = "THƯ KÝ HỘI ĐỒNG\n\n\n\n";
inline constexpr const char* kMinutesChairSignature = "CHỦ TỊCH HỘI ĐỒNG";
inline constexpr const char* kMinutesRecipientMembers = "Thành viên Hội đồng;";
inline constexpr const char* kMinutesOnlyAfterBallot = "Biên bản chỉ có sau khi kết thúc bỏ phiếu.";
inline constexpr const char* kMinutesCampaignNotFound = "Không tìm thấy đợt thi đua.";
// `campaign` as campaign_in_sentence() gives it.
inline std::string minutes_summary(std::string_view council_name, std::string_view campaign) {
  return "Họp " + std::string(council_name) + "\nxét khen thưởng " + std::string(campaign);
}
inline std::string minutes_title(std::string_view council_name) { return "Biên bản họp " + std::string(council_name); }
inline std::string minutes_time(std::string_view date_words) { return "Thời gian: " + std::string(date_words) + "."; }
inline std::string minutes_place(std::string_view place) { return "Địa điểm: " + std::string(place) + "."; }
// A member's role at the end of their line: "Nguyễn Văn A, Giám đốc Sở – Chủ tịch Hội đồng;".
inline std::string minutes_member_role(std::string_view role_label) { return " – " + std::string(role_label) + ";"; }
inline constexpr const char* kMinutesAbsent = "Thành viên vắng mặt:";
inline constexpr const char* kMinutesAbsentNone = "Thành viên vắng mặt: không.";
inline std::string minutes_quorum(long long present, long long total) {
  return "Có mặt " + std::to_string(present) + "/" + std::to_string(total) +
         " thành viên Hội đồng, đủ điều kiện tiến hành bỏ phiếu.";
}
inline constexpr const char* kMinutesBallotIntro =
    "Hội đồng đã xem xét các đề nghị khen thưởng do Thường trực Hội đồng trình và tiến hành bỏ phiếu kín. "
    "Kết quả kiểm phiếu như sau:";
inline std::string minutes_passed_count(long long passed, long long items) {
  return "Số đề nghị đạt: " + std::to_string(passed) + "/" + std::to_string(items) +
         ". Các đề nghị đạt được Thường trực Hội đồng tổng hợp, trình cấp có thẩm quyền "
         "quyết định khen thưởng hoặc đề nghị cấp trên khen thưởng.";
}
// The encrypted ballot in the minutes: the counting committee, recusals and
// how anyone checks the count.
inline std::string minutes_committee(std::string_view names) {
  return "Ban kiểm phiếu: " + std::string(names) + ".";
}
inline std::string minutes_recusal(long long ord, std::string_view name, std::string_view reason) {
  return "Đề nghị số " + std::to_string(ord) + ": đồng chí " + std::string(name) + " không tham gia bỏ phiếu (" +
         std::string(reason) + ").";
}
inline std::string minutes_verifiable(long long ballots) {
  return "Các phiếu được mã hoá khi bỏ; chỉ tổng số phiếu của từng đề nghị được giải mã bằng mã của Ban kiểm phiếu. "
         "Danh sách " + std::to_string(ballots) +
         " mã theo dõi phiếu và các chứng minh giải mã được công bố tại trang kiểm chứng của phiên họp; "
         "mỗi thành viên kiểm tra được phiếu của mình có trong danh sách.";
}
// A new plan's date text, day and month left blank: "ngày   tháng   năm 2023".
inline std::string undated_date_text(std::string_view year) { return "ngày   tháng   năm " + std::string(year); }

}  // namespace thidua::core::messages_vi
