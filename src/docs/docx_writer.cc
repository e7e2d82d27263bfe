#include "docs/docx_writer.h"

#include <zip.h>

#include <deque>
#include <string>
#include <vector>

#include "core/messages_vi/documents_layout.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

// Page geometry in twips (1/20 pt): A4 with Decree 30/2020/NĐ-CP margins.
constexpr int kPageW = 11906;
constexpr int kPageH = 16838;
constexpr int kMarginTop = 1134;     // 20 mm
constexpr int kMarginBottom = 1134;  // 20 mm
constexpr int kMarginLeft = 1701;    // 30 mm
constexpr int kMarginRight = 850;    // 15 mm
constexpr int kTextW = kPageW - kMarginLeft - kMarginRight;
constexpr int kHeaderLeftW = 3686;  // 6.5 cm for the agency column
constexpr int kClosingLeftW = 4210;  // 45 % for "Nơi nhận:"

constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kNsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Escapes text for XML content and attributes; drops characters XML 1.0 forbids.
std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

// One run; '\n' in the text becomes a line break.
std::string run(const std::string& text, bool bold = false, bool italic = false) {
  std::string props;
  if (bold) props += "<w:b/>";
  if (italic) props += "<w:i/>";
  std::string out = "<w:r>";
  if (!props.empty()) out += "<w:rPr>" + props + "</w:rPr>";
  std::size_t start = 0;
  while (true) {
    auto nl = text.find('\n', start);
    std::string piece = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!piece.empty()) out += "<w:t xml:space=\"preserve\">" + xml_escape(piece) + "</w:t>";
    if (nl == std::string::npos) break;
    out += "<w:br/>";
    start = nl + 1;
  }
  return out + "</w:r>";
}

std::string runs(const RichText& text) {
  std::string out;
  for (const auto& r : text) out += run(r.text, r.bold, r.italic);
  return out;
}

std::string para(const std::string& style, const std::string& content, const std::string& extra_ppr = {}) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + extra_ppr + "</w:pPr>" + content + "</w:p>";
}

// An empty paragraph whose bottom border draws a centred rule `width` twips
// long inside a column `column` twips wide.
std::string rule(int width, int column) {
  int side = (column - width) / 2;
  return para("Rule", "",
              "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
              "<w:ind w:left=\"" + std::to_string(side) + "\" w:right=\"" + std::to_string(side) +
                  "\" w:firstLine=\"0\"/>");
}

std::string cell(int width, const std::string& content) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" +
         (content.empty() ? para("TableText", "") : content) + "</w:tc>";
}

std::string table_start(const std::vector<int>& widths, bool borders) {
  std::string b = borders ? "single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000" : "nil";
  std::string out = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextW) +
                    "\" w:type=\"dxa\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += std::string("<w:") + side + " w:val=\"" + b + "\"/>";
  }
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"" +
         std::string(borders ? "70" : "0") + "\" w:type=\"dxa\"/><w:right w:w=\"" +
         std::string(borders ? "70" : "0") + "\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/>"
         "</w:tblPr><w:tblGrid>";
  for (int w : widths) out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  return out + "</w:tblGrid>";
}

std::string header_table(const AdministrativeDocument& doc) {
  const int right_w = kTextW - kHeaderLeftW;
  std::string out = table_start({kHeaderLeftW, right_w}, false);
  std::string left;
  if (!doc.issuing_body.empty()) {  // none on a person's report
    if (!doc.governing_body.empty()) left += para("HeaderLine", run(doc.governing_body));
    left += para("HeaderLine", run(doc.issuing_body, true));
    left += rule(1400, kHeaderLeftW);
  }
  std::string right = para("HeaderLine", run(msg::kNation, true));
  // The motto is underlined over its whole length (Decree 30/2020/NĐ-CP, appendix I).
  right += para("Motto", "<w:r><w:rPr><w:b/><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">" +
                             xml_escape(msg::kMotto) + "</w:t></w:r>");
  out += "<w:tr>" + cell(kHeaderLeftW, left) + cell(right_w, right) + "</w:tr>";
  out += "<w:tr>" + cell(kHeaderLeftW, para("NumberLine", run(doc.number_line))) +
         cell(right_w, para("PlaceDate", run(doc.place_date_line, false, true))) + "</w:tr>";
  return out + "</w:tbl>";
}

std::string body_table(const Table& t) {
  double total = 0;
  for (const auto& c : t.columns) total += c.width;
  std::vector<int> widths;
  int used = 0;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    int w = i + 1 == t.columns.size() ? kTextW - used : static_cast<int>(kTextW * t.columns[i].width / total);
    widths.push_back(w);
    used += w;
  }
  std::string out = table_start(widths, true);
  out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t i = 0; i < widths.size(); ++i) {
    out += cell(widths[i], para("TableHead", run(t.columns[i].title)));
  }
  out += "</w:tr>";
  for (const auto& row : t.rows) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string text = i < row.size() ? row[i] : std::string();
      out += cell(widths[i], para("TableText", run(text), t.columns[i].centered ? "<w:jc w:val=\"center\"/>" : ""));
    }
    out += "</w:tr>";
  }
  if (t.font_size > 0) {
    // Table runs carry no properties of their own: give each the table's size.
    const std::string half_points = std::to_string(static_cast<int>(t.font_size * 2 + 0.5));
    const std::string sized = "<w:r><w:rPr><w:sz w:val=\"" + half_points + "\"/><w:szCs w:val=\"" + half_points +
                              "\"/></w:rPr>";
    for (std::size_t at = out.find("<w:r>"); at != std::string::npos; at = out.find("<w:r>", at + sized.size())) {
      out.replace(at, 5, sized);
    }
  }
  return out + "</w:tbl>" + para("TableAfter", "");
}

std::string block_xml(const Block& b) {
  switch (b.kind) {
    case BlockKind::kHeading1: return para("Heading1Doc", runs(b.text));
    case BlockKind::kHeading2: return para("Heading2Doc", runs(b.text));
    case BlockKind::kNumberedParagraph: return para("Normal", run(b.label + " ") + runs(b.text));
    case BlockKind::kBullet: return para("Normal", run("- ") + runs(b.text));
    case BlockKind::kNote: return para("Note", runs(b.text));
    case BlockKind::kTable: return body_table(b.table);
    case BlockKind::kCentered:
      return para("Normal", runs(b.text), "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>");
    case BlockKind::kParagraph: break;
  }
  return para("Normal", runs(b.text));
}

// A signature block's paragraphs: the authority lines in bold, the note in
// italics, room for the signature and seal, the name in bold.
std::string signature_xml(const Signature& sig) {
  std::string out;
  for (const auto& a : sig.authority_lines) out += para("Signature", run(a));
  if (!sig.note.empty()) out += para("SignatureNote", run(sig.note));
  for (int i = 0; i < 4; ++i) out += para("Signature", "");  // room for signature and seal
  if (!sig.signer_name.empty()) out += para("Signature", run(sig.signer_name));
  return out;
}

std::string closing_table(const AdministrativeDocument& doc) {
  const int right_w = kTextW - kClosingLeftW;
  std::string left;
  if (!doc.countersignature.authority_lines.empty()) {
    left = signature_xml(doc.countersignature);
  } else if (!doc.recipients.empty()) {
    left += para("RecipientsTitle", run(msg::kRecipientsTitle));
    for (const auto& r : doc.recipients) left += para("Recipient", run("- " + r));
  }
  return table_start({kClosingLeftW, right_w}, false) + "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
         cell(kClosingLeftW, left) + cell(right_w, signature_xml(doc.signature)) + "</w:tr></w:tbl>";
}

std::string document_xml(const AdministrativeDocument& doc) {
  std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"") +
                    kNsW + "\" xmlns:r=\"" + kNsR + "\"><w:body>";
  if (!doc.draft_mark.empty()) {
    out += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/></w:pPr>" + run(doc.draft_mark, true) + "</w:p>";
  }
  out += header_table(doc);
  out += para("DocType", run(doc.doc_type));
  if (!doc.summary.empty()) {
    out += para("Summary", run(doc.summary));
    out += rule(2000, kTextW);
  }
  out += para("AfterTitle", "");
  for (const auto& p : doc.preamble) out += para("Normal", runs(p));
  for (const auto& b : doc.body) out += block_xml(b);
  out += closing_table(doc);
  for (const auto& a : doc.attachments) {
    out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    for (const auto& line : a.title_lines) out += para("Summary", run(line));
    if (!a.reference.empty()) {
      out += para("Normal", run(a.reference, false, true), "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>");
    }
    out += para("AfterTitle", "");
    for (const auto& b : a.body) out += block_xml(b);
  }
  out += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
         "<w:headerReference w:type=\"first\" r:id=\"rId4\"/>"
         "<w:pgSz w:w=\"" + std::to_string(kPageW) + "\" w:h=\"" + std::to_string(kPageH) + "\"/>"
         "<w:pgMar w:top=\"" + std::to_string(kMarginTop) + "\" w:right=\"" + std::to_string(kMarginRight) +
         "\" w:bottom=\"" + std::to_string(kMarginBottom) + "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
  return out + "</w:body></w:document>";
}

// A paragraph style. `ppr` and `rpr` are the property children in schema order.
std::string style(const std::string& id, const std::string& name, const std::string& ppr, const std::string& rpr,
                  bool is_default = false) {
  return std::string("<w:style w:type=\"paragraph\"") + (is_default ? " w:default=\"1\"" : "") +
         " w:styleId=\"" + id + "\"><w:name w:val=\"" + xml_escape(name) + "\"/>" +
         (is_default ? "" : "<w:basedOn w:val=\"Normal\"/>") + "<w:qFormat/>" +
         (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") +
         "</w:style>";
}

std::string styles_xml() {
  const std::string flat = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                           "<w:ind w:firstLine=\"0\"/>";
  const std::string center = "<w:jc w:val=\"center\"/>";
  const std::string left = "<w:jc w:val=\"left\"/>";
  std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"") +
                    kNsW + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" "
                    "w:cs=\"Times New Roman\"/><w:color w:val=\"000000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
                    "<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                    "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                    "</w:pPrDefault></w:docDefaults>";
  // Body: 14 pt, justified, first-line indent 1.27 cm, line spacing 1.2, 6 pt after.
  out += style("Normal", "Normal",
               "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>"
               "<w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/>",
               "", true);
  out += style("Heading1Doc", msg::kStyleHeading1, "<w:keepNext/>", "<w:b/><w:bCs/>");
  out += style("Heading2Doc", msg::kStyleHeading2, "<w:keepNext/>", "<w:b/><w:bCs/>");
  out += style("Note", msg::kStyleNote, "", "<w:i/><w:iCs/>");
  out += style("HeaderLine", msg::kStyleHeaderLine, flat + center, "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  out += style("Motto", msg::kStyleMotto, flat + center, "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
  out += style("Rule", msg::kStyleRule,
               "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>" + center,
               "<w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/>");
  out += style("NumberLine", msg::kStyleNumberLine,
               "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
               "<w:ind w:firstLine=\"0\"/>" + center,
               "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  out += style("PlaceDate", msg::kStylePlaceDate,
               "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
               "<w:ind w:firstLine=\"0\"/>" + center,
               "<w:i/><w:iCs/>");
  out += style("DocType", msg::kStyleDocType,
               "<w:keepNext/><w:spacing w:before=\"440\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
               "<w:ind w:firstLine=\"0\"/>" + center,
               "<w:b/><w:bCs/>");
  out += style("Summary", msg::kStyleSummary, "<w:keepNext/>" + flat + "<w:ind w:left=\"400\" w:right=\"400\" w:firstLine=\"0\"/>" + center,
               "<w:b/><w:bCs/>");
  out += style("AfterTitle", msg::kStyleAfterTitle,
               "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", "");
  out += style("TableText", msg::kStyleTableText, flat + left, "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  out += style("TableHead", msg::kStyleTableHead, flat + center, "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  out += style("TableAfter", msg::kStyleTableAfter,
               "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", "");
  out += style("RecipientsTitle", msg::kStyleRecipientsTitle, "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" "
               "w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/>" + left,
               "<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>");
  out += style("Recipient", msg::kStyleRecipient, flat + left, "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
  out += style("Signature", msg::kStyleSignature, flat + center, "<w:b/><w:bCs/>");
  out += style("SignatureNote", msg::kStyleSignatureNote, flat + center, "<w:i/><w:iCs/>");
  out += style("PageNumber", msg::kStylePageNumber, flat + center, "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  return out + "</w:styles>";
}

std::string header_xml(bool with_page_number) {
  std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"") +
                    kNsW + "\" xmlns:r=\"" + kNsR + "\">";
  if (with_page_number) {
    out += para("PageNumber",
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  } else {
    out += para("PageNumber", "");
  }
  return out + "</w:hdr>";
}

const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/word/header2.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>";

const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
    "Target=\"docProps/app.xml\"/>"
    "</Relationships>";

const char* kDocumentRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
    "Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
    "Target=\"header1.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
    "Target=\"header2.xml\"/>"
    "</Relationships>";

std::string settings_xml() {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"") + kNsW +
         "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
         "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
         "</w:compat></w:settings>";
}

std::string core_xml(const AdministrativeDocument& doc) {
  const std::string& title = doc.title.empty() ? doc.summary : doc.title;
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
         "<dc:title>" + xml_escape(title) + "</dc:title><dc:subject>" + xml_escape(doc.doc_type) +
         "</dc:subject><dc:creator>" + xml_escape(doc.issuing_body) + "</dc:creator><dc:language>vi-VN</dc:language>"
         "</cp:coreProperties>";
}

const char* kAppXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>thidua</Application></Properties>";

core::Error storage_error() { return core::make_error(core::errc::kStorage, msg::kDocxWriteFailed); }

}  // namespace

core::Status write_docx(const AdministrativeDocument& doc, const std::string& path) {
  THIDUA_TRY(validate(doc));
  // libzip reads the buffers at zip_close: they must outlive the archive.
  std::deque<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRootRels},
      {"word/document.xml", document_xml(doc)},
      {"word/styles.xml", styles_xml()},
      {"word/settings.xml", settings_xml()},
      {"word/header1.xml", header_xml(true)},
      {"word/header2.xml", header_xml(false)},
      {"word/_rels/document.xml.rels", kDocumentRels},
      {"docProps/core.xml", core_xml(doc)},
      {"docProps/app.xml", kAppXml},
  };
  int err = 0;
  zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (za == nullptr) return storage_error();
  for (const auto& [name, data] : parts) {
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    if (src == nullptr) {
      zip_discard(za);
      return storage_error();
    }
    if (zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(src);
      zip_discard(za);
      return storage_error();
    }
  }
  if (zip_close(za) != 0) {
    zip_discard(za);
    return storage_error();
  }
  return {};
}

}  // namespace thidua::docs
