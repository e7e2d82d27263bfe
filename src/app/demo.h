// Loads the demo organisation (Sở TNMT Bắc Giang as it was in 2023),
// generated people and one account per role, and the seed campaign
// (published, running) into an empty database; with the activity, the 2025
// reorganisation that made it the Sở NN&MT Bắc Ninh and the campaigns since.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/demo_activity.h"
#include "app/demo_data.h"
#include "app/demo_seed_run.h"
#include "core/campaign.h"
#include "core/result.h"

namespace thidua::app {

struct DemoOptions {
  size_t people = 300;          // generated people (the accounts' people included)
  uint64_t seed = 1;
  std::string password = "ThiDua@2023";  // every demo account's password
  bool history = true;          // five years of history behind the people (app/demo_history.h)
  // With the history: last year's annual titles are left to that year's
  // review, opened and running (app/annual_review.h), as an office finds it
  // in December. Without: the register holds every year's titles.
  bool review = true;
  // The seed campaign run through 2023 to its finalisation
  // (app/demo_seed_run.h), the 2025 reorganisation recorded
  // (app/demo_reorganisation.h), then two more campaigns of the merged
  // Department in motion, one finished last year and one running
  // (app/demo_activity.h). Without: the seed plan stays published and
  // running, as its text reads, and the Department as in 2023.
  bool activity = true;
  // With the activity: the province's TĐKT body as a second agency, the
  // finished campaign's proposal waiting in its queue (app/demo_receiving.h).
  bool receiving = true;
  // The demo's signing material (app/demo_signing.h), made after the seed
  // campaign's 2023 and the reorganisation and before the campaigns since:
  // the agency signs electronically from the first day of its current name,
  // so what the finished campaign issued last year is signed and the seed
  // campaign's documents of 2023 are not. Off in the test sites (three RSA
  // keys), on for `thidua demo`.
  bool signing = false;
};

struct DemoAccountInfo {
  std::string username;
  std::string role_label;
  std::string unit_name;
};

struct DemoSummary {
  size_t units = 0;
  size_t people = 0;
  std::vector<DemoAccountInfo> accounts;
  // The seed campaign: running as the plan reads without the activity;
  // with it, run through 2023 to its end (seed_run says how far it went; a
  // failure is activity_error, and the campaigns since are not run).
  int64_t campaign_id = 0;
  DemoSeedRun seed_run;
  int64_t review_id = 0;    // last year's annual review (running), 0 when none
  int review_year = 0;
  // Set when the data was committed but opening that review failed after:
  // the demo is usable (its accounts exist), the review is not open.
  std::optional<core::Error> review_error;
  // With the activity, the 2025 reorganisation (app/demo_reorganisation.h):
  // the operations recorded, the units they closed and the people they moved;
  // reorganisation_error is set when it stopped (what ran before stays, and
  // the campaigns in motion are not run).
  int64_t reorganisations = 0, units_closed = 0, people_moved = 0;
  std::optional<core::Error> reorganisation_error;
  // The campaigns in motion (app/demo_activity.h); activity_error is set when
  // the data was committed but the activity stopped: what ran before stays.
  DemoActivity activity;
  std::optional<core::Error> activity_error;
  // The province's TĐKT body (app/demo_receiving.h); receiving_error is set
  // when the data was committed but loading it stopped.
  int64_t receiving_agency_id = 0, receiving_body_id = 0, submission_id = 0;
  std::optional<core::Error> receiving_error;
  // Set when the data was committed but the signing material could not be made.
  std::optional<core::Error> signing_error;
  // The years of history written (app/demo_history.h).
  int64_t ratings = 0, titles = 0, initiatives = 0, measures = 0, absences = 0;
};

struct DemoCouncil;  // app/demo_council.h
struct DemoHistory;  // app/demo_history.h
struct DemoReceivingFile;  // app/demo_receiving.h
struct DemoReorganisationFile;  // app/demo_reorganisation.h

// Every demo data file (src/app/demo/*.json), read whole.
struct DemoData {
  DemoOrg org;                                // units.json, accounts.json
  std::shared_ptr<const DemoPeople> people;   // people.json
  std::shared_ptr<const DemoCouncil> council; // council.json
  core::Campaign seed_plan;                   // seed_campaign.json, not yet linked to unit ids
  std::shared_ptr<const DemoReceivingFile> receiving;  // receiving.json
  std::shared_ptr<const DemoReorganisationFile> reorganisation;  // reorganisation.json
  std::shared_ptr<const DemoHistory> history; // history.json
};

// Looks a demo data file up by name ("units.json"); nullopt when absent.
using DemoFileLookup = std::function<std::optional<std::string_view>(std::string_view name)>;

// Reads every data file through `lookup`. The first error (a kValidation
// error naming the file and the member) is returned; nothing is written.
// References across files are checked too: every key person of people.json
// on a current unit of units.json, every seed plan assignment's unit_code
// (and the issuing unit) in units.json, every council seat's username among
// accounts.json and council.json's extra_members.
core::Result<DemoData> read_demo_data(const DemoFileLookup& lookup);

// The files embedded into the binary.
core::Result<DemoData> embedded_demo_data();

// True when the database holds no unit yet.
core::Result<bool> database_is_empty(const Services& services);

// Writes the demo in one transaction (all or nothing) and one audit entry;
// then, with options.activity, records the 2025 reorganisation (a failure
// there is answered in reorganisation_error and the campaigns are not run); then,
// with options.signing, makes the signing material for the agency as it is
// named today (signing_error); then, with options.activity, runs the campaigns in motion (each step its
// own transaction: a failure is answered in activity_error, the demo stays
// loaded); then, with options.review, opens last year's annual review and takes it
// through approval and publication to running (each step audited as done by
// the system; a failure there leaves the demo loaded and is answered).
// Fails with kConflict when the database already holds units. The first
// form reads the embedded data first (and fails before writing anything when
// it does not read); the second writes `data`.
core::Result<DemoSummary> load_demo(const Services& services, const DemoOptions& options, const RequestMeta& meta);
core::Result<DemoSummary> load_demo(const Services& services, const DemoOptions& options, const RequestMeta& meta,
                                    const DemoData& data);

}  // namespace thidua::app
