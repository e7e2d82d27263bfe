#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include "app/access.h"
#include "app/import_kinds.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

namespace {

// The counts, then every problem, read from the staged preview a page at a
// time (only the rows with problems).
void print_issues(const app::ImportSummary& summary,
                  const std::function<core::Result<app::ImportPage>(int page)>& problems) {
  std::cout << msg::import_summary(static_cast<size_t>(summary.rows), static_cast<size_t>(summary.issues));
  for (int page = 1; summary.issues > 0; ++page) {
    auto p = problems(page);
    if (!p.ok() || p->rows.empty()) break;
    for (const auto& row : p->rows) {
      for (const auto& i : row.issues) std::cout << msg::import_issue_line(i.row, i.column, i.message);
    }
  }
}

}  // namespace

int cmd_import(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {"dry-run"}, {"db", "file", "data-dir"}, err);
  if (!args) return fail(err), 2;
  // The kinds the shell imports (those not bound to a campaign).
  const app::ImportKind* kind = nullptr;
  for (const app::ImportKind* k : {&app::people_import_kind(), &app::units_import_kind(), &app::awards_import_kind(),
                                   &app::evaluations_import_kind(), &app::initiatives_import_kind(),
                                   &app::discipline_import_kind(), &app::absences_import_kind()}) {
    if (args->positional.size() == 1 && args->positional[0] == k->key) kind = k;
  }
  if (kind == nullptr || !args->has("file")) {
    std::cerr << msg::kImportUsage;
    return 2;
  }
  std::ifstream in(args->get("file"), std::ios::binary);
  if (!in) return fail(msg::file_unreadable(args->get("file")));
  std::stringstream buf;
  buf << in.rdbuf();
  auto svc = make_services(args->get("db", default_db_url()), args->get("data-dir", "data"));
  if (!svc) return 1;
  const core::Actor system = app::system_actor();
  const app::RequestMeta meta{"127.0.0.1", "cli-import", "thidua import"};
  if (kind->at_once) {
    // One pass: checked and written together, or nothing with the problems.
    auto done = kind->at_once(*svc->services, system, buf.str(), args->get("file"), meta, !args->has("dry-run"));
    if (!done.ok()) return fail(core::describe(done.error()));
    std::cout << msg::import_summary(static_cast<size_t>(done->rows), static_cast<size_t>(done->issues));
    for (const auto& i : done->listed) std::cout << msg::import_issue_line(i.row, i.column, i.message);
    if (done->issues > static_cast<int64_t>(done->listed.size())) {
      std::cout << msg::import_issues_not_listed(static_cast<size_t>(done->issues - static_cast<int64_t>(done->listed.size())));
    }
    if (done->issues > 0) return fail(msg::kImportNothingWritten);
    if (args->has("dry-run")) {
      std::cout << msg::kDryRunNothingWritten;
      return 0;
    }
    std::cout << msg::imported_rows(kind->key, done->written);
    return 0;
  }
  auto preview = kind->stage(*svc->services, system, 0, buf.str(), args->get("file"));
  if (!preview.ok()) return fail(core::describe(preview.error()));
  print_issues(*preview, [&](int page) {
    return kind->page(*svc->services, system, 0, preview->token, true, page, 500);
  });
  if (!preview->confirmable()) return fail(msg::kImportNothingWritten);
  if (args->has("dry-run")) {
    std::cout << msg::kDryRunNothingWritten;
    return 0;
  }
  auto written = kind->confirm(*svc->services, system, 0, preview->token, meta);
  if (!written.ok()) return fail(core::describe(written.error()));
  std::cout << msg::imported_rows(kind->key, *written);
  return 0;
}

}  // namespace thidua::cli
