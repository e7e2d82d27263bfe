// The long absences kind of app/import_person_facts.h, and a person's records
// of all three kinds.
#include <map>
#include <set>
#include <tuple>

#include <boost/json/object.hpp>

#include "app/import_people.h"
#include "app/import_person_facts.h"
#include "app/import_person_rows.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/person_facts.h"
#include "core/messages_vi/registrations.h"
#include "io/xlsx_writer.h"
#include "store/absences.h"
#include "store/discipline.h"
#include "store/recognised_initiatives.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

constexpr std::string_view kKind = "absences";

struct AbsenceRow {
  PersonCells who;
  int64_t person_id = 0;
  std::string person_name;
  core::Absence absence;
};

const std::vector<ImportColumn<AbsenceRow>>& absence_import_columns() {
  using R = AbsenceRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = with_person_columns<R>(
      {
      },
      1, {"ho ten"},
      {
          C{"year", msg::kColAbsenceYear, {"nam nghi"}, 2,
            [](const std::string& c, R& r) { return read_year_cell(c, r.absence.year); }},
          C{"days", msg::kColAbsenceDays, {"so ngay", "so ngay lam viec nghi"}, 3,
            [](const std::string& c, R& r) {
              if (c.empty() || c.size() > 3 ||
                  !std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
                return std::string(msg::kAbsenceDaysInvalid);
              }
              r.absence.days = std::stoi(c);
              return std::string();
            }},
          C{"reason", msg::kColAbsenceReason, {"ly do nghi"}, 4,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string(msg::kAbsenceReasonMissing);
              auto reason = core::read_absence_reason(c);
              if (!reason) return msg::absence_reason_invalid(c);
              r.absence.reason = *reason;
              return std::string();
            }},
          C{"note", msg::kColNote, {}, 0, [](const std::string& c, R& r) { r.absence.note = c; return std::string(); }},
      });
  return cols;
}

json::object row_values(const AbsenceRow& r) {
  const core::Absence& a = r.absence;
  return json::object{{"person_id", r.person_id > 0 ? json::value(r.person_id) : json::value(nullptr)},
                      {"person_name", r.person_name},
                      {"year", a.year > 0 ? json::value(a.year) : json::value(nullptr)},
                      {"days", a.days},
                      {"reason", core::absence_reason_code(a.reason)},
                      {"note", a.note}};
}

using Key = std::tuple<int64_t, int, core::AbsenceReason>;

// The template's example row (the cells under its headings).
std::vector<std::string> absence_template_example() {
  return {"", msg::kImportSampleName, "15/03/1985", "2024", "120", msg::kAbsenceMaternity, ""};
}

class AbsencesChecker final : public PersonRowsChecker<AbsenceRow> {
 public:
  std::vector<std::string> template_example() const override { return absence_template_example(); }
  AbsencesChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : PersonRowsChecker(services, actor, meta, absence_import_columns(), msg::kAbsencesHeadingsMissing,
                          "absence.import") {}

 protected:
  core::Status validate(const AbsenceRow& r) const override { return core::validate_absence(r.absence, this_year_); }

  core::Status check_chunk(store::Connection& conn, std::vector<CheckedRow>& out) override {
    auto recorded = store::absences_of(conn, chunk_people());
    if (!recorded.ok()) return recorded.error();
    std::set<Key> known;
    for (const auto& a : *recorded) known.insert({a.person_id, a.year, a.reason});
    for (size_t i = 0; i < out.size(); ++i) {
      const AbsenceRow& r = last_[i];
      if (r.person_id <= 0 || r.absence.year <= 0) continue;
      const Key key{r.person_id, r.absence.year, r.absence.reason};
      if (known.count(key)) {
        columns_.issue(out[i], "reason",
                       msg::absence_exists(r.absence.year, core::absence_reason_label(r.absence.reason)));
      }
      if (auto [seen, added] = rows_.emplace(key, out[i].row); !added) {
        columns_.issue(out[i], "reason", msg::fact_repeats_row(seen->second));
      }
    }
    return {};
  }

  json::object values(const AbsenceRow& r) const override { return row_values(r); }

  core::Result<int64_t> write_row(store::Connection& conn, AbsenceRow& r, const std::string& now) override {
    r.absence.person_id = r.person_id;
    r.absence.created_at = now;
    return store::insert_absence(conn, r.absence);
  }

 private:
  std::map<Key, int> rows_;  // (person, year, reason) -> row
};

}  // namespace

const std::vector<ListColumn>& absence_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(absence_import_columns());
  return cols;
}

core::Result<std::string> absence_import_template() {
  return io::write_xlsx_bytes(headings_of(absence_import_list_columns()),
                              {absence_template_example()},
                              msg::kAbsencesTemplateSheet);
}

core::Result<ImportSummary> stage_absence_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename) {
  return stage_person_rows<AbsencesChecker>(services, actor, kKind, msg::kActImportAbsences, bytes, filename);
}

core::Result<ImportPage> absence_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size) {
  return person_rows_page(services, actor, kKind, msg::kActImportAbsences, token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_absence_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta) {
  return confirm_person_rows<AbsencesChecker>(services, actor, kKind, msg::kActImportAbsences, token, meta);
}

core::Result<PersonFactRecords> person_fact_records(const Services& services, int64_t person_id) {
  auto conn = services.db.acquire();
  PersonFactRecords out;
  auto initiatives = store::recognised_initiatives_of(*conn, {person_id});
  if (!initiatives.ok()) return initiatives.error();
  out.initiatives = std::move(*initiatives);
  auto discipline = store::discipline_of(*conn, {person_id});
  if (!discipline.ok()) return discipline.error();
  out.discipline = std::move(*discipline);
  auto absences = store::absences_of(*conn, {person_id});
  if (!absences.ok()) return absences.error();
  out.absences = std::move(*absences);
  return out;
}

}  // namespace thidua::app
