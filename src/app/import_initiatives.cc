// The initiatives kind of app/import_person_facts.h.
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
#include "core/names.h"
#include "io/xlsx_writer.h"
#include "store/recognised_initiatives.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

constexpr std::string_view kKind = "initiatives";

struct InitiativeRow {
  PersonCells who;
  int64_t person_id = 0;
  std::string person_name;
  core::RecognisedInitiative initiative;
};

const std::vector<ImportColumn<InitiativeRow>>& initiative_import_columns() {
  using R = InitiativeRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = with_person_columns<R>(
      {
          C{"kind", msg::kColInitiativeKind, {"loai sang kien"}, 0,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string();
              auto kind = core::read_initiative_kind(c);
              if (!kind) return msg::initiative_kind_invalid(c);
              r.initiative.kind = *kind;
              return std::string();
            }},
          C{"title", msg::kColInitiativeTitle, {"ten sang kien", "ten de tai", "sang kien"}, 1,
            [](const std::string& c, R& r) { r.initiative.title = c; return std::string(); }},
      },
      2, {"ho ten", "tac gia"},
      {
          C{"scope", msg::kColInitiativeScope, {"pham vi"}, 3,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string(msg::kInitiativeScopeMissing);
              auto scope = core::read_initiative_scope(c);
              if (!scope) return msg::initiative_scope_invalid(c);
              r.initiative.scope = *scope;
              return std::string();
            }},
          C{"year", msg::kColInitiativeYear, {"nam"}, 4,
            [](const std::string& c, R& r) { return read_year_cell(c, r.initiative.year); }},
          C{"decision_number", msg::kColInitiativeDecision, {"so quyet dinh"}, 5,
            [](const std::string& c, R& r) { r.initiative.decision_number = c; return std::string(); }},
          C{"decision_date", msg::kColDecisionDate, {"ngay quyet dinh cong nhan"}, 6,
            [](const std::string& c, R& r) {
              if (c.empty()) return std::string();
              r.initiative.decision_date = parse_vietnamese_date(c);
              return r.initiative.decision_date.empty() ? std::string(msg::kInitiativeDateInvalid) : std::string();
            }},
          C{"authority", msg::kColInitiativeAuthority, {"co quan quyet dinh", "nguoi cong nhan"}, 7,
            [](const std::string& c, R& r) { r.initiative.authority = c; return std::string(); }},
      });
  return cols;
}

json::object row_values(const InitiativeRow& r) {
  const core::RecognisedInitiative& i = r.initiative;
  return json::object{{"person_id", r.person_id > 0 ? json::value(r.person_id) : json::value(nullptr)},
                      {"person_name", r.person_name},
                      {"kind", core::initiative_kind_code(i.kind)},
                      {"title", i.title},
                      {"scope", core::initiative_scope_code(i.scope)},
                      {"year", i.year > 0 ? json::value(i.year) : json::value(nullptr)},
                      {"decision_number", i.decision_number},
                      {"decision_date", i.decision_date},
                      {"authority", i.authority}};
}

using Key = std::pair<std::string, std::string>;  // decision number, folded title

Key key_of(const core::RecognisedInitiative& i) { return {i.decision_number, core::fold(i.title)}; }

bool same_initiative(const core::RecognisedInitiative& a, const core::RecognisedInitiative& b) {
  return std::tie(a.kind, a.scope, a.year, a.decision_date, a.authority) ==
         std::tie(b.kind, b.scope, b.year, b.decision_date, b.authority);
}

// Rows sharing a key are one initiative: the first row's reading is the
// initiative; later rows add their authors.
// The template's example row (the cells under its headings).
std::vector<std::string> initiative_template_example() {
  return {msg::kInitiativeKindInitiative, msg::kSampleInitiativeTitle, "", msg::kImportSampleName,
         "15/03/1985", msg::kInitiativeScopeAgency, "2024", msg::kSampleRecognition, "20/12/2024",
         msg::kSampleAuthority};
}

class InitiativesChecker final : public PersonRowsChecker<InitiativeRow> {
 public:
  std::vector<std::string> template_example() const override { return initiative_template_example(); }
  InitiativesChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : PersonRowsChecker(services, actor, meta, initiative_import_columns(), msg::kInitiativesHeadingsMissing,
                          "initiative.import") {}

 protected:
  core::Status validate(const InitiativeRow& r) const override {
    core::RecognisedInitiative i = r.initiative;
    i.author_ids = {1};  // the author is the row's person, matched (or named as a problem) already
    return core::validate_initiative(i, this_year_);
  }

  core::Status check_chunk(store::Connection& conn, std::vector<CheckedRow>& out) override {
    std::set<std::string> decisions;
    for (const auto& r : last_) {
      if (!r.initiative.decision_number.empty()) decisions.insert(r.initiative.decision_number);
    }
    auto recorded = store::initiative_keys(conn, std::vector<std::string>(decisions.begin(), decisions.end()));
    if (!recorded.ok()) return recorded.error();
    std::set<Key> known;
    for (const auto& k : *recorded) known.insert({k.decision_number, k.title_folded});
    for (size_t i = 0; i < out.size(); ++i) {
      const core::RecognisedInitiative& it = last_[i].initiative;
      if (it.title.empty() || it.decision_number.empty()) continue;
      const Key key = key_of(it);
      // Known to the database but begun by an earlier row of this file: on
      // confirmation, that row's chunk has been written already.
      if (known.count(key) && !groups_.count(key)) {
        columns_.issue(out[i], "title", msg::initiative_exists(it.decision_number));
        continue;
      }
      auto [group, first] = groups_.try_emplace(key, Group{out[i].row, it, {}});
      if (!first && !same_initiative(group->second.initiative, it)) {
        columns_.issue(out[i], "title", msg::initiative_differs(group->second.row));
      }
      if (last_[i].person_id > 0) {
        auto [author, added] = group->second.authors.emplace(last_[i].person_id, out[i].row);
        if (!added) columns_.issue(out[i], "person_id", msg::initiative_author_repeats(author->second));
      }
    }
    return {};
  }

  json::object values(const InitiativeRow& r) const override { return row_values(r); }

  core::Result<int64_t> write_row(store::Connection& conn, InitiativeRow& r, const std::string& now) override {
    const Key key = key_of(r.initiative);
    if (auto it = written_.find(key); it != written_.end()) {
      THIDUA_TRY(store::add_initiative_author(conn, it->second, r.person_id));
      return it->second;
    }
    r.initiative.author_ids = {r.person_id};
    r.initiative.created_at = now;
    auto id = store::insert_recognised_initiative(conn, r.initiative);
    if (id.ok()) written_.emplace(key, *id);
    return id;
  }

 private:
  struct Group {
    int row = 0;  // its first row
    core::RecognisedInitiative initiative;
    std::map<int64_t, int> authors;  // person -> row
  };
  std::map<Key, Group> groups_;
  std::map<Key, int64_t> written_;  // on confirmation: the initiatives inserted
};

}  // namespace

const std::vector<ListColumn>& initiative_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(initiative_import_columns());
  return cols;
}

core::Result<std::string> initiative_import_template() {
  return io::write_xlsx_bytes(headings_of(initiative_import_list_columns()),
                              {initiative_template_example()},
                              msg::kInitiativesTemplateSheet);
}

core::Status may_import_person_facts(const core::Actor& actor, const char* what) {
  return may_import_person_rows(actor, what);
}

core::Result<ImportSummary> stage_initiative_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename) {
  return stage_person_rows<InitiativesChecker>(services, actor, kKind, msg::kActImportInitiatives, bytes, filename);
}

core::Result<ImportPage> initiative_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size) {
  return person_rows_page(services, actor, kKind, msg::kActImportInitiatives, token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_initiative_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta) {
  return confirm_person_rows<InitiativesChecker>(services, actor, kKind, msg::kActImportInitiatives, token, meta);
}

}  // namespace thidua::app
