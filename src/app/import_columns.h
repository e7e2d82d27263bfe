// The columns of one kind of import, as data: each column's stable key, its
// heading in the template, the other headings it is known by, whether the
// file must have it, and how its cell is read into the kind's row. A kind
// (app/import_people.cc, import_units.cc, import_registrations.cc) declares
// one table; ImportColumns binds it to a file's heading row and reads every
// row through it, so a checker keeps only the rules that need more than one
// cell or the database.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_pipeline.h"
#include "app/list_columns.h"
#include "core/names.h"

namespace thidua::app {

template <class Row>
struct ImportColumn {
  std::string_view key;                   // stable, ASCII ("full_name"): the API's `field`; also a heading
  std::string_view heading;               // as in the template ("Họ và tên"); also recognised
  std::vector<std::string_view> aliases;  // other headings, folded ("ho ten")
  // > 0: the file needs at least one column of each group number (two columns
  // sharing a number are alternatives: "Mã người" or "Họ và tên").
  int required_group = 0;
  // Reads the column's cell (as read, possibly "") into `row`; returns the
  // problem in Vietnamese, "" when none. nullptr: the kind reads the cell
  // itself (cell()), because its rule needs other cells or the database.
  std::string (*read)(const std::string& cell, Row& row) = nullptr;
};

// A kind's columns bound to the heading row of one file.
template <class Row>
class ImportColumns {
 public:
  // `defs` must outlive this object (kinds keep them in a function-static).
  explicit ImportColumns(const std::vector<ImportColumn<Row>>& defs) : defs_(&defs) {}

  // Binds the file's headings (folded: "Họ và tên", "HỌ TÊN" and "ho ten"
  // alike; the first one when a heading repeats). False when a required group
  // has no column in the file.
  bool bind(const std::vector<std::string>& header) {
    header_ = header;
    index_.clear();
    for (size_t i = 0; i < header.size(); ++i) {
      const std::string folded = core::fold(header[i]);
      for (const auto& d : *defs_) {
        if (index_.count(d.key)) continue;
        if (matches(d, header[i], folded)) {
          index_.emplace(d.key, i);
          break;
        }
      }
    }
    std::map<int, bool> groups;
    for (const auto& d : *defs_) {
      if (d.required_group > 0) groups[d.required_group] |= has(d.key);
    }
    for (const auto& [group, present] : groups) {
      if (!present) return false;
    }
    return true;
  }

  bool has(std::string_view key) const { return index_.count(key) > 0; }

  // The cell of `key` in `source`; "" when the file has no such column or
  // the row is short.
  std::string cell(const SourceRow& source, std::string_view key) const {
    auto it = index_.find(key);
    return it == index_.end() || it->second >= source.cells.size() ? std::string() : source.cells[it->second];
  }

  // Runs every bound column's reader on `source`, the problems into `checked`.
  void read(const SourceRow& source, Row& row, CheckedRow& checked) const {
    for (const auto& d : *defs_) {
      if (d.read == nullptr || !has(d.key)) continue;
      if (std::string problem = d.read(cell(source, d.key), row); !problem.empty()) {
        issue(checked, d.key, std::move(problem));
      }
    }
  }

  // Adds a problem of `checked`'s row under column `key` (named by its
  // heading as the file spells it), and marks the row not ok.
  void issue(CheckedRow& checked, std::string_view key, std::string text) const {
    auto it = index_.find(key);
    ImportIssue i;
    i.row = checked.row;
    i.column = it == index_.end() ? std::string() : header_[it->second];
    i.field = std::string(key);
    i.message = std::move(text);
    checked.issues.push_back(std::move(i));
    checked.ok = false;
  }

 private:
  static bool matches(const ImportColumn<Row>& d, const std::string& raw, const std::string& folded) {
    if (raw == d.key || folded == core::fold(d.heading)) return true;
    for (auto alias : d.aliases) {
      if (folded == alias) return true;
    }
    return false;
  }

  const std::vector<ImportColumn<Row>>* defs_;
  std::vector<std::string> header_;
  std::map<std::string, size_t, std::less<>> index_;
};

// The key and template heading of each column, in order (the API names a
// problem's column by key; exports and templates use the headings).
template <class Row>
std::vector<ListColumn> list_columns_of(const std::vector<ImportColumn<Row>>& defs) {
  std::vector<ListColumn> out;
  out.reserve(defs.size());
  for (const auto& d : defs) out.push_back({std::string(d.heading), std::string(d.key)});
  return out;
}

}  // namespace thidua::app
