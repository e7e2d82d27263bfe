// The subcommands of the `thidua` binary. Each returns the process exit code:
// 0 success, 1 failure (message printed on stderr), 2 bad usage.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "app/clock.h"
#include "app/context.h"
#include "store/db.h"

namespace thidua::cli {

int cmd_migrate(int argc, char** argv);
int cmd_demo(int argc, char** argv);
int cmd_serve(int argc, char** argv);
int cmd_user(int argc, char** argv);
int cmd_import(int argc, char** argv);
int cmd_export(int argc, char** argv);
int cmd_backup(int argc, char** argv);
int cmd_audit(int argc, char** argv);
int cmd_ballot(int argc, char** argv);
int cmd_files(int argc, char** argv);
int cmd_signing(int argc, char** argv);
int cmd_exchange(int argc, char** argv);

// Opens the database at `url` and (when require_current) refuses a schema
// older or newer than this binary. A SQLite file that does not exist is made
// (with its folder) only when `may_create` (migrate, demo); otherwise it is
// refused, and nothing is left behind. Prints the reason and returns null on
// failure.
std::unique_ptr<store::Database> open_db(const std::string& url, bool require_current, int pool_size = 8,
                                         bool may_create = false);

// Shared state for CLI use cases: system clock and the database. `actors`
// caches nothing (its entries expire at once); it is there so that a change
// to accounts, roles or tokens made from the shell clears the running
// servers' caches at once on PostgreSQL (store/peer_signal.h).
struct CliServices {
  std::unique_ptr<store::Database> db;
  app::SystemClock clock;
  app::ActorCache actors{std::chrono::milliseconds(0)};
  std::unique_ptr<app::Services> services;
};
std::unique_ptr<CliServices> make_services(const std::string& url, const std::string& data_dir = "data");

// Prints "thidua: <message>" on stderr and returns 1.
int fail(const std::string& message);

}  // namespace thidua::cli
