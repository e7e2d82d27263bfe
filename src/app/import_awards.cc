#include "app/import_awards.h"

#include <algorithm>
#include <map>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_columns.h"
#include "app/import_people.h"
#include "app/import_person_match.h"
#include "app/import_staging.h"
#include "app/records_json.h"
#include "core/award.h"
#include "core/file_type.h"
#include "core/messages_vi/award_register.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"
#include "core/names.h"
#include "core/org.h"
#include "io/xlsx_writer.h"
#include "store/awards.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

constexpr std::string_view kKind = "awards";

// A row of the register import: what its cells say, then the entry it makes.
struct AwardRow {
  int line = 0;  // spreadsheet row / CSV line
  std::optional<std::string> subject;  // "individual", "collective"; nullopt when unreadable
  std::string person_id_text;
  std::string name;
  std::string birth_text;
  std::string birth;  // ISO, "" when absent or invalid
  std::string unit_code;
  core::AwardRecord award;
};

bool is_year(const std::string& s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string keep(std::string& target, const std::string& cell) {
  target = cell;
  return {};
}

const std::vector<ImportColumn<AwardRow>>& award_import_columns() {
  using C = ImportColumn<AwardRow>;
  static const std::vector<C> cols = {
      C{"subject", msg::kRegisterColSubject, {"doi tuong khen thuong"}, 1,
        [](const std::string& c, AwardRow& r) {
          if (c.empty()) return std::string(msg::kRegisterSubjectMissing);
          const std::string f = core::fold(c);
          if (f == "ca nhan" || f == "individual") r.subject = "individual";
          else if (f == "tap the" || f == "collective") r.subject = "collective";
          else return msg::register_subject_invalid(c);
          return std::string();
        }},
      C{"person_id", msg::kRegisterColPersonId, {}, 2,
        [](const std::string& c, AwardRow& r) { return keep(r.person_id_text, c); }},
      C{"full_name", msg::kRegisterColName, {"ho ten", "ten ca nhan, tap the"}, 2,
        [](const std::string& c, AwardRow& r) { return keep(r.name, c); }},
      C{"birth_date", msg::kRegisterColBirth, {}, 0,
        [](const std::string& c, AwardRow& r) {
          r.birth_text = c;
          if (c.empty()) return std::string();
          r.birth = parse_vietnamese_date(c);
          return r.birth.empty() ? msg::import_birth_invalid(c) : std::string();
        }},
      C{"unit_code", msg::kRegisterColUnitCode, {}, 2,
        [](const std::string& c, AwardRow& r) { return keep(r.unit_code, c); }},
      C{"award_name", msg::kRegisterColAward, {"danh hieu", "hinh thuc khen thuong, danh hieu", "hinh thuc"}, 3,
        [](const std::string& c, AwardRow& r) { return keep(r.award.award_name, c); }},
      C{"year", msg::kRegisterColYear, {"nam"}, 4,
        [](const std::string& c, AwardRow& r) {
          if (!is_year(c)) return msg::register_year_not_a_year(c);
          r.award.year = std::stoi(c);
          return std::string();
        }},
      C{"decision_number_symbol", msg::kRegisterColDecision, {"so, ky hieu quyet dinh", "so qd", "quyet dinh so"}, 5,
        [](const std::string& c, AwardRow& r) { return keep(r.award.decision_number_symbol, c); }},
      C{"decision_date", msg::kRegisterColDecisionDate, {"ngay qd"}, 6,
        [](const std::string& c, AwardRow& r) {
          r.award.decision_date = parse_vietnamese_date(c);
          return r.award.decision_date.empty() ? std::string(msg::kRegisterDecisionDateInvalid) : std::string();
        }},
      C{"granted_by", msg::kRegisterColAuthority, {"nguoi ky", "co quan quyet dinh", "cap quyet dinh"}, 7,
        [](const std::string& c, AwardRow& r) { return keep(r.award.granted_by, c); }},
      C{"level", msg::kRegisterColLevel, {"cap khen thuong"}, 0,
        [](const std::string& c, AwardRow& r) {
          if (c.empty()) return std::string();
          r.award.level = core::read_award_level(c);
          return r.award.level ? std::string() : msg::register_level_invalid(c);
        }},
      C{"occasion", msg::kRegisterColOccasion, {"dot", "phong trao"}, 0,
        [](const std::string& c, AwardRow& r) {
          const std::string f = core::fold(c);
          if (f.empty() || f == core::fold(msg::kRegisterOccasionAnnual) || f == "annual" || f == "nam") {
            r.award.occasion = core::AwardOccasion::kAnnual;
          } else {
            r.award.occasion = core::AwardOccasion::kCampaign;
            r.award.campaign_title = c;
          }
          return std::string();
        }},
  };
  return cols;
}

json::object row_values(const AwardRow& r) {
  const core::AwardRecord& a = r.award;
  auto id_or_null = [](const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{
      {"subject", r.subject ? json::value(*r.subject) : json::value(nullptr)},
      {"person_id", id_or_null(a.person_id)},
      {"unit_id", id_or_null(a.unit_id)},
      {"recipient_name", a.recipient_name},
      {"unit_name", a.unit_name},
      {"award_name", a.award_name},
      {"year", a.year > 0 ? json::value(a.year) : json::value(nullptr)},
      {"decision_number_symbol", a.decision_number_symbol},
      {"decision_date", a.decision_date},
      {"granted_by", a.granted_by},
      {"level", a.level ? json::value(core::award_level_code(*a.level)) : json::value(nullptr)},
      {"occasion", core::award_occasion_code(a.occasion)},
      {"campaign_title", a.campaign_title}};
}

// The register kind of the import pipeline. Units and their name histories
// are read once (begin); each chunk's people cost two queries (by id, by
// folded name) and its recipients' existing awards one. Entries accepted so
// far are remembered per recipient to find repeats within the file.
// The template's example row (the cells under its headings).
std::vector<std::string> award_template_example() {
  return {msg::kRegisterSubjectIndividual, "", msg::kImportSampleName, "15/03/1985", "",
         msg::kRegisterSampleAward, "2022", msg::kRegisterSampleDecision, "20/12/2022",
         msg::kRegisterSampleAuthority, msg::kAwardLevelAgency, msg::kRegisterOccasionAnnual};
}

class AwardsChecker final : public ImportChecker {
 public:
  std::vector<std::string> template_example() const override { return award_template_example(); }
  AwardsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, msg::kRegisterImportHeadingsMissing);
    auto units = store::list_units(conn, {"/"});
    if (!units.ok()) return units.error();
    units_ = std::move(*units);
    for (const auto& u : units_) {
      by_code_[u.code] = &u;
      by_id_[u.id] = &u;
    }
    auto names = store::all_unit_name_histories(conn);
    if (!names.ok()) return names.error();
    names_ = std::move(*names);
    this_year_ = current_year(services_.clock);
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection& conn, const std::vector<SourceRow>& rows) override {
    auto people = people_of_chunk(conn, columns_, rows);
    if (!people.ok()) return people.error();
    std::vector<CheckedRow> out(rows.size());
    last_.assign(rows.size(), {});
    for (size_t i = 0; i < rows.size(); ++i) {
      out[i].row = rows[i].row;
      check_row(rows[i], *people, last_[i], out[i]);
    }
    THIDUA_TRY(check_repeats(conn, out));
    for (size_t i = 0; i < rows.size(); ++i) out[i].values = row_values(last_[i]);
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>& checked) override {
    if (checked.size() != last_.size()) return core::make_error(core::errc::kInternal, "import chunk mismatch");
    const std::string now = iso_instant(services_.clock.now());
    // Each row's audit entry (the values check() made for it), then its
    // record moved (not copied) into the insert: the chunk's rows are not
    // read again once written.
    std::vector<AuditEvent> events;
    std::vector<core::AwardRecord> awards;
    events.reserve(last_.size());
    awards.reserve(last_.size());
    for (size_t i = 0; i < last_.size(); ++i) {
      auto& row = last_[i];
      events.push_back({"award.import", "award", "", std::nullopt, std::move(checked[i].values)});
      row.award.source = core::AwardSource::kImported;
      row.award.created_at = now;
      awards.push_back(std::move(row.award));
    }
    last_.clear();
    // The chunk's rows a few statements at a time; a failure names no row
    // (the rows were checked), and the whole import is rolled back.
    THIDUA_TRY(store::insert_awards(conn, awards));
    for (size_t i = 0; i < awards.size(); ++i) events[i].entity_id = std::to_string(awards[i].id);
    // The chunk's entries at once, in row order.
    THIDUA_TRY(record_audits(conn, services_, &actor_, *meta_, std::move(events)));
    return static_cast<int64_t>(awards.size());
  }

 private:
  std::string_view who_column(const AwardRow& r) const {
    if (r.subject == std::optional<std::string>("collective")) return "unit_code";
    return columns_.has("person_id") && !r.person_id_text.empty() ? "person_id" : "full_name";
  }

  // The unit of `code` when it lies within the actor's register scope.
  const core::Unit* unit_in_scope(const std::string& code) const {
    auto it = by_code_.find(code);
    if (it == by_code_.end() || !permits(actor_, core::Action::kDraftDecisions, it->second->path)) return nullptr;
    return it->second;
  }

  std::string name_on(const core::Unit& u, const std::string& date) const {
    auto it = names_.find(u.id);
    return it == names_.end() ? u.name : core::name_in_force(it->second, date, u.name);
  }

  // The row's cells through the columns; then who it names and the entry's
  // own rules.
  void check_row(const SourceRow& source, const ChunkPeople& people, AwardRow& r, CheckedRow& checked) {
    r.line = source.row;
    columns_.read(source, r, checked);
    auto issue = [&](std::string_view key, std::string text) { columns_.issue(checked, key, std::move(text)); };
    core::AwardRecord& a = r.award;
    const std::string date = a.decision_date;
    if (r.subject == std::optional<std::string>("collective")) {
      a.subject = "collective";
      const core::Unit* unit = r.unit_code.empty() ? nullptr : unit_in_scope(r.unit_code);
      if (r.unit_code.empty()) {
        issue("unit_code", msg::kRegisterCollectiveNeedsUnit);
      } else if (unit == nullptr) {
        issue("unit_code", msg::register_no_unit_with_code(r.unit_code));
      } else {
        a.unit_id = unit->id;
        a.unit_path = unit->path;
        a.recipient_name = name_on(*unit, date);
        a.unit_name = a.recipient_name;
      }
    } else if (r.subject) {
      a.subject = "individual";
      const PersonMatch who =
          people.match({r.person_id_text, r.name, r.birth_text, r.birth}, [&](const core::Person& p) {
            return permits(actor_, core::Action::kDraftDecisions, p.unit_path);
          });
      if (!who.field.empty()) issue(who.field, who.message);
      const core::Person* person = who.person;
      const core::Unit* unit = nullptr;
      if (!r.unit_code.empty()) {
        unit = unit_in_scope(r.unit_code);
        if (unit == nullptr) issue("unit_code", msg::register_no_unit_with_code(r.unit_code));
      } else if (person && person->unit_id) {
        auto it = by_id_.find(*person->unit_id);
        if (it != by_id_.end()) unit = it->second;
      }
      if (person) {
        a.person_id = person->id;
        a.recipient_name = person->full_name;
      } else {
        a.recipient_name = r.name;
      }
      if (unit) {
        a.unit_id = unit->id;
        a.unit_path = unit->path;
        a.unit_name = name_on(*unit, date);
      }
    }
    // The entry's own rules, unless its column already has a problem (an
    // unreadable year or date, a person not found: named once).
    if (auto st = core::validate_register_entry(a, this_year_); !st.ok()) {
      const std::string& f = st.error().field;
      const std::string key = f == "recipient_name" ? std::string(who_column(r)) : f == "campaign_title" ? "occasion" : f;
      const bool named = std::any_of(checked.issues.begin(), checked.issues.end(),
                                     [&](const ImportIssue& i) { return i.field == key; });
      if (!named && !(f == "recipient_name" && !r.subject)) issue(key, st.error().message);
    }
  }

  // Entries already in the register (one query for the chunk's recipients)
  // and entries of earlier rows of the file.
  core::Status check_repeats(store::Connection& conn, std::vector<CheckedRow>& out) {
    std::vector<int64_t> people, units;
    for (const auto& r : last_) {
      if (r.award.subject == "individual" && r.award.person_id) people.push_back(*r.award.person_id);
      if (r.award.subject == "collective" && r.award.unit_id) units.push_back(*r.award.unit_id);
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    auto existing = store::awards_of_recipients(conn, people, units);
    if (!existing.ok()) return existing.error();
    std::map<std::string, std::vector<const core::AwardRecord*>> stored;
    for (const auto& a : *existing) stored[recipient_key(a)].push_back(&a);
    for (size_t i = 0; i < last_.size(); ++i) {
      const core::AwardRecord& a = last_[i].award;
      if (a.year == 0 || (!a.person_id && !a.unit_id)) continue;
      const std::string key = recipient_key(a);
      for (const auto* e : stored[key]) {
        if (core::same_award(a, *e)) {
          columns_.issue(out[i], "award_name",
                         msg::register_duplicate_existing(e->award_name, e->year, e->decision_number_symbol));
          break;
        }
      }
      auto& earlier = seen_[key];
      for (const auto& [row, prior] : earlier) {
        if (core::same_award(a, prior)) {
          columns_.issue(out[i], "award_name", msg::register_duplicate_in_file(row));
          break;
        }
      }
      earlier.emplace_back(out[i].row, a);
    }
    return {};
  }

  static std::string recipient_key(const core::AwardRecord& a) {
    return a.subject == "collective" ? "u" + std::to_string(a.unit_id.value_or(0))
                                     : "p" + std::to_string(a.person_id.value_or(0));
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  ImportColumns<AwardRow> columns_{award_import_columns()};
  std::vector<core::Unit> units_;
  std::map<std::string, const core::Unit*> by_code_;
  std::map<int64_t, const core::Unit*> by_id_;
  std::map<int64_t, std::vector<core::UnitName>> names_;
  int this_year_ = 0;
  std::map<std::string, std::vector<std::pair<int, core::AwardRecord>>> seen_;  // recipient -> (row, entry)
  std::vector<AwardRow> last_;
};

}  // namespace

const std::vector<ListColumn>& award_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(award_import_columns());
  return cols;
}

core::Result<std::string> award_import_template() {
  std::vector<std::string> headings;
  for (const auto& c : award_import_list_columns()) headings.push_back(c.heading);
  return io::write_xlsx_bytes(headings,
                              {award_template_example()},
                              msg::kRegisterTemplateSheet);
}

core::Status may_import_awards(const core::Actor& actor) {
  if (!permits_somewhere(actor, core::Action::kDraftDecisions)) return forbidden(msg::kActImportRegister);
  return {};
}

core::Result<ImportSummary> stage_award_import(const Services& services, const core::Actor& actor,
                                               std::string_view bytes, const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  THIDUA_TRY(may_import_awards(actor));
  AwardsChecker checker(services, actor, nullptr);
  return stage_import(services, actor.user_id, kKind, checker, bytes, filename);
}

core::Result<ImportPage> award_import_page(const Services& services, const core::Actor& actor,
                                           const std::string& token, bool only_problems, int page, int page_size) {
  THIDUA_TRY(may_import_awards(actor));
  return import_page(services, actor.user_id, kKind, token, only_problems, page, page_size);
}

core::Result<ImportAtOnce> import_awards_at_once(const Services& services, const core::Actor& actor,
                                                 std::string_view bytes, const std::string& filename,
                                                 const RequestMeta& meta, bool write) {
  THIDUA_TRY(may_import_awards(actor));
  AwardsChecker checker(services, actor, &meta);
  return import_at_once(services, checker, bytes, core::clean_file_name(filename), write);
}

core::Result<int64_t> confirm_award_import(const Services& services, const core::Actor& actor,
                                           const std::string& token, const RequestMeta& meta) {
  THIDUA_TRY(may_import_awards(actor));
  AwardsChecker checker(services, actor, &meta);
  return confirm_import(services, actor.user_id, kKind, token, checker);
}

}  // namespace thidua::app
