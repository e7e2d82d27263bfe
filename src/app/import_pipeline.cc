#include "app/import_pipeline.h"

#include <algorithm>
#include <cstdio>
#include <chrono>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/clock.h"
#include "app/crypto.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"
#include "io/read_ahead.h"
#include "io/table.h"
#include "store/bulk_load.h"
#include "store/import_batches.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

std::string batch_key(const std::string& token) { return sha256_hex(token); }

std::string row_data(const CheckedRow& row) {
  json::array issues;
  for (const auto& i : row.issues) {
    issues.push_back(json::object{{"column", i.column}, {"field", i.field}, {"message", i.message}});
  }
  return json::serialize(json::object{{"values", row.values}, {"issues", std::move(issues)}});
}

CheckedRow from_staged(const store::StagedRow& staged) {
  CheckedRow row;
  row.row = static_cast<int>(staged.line);
  row.ok = staged.ok;
  boost::system::error_code ec;
  auto data = json::parse(staged.data, ec);
  if (ec || !data.is_object()) return row;
  const auto& obj = data.as_object();
  if (const auto* v = obj.if_contains("values"); v && v->is_object()) row.values = v->as_object();
  if (const auto* list = obj.if_contains("issues"); list && list->is_array()) {
    for (const auto& i : list->as_array()) {
      if (!i.is_object()) continue;
      auto text = [&](const char* key) {
        const auto* v = i.as_object().if_contains(key);
        return v && v->is_string() ? std::string(v->as_string()) : std::string();
      };
      row.issues.push_back({row.row, text("column"), text("message"), text("field")});
    }
  }
  return row;
}

// Feeds the rows of a file to a checker in chunks; `on_chunk` gets each
// chunk's checked rows.
class ChunkedSink : public io::RowSink {
 public:
  using OnChunk = std::function<core::Status(std::vector<CheckedRow>&&)>;
  ChunkedSink(store::Connection& conn, ImportChecker& checker, OnChunk on_chunk)
      : conn_(conn), checker_(checker), on_chunk_(std::move(on_chunk)), example_(checker.template_example()) {}

  core::Status header(const std::vector<std::string>& header) override { return checker_.begin(conn_, header); }

  core::Status row(std::vector<std::string>&& cells, int row_number) override {
    pending_.push_back({row_number, std::move(cells)});
    ++rows_;
    if (pending_.size() >= kImportChunk) return flush();
    return {};
  }

  core::Status flush() {
    if (pending_.empty()) return {};
    auto checked = checker_.check(conn_, pending_);
    if (checked.ok()) refuse_examples(*checked);
    pending_.clear();
    if (!checked.ok()) return checked.error();
    return on_chunk_(std::move(*checked));
  }

  // The template's example row left in the file is not data.
  void refuse_examples(std::vector<CheckedRow>& checked) {
    if (example_.empty()) return;
    for (size_t i = 0; i < checked.size() && i < pending_.size(); ++i) {
      if (!is_template_example(pending_[i].cells, example_)) continue;
      checked[i].ok = false;
      checked[i].issues.insert(checked[i].issues.begin(),
                               ImportIssue{checked[i].row, "", msg::kImportTemplateExampleRow, ""});
    }
  }

  int64_t rows() const { return rows_; }

 private:
  store::Connection& conn_;
  ImportChecker& checker_;
  OnChunk on_chunk_;
  std::vector<SourceRow> pending_;
  std::vector<std::string> example_;
  int64_t rows_ = 0;
};

// A date written "15/03/1985" (or "15-3-1985") as ISO, the way a spreadsheet
// that retyped it as a date gives it back; any other text as it is.
std::string canonical_date(const std::string& folded) {
  int d = 0, m = 0, y = 0;
  char s1 = 0, s2 = 0;
  int used = 0;
  if (std::sscanf(folded.c_str(), "%d%c%d%c%d%n", &d, &s1, &m, &s2, &y, &used) == 5 &&
      used == static_cast<int>(folded.size()) && (s1 == '/' || s1 == '-') && s1 == s2 && d >= 1 && d <= 31 &&
      m >= 1 && m <= 12 && y >= 1000 && y <= 9999) {
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    return iso;
  }
  return folded;
}

// The folded non-empty cells of a row, dates as ISO, sorted.
std::vector<std::string> comparable_cells(const std::vector<std::string>& cells) {
  std::vector<std::string> out;
  for (const auto& c : cells) {
    std::string f = core::fold(c);
    if (!f.empty()) out.push_back(canonical_date(f));
  }
  std::sort(out.begin(), out.end());
  return out;
}

const core::Error& not_found_error() {
  static const core::Error e = import_refusal(not_found(msg::kWhatStagedUpload));
  return e;
}

}  // namespace

bool is_template_example(const std::vector<std::string>& cells, const std::vector<std::string>& example) {
  const std::vector<std::string> want = comparable_cells(example);
  return !want.empty() && comparable_cells(cells) == want;
}

core::Result<ImportSummary> stage_import(const Services& services, int64_t user_id, std::string_view kind,
                                         ImportChecker& checker, std::string_view bytes, const std::string& filename) {
  auto token = stage_upload(services, user_id, kind, filename, bytes);
  if (!token.ok()) return token.error();
  const std::string key = batch_key(*token);
  auto conn = services.db.acquire();
  store::BulkLoad bulk(*conn);
  const auto now = services.clock.now();
  (void)store::purge_import_batches(*conn, iso_instant(now - std::chrono::hours(24)));
  auto fail = [&](core::Error e) -> core::Result<ImportSummary> {
    (void)store::drop_import_batch(*conn, key);
    discard_staged_upload(services, *token);
    return e;
  };
  if (auto st = store::begin_import_batch(*conn, {key, user_id, std::string(kind), filename, iso_instant(now)});
      !st.ok()) {
    discard_staged_upload(services, *token);
    return st.error();
  }
  ImportSummary summary;
  summary.token = *token;
  summary.filename = filename;
  int64_t seq = 0;
  ChunkedSink sink(*conn, checker, [&](std::vector<CheckedRow>&& rows) -> core::Status {
    std::vector<store::StagedRow> staged;
    staged.reserve(rows.size());
    for (const auto& r : rows) {
      staged.push_back({seq++, r.row, r.ok, row_data(r)});
      summary.valid_rows += r.ok ? 1 : 0;
      summary.issues += static_cast<int64_t>(r.issues.size());
    }
    return store::in_transaction(*conn, [&]() { return store::add_import_rows(*conn, key, staged); });
  });
  if (auto st = io::read_table_rows_ahead(bytes, filename, sink); !st.ok()) return fail(st.error());
  if (auto st = sink.flush(); !st.ok()) return fail(st.error());
  summary.rows = sink.rows();
  if (summary.rows == 0) return fail(core::make_error(core::errc::kValidation, msg::kImportNoData));
  if (auto st = store::complete_import_batch(*conn, key, summary.rows, summary.valid_rows, summary.issues); !st.ok()) {
    return fail(st.error());
  }
  return summary;
}

core::Result<ImportAtOnce> import_at_once(const Services& services, ImportChecker& checker, std::string_view bytes,
                                          const std::string& filename, bool write) {
  auto conn = services.db.acquire();
  store::BulkLoad bulk(*conn);
  ImportAtOnce out;
  auto done = store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    ChunkedSink sink(*conn, checker, [&](std::vector<CheckedRow>&& rows) -> core::Status {
      for (auto& r : rows) {
        out.issues += static_cast<int64_t>(r.issues.size());
        for (auto& i : r.issues) {
          if (out.listed.size() < kMaxIssuesListed) out.listed.push_back(std::move(i));
        }
      }
      if (out.issues > 0 || !write) return {};
      auto w = checker.write(*conn, rows);
      if (!w.ok()) return w.error();
      out.written += *w;
      return {};
    });
    THIDUA_TRY(io::read_table_rows_ahead(bytes, filename, sink));
    THIDUA_TRY(sink.flush());
    out.rows = sink.rows();
    if (out.rows == 0) return core::make_error(core::errc::kValidation, msg::kImportNoData);
    if (out.issues > 0 || !write) {
      // Rolled back: nothing of it stays.
      return core::make_error(core::errc::kImportHasErrors, msg::import_has_issues(static_cast<size_t>(out.issues)));
    }
    THIDUA_TRY(checker.finish_writes(*conn));
    return out.written;
  });
  if (!done.ok()) {
    if (done.error().code != core::errc::kImportHasErrors) return done.error();
    out.written = 0;
  }
  return out;
}

core::Result<ImportPage> import_page(const Services& services, int64_t user_id, std::string_view kind,
                                     const std::string& token, bool only_problems, int page, int page_size) {
  page = std::max(1, page);
  page_size = std::clamp(page_size, 1, 500);
  if (token.size() < 20 || token.size() > 64) return not_found_error();
  auto conn = services.db.acquire();
  auto batch = store::find_import_batch(*conn, batch_key(token));
  if (!batch.ok()) return batch.error();
  const std::string expired_before = iso_instant(services.clock.now() - std::chrono::hours(24));
  if (!*batch || !(*batch)->complete || (*batch)->user_id != user_id || (*batch)->kind != kind ||
      (*batch)->created_at < expired_before) {
    return not_found_error();
  }
  ImportPage out;
  out.summary = {token, (*batch)->filename, (*batch)->rows, (*batch)->valid_rows, (*batch)->issues};
  out.only_problems = only_problems;
  out.page = page;
  out.page_size = page_size;
  out.total = only_problems ? (*batch)->rows - (*batch)->valid_rows : (*batch)->rows;
  auto rows = store::import_rows_page(*conn, (*batch)->key, only_problems,
                                      static_cast<int64_t>(page - 1) * page_size, page_size);
  if (!rows.ok()) return rows.error();
  out.rows.reserve(rows->size());
  for (const auto& r : *rows) out.rows.push_back(from_staged(r));
  return out;
}

core::Result<int64_t> confirm_import(const Services& services, int64_t user_id, std::string_view kind,
                                     const std::string& token, ImportChecker& checker) {
  auto staged = load_staged_upload(services, user_id, kind, token);
  if (!staged.ok()) return import_refusal(staged.error());
  auto conn = services.db.acquire();
  store::BulkLoad bulk(*conn);
  auto written = store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    int64_t n = 0;
    int64_t issues = 0;
    // Every row is checked, so that the refusal counts every problem; none
    // is written once one has been found.
    ChunkedSink sink(*conn, checker, [&](std::vector<CheckedRow>&& rows) -> core::Status {
      for (const auto& r : rows) issues += static_cast<int64_t>(r.issues.size());
      if (issues > 0) return {};
      auto w = checker.write(*conn, rows);
      if (!w.ok()) return w.error();
      n += *w;
      return {};
    });
    THIDUA_TRY(io::read_table_rows_ahead(staged->bytes, staged->filename, sink));
    THIDUA_TRY(sink.flush());
    if (sink.rows() == 0) return core::make_error(core::errc::kValidation, msg::kImportNoData);
    if (issues > 0) {
      return core::make_error(core::errc::kImportHasErrors, msg::import_has_issues(static_cast<size_t>(issues)));
    }
    THIDUA_TRY(checker.finish_writes(*conn));
    return n;
  });
  if (!written.ok()) return import_refusal(written.error());
  discard_staged_upload(services, token);
  (void)store::drop_import_batch(*conn, batch_key(token));
  return written;
}

}  // namespace thidua::app
