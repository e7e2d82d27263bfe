// A small reader of SQLite files as an adversary sees them: the main file and
// its write-ahead log (-wal) as bytes, no SQLite library involved. Parses the
// WAL header and frames, replays frames into page images, walks table
// b-trees from the root pages in sqlite_master and decodes records (varint
// header, serial types), following overflow pages.
//
// Formats: https://www.sqlite.org/fileformat2.html (§1.3 pages, §1.6 b-tree
// pages, §2.1 record format, §4 the WAL).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "forensic/forensic.h"

namespace thidua::test::forensic::sqlite_file {

// Page images by number (1-based); nullptr when the page does not exist.
struct Pager {
  uint32_t page_size = 0;
  uint32_t usable = 0;  // page size minus the reserved bytes at the end of each page
  std::function<const uint8_t*(uint32_t)> get;
};

// A pager over the main file alone (page size from its header); page_size 0
// when the bytes are not a SQLite database.
Pager file_pager(const std::string& file);

struct Table {
  std::string name;
  uint32_t root = 0;
  std::vector<std::string> columns;
  int rowid_alias = -1;  // index of an INTEGER PRIMARY KEY column (stored as NULL)
};

// The tables of sqlite_master (page 1), with column names parsed from their SQL.
std::vector<Table> read_schema(const Pager& pager);

// Every row of a table b-tree: rowid → columns (missing trailing columns,
// from ALTER TABLE ADD COLUMN, are NULL). A WITHOUT ROWID table (an index
// b-tree; its primary-key columns are declared first here, so the record's
// order is the declared one) is keyed by a hash of each row's bytes instead.
std::map<int64_t, Row> read_table(const Pager& pager, const Table& table);

// The pages of a table b-tree (interior and leaf) and of overflow chains.
void table_pages(const Pager& pager, uint32_t root, std::set<uint32_t>& out);

// A committed WAL transaction: the frames from after the previous commit
// frame up to its commit frame (db size field non-zero).
struct WalTransaction {
  uint32_t first_frame = 0, commit_frame = 0;  // 0-based frame indexes
  std::map<uint32_t, const uint8_t*> pages;     // last image of each page in the transaction
};

struct WalLog {
  uint32_t page_size = 0;
  uint32_t checkpoint_seq = 0, salt1 = 0, salt2 = 0;
  uint32_t frames = 0;          // valid frames (salts match the header)
  uint32_t stale_frames = 0;    // frames after them, from an earlier generation of the log
  std::vector<WalTransaction> transactions;
  std::string error;            // "" when the header is valid
};

// Parses `wal` (kept alive by the caller: page pointers point into it).
WalLog parse_wal(const std::string& wal);

}  // namespace thidua::test::forensic::sqlite_file
