#include "app/demo_activity.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/campaign_json.h"
#include "app/clock.h"
#include "app/demo_campaign_run.h"
#include "app/demo_json.h"
#include "app/difficulties.h"
#include "app/seed_campaign.h"
#include "core/campaign.h"

namespace thidua::app {

namespace {

namespace json = boost::json;
using namespace demo_run;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

constexpr std::string_view kFile = "activity.json";

struct CampaignDates {
  TimePoint issue;
  std::string start, end, registration, nomination, review;
};

// The plan of `p`: its members over the file's plan_common over the seed
// plan (its award types, criteria and signer), the year filled in, the period
// set, tasks named by unit code linked as the seed links them, and the award
// authorities renamed as `p` says.
core::Result<core::Campaign> make_plan(const PlanText& p, const json::object& common, const core::Campaign& seed,
                                       int year, const CampaignDates& dates) {
  json::object members = common;
  for (const auto& m : p.plan) members[m.key()] = m.value();
  const auto filled = fill_json(members, {{"year", std::to_string(year)}});
  auto plan = campaign_from_json(filled.as_object(), seed);
  if (!plan.ok()) return plan.error();
  core::Campaign c = std::move(*plan);
  c.state = core::CampaignState::kDraft;
  c.number.reset();
  c.issue_date.reset();
  c.period.start_date = dates.start;
  c.period.end_date = dates.end;
  c.period.text = fill(p.period_text, {{"end", short_date(dates.end)}});
  c.period.registration_deadline = dates.registration;
  c.period.progress_deadline = dates.end;
  c.period.nomination_deadline = dates.nomination;
  c.period.review_deadline = dates.review;
  // Tasks written by unit code take the unit the seed plan linked to it.
  for (auto& task : c.assignments) {
    if (task.unit_id || task.unit_code.empty()) continue;
    for (const auto& s : seed.assignments) {
      if (s.unit_code == task.unit_code && s.unit_id) task.unit_id = s.unit_id;
    }
  }
  for (const auto& a : p.award_authorities) {
    auto it = std::find_if(c.award_types.begin(), c.award_types.end(),
                           [&](const core::AwardType& t) { return t.code == a.code; });
    if (it == c.award_types.end()) {
      return core::make_error(core::errc::kValidation, "demo: activity.json names no award type " + a.code);
    }
    it->granted_by = a.granted_by;
    it->text = a.text;
  }
  return c;
}

core::Status run_finished(Runner& r, DemoActivity& out, const PlanText& p, const core::Campaign& seed) {
  const int year = current_year(r.base.clock) + p.year_offset;
  CampaignDates d;
  // The second half of the year: after the 2025 reorganisation, so the
  // campaign is the merged Department's, under its new header lines.
  d.issue = date_of(year, 8, 4);
  d.start = iso_day(year, 8, 4);
  d.end = iso_day(year, 10, 31);
  d.registration = iso_day(year, 8, 25);
  d.nomination = iso_day(year, 11, 14);
  d.review = iso_day(year, 11, 28);
  auto plan = make_plan(p, r.text.plan_common, seed, year, d);
  if (!plan.ok()) return plan.error();
  THIDUA_TRY(header_lines_on(r, *plan, d.start));
  CampaignRun run(r, *plan, r.text.own_unit);
  THIDUA_TRY(run.launch(d.issue));
  out.finished_id = run.id();
  std::vector<UnitReg> regs;
  const auto& units = run.units();
  for (size_t i = 0; i < units.size(); ++i) {
    const auto& u = units[i];
    const auto spread = minutes(static_cast<int>(i * 37 % 420));
    THIDUA_TRY(run.unit_plan(u, morning(d.issue + days(3 + static_cast<int>(i % 10)), spread)));
    auto reg = run.register_unit(u, i, morning(d.issue + days(5 + static_cast<int>(i % 12)), spread));
    if (!reg.ok()) return reg.error();
    THIDUA_TRY(run.approve(u, *reg, morning(d.issue + days(8 + static_cast<int>(i % 12)), spread)));
    THIDUA_TRY(run.register_staff(u, 0, morning(d.issue + days(6 + static_cast<int>(i % 12)), spread), 100,
                                  morning(date_of(year, 10, 18) + days(static_cast<int>(i % 9)), spread)));
    regs.push_back({u, *reg});
  }
  for (size_t i = 0; i < regs.size(); ++i) {
    const auto spread = minutes(static_cast<int>(i * 23 % 400));
    THIDUA_TRY(run.report(regs[i].unit, regs[i].registration, r.spread.next(35, 70), false,
                          morning(date_of(year, 9, 10) + days(static_cast<int>(i % 10)), spread)));
    THIDUA_TRY(run.report(regs[i].unit, regs[i].registration, 100, i % 3 == 0,
                          morning(date_of(year, 10, 20) + days(static_cast<int>(i % 10)), spread)));
  }
  // Nominations: a collective and a person of several units for the
  // Director's Giấy khen, two people for the province's Bằng khen.
  auto nominated = nominate_round(run, date_of(year, 11, 3), {{0, 3, 6}, {1, 0, 2}});
  if (!nominated.ok()) return nominated.error();
  for (size_t i = 0; i < nominated->size(); ++i) {
    THIDUA_TRY(run.review((*nominated)[i], true, morning(date_of(year, 11, 17), minutes(static_cast<int>(i) * 9))));
  }
  THIDUA_TRY(council_session(r, run, date_of(year, 11, 24), r.text.session_place));
  for (size_t type = 0; type < 2; ++type) {
    auto decided = decide(r, run, type, morning(date_of(year, 11, 27), minutes(60 * static_cast<int>(type))), days(9));
    if (!decided.ok()) return decided.error();
  }
  r.clock.set(morning(date_of(year, 12, 10)));
  THIDUA_TRY(r.move(run.id(), core::CampaignState::kClosed, r.account("thuongtruc")));
  r.clock.set(morning(date_of(year, 12, 15)));
  THIDUA_TRY(r.move(run.id(), core::CampaignState::kFinalised, r.account("thuongtruc")));
  return {};
}

// Where a unit's staff stand on their targets, from 20 % to 80 %.
int staff_percent(Runner& r) { return r.spread.next(20, 80); }

core::Status run_running(Runner& r, DemoActivity& out, const PlanText& p, const core::Campaign& seed, TimePoint now) {
  const int year = current_year(r.base.clock) + p.year_offset;
  CampaignDates d;
  d.issue = std::chrono::floor<days>(now) - days(125);
  d.start = iso(d.issue + hours(2));
  d.end = iso(now + days(70));
  d.registration = iso(d.issue + days(21) + hours(2));
  d.nomination = iso(now + days(85));
  d.review = iso(now + days(100));
  auto plan = make_plan(p, r.text.plan_common, seed, year, d);
  if (!plan.ok()) return plan.error();
  THIDUA_TRY(header_lines_on(r, *plan, d.start));
  CampaignRun run(r, *plan, r.text.own_unit);
  THIDUA_TRY(run.launch(d.issue));
  out.running_id = run.id();
  std::vector<UnitReg> approved;
  std::vector<core::ParticipatingUnit> registered;
  const auto& units = run.units();
  for (size_t i = 0; i < units.size(); ++i) {
    const auto& u = units[i];
    const bool lucnam = u.code == r.text.own_unit;
    if (!lucnam && i % 11 == 3) continue;  // neither plan nor registration: late
    const auto spread = minutes(static_cast<int>(i * 37 % 420));
    if (lucnam || i % 11 != 5) {  // some register without a plan: late too
      THIDUA_TRY(run.unit_plan(u, morning(d.issue + days(4 + static_cast<int>(i % 14)), spread), i % 4 == 0));
    }
    // Registrations close at the deadline (three weeks after the launch).
    auto reg = run.register_unit(u, i, morning(d.issue + days(5 + static_cast<int>(i % 15)), spread));
    if (!reg.ok()) return reg.error();
    registered.push_back(u);
    const auto decided = morning(d.issue + days(8 + static_cast<int>(i % 20)), spread);
    if (!lucnam && i == 4) {
      THIDUA_TRY(run.give_back(u, *reg, decided));
    } else if (lucnam || i % 5 != 2) {
      THIDUA_TRY(run.approve(u, *reg, decided));
      approved.push_back({u, *reg});
    }
    if (lucnam) {  // the office's staff register one by one, their progress followed
      auto staff = run.people_of(u, 6);
      if (!staff.ok()) return staff.error();
      for (size_t k = 0; k < staff->size(); ++k) {
        auto person = run.register_person(u, (*staff)[k], morning(d.issue + days(12), minutes(static_cast<int>(k) * 25)));
        if (!person.ok()) return person.error();
        if (k < 4) {
          THIDUA_TRY(run.approve(u, *person, morning(d.issue + days(14), minutes(static_cast<int>(k) * 10))));
          approved.push_back({u, *person});
        }
      }
    } else if (i % 11 != 7) {  // elsewhere the staff register too; in a few units one has not
      THIDUA_TRY(run.register_staff(u, i % 13 == 2 ? 1 : 0, morning(d.issue + days(5 + static_cast<int>(i % 15)), spread),
                                    staff_percent(r), morning(now - days(30 - static_cast<int>(i % 20)), spread)));
    }
  }
  for (size_t i = 0; i < approved.size(); ++i) {
    const auto spread = minutes(static_cast<int>(i * 23 % 400));
    const int first = r.spread.next(5, 45);
    THIDUA_TRY(run.report(approved[i].unit, approved[i].registration, first, false,
                          morning(now - days(62 - static_cast<int>(i % 12)), spread)));
    if (i % 4 == 3) continue;  // no news since
    THIDUA_TRY(run.report(approved[i].unit, approved[i].registration, std::min(95, first + r.spread.next(10, 45)),
                          i % 3 == 0, morning(now - days(20 - static_cast<int>(i % 12)), spread)));
  }
  // Difficulties: raised by the first registered units, some answered.
  for (size_t k = 0; k < r.text.difficulties.size() && k < registered.size(); ++k) {
    const auto& u = registered[k];
    const auto& text = r.text.difficulties[k];
    r.clock.set(morning(now - days(45 - static_cast<int>(k) * 9), minutes(static_cast<int>(k) * 17)));
    DifficultyInput in;
    in.unit_id = u.id;
    in.title = text.title;
    in.body = text.body;
    auto id = raise_difficulty(r.services, run.officer(u), run.id(), in, r.meta);
    if (!id.ok()) return id.error();
    ++r.out.difficulties;
    if (!text.answer.empty()) {
      r.clock.set(morning(now - days(43 - static_cast<int>(k) * 9), minutes(60)));
      THIDUA_TRY(answer_difficulty(r.services, r.account("thuongtruc"), run.id(), *id, text.answer, r.meta));
    }
  }
  // Nominations of the last days: some accepted, one returned, the rest waiting.
  // One nomination per unit (a unit's people registered one by one follow
  // its own registration in the list; its first person is nominated once).
  std::vector<int64_t> nominated;
  std::set<int64_t> from_units;
  for (size_t i = 0; i < approved.size() && nominated.size() < 5; ++i) {
    const auto& u = approved[i].unit;
    if (!from_units.insert(u.id).second) continue;
    const auto at = morning(now - days(8 - static_cast<int>(nominated.size())), minutes(static_cast<int>(i) * 13));
    auto staff = run.people_of(u, 1);
    if (!staff.ok()) return staff.error();
    const std::optional<int64_t> person =
        i % 2 == 0 && !staff->empty() ? std::optional<int64_t>(staff->front()) : std::nullopt;
    auto n = run.nominate(u, nominated.size() == 2 ? 1 : 0, person, at);
    if (!n.ok()) return n.error();
    if (*n) nominated.push_back(**n);
  }
  for (size_t i = 0; i < nominated.size() && i < 3; ++i) {
    THIDUA_TRY(run.review(nominated[i], i != 1, morning(now - days(2), minutes(static_cast<int>(i) * 15))));
  }
  return {};
}

}  // namespace

core::Status check_demo_activity_file(std::string_view json_text) {
  auto read = read_activity(json_text);
  if (!read.ok()) return read.error();
  return {};
}

core::Result<DemoActivity> load_demo_activity(const Services& services, uint64_t seed, const RequestMeta& meta) {
  const auto file = demo_json::embedded(kFile);
  if (!file.found) return demo_json::missing(kFile);
  auto text = read_activity(file.text);
  if (!text.ok()) return text.error();
  std::map<std::string, int64_t> unit_ids;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query("SELECT code, id FROM units");
    if (!rows.ok()) return rows.error();
    for (const auto& row : *rows) unit_ids[row.str(0)] = row.i64(1);
  }
  auto seed_plan = embedded_seed_campaign(unit_ids);
  if (!seed_plan.ok()) return seed_plan.error();
  const TimePoint now = services.clock.now();
  StepClock clock(now);
  DemoActivity out;
  Counts counts;
  Runner r(services, clock, *text, meta, counts, seed);
  THIDUA_TRY(r.load_accounts());
  for (const auto& p : text->campaigns) {
    if (p.phase == "finished") THIDUA_TRY(run_finished(r, out, p, *seed_plan));
  }
  for (const auto& p : text->campaigns) {
    if (p.phase == "running") THIDUA_TRY(run_running(r, out, p, *seed_plan, now));
  }
  if (services.progress_cache) services.progress_cache->clear();
  out.registrations = counts.registrations;
  out.progress_reports = counts.progress_reports;
  out.nominations = counts.nominations;
  out.difficulties = counts.difficulties;
  return out;
}

}  // namespace thidua::app
