// The demo's campaigns run through the real use cases (issue 13 #2, issue 14
// #5): the texts of src/app/demo/activity.json, read strictly, and the
// machinery the demo's runs share (app/demo_activity.h runs last year's and
// this year's campaigns, app/demo_seed_run.h the seed campaign of 2023).
//
// A run steps a StepClock through its dates (app/step_clock.h), so every
// record, audit entry and document carries a plausible date. Work of the
// run's own unit is done by its own accounts (canbo enters, thutruong
// approves), the office's by thuongtruc and lanhdao, votes by the council's
// members; the other units' entries are made as the shell operator (system
// actor: no account recorded on them). Each use case commits on its own: a
// failure stops the run there and is returned.
//
// Internal to the demo loaders; nothing else includes this header.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "app/context.h"
#include "app/step_clock.h"
#include "app/unit_work_access.h"
#include "core/campaign.h"
#include "core/registration.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app::demo_run {

using TimePoint = std::chrono::system_clock::time_point;

// One campaign of activity.json: its phase ("finished", "running"), its year
// (offset from today's), its period text ("{end}" is the end date), its plan
// members over plan_common over the seed plan, and the award types of the
// seed plan granted by another authority now (the ministry's name after
// 2025): by code, the new granted_by and text.
struct PlanText {
  std::string phase;
  int year_offset = 0;
  std::string period_text;
  boost::json::object plan;
  struct Authority {
    std::string code, granted_by, text;
  };
  std::vector<Authority> award_authorities;
};

// How the seed campaign of 2023 went (activity.json's "seed_run"): its own
// unit, the dates of its steps (ISO, each after the one before), the numbers
// the Department's registers of 2023 had reached on paper before the plan
// was issued (so the plan, decisions and proposals take the numbers that
// follow), and the higher authorities' answers to its proposals.
struct SeedRunText {
  std::string own_unit;
  std::string session_place;  // where the council of 2023 met
  std::string issued, reported, nominated, council, decided, closed, finalised;
  struct Register {
    std::string doc_type;  // "KH", "QĐ", "TTr", ...
    int64_t last_number = 0;
  };
  std::vector<Register> registers;
  struct Answer {
    std::string award_type;     // the seed plan's code ("BK-CT-UBND-TINH")
    std::string number_symbol;  // the authority's decision ("2316/QĐ-UBND")
    std::string date;           // ISO
  };
  std::vector<Answer> answers;
};

// activity.json, whole.
struct ActivityText {
  std::vector<PlanText> campaigns;
  SeedRunText seed_run;
  std::vector<std::string> targets, signature_tasks, progress_notes;
  struct Difficulty {
    std::string title, body, answer;
  };
  std::vector<Difficulty> difficulties;
  std::string return_reason, unit_plan, session_place;
  std::string own_unit;       // the unit whose work its own accounts do in the runs since 2025
  boost::json::object plan_common;  // plan members every campaign's plan shares
  std::string evidence_type, evidence_summary, evidence_signer;
  std::vector<std::string> evidence_body;
  std::string report_individual, report_collective;
  std::string plan_type, plan_summary, report_type, report_summary;
};

// Reads activity.json strictly: kValidation naming the member (a misspelt
// key, a missing text, a date that is not ISO or out of order).
core::Result<ActivityText> read_activity(std::string_view json_text);

// `text` with every "{key}" replaced; the same through a JSON value's strings.
std::string fill(std::string text, const std::map<std::string, std::string>& values);
boost::json::value fill_json(const boost::json::value& v, const std::map<std::string, std::string>& values);

// 09:00 in Vietnam (02:00 UTC) on the day of `t`, plus `offset`.
TimePoint morning(TimePoint t, std::chrono::minutes offset = std::chrono::minutes(0));
// Midnight UTC of a calendar day; of an ISO date ("2023-06-12").
TimePoint date_of(int year, unsigned month, unsigned day);
TimePoint date_of(const std::string& iso_date);
// The Vietnam date of `t`, ISO; of 09:00 in Vietnam on a calendar day.
std::string iso(TimePoint t);
std::string iso_day(int year, unsigned month, unsigned day);
// "30/9/2026", as plans write their dates.
std::string short_date(const std::string& iso_date);

// A small deterministic spread of figures from the seed.
struct Spread {
  uint64_t state;
  int next(int lo, int hi);  // in [lo, hi]
};

// What a run's steps produced, counted.
struct Counts {
  int64_t registrations = 0, progress_reports = 0, nominations = 0, difficulties = 0;
};

// What one run needs to hand: the services on the step clock, the texts, the
// demo's accounts.
struct Runner {
  const Services& base;
  StepClock& clock;
  Services services;  // `base` on `clock`
  const ActivityText& text;
  const RequestMeta& meta;
  std::map<std::string, core::Actor> accounts;  // by username
  core::Actor system;
  Counts& out;
  Spread spread;

  Runner(const Services& base, StepClock& clock, const ActivityText& text, const RequestMeta& meta, Counts& out,
         uint64_t seed);
  // Loads the accounts the runs act as (thuongtruc, lanhdao, canbo,
  // thutruong); kNotFound naming a missing one.
  core::Status load_accounts();
  const core::Actor& account(const std::string& username) const { return accounts.at(username); }

  core::Result<store::Rows> query(const std::string& sql, const std::vector<store::Param>& params = {});
  core::Result<int64_t> version_of(const char* table, int64_t id);
  // Moves campaign `campaign` to `to` as `who`, at its current version.
  core::Status move(int64_t campaign, core::CampaignState to, const core::Actor& who);
  // A one-page document of the unit as a PDF (a report of its results, its
  // plan, its achievement report), written by the document layer.
  core::Result<UploadedFile> pdf(const std::string& doc_type, const std::string& summary,
                                 const std::vector<std::string>& paragraphs, const std::string& place,
                                 const std::string& date);
  core::Result<UploadedFile> evidence_pdf(const std::string& place, const std::string& unit_name, int percent,
                                          const std::string& date);
};

// The plan's header lines as the issuing unit's header in force on ISO
// `date` gives them (the names after a reorganisation), when one is recorded.
core::Status header_lines_on(Runner& r, core::Campaign& plan, const std::string& date);

// A unit's registration, as a run left it.
struct UnitReg {
  core::ParticipatingUnit unit;
  int64_t registration = 0;
};

// One campaign taken through its steps. `own_unit` is the code of the unit
// whose work its own accounts do (the Lục Nam office in 2023, the branch that
// took its people since).
class CampaignRun {
 public:
  CampaignRun(Runner& r, const core::Campaign& plan, std::string own_unit)
      : r_(r), plan_(plan), own_unit_(std::move(own_unit)) {}

  int64_t id() const { return id_; }
  const core::Campaign& plan() const { return plan_; }

  // Drafted by the office three days before `issue`, approved by the leader
  // the day before, published (its number from the register) and started on
  // the day.
  core::Status launch(TimePoint issue);

  const std::vector<core::ParticipatingUnit>& units() const { return units_; }
  int64_t award_type(size_t i) const { return award_types_.at(i); }
  size_t award_types() const { return award_types_.size(); }

  // Who enters and who approves for `unit`: the own unit's accounts, the
  // shell operator for the others.
  const core::Actor& officer(const core::ParticipatingUnit& u);
  const core::Actor& head(const core::ParticipatingUnit& u);

  // The unit's implementation plan; with `file`, its signed copy as a PDF.
  core::Status unit_plan(const core::ParticipatingUnit& u, TimePoint at, bool file = false);

  // A collective registration with the three targets, submitted.
  core::Result<int64_t> register_unit(const core::ParticipatingUnit& u, size_t index, TimePoint at);

  // An individual registration of `person` in `u`, submitted.
  core::Result<int64_t> register_person(const core::ParticipatingUnit& u, int64_t person, TimePoint at);

  // A registration approved, or given back with the texts' reason, by the unit's head.
  core::Status approve(const core::ParticipatingUnit& u, int64_t reg, TimePoint at);
  core::Status give_back(const core::ParticipatingUnit& u, int64_t reg, TimePoint at);

  // Reports every target of `reg` at `percent` (done at 100), with the
  // unit's report as evidence on the first target when `evidence`.
  core::Status report(const core::ParticipatingUnit& u, int64_t reg, int percent, bool evidence, TimePoint at);

  // Nominates `person` (or, without one, the unit itself) for award type
  // `type`; nullopt when a rule of the campaign refuses this nominee.
  core::Result<std::optional<int64_t>> nominate(const core::ParticipatingUnit& u, size_t type,
                                                std::optional<int64_t> person, TimePoint at);

  // The office accepts the nomination, or returns it with the texts' reason.
  core::Status review(int64_t nomination, bool accept, TimePoint at);

  // Registers every person of `u` (its own rows) after the first `skip`, one
  // by one, and approves them: the staff's individual registrations.
  // Each then reports its targets at `percent` on `report_at` (give or take
  // a little per person).
  core::Status register_staff(const core::ParticipatingUnit& u, size_t skip, TimePoint at, int percent,
                              TimePoint report_at);

  // People of `u` (its own rows) without an account, by id.
  core::Result<std::vector<int64_t>> people_of(const core::ParticipatingUnit& u, int limit);

 private:
  core::Result<int64_t> enter(const core::Actor& who, core::Registration reg, TimePoint at);

  Runner& r_;
  core::Campaign plan_;
  std::string own_unit_;
  int64_t id_ = 0;
  std::vector<core::ParticipatingUnit> units_;
  std::vector<int64_t> award_types_;
};

// How many nominations of one award type (by its index in the plan) a round
// makes: of units themselves and of people.
struct Quota {
  size_t type = 0;
  int collectives = 0;
  int people = 0;
};

// Walks the units in order from `day` (a few days spread over them): for
// quota q, a unit whose index is q+1 modulo 3 nominates itself, and each unit
// nominates its (q+1)-th person without an account, while the quota lasts.
// Nominees a rule of the campaign refuses are passed over. Returns the
// nominations made, in order.
core::Result<std::vector<int64_t>> nominate_round(CampaignRun& run, TimePoint day, const std::vector<Quota>& quotas);

// The council meets on `day` at `place`: every member present, the counting committee
// the first two, every member votes on every item; the second item of the
// first award type is refused by most of them. Then the ballot closes with
// the committee's shares. The council is the issuing unit's latest with
// active members (the merged Department's since 2025).
core::Status council_session(Runner& r, CampaignRun& run, TimePoint day, const std::string& place);

// Drafts the decision or proposal of award type `type` for every nomination
// the council passed, approved by the leader `approve_after` later (its
// number from the register). Returns its id; nullopt, with nothing drafted,
// when the council passed none of that type (a small demo).
core::Result<std::optional<int64_t>> decide(Runner& r, CampaignRun& run, size_t type, TimePoint at,
                                            std::chrono::days approve_after);

}  // namespace thidua::app::demo_run
