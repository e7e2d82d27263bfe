// The demo's campaigns since the 2025 reorganisation (issue 13 #2), run
// after the seed campaign's 2023 (app/demo_seed_run.h) and the
// reorganisation (app/demo_reorganisation.h), so they are the merged
// Department's: its names and header lines, its latest council, no dissolved
// unit taking part. Taken through the real use cases by the demo's accounts,
// on a clock that steps through their dates (app/demo_campaign_run.h):
//
// - finished: last year's campaign (August to December), from its launch to
//   its finalisation:
//   every participating unit's plan and registration, progress reported to
//   completion with evidence, nominations accepted, a council session voting
//   by secret ballot (one nomination fails), the Director's decision and the
//   proposal to the province approved, the closing documents issued, and the
//   results public;
// - running: this year's campaign, launched about four months ago and ending
//   about two months from now: most units' plans and registrations (some
//   approved, some waiting, one returned, some units late), progress in
//   varying states with evidence, difficulties open and answered,
//   nominations submitted, accepted and returned.
//
// Work of the file's own_unit (VPDK-LN, where the Lục Nam office's people and
// accounts went) is done by its own accounts (canbo enters, thutruong
// approves), the office's by thuongtruc and lanhdao, votes by the council's
// members; the other units' entries are made by the demo loader as the shell
// operator (system actor: no account recorded on them). The data (plans,
// targets, texts) is src/app/demo/activity.json.
#pragma once

#include <cstdint>
#include <string_view>

#include "app/context.h"
#include "core/result.h"

namespace thidua::app {

struct DemoActivity {
  int64_t finished_id = 0;  // last year's campaign, finalised
  int64_t running_id = 0;   // this year's, running
  int64_t registrations = 0, progress_reports = 0, nominations = 0, difficulties = 0;
};

// Checks activity.json (embedded) strictly; kValidation naming the member.
core::Status check_demo_activity_file(std::string_view json_text);

// Runs both campaigns on the demo just loaded (accounts, council and units as
// load_demo writes them). Each use case commits on its own: a failure stops
// there and is returned, and what was done before it stays (the demo remains
// usable). `seed` varies the figures.
core::Result<DemoActivity> load_demo_activity(const Services& services, uint64_t seed, const RequestMeta& meta);

}  // namespace thidua::app
