#include "app/demo_campaign_run.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/access.h"
#include "app/auth.h"
#include "app/ballot.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/council.h"
#include "app/crypto.h"
#include "app/decisions.h"
#include "app/demo_json.h"
#include "app/document_header.h"
#include "app/nominations.h"
#include "app/progress.h"
#include "app/registrations.h"
#include "app/unit_plans.h"
#include "docs/document.h"
#include "docs/pdf_writer.h"
#include "store/campaigns.h"

namespace thidua::app::demo_run {

namespace json = boost::json;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

constexpr std::string_view kFile = "activity.json";

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

// The seed campaign's 2023 story: its dates in order, its registers and answers.
SeedRunText seed_run(const json::object& o) {
  const std::string where = "seed_run";
  demo_json::only(o, {"own_unit", "session_place", "issued", "reported", "nominated", "council", "decided", "closed", "finalised",
                      "registers", "answers"}, where);
  SeedRunText s;
  s.own_unit = demo_json::text(o, "own_unit", where);
  s.session_place = demo_json::text(o, "session_place", where);
  std::string before;
  for (auto [key, field] : {std::pair{"issued", &s.issued}, {"reported", &s.reported}, {"nominated", &s.nominated},
                            {"council", &s.council}, {"decided", &s.decided}, {"closed", &s.closed},
                            {"finalised", &s.finalised}}) {
    *field = demo_json::iso_date(o, key, where);
    if (*field <= before) demo_json::bad_value(demo_json::at(where, key));
    before = *field;
  }
  // Nominations come in over a week, are accepted before the session is
  // prepared (five days ahead of the council): two weeks at least.
  if (date_of(s.council) - date_of(s.nominated) < days(14)) demo_json::bad_value(demo_json::at(where, "council"));
  const auto regs = demo_json::at(where, "registers");
  const auto& list = demo_json::array(demo_json::member(o, "registers", where), regs);
  for (size_t i = 0; i < list.size(); ++i) {
    const auto w = demo_json::at(regs, i);
    const auto& r = demo_json::object(list[i], w);
    demo_json::only(r, {"doc_type", "last_number"}, w);
    s.registers.push_back({demo_json::text(r, "doc_type", w), demo_json::count(r, "last_number", w)});
  }
  const auto ans = demo_json::at(where, "answers");
  const auto& answers = demo_json::array(demo_json::member(o, "answers", where), ans);
  for (size_t i = 0; i < answers.size(); ++i) {
    const auto w = demo_json::at(ans, i);
    const auto& a = demo_json::object(answers[i], w);
    demo_json::only(a, {"award_type", "number_symbol", "date"}, w);
    SeedRunText::Answer answer{demo_json::text(a, "award_type", w), demo_json::text(a, "number_symbol", w),
                               demo_json::iso_date(a, "date", w)};
    // Answered after the proposal is approved (two days after it is drafted)
    // and before the campaign closes.
    if (date_of(answer.date) <= date_of(s.decided) + days(2) || answer.date >= s.closed) {
      demo_json::bad_value(demo_json::at(w, "date"));
    }
    s.answers.push_back(std::move(answer));
  }
  return s;
}

}  // namespace

core::Result<ActivityText> read_activity(std::string_view text) {
  return demo_json::read<ActivityText>(kFile, text, [](const json::value& root) {
    const auto& o = demo_json::object(root, "");
    demo_json::only(o, {"campaigns", "targets", "signature_tasks", "difficulties", "return_reason", "unit_plan",
                        "progress_notes", "evidence", "reports", "session_place", "plan_document", "report_document", "own_unit", "plan_common",
                        "seed_run"}, "");
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
    a.seed_run = seed_run(demo_json::object(demo_json::member(o, "seed_run", ""), "seed_run"));
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

TimePoint morning(TimePoint t, minutes offset) {
  const auto day = std::chrono::floor<days>(t);
  return day + hours(2) + offset;
}

TimePoint date_of(int year, unsigned month, unsigned day) {
  return std::chrono::sys_days{std::chrono::year{year} / month / day};
}

TimePoint date_of(const std::string& iso_date) {
  return date_of(std::stoi(iso_date.substr(0, 4)), static_cast<unsigned>(std::stoi(iso_date.substr(5, 2))),
                 static_cast<unsigned>(std::stoi(iso_date.substr(8, 2))));
}

std::string iso(TimePoint t) { return vietnam_date(t); }

std::string iso_day(int year, unsigned month, unsigned day) { return iso(date_of(year, month, day) + hours(2)); }

std::string short_date(const std::string& iso_date) {
  const int y = std::stoi(iso_date.substr(0, 4));
  const int m = std::stoi(iso_date.substr(5, 2));
  const int d = std::stoi(iso_date.substr(8, 2));
  return std::to_string(d) + "/" + std::to_string(m) + "/" + std::to_string(y);
}

int Spread::next(int lo, int hi) {
  state = state * 6364136223846793005ULL + 1442695040888963407ULL;
  return lo + static_cast<int>((state >> 33) % static_cast<uint64_t>(hi - lo + 1));
}

Runner::Runner(const Services& b, StepClock& c, const ActivityText& t, const RequestMeta& m, Counts& o, uint64_t seed)
    : base(b), clock(c), services(services_on(b, c)), text(t), meta(m), system(system_actor()), out(o),
      spread{seed * 2654435761ULL + 1} {}

core::Status Runner::load_accounts() {
  for (const char* username : {"thuongtruc", "lanhdao", "canbo", "thutruong"}) {
    auto rows = query("SELECT id FROM users WHERE username = ?", {std::string(username)});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return core::make_error(core::errc::kNotFound, std::string("demo: no account ") + username);
    auto actor = load_actor(base, (*rows)[0].i64(0));
    if (!actor.ok()) return actor.error();
    accounts[username] = std::move(*actor);
  }
  return {};
}

core::Result<store::Rows> Runner::query(const std::string& sql, const std::vector<store::Param>& params) {
  auto conn = base.db.acquire();
  return conn->query(sql, params);
}

core::Result<int64_t> Runner::version_of(const char* table, int64_t id) {
  auto rows = query(std::string("SELECT version FROM ") + table + " WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return core::make_error(core::errc::kNotFound, table);
  return (*rows)[0].i64(0);
}

core::Status Runner::move(int64_t campaign, core::CampaignState to, const core::Actor& who) {
  auto view = get_campaign(services, who, campaign);
  if (!view.ok()) return view.error();
  auto moved = move_campaign(services, who, campaign, to, view->summary.version, meta);
  if (!moved.ok()) return moved.error();
  return {};
}

core::Result<UploadedFile> Runner::pdf(const std::string& doc_type, const std::string& summary,
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

core::Result<UploadedFile> Runner::evidence_pdf(const std::string& place, const std::string& unit_name, int percent,
                                                const std::string& date) {
  std::vector<std::string> body;
  for (const auto& p : text.evidence_body) {
    body.push_back(fill(p, {{"unit", unit_name}, {"percent", std::to_string(percent)}}));
  }
  return pdf(text.evidence_type, text.evidence_summary, body, place, date);
}

core::Status header_lines_on(Runner& r, core::Campaign& plan, const std::string& date) {
  auto conn = r.base.db.acquire();
  return use_header_on(*conn, plan, date);
}

core::Status CampaignRun::launch(TimePoint issue) {
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

const core::Actor& CampaignRun::officer(const core::ParticipatingUnit& u) {
  return u.code == own_unit_ ? r_.account("canbo") : r_.system;
}

const core::Actor& CampaignRun::head(const core::ParticipatingUnit& u) {
  return u.code == own_unit_ ? r_.account("thutruong") : r_.system;
}

core::Status CampaignRun::unit_plan(const core::ParticipatingUnit& u, TimePoint at, bool file) {
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

core::Result<int64_t> CampaignRun::register_unit(const core::ParticipatingUnit& u, size_t index, TimePoint at) {
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

core::Result<int64_t> CampaignRun::register_person(const core::ParticipatingUnit& u, int64_t person, TimePoint at) {
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

core::Status CampaignRun::approve(const core::ParticipatingUnit& u, int64_t reg, TimePoint at) {
  r_.clock.set(at);
  auto v = r_.version_of("registrations", reg);
  if (!v.ok()) return v.error();
  return approve_registration(r_.services, head(u), id_, reg, *v, r_.meta);
}

core::Status CampaignRun::give_back(const core::ParticipatingUnit& u, int64_t reg, TimePoint at) {
  r_.clock.set(at);
  auto v = r_.version_of("registrations", reg);
  if (!v.ok()) return v.error();
  return return_registration(r_.services, head(u), id_, reg, *v, r_.text.return_reason, r_.meta);
}

core::Status CampaignRun::report(const core::ParticipatingUnit& u, int64_t reg, int percent, bool evidence, TimePoint at) {
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

core::Result<std::optional<int64_t>> CampaignRun::nominate(const core::ParticipatingUnit& u, size_t type,
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

core::Status CampaignRun::review(int64_t nomination, bool accept, TimePoint at) {
  r_.clock.set(at);
  auto v = r_.version_of("nominations", nomination);
  if (!v.ok()) return v.error();
  if (accept) return accept_nomination(r_.services, r_.account("thuongtruc"), id_, nomination, *v, r_.meta);
  return return_nomination(r_.services, r_.account("thuongtruc"), id_, nomination, r_.text.return_reason, *v,
                           r_.meta);
}

core::Status CampaignRun::register_staff(const core::ParticipatingUnit& u, size_t skip, TimePoint at, int percent,
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

core::Result<std::vector<int64_t>> CampaignRun::people_of(const core::ParticipatingUnit& u, int limit) {
  auto rows = r_.query(
      "SELECT p.id FROM people p WHERE p.unit_id = ? AND NOT EXISTS (SELECT 1 FROM users s WHERE s.person_id = "
      "p.id) ORDER BY p.id LIMIT ?",
      {u.id, static_cast<int64_t>(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<int64_t> out;
  for (const auto& row : *rows) out.push_back(row.i64(0));
  return out;
}

core::Result<int64_t> CampaignRun::enter(const core::Actor& who, core::Registration reg, TimePoint at) {
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

namespace {

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

}  // namespace

core::Status council_session(Runner& r, CampaignRun& run, TimePoint day, const std::string& place) {
  auto council = council_of(r, run.plan().issuing_unit_id);
  if (!council.ok()) return council.error();
  const core::Actor& office = r.account("thuongtruc");
  r.clock.set(morning(day - days(5)));
  auto sid = create_session(r.services, office, run.id(), council->id, iso(day), place, r.meta);
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

core::Result<std::optional<int64_t>> decide(Runner& r, CampaignRun& run, size_t type, TimePoint at,
                                            days approve_after) {
  auto passed = r.query("SELECT COUNT(*) FROM nominations WHERE campaign_id = ? AND award_type_id = ? AND state = ?",
                        {run.id(), run.award_type(type), std::string("passed")});
  if (!passed.ok()) return passed.error();
  if ((*passed)[0].i64(0) == 0) return std::optional<int64_t>();
  r.clock.set(at);
  auto draft = draft_decision(r.services, r.account("thuongtruc"), run.id(), run.award_type(type), std::nullopt, r.meta);
  if (!draft.ok()) return draft.error();
  r.clock.set(morning(at + approve_after, minutes(120)));
  auto approved = approve_decision(r.services, r.account("lanhdao"), run.id(), *draft, r.meta);
  if (!approved.ok()) return approved.error();
  return std::optional<int64_t>(*draft);
}

core::Result<std::vector<int64_t>> nominate_round(CampaignRun& run, TimePoint day, const std::vector<Quota>& quotas) {
  std::vector<int64_t> nominated;
  std::vector<Quota> left = quotas;
  auto wanted = [&] {
    return std::any_of(left.begin(), left.end(), [](const Quota& q) { return q.collectives > 0 || q.people > 0; });
  };
  const auto& units = run.units();
  for (size_t i = 0; i < units.size() && wanted(); ++i) {
    const auto& u = units[i];
    const auto at = morning(day + days(static_cast<int>(i % 8)), minutes(static_cast<int>(i * 11 % 300)));
    auto staff = run.people_of(u, static_cast<int>(left.size()));
    if (!staff.ok()) return staff.error();
    for (size_t q = 0; q < left.size(); ++q) {
      const auto when = at + minutes(static_cast<int>(q) * 15);
      if (left[q].collectives > 0 && i % 3 == (q + 1) % 3) {
        auto n = run.nominate(u, left[q].type, std::nullopt, when);
        if (!n.ok()) return n.error();
        if (*n) {
          nominated.push_back(**n);
          --left[q].collectives;
        }
      }
      if (left[q].people > 0 && staff->size() > q) {
        auto n = run.nominate(u, left[q].type, (*staff)[q], when + minutes(30));
        if (!n.ok()) return n.error();
        if (*n) {
          nominated.push_back(**n);
          --left[q].people;
        }
      }
    }
  }
  return nominated;
}

}  // namespace thidua::app::demo_run
