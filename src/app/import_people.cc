#include "app/import_people.h"

#include <cstdio>
#include <map>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "app/people.h"
#include "app/records_json.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/names.h"
#include "io/table.h"
#include "io/xlsx_writer.h"
#include "store/people.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

enum class Field { kName, kGender, kBirth, kPosition, kTitle, kCategory, kEmail, kPhone, kUnitCode, kUnitName };

// Headings recognised (folded), so "Họ và tên", "HỌ TÊN", "ho ten" all work.
const std::map<std::string, Field>& heading_map() {
  static const std::map<std::string, Field> m = {
      {"ho va ten", Field::kName},       {"ho ten", Field::kName},          {"full_name", Field::kName},
      {"gioi tinh", Field::kGender},     {"gender", Field::kGender},        {"ngay sinh", Field::kBirth},
      {"birth_date", Field::kBirth},     {"chuc vu", Field::kPosition},     {"position", Field::kPosition},
      {"chuc danh", Field::kTitle},      {"ngach", Field::kTitle},          {"title", Field::kTitle},
      {"loai can bo", Field::kCategory}, {"loai", Field::kCategory},        {"category", Field::kCategory},
      {"email", Field::kEmail},          {"thu dien tu", Field::kEmail},    {"dien thoai", Field::kPhone},
      {"so dien thoai", Field::kPhone},  {"phone", Field::kPhone},          {"ma don vi", Field::kUnitCode},
      {"unit_code", Field::kUnitCode},   {"don vi", Field::kUnitName},      {"ten don vi", Field::kUnitName},
  };
  return m;
}

struct ImportRow {
  int row = 0;
  core::Person person;
  std::string unit_code;
  bool ok = true;
};

// The people kind of the import pipeline. Units are read once (begin);
// e-mail addresses seen are remembered to find repeats.
class PeopleChecker final : public ImportChecker {
 public:
  PeopleChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    header_ = header;
    col_ = columns_of(header, heading_map());
    if (!col_.count(Field::kName) || !col_.count(Field::kUnitCode)) {
      return core::make_error(core::errc::kValidation, msg::kPeopleImportHeadingsMissing);
    }
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
      ImportRow ir = check_row(source, checked);
      checked.row = ir.row;
      checked.ok = ir.ok;
      checked.values = to_json(ir.person).as_object();
      checked.values.erase("id");
      checked.values.erase("version");
      checked.values["unit_code"] = ir.unit_code;
      out.push_back(std::move(checked));
      last_.push_back(std::move(ir));
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn) override {
    const auto now = services_.clock.now();
    int64_t n = 0;
    for (const auto& row : last_) {
      auto stored = store::insert_person(conn, row.person, iso_instant(now), iso_date(now));
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(row.row, stored.error().message));
      }
      THIDUA_TRY(record_audit(conn, services_, &actor_, *meta_,
                              {"person.import", "person", std::to_string(stored->id), std::nullopt,
                               to_json(*stored)}));
      ++n;
    }
    return n;
  }

 private:
  ImportRow check_row(const SourceRow& source, CheckedRow& checked) {
    const auto& row = source.cells;
    const int line = source.row;
    ImportRow ir;
    ir.row = line;
    auto cell = [&](Field f) -> std::string {
      auto it = col_.find(f);
      return it == col_.end() ? std::string() : row[it->second];
    };
    auto issue = [&](Field f, std::string text) {
      checked.issues.push_back({line, col_.count(f) ? header_[col_[f]] : std::string(), std::move(text)});
      ir.ok = false;
    };
    core::Person person;
    person.full_name = cell(Field::kName);
    if (auto g = cell(Field::kGender); !g.empty()) {
      auto parsed = core::parse_gender(g);
      if (!parsed) issue(Field::kGender, msg::import_gender_invalid(g));
      else person.gender = *parsed;
    }
    if (auto b = cell(Field::kBirth); !b.empty()) {
      person.birth_date = parse_vietnamese_date(b);
      if (person.birth_date.empty()) issue(Field::kBirth, msg::import_birth_date_invalid(b));
    }
    person.position = cell(Field::kPosition);
    person.title = cell(Field::kTitle);
    if (auto c = cell(Field::kCategory); !c.empty()) {
      auto parsed = core::parse_category(c);
      if (!parsed) issue(Field::kCategory, msg::import_category_invalid(c));
      else person.category = *parsed;
    }
    person.email = cell(Field::kEmail);
    person.phone = cell(Field::kPhone);
    ir.unit_code = cell(Field::kUnitCode);
    auto unit = unit_by_code_.find(ir.unit_code);
    if (ir.unit_code.empty()) {
      issue(Field::kUnitCode, msg::kImportUnitCodeMissing);
    } else if (unit == unit_by_code_.end()) {
      issue(Field::kUnitCode, msg::import_no_unit_with_code(ir.unit_code));
    } else if (!permits(actor_, core::Action::kImportPeople, unit->second->path)) {
      // A unit the actor cannot even see is answered as if it did not exist.
      issue(Field::kUnitCode, permits(actor_, core::Action::kViewOrg, unit->second->path)
                                  ? msg::import_people_forbidden_in(ir.unit_code)
                                  : msg::import_no_unit_with_code(ir.unit_code));
    } else {
      person.unit_id = unit->second->id;
      person.unit_name = unit->second->name;
    }
    auto norm = core::normalise_person(person);
    if (!norm.ok()) {
      const auto& e = norm.error();
      Field f = e.field == "email" ? Field::kEmail : e.field == "phone" ? Field::kPhone
              : e.field == "birth_date" ? Field::kBirth : Field::kName;
      issue(f, e.message);
    } else {
      // Only the name of a unit the actor may import into is shown.
      const std::string unit_name = person.unit_id ? person.unit_name : std::string();
      person = *norm;
      person.unit_name = unit_name;
    }
    if (!person.email.empty()) {
      auto [it, inserted] = email_rows_.emplace(core::fold(person.email), line);
      if (!inserted) issue(Field::kEmail, msg::import_email_repeats_row(it->second));
    }
    ir.person = std::move(person);
    return ir;
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  std::vector<std::string> header_;
  std::map<Field, size_t> col_;
  std::vector<core::Unit> units_;
  std::map<std::string, const core::Unit*> unit_by_code_;
  std::map<std::string, int> email_rows_;
  std::vector<ImportRow> last_;
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
