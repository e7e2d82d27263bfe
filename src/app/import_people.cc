#include "app/import_people.h"

#include <cstdio>
#include <map>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/import_columns.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "app/people.h"
#include "app/records_json.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/org.h"
#include "core/names.h"
#include "io/table.h"
#include "io/xlsx_writer.h"
#include "store/people.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

// A row of the people import: the person it describes and the unit code
// named (resolved by the checker).
struct PersonRow {
  core::Person person;
  std::string unit_code;
};

// The columns: those of people_list_columns() ("Đơn vị" is shown in lists and
// ignored here: the unit is the code's).
const std::vector<ImportColumn<PersonRow>>& people_import_columns() {
  using C = ImportColumn<PersonRow>;
  static const std::vector<C> cols = {
      C{"full_name", msg::kColFullName, {"ho ten"}, 1,
        [](const std::string& c, PersonRow& r) { r.person.full_name = c; return std::string(); }},
      C{"gender", msg::kColGender, {}, 0,
        [](const std::string& c, PersonRow& r) {
          if (c.empty()) return std::string();
          auto g = core::parse_gender(c);
          if (!g) return msg::import_gender_invalid(c);
          r.person.gender = *g;
          return std::string();
        }},
      C{"birth_date", msg::kColBirthDate, {}, 0,
        [](const std::string& c, PersonRow& r) {
          if (c.empty()) return std::string();
          r.person.birth_date = parse_vietnamese_date(c);
          return r.person.birth_date.empty() ? msg::import_birth_date_invalid(c) : std::string();
        }},
      C{"position", msg::kColPosition, {}, 0,
        [](const std::string& c, PersonRow& r) { r.person.position = c; return std::string(); }},
      C{"title", msg::kColTitle, {"ngach"}, 0,
        [](const std::string& c, PersonRow& r) { r.person.title = c; return std::string(); }},
      C{"category", msg::kColCategory, {"loai"}, 0,
        [](const std::string& c, PersonRow& r) {
          if (c.empty()) return std::string();
          auto k = core::parse_category(c);
          if (!k) return msg::import_category_invalid(c);
          r.person.category = *k;
          return std::string();
        }},
      C{"email", msg::kColEmail, {"thu dien tu"}, 0,
        [](const std::string& c, PersonRow& r) { r.person.email = c; return std::string(); }},
      C{"phone", msg::kColPhone, {"so dien thoai"}, 0,
        [](const std::string& c, PersonRow& r) { r.person.phone = c; return std::string(); }},
      C{"unit_code", msg::kColUnitCode, {}, 2,
        [](const std::string& c, PersonRow& r) { r.unit_code = c; return std::string(); }},
  };
  return cols;
}

// The people kind of the import pipeline. Units are read once (begin);
// e-mail addresses seen are remembered to find repeats.
class PeopleChecker final : public ImportChecker {
 public:
  std::vector<std::string> template_example() const override { return msg::people_template_example(); }
  PeopleChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta), today_(vietnam_date(services.clock.now())) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, msg::kPeopleImportHeadingsMissing);
    auto units = store::list_units(conn, {"/"});
    if (!units.ok()) return units.error();
    units_ = std::move(*units);
    for (const auto& u : units_) unit_by_code_[u.code] = &u;
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection&, const std::vector<SourceRow>& rows) override {
    std::vector<CheckedRow> out;
    out.reserve(rows.size());
    last_.clear();
    for (const auto& source : rows) {
      CheckedRow checked;
      checked.row = source.row;
      PersonRow pr = check_row(source, checked);
      checked.values = to_json(pr.person).as_object();
      checked.values.erase("id");
      checked.values.erase("version");
      checked.values["unit_code"] = pr.unit_code;
      last_.push_back({checked.row, std::move(pr.person)});
      out.push_back(std::move(checked));
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>&) override {
    const auto now = services_.clock.now();
    int64_t n = 0;
    for (const auto& [line, person] : last_) {
      auto stored = store::insert_person(conn, person, iso_instant(now), iso_date(now));
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(line, stored.error().message));
      }
      THIDUA_TRY(record_audit(conn, services_, &actor_, *meta_,
                              {"person.import", "person", std::to_string(stored->id), std::nullopt,
                               to_json(*stored)}));
      ++n;
    }
    return n;
  }

 private:
  // The row's cells through the columns, then the unit (which must exist and
  // be one the actor may import into), the person's own rules and repeats.
  PersonRow check_row(const SourceRow& source, CheckedRow& checked) {
    PersonRow pr;
    columns_.read(source, pr, checked);
    core::Person& person = pr.person;
    auto unit = unit_by_code_.find(pr.unit_code);
    if (pr.unit_code.empty()) {
      columns_.issue(checked, "unit_code", msg::kImportUnitCodeMissing);
    } else if (unit == unit_by_code_.end()) {
      columns_.issue(checked, "unit_code", msg::import_no_unit_with_code(pr.unit_code));
    } else if (!permits(actor_, core::Action::kImportPeople, unit->second->path)) {
      // A unit the actor cannot even see is answered as if it did not exist.
      columns_.issue(checked, "unit_code", permits(actor_, core::Action::kViewOrg, unit->second->path)
                                               ? msg::import_people_forbidden_in(pr.unit_code)
                                               : msg::import_no_unit_with_code(pr.unit_code));
    } else if (!unit->second->valid_to.empty() && unit->second->valid_to <= today_) {
      // Dissolved or merged: its people went to the unit carrying on its work.
      columns_.issue(checked, "unit_code", msg::kUnitClosedForPeople);
    } else {
      person.unit_id = unit->second->id;
      person.unit_name = unit->second->name;
    }
    auto norm = core::normalise_person(person);
    if (!norm.ok()) {
      const auto& e = norm.error();
      const bool own_column = e.field == "email" || e.field == "phone" || e.field == "birth_date";
      columns_.issue(checked, own_column ? e.field : "full_name", e.message);
    } else {
      // Only the name of a unit the actor may import into is shown.
      const std::string unit_name = person.unit_id ? person.unit_name : std::string();
      person = *norm;
      person.unit_name = unit_name;
    }
    if (!person.email.empty()) {
      auto [it, inserted] = email_rows_.emplace(core::fold(person.email), source.row);
      if (!inserted) columns_.issue(checked, "email", msg::import_email_repeats_row(it->second));
    }
    return pr;
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  const std::string today_;  // in Vietnam: a unit closed on or before it takes no one
  ImportColumns<PersonRow> columns_{people_import_columns()};
  std::vector<core::Unit> units_;
  std::map<std::string, const core::Unit*> unit_by_code_;
  std::map<std::string, int> email_rows_;
  std::vector<std::pair<int, core::Person>> last_;  // the chunk's rows: line, person
};

}  // namespace

std::string parse_vietnamese_date(std::string_view text) {
  int d = 0, m = 0, y = 0;
  char tail = 0;
  std::string s(text);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && s.size() == 10) {
    // ISO already
  } else if ((std::sscanf(s.c_str(), "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 ||
              std::sscanf(s.c_str(), "%2d-%2d-%4d%c", &d, &m, &y, &tail) == 3 ||
              std::sscanf(s.c_str(), "%2d.%2d.%4d%c", &d, &m, &y, &tail) == 3) &&
             y >= 1000) {
  } else {
    return "";
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return core::is_iso_date(buf) ? std::string(buf) : std::string();
}

core::Result<ImportSummary> stage_people_import(const Services& services, const core::Actor& actor,
                                                std::string_view bytes, const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  if (!permits_somewhere(actor, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
  PeopleChecker checker(services, actor, nullptr);
  return stage_import(services, actor.user_id, "people", checker, bytes, filename);
}

core::Result<ImportPage> people_import_page(const Services& services, const core::Actor& actor,
                                            const std::string& token, bool only_problems, int page, int page_size) {
  if (!permits_somewhere(actor, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
  return import_page(services, actor.user_id, "people", token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_people_import(const Services& services, const core::Actor& actor,
                                            const std::string& token, const RequestMeta& meta) {
  if (!permits_somewhere(actor, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
  PeopleChecker checker(services, actor, &meta);
  return confirm_import(services, actor.user_id, "people", token, checker);
}

core::Result<std::string> people_import_template() {
  return io::write_xlsx_bytes(people_columns(),
                              {msg::people_template_example()}, msg::kPeopleTemplateSheet);
}

}  // namespace thidua::app
