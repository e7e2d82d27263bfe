// The one path every spreadsheet import takes (people, units, registrations),
// with memory bounded whatever the file's length (issue 9 #6):
//  - stage: the upload is saved (app/import_staging.h), then read row by row
//    (io::read_table_rows); rows are checked by the kind a chunk at a time and
//    written, checked, into the database (store/import_batches.h);
//  - preview: read back a page at a time, all rows or only those with problems;
//  - confirm: the saved file is read and checked again against today's data,
//    chunk by chunk, and written in one transaction, or nothing is written.
// A kind supplies an ImportChecker; the pipeline does the rest.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "app/context.h"
#include "app/import_staging.h"
#include "core/names.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// One data row of an upload as read.
struct SourceRow {
  int row = 0;  // spreadsheet row / CSV line
  std::vector<std::string> cells;
};

// One data row as its kind checked it.
struct CheckedRow {
  int row = 0;
  bool ok = true;
  boost::json::object values;       // what the row will write, as the API shows it
  std::vector<ImportIssue> issues;  // this row's problems (row == this row)
};

// What a kind of import knows. One checker serves one staging or one
// confirmation, in this order: begin(), then check() for each chunk (at most
// kImportChunk rows, in file order), and on confirmation write() after each
// check() whose rows were all ok, then finish_writes(). A checker may keep
// state across chunks (codes seen, rows per person) bounded by the row count.
class ImportChecker {
 public:
  virtual ~ImportChecker() = default;
  // The file's headings: kValidation (Vietnamese) when a required one is
  // missing; loads what rows are checked against.
  virtual core::Status begin(store::Connection& conn, const std::vector<std::string>& header) = 0;
  // Checks a chunk: one CheckedRow per row, in order. May query the database
  // a bounded number of times per chunk, never once per row.
  virtual core::Result<std::vector<CheckedRow>> check(store::Connection& conn, const std::vector<SourceRow>& rows) = 0;
  // Writes the rows of the chunk last checked (inside the confirmation's
  // transaction), each audited; returns how many. `checked` is what check()
  // returned for that chunk; write() may move its values (into the audit
  // entries) and the caller does not read them again.
  virtual core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>& checked) = 0;
  // After the last chunk is written.
  virtual core::Status finish_writes(store::Connection&) { return {}; }
  // The example row of the kind's template (its cells under the headings),
  // empty for none. A row that repeats it — the example left in the file — is
  // refused, whatever the checker said of it (is_template_example).
  virtual std::vector<std::string> template_example() const { return {}; }
};

// True when `cells` repeat `example`: the same non-empty cells, compared
// regardless of case, diacritics and spacing, in any column order, a date
// written day/month/year equal to the same date in ISO (as a spreadsheet
// that retyped it gives it back). An empty example matches nothing.
bool is_template_example(const std::vector<std::string>& cells, const std::vector<std::string>& example);

inline constexpr size_t kImportChunk = 500;

// The column of each recognised heading (folded: "Họ và tên", "HỌ TÊN" and
// "ho ten" alike), the first one when a heading repeats.
template <class Col>
std::map<Col, size_t> columns_of(const std::vector<std::string>& header, const std::map<std::string, Col>& headings) {
  std::map<Col, size_t> col;
  for (size_t i = 0; i < header.size(); ++i) {
    auto it = headings.find(core::fold(header[i]));
    if (it != headings.end() && !col.count(it->second)) col[it->second] = i;
  }
  return col;
}

// A staged import's counts.
struct ImportSummary {
  std::string token;     // the import's id for its uploader (page form, API import_id)
  std::string filename;
  int64_t rows = 0;
  int64_t valid_rows = 0;
  int64_t issues = 0;
  bool confirmable() const { return issues == 0 && rows > 0; }
};

// One page of a staged import's preview.
struct ImportPage {
  ImportSummary summary;
  std::vector<CheckedRow> rows;
  bool only_problems = false;
  int page = 1;
  int page_size = 100;
  int64_t total = 0;  // rows listed across all pages (all, or those with problems)
};

// Saves and checks an upload as `kind` for `user_id`. Errors: those of the
// file (kTooLarge, kUnsupported, kValidation naming the line) and of the
// checker's begin(); kValidation when the file has no data row.
core::Result<ImportSummary> stage_import(const Services& services, int64_t user_id, std::string_view kind,
                                         ImportChecker& checker, std::string_view bytes, const std::string& filename);

// A page of the preview staged by `user_id` as `kind` (kImportNotFound
// otherwise, as for an unknown or expired one). page ≥ 1, 1 ≤ page_size ≤ 500.
core::Result<ImportPage> import_page(const Services& services, int64_t user_id, std::string_view kind,
                                     const std::string& token, bool only_problems, int page, int page_size);

// The shell's one pass (thidua import): the file read and checked once, each
// chunk written in one transaction as soon as it is checked, the whole rolled
// back when any row has a problem (every row is still checked, so that every
// problem is counted; the first kMaxIssuesListed are kept). Nothing is
// staged: there is no preview to show. With `write` false, only checked.
// Errors: those of the file and of the checker's begin() and write();
// kValidation when the file has no data row. Problems are not an error: the
// result lists them and `written` is 0.
inline constexpr size_t kMaxIssuesListed = 1000;
struct ImportAtOnce {
  int64_t rows = 0;
  int64_t issues = 0;
  std::vector<ImportIssue> listed;  // the first kMaxIssuesListed problems, in file order
  int64_t written = 0;
};
core::Result<ImportAtOnce> import_at_once(const Services& services, ImportChecker& checker, std::string_view bytes,
                                          const std::string& filename, bool write);

// Reads and checks the staged file again and writes it in one transaction.
// Errors: kImportNotFound, kImportHasErrors (nothing written), and the
// checker's own. On success the staged upload and its preview are removed.
core::Result<int64_t> confirm_import(const Services& services, int64_t user_id, std::string_view kind,
                                     const std::string& token, ImportChecker& checker);

}  // namespace thidua::app
