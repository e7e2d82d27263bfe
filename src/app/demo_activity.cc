#include "app/demo_activity.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/auth.h"
#include "app/ballot.h"
#include "app/campaign_json.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/step_clock.h"
#include "app/council.h"
#include "app/crypto.h"
#include "app/decisions.h"
#include "app/demo_json.h"
#include "app/difficulties.h"
#include "app/document_header.h"
#include "app/nominations.h"
#include "app/progress.h"
#include "app/registrations.h"
#include "app/seed_campaign.h"
#include "app/unit_plans.h"
#include "core/campaign.h"
#include "docs/document.h"
#include "docs/pdf_writer.h"
#include "store/campaigns.h"
#include "store/db.h"

namespace thidua::app {

namespace {

namespace json = boost::json;
using TimePoint = std::chrono::system_clock::time_point;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

constexpr std::string_view kFile = "activity.json";

struct PlanText {
  std::string phase;  // "finished", "running"
  int year_offset = 0;
  std::string period_text;  // "{end}" is the end date
  json::object plan;
  // Award types of the seed plan granted by another authority now (the
  // ministry's name after 2025): by code, the new granted_by and text.
  struct Authority {
    std::string code, granted_by, text;
  };
  std::vector<Authority> award_authorities;
};

struct ActivityText {
  std::vector<PlanText> campaigns;
  std::vector<std::string> targets, signature_tasks, progress_notes;
  struct Difficulty {
    std::string title, body, answer;
  };
  std::vector<Difficulty> difficulties;
  std::string return_reason, unit_plan, session_place;
  std::string own_unit;  // the unit whose work its own accounts (canbo, thutruong) do
  json::object plan_common;  // plan members every campaign's plan shares (its own win)
  std::string evidence_type, evidence_summary, evidence_signer;
  std::vector<std::string> evidence_body;
  std::string report_individual, report_collective;
  std::string plan_type, plan_summary, report_type, report_summary;
};

std::vector<std::string> texts(const json::object& o, std::string_view key, const std::string& where) {
  std::vector<std::string> out;
  const auto& arr = demo_json::array(demo_json::member(o, key, where), demo_json::at(where, key));
  for (size_t i = 0; i < arr.size(); ++i) {
    const auto at = demo_json::at(demo_json::at(where, key), i);
    if (!arr[i].is_string() || arr[i].as_string().empty()) demo_json::bad_value(at);
    out.emplace_back(arr[i].as_string());
  }
  if (out.empty()) demo_json::bad_value(demo_json::at(where, key));
  return out;
}

core::Result<ActivityText> read_activity(std::string_view text) {
  return demo_json::read<ActivityText>(kFile, text, [](const json::value& root) {
    const auto& o = demo_json::object(root, "");
    demo_json::only(o, {"campaigns", "targets", "signature_tasks", "difficulties", "return_reason", "unit_plan",
                        "progress_notes", "evidence", "reports", "session_place", "plan_document", "report_document", "own_unit", "plan_common"}, "");
    ActivityText a;
    const auto& list = demo_json::array(demo_json::member(o, "campaigns", ""), "campaigns");
    for (size_t i = 0; i < list.size(); ++i) {
      const auto where = demo_json::at("campaigns", i);
      const auto& c = demo_json::object(list[i], where);
      demo_json::only(c, {"phase", "year_offset", "period_text", "plan", "award_authorities"}, where);
      PlanText p;
      p.phase = demo_json::text(c, "phase", where);
      if (p.phase != "finished" && p.phase != "running") demo_json::bad_value(demo_json::at(where, "phase"));
      const auto& off = demo_json::member(c, "year_offset", where);
      if (!off.is_int64() || off.as_int64() < -5 || off.as_int64() > 0) {
        demo_json::bad_value(demo_json::at(where, "year_offset"));
      }
      p.year_offset = static_cast<int>(off.as_int64());
      p.period_text = demo_json::text(c, "period_text", where);
      p.plan = demo_json::object(demo_json::member(c, "plan", where), demo_json::at(where, "plan"));
      if (c.contains("award_authorities")) {
        const auto aw = demo_json::at(where, "award_authorities");
        const auto& list = demo_json::array(c.at("award_authorities"), aw);
        for (size_t k = 0; k < list.size(); ++k) {
          const auto w = demo_json::at(aw, k);
          const auto& x = demo_json::object(list[k], w);
          demo_json::only(x, {"code", "granted_by", "text"}, w);
          p.award_authorities.push_back(
              {demo_json::text(x, "code", w), demo_json::text(x, "granted_by", w), demo_json::text(x, "text", w)});
        }
      }
      a.campaigns.push_back(std::move(p));
    }
    a.targets = texts(o, "targets", "");
    a.signature_tasks = texts(o, "signature_tasks", "");
    a.progress_notes = texts(o, "progress_notes", "");
    const auto& ds = demo_json::array(demo_json::member(o, "difficulties", ""), "difficulties");
    for (size_t i = 0; i < ds.size(); ++i) {
      const auto where = demo_json::at("difficulties", i);
      const auto& d = demo_json::object(ds[i], where);
      demo_json::only(d, {"title", "body", "answer"}, where);
      a.difficulties.push_back({demo_json::text(d, "title", where), demo_json::text(d, "body", where),
                                demo_json::text(d, "answer", where, /*required=*/false)});
    }
    a.return_reason = demo_json::text(o, "return_reason", "");
    a.unit_plan = demo_json::text(o, "unit_plan", "");
    a.session_place = demo_json::text(o, "session_place", "");
    a.own_unit = demo_json::text(o, "own_unit", "");
    a.plan_common = demo_json::object(demo_json::member(o, "plan_common", ""), "plan_common");
    const auto& ev = demo_json::object(demo_json::member(o, "evidence", ""), "evidence");
    demo_json::only(ev, {"doc_type", "summary", "body", "signer"}, "evidence");
    a.evidence_type = demo_json::text(ev, "doc_type", "evidence");
    a.evidence_summary = demo_json::text(ev, "summary", "evidence");
    a.evidence_body = texts(ev, "body", "evidence");
    a.evidence_signer = demo_json::text(ev, "signer", "evidence");
    const auto& rep = demo_json::object(demo_json::member(o, "reports", ""), "reports");
    demo_json::only(rep, {"individual", "collective"}, "reports");
    a.report_individual = demo_json::text(rep, "individual", "reports");
    a.report_collective = demo_json::text(rep, "collective", "reports");
    const auto& pd = demo_json::object(demo_json::member(o, "plan_document", ""), "plan_document");
    demo_json::only(pd, {"doc_type", "summary"}, "plan_document");
    a.plan_type = demo_json::text(pd, "doc_type", "plan_document");
    a.plan_summary = demo_json::text(pd, "summary", "plan_document");
    const auto& rd = demo_json::object(demo_json::member(o, "report_document", ""), "report_document");
    demo_json::only(rd, {"doc_type", "summary"}, "report_document");
    a.report_type = demo_json::text(rd, "doc_type", "report_document");
    a.report_summary = demo_json::text(rd, "summary", "report_document");
    return a;
  });
}

// `text` with every "{key}" replaced.
std::string fill(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    const std::string mark = "{" + key + "}";
    for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size())) {
      text.replace(at, mark.size(), value);
    }
  }
  return text;
}

json::value fill_json(const json::value& v, const std::map<std::string, std::string>& values) {
  if (v.is_string()) return json::value(fill(std::string(v.as_string()), values));
  if (v.is_array()) {
    json::array out;
    for (const auto& x : v.as_array()) out.push_back(fill_json(x, values));
    return out;
  }
  if (v.is_object()) {
    json::object out;
    for (const auto& [k, x] : v.as_object()) out[k] = fill_json(x, values);
    return out;
  }
  return v;
}

// 09:00 in Vietnam (02:00 UTC) on the day of `t`, plus `offset`.
TimePoint morning(TimePoint t, minutes offset = minutes(0)) {
  const auto day = std::chrono::floor<days>(t);
  return day + hours(2) + offset;
}

TimePoint date_of(int year, unsigned month, unsigned day) {
  return std::chrono::sys_days{std::chrono::year{year} / month / day};
}

std::string iso(TimePoint t) { return vietnam_date(t); }

// "30/9/2026", as plans write their dates.
std::string short_date(const std::string& iso_date) {
  const int y = std::stoi(iso_date.substr(0, 4));
  const int m = std::stoi(iso_date.substr(5, 2));
  const int d = std::stoi(iso_date.substr(8, 2));
  return std::to_string(d) + "/" + std::to_string(m) + "/" + std::to_string(y);
}

// A small deterministic spread of figures from the seed.
struct Spread {
  uint64_t state;
  int next(int lo, int hi) {  // in [lo, hi]
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + static_cast<int>((state >> 33) % static_cast<uint64_t>(hi - lo + 1));
  }
};

// What one run needs to hand: the accounts, the clock, the texts.
struct Runner {
  const Services& base;
  StepClock& clock;
  Services services;
  const ActivityText& text;
  const RequestMeta& meta;
  std::map<std::string, core::Actor> accounts;  // by username
  core::Actor system = system_actor();
  DemoActivity& out;
  Spread spread;

  core::Result<store::Rows> query(const std::string& sql, const std::vector<store::Param>& params = {}) {
    auto conn = base.db.acquire();
    return conn->query(sql, params);
  }
  core::Result<int64_t> version_of(const char* table, int64_t id) {
    auto rows = query(std::string("SELECT version FROM ") + table + " WHERE id = ?", {id});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return core::make_error(core::errc::kNotFound, table);
    return (*rows)[0].i64(0);
  }
  const core::Actor& account(const std::string& username) { return accounts.at(username); }

  core::Status move(int64_t campaign, core::CampaignState to, const core::Actor& who) {
    auto view = get_campaign(services, who, campaign);
    if (!view.ok()) return view.error();
    auto moved = move_campaign(services, who, campaign, to, view->summary.version, meta);
    if (!moved.ok()) return moved.error();
    return {};
  }

  // A one-page document of the unit as a PDF (a report of its results, its
  // plan, its achievement report), written by the document layer.
  core::Result<UploadedFile> pdf(const std::string& doc_type, const std::string& summary,
                                 const std::vector<std::string>& paragraphs, const std::string& place,
                                 const std::string& date) {
    docs::AdministrativeDocument d;
    d.doc_type = doc_type;
    d.summary = summary;
    d.place_date_line = place + ", " + core::vietnamese_date_text(date);
    for (const auto& p : paragraphs) d.body.push_back(docs::paragraph(p));
    d.signature.authority_lines = {text.evidence_signer};
    const auto dir = std::filesystem::path(base.data_dir) / "tmp";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const auto path = dir / ("demo-" + random_token(8) + ".pdf");
    struct Remove {
      std::filesystem::path p;
      ~Remove() {
        std::error_code ignored;
        std::filesystem::remove(p, ignored);
      }
    } remove_after{path};
    THIDUA_TRY(docs::write_pdf(d, path.string()));
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in || bytes.str().empty()) return core::make_error(core::errc::kStorage, "demo: cannot read " + path.string());
    return UploadedFile{"van-ban.pdf", bytes.str()};
  }
  core::Result<UploadedFile> evidence_pdf(const std::string& place, const std::string& unit_name, int percent,
                                          const std::string& date) {
    std::vector<std::string> body;
    for (const auto& p : text.evidence_body) {
      body.push_back(fill(p, {{"unit", unit_name}, {"percent", std::to_string(percent)}}));
    }
    return pdf(text.evidence_type, text.evidence_summary, body, place, date);
  }
};

}  // namespace

namespace {

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

}  // namespace

namespace {

// A unit's registration, as the run left it.
struct UnitReg {
  core::ParticipatingUnit unit;
  int64_t registration = 0;
};

class CampaignRun {
 public:
  CampaignRun(Runner& r, const core::Campaign& plan) : r_(r), plan_(plan) {}

  int64_t id() const { return id_; }

  // Drafted three days before `issue`, approved by the leader the day before,
  // published and started on the day.
  core::Status launch(TimePoint issue) {
    r_.clock.set(morning(issue - days(3)));
    auto id = create_campaign(r_.services, r_.account("thuongtruc"), plan_, r_.meta);
    if (!id.ok()) return id.error();
    id_ = *id;
    r_.clock.set(morning(issue - days(1), minutes(90)));
    THIDUA_TRY(r_.move(id_, core::CampaignState::kApproved, r_.account("lanhdao")));
    r_.clock.set(morning(issue, minutes(30)));
    THIDUA_TRY(r_.move(id_, core::CampaignState::kPublished, r_.account("thuongtruc")));
    r_.clock.set(morning(issue, minutes(45)));
    THIDUA_TRY(r_.move(id_, core::CampaignState::kRunning, r_.account("thuongtruc")));
    auto conn = r_.base.db.acquire();
    auto units = store::campaign_units(*conn, id_);
    if (!units.ok()) return units.error();
    units_ = std::move(*units);
    auto types = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = ? ORDER BY ord", {id_});
    if (!types.ok()) return types.error();
    for (const auto& row : *types) award_types_.push_back(row.i64(0));
    if (award_types_.size() < 2) return core::make_error(core::errc::kInternal, "demo: the plan has no award types");
    return {};
  }

  const std::vector<core::ParticipatingUnit>& units() const { return units_; }
  int64_t award_type(size_t i) const { return award_types_.at(i); }

  // Who enters and approves for `unit`: its own accounts for the Lục Nam
  // office, the shell operator for the others.
  const core::Actor& officer(const core::ParticipatingUnit& u) {
    return u.code == r_.text.own_unit ? r_.account("canbo") : r_.system;
  }
  const core::Actor& head(const core::ParticipatingUnit& u) {
    return u.code == r_.text.own_unit ? r_.account("thutruong") : r_.system;
  }

  // The unit's implementation plan; with `file`, its signed copy as a PDF.
  core::Status unit_plan(const core::ParticipatingUnit& u, TimePoint at, bool file = false) {
    r_.clock.set(at);
    UnitPlanInput in;
    in.unit_id = u.id;
    in.body = fill(r_.text.unit_plan, {{"unit", u.name}});
    if (file) {
      auto pdf = r_.pdf(r_.text.plan_type, r_.text.plan_summary, {in.body}, plan_.place, iso(at));
      if (!pdf.ok()) return pdf.error();
      in.file = std::move(*pdf);
    }
    auto id = submit_unit_plan(r_.services, officer(u), id_, in, r_.meta);
    if (!id.ok()) return id.error();
    return {};
  }

  // A collective registration with the three targets, submitted.
  core::Result<int64_t> register_unit(const core::ParticipatingUnit& u, size_t index, TimePoint at) {
    r_.clock.set(at);
    core::Registration reg;
    reg.subject = core::RegistrationSubject::kCollective;
    reg.unit_id = u.id;
    reg.signature_task = r_.text.signature_tasks[index % r_.text.signature_tasks.size()];
    for (size_t i = 0; i < r_.text.targets.size(); ++i) {
      core::Target t;
      t.content_label = std::to_string(i + 1);
      t.text = r_.text.targets[i];
      reg.targets.push_back(std::move(t));
    }
    return enter(officer(u), std::move(reg), at);
  }

  // An individual registration of `person` in `u`, submitted.
  core::Result<int64_t> register_person(const core::ParticipatingUnit& u, int64_t person, TimePoint at) {
    core::Registration reg;
    reg.subject = core::RegistrationSubject::kIndividual;
    reg.unit_id = u.id;
    reg.person_id = person;
    for (size_t i = 0; i < 2; ++i) {
      core::Target t;
      t.content_label = std::to_string(i + 1);
      t.text = r_.text.targets[i];
      reg.targets.push_back(std::move(t));
    }
    return enter(officer(u), std::move(reg), at);
  }

  core::Status approve(const core::ParticipatingUnit& u, int64_t reg, TimePoint at) {
    r_.clock.set(at);
    auto v = r_.version_of("registrations", reg);
    if (!v.ok()) return v.error();
    return approve_registration(r_.services, head(u), id_, reg, *v, r_.meta);
  }

  core::Status give_back(const core::ParticipatingUnit& u, int64_t reg, TimePoint at) {
    r_.clock.set(at);
    auto v = r_.version_of("registrations", reg);
    if (!v.ok()) return v.error();
    return return_registration(r_.services, head(u), id_, reg, *v, r_.text.return_reason, r_.meta);
  }

  // Reports every target of `reg` at `percent` (done at 100), with the
  // unit's report as evidence on the first target when `evidence`.
  core::Status report(const core::ParticipatingUnit& u, int64_t reg, int percent, bool evidence, TimePoint at) {
    r_.clock.set(at);
    auto targets = r_.query("SELECT id FROM registration_targets WHERE registration_id = ? ORDER BY ord", {reg});
    if (!targets.ok()) return targets.error();
    const auto& notes = r_.text.progress_notes;
    for (size_t i = 0; i < targets->size(); ++i) {
      ProgressInput in;
      const int p = std::clamp(percent + static_cast<int>(i) * 5 - 5, 0, 100);
      in.percent = percent >= 100 ? 100 : p;
      in.status = in.percent >= 100 ? "done" : in.percent > 0 ? "in_progress" : "not_started";
      in.note = in.percent >= 100 ? notes.back() : in.percent >= 60 ? notes[1 % notes.size()] : notes.front();
      if (evidence && i == 0) {
        auto file = r_.evidence_pdf(plan_.place, u.name, in.percent, iso(at));
        if (!file.ok()) return file.error();
        in.files.push_back(std::move(*file));
      }
      auto id = report_progress(r_.services, officer(u), id_, (*targets)[i].i64(0), in, r_.meta);
      if (!id.ok()) return id.error();
      ++r_.out.progress_reports;
    }
    return {};
  }

  // Nominates `person` (or, without one, the unit itself) for award type
  // `type`; nullopt when a rule of the campaign refuses this nominee.
  core::Result<std::optional<int64_t>> nominate(const core::ParticipatingUnit& u, size_t type,
                                                std::optional<int64_t> person, TimePoint at) {
    r_.clock.set(at);
    NominationInput in;
    in.award_type_id = award_types_.at(type);
    in.unit_id = u.id;
    if (person) {
      in.subject = core::CriterionSubject::kIndividual;
      in.person_id = person;
      in.report = r_.text.report_individual;
    } else {  // a collective's report comes as the unit's signed PDF too
      in.subject = core::CriterionSubject::kCollective;
      in.nominee_unit_id = u.id;
      in.report = r_.text.report_collective;
      auto pdf = r_.pdf(r_.text.report_type, r_.text.report_summary, {u.name, in.report}, plan_.place, iso(at));
      if (!pdf.ok()) return pdf.error();
      in.report_file = std::move(*pdf);
    }
    auto id = create_nomination(r_.services, officer(u), id_, std::move(in), r_.meta);
    if (!id.ok()) {
      const auto& code = id.error().code;
      if (code == core::errc::kValidation || code == core::errc::kConflict || code == core::errc::kOwnRecord ||
          code == core::errc::kAlreadyAwarded || code == core::errc::kDuplicateNomination ||
          code == core::errc::kQuotaExceeded) {
        return std::optional<int64_t>{};
      }
      return id.error();
    }
    ++r_.out.nominations;
    return std::optional<int64_t>(*id);
  }

  core::Status review(int64_t nomination, bool accept, TimePoint at) {
    r_.clock.set(at);
    auto v = r_.version_of("nominations", nomination);
    if (!v.ok()) return v.error();
    if (accept) return accept_nomination(r_.services, r_.account("thuongtruc"), id_, nomination, *v, r_.meta);
    return return_nomination(r_.services, r_.account("thuongtruc"), id_, nomination, r_.text.return_reason, *v,
                             r_.meta);
  }

  // Registers every person of `u` (its own rows) after the first `skip`, one
  // by one, and approves them: the staff's individual registrations.
  // Each then reports its targets at `percent` on `report_at` (give or take
  // a little per person).
  core::Status register_staff(const core::ParticipatingUnit& u, size_t skip, TimePoint at, int percent,
                              TimePoint report_at) {
    auto rows = r_.query("SELECT id FROM people WHERE unit_id = ? ORDER BY id", {u.id});
    if (!rows.ok()) return rows.error();
    for (size_t k = skip; k < rows->size(); ++k) {
      const auto when = at + std::chrono::seconds(static_cast<int>(k % 2000) * 7);  // within four hours
      auto reg = register_person(u, (*rows)[k].i64(0), when);
      if (!reg.ok()) return reg.error();
      auto approved = approve(u, *reg, when + days(2));
      // The head's own registration is approved above the unit.
      if (!approved.ok() && approved.error().code == core::errc::kOwnRecord) {
        auto v = r_.version_of("registrations", *reg);
        if (!v.ok()) return v.error();
        approved = approve_registration(r_.services, r_.system, id_, *reg, *v, r_.meta);
      }
      THIDUA_TRY(approved);
      const int p = percent >= 100 ? 100 : std::clamp(percent + static_cast<int>(k % 5) * 6 - 12, 0, 95);
      THIDUA_TRY(report(u, *reg, p, false, report_at + minutes(static_cast<int>(k) * 5)));
    }
    return {};
  }

  // People of `u` (its own rows) without an account, by id.
  core::Result<std::vector<int64_t>> people_of(const core::ParticipatingUnit& u, int limit) {
    auto rows = r_.query(
        "SELECT p.id FROM people p WHERE p.unit_id = ? AND NOT EXISTS (SELECT 1 FROM users s WHERE s.person_id = "
        "p.id) ORDER BY p.id LIMIT ?",
        {u.id, static_cast<int64_t>(limit)});
    if (!rows.ok()) return rows.error();
    std::vector<int64_t> out;
    for (const auto& row : *rows) out.push_back(row.i64(0));
    return out;
  }

 private:
  core::Result<int64_t> enter(const core::Actor& who, core::Registration reg, TimePoint at) {
    r_.clock.set(at);
    auto id = create_registration(r_.services, who, id_, std::move(reg), r_.meta);
    if (!id.ok()) return id.error();
    r_.clock.set(at + minutes(20));
    auto v = r_.version_of("registrations", *id);
    if (!v.ok()) return v.error();
    THIDUA_TRY(submit_registration(r_.services, who, id_, *id, *v, r_.meta));
    ++r_.out.registrations;
    return *id;
  }

  Runner& r_;
  core::Campaign plan_;
  int64_t id_ = 0;
  std::vector<core::ParticipatingUnit> units_;
  std::vector<int64_t> award_types_;
};

}  // namespace

namespace {

std::string iso_day(int year, unsigned month, unsigned day) { return iso(date_of(year, month, day) + hours(2)); }

// The plan's header lines as the issuing unit's header in force on ISO
// `date` gives them (the names after a reorganisation), when one is recorded.
core::Status header_lines_on(Runner& r, core::Campaign& plan, const std::string& date) {
  auto conn = r.base.db.acquire();
  return use_header_on(*conn, plan, date);
}

// The issuing unit's latest council with active members (the merged
// Department's since 2025): its voting members' ids and actors.
struct Council {
  int64_t id = 0;
  std::vector<std::pair<int64_t, core::Actor>> members;  // member id, actor
};

core::Result<Council> council_of(Runner& r, int64_t unit_id) {
  auto rows = r.query(
      "SELECT c.id, m.id, m.user_id FROM councils c JOIN council_members m ON m.council_id = c.id "
      "WHERE c.unit_id = ? AND m.active = 1 ORDER BY c.id DESC, m.id",
      {unit_id});
  if (!rows.ok()) return rows.error();
  Council c;
  for (const auto& row : *rows) {
    if (c.id == 0) c.id = row.i64(0);
    if (row.i64(0) != c.id) break;
    auto actor = load_actor(r.base, row.i64(2));
    if (!actor.ok()) return actor.error();
    c.members.emplace_back(row.i64(1), std::move(*actor));
  }
  if (c.members.size() < 3) return core::make_error(core::errc::kInternal, "demo: the council has too few members");
  return c;
}

// The council meets on `day`: every member present, the counting committee
// the first two, every member votes on every item; the second Giấy khen
// item is refused by most of them. Then the ballot closes with the committee's shares.
core::Status council_session(Runner& r, CampaignRun& run, int64_t issuing_unit, TimePoint day) {
  auto council = council_of(r, issuing_unit);
  if (!council.ok()) return council.error();
  const core::Actor& office = r.account("thuongtruc");
  r.clock.set(morning(day - days(5)));
  auto sid = create_session(r.services, office, run.id(), council->id, iso(day), r.text.session_place, r.meta);
  if (!sid.ok()) return sid.error();
  std::vector<int64_t> present;
  for (const auto& m : council->members) present.push_back(m.first);
  r.clock.set(morning(day, minutes(5)));
  THIDUA_TRY(set_session_attendance(r.services, office, run.id(), *sid, present, r.meta));
  r.clock.set(morning(day, minutes(10)));
  THIDUA_TRY(open_session_ballot(r.services, office, run.id(), *sid, {present[0], present[1]}, r.meta));
  std::map<int64_t, std::string> shares;
  for (size_t k = 0; k < 2; ++k) {
    r.clock.set(morning(day, minutes(12 + static_cast<int>(k))));
    auto share = draw_committee_share(r.services, council->members[k].second, run.id(), *sid, r.meta);
    if (!share.ok()) return share.error();
    shares[present[k]] = *share;
  }
  // The refused item: the second of the first award type's (the Director's
  // Giấy khen), so that every other type keeps what it was proposed.
  auto items = r.query(
      "SELECT i.id, n.award_type_id FROM session_items i JOIN nominations n ON n.id = i.nomination_id "
      "WHERE i.session_id = ? ORDER BY i.ord",
      {*sid});
  if (!items.ok()) return items.error();
  size_t refused = items->size();
  for (size_t j = 0, seen = 0; j < items->size(); ++j) {
    if ((*items)[j].i64(1) == run.award_type(0) && ++seen == 2) refused = j;
  }
  const size_t refusing = council->members.size() / 2 + 1;
  for (size_t k = 0; k < council->members.size(); ++k) {
    std::vector<VoteInput> votes;
    for (size_t j = 0; j < items->size(); ++j) {
      const bool refuse = j == refused && k < refusing;
      votes.push_back({(*items)[j].i64(0), refuse ? core::ballot::kDisagree : core::ballot::kAgree});
    }
    r.clock.set(morning(day, minutes(20 + static_cast<int>(k) * 3)));
    auto cast = cast_votes(r.services, council->members[k].second, run.id(), *sid, votes, r.meta);
    if (!cast.ok()) return cast.error();
  }
  r.clock.set(morning(day, minutes(60)));
  auto closed = close_session_ballot(r.services, office, run.id(), *sid, shares, r.meta);
  if (!closed.ok()) return closed.error();
  return {};
}

// Drafts the decision or proposal of award type `type` for every nomination
// the council passed, approved by the leader `approve_after` later.
core::Status decide(Runner& r, CampaignRun& run, size_t type, TimePoint at, days approve_after) {
  r.clock.set(at);
  auto draft = draft_decision(r.services, r.account("thuongtruc"), run.id(), run.award_type(type), std::nullopt, r.meta);
  if (!draft.ok()) return draft.error();
  r.clock.set(morning(at + approve_after, minutes(120)));
  auto approved = approve_decision(r.services, r.account("lanhdao"), run.id(), *draft, r.meta);
  if (!approved.ok()) return approved.error();
  return {};
}

core::Status run_finished(Runner& r, const PlanText& p, const core::Campaign& seed) {
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
  CampaignRun run(r, *plan);
  THIDUA_TRY(run.launch(d.issue));
  r.out.finished_id = run.id();
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
  std::vector<int64_t> nominated;
  const TimePoint nominate_day = date_of(year, 11, 3);
  int collectives = 0, people = 0, province = 0;
  for (size_t i = 0; i < units.size() && (collectives < 3 || people < 6 || province < 2); ++i) {
    const auto& u = units[i];
    const auto at = morning(nominate_day + days(static_cast<int>(i % 8)), minutes(static_cast<int>(i * 11 % 300)));
    if (collectives < 3 && i % 3 == 1) {
      auto n = run.nominate(u, 0, std::nullopt, at);
      if (!n.ok()) return n.error();
      if (*n) {
        nominated.push_back(**n);
        ++collectives;
      }
    }
    auto staff = run.people_of(u, 2);
    if (!staff.ok()) return staff.error();
    if (!staff->empty() && people < 6) {
      auto n = run.nominate(u, 0, staff->front(), at + minutes(30));
      if (!n.ok()) return n.error();
      if (*n) {
        nominated.push_back(**n);
        ++people;
      }
    }
    if (staff->size() > 1 && province < 2 && i % 2 == 0) {
      auto n = run.nominate(u, 1, (*staff)[1], at + minutes(45));
      if (!n.ok()) return n.error();
      if (*n) {
        nominated.push_back(**n);
        ++province;
      }
    }
  }
  for (size_t i = 0; i < nominated.size(); ++i) {
    THIDUA_TRY(run.review(nominated[i], true, morning(date_of(year, 11, 17), minutes(static_cast<int>(i) * 9))));
  }
  THIDUA_TRY(council_session(r, run, plan->issuing_unit_id, date_of(year, 11, 24)));
  THIDUA_TRY(decide(r, run, 0, morning(date_of(year, 11, 27)), days(9)));
  if (province > 0) THIDUA_TRY(decide(r, run, 1, morning(date_of(year, 11, 27), minutes(60)), days(9)));
  r.clock.set(morning(date_of(year, 12, 10)));
  THIDUA_TRY(r.move(run.id(), core::CampaignState::kClosed, r.account("thuongtruc")));
  r.clock.set(morning(date_of(year, 12, 15)));
  THIDUA_TRY(r.move(run.id(), core::CampaignState::kFinalised, r.account("thuongtruc")));
  return {};
}

// Where a unit's staff stand on their targets, from 20 % to 80 %.
int staff_percent(Runner& r) { return r.spread.next(20, 80); }

core::Status run_running(Runner& r, const PlanText& p, const core::Campaign& seed, TimePoint now) {
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
  CampaignRun run(r, *plan);
  THIDUA_TRY(run.launch(d.issue));
  r.out.running_id = run.id();
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
  Runner r{services,
           clock,
           services_on(services, clock),
           *text,
           meta,
           {},
           system_actor(),
           out,
           Spread{seed * 2654435761ULL + 1}};
  for (const char* username : {"thuongtruc", "lanhdao", "canbo", "thutruong"}) {
    auto rows = r.query("SELECT id FROM users WHERE username = ?", {std::string(username)});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return core::make_error(core::errc::kNotFound, std::string("demo: no account ") + username);
    auto actor = load_actor(services, (*rows)[0].i64(0));
    if (!actor.ok()) return actor.error();
    r.accounts[username] = std::move(*actor);
  }
  for (const auto& p : text->campaigns) {
    if (p.phase == "finished") THIDUA_TRY(run_finished(r, p, *seed_plan));
  }
  for (const auto& p : text->campaigns) {
    if (p.phase == "running") THIDUA_TRY(run_running(r, p, *seed_plan, now));
  }
  if (services.progress_cache) services.progress_cache->clear();
  return out;
}

}  // namespace thidua::app
