#include "app/decision_document.h"

#include "core/campaign.h"
#include "core/document_lines.h"
#include "core/org.h"

namespace thidua::app {
namespace {

// "18/4/2023" of "2023-04-18"; "" when not a date.
std::string short_date(const std::string& iso) {
  if (!core::is_iso_date(iso)) return {};
  return std::to_string(std::stoi(iso.substr(8, 2))) + "/" + std::to_string(std::stoi(iso.substr(5, 2))) + "/" +
         iso.substr(0, 4);
}

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
  std::string kind = type == "KH" ? "Kế hoạch" : type == "QĐ" ? "Quyết định" : type == "CT" ? "Chỉ thị" : "Văn bản";
  std::string out = number_symbol.empty() ? kind : kind + " số " + number_symbol;
  if (const auto d = short_date(iso_date); !d.empty()) out += " ngày " + d;
  if (!issuer.empty()) out += " của " + issuer;
  if (!subject.empty()) out += " " + subject;
  return out;
}

std::string achievement_line(const store::NomineeRow& n) {
  std::string first = n.report.substr(0, n.report.find('\n'));
  if (first.size() > 300) {
    size_t cut = 300;
    while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    first = first.substr(0, cut) + "…";
  }
  return first.empty() ? "Có thành tích xuất sắc trong đợt thi đua" : first;
}

}  // namespace

std::string document_type_of(const std::string& symbol) {
  const auto dash = symbol.find('-');
  return dash == std::string::npos ? symbol : symbol.substr(0, dash);
}

std::string document_number_symbol(int64_t n, const std::string& symbol) {
  return (n < 10 ? "0" : "") + std::to_string(n) + "/" + symbol;
}

docs::AdministrativeDocument decision_document(const core::Campaign& c, const store::DecisionRecord& d,
                                               const std::vector<store::NomineeRow>& list) {
  const bool decision = d.kind == "decision";
  docs::AdministrativeDocument doc;
  doc.governing_body = c.governing_body;
  doc.issuing_body = c.issuing_body;
  doc.number_line = core::format_document_number(static_cast<int>(d.number.value_or(0)), d.doc_symbol);
  if (d.issue_date) {
    doc.place_date_line = c.place + ", " + core::vietnamese_date_text(*d.issue_date);
  } else {
    doc.place_date_line = c.place + ", ngày      tháng      năm " + d.drafted_at.substr(0, 4);
  }
  doc.doc_type = decision ? "QUYẾT ĐỊNH" : "TỜ TRÌNH";
  doc.summary = d.title;
  doc.title = (decision ? "Quyết định " : "Tờ trình ") + d.title;

  int64_t collectives = 0;
  for (const auto& n : list) collectives += n.subject == "collective" ? 1 : 0;
  const int64_t individuals = static_cast<int64_t>(list.size()) - collectives;
  std::string counted;
  if (collectives > 0) counted += std::to_string(collectives) + " tập thể";
  if (collectives > 0 && individuals > 0) counted += " và ";
  if (individuals > 0) counted += std::to_string(individuals) + " cá nhân";

  const std::string plan_ref = cited_line(c.doc_symbol, c.number ? document_number_symbol(*c.number, c.doc_symbol) : std::string(),
                                           c.issue_date.value_or(""), "", "về việc " + lower_first(c.title));
  const std::string award = d.award_name + " của " + d.award_granted_by;
  if (decision) {
    std::string authority = c.signer.authority;
    const auto kt = authority.find("KT. ");
    if (kt == 0) authority = authority.substr(4);
    // Decree 30/2020 appendix I: the deciding authority, centred in bold
    // capitals, then the grounds, then "QUYẾT ĐỊNH:" centred.
    doc.body.push_back(docs::centered({docs::TextRun{authority + " " + c.issuing_body, true, false}}));
    for (const auto& cited : c.implements) {
      doc.body.push_back(docs::paragraph(
          "Căn cứ " + cited_line(cited.number_symbol, cited.number_symbol, cited.date, cited.issuer, cited.title) + ";"));
    }
    doc.body.push_back(docs::paragraph("Căn cứ " + plan_ref + ";"));
    doc.body.push_back(docs::paragraph("Xét đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng."));
    doc.body.push_back(docs::centered({docs::TextRun{"QUYẾT ĐỊNH:", true, false}}));
    doc.body.push_back(docs::paragraph(docs::RichText{
        {"Điều 1. ", true, false},
        {"Tặng " + award + " cho " + counted +
             " đã có thành tích xuất sắc trong đợt thi đua (có danh sách kèm theo).",
         false, false}}));
  } else {
    doc.body.push_back(docs::centered({docs::TextRun{"Kính gửi: " + d.award_granted_by + ".", false, false}}));
    doc.body.push_back(docs::paragraph("Thực hiện " + plan_ref + ", các tập thể, cá nhân đã tích cực hưởng ứng và "
                                       "đạt nhiều thành tích xuất sắc. Hội đồng Thi đua – Khen thưởng đã họp, "
                                       "bình xét và bỏ phiếu đề nghị khen thưởng."));
    doc.body.push_back(docs::paragraph("Kính đề nghị " + d.award_granted_by + " xem xét, tặng " + award + " cho " +
                                       counted + " có thành tích xuất sắc (có danh sách kèm theo)."));
  }
  docs::Table t;
  t.columns = {{"STT", 0.7, true}, {"Họ và tên / Tập thể", 2.8, false}, {"Chức vụ, đơn vị", 2.6, false},
               {"Thành tích", 2.9, false}};
  t.rows.reserve(list.size());
  int i = 0;
  for (const auto& n : list) {
    std::string where = n.position.empty() ? n.unit_name : n.position + ", " + n.unit_name;
    t.rows.push_back({std::to_string(++i), n.name, where, achievement_line(n)});
  }
  doc.body.push_back(docs::table(std::move(t)));
  if (decision) {
    doc.body.push_back(docs::paragraph(docs::RichText{
        {"Điều 2. ", true, false},
        {"Các tập thể, cá nhân có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành.", false, false}}));
    doc.body.push_back(docs::paragraph(docs::RichText{
        {"Điều 3. ", true, false},
        {"Quyết định có hiệu lực kể từ ngày ký. Thường trực Hội đồng Thi đua – Khen thưởng, thủ trưởng các đơn vị "
         "có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
         false, false}}));
    doc.recipients = {"Như Điều 3;", "Lưu: VT, VP."};
  } else {
    doc.body.push_back(docs::paragraph("Kính trình " + d.award_granted_by + " xem xét, quyết định./."));
    doc.recipients = {"Như trên;", "Lưu: VT, VP."};
  }
  doc.signature.authority_lines = {d.signer_authority};
  if (!d.signer_position.empty()) doc.signature.authority_lines.push_back(d.signer_position);
  doc.signature.signer_name = d.signer_name;
  return doc;
}

}  // namespace thidua::app
