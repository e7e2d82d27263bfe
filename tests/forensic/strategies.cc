// See strategies.h.
#include "forensic/strategies.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include "core/ballot_crypto.h"
#include "forensic/sqlite_file.h"

namespace thidua::test::forensic {
namespace {

const Value* col(const Row& r, const std::string& name) {
  auto it = r.find(name);
  return it == r.end() ? nullptr : &it->second;
}

std::optional<int64_t> int_col(const Row& r, const std::string& name) {
  const Value* v = col(r, name);
  if (v == nullptr || !v->is_int()) return std::nullopt;
  return v->i;
}

// The item a row is about: its item_id, or its id in a table of items.
std::optional<int64_t> item_of(const std::string& table, const Row& r, const PublicKnowledge& pk) {
  if (auto v = int_col(r, "item_id"); v && pk.is_item(*v)) return v;
  if (table.find("item") != std::string::npos) {
    if (auto v = int_col(r, "id"); v && pk.is_item(*v)) return v;
  }
  return std::nullopt;
}

std::optional<Vote> plain_choice(const std::string& s) {
  if (s == "agree" || s == "dong-y" || s == "Đồng ý") return Vote::kAgree;
  if (s == "disagree" || s == "khong-dong-y" || s == "Không đồng ý") return Vote::kDisagree;
  return std::nullopt;
}

// --- SQLite ----------------------------------------------------------------------

struct Overlay {
  sqlite_file::Pager base;
  std::map<uint32_t, const uint8_t*> pages;  // replayed WAL pages
  const std::map<uint32_t, const uint8_t*>* tx = nullptr;  // the transaction being looked at
  sqlite_file::Pager pager(bool with_tx) const {
    sqlite_file::Pager p = base;
    const Overlay* self = this;
    p.get = [self, with_tx](uint32_t pgno) -> const uint8_t* {
      if (with_tx && self->tx) {
        if (auto it = self->tx->find(pgno); it != self->tx->end()) return it->second;
      }
      if (auto it = self->pages.find(pgno); it != self->pages.end()) return it->second;
      return self->base.get(pgno);
    };
    return p;
  }
};

// The transactions of one snapshot's WAL with the rows each one changed.
std::vector<Transaction> wal_transactions(const Snapshot& s, std::string& note) {
  std::vector<Transaction> out;
  const sqlite_file::WalLog log = sqlite_file::parse_wal(s.sqlite_wal);
  Overlay ov;
  ov.base = sqlite_file::file_pager(s.sqlite_main);
  if (!log.error.empty() || ov.base.page_size == 0 || ov.base.page_size != log.page_size) {
    note = s.label + ": " + (log.error.empty() ? "main file and WAL do not match" : log.error);
    return out;
  }
  std::ostringstream n;
  n << s.label << ": WAL salt " << log.salt1 << ", " << log.frames << " valid frames in "
    << log.transactions.size() << " committed transactions, " << log.stale_frames << " stale frames";
  note = n.str();
  std::vector<sqlite_file::Table> schema = sqlite_file::read_schema(ov.pager(false));
  for (const auto& wtx : log.transactions) {
    ov.tx = &wtx.pages;
    const sqlite_file::Pager before = ov.pager(false), after = ov.pager(true);
    std::vector<sqlite_file::Table> schema_after =
        wtx.pages.count(1) ? sqlite_file::read_schema(after) : schema;
    Transaction tx;
    tx.id = "WAL " + std::to_string(log.salt1) + " frame " + std::to_string(wtx.commit_frame);
    for (const auto& table : schema_after) {
      std::set<uint32_t> pages;
      sqlite_file::table_pages(after, table.root, pages);
      sqlite_file::table_pages(before, table.root, pages);
      bool touched = false;
      for (const auto& [pgno, _] : wtx.pages) touched = touched || pages.count(pgno) > 0;
      if (!touched) continue;
      auto rows_before = sqlite_file::read_table(before, table);
      auto rows_after = sqlite_file::read_table(after, table);
      for (const auto& [rowid, row] : rows_after) {
        auto b = rows_before.find(rowid);
        if (b == rows_before.end()) {
          tx.changes.push_back({table.name, RowChange::kInsert, {}, row});
        } else if (b->second != row) {
          tx.changes.push_back({table.name, RowChange::kUpdate, b->second, row});
        }
      }
      for (const auto& [rowid, row] : rows_before) {
        if (!rows_after.count(rowid)) tx.changes.push_back({table.name, RowChange::kDelete, row, {}});
      }
    }
    for (const auto& [pgno, image] : wtx.pages) ov.pages[pgno] = image;
    schema = std::move(schema_after);
    ov.tx = nullptr;
    if (!tx.changes.empty()) out.push_back(std::move(tx));
  }
  return out;
}

// table → rows in rowid order, from a main file with its WAL replayed (or a
// backup file alone).
std::map<std::string, std::vector<Row>> sqlite_rows_in_order(const std::string& main, const std::string& wal) {
  std::map<std::string, std::vector<Row>> out;
  Overlay ov;
  ov.base = sqlite_file::file_pager(main);
  if (ov.base.page_size == 0) return out;
  const sqlite_file::WalLog log = sqlite_file::parse_wal(wal);
  if (log.error.empty() && log.page_size == ov.base.page_size) {
    for (const auto& t : log.transactions) {
      for (const auto& [pgno, image] : t.pages) ov.pages[pgno] = image;
    }
  }
  const auto pager = ov.pager(false);
  for (const auto& table : sqlite_file::read_schema(pager)) {
    auto& rows = out[table.name];
    for (auto& [rowid, row] : sqlite_file::read_table(pager, table)) rows.push_back(row);
  }
  return out;
}

// --- PostgreSQL ---------------------------------------------------------------------

constexpr int kXmaxLockOnly = 0x0080, kXmaxInvalid = 0x0800, kXmaxIsMulti = 0x1000;

bool deletes_or_updates(const PgTuple& t) {
  return t.xmax != 0 && (t.infomask & (kXmaxLockOnly | kXmaxInvalid | kXmaxIsMulti)) == 0;
}

// Tuple versions of all snapshots, each (table, block, lp, xmin) once, as
// last seen (xmax and ctid are set when a later transaction replaces it).
std::vector<PgTuple> merged_tuples(const Evidence& ev) {
  std::map<std::tuple<std::string, int64_t, int, int64_t>, PgTuple> by_key;
  for (const auto& s : ev.snapshots) {
    for (const auto& t : s.pg_tuples) {
      if (t.lp_flags != 1 || t.values.empty()) continue;
      by_key[{t.table, t.block, t.lp, t.xmin}] = t;
    }
  }
  std::vector<PgTuple> out;
  for (auto& [k, t] : by_key) out.push_back(std::move(t));
  return out;
}

std::vector<Transaction> xmin_transactions(const std::vector<PgTuple>& tuples) {
  std::map<int64_t, Transaction> txs;
  // Replaced versions by where their ctid points and who replaced them.
  std::map<std::tuple<std::string, int64_t, int, int64_t>, const PgTuple*> by_target;
  for (const auto& p : tuples) {
    if (deletes_or_updates(p) && !(p.ctid_block == p.block && p.ctid_lp == p.lp)) {
      by_target[{p.table, p.ctid_block, p.ctid_lp, p.xmax}] = &p;
    }
  }
  std::set<const PgTuple*> replaced;
  for (const auto& t : tuples) {
    // The version it replaced: same table, its xmax is our xmin and its ctid points here.
    const PgTuple* prev = nullptr;
    if (auto it = by_target.find({t.table, t.block, t.lp, t.xmin}); it != by_target.end()) prev = it->second;
    Transaction& tx = txs[t.xmin];
    tx.id = "xid " + std::to_string(t.xmin);
    if (prev) {
      replaced.insert(prev);
      tx.changes.push_back({t.table, RowChange::kUpdate, prev->values, t.values});
    } else {
      tx.changes.push_back({t.table, RowChange::kInsert, {}, t.values});
    }
  }
  for (const auto& p : tuples) {
    if (deletes_or_updates(p) && !replaced.count(&p) && p.ctid_block == p.block && p.ctid_lp == p.lp) {
      Transaction& tx = txs[p.xmax];
      tx.id = "xid " + std::to_string(p.xmax);
      tx.changes.push_back({p.table, RowChange::kDelete, p.values, {}});
    }
  }
  std::vector<Transaction> out;
  for (auto& [x, tx] : txs) out.push_back(std::move(tx));
  return out;
}

// table → live rows in ctid order, from the last snapshot.
std::map<std::string, std::vector<Row>> pg_rows_in_order(const Snapshot& s) {
  std::vector<const PgTuple*> live;
  for (const auto& t : s.pg_tuples) {
    if (t.lp_flags == 1 && !t.values.empty() && !deletes_or_updates(t)) live.push_back(&t);
  }
  std::stable_sort(live.begin(), live.end(), [](const PgTuple* a, const PgTuple* b) {
    return std::tie(a->table, a->block, a->lp) < std::tie(b->table, b->block, b->lp);
  });
  std::map<std::string, std::vector<Row>> out;
  for (const PgTuple* t : live) out[t->table].push_back(t->values);
  return out;
}

std::string choices_text(const Choices& c) {
  std::ostringstream o;
  for (const auto& [who, items] : c) {
    o << who << ":";
    for (const auto& [item, v] : items) o << " " << item << "=" << (v == Vote::kAgree ? "A" : "D");
    o << "; ";
  }
  return o.str();
}

}  // namespace

void link_transactions(const std::vector<Transaction>& txs, const PublicKnowledge& pk, StrategyResult& result,
                       const Decryptor& decrypt) {
  int with_voter = 0, attributed = 0, ambiguous = 0, anonymous = 0;
  for (const Transaction& tx : txs) {
    std::set<std::string> voters;
    std::vector<std::pair<int64_t, Vote>> choices;
    std::vector<std::string> evidence;
    for (const RowChange& c : tx.changes) {
      if (c.kind == RowChange::kInsert) {
        if (auto m = int_col(c.after, "member_id")) {
          if (auto who = pk.member_of_member_id(*m)) {
            voters.insert(*who);
            evidence.push_back(c.table + " row of member " + *who);
          }
        }
        if (c.table == "audit_log") {
          if (auto u = int_col(c.after, "actor_user_id")) {
            if (auto who = pk.member_of_user_id(*u)) {
              voters.insert(*who);
              const Value* action = col(c.after, "action");
              evidence.push_back("audit " + (action ? action->s : std::string("?")) + " by " + *who);
            }
          }
        }
        if (auto item = item_of(c.table, c.after, pk)) {
          for (const auto& [name, v] : c.after) {
            if (v.kind != Value::kText) continue;
            if (auto ch = plain_choice(v.s)) choices.emplace_back(*item, *ch);
            if (decrypt) {
              if (auto ch = decrypt(v.s)) {
                choices.emplace_back(*item, *ch);
                evidence.push_back(c.table + "." + name + " of item " + std::to_string(*item) + " decrypted");
              }
            }
          }
        }
      } else if (c.kind == RowChange::kUpdate) {
        auto item = item_of(c.table, c.after, pk);
        if (!item) continue;
        for (const auto& [name, v] : c.after) {
          const Value* b = col(c.before, name);
          if (b == nullptr || !b->is_int() || !v.is_int() || v.i - b->i != 1) continue;
          if (name.find("disagree") != std::string::npos) {
            choices.emplace_back(*item, Vote::kDisagree);
            evidence.push_back(c.table + "." + name + " of item " + std::to_string(*item) + " +1");
          } else if (name.find("agree") != std::string::npos) {
            choices.emplace_back(*item, Vote::kAgree);
            evidence.push_back(c.table + "." + name + " of item " + std::to_string(*item) + " +1");
          }
        }
      }
    }
    if (choices.empty()) continue;
    if (voters.empty()) {
      ++anonymous;
      continue;
    }
    ++with_voter;
    if (voters.size() > 1) {
      ++ambiguous;
      continue;
    }
    const std::string& who = *voters.begin();
    std::string line = tx.id + ": " + who + " ←";
    for (const auto& e : evidence) line += " [" + e + "]";
    result.links.push_back(line);
    for (const auto& [item, v] : choices) {
      if (result.guesses[who].emplace(item, v).second) ++attributed;
    }
  }
  std::ostringstream o;
  o << txs.size() << " transactions read; " << with_voter << " moved a choice and named a voter (" << ambiguous
    << " with several voters), " << anonymous << " moved a choice with no voter; " << attributed
    << " (member, item) choices attributed: " << choices_text(result.guesses);
  result.links.insert(result.links.begin(), o.str());
}

StrategyResult strategy_sqlite_wal(const Evidence& ev, const PublicKnowledge& pk, const Decryptor& decrypt) {
  StrategyResult r;
  r.name = "(a) SQLite WAL page images, diffed per transaction";
  if (!ev.sqlite) {
    r.skipped = "not SQLite";
    return r;
  }
  std::vector<Transaction> all;
  std::set<std::string> seen;
  for (const auto& s : ev.snapshots) {
    std::string note;
    for (auto& tx : wal_transactions(s, note)) {
      if (seen.insert(tx.id).second) all.push_back(std::move(tx));
    }
    r.links.push_back(note);
  }
  link_transactions(all, pk, r, decrypt);
  return r;
}

StrategyResult strategy_pg_tuple_versions(const Evidence& ev, const PublicKnowledge& pk, const Decryptor& decrypt) {
  StrategyResult r;
  r.name = "(b) PostgreSQL tuple versions (dead included), grouped by xmin";
  if (ev.sqlite) {
    r.skipped = "not PostgreSQL";
    return r;
  }
  for (const auto& s : ev.snapshots) {
    if (!s.pg_skipped.empty()) {
      r.skipped = "page inspection unavailable: " + s.pg_skipped;
      return r;
    }
  }
  const std::vector<PgTuple> tuples = merged_tuples(ev);
  int dead = 0;
  for (const auto& t : tuples) dead += deletes_or_updates(t) ? 1 : 0;
  r.links.push_back(std::to_string(tuples.size()) + " tuple versions over all snapshots, " + std::to_string(dead) +
                    " of them deleted or replaced (dead)");
  link_transactions(xmin_transactions(tuples), pk, r, decrypt);
  return r;
}

StrategyResult strategy_row_order(const Evidence& ev, const PublicKnowledge& pk, const std::string& source) {
  StrategyResult r;
  r.name = "(c) row order (" + std::string(ev.sqlite ? "rowid" : "ctid") + ", " + source +
           ") of per-vote tables and the audit trail";
  if (ev.snapshots.empty()) {
    r.skipped = "no snapshot";
    return r;
  }
  const Snapshot& last = ev.snapshots.back();
  std::map<std::string, std::vector<Row>> tables;
  if (ev.sqlite) {
    tables = source == "backup" ? sqlite_rows_in_order(last.backup, "") : sqlite_rows_in_order(last.sqlite_main, last.sqlite_wal);
  } else if (source == "backup") {
    r.skipped = "the PostgreSQL backup is a pg_dump script (its COPY order is the ctid order read from the pages)";
    return r;
  } else if (!last.pg_skipped.empty()) {
    r.skipped = "page inspection unavailable: " + last.pg_skipped;
    return r;
  } else {
    tables = pg_rows_in_order(last);
  }
  if (tables.empty()) {
    r.skipped = "no table could be read from the " + source;
    return r;
  }
  // Per-vote tables: more rows about this session's items than there are items.
  std::map<std::string, std::vector<const Row*>> per_vote;
  for (const auto& [name, rows] : tables) {
    std::vector<const Row*> mine;
    for (const auto& row : rows) {
      if (item_of(name, row, pk) && name.find("item") == std::string::npos) mine.push_back(&row);
    }
    if (mine.size() > pk.item_ids.size()) per_vote[name] = mine;
  }
  std::string member_table;
  for (const auto& [name, rows] : per_vote) {
    if (int_col(*rows.front(), "member_id")) member_table = name;
  }
  // The audit trail's ballots, in order: who, when, how many ballots.
  std::vector<std::tuple<std::string, std::string, int>> casts;
  for (const auto& a : last.audit_rows) {
    const Value* action = col(a, "action");
    if (action == nullptr || action->s.find("ballot") == std::string::npos) continue;
    auto u = int_col(a, "actor_user_id");
    auto who = u ? pk.member_of_user_id(*u) : std::nullopt;
    if (!who) continue;
    int n = 0;
    const Value* after = col(a, "after_json");
    if (after) {
      auto at = after->s.find("\"ballots\":");
      if (at != std::string::npos) n = std::atoi(after->s.c_str() + at + 10);
    }
    casts.emplace_back(*who, col(a, "at") ? col(a, "at")->s : "", n);
  }
  std::string audit_line = "audit trail: " + std::to_string(casts.size()) + " ballot entries:";
  for (const auto& [who, at, n] : casts) audit_line += " " + who + "@" + at + "(" + std::to_string(n) + ")";
  r.links.push_back(audit_line);

  // Who wrote each row of a per-vote table, by rank: from the member table
  // when there is one, else by cutting the rows in the audit trail's order.
  std::vector<std::string> owner;
  if (!member_table.empty()) {
    for (const Row* row : per_vote[member_table]) {
      auto who = pk.member_of_member_id(*int_col(*row, "member_id"));
      owner.push_back(who ? *who : "?");
    }
    r.links.push_back(member_table + " (" + std::to_string(owner.size()) + " rows) names the voter of each row");
  } else {
    for (const auto& [who, at, n] : casts) owner.insert(owner.end(), static_cast<size_t>(std::max(n, 0)), who);
    r.links.push_back("no per-vote table names a member: rows attributed by the audit trail's order and counts");
  }
  for (const std::string& who : owner) {
    if (r.inferred_order.empty() || r.inferred_order.back() != who) r.inferred_order.push_back(who);
  }
  std::string order_line = "inferred order of voting:";
  for (const auto& w : r.inferred_order) order_line += " " + w;
  std::vector<std::string> audit_order;
  for (const auto& [who, at, n] : casts) audit_order.push_back(who);
  order_line += audit_order == r.inferred_order ? " (same as the audit trail's order)" : " (audit trail order differs)";
  r.links.push_back(order_line);

  for (const auto& [name, rows] : per_vote) {
    if (name == member_table && !member_table.empty()) continue;
    if (rows.size() != owner.size()) {
      r.links.push_back(name + ": " + std::to_string(rows.size()) + " rows, cannot be matched by rank with " +
                        std::to_string(owner.size()));
      continue;
    }
    int same_item = 0, receipts = 0, choices = 0;
    for (size_t k = 0; k < rows.size(); ++k) {
      const Row& row = *rows[k];
      auto item = item_of(name, row, pk);
      if (!member_table.empty() && item == item_of(member_table, *per_vote[member_table][k], pk)) ++same_item;
      if (const Value* rc = col(row, "receipt"); rc && rc->kind == Value::kText) {
        r.receipt_links.emplace_back(owner[k], rc->s);
        ++receipts;
      }
      for (const auto& [cname, v] : row) {
        if (v.kind != Value::kText || !item) continue;
        if (auto ch = plain_choice(v.s)) {
          r.guesses[owner[k]].emplace(*item, *ch);
          ++choices;
        }
      }
    }
    r.links.push_back(name + " matched by rank: " + std::to_string(rows.size()) + " rows; item ids agree at " +
                      std::to_string(same_item) + " ranks; " + std::to_string(receipts) + " receipts and " +
                      std::to_string(choices) + " plain choices attributed to members");
  }
  return r;
}

namespace {

namespace bc = core::ballot;

// Every value the adversary could try as a secret, from raw bytes: each
// 32-byte window (a scalar), each 16-byte window (a share seed), each run of
// 64 hex digits and each token that reads as a share code.
struct Candidates {
  std::set<bc::Scalar> scalars;
  std::set<bc::ShareSeed> seeds;
  void add_text(const std::string& text, bool windows) {
    if (windows && text.size() <= (1u << 20)) {
      for (size_t i = 0; i + 32 <= text.size(); ++i) {
        bc::Scalar sc;
        std::copy_n(reinterpret_cast<const uint8_t*>(text.data()) + i, 32, sc.begin());
        scalars.insert(sc);
      }
      for (size_t i = 0; i + 16 <= text.size(); ++i) {
        bc::ShareSeed sd;
        std::copy_n(reinterpret_cast<const uint8_t*>(text.data()) + i, 16, sd.begin());
        seeds.insert(sd);
      }
    }
    std::string run;
    auto flush = [&] {
      if (run.size() >= 64) {
        for (size_t i = 0; i + 64 <= run.size(); i += 2) {
          if (auto v = bc::from_hex32(std::string_view(run).substr(i, 64))) scalars.insert(*v);
        }
      }
      run.clear();
    };
    for (char ch : text) {
      if (std::isxdigit(static_cast<unsigned char>(ch))) run += ch;
      else flush();
    }
    flush();
    // Share codes: 39 characters of base32 and dashes.
    for (size_t i = 0; i + 39 <= text.size(); ++i) {
      if (text[i + 4] != '-') continue;
      if (auto seed = bc::parse_share_code(std::string_view(text).substr(i, 39))) seeds.insert(*seed);
    }
  }
};

}  // namespace

StrategyResult strategy_stored_secrets(const Evidence& ev, const PublicKnowledge& pk) {
  StrategyResult r;
  r.name = "(d) every stored byte tried as the election secret or a committee share, then (a)/(b) with decryption";
  if (ev.snapshots.empty()) {
    r.skipped = "no snapshot";
    return r;
  }
  // The public targets: the session's election key and the shares' points.
  std::optional<bc::Point> key;
  std::vector<bc::Point> share_points;
  Candidates cand;
  for (const Snapshot& snap : ev.snapshots) {
    std::map<std::string, std::vector<Row>> tables =
        ev.sqlite ? sqlite_rows_in_order(snap.sqlite_main, snap.sqlite_wal) : pg_rows_in_order(snap);
    for (const Row& s : tables["council_sessions"]) {
      if (int_col(s, "id") != pk.session_id) continue;
      if (const Value* v = col(s, "election_key")) {
        if (auto p = bc::from_hex32(v->s)) key = *p;
      }
    }
    for (const Row& c : tables["ballot_committee"]) {
      if (const Value* v = col(c, "share_point")) {
        if (auto p = bc::from_hex32(v->s)) {
          if (std::find(share_points.begin(), share_points.end(), *p) == share_points.end()) share_points.push_back(*p);
        }
      }
    }
    for (const auto& [table, rows] : tables) {
      for (const Row& row : rows) {
        for (const auto& [name, v] : row) {
          if (v.kind == Value::kText) cand.add_text(v.s, false);
        }
      }
    }
    for (const auto& [path, bytes] : snap.data_files) cand.add_text(bytes, true);
    for (const auto& line : snap.access_log) cand.add_text(line, false);
    for (const Row& row : snap.audit_rows) {
      for (const auto& [name, v] : row) {
        if (v.kind == Value::kText) cand.add_text(v.s, false);
      }
    }
    cand.add_text(snap.backup, false);
  }
  if (!key) {
    r.skipped = "no election key stored (the design has none)";
    return r;
  }
  for (const auto& seed : cand.seeds) cand.scalars.insert(bc::share_scalar(seed));
  std::optional<bc::Scalar> secret;
  std::map<size_t, bc::Scalar> shares;
  for (const auto& sc : cand.scalars) {
    const bc::Point p = bc::public_point(sc);
    if (p == *key) secret = sc;
    for (size_t i = 0; i < share_points.size(); ++i) {
      if (p == share_points[i]) shares[i] = sc;
    }
  }
  if (!secret && !share_points.empty() && shares.size() == share_points.size()) {
    std::vector<bc::Scalar> all;
    for (const auto& [i, sc] : shares) all.push_back(sc);
    secret = bc::combine_secret(all);
  }
  r.links.push_back(std::to_string(cand.scalars.size()) + " candidate scalars (" + std::to_string(cand.seeds.size()) +
                    " as share seeds) tried against the election key and " + std::to_string(share_points.size()) +
                    " share points: " + (secret ? "the SECRET was found" : "no match") + ", " +
                    std::to_string(shares.size()) + " share(s) found");
  if (!secret) return r;
  const bc::Scalar x = *secret;
  const bc::Point h = *key;
  Decryptor decrypt = [x, h](const std::string& text) -> std::optional<Vote> {
    auto ballot = bc::parse_ballot(text);
    if (!ballot || ballot->choices.empty()) return std::nullopt;
    auto dec = bc::decrypt_total(x, h, ballot->choices[0], 1, "forensic");
    if (!dec) return std::nullopt;
    return dec->total == 1 ? Vote::kAgree : Vote::kDisagree;
  };
  StrategyResult linked = ev.sqlite ? strategy_sqlite_wal(ev, pk, decrypt) : strategy_pg_tuple_versions(ev, pk, decrypt);
  r.guesses = linked.guesses;
  r.links.insert(r.links.end(), linked.links.begin(), linked.links.end());
  return r;
}

StrategyResult strategy_published_counts(const Evidence&, const PublicKnowledge& pk) {
  StrategyResult r;
  r.name = "control: each item's published majority for everyone";
  for (const auto& [item, counts] : pk.published_counts) {
    const Vote v = counts.first >= counts.second ? Vote::kAgree : Vote::kDisagree;
    for (const auto& [who, id] : pk.member_ids) r.guesses[who][item] = v;
    r.links.push_back("item " + std::to_string(item) + ": " + std::to_string(counts.first) + " agree, " +
                      std::to_string(counts.second) + " disagree");
  }
  return r;
}

// --- forensic.h helpers ----------------------------------------------------------------

const char* vote_name(Vote v) { return v == Vote::kAgree ? "agree" : "disagree"; }

std::string Value::str() const {
  switch (kind) {
    case kNull: return "NULL";
    case kInt: return std::to_string(i);
    case kReal: return std::to_string(d);
    case kText: return s;
  }
  return {};
}

bool operator==(const Value& a, const Value& b) {
  return a.kind == b.kind && a.i == b.i && a.d == b.d && a.s == b.s;
}

std::optional<std::string> PublicKnowledge::member_of_member_id(int64_t id) const {
  for (const auto& [u, m] : member_ids) {
    if (m == id) return u;
  }
  return std::nullopt;
}

std::optional<std::string> PublicKnowledge::member_of_user_id(int64_t id) const {
  for (const auto& [u, m] : user_ids) {
    if (m == id) return u;
  }
  return std::nullopt;
}

bool PublicKnowledge::is_item(int64_t id) const {
  return std::find(item_ids.begin(), item_ids.end(), id) != item_ids.end();
}

}  // namespace thidua::test::forensic
