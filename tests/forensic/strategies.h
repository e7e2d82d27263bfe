// The adversary's strategies. Each is a function of the evidence and public
// knowledge only (never the ground truth). They know the code, hence the
// schema and the names of columns; they do not know the ballot's tables in
// advance beyond what the rules below look for, so that they keep working
// (and keep finding nothing, one hopes) when the design changes:
//  - a voter is named by an inserted row with a `member_id` of a council
//    member, or an audit row whose actor is a member;
//  - a choice shows as a counter column named *agree* / *disagree* going up
//    by one on a row of an item, or as a row of an item carrying a choice in
//    plain text.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "forensic/forensic.h"

namespace thidua::test::forensic {

// A row written by a transaction.
struct RowChange {
  enum Kind { kInsert, kUpdate, kDelete };
  std::string table;
  Kind kind = kInsert;
  Row before, after;
};

// The rows one committed transaction wrote, as recovered from the files.
struct Transaction {
  std::string id;  // "WAL frame N" / "xid N"
  std::vector<RowChange> changes;
};

// Reads a choice out of a stored text value when the adversary has a key that
// opens it (strategy (d)); nullopt otherwise.
using Decryptor = std::function<std::optional<Vote>(const std::string&)>;

// Shared by (a) and (b): names the voter of each transaction and attributes
// the choices it wrote to them (plain-text choices, counters going up, and
// values `decrypt` opens). Appends what it links to `result`.
void link_transactions(const std::vector<Transaction>& txs, const PublicKnowledge& pk, StrategyResult& result,
                       const Decryptor& decrypt = {});

// (a) SQLite: WAL page images diffed per committed transaction.
StrategyResult strategy_sqlite_wal(const Evidence& ev, const PublicKnowledge& pk, const Decryptor& decrypt = {});
// (b) PostgreSQL: tuple versions (dead ones included) grouped by xmin.
StrategyResult strategy_pg_tuple_versions(const Evidence& ev, const PublicKnowledge& pk,
                                          const Decryptor& decrypt = {});
// (c) Physical row order (rowid / ctid) of the per-vote tables matched with
// each other and with the audit trail's order and timestamps. `source`:
// "files" (SQLite main file + WAL, or PostgreSQL pages) or "backup" (SQLite).
StrategyResult strategy_row_order(const Evidence& ev, const PublicKnowledge& pk, const std::string& source);
// (d) Every stored value (rows of every table, the data folder's files byte
// by byte, the audit trail, the access log, the backup) tried as the
// election secret, a committee share or a share code against the stored
// election key and share points; with what opens, (a)/(b) again, decrypting.
// (Before migration 080: receipts recomputed from data_dir/ballot.key.)
StrategyResult strategy_stored_secrets(const Evidence& ev, const PublicKnowledge& pk);
// Control: the published counts alone (everyone guessed with each item's
// majority). Scores 15 of 25 with 3–2 splits; must stay under the bound.
StrategyResult strategy_published_counts(const Evidence& ev, const PublicKnowledge& pk);

}  // namespace thidua::test::forensic
