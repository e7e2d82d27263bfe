#include "app/demo.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/annual_review.h"
#include "app/demo_signing.h"
#include "app/audit.h"
#include "app/auth.h"
#include "app/campaigns.h"
#include "app/demo_council.h"
#include "app/demo_data.h"
#include "app/demo_history.h"
#include "app/demo_json.h"
#include "app/demo_receiving.h"
#include "app/demo_reorganisation.h"
#include "app/demo_seed_run.h"
#include "app/seed_campaign.h"
#include "core/messages_vi/cli.h"
#include "core/submission.h"
#include "store/people.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<bool> database_is_empty(const Services& services) {
  auto conn = services.db.acquire();
  auto rows = conn->query("SELECT COUNT(*) FROM units");
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0) == 0;
}

namespace {

// The account that sends the finished campaign's proposal to the TĐKT body.
constexpr const char* kDemoSender = "thuongtruc";

// The references from one file to another, which the loaders would otherwise
// skip silently: key people on current units, seed plan assignments on known
// units (and the issuing unit present), council seats on known accounts.
core::Status check_demo_references(const DemoData& data) {
  std::set<std::string> units, current;
  for (const DemoUnit& u : data.org.units) {
    units.insert(u.code);
    if (u.valid_to.empty()) current.insert(u.code);
  }
  if (!units.count(std::string(kSeedIssuingUnitCode))) {
    return demo_json::error("units.json", msg::demo_issuing_unit_missing(kSeedIssuingUnitCode));
  }
  const auto key_units = demo_key_people_unit_codes(*data.people);
  for (size_t i = 0; i < key_units.size(); ++i) {
    if (!current.count(key_units[i])) {
      return demo_json::error(
          "people.json", msg::demo_unit_not_current(demo_json::at(demo_json::at("key_people", i), "unit_code")));
    }
  }
  const auto& assignments = data.seed_plan.assignments;
  for (size_t i = 0; i < assignments.size(); ++i) {
    if (!assignments[i].unit_code.empty() && !units.count(assignments[i].unit_code)) {
      return demo_json::error("seed_campaign.json",
                              msg::demo_unit_unknown(demo_json::at(demo_json::at("assignments", i), "unit_code")));
    }
  }
  std::set<std::string> usernames;
  for (const DemoAccount& a : data.org.accounts) usernames.insert(a.username);
  for (const DemoCouncil::Member& m : data.council->extra_members) usernames.insert(m.username);
  // The TĐKT body's units and accounts are new beside the Department's.
  std::set<std::string> codes;
  for (const auto& u : data.org.units) codes.insert(u.code);
  for (const auto* code : {&data.receiving->agency.code, &data.receiving->body.code}) {
    if (!codes.insert(*code).second) return demo_json::error("receiving.json", msg::demo_value_taken(*code));
  }
  for (const bool agency : {true, false}) {
    const core::Unit u = demo_receiving_unit(agency ? data.receiving->agency : data.receiving->body, agency);
    if (auto valid = core::validate_unit(u); !valid.ok()) {
      return demo_json::error("receiving.json", valid.error().message);
    }
  }
  // What the use cases would refuse after the body is written: its decisions'
  // symbol, authority and header lines, the note sent with the proposal.
  core::ReceivingSettings decisions = data.receiving->decisions;
  if (auto ok = core::check_receiving_agency(decisions); !ok.ok()) {
    return demo_json::error("receiving.json", ok.error().message);
  }
  if (auto ok = core::check_submission_note(core::SubmissionStep::kSend, data.receiving->note); !ok.ok()) {
    return demo_json::error("receiving.json", ok.error().message);
  }
  // The Department's account that sends the proposal, with the right to.
  const auto sender = std::find_if(data.org.accounts.begin(), data.org.accounts.end(),
                                   [](const DemoAccount& a) { return a.username == kDemoSender; });
  if (sender == data.org.accounts.end() || !core::role_permits(sender->role, core::Action::kDraftDecisions)) {
    return demo_json::error("accounts.json", msg::demo_value_missing(kDemoSender));
  }
  for (size_t i = 0; i < data.receiving->staff.size(); ++i) {
    if (!usernames.insert(data.receiving->staff[i].username).second) {
      return demo_json::error("receiving.json", msg::demo_value_taken(data.receiving->staff[i].username));
    }
  }
  const auto& seats = data.council->seats;
  for (size_t i = 0; i < seats.size(); ++i) {
    if (!usernames.count(seats[i].username)) {
      return demo_json::error("council.json",
                              msg::demo_account_unknown(demo_json::at(demo_json::at("seats", i), "username")));
    }
  }
  // The reorganisation's agency is new; its steps name units of units.json
  // or of that agency, its grants accounts of accounts.json.
  const DemoReorganisationFile& reorg = *data.reorganisation;
  std::set<std::string> known = units;
  if (!codes.insert(reorg.agency.code).second) {
    return demo_json::error("reorganisation.json", msg::demo_value_taken(reorg.agency.code));
  }
  known.insert(reorg.agency.code);
  for (const auto& u : reorg.agency.units) {
    if (!codes.insert(u.code).second) return demo_json::error("reorganisation.json", msg::demo_value_taken(u.code));
    known.insert(u.code);
  }
  for (size_t i = 0; i < reorg.steps.size(); ++i) {
    const std::string w = demo_json::at("steps", i);
    const auto& step = reorg.steps[i];
    for (size_t k = 0; k < step.sources.size(); ++k) {
      if (!known.count(step.sources[k])) {
        return demo_json::error("reorganisation.json", msg::demo_unit_unknown(demo_json::at(demo_json::at(w, "sources"), k)));
      }
    }
    if (!step.target.empty() && !known.count(step.target)) {
      return demo_json::error("reorganisation.json", msg::demo_unit_unknown(demo_json::at(w, "target")));
    }
  }
  if (!known.count(reorg.council.unit)) {
    return demo_json::error("reorganisation.json", msg::demo_unit_unknown("council.unit"));
  }
  for (size_t i = 0; i < reorg.grants.size(); ++i) {
    const std::string w = demo_json::at("grants", i);
    const auto& g = reorg.grants[i];
    if (!usernames.count(g.username)) {
      return demo_json::error("reorganisation.json", msg::demo_account_unknown(demo_json::at(w, "username")));
    }
    for (const auto& [key, code] : {std::pair{"from", &g.from}, std::pair{"to", &g.to}}) {
      if (!known.count(*code)) return demo_json::error("reorganisation.json", msg::demo_unit_unknown(demo_json::at(w, key)));
    }
  }
  return {};
}

// The 2025 reorganisation recorded by the administrator; the accounts whose
// role moved are listed on the unit they now work for.
core::Status load_reorganisation(const Services& services, const DemoData& data, DemoSummary& summary,
                                 const RequestMeta& meta) {
  core::Actor admin;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query(
        "SELECT g.user_id FROM role_grants g JOIN units u ON u.id = g.unit_id "
        "WHERE g.role = 'administrator' AND u.parent_id IS NULL ORDER BY g.user_id LIMIT 1");
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return core::make_error(core::errc::kNotFound, msg::demo_value_missing("admin"));
    auto actor = load_actor(services, (*rows)[0].i64(0));
    if (!actor.ok()) return actor.error();
    admin = std::move(*actor);
  }
  DemoReorganisation done;
  auto st = load_demo_reorganisation(services, *data.reorganisation, admin, meta, done);
  summary.reorganisations = done.reorganisations;
  summary.units_closed = done.units_closed;
  summary.people_moved = done.people_moved;
  if (!st.ok()) return st;
  // The accounts listed on the unit they hold their role on today (renamed,
  // or the one their role moved to).
  auto conn = services.db.acquire();
  auto rows = conn->query(
      "SELECT s.username, u.name FROM users s JOIN role_grants g ON g.user_id = s.id JOIN units u ON u.id = g.unit_id "
      "ORDER BY g.id");
  if (!rows.ok()) return rows.error();
  std::map<std::string, std::string> unit_of;
  for (const auto& row : *rows) unit_of.emplace(row.str(0), row.str(1));
  for (auto& a : summary.accounts) {
    if (auto it = unit_of.find(a.username); it != unit_of.end()) a.unit_name = it->second;
  }
  return {};
}

// The TĐKT body with the finished campaign's proposal sent to it; a failure
// is kept in the summary (what was committed stays).
void load_receiving(const Services& services, const DemoData& data, const std::string& hash, DemoSummary& summary,
                    const RequestMeta& meta) {
  auto fail = [&](core::Error e) { summary.receiving_error = std::move(e); };
  core::Actor sender;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query("SELECT id FROM users WHERE username = ?", {std::string(kDemoSender)});
    if (!rows.ok()) return fail(rows.error());
    if (rows->empty()) return fail(core::make_error(core::errc::kNotFound, msg::demo_value_missing(kDemoSender)));
    auto actor = load_actor(services, (*rows)[0].i64(0));
    if (!actor.ok()) return fail(actor.error());
    sender = std::move(*actor);
  }
  DemoReceiving loaded;
  auto done = load_demo_receiving(services, *data.receiving, hash, summary.activity.finished_id, sender, meta, loaded);
  summary.receiving_agency_id = loaded.agency_id;
  summary.receiving_body_id = loaded.body_id;
  summary.submission_id = loaded.submission_id;
  // The accounts made are the file's first ones, in its order.
  for (size_t i = 0; i < loaded.usernames.size() && i < data.receiving->staff.size(); ++i) {
    const auto& s = data.receiving->staff[i];
    summary.accounts.push_back({s.username, std::string(core::role_label(s.role)), data.receiving->body.name});
  }
  if (!done.ok()) fail(done.error());
}

}  // namespace

core::Result<DemoData> read_demo_data(const DemoFileLookup& lookup) {
  std::map<std::string, std::string_view> text;
  for (std::string_view name :
       {"units.json", "accounts.json", "people.json", "council.json", "seed_campaign.json", "history.json",
        "receiving.json", "reorganisation.json"}) {
    const auto file = lookup(name);
    if (!file) return demo_json::missing(name);
    text[std::string(name)] = *file;
  }
  DemoData data;
  auto org = read_demo_org(text["units.json"], text["accounts.json"]);
  if (!org.ok()) return org.error();
  data.org = std::move(*org);
  auto people = read_demo_people(text["people.json"]);
  if (!people.ok()) return people.error();
  data.people = std::move(*people);
  auto council = read_demo_council(text["council.json"]);
  if (!council.ok()) return council.error();
  data.council = std::make_shared<const DemoCouncil>(std::move(*council));
  auto plan = read_seed_campaign(text["seed_campaign.json"], {});
  if (!plan.ok()) return plan.error();
  data.seed_plan = std::move(*plan);
  auto history = read_demo_history(text["history.json"]);
  if (!history.ok()) return history.error();
  data.history = std::make_shared<const DemoHistory>(std::move(*history));
  auto receiving = read_demo_receiving(text["receiving.json"]);
  if (!receiving.ok()) return receiving.error();
  data.receiving = std::make_shared<const DemoReceivingFile>(std::move(*receiving));
  auto reorganisation = read_demo_reorganisation(text["reorganisation.json"]);
  if (!reorganisation.ok()) return reorganisation.error();
  data.reorganisation = std::make_shared<const DemoReorganisationFile>(std::move(*reorganisation));
  THIDUA_TRY(check_demo_references(data));
  // activity.json is read again when the activity runs; checked here so that
  // a malformed file fails before anything is written.
  const auto activity = lookup("activity.json");
  if (!activity) return demo_json::missing("activity.json");
  THIDUA_TRY(check_demo_activity_file(*activity));
  return data;
}

core::Result<DemoData> embedded_demo_data() {
  return read_demo_data([](std::string_view name) -> std::optional<std::string_view> {
    const auto file = demo_json::embedded(name);
    if (!file.found) return std::nullopt;
    return file.text;
  });
}

core::Result<DemoSummary> load_demo(const Services& services, const DemoOptions& options, const RequestMeta& meta) {
  // Every data file is read before anything is written: a malformed file
  // fails whole, naming the file and the member.
  auto data = embedded_demo_data();
  if (!data.ok()) return data.error();
  return load_demo(services, options, meta, *data);
}

core::Result<DemoSummary> load_demo(const Services& services, const DemoOptions& options, const RequestMeta& meta,
                                    const DemoData& data) {
  auto empty = database_is_empty(services);
  if (!empty.ok()) return empty.error();
  if (!*empty) {
    return core::make_error(core::errc::kConflict, msg::kDemoDatabaseNotEmpty);
  }
  const DemoOrg& org = data.org;
  auto hash = hash_password(options.password, services.policy.password_cost);
  if (!hash.ok()) return hash.error();
  const auto now = services.clock.now();
  const std::string now_s = iso_instant(now);
  const std::string today = iso_date(now);
  const core::Actor system = system_actor();
  const bool review = options.history && options.review;
  int64_t agency_id = 0;
  core::Campaign seed_plan;
  auto loaded = [&]() -> core::Result<DemoSummary> {
  auto conn = services.db.acquire();
  return store::in_transaction<DemoSummary>(*conn, [&]() -> core::Result<DemoSummary> {
    DemoSummary summary;
    std::map<std::string, core::Unit> units;
    // Units whose successor comes later in the list get it set afterwards.
    std::vector<std::pair<std::string, std::string>> successors;
    for (const auto& du : org.units) {
      core::Unit u;
      if (!du.parent_code.empty()) u.parent_id = units.at(du.parent_code).id;
      u.code = du.code;
      u.name = du.name;
      u.short_name = du.short_name;
      u.kind = du.kind;
      u.host_agency = du.host_agency;
      u.valid_from = du.valid_from;
      u.valid_to = du.valid_to;
      if (!du.successor_code.empty()) {
        auto it = units.find(du.successor_code);
        if (it != units.end()) u.successor_id = it->second.id;
        else successors.emplace_back(du.code, du.successor_code);
      }
      THIDUA_TRY(core::validate_unit(u));
      auto stored = store::insert_unit(*conn, u, now_s);
      if (!stored.ok()) return stored.error();
      units[du.code] = *stored;
    }
    for (const auto& [code, successor] : successors) {
      auto r = conn->exec("UPDATE units SET successor_id = ? WHERE id = ?",
                          {units.at(successor).id, units.at(code).id});
      if (!r.ok()) return r.error();
    }
    summary.units = units.size();

    std::map<std::string, int64_t> wanted;  // account person names → person id
    for (const auto& a : org.accounts) {
      if (!a.person_full_name.empty()) wanted[a.person_full_name] = 0;
    }
    core::Status failure;
    std::vector<DemoHistoryPerson> history_people;
    generate_people(org, *data.people, options.people, options.seed, [&](const DemoPerson& dp) {
      if (!failure.ok()) return;
      core::Person p;
      p.full_name = dp.full_name;
      p.gender = dp.gender;
      p.birth_date = dp.birth_date;
      p.position = dp.position;
      p.title = dp.title;
      p.category = dp.category;
      p.email = dp.email;
      p.phone = dp.phone;
      p.unit_id = units.at(dp.unit_code).id;
      auto stored = store::insert_person(*conn, p, now_s, today);
      if (!stored.ok()) {
        failure = stored.error();
        return;
      }
      ++summary.people;
      history_people.push_back({stored->id, stored->full_name, *p.unit_id, units.at(dp.unit_code).name});
      auto w = wanted.find(dp.full_name);
      if (w != wanted.end() && w->second == 0) w->second = stored->id;
    });
    if (!failure.ok()) return failure.error();
    // Five years of history behind them (app/demo_history.h).
    if (options.history) {
      std::vector<core::Unit> history_units;
      for (const auto& [code, u] : units) history_units.push_back(u);
      std::sort(history_units.begin(), history_units.end(),
                [](const core::Unit& a, const core::Unit& b) { return a.id < b.id; });
      auto history = write_demo_history(*conn, *data.history, history_people, history_units, options.seed,
                                        current_year(services.clock), now_s, review);
      if (!history.ok()) return history.error();
      summary.ratings = history->ratings;
      summary.titles = history->titles;
      summary.initiatives = history->initiatives;
      summary.measures = history->measures;
      summary.absences = history->absences;
    }

    for (const auto& a : org.accounts) {
      core::UserRecord rec;
      rec.username = a.username;
      rec.display_name = a.display_name;
      if (!a.person_full_name.empty() && wanted[a.person_full_name] != 0) rec.person_id = wanted[a.person_full_name];
      rec.password_hash = *hash;
      auto user = store::insert_user(*conn, rec, now_s);
      if (!user.ok()) return user.error();
      const core::Unit& unit = units.at(a.unit_code);
      auto g = store::insert_grant(*conn, user->id, a.role, unit.id);
      if (!g.ok()) return g.error();
      summary.accounts.push_back({a.username, std::string(core::role_label(a.role)), unit.name});
    }
    // The seed plan, published and running, word for word (app/seed_campaign.h).
    std::map<std::string, int64_t> unit_ids;
    for (const auto& [code, unit] : units) unit_ids[code] = unit.id;
    core::Campaign plan = data.seed_plan;
    link_seed_campaign(plan, unit_ids);
    if (auto signer = wanted.find(plan.signer.name); signer != wanted.end() && signer->second != 0) {
      plan.signer.person_id = signer->second;
    }
    // With the activity, the plan is issued and run in 2023 through the use
    // cases once this is committed (app/demo_seed_run.h).
    seed_plan = plan;
    if (!options.activity) {
      auto campaign = store_campaign_as_is(*conn, services, plan, meta);
      if (!campaign.ok()) return campaign.error();
      summary.campaign_id = *campaign;
    }
    // The council of the issuing Department (app/demo_council.h).
    const core::Unit& root_unit = units.at(org.units.front().code);
    agency_id = root_unit.id;
    auto council = load_demo_council(*conn, *data.council, root_unit.id, root_unit.name, *hash, now_s);
    if (!council.ok()) return council.error();
    summary.accounts.insert(summary.accounts.end(), council->begin(), council->end());
    boost::json::object after{{"units", summary.units}, {"people", summary.people},
                              {"accounts", summary.accounts.size()}, {"campaign_id", summary.campaign_id},
                              {"ratings", summary.ratings}, {"titles", summary.titles},
                              {"initiatives", summary.initiatives}, {"measures", summary.measures},
                              {"absences", summary.absences}};
    THIDUA_TRY(record_audit(*conn, services, &system, meta,
                            {"demo.load", "database", "", std::nullopt, boost::json::value(after)}));
    return summary;
  });
  }();
  if (!loaded.ok()) return loaded;
  // The data is committed: from here a failure leaves the demo usable.
  // With the activity, the seed campaign runs through 2023 first, under the
  // names of 2023; then the 2025 reorganisation is recorded: the signing
  // material names the agency as it is today, and the campaigns of last year
  // and this year are the merged Department's.
  core::Status seed_run;
  if (options.activity) {
    seed_run = run_demo_seed_campaign(services, seed_plan, options.seed, meta, loaded->seed_run);
    loaded->campaign_id = loaded->seed_run.campaign_id;
    if (!seed_run.ok()) loaded->activity_error = seed_run.error();
  }
  core::Status reorganised;
  if (options.activity) reorganised = load_reorganisation(services, data, *loaded, meta);
  if (!reorganised.ok()) loaded->reorganisation_error = reorganised.error();
  if (options.signing) {
    auto signing = set_up_demo_signing(services, loaded->campaign_id);
    if (!signing.ok()) loaded->signing_error = signing.error();
  }
  if (options.activity && seed_run.ok() && reorganised.ok()) {
    auto activity = load_demo_activity(services, options.seed, meta);
    if (activity.ok()) loaded->activity = *activity;
    else loaded->activity_error = activity.error();
    if (options.receiving && activity.ok()) load_receiving(services, data, *hash, *loaded, meta);
  }
  if (!review) return loaded;
  // The data is committed: a failure from here leaves the demo usable, and
  // the caller still gets its accounts.
  auto id = open_annual_review(services, system, agency_id, current_year(services.clock) - 1, meta);
  if (!id.ok()) {
    loaded->review_error = id.error();
    return loaded;
  }
  for (auto to : {core::CampaignState::kApproved, core::CampaignState::kPublished, core::CampaignState::kRunning}) {
    auto view = get_campaign(services, system, *id);
    if (!view.ok()) {
      loaded->review_error = view.error();
      return loaded;
    }
    auto moved = move_campaign(services, system, *id, to, view->summary.version, meta);
    if (!moved.ok()) {
      loaded->review_error = moved.error();
      return loaded;
    }
  }
  loaded->review_id = *id;
  loaded->review_year = current_year(services.clock) - 1;
  return loaded;
}

}  // namespace thidua::app
