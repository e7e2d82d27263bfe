// `thidua files prune`: removes stored contents no record names (left by a
// save that rolled back) and stale temporary files, after a grace period.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "store/file_store.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_files(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 3, {"dry-run"}, {"db", "data-dir", "older-than-hours"}, err);
  if (!args) return fail(err), 2;
  if (argc < 3 || std::string(argv[2]) != "prune") {
    std::cerr << msg::kFilesUsage;
    return 2;
  }
  long hours = 24;
  if (args->has("older-than-hours")) {
    const std::string text = args->get("older-than-hours");
    char* end = nullptr;
    hours = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || hours < 1 || hours > 87600) return fail(msg::kOlderThanHoursInvalid), 2;
  }
  auto db = open_db(args->get("db", default_db_url()), true, 1);
  if (!db) return 1;
  auto conn = db->acquire();
  const auto older_than = std::filesystem::file_time_type::clock::now() - std::chrono::hours(hours);
  const bool dry_run = args->has("dry-run");
  auto report = store::prune_orphan_files(*conn, args->get("data-dir", "data"), older_than, dry_run);
  if (!report.ok()) return fail(msg::files_prune_failed(core::describe(report.error())));
  std::cout << msg::files_prune_report(report->scanned, report->orphans, report->orphan_bytes, report->stale_temps,
                                       report->removed, dry_run);
  return 0;
}

}  // namespace thidua::cli
