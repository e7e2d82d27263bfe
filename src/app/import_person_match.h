// Who a row of an import names (a campaign's registrations, the award
// register): a person by "Mã người" (their id) or by "Họ và tên" with
// "Ngày sinh", among the people the importer may act for. A chunk's people
// are found in two queries (by id, by folded name), never one per row.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/import_columns.h"
#include "core/person.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// What a row says of its person.
struct PersonCells {
  std::string id_text;     // "Mã người" as written, "" when absent
  std::string name;        // "Họ và tên"
  std::string birth_text;  // "Ngày sinh" as written
  std::string birth;       // ISO; "" when absent or unreadable (that problem is the date column's)
};

// The person a row names, or why none: `field` (a column key: person_id,
// full_name, birth_date) and a Vietnamese `message`; both empty when the row's
// own date problem already says why.
struct PersonMatch {
  const core::Person* person = nullptr;  // owned by the ChunkPeople
  std::string field;
  std::string message;
};

class ChunkPeople {
 public:
  // The people named by a chunk's rows: by id where `id_texts[i]` is a
  // positive number, else by folded `names[i]`. Two queries at most.
  static core::Result<ChunkPeople> load(store::Connection& conn, const std::vector<std::string>& id_texts,
                                        const std::vector<std::string>& names);

  // Matches a row: by id (a person the importer may not act for reads as
  // unknown; a name given too must be theirs), else by name and birth date
  // among those the importer may act for (none, or more than one, is a
  // problem).
  PersonMatch match(const PersonCells& cells, const std::function<bool(const core::Person&)>& may_act) const;

  // The units of the people loaded (their paths, each once).
  std::vector<std::string> unit_paths() const;

 private:
  std::unordered_map<int64_t, core::Person> by_id_;
  std::multimap<std::string, core::Person> by_name_;
};

// The people a chunk of rows names through its "person_id" and "full_name"
// columns (either may be absent from the file), in two queries at most.
template <class Row>
core::Result<ChunkPeople> people_of_chunk(store::Connection& conn, const ImportColumns<Row>& columns,
                                          const std::vector<SourceRow>& rows) {
  std::vector<std::string> ids, names;
  ids.reserve(rows.size());
  names.reserve(rows.size());
  for (const auto& row : rows) {
    ids.push_back(columns.cell(row, "person_id"));
    names.push_back(columns.cell(row, "full_name"));
  }
  return ChunkPeople::load(conn, ids, names);
}

// The id written in a "Mã người" cell; 0 when it is not a positive number.
int64_t person_id_of(const std::string& text);

}  // namespace thidua::app
