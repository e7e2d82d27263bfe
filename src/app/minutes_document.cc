#include "app/minutes_document.h"

#include "core/document_lines.h"
#include "store/campaigns.h"

namespace thidua::app {
namespace {

int part(const std::string& iso, size_t at, size_t len) {
  try {
    return std::stoi(iso.substr(at, len));
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

docs::AdministrativeDocument minutes_document(const core::Campaign& c, const SessionView& v) {
  docs::AdministrativeDocument d;
  d.governing_body = c.governing_body;
  d.issuing_body = c.issuing_body;
  d.number_line = core::format_document_number(0, "BB-HĐTĐKT");
  const int y = part(v.session.held_on, 0, 4), m = part(v.session.held_on, 5, 2), day = part(v.session.held_on, 8, 2);
  d.place_date_line = core::format_place_date(c.place, y, m, day);
  d.doc_type = "BIÊN BẢN";
  d.summary = "Họp " + v.session.council_name + "\nxét khen thưởng " + c.title;
  d.title = "Biên bản họp " + v.session.council_name;

  auto& body = d.body;
  body.push_back(docs::heading1("I. THỜI GIAN, ĐỊA ĐIỂM"));
  body.push_back(docs::paragraph("Thời gian: " + core::format_date_words(y, m, day) + "."));
  body.push_back(docs::paragraph("Địa điểm: " + v.session.place + "."));

  body.push_back(docs::heading1("II. THÀNH PHẦN"));
  std::string chair, secretary;
  int present = 0;
  std::vector<std::string> absent;
  body.push_back(docs::paragraph("Thành viên có mặt:"));
  for (const auto& a : v.attendance) {
    if (!a.member.active) continue;
    if (a.member.role == "chair") chair = a.member.full_name;
    if (a.member.role == "secretary") secretary = a.member.full_name;
    std::string line = a.member.full_name;
    if (!a.member.position.empty()) line += ", " + a.member.position;
    line += " – " + council_role_label(a.member.role) + ";";
    if (a.present) {
      ++present;
      body.push_back(docs::bullet(line));
    } else {
      absent.push_back(line);
    }
  }
  body.push_back(docs::paragraph("Thành viên vắng mặt:" + std::string(absent.empty() ? " không." : "")));
  for (const auto& line : absent) body.push_back(docs::bullet(line));
  body.push_back(docs::paragraph("Có mặt " + std::to_string(present) + "/" + std::to_string(v.session.members_total) +
                                 " thành viên Hội đồng, đủ điều kiện tiến hành bỏ phiếu."));

  body.push_back(docs::heading1("III. NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU KÍN"));
  body.push_back(docs::paragraph(
      "Hội đồng đã xem xét các đề nghị khen thưởng do Thường trực Hội đồng trình và tiến hành bỏ phiếu kín. "
      "Kết quả kiểm phiếu như sau:"));
  docs::Table t;
  // Nine columns: a smaller size lets the count columns keep whole words.
  t.font_size = 11;
  t.columns = {{"STT", 0.9, true},        {"Đối tượng đề nghị", 2.7, false}, {"Đơn vị đề nghị", 2.0, false},
               {"Hình thức khen thưởng", 1.8, false}, {"Đồng ý", 1.2, true}, {"Không đồng ý", 1.2, true},
               {"Không hợp lệ", 1.2, true}, {"Cần đạt", 1.1, true}, {"Kết quả", 1.1, true}};
  int passed = 0;
  for (const auto& it : v.items) {
    const bool ok = it.passed.value_or(false);
    if (ok) ++passed;
    t.rows.push_back({std::to_string(it.ord), it.nominee_name, it.nominating_unit_name,
                      it.award_name + " của " + it.award_granted_by, std::to_string(it.agree.value_or(0)),
                      std::to_string(it.disagree.value_or(0)), std::to_string(it.invalid.value_or(0)),
                      std::to_string(it.required_agree.value_or(0)), ok ? "Đạt" : "Không đạt"});
  }
  body.push_back(docs::table(std::move(t)));
  body.push_back(docs::paragraph("Số đề nghị đạt: " + std::to_string(passed) + "/" + std::to_string(v.items.size()) +
                                 ". Các đề nghị đạt được Thường trực Hội đồng tổng hợp, trình cấp có thẩm quyền "
                                 "quyết định khen thưởng hoặc đề nghị cấp trên khen thưởng."));
  body.push_back(docs::paragraph("Biên bản được lập và thông qua tại phiên họp."));
  body.push_back(docs::paragraph(docs::RichText{{"THƯ KÝ HỘI ĐỒNG\n\n\n\n", true, false},
                                                {secretary.empty() ? "" : secretary, true, false}}));
  d.signature.authority_lines = {"CHỦ TỊCH HỘI ĐỒNG"};
  d.signature.signer_name = chair;
  d.recipients = {"Thành viên Hội đồng;", "Lưu: VT, VP."};
  return d;
}

core::Result<docs::AdministrativeDocument> session_minutes(const Services& services, const core::Actor& actor,
                                                           int64_t campaign_id, int64_t session_id) {
  auto view = get_session(services, actor, campaign_id, session_id);
  if (!view.ok()) return view.error();
  if (view->session.state != "closed") {
    return core::make_error(core::errc::kConflict, "Biên bản chỉ có sau khi kết thúc bỏ phiếu.");
  }
  auto conn = services.db.acquire();
  auto campaign = store::find_campaign(*conn, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!campaign->has_value()) return core::make_error(core::errc::kNotFound, "Không tìm thấy đợt thi đua.");
  return minutes_document(**campaign, *view);
}

}  // namespace thidua::app
