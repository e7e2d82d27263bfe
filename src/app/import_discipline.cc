// The disciplinary measures kind of app/import_person_facts.h.
#include <map>
#include <set>

#include <boost/json/object.hpp>

#include "app/import_people.h"
#include "app/import_person_facts.h"
#include "app/import_person_rows.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/person_facts.h"
#include "core/messages_vi/registrations.h"
#include "io/xlsx_writer.h"
#include "store/discipline.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

constexpr std::string_view kKind = "discipline";

struct DisciplineRow {
  PersonCells who;
  int64_t person_id = 0;
  std::string person_name;
  core::DisciplineRecord measure;
};

// A date cell into `iso` (problem `bad` when unreadable; "" when empty).
std::string read_date(const std::string& c, std::string& iso, const char* bad) {
  if (c.empty()) return std::string();
  iso = parse_vietnamese_date(c);
  return iso.empty() ? std::string(bad) : std::string();
}

const std::vector<ImportColumn<DisciplineRow>>& discipline_import_columns() {
  using R = DisciplineRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = with_person_columns<R>(
      {
      },
      1, {"ho ten"},
      {
          C{"measure", msg::kColMeasure, {"hinh thuc"}, 2,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string(msg::kDisciplineMeasureMissing);
              auto m = core::read_discipline_measure(c);
              if (!m) return msg::discipline_measure_invalid(c);
              r.measure.measure = *m;
              return std::string();
            }},
          C{"decided_on", msg::kColDecisionDate, {"ngay ky luat"}, 3,
            [](const std::string& c, R& r) { return read_date(c, r.measure.decided_on, msg::kDisciplineDateInvalid); }},
          C{"ends_on", msg::kColMeasureEnds, {"het thoi han", "thoi han den"}, 0,
            [](const std::string& c, R& r) { return read_date(c, r.measure.ends_on, msg::kDisciplineEndInvalid); }},
          C{"decision_number", msg::kColMeasureDecision, {"so quyet dinh ky luat"}, 4,
            [](const std::string& c, R& r) { r.measure.decision_number = c; return std::string(); }},
          C{"authority", msg::kColMeasureAuthority, {"co quan"}, 0,
            [](const std::string& c, R& r) { r.measure.authority = c; return std::string(); }},
          C{"note", msg::kColNote, {}, 0, [](const std::string& c, R& r) { r.measure.note = c; return std::string(); }},
      });
  return cols;
}

json::object row_values(const DisciplineRow& r) {
  const core::DisciplineRecord& d = r.measure;
  return json::object{{"person_id", r.person_id > 0 ? json::value(r.person_id) : json::value(nullptr)},
                      {"person_name", r.person_name},
                      {"measure", core::discipline_measure_code(d.measure)},
                      {"decided_on", d.decided_on},
                      {"ends_on", d.ends_on},
                      {"decision_number", d.decision_number},
                      {"authority", d.authority},
                      {"note", d.note}};
}

// The template's example row (the cells under its headings).
std::vector<std::string> discipline_template_example() {
  return {"", msg::kImportSampleName, "15/03/1985", msg::kMeasureLabelReprimand, "02/03/2024",
         "01/03/2025", msg::kSampleDisciplineDecision, msg::kSampleAuthority, ""};
}

class DisciplineChecker final : public PersonRowsChecker<DisciplineRow> {
 public:
  std::vector<std::string> template_example() const override { return discipline_template_example(); }
  DisciplineChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : PersonRowsChecker(services, actor, meta, discipline_import_columns(), msg::kDisciplineHeadingsMissing,
                          "discipline.import") {}

 protected:
  core::Status validate(const DisciplineRow& r) const override { return core::validate_discipline(r.measure, today_); }

  core::Status check_chunk(store::Connection& conn, std::vector<CheckedRow>& out) override {
    auto recorded = store::discipline_of(conn, chunk_people());
    if (!recorded.ok()) return recorded.error();
    std::set<std::pair<int64_t, std::string>> known;
    for (const auto& d : *recorded) known.insert({d.person_id, d.decision_number});
    for (size_t i = 0; i < out.size(); ++i) {
      const DisciplineRow& r = last_[i];
      if (r.person_id <= 0 || r.measure.decision_number.empty()) continue;
      const std::pair<int64_t, std::string> key{r.person_id, r.measure.decision_number};
      if (known.count(key)) columns_.issue(out[i], "decision_number", msg::discipline_exists(key.second));
      if (auto [seen, added] = rows_.emplace(key, out[i].row); !added) {
        columns_.issue(out[i], "decision_number", msg::fact_repeats_row(seen->second));
      }
    }
    return {};
  }

  json::object values(const DisciplineRow& r) const override { return row_values(r); }

  core::Result<int64_t> write_row(store::Connection& conn, DisciplineRow& r, const std::string& now) override {
    r.measure.person_id = r.person_id;
    r.measure.created_at = now;
    return store::insert_discipline(conn, r.measure);
  }

 private:
  std::map<std::pair<int64_t, std::string>, int> rows_;  // (person, decision) -> row
};

}  // namespace

const std::vector<ListColumn>& discipline_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(discipline_import_columns());
  return cols;
}

core::Result<std::string> discipline_import_template() {
  return io::write_xlsx_bytes(headings_of(discipline_import_list_columns()),
                              {discipline_template_example()},
                              msg::kDisciplineTemplateSheet);
}

core::Result<ImportSummary> stage_discipline_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename) {
  return stage_person_rows<DisciplineChecker>(services, actor, kKind, msg::kActImportDiscipline, bytes, filename);
}

core::Result<ImportPage> discipline_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size) {
  return person_rows_page(services, actor, kKind, msg::kActImportDiscipline, token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_discipline_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta) {
  return confirm_person_rows<DisciplineChecker>(services, actor, kKind, msg::kActImportDiscipline, token, meta);
}

}  // namespace thidua::app
