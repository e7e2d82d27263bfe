// See evidence.h.
#include "forensic/evidence.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "app/crypto.h"

namespace thidua::test::forensic {
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return {};
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string from_hex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

int64_t little_endian(const std::string& b) {
  uint64_t v = 0;
  for (size_t i = b.size(); i-- > 0;) v = (v << 8) | static_cast<unsigned char>(b[i]);
  if (!b.empty() && b.size() < 8 && (static_cast<unsigned char>(b.back()) & 0x80)) v |= ~uint64_t(0) << (8 * b.size());
  return static_cast<int64_t>(v);
}

// A raw attribute as tuple_data_split gives it (bytes as stored), by type oid.
Value decode_attribute(const std::string& raw, int64_t type_oid) {
  Value v;
  switch (type_oid) {
    case 20: case 23: case 21: case 16:  // int8, int4, int2, bool
      v.kind = Value::kInt;
      v.i = little_endian(raw);
      return v;
    case 25: case 1043: {  // text, varchar: a varlena
      if (raw.empty()) break;
      const auto b0 = static_cast<unsigned char>(raw[0]);
      if ((b0 & 0x01) == 1 && b0 != 0x01) {  // 1-byte header (little-endian layout)
        v.kind = Value::kText;
        v.s = raw.substr(1);
        return v;
      }
      if ((b0 & 0x03) == 0 && raw.size() >= 4) {  // 4-byte header, uncompressed
        v.kind = Value::kText;
        v.s = raw.substr(4);
        return v;
      }
      break;  // compressed or TOAST pointer: kept as bytes below
    }
    default: break;
  }
  v.kind = Value::kText;
  static const char* kHex = "0123456789abcdef";
  v.s = "\\x";
  for (unsigned char c : raw) {
    v.s += kHex[c >> 4];
    v.s += kHex[c & 15];
  }
  return v;
}

}  // namespace

EvidenceCollector::EvidenceCollector(TestSite& site, fs::path access_log)
    : site_(site), access_log_(std::move(access_log)) {
  evidence_.sqlite = site_.db().engine() == store::Engine::kSqlite;
}

std::string EvidenceCollector::prepare() {
  if (evidence_.sqlite) return {};
  auto conn = site_.db().acquire();
  auto ext = conn->exec_script("CREATE EXTENSION IF NOT EXISTS pageinspect");
  if (!ext.ok()) {
    pg_off_ = "CREATE EXTENSION pageinspect failed (is the test role a superuser?): " + ext.error().message;
    return pg_off_;
  }
  auto tables = conn->query(
      "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname");
  if (!tables.ok()) {
    pg_off_ = tables.error().message;
    return pg_off_;
  }
  for (const auto& t : *tables) {
    auto off = conn->exec_script("ALTER TABLE \"" + t.str(0) + "\" SET (autovacuum_enabled = off)");
    if (!off.ok()) ADD_FAILURE() << "autovacuum off on " << t.str(0) << ": " << off.error().message;
  }
  return {};
}

void EvidenceCollector::take(const std::string& label) {
  Snapshot s;
  s.label = label;
  if (evidence_.sqlite) {
    take_sqlite(s);
  } else {
    take_postgres(s);
  }
  // The backup, made as `thidua backup` makes it (Database::backup).
  const fs::path backup = fs::temp_directory_path() /
                          ("thidua-forensic-backup-" + app::random_token(6) + "-" + std::to_string(++backups_));
  auto made = site_.db().backup(backup.string());
  if (made.ok()) {
    s.backup = read_file(backup);
  } else {
    ADD_FAILURE() << "backup: " << made.error().message;
  }
  std::error_code ec;
  fs::remove(backup, ec);
  // The data folder.
  for (auto it = fs::recursive_directory_iterator(site_.data_dir(), ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file()) s.data_files[fs::relative(it->path(), site_.data_dir()).string()] = read_file(it->path());
  }
  // The audit trail.
  {
    auto conn = site_.db().acquire();
    auto rows = conn->query(
        "SELECT seq, at, actor_user_id, action, entity, entity_id, after_json FROM audit_log ORDER BY seq");
    if (rows.ok()) {
      for (const auto& r : *rows) {
        Row row;
        const char* names[] = {"seq", "at", "actor_user_id", "action", "entity", "entity_id", "after_json"};
        for (size_t i = 0; i < 7; ++i) {
          Value v;
          if (!r.is_null(i)) {
            if (i == 0 || i == 2) {
              v.kind = Value::kInt;
              v.i = r.i64(i);
            } else {
              v.kind = Value::kText;
              v.s = r.str(i);
            }
          }
          row[names[i]] = v;
        }
        s.audit_rows.push_back(std::move(row));
      }
    }
  }
  // The access log (whatever has reached the file).
  if (!access_log_.empty()) {
    std::istringstream in(read_file(access_log_));
    for (std::string line; std::getline(in, line);) s.access_log.push_back(line);
  }
  evidence_.snapshots.push_back(std::move(s));
}

void EvidenceCollector::take_sqlite(Snapshot& s) {
  std::string url = site_.db().describe();
  const std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  // Read the -wal first: a file copy made while the server runs, as an
  // adversary would make it (nothing here checkpoints).
  s.sqlite_wal = read_file(path + "-wal");
  s.sqlite_shm = read_file(path + "-shm");
  s.sqlite_main = read_file(path);
}

void EvidenceCollector::take_postgres(Snapshot& s) {
  if (!pg_off_.empty()) {
    s.pg_skipped = pg_off_;
    return;
  }
  auto conn = site_.db().acquire();
  auto tables = conn->query(
      "SELECT c.relname, c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname");
  if (!tables.ok()) {
    s.pg_skipped = tables.error().message;
    return;
  }
  for (const auto& t : *tables) {
    const std::string table = t.str(0);
    const int64_t oid = t.i64(1);
    auto cols = conn->query(
        "SELECT attname, atttypid::bigint FROM pg_attribute WHERE attrelid = (?::bigint)::oid AND attnum > 0 "
        "ORDER BY attnum",
        {oid});
    if (!cols.ok()) continue;
    std::vector<std::string> names;
    std::vector<int64_t> types;
    for (const auto& c : *cols) {
      names.push_back(c.str(0));
      types.push_back(c.i64(1));
    }
    s.pg_columns[table] = names;
    auto blocks = conn->query("SELECT pg_relation_size((?::bigint)::oid) / current_setting('block_size')::bigint",
                              {oid});
    if (!blocks.ok()) continue;
    const int64_t nblocks = blocks->rows.at(0).i64(0);
    for (int64_t blk = 0; blk < nblocks; ++blk) {
      auto items = conn->query(
          "SELECT h.lp, h.lp_flags, h.t_xmin::text::bigint, h.t_xmax::text::bigint, h.t_ctid::text, h.t_infomask, "
          "a.ord, encode(a.v, 'hex') "
          "FROM heap_page_items(get_raw_page(?, (?::bigint)::int)) h LEFT JOIN LATERAL unnest(CASE WHEN h.t_data "
          "IS NULL THEN NULL ELSE tuple_data_split((?::bigint)::oid, h.t_data, h.t_infomask, h.t_infomask2, "
          "h.t_bits) END) WITH ORDINALITY a(v, ord) ON true ORDER BY h.lp, a.ord",
          {table, blk, oid});
      if (!items.ok()) {
        s.pg_skipped = "heap_page_items on " + table + ": " + items.error().message;
        return;
      }
      PgTuple* cur = nullptr;
      for (const auto& r : *items) {
        const int lp = static_cast<int>(r.i64(0));
        if (cur == nullptr || cur->lp != lp) {
          PgTuple tu;
          tu.table = table;
          tu.block = blk;
          tu.lp = lp;
          tu.lp_flags = static_cast<int>(r.i64(1));
          tu.xmin = r.opt_i64(2).value_or(0);
          tu.xmax = r.opt_i64(3).value_or(0);
          const std::string ctid = r.str(4);  // "(block,lp)"
          if (auto comma = ctid.find(','); comma != std::string::npos && ctid.size() > 2) {
            tu.ctid_block = std::stoll(ctid.substr(1, comma - 1));
            tu.ctid_lp = std::stoi(ctid.substr(comma + 1));
          }
          tu.infomask = static_cast<int>(r.opt_i64(5).value_or(0));
          s.pg_tuples.push_back(std::move(tu));
          cur = &s.pg_tuples.back();
        }
        if (r.is_null(6)) continue;
        const size_t ord = static_cast<size_t>(r.i64(6));
        if (ord == 0 || ord > names.size()) continue;
        Value v;
        if (!r.is_null(7)) v = decode_attribute(from_hex(r.str(7)), types[ord - 1]);
        cur->values[names[ord - 1]] = v;
      }
    }
  }
}

}  // namespace thidua::test::forensic
