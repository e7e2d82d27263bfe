#include "docs/document.h"

#include <glib.h>

#include <utility>

#include "core/messages_vi/documents_layout.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

Block make(BlockKind kind, RichText text, std::string label = {}) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.label = std::move(label);
  return b;
}

RichText plain(std::string text) { return RichText{TextRun{std::move(text)}}; }

bool utf8_ok(const std::string& s) { return g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr); }

bool utf8_ok(const RichText& text) {
  for (const auto& run : text) {
    if (!utf8_ok(run.text)) return false;
  }
  return true;
}

core::Error bad(const std::string& what) {
  return core::make_error(core::errc::kValidation, msg::document_text_invalid(what), what);
}

}  // namespace

Block heading1(std::string text) { return make(BlockKind::kHeading1, plain(std::move(text))); }
Block heading2(std::string text) { return make(BlockKind::kHeading2, plain(std::move(text))); }
Block paragraph(std::string text) { return make(BlockKind::kParagraph, plain(std::move(text))); }
Block paragraph(RichText text) { return make(BlockKind::kParagraph, std::move(text)); }
Block numbered(std::string label, std::string text) {
  return make(BlockKind::kNumberedParagraph, plain(std::move(text)), std::move(label));
}
Block numbered(std::string label, RichText text) {
  return make(BlockKind::kNumberedParagraph, std::move(text), std::move(label));
}
Block bullet(std::string text) { return make(BlockKind::kBullet, plain(std::move(text))); }
Block bullet(RichText text) { return make(BlockKind::kBullet, std::move(text)); }
Block note(std::string text) { return make(BlockKind::kNote, plain(std::move(text))); }
Block centered(RichText text) { return make(BlockKind::kCentered, std::move(text)); }
Block table(Table t) {
  Block b;
  b.kind = BlockKind::kTable;
  b.table = std::move(t);
  return b;
}

core::Status validate(const AdministrativeDocument& doc) {
  for (const std::string* s : {&doc.governing_body, &doc.issuing_body, &doc.number_line, &doc.place_date_line,
                               &doc.doc_type, &doc.summary, &doc.title, &doc.signature.signer_name}) {
    if (!utf8_ok(*s)) return bad("header");
  }
  for (const Signature* sig : {&doc.signature, &doc.countersignature}) {
    if (!utf8_ok(sig->signer_name) || !utf8_ok(sig->note)) return bad("signature");
    for (const auto& line : sig->authority_lines) {
      if (!utf8_ok(line)) return bad("signature");
    }
  }
  // One place at the bottom left: the recipients or the countersignature.
  if (!doc.recipients.empty() && !doc.countersignature.authority_lines.empty()) return bad("countersignature");
  for (const auto& line : doc.recipients) {
    if (!utf8_ok(line)) return bad("recipients");
  }
  for (const auto& p : doc.preamble) {
    if (!utf8_ok(p)) return bad("preamble");
  }
  auto check_blocks = [](const std::vector<Block>& blocks) -> core::Status {
    for (const auto& block : blocks) {
      if (!utf8_ok(block.label) || !utf8_ok(block.text)) return bad("body");
      if (block.kind != BlockKind::kTable) continue;
      const Table& t = block.table;
      if (t.columns.empty()) return bad("table");
      for (const auto& c : t.columns) {
        if (!(c.width > 0) || !utf8_ok(c.title)) return bad("table");
      }
      for (const auto& row : t.rows) {
        if (row.size() > t.columns.size()) return bad("table");
        for (const auto& cell : row) {
          if (!utf8_ok(cell)) return bad("table");
        }
      }
    }
    return {};
  };
  THIDUA_TRY(check_blocks(doc.body));
  for (const auto& a : doc.attachments) {
    for (const auto& line : a.title_lines) {
      if (!utf8_ok(line)) return bad("attachment");
    }
    if (!utf8_ok(a.reference)) return bad("attachment");
    THIDUA_TRY(check_blocks(a.body));
  }
  return {};
}

std::vector<std::string_view> texts_of(const AdministrativeDocument& doc) {
  std::vector<std::string_view> out{doc.governing_body, doc.issuing_body, doc.number_line,   doc.place_date_line,
                                    doc.doc_type,       doc.summary,      doc.title,         doc.signature.signer_name,
                                    doc.draft_mark};
  auto add = [&](const RichText& text) {
    for (const auto& run : text) out.push_back(run.text);
  };
  for (const Signature* sig : {&doc.signature, &doc.countersignature}) {
    for (const auto& line : sig->authority_lines) out.push_back(line);
    out.push_back(sig->note);
  }
  out.push_back(doc.countersignature.signer_name);
  for (const auto& line : doc.recipients) out.push_back(line);
  for (const auto& p : doc.preamble) add(p);
  auto add_blocks = [&](const std::vector<Block>& blocks) {
    for (const auto& block : blocks) {
      out.push_back(block.label);
      add(block.text);
      for (const auto& c : block.table.columns) out.push_back(c.title);
      for (const auto& row : block.table.rows) {
        for (const auto& cell : row) out.push_back(cell);
      }
    }
  };
  add_blocks(doc.body);
  for (const auto& a : doc.attachments) {
    for (const auto& line : a.title_lines) out.push_back(line);
    out.push_back(a.reference);
    add_blocks(a.body);
  }
  return out;
}

}  // namespace thidua::docs
