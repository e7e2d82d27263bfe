#include "app/import_people.h"

#include <cstdio>
#include <map>

#include "app/access.h"
#include "app/audit.h"
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

// Parses and checks the file: rows and issues. Reads units once.
core::Result<ImportPreview> analyse(store::Connection& conn, const core::Actor& actor, std::string_view bytes,
                                    const std::string& filename) {
  ImportPreview p;
  p.filename = filename;
  auto table = io::read_table(bytes, filename);
  if (!table.ok()) return table.error();
  std::map<Field, size_t> col;
  for (size_t i = 0; i < table->header.size(); ++i) {
    auto it = heading_map().find(core::fold(table->header[i]));
    if (it != heading_map().end() && !col.count(it->second)) col[it->second] = i;
  }
  if (!col.count(Field::kName) || !col.count(Field::kUnitCode)) {
    return core::make_error(core::errc::kValidation,
                            msg::kPeopleImportHeadingsMissing);
  }
  if (table->rows.empty()) return core::make_error(core::errc::kValidation, msg::kImportNoData);
  auto units = store::list_units(conn, {"/"});
  if (!units.ok()) return units.error();
  std::map<std::string, const core::Unit*> unit_by_code;
  for (const auto& u : *units) unit_by_code[u.code] = &u;

  auto cell = [&](const std::vector<std::string>& row, Field f) -> std::string {
    auto it = col.find(f);
    return it == col.end() ? std::string() : row[it->second];
  };
  auto heading = [&](Field f) { return table->header[col[f]]; };
  std::map<std::string, int> email_rows;
  for (size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    const int line = table->row_numbers[r];
    ImportRow ir;
    ir.row = line;
    auto issue = [&](Field f, std::string text) {
      p.issues.push_back({line, col.count(f) ? heading(f) : std::string(), std::move(text)});
      ir.ok = false;
    };
    core::Person person;
    person.full_name = cell(row, Field::kName);
    if (auto g = cell(row, Field::kGender); !g.empty()) {
      auto parsed = core::parse_gender(g);
      if (!parsed) issue(Field::kGender, msg::import_gender_invalid(g));
      else person.gender = *parsed;
    }
    if (auto b = cell(row, Field::kBirth); !b.empty()) {
      person.birth_date = parse_vietnamese_date(b);
      if (person.birth_date.empty()) issue(Field::kBirth, msg::import_birth_date_invalid(b));
    }
    person.position = cell(row, Field::kPosition);
    person.title = cell(row, Field::kTitle);
    if (auto c = cell(row, Field::kCategory); !c.empty()) {
      auto parsed = core::parse_category(c);
      if (!parsed) issue(Field::kCategory, msg::import_category_invalid(c));
      else person.category = *parsed;
    }
    person.email = cell(row, Field::kEmail);
    person.phone = cell(row, Field::kPhone);
    ir.unit_code = cell(row, Field::kUnitCode);
    auto unit = unit_by_code.find(ir.unit_code);
    if (ir.unit_code.empty()) {
      issue(Field::kUnitCode, msg::kImportUnitCodeMissing);
    } else if (unit == unit_by_code.end()) {
      issue(Field::kUnitCode, msg::import_no_unit_with_code(ir.unit_code));
    } else if (!permits(actor, core::Action::kImportPeople, unit->second->path)) {
      // A unit the actor cannot even see is answered as if it did not exist.
      issue(Field::kUnitCode, permits(actor, core::Action::kViewOrg, unit->second->path)
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
      auto [it, inserted] = email_rows.emplace(core::fold(person.email), line);
      if (!inserted) issue(Field::kEmail, msg::import_email_repeats_row(it->second));
    }
    ir.person = std::move(person);
    p.rows.push_back(std::move(ir));
  }
  return p;
}

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

core::Result<ImportPreview> stage_people_import(const Services& services, const core::Actor& actor,
                                                std::string_view bytes, const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  if (!permits_somewhere(actor, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
  auto conn = services.db.acquire();
  auto preview = analyse(*conn, actor, bytes, filename);
  if (!preview.ok()) return preview.error();
  auto token = stage_upload(services, actor.user_id, "people", filename, bytes);
  if (!token.ok()) return token.error();
  preview->token = *token;
  return preview;
}

core::Result<int64_t> confirm_people_import(const Services& services, const core::Actor& actor,
                                            const std::string& token, const RequestMeta& meta) {
  if (!permits_somewhere(actor, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
  auto staged = load_staged_upload(services, actor.user_id, "people", token);
  if (!staged.ok()) return import_refusal(staged.error());
  const std::string& bytes = staged->bytes;
  const std::string& filename = staged->filename;
  auto conn = services.db.acquire();
  auto preview = analyse(*conn, actor, bytes, filename);
  if (!preview.ok()) return import_refusal(preview.error());
  if (!preview->confirmable()) {
    return core::make_error(core::errc::kImportHasErrors, msg::import_has_issues(preview->issues.size()));
  }
  const auto now = services.clock.now();
  auto written = store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    int64_t n = 0;
    for (const auto& row : preview->rows) {
      auto stored = store::insert_person(*conn, row.person, iso_instant(now), iso_date(now));
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(row.row, stored.error().message));
      }
      THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                              {"person.import", "person", std::to_string(stored->id), std::nullopt,
                               to_json(*stored)}));
      ++n;
    }
    return n;
  });
  if (!written.ok()) return import_refusal(written.error());
  discard_staged_upload(services, token);
  return written;
}

core::Result<std::string> people_import_template() {
  return io::write_xlsx_bytes(people_columns(),
                              {msg::people_template_example()}, msg::kPeopleTemplateSheet);
}

}  // namespace thidua::app
