#include "app/import_evaluations.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_columns.h"
#include "app/import_people.h"
#include "app/import_person_rows.h"
#include "core/file_type.h"
#include "core/messages_vi/evaluations.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"
#include "io/xlsx_writer.h"
#include "store/evaluations.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

constexpr std::string_view kKind = "evaluations";

struct EvaluationRow {
  PersonCells who;
  int64_t person_id = 0;
  std::string person_name;  // as shown: the person found, else the name typed
  core::Evaluation evaluation;
};

const std::vector<ImportColumn<EvaluationRow>>& evaluation_import_columns() {
  using R = EvaluationRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = with_person_columns<R>(
      {
      },
      1, {"ho ten"},
      {
          C{"year", msg::kEvalColYear, {"nam danh gia"}, 2,
            [](const std::string& c, R& r) {
              if (c.size() != 4 || !std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
                return msg::evaluation_year_not_a_year(c);
              }
              r.evaluation.year = std::stoi(c);
              return std::string();
            }},
          C{"rating", msg::kEvalColRating, {"xep loai chat luong", "muc xep loai"}, 3,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string(msg::kEvaluationRatingMissing);
              auto rating = core::read_evaluation_rating(c);
              if (!rating) return msg::evaluation_rating_invalid(c);
              r.evaluation.rating = *rating;
              return std::string();
            }},
          C{"rated_on", msg::kEvalColRatedOn, {}, 0,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string();
              r.evaluation.rated_on = parse_vietnamese_date(c);
              return r.evaluation.rated_on.empty() ? std::string(msg::kEvaluationDateInvalid) : std::string();
            }},
          C{"note", msg::kEvalColNote, {}, 0,
            [](const std::string& c, R& r) { r.evaluation.note = c; return std::string(); }},
      });
  return cols;
}

json::object row_values(const EvaluationRow& r) {
  const core::Evaluation& e = r.evaluation;
  return json::object{{"person_id", r.person_id > 0 ? json::value(r.person_id) : json::value(nullptr)},
                      {"person_name", r.person_name},
                      {"year", e.year > 0 ? json::value(e.year) : json::value(nullptr)},
                      {"rating", core::evaluation_rating_code(e.rating)},
                      {"rated_on", e.rated_on},
                      {"note", e.note}};
}

// The ratings kind of the import pipeline: the chunk's recorded ratings in
// one query; rows seen are remembered per person and year to find repeats.
// The template's example row (the cells under its headings).
std::vector<std::string> evaluation_template_example() {
  return {"", msg::kImportSampleName, "15/03/1985", "2023", msg::kRatingExcellent,
         "20/12/2023", ""};
}

class EvaluationsChecker final : public PersonRowsChecker<EvaluationRow> {
 public:
  std::vector<std::string> template_example() const override { return evaluation_template_example(); }
  EvaluationsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : PersonRowsChecker(services, actor, meta, evaluation_import_columns(), msg::kEvalImportHeadingsMissing,
                          "evaluation.import") {}

 protected:
  core::Status validate(const EvaluationRow& r) const override {
    return core::validate_evaluation(r.evaluation, this_year_);
  }

  core::Status check_chunk(store::Connection& conn, std::vector<CheckedRow>& out) override {
    auto recorded = store::evaluations_of(conn, chunk_people());
    if (!recorded.ok()) return recorded.error();
    std::map<std::pair<int64_t, int>, const core::Evaluation*> by_year;
    for (const auto& e : *recorded) by_year[{e.person_id, e.year}] = &e;
    for (size_t i = 0; i < out.size(); ++i) {
      const EvaluationRow& r = last_[i];
      if (r.person_id <= 0 || r.evaluation.year <= 0) continue;
      const std::pair<int64_t, int> key{r.person_id, r.evaluation.year};
      if (auto it = by_year.find(key); it != by_year.end()) {
        columns_.issue(out[i], "year",
                       msg::evaluation_exists(r.evaluation.year, core::evaluation_rating_label(it->second->rating)));
      }
      if (auto [seen, inserted] = rows_.emplace(key, out[i].row); !inserted) {
        columns_.issue(out[i], "year", msg::evaluation_repeats_row(seen->second));
      }
    }
    return {};
  }

  json::object values(const EvaluationRow& r) const override { return row_values(r); }

  core::Result<int64_t> write_row(store::Connection& conn, EvaluationRow& r, const std::string& now) override {
    r.evaluation.person_id = r.person_id;
    r.evaluation.created_at = now;
    return store::insert_evaluation(conn, r.evaluation);
  }

 private:
  std::map<std::pair<int64_t, int>, int> rows_;  // (person, year) -> the row that rated them
};

}  // namespace

const std::vector<ListColumn>& evaluation_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(evaluation_import_columns());
  return cols;
}

core::Result<std::string> evaluation_import_template() {
  return io::write_xlsx_bytes(headings_of(evaluation_import_list_columns()),
                              {evaluation_template_example()},
                              msg::kEvalTemplateSheet);
}

core::Status may_import_evaluations(const core::Actor& actor) {
  return may_import_person_rows(actor, msg::kActImportEvaluations);
}

core::Result<ImportSummary> stage_evaluation_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename) {
  return stage_person_rows<EvaluationsChecker>(services, actor, kKind, msg::kActImportEvaluations, bytes, filename);
}

core::Result<ImportPage> evaluation_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size) {
  return person_rows_page(services, actor, kKind, msg::kActImportEvaluations, token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_evaluation_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta) {
  return confirm_person_rows<EvaluationsChecker>(services, actor, kKind, msg::kActImportEvaluations, token, meta);
}

core::Result<std::vector<core::Evaluation>> person_evaluations(const Services& services, int64_t person_id) {
  auto conn = services.db.acquire();
  return store::evaluations_of(*conn, {person_id});
}

}  // namespace thidua::app
