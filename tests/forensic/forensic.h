// "The attack as a test": an adversary who holds the database files (and the
// data folder) after, or during, a secret ballot tries to learn who voted how.
//
// Three layers, so that the ballot's design can change under the test:
//  - the scenario driver (scenario.cc, the ONLY design-specific part): runs a
//    session of the demo council, records the ground truth and asks for
//    evidence snapshots at chosen moments;
//  - evidence collection (evidence.cc): copies of whatever an adversary with
//    the files or the server could read, on either engine;
//  - attacker strategies (strategies.cc): functions from the evidence and
//    public knowledge (ids, the schema, the code) to guesses member → item →
//    choice, scored against the ground truth by the test.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::test::forensic {

// A choice as the adversary reports it (independent of the store's enum).
enum class Vote { kAgree, kDisagree };
const char* vote_name(Vote v);

// username → item id → choice.
using Choices = std::map<std::string, std::map<int64_t, Vote>>;

// What anyone who knows the code and may read the published results knows
// (nothing here is secret): who sits on the council, the items, the ids.
struct PublicKnowledge {
  int64_t session_id = 0;
  std::map<std::string, int64_t> member_ids;  // username → council member id
  std::map<std::string, int64_t> user_ids;    // username → account id
  std::vector<int64_t> item_ids;              // in ballot order
  // The published outcome once closed: item → (agree, disagree).
  std::map<int64_t, std::pair<int, int>> published_counts;
  // The published receipts once closed: (item, receipt).
  std::vector<std::pair<int64_t, std::string>> published_receipts;

  std::optional<std::string> member_of_member_id(int64_t id) const;
  std::optional<std::string> member_of_user_id(int64_t id) const;
  bool is_item(int64_t id) const;
};

// What really happened (kept from the adversary; the test scores with it).
struct GroundTruth {
  Choices choices;
  std::vector<std::string> vote_order;  // usernames, in the order they cast
  // The receipts each member was handed (item, receipt); empty if the design
  // gives none.
  std::map<std::string, std::vector<std::pair<int64_t, std::string>>> receipts;
};

// --- Evidence -------------------------------------------------------------------

// A decoded cell value (SQLite record or PostgreSQL attribute).
struct Value {
  enum Kind { kNull, kInt, kReal, kText } kind = kNull;
  int64_t i = 0;
  double d = 0;
  std::string s;  // text, blob or undecoded bytes (hex)
  std::string str() const;
  bool is_int() const { return kind == kInt; }
};
bool operator==(const Value& a, const Value& b);
using Row = std::map<std::string, Value>;  // column → value

// One PostgreSQL tuple version as pageinspect shows it.
struct PgTuple {
  std::string table;
  int64_t block = 0;
  int lp = 0;
  int lp_flags = 0;  // 1 normal, 2 redirect, 3 dead, 0 unused
  int64_t xmin = 0, xmax = 0;
  int64_t ctid_block = 0;
  int ctid_lp = 0;
  int infomask = 0;
  Row values;  // decoded with tuple_data_split
};

// The evidence taken at one moment.
struct Snapshot {
  std::string label;  // "after vote 3 (hoidong)", "right before the close", ...
  // SQLite: byte copies taken while the pool is open (no checkpoint).
  std::string sqlite_main, sqlite_wal, sqlite_shm;
  std::string backup;  // the file (SQLite) or plain SQL (PostgreSQL) `thidua backup` writes; "" if none
  std::map<std::string, std::string> data_files;  // data folder: relative path → bytes
  std::vector<std::string> access_log;            // lines, if the site writes one
  // The audit trail as the application stores it (any reader of the database).
  std::vector<Row> audit_rows;
  // PostgreSQL: every tuple version of every page of every table.
  std::vector<PgTuple> pg_tuples;
  std::map<std::string, std::vector<std::string>> pg_columns;  // table → column names
  std::string pg_skipped;  // why the page inspection could not run ("" if it ran)
};

struct Evidence {
  bool sqlite = true;
  std::vector<Snapshot> snapshots;
};

// --- Strategies -------------------------------------------------------------------

struct StrategyResult {
  std::string name;
  Choices guesses;                // the choices it claims to know
  std::vector<std::string> links; // what it links even without a choice, as text
  // Links the test checks against the ground truth:
  std::vector<std::pair<std::string, std::string>> receipt_links;  // username ↔ receipt
  std::vector<std::string> inferred_order;                          // who voted when
  std::string skipped;            // non-empty when it could not run
};

}  // namespace thidua::test::forensic
