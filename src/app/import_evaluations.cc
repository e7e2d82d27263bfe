#include "app/import_evaluations.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_columns.h"
#include "app/import_people.h"
#include "app/import_person_match.h"
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
  std::string person_name;  // as shown: the person found, else the name typed
  core::Evaluation evaluation;
};

const std::vector<ImportColumn<EvaluationRow>>& evaluation_import_columns() {
  using R = EvaluationRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = {
      C{"person_id", msg::kImportColPersonId, {}, 1,
        [](const std::string& c, R& r) { r.who.id_text = c; return std::string(); }},
      C{"full_name", msg::kImportColName, {"ho ten"}, 1,
        [](const std::string& c, R& r) { r.who.name = c; return std::string(); }},
      C{"birth_date", msg::kImportColBirth, {}, 0,
        [](const std::string& c, R& r) {
          r.who.birth_text = c;
          if (c.empty()) return std::string();
          r.who.birth = parse_vietnamese_date(c);
          return r.who.birth.empty() ? msg::import_birth_invalid(c) : std::string();
        }},
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
  };
  return cols;
}

json::object row_values(const EvaluationRow& r) {
  const core::Evaluation& e = r.evaluation;
  return json::object{{"person_id", e.person_id > 0 ? json::value(e.person_id) : json::value(nullptr)},
                      {"person_name", r.person_name},
                      {"year", e.year > 0 ? json::value(e.year) : json::value(nullptr)},
                      {"rating", core::evaluation_rating_code(e.rating)},
                      {"rated_on", e.rated_on},
                      {"note", e.note}};
}

// The ratings kind of the import pipeline: each chunk's people in two
// queries, their recorded ratings in one; rows seen are remembered per
// person and year to find repeats.
class EvaluationsChecker final : public ImportChecker {
 public:
  EvaluationsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta) {}

  core::Status begin(store::Connection&, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, msg::kEvalImportHeadingsMissing);
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
    // Ratings already recorded for the chunk's people, in one query.
    std::set<int64_t> found;
    for (const auto& r : last_) {
      if (r.evaluation.person_id > 0) found.insert(r.evaluation.person_id);
    }
    auto recorded = store::evaluations_of(conn, std::vector<int64_t>(found.begin(), found.end()));
    if (!recorded.ok()) return recorded.error();
    std::map<std::pair<int64_t, int>, const core::Evaluation*> by_year;
    for (const auto& e : *recorded) by_year[{e.person_id, e.year}] = &e;
    for (size_t i = 0; i < rows.size(); ++i) {
      const core::Evaluation& e = last_[i].evaluation;
      if (e.person_id > 0 && e.year > 0) {
        const std::pair<int64_t, int> key{e.person_id, e.year};
        if (auto it = by_year.find(key); it != by_year.end()) {
          columns_.issue(out[i], "year", msg::evaluation_exists(e.year, core::evaluation_rating_label(it->second->rating)));
        }
        if (auto [seen, inserted] = rows_.emplace(key, out[i].row); !inserted) {
          columns_.issue(out[i], "year", msg::evaluation_repeats_row(seen->second));
        }
      }
      out[i].values = row_values(last_[i]);
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn) override {
    const std::string now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& row : last_) {
      row.evaluation.created_at = now;
      auto id = store::insert_evaluation(conn, row.evaluation);
      if (!id.ok()) return id.error();
      THIDUA_TRY(record_audit(conn, services_, &actor_, *meta_,
                              {"evaluation.import", "person", std::to_string(row.evaluation.person_id), std::nullopt,
                               row_values(row)}));
      ++n;
    }
    return n;
  }

 private:
  void check_row(const SourceRow& source, const ChunkPeople& people, EvaluationRow& r, CheckedRow& checked) {
    columns_.read(source, r, checked);
    const PersonMatch who = people.match(r.who, [&](const core::Person& p) {
      return permits(actor_, core::Action::kEditPeople, p.unit_path);
    });
    if (!who.field.empty()) columns_.issue(checked, who.field, who.message);
    if (who.person) {
      r.evaluation.person_id = who.person->id;
      r.person_name = who.person->full_name;
    } else {
      r.person_name = r.who.name;
    }
    if (auto st = core::validate_evaluation(r.evaluation, this_year_); !st.ok()) {
      const std::string& f = st.error().field;
      const bool named = std::any_of(checked.issues.begin(), checked.issues.end(),
                                     [&](const ImportIssue& i) { return i.field == f; });
      if (!named) columns_.issue(checked, f, st.error().message);
    }
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  ImportColumns<EvaluationRow> columns_{evaluation_import_columns()};
  int this_year_ = 0;
  std::map<std::pair<int64_t, int>, int> rows_;  // (person, year) -> the row that rated them
  std::vector<EvaluationRow> last_;
};

}  // namespace

const std::vector<ListColumn>& evaluation_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(evaluation_import_columns());
  return cols;
}

core::Result<std::string> evaluation_import_template() {
  return io::write_xlsx_bytes(headings_of(evaluation_import_list_columns()),
                              {{"", msg::kImportSampleName, "15/03/1985", "2023", msg::kRatingExcellent,
                                "20/12/2023", ""}},
                              msg::kEvalTemplateSheet);
}

core::Status may_import_evaluations(const core::Actor& actor) {
  if (!permits_somewhere(actor, core::Action::kEditPeople)) return forbidden(msg::kActImportEvaluations);
  return {};
}

core::Result<ImportSummary> stage_evaluation_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& client_filename) {
  const std::string filename = core::clean_file_name(client_filename);
  THIDUA_TRY(may_import_evaluations(actor));
  EvaluationsChecker checker(services, actor, nullptr);
  return stage_import(services, actor.user_id, kKind, checker, bytes, filename);
}

core::Result<ImportPage> evaluation_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size) {
  THIDUA_TRY(may_import_evaluations(actor));
  return import_page(services, actor.user_id, kKind, token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_evaluation_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta) {
  THIDUA_TRY(may_import_evaluations(actor));
  EvaluationsChecker checker(services, actor, &meta);
  return confirm_import(services, actor.user_id, kKind, token, checker);
}

core::Result<std::vector<core::Evaluation>> person_evaluations(const Services& services, int64_t person_id) {
  auto conn = services.db.acquire();
  return store::evaluations_of(*conn, {person_id});
}

}  // namespace thidua::app
