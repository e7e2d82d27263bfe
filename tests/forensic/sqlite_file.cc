// See sqlite_file.h.
#include "forensic/sqlite_file.h"

#include <cctype>
#include <cstring>

namespace thidua::test::forensic::sqlite_file {
namespace {

uint32_t be16(const uint8_t* p) { return (uint32_t(p[0]) << 8) | p[1]; }
uint32_t be32(const uint8_t* p) { return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]; }

// A SQLite varint at p (at most 9 bytes, not past end); returns its length.
size_t varint(const uint8_t* p, const uint8_t* end, uint64_t& out) {
  out = 0;
  for (size_t i = 0; i < 9 && p + i < end; ++i) {
    if (i == 8) {
      out = (out << 8) | p[i];
      return 9;
    }
    out = (out << 7) | (p[i] & 0x7f);
    if ((p[i] & 0x80) == 0) return i + 1;
  }
  return 0;  // truncated
}

int64_t signed_be(const uint8_t* p, size_t n) {
  uint64_t v = (p[0] & 0x80) ? ~uint64_t(0) : 0;
  for (size_t i = 0; i < n; ++i) v = (v << 8) | p[i];
  return static_cast<int64_t>(v);
}

// The columns of a record (§2.1).
std::vector<Value> decode_record(const std::string& payload) {
  std::vector<Value> out;
  const auto* p = reinterpret_cast<const uint8_t*>(payload.data());
  const uint8_t* end = p + payload.size();
  uint64_t header_size = 0;
  size_t n = varint(p, end, header_size);
  if (n == 0 || header_size > payload.size()) return out;
  const uint8_t* h = p + n;
  const uint8_t* body = p + header_size;
  while (h < p + header_size) {
    uint64_t type = 0;
    size_t m = varint(h, p + header_size, type);
    if (m == 0) break;
    h += m;
    Value v;
    size_t len = 0;
    switch (type) {
      case 0: break;
      case 1: len = 1; break;
      case 2: len = 2; break;
      case 3: len = 3; break;
      case 4: len = 4; break;
      case 5: len = 6; break;
      case 6: len = 8; break;
      case 7: len = 8; break;
      case 8: v.kind = Value::kInt; v.i = 0; break;
      case 9: v.kind = Value::kInt; v.i = 1; break;
      default: len = type >= 12 ? (type - 12) / 2 : 0; break;
    }
    if (body + len > end) break;
    if (type >= 1 && type <= 6) {
      v.kind = Value::kInt;
      v.i = signed_be(body, len);
    } else if (type == 7) {
      uint64_t bits = static_cast<uint64_t>(signed_be(body, 8));
      v.kind = Value::kReal;
      std::memcpy(&v.d, &bits, sizeof v.d);
    } else if (type >= 12) {
      v.kind = Value::kText;
      v.s.assign(reinterpret_cast<const char*>(body), len);
    }
    body += len;
    out.push_back(std::move(v));
  }
  return out;
}

// Column names from "CREATE TABLE name (col type ..., ..., PRIMARY KEY (...))".
void parse_columns(const std::string& sql_in, Table& t) {
  // Comments and quoted strings out first: they may hold commas and brackets.
  std::string sql;
  for (size_t i = 0; i < sql_in.size(); ++i) {
    if (sql_in.compare(i, 2, "--") == 0) {
      while (i < sql_in.size() && sql_in[i] != '\n') ++i;
      sql += ' ';
      continue;
    }
    if (sql_in[i] == '\'') {
      ++i;
      while (i < sql_in.size() && sql_in[i] != '\'') ++i;
      sql += "''";
      continue;
    }
    sql += sql_in[i];
  }
  size_t open = sql.find('(');
  if (open == std::string::npos) return;
  int depth = 0;
  std::string piece;
  std::vector<std::string> pieces;
  for (size_t i = open + 1; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '(') ++depth;
    if (c == ')') {
      if (depth == 0) {
        pieces.push_back(piece);
        break;
      }
      --depth;
    }
    if (c == ',' && depth == 0) {
      pieces.push_back(piece);
      piece.clear();
      continue;
    }
    piece += c;
  }
  for (std::string p : pieces) {
    size_t b = p.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) continue;
    p = p.substr(b);
    std::string word;
    for (char c : p) {
      if (std::isspace(static_cast<unsigned char>(c))) break;
      word += c;
    }
    std::string upper;
    for (char c : word) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper == "CONSTRAINT" || upper == "PRIMARY" || upper == "UNIQUE" || upper == "CHECK" || upper == "FOREIGN") {
      continue;
    }
    if (word.size() >= 2 && (word[0] == '"' || word[0] == '`' || word[0] == '[')) word = word.substr(1, word.size() - 2);
    std::string rest;
    for (char c : p) rest += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (rest.find(" INTEGER PRIMARY KEY") != std::string::npos) t.rowid_alias = static_cast<int>(t.columns.size());
    t.columns.push_back(word);
  }
}

// The header offset of a b-tree page (page 1 starts after the file header).
size_t header_at(uint32_t pgno) { return pgno == 1 ? 100 : 0; }

// A cell's payload of `size` bytes starting at `at`: the part kept on the
// page (at most `max_local`, the file format's X: U−35 on table leaves,
// ((U−12)·64/255)−23 on index pages), then the overflow chain.
bool cell_payload(const Pager& pager, const uint8_t* page, const uint8_t* at, uint64_t size, uint64_t max_local,
                  std::string& payload) {
  const uint8_t* end = page + pager.page_size;
  const uint64_t U = pager.usable;
  uint64_t local = size;
  if (size > max_local) {
    const uint64_t M = ((U - 12) * 32 / 255) - 23;
    const uint64_t K = M + ((size - M) % (U - 4));
    local = K <= max_local ? K : M;
  }
  if (at + local > end) return false;
  payload.assign(reinterpret_cast<const char*>(at), local);
  if (local < size) {
    if (at + local + 4 > end) return false;
    uint32_t next = be32(at + local);
    std::set<uint32_t> seen;
    while (next != 0 && payload.size() < size && seen.insert(next).second) {
      const uint8_t* ov = pager.get(next);
      if (ov == nullptr) return false;
      size_t take = std::min<uint64_t>(U - 4, size - payload.size());
      payload.append(reinterpret_cast<const char*>(ov + 4), take);
      next = be32(ov);
    }
  }
  return payload.size() == size;
}

// The payload of a leaf table cell at `cell`, following overflow pages.
bool leaf_table_cell(const Pager& pager, const uint8_t* page, const uint8_t* cell, int64_t& rowid, std::string& payload) {
  const uint8_t* end = page + pager.page_size;
  uint64_t size = 0, key = 0;
  size_t n = varint(cell, end, size);
  if (n == 0) return false;
  cell += n;
  n = varint(cell, end, key);
  if (n == 0) return false;
  rowid = static_cast<int64_t>(key);
  return cell_payload(pager, page, cell + n, size, pager.usable - 35, payload);
}

// The payload of an index b-tree cell (leaf or interior: `cell` points past
// the child pointer), following overflow pages. WITHOUT ROWID tables keep
// their rows in index b-trees, in interior cells as well as leaf cells.
bool index_cell(const Pager& pager, const uint8_t* page, const uint8_t* cell, std::string& payload) {
  uint64_t size = 0;
  const size_t n = varint(cell, page + pager.page_size, size);
  if (n == 0) return false;
  return cell_payload(pager, page, cell + n, size, ((pager.usable - 12) * 64 / 255) - 23, payload);
}

// Visits the leaf table cells of a b-tree (and, in index b-trees, every
// cell, reported through `index_cell_fn`).
void walk(const Pager& pager, uint32_t pgno, int depth, std::set<uint32_t>& seen,
          const std::function<void(uint32_t, const uint8_t*, const uint8_t*)>& leaf_cell,
          std::set<uint32_t>* pages,
          const std::function<void(const uint8_t*, const uint8_t*)>& index_cell_fn = {}) {
  if (depth > 20 || !seen.insert(pgno).second) return;
  const uint8_t* page = pager.get(pgno);
  if (page == nullptr) return;
  if (pages) pages->insert(pgno);
  const uint8_t* h = page + header_at(pgno);
  const uint8_t type = h[0];
  const uint32_t cells = be16(h + 3);
  if (type == 0x0d) {
    for (uint32_t i = 0; i < cells; ++i) {
      uint32_t off = be16(h + 8 + 2 * i);
      if (off >= pager.page_size) continue;
      if (leaf_cell) leaf_cell(pgno, page, page + off);
      if (pages) {  // overflow pages of this cell
        int64_t rowid = 0;
        std::string payload;
        const uint8_t* c = page + off;
        uint64_t size = 0, key = 0;
        size_t n = varint(c, page + pager.page_size, size);
        n += varint(c + n, page + pager.page_size, key);
        const uint64_t U = pager.usable, X = U - 35;
        if (size > X) {
          const uint64_t M = ((U - 12) * 32 / 255) - 23;
          const uint64_t K = M + ((size - M) % (U - 4));
          const uint64_t local = K <= X ? K : M;
          if (off + n + local + 4 <= pager.page_size) {
            uint32_t next = be32(c + n + local);
            while (next != 0 && pages->insert(next).second) {
              const uint8_t* ov = pager.get(next);
              if (ov == nullptr) break;
              next = be32(ov);
            }
          }
        }
        (void)rowid;
        (void)payload;
      }
    }
  } else if (type == 0x05) {
    for (uint32_t i = 0; i < cells; ++i) {
      uint32_t off = be16(h + 12 + 2 * i);
      if (off + 4 > pager.page_size) continue;
      walk(pager, be32(page + off), depth + 1, seen, leaf_cell, pages, index_cell_fn);
    }
    walk(pager, be32(h + 8), depth + 1, seen, leaf_cell, pages, index_cell_fn);
  } else if (type == 0x0a || type == 0x02) {
    const bool interior = type == 0x02;
    for (uint32_t i = 0; i < cells; ++i) {
      uint32_t off = be16(h + (interior ? 12 : 8) + 2 * i);
      if (off + (interior ? 4 : 0) >= pager.page_size) continue;
      if (interior) walk(pager, be32(page + off), depth + 1, seen, leaf_cell, pages, index_cell_fn);
      if (index_cell_fn) index_cell_fn(page, page + off + (interior ? 4 : 0));
    }
    if (interior) walk(pager, be32(h + 8), depth + 1, seen, leaf_cell, pages, index_cell_fn);
  }
}

}  // namespace

Pager file_pager(const std::string& file) {
  Pager p;
  if (file.size() < 100 || file.compare(0, 16, std::string("SQLite format 3\0", 16)) != 0) return p;
  const auto* b = reinterpret_cast<const uint8_t*>(file.data());
  uint32_t size = be16(b + 16);
  if (size == 1) size = 65536;
  p.page_size = size;
  p.usable = size - b[20];
  const std::string* f = &file;
  p.get = [f, size](uint32_t pgno) -> const uint8_t* {
    if (pgno == 0 || uint64_t(pgno) * size > f->size()) return nullptr;
    return reinterpret_cast<const uint8_t*>(f->data()) + uint64_t(pgno - 1) * size;
  };
  return p;
}

std::vector<Table> read_schema(const Pager& pager) {
  std::vector<Table> out;
  Table master{"sqlite_master", 1, {"type", "name", "tbl_name", "rootpage", "sql"}, -1};
  for (const auto& [rowid, row] : read_table(pager, master)) {
    auto type = row.find("type");
    if (type == row.end() || type->second.s != "table") continue;
    Table t;
    t.name = row.at("name").s;
    t.root = static_cast<uint32_t>(row.at("rootpage").i);
    parse_columns(row.at("sql").s, t);
    if (t.root != 0) out.push_back(std::move(t));
  }
  return out;
}

std::map<int64_t, Row> read_table(const Pager& pager, const Table& table) {
  std::map<int64_t, Row> out;
  if (!pager.get) return out;
  std::set<uint32_t> seen;
  walk(pager, table.root, 0, seen, [&](uint32_t, const uint8_t* page, const uint8_t* cell) {
    int64_t rowid = 0;
    std::string payload;
    if (!leaf_table_cell(pager, page, cell, rowid, payload)) return;
    std::vector<Value> values = decode_record(payload);
    Row row;
    for (size_t i = 0; i < table.columns.size(); ++i) {
      Value v = i < values.size() ? values[i] : Value{};
      if (static_cast<int>(i) == table.rowid_alias && v.kind == Value::kNull) {
        v.kind = Value::kInt;
        v.i = rowid;
      }
      row[table.columns[i]] = std::move(v);
    }
    out[rowid] = std::move(row);
  }, nullptr, [&](const uint8_t* page, const uint8_t* cell) {
    // A WITHOUT ROWID row: keyed by a hash of its bytes (it has no rowid).
    std::string payload;
    if (!index_cell(pager, page, cell, payload)) return;
    std::vector<Value> values = decode_record(payload);
    Row row;
    for (size_t i = 0; i < table.columns.size(); ++i) row[table.columns[i]] = i < values.size() ? values[i] : Value{};
    out[static_cast<int64_t>(std::hash<std::string>{}(payload) >> 1)] = std::move(row);
  });
  return out;
}

void table_pages(const Pager& pager, uint32_t root, std::set<uint32_t>& out) {
  std::set<uint32_t> seen;
  walk(pager, root, 0, seen, nullptr, &out);
}

WalLog parse_wal(const std::string& wal) {
  WalLog log;
  if (wal.size() < 32) {
    log.error = wal.empty() ? "no -wal file (or an empty one)" : "-wal shorter than its header";
    return log;
  }
  const auto* b = reinterpret_cast<const uint8_t*>(wal.data());
  const uint32_t magic = be32(b);
  if (magic != 0x377f0682 && magic != 0x377f0683) {
    log.error = "bad WAL magic";
    return log;
  }
  log.page_size = be32(b + 8);
  log.checkpoint_seq = be32(b + 12);
  log.salt1 = be32(b + 16);
  log.salt2 = be32(b + 20);
  if (log.page_size < 512 || log.page_size > 65536) {
    log.error = "bad WAL page size";
    return log;
  }
  const size_t frame_size = 24 + size_t(log.page_size);
  const size_t total = (wal.size() - 32) / frame_size;
  WalTransaction tx;
  bool in_tx = false;
  size_t i = 0;
  for (; i < total; ++i) {
    const uint8_t* f = b + 32 + i * frame_size;
    // Frames whose salts differ are left over from an earlier generation of
    // the log (it restarts from the top after a checkpoint): the valid log ends.
    if (be32(f + 8) != log.salt1 || be32(f + 12) != log.salt2) break;
    ++log.frames;
    if (!in_tx) {
      tx = WalTransaction{};
      tx.first_frame = static_cast<uint32_t>(i);
      in_tx = true;
    }
    tx.pages[be32(f)] = f + 24;
    if (be32(f + 4) != 0) {  // commit frame: db size in pages after the commit
      tx.commit_frame = static_cast<uint32_t>(i);
      log.transactions.push_back(std::move(tx));
      in_tx = false;
    }
  }
  log.stale_frames = static_cast<uint32_t>(total - i);
  return log;
}

}  // namespace thidua::test::forensic::sqlite_file
