// The data model of a Vietnamese administrative document (plan, decision,
// proposal, minutes, certificate, report) laid out per Decree 30/2020/NĐ-CP.
// Pure values: the PDF and DOCX writers render the same model.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::docs {

// A stretch of text with one emphasis. Text is UTF-8 (NFC); '\n' breaks the line.
struct TextRun {
  std::string text;
  bool bold = false;
  bool italic = false;
};
using RichText = std::vector<TextRun>;

// One column of a table block: the header title, its share of the text width
// (fractions are normalised over all columns) and the alignment of its cells.
struct TableColumn {
  std::string title;
  double width = 1.0;
  bool centered = false;
};

// A table (e.g. the awardees of a decision). The header row is repeated on
// every page the table spans. Each row has one cell per column.
struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;
  double font_size = 0;  // points; 0 keeps the writers' table size (13 pt); wide tables use less
};

enum class BlockKind {
  kHeading1,           // "I. MỤC ĐÍCH YÊU CẦU" (bold)
  kHeading2,           // "1. Đối tượng" (bold)
  kParagraph,          // justified, first-line indent
  kNumberedParagraph,  // label ("5.", "1.1.") followed by the text
  kBullet,             // "- " followed by the text
  kNote,               // italic paragraph
  kTable,
  kCentered,           // a centred line, no indent (a decision's "GIÁM ĐỐC SỞ ...", "QUYẾT ĐỊNH:")
};

// One block of the body. `label` is used by kNumberedParagraph only and is
// printed exactly as given: labels are data and are never renumbered (an
// issued document may skip a number). `table` is used by kTable only.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string label;
  RichText text;
  Table table;
};

// Convenience constructors for blocks.
Block heading1(std::string text);
Block heading2(std::string text);
Block paragraph(std::string text);
Block paragraph(RichText text);
Block numbered(std::string label, std::string text);
Block numbered(std::string label, RichText text);
Block bullet(std::string text);
Block bullet(RichText text);
Block note(std::string text);
Block table(Table table);
Block centered(RichText text);

// The signature block at the bottom right: authority lines in bold capitals
// ({"GIÁM ĐỐC"} or {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}), the note in italics
// beneath them when there is one (a form's "(Ký, đóng dấu)"), room for the
// signature and seal, then the signer's full name in bold (may be empty: a
// form left for the signer to complete).
struct Signature {
  std::vector<std::string> authority_lines;
  std::string signer_name;
  std::string note;
};

// A list or appendix issued with the document ("có danh sách kèm theo",
// Decree 30/2020): printed after the signature and the recipients, from a new
// page: its title lines centred in bold ("DANH SÁCH", what it lists), the
// reference line centred in italics beneath ("(Kèm theo Quyết định số
// 05/QĐ-STNMT ngày …)"), then its blocks.
struct Attachment {
  std::vector<std::string> title_lines;
  std::string reference;
  std::vector<Block> body;
};

// The header's left column (governing and issuing bodies, rule, number line)
// is left out when the issuing body is empty: a report a person writes has
// only the national title on the right.
struct AdministrativeDocument {
  std::string governing_body;   // "UBND TỈNH BẮC GIANG"
  std::string issuing_body;     // "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
  std::string number_line;      // "Số: 05/QĐ-STNMT" (see core/document_lines.h), may be empty
  std::string place_date_line;  // "Bắc Giang, ngày 05 tháng 02 năm 2023"
  std::string doc_type;         // "KẾ HOẠCH", "QUYẾT ĐỊNH", ...
  std::string summary;          // bold line(s) under the type; may be empty
  std::vector<RichText> preamble;
  std::vector<Block> body;
  Signature signature;
  // Recipients without the leading dash, which the writers add: {"Bộ TNMT
  // (b/c);", ..., "Lưu: VT, VP."}. The last one is the archive line.
  std::vector<std::string> recipients;
  // A second signature at the bottom left, where a letter has its recipients:
  // the confirmation of an achievement report by the unit head or the level
  // proposing the award. Used when its authority lines are not empty; a
  // document has recipients or a countersignature, not both.
  Signature countersignature;
  std::string title;  // document metadata; the summary is used when empty
  std::vector<Attachment> attachments;  // each from a new page, after the closing
  // "DỰ THẢO" on a draft (bold, boxed, at the top left of the first page,
  // above the header); empty on an issued document. A draft is never signed.
  std::string draft_mark;
};

// Checks what both writers need: every text is well-formed UTF-8, tables have
// at least one column, positive widths and rows no wider than the header.
// Returns a validation error naming the first fault.
core::Status validate(const AdministrativeDocument& doc);

// Every text of `doc` that a writer prints, header to recipients.
std::vector<std::string_view> texts_of(const AdministrativeDocument& doc);

}  // namespace thidua::docs
