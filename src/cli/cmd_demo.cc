#include <iostream>

#include "app/demo.h"
#include "app/demo_signing.h"
#include "app/document_signing.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "store/migrations.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_demo(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {"if-empty", "no-history", "no-review", "no-activity", "no-receiving"}, {"db", "people", "seed", "password", "data-dir"}, err);
  if (!args) return fail(err), 2;
  app::DemoOptions opts;
  try {
    opts.people = std::stoul(args->get("people", "300"));
    opts.seed = std::stoull(args->get("seed", "1"));
  } catch (const std::exception&) {
    return fail(msg::kDemoPeopleSeedNumbers), 2;
  }
  if (args->has("password")) opts.password = args->get("password");
  opts.history = !args->has("no-history");
  opts.review = !args->has("no-review");
  opts.activity = !args->has("no-activity");
  opts.receiving = !args->has("no-receiving");
  opts.signing = true;
  // Migrate first so that `demo` works on a brand-new database.
  {
    auto db = open_db(args->get("db", default_db_url()), false, 1, true);
    if (!db) return 1;
    auto ran = store::migrate(*db);
    if (!ran.ok()) return fail(msg::migrate_failed(core::describe(ran.error())));
  }
  auto svc = make_services(args->get("db", default_db_url()), args->get("data-dir", "data"));
  if (!svc) return 1;
  auto empty = app::database_is_empty(*svc->services);
  if (!empty.ok()) return fail(core::describe(empty.error()));
  if (!*empty) {
    if (args->has("if-empty")) {
      std::cout << msg::kDemoKeptExisting;
      std::cout << msg::kDemoAccountsIfUnchanged << opts.password << "\n";
      return 0;
    }
    return fail(msg::kDemoNotEmptyUseIfEmpty);
  }
  auto summary = app::load_demo(*svc->services, opts, {"127.0.0.1", "cli-demo", "thidua demo"});
  if (!summary.ok()) return fail(msg::demo_load_failed(core::describe(summary.error())));
  std::cout << msg::demo_loaded(summary->units, summary->people);
  std::cout << msg::demo_history_loaded(summary->ratings, summary->titles, summary->initiatives, summary->measures,
                                        summary->absences);
  if (summary->seed_run.decisions && !summary->activity_error) {
    std::cout << msg::demo_seed_campaign_run(summary->seed_run.campaign_id, summary->seed_run.decisions,
                                             summary->seed_run.answers);
  }
  if (summary->reorganisations && !summary->reorganisation_error) {
    std::cout << msg::demo_reorganised(summary->reorganisations, summary->units_closed, summary->people_moved);
  }
  if (summary->activity.finished_id || summary->activity.running_id) {
    const auto& a = summary->activity;
    std::cout << msg::demo_activity_loaded(a.finished_id, a.running_id, a.registrations, a.progress_reports,
                                           a.difficulties, a.nominations);
  }
  if (summary->submission_id) std::cout << msg::demo_receiving_loaded(summary->submission_id);
  if (summary->review_id) std::cout << msg::demo_review_opened(summary->review_year, summary->review_id);
  std::cout << msg::kDemoAccountsSharedPassword << opts.password << "):\n";
  for (const auto& a : summary->accounts) {
    std::cout << "  " << a.username << std::string(a.username.size() < 12 ? 12 - a.username.size() : 1, ' ')
              << a.role_label << " — " << a.unit_name << "\n";
  }
  if (summary->reorganisation_error) {
    return fail(msg::demo_reorganisation_failed(summary->reorganisations, core::describe(*summary->reorganisation_error)));
  }
  if (summary->activity_error) return fail(msg::demo_activity_failed(core::describe(*summary->activity_error)));
  if (summary->review_error) return fail(msg::demo_review_failed(core::describe(*summary->review_error)));
  if (summary->receiving_error) return fail(msg::demo_receiving_failed(core::describe(*summary->receiving_error)));
  // The demo agency and its director sign what they issue (app/demo_signing.h).
  if (summary->signing_error) return fail(msg::demo_signing_failed(core::describe(*summary->signing_error)));
  std::cout << msg::demo_signing_ready(app::demo_ca_certificate_path(svc->services->data_dir));
  return 0;
}

}  // namespace thidua::cli
