#include "app/demo_seed_run.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <vector>

#include "app/decisions.h"
#include "app/demo_campaign_run.h"
#include "app/demo_json.h"
#include "store/document_registers.h"

namespace thidua::app {

namespace {

using namespace demo_run;
using std::chrono::days;
using std::chrono::minutes;

constexpr std::string_view kFile = "activity.json";

// The plan's award types by code, as their index in the plan.
core::Result<size_t> type_index(const core::Campaign& plan, const std::string& code) {
  for (size_t i = 0; i < plan.award_types.size(); ++i) {
    if (plan.award_types[i].code == code) return i;
  }
  return core::make_error(core::errc::kValidation, "demo: activity.json names no award type " + code);
}

core::Status run(Runner& r, const core::Campaign& plan, DemoSeedRun& out) {
  const SeedRunText& s = r.text.seed_run;
  const TimePoint issued = date_of(s.issued);
  const int year = std::stoi(s.issued.substr(0, 4));
  {
    auto conn = r.base.db.acquire();
    for (const auto& reg : s.registers) {
      THIDUA_TRY(store::continue_document_register(*conn, plan.issuing_unit_id, reg.doc_type, year, reg.last_number));
    }
  }
  CampaignRun run(r, plan, s.own_unit);
  const auto launched = run.launch(issued);
  out.campaign_id = run.id();
  THIDUA_TRY(launched);

  // Every unit plans and registers within three weeks, its staff too; the
  // units report half-way in August and done by the end of the period.
  const TimePoint reported = date_of(s.reported);
  const TimePoint midway = issued + (reported - issued) / 2;
  std::vector<UnitReg> regs;
  const auto& units = run.units();
  for (size_t i = 0; i < units.size(); ++i) {
    const auto& u = units[i];
    const auto spread = minutes(static_cast<int>(i * 41 % 420));
    THIDUA_TRY(run.unit_plan(u, morning(issued + days(2 + static_cast<int>(i % 9)), spread), i % 5 == 0));
    auto reg = run.register_unit(u, i, morning(issued + days(4 + static_cast<int>(i % 11)), spread));
    if (!reg.ok()) return reg.error();
    THIDUA_TRY(run.approve(u, *reg, morning(issued + days(7 + static_cast<int>(i % 11)), spread)));
    THIDUA_TRY(run.register_staff(u, 0, morning(issued + days(5 + static_cast<int>(i % 11)), spread), 100,
                                  morning(reported - days(static_cast<int>(i % 8)), spread)));
    regs.push_back({u, *reg});
  }
  for (size_t i = 0; i < regs.size(); ++i) {
    const auto spread = minutes(static_cast<int>(i * 29 % 400));
    THIDUA_TRY(run.report(regs[i].unit, regs[i].registration, r.spread.next(40, 70), false,
                          morning(midway + days(static_cast<int>(i % 9)), spread)));
    THIDUA_TRY(run.report(regs[i].unit, regs[i].registration, 100, i % 3 == 0,
                          morning(reported - days(static_cast<int>(i % 6)), spread)));
  }

  // Nominations for the three award types of the plan, accepted by the
  // office, voted on by the council.
  std::vector<Quota> quotas = {{0, 3, 6}};
  for (size_t t = 1; t < run.award_types(); ++t) quotas.push_back({t, 1, t == 1 ? 2 : 1});
  auto nominated = nominate_round(run, date_of(s.nominated), quotas);
  if (!nominated.ok()) return nominated.error();
  const TimePoint council = date_of(s.council);
  for (size_t i = 0; i < nominated->size(); ++i) {
    THIDUA_TRY(run.review((*nominated)[i], true, morning(council - days(6), minutes(static_cast<int>(i) * 7))));
  }
  THIDUA_TRY(council_session(r, run, council, s.session_place));

  // The Director's decision, the two proposals upward; then the higher
  // authorities' answers, recorded by the office the day after each.
  std::map<size_t, int64_t> decided;
  for (size_t t = 0; t < run.award_types(); ++t) {
    auto id = decide(r, run, t, morning(date_of(s.decided), minutes(45 * static_cast<int>(t))), days(2));
    if (!id.ok()) return id.error();
    if (!*id) continue;  // the council passed none of this type
    decided[t] = **id;
    ++out.decisions;
  }
  for (const auto& a : s.answers) {
    auto t = type_index(run.plan(), a.award_type);
    if (!t.ok()) return t.error();
    if (*t == 0) return core::make_error(core::errc::kValidation, "demo: " + a.award_type + " is not proposed upward");
    auto it = decided.find(*t);
    if (it == decided.end()) continue;  // nothing of this type was proposed
    r.clock.set(morning(date_of(a.date) + days(1), minutes(30)));
    ProposalAnswer answer;
    answer.granted = true;
    answer.number_symbol = a.number_symbol;
    answer.date = a.date;
    THIDUA_TRY(answer_proposal(r.services, r.account("thuongtruc"), run.id(), it->second, answer, r.meta));
    ++out.answers;
  }
  r.clock.set(morning(date_of(s.closed)));
  THIDUA_TRY(r.move(run.id(), core::CampaignState::kClosed, r.account("thuongtruc")));
  r.clock.set(morning(date_of(s.finalised)));
  return r.move(run.id(), core::CampaignState::kFinalised, r.account("thuongtruc"));
}

}  // namespace

core::Status run_demo_seed_campaign(const Services& services, const core::Campaign& plan, uint64_t seed,
                                    const RequestMeta& meta, DemoSeedRun& out) {
  const auto file = demo_json::embedded(kFile);
  if (!file.found) return demo_json::missing(kFile);
  auto text = read_activity(file.text);
  if (!text.ok()) return text.error();
  StepClock clock(services.clock.now());
  Counts counts;
  Runner r(services, clock, *text, meta, counts, seed + 2023);
  THIDUA_TRY(r.load_accounts());
  auto done = run(r, plan, out);
  if (services.progress_cache) services.progress_cache->clear();
  return done;
}

}  // namespace thidua::app
