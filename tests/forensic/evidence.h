// Evidence collection, independent of the ballot's design: whatever an
// adversary holding the server's files, or a database login, can copy.
//  - SQLite: byte copies of the main file, -wal and -shm while the pool is
//    open (no checkpoint is forced), and a backup made by Database::backup
//    exactly as `thidua backup` makes it;
//  - PostgreSQL: with pageinspect, every tuple version (dead ones included)
//    of every page of every table of the schema, with t_xmin, t_xmax, t_ctid
//    and the columns decoded from tuple_data_split; and the pg_dump backup;
//  - both: the data folder's files (ballot.key, ...), the audit trail rows,
//    the access log.
#pragma once

#include <filesystem>
#include <string>

#include "forensic/forensic.h"
#include "support/test_server.h"

namespace thidua::test::forensic {

class EvidenceCollector {
 public:
  EvidenceCollector(TestSite& site, std::filesystem::path access_log);

  // PostgreSQL: creates pageinspect and turns autovacuum off on every table
  // of the test's own database, so that dead tuples stay until they are read
  // (page pruning by ordinary reads still may remove some). Call before the
  // scenario. A no-op on SQLite. Returns "" or why page inspection is off.
  std::string prepare();

  // Takes one snapshot now.
  void take(const std::string& label);

  Evidence& evidence() { return evidence_; }

 private:
  void take_sqlite(Snapshot& s);
  void take_postgres(Snapshot& s);

  TestSite& site_;
  std::filesystem::path access_log_;
  std::string pg_off_;  // why page inspection cannot run
  Evidence evidence_;
  int backups_ = 0;
};

}  // namespace thidua::test::forensic
