// The checker every import of a person's yearly facts shares (annual
// ratings, initiatives' authors, disciplinary measures, absences): each row
// names one person by "Mã người", or "Họ và tên" with "Ngày sinh"
// (app/import_person_match.h), among the people of units where the importer
// edits people (kEditPeople); the kind's columns read its cells
// (app/import_columns.h); the kind adds its record's rules, its checks
// against the database and earlier rows, and its write. One audit entry per
// row written, under the kind's action.
//
// Row must have `PersonCells who`, `int64_t person_id` and
// `std::string person_name` (the person found, else the name typed).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/import_columns.h"
#include "app/import_people.h"
#include "app/import_person_match.h"
#include "core/file_type.h"
#include "core/messages_vi/registrations.h"

namespace thidua::app {

// Reads a four-digit year cell into `year`; the problem ("" when none) in
// Vietnamese. An empty cell is "missing" for the record's own check.
std::string read_year_cell(const std::string& cell, int& year);

// A kind's column table: `before`, then the three columns naming the row's
// person ("Mã người" or "Họ và tên", required as group `group`, with the
// name's other headings `name_aliases`; "Ngày sinh"), then `after`.
template <class Row>
std::vector<ImportColumn<Row>> with_person_columns(std::vector<ImportColumn<Row>> before, int group,
                                                   std::vector<std::string_view> name_aliases,
                                                   std::vector<ImportColumn<Row>> after) {
  namespace msg = core::messages_vi;
  using C = ImportColumn<Row>;
  before.push_back(C{"person_id", msg::kImportColPersonId, {}, group, [](const std::string& c, Row& r) {
                       r.who.id_text = c;
                       return std::string();
                     }});
  before.push_back(C{"full_name", msg::kImportColName, std::move(name_aliases), group,
                     [](const std::string& c, Row& r) {
                       r.who.name = c;
                       return std::string();
                     }});
  before.push_back(C{"birth_date", msg::kImportColBirth, {}, 0, [](const std::string& c, Row& r) {
                       r.who.birth_text = c;
                       if (c.empty()) return std::string();
                       r.who.birth = parse_vietnamese_date(c);
                       return r.who.birth.empty() ? msg::import_birth_invalid(c) : std::string();
                     }});
  before.insert(before.end(), std::make_move_iterator(after.begin()), std::make_move_iterator(after.end()));
  return before;
}

// Who may import rows naming people: kEditPeople somewhere, else kForbidden
// naming the import (`what`).
core::Status may_import_person_rows(const core::Actor& actor, const char* what);

// The three steps of such a kind (app/import_pipeline.h), each checking
// may_import_person_rows first; `Checker` is built from (services, actor,
// meta), meta set for a confirmation only.
template <class Checker>
core::Result<ImportSummary> stage_person_rows(const Services& services, const core::Actor& actor,
                                              std::string_view kind, const char* what, std::string_view bytes,
                                              const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls.
  const std::string filename = core::clean_file_name(client_filename);
  THIDUA_TRY(may_import_person_rows(actor, what));
  Checker checker(services, actor, nullptr);
  return stage_import(services, actor.user_id, kind, checker, bytes, filename);
}

core::Result<ImportPage> person_rows_page(const Services& services, const core::Actor& actor, std::string_view kind,
                                          const char* what, const std::string& token, bool only_problems, int page,
                                          int page_size);

template <class Checker>
core::Result<int64_t> confirm_person_rows(const Services& services, const core::Actor& actor, std::string_view kind,
                                          const char* what, const std::string& token, const RequestMeta& meta) {
  THIDUA_TRY(may_import_person_rows(actor, what));
  Checker checker(services, actor, &meta);
  return confirm_import(services, actor.user_id, kind, token, checker);
}

template <class Row>
class PersonRowsChecker : public ImportChecker {
 public:
  // `defs` outlives the checker; `headings_missing` is the Vietnamese
  // refusal of a file without a required column; `audit_action` names each
  // row's audit entry ("evaluation.import"). `meta` is set for a
  // confirmation only.
  PersonRowsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta,
                    const std::vector<ImportColumn<Row>>& defs, const char* headings_missing, const char* audit_action)
      : services_(services),
        actor_(actor),
        meta_(meta),
        columns_(defs),
        headings_missing_(headings_missing),
        audit_action_(audit_action) {}

  core::Status begin(store::Connection&, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, headings_missing_);
    this_year_ = current_year(services_.clock);
    today_ = vietnam_date(services_.clock.now());
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection& conn, const std::vector<SourceRow>& rows) override {
    auto people = people_of_chunk(conn, columns_, rows);
    if (!people.ok()) return people.error();
    std::vector<CheckedRow> out(rows.size());
    last_.assign(rows.size(), Row{});
    for (size_t i = 0; i < rows.size(); ++i) {
      out[i].row = rows[i].row;
      Row& r = last_[i];
      columns_.read(rows[i], r, out[i]);
      const PersonMatch who = people->match(r.who, [&](const core::Person& p) {
        return permits(actor_, core::Action::kEditPeople, p.unit_path);
      });
      if (!who.field.empty()) columns_.issue(out[i], who.field, who.message);
      r.person_id = who.person ? who.person->id : 0;
      r.person_name = who.person ? who.person->full_name : r.who.name;
      if (auto st = validate(r); !st.ok()) {
        // A rule's field already named by its cell's reader is not named twice.
        const std::string& f = st.error().field;
        const bool named = std::any_of(out[i].issues.begin(), out[i].issues.end(),
                                       [&](const ImportIssue& issue) { return issue.field == f; });
        if (!named) columns_.issue(out[i], f, st.error().message);
      }
    }
    THIDUA_TRY(check_chunk(conn, out));
    for (size_t i = 0; i < rows.size(); ++i) out[i].values = values(last_[i]);
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>&) override {
    const std::string now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& row : last_) {
      auto id = write_row(conn, row, now);
      if (!id.ok()) return id.error();
      THIDUA_TRY(record_audit(conn, services_, &actor_, *meta_,
                              {audit_action_, "person", std::to_string(row.person_id), std::nullopt, values(row)}));
      ++n;
    }
    return n;
  }

 protected:
  // The record's own rules (core::validate_*), on the row as read.
  virtual core::Status validate(const Row& row) const = 0;
  // The chunk's checks against the database (a bounded number of queries)
  // and against earlier rows; `out` holds the chunk's rows, last_ their reading.
  virtual core::Status check_chunk(store::Connection& conn, std::vector<CheckedRow>& out) = 0;
  // What the row writes, as the API shows it.
  virtual boost::json::object values(const Row& row) const = 0;
  // Writes one checked row (inside the confirmation's transaction).
  virtual core::Result<int64_t> write_row(store::Connection& conn, Row& row, const std::string& now) = 0;

  // The people found in the chunk last checked, once each.
  std::vector<int64_t> chunk_people() const {
    std::vector<int64_t> ids;
    for (const auto& r : last_) {
      if (r.person_id > 0) ids.push_back(r.person_id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;
  ImportColumns<Row> columns_;
  int this_year_ = 0;
  std::string today_;  // ISO, in Vietnam
  std::vector<Row> last_;

 private:
  const char* headings_missing_;
  const char* audit_action_;
};

}  // namespace thidua::app
