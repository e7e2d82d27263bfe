#include "app/import_registrations.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/import_columns.h"
#include "app/import_people.h"
#include "app/import_person_match.h"
#include "app/registration_rules.h"
#include "app/registrations.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"
#include "core/names.h"
#include "core/org.h"
#include "io/table.h"
#include "io/xlsx_writer.h"
#include "store/campaigns.h"
#include "store/people.h"
#include "store/registrations.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
using core::Action;
using core::RegistrationState;
using core::RegistrationSubject;

namespace {

std::string import_kind(int64_t campaign_id) { return "registrations-" + std::to_string(campaign_id); }

// A row of the registrations import: what its cells say (read through the
// columns) and, once checked, the registration it makes.
struct RegistrationImportRow {
  int row = 0;
  std::string person_id_text;  // the cells naming the person
  std::string name;
  std::string birth_text;
  std::string birth;  // ISO, "" when absent or invalid
  core::Initiative initiative;
  std::string person_name;  // as shown: the person found, else the name typed
  std::string unit_name;
  core::Registration registration;
};

// The columns of the registrations' template.
const std::vector<ImportColumn<RegistrationImportRow>>& registration_import_column_defs() {
  using R = RegistrationImportRow;
  using C = ImportColumn<R>;
  static const std::vector<C> cols = {
      C{"person_id", msg::kImportColPersonId, {}, 1,
        [](const std::string& c, R& r) { r.person_id_text = c; return std::string(); }},
      C{"full_name", msg::kImportColName, {"ho ten"}, 1,
        [](const std::string& c, R& r) { r.name = c; return std::string(); }},
      C{"birth_date", msg::kImportColBirth, {}, 0,
        [](const std::string& c, R& r) {
          r.birth_text = c;
          if (c.empty()) return std::string();
          r.birth = parse_vietnamese_date(c);
          return r.birth.empty() ? msg::import_birth_invalid(c) : std::string();
        }},
      C{"targets", msg::kImportColTargets, {"chi tieu thi dua"}, 2,
        [](const std::string& c, R& r) { r.registration.targets = core::targets_from_lines(c); return std::string(); }},
      C{"signature_task", msg::kImportColSignatureTask, {"phan viec tieu bieu"}, 0,
        [](const std::string& c, R& r) { r.registration.signature_task = c; return std::string(); }},
      C{"initiative_title", msg::kImportColInitiativeTitle, {}, 0,
        [](const std::string& c, R& r) { r.initiative.title = c; return std::string(); }},
      C{"initiative_content", msg::kImportColInitiativeContent, {}, 0,
        [](const std::string& c, R& r) { r.initiative.content = c; return std::string(); }},
      C{"initiative_expected_effect", msg::kImportColInitiativeEffect, {}, 0,
        [](const std::string& c, R& r) { r.initiative.expected_effect = c; return std::string(); }},
  };
  return cols;
}

boost::json::object registration_import_values(const RegistrationImportRow& row) {
  namespace json = boost::json;
  const core::Registration& reg = row.registration;
  json::array targets, initiatives;
  for (const auto& t : reg.targets) targets.push_back(json::object{{"content_label", t.content_label}, {"text", t.text}});
  for (const auto& i : reg.initiatives) {
    initiatives.push_back(json::object{{"title", i.title}, {"content", i.content}, {"expected_effect", i.expected_effect}});
  }
  return json::object{{"person_id", reg.person_id ? json::value(*reg.person_id) : json::value(nullptr)},
                      {"person_name", row.person_name},
                      {"unit_id", reg.unit_id > 0 ? json::value(reg.unit_id) : json::value(nullptr)},
                      {"unit_name", row.unit_name},
                      {"signature_task", reg.signature_task},
                      {"targets", targets},
                      {"initiatives", initiatives}};
}

// The registrations kind of the import pipeline. Each chunk's people are
// found in two queries (by id, by folded name) and its subjects checked
// against the campaign's registrations in one; participating units are read
// once (begin). Rows per person are remembered to find repeats.
// The template's example row (the cells under its headings).
std::vector<std::string> registration_template_example() {
  return {"", msg::kImportSampleName, "15/03/1985", msg::kImportSampleTargets, msg::kImportSampleSignatureTask,
          msg::kImportSampleInitiativeTitle, msg::kImportSampleInitiativeContent, msg::kImportSampleInitiativeEffect};
}

class RegistrationsChecker final : public ImportChecker {
 public:
  std::vector<std::string> template_example() const override { return registration_template_example(); }
  RegistrationsChecker(const Services& services, const core::Actor& actor, int64_t campaign_id,
                       const RequestMeta* meta)
      : services_(services), actor_(actor), campaign_id_(campaign_id), meta_(meta) {}

  core::Status begin(store::Connection&, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, msg::kImportMissingColumns);
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection& conn, const std::vector<SourceRow>& rows) override {
    auto people = people_of_chunk(conn, columns_, rows);
    if (!people.ok()) return people.error();
    // The participating unit each person registers under, for the chunk's
    // people at once (a plan may have tens of thousands of units).
    auto holders = store::campaign_unit_holders(conn, campaign_id_, people->unit_paths());
    if (!holders.ok()) return holders.error();
    holders_ = std::move(*holders);
    std::vector<CheckedRow> out(rows.size());
    last_.assign(rows.size(), {});
    std::vector<std::string> keys;
    for (size_t i = 0; i < rows.size(); ++i) {
      out[i].row = rows[i].row;
      check_row(rows[i], *people, last_[i], out[i]);
      if (last_[i].registration.person_id) keys.push_back(last_[i].registration.subject_key());
    }
    // Already registered in this campaign.
    if (!keys.empty()) {
      auto taken = store::registered_subjects(conn, campaign_id_, keys);
      if (!taken.ok()) return taken.error();
      std::set<std::string> taken_set(taken->begin(), taken->end());
      for (size_t i = 0; i < rows.size(); ++i) {
        auto& ir = last_[i];
        if (ir.registration.person_id && taken_set.count(ir.registration.subject_key())) {
          columns_.issue(out[i], who_column(), msg::import_already_registered(ir.person_name));
        }
      }
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      out[i].values = registration_import_values(last_[i]);
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>&) override {
    const std::string now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& row : last_) {
      core::Registration& r = row.registration;
      r.entered_by = user_or_null(actor_);
      r.submitted_at = now;
      r.submitted_by = user_or_null(actor_);
      auto id = store::insert_registration(conn, r, now);
      if (!id.ok()) return core::make_error(id.error().code, msg::import_row_error(row.row, id.error().message));
      r.id = *id;
      r.created_at = r.updated_at = now;
      THIDUA_TRY(audit_registration(conn, services_, actor_, *meta_, "registration.import", *id, std::nullopt, r));
      ++n;
    }
    return n;
  }

 private:
  // The column naming the person: the id when the file has one, else the name.
  std::string_view who_column() const { return columns_.has("person_id") ? "person_id" : "full_name"; }

  // The row's cells through the columns, then who it names (by id, or by
  // name and birth date among the people the actor may submit for), their
  // unit (taking part), repeats, and the registration's own rules.
  void check_row(const SourceRow& source, const ChunkPeople& people, RegistrationImportRow& ir,
                 CheckedRow& checked) {
    ir.row = source.row;
    columns_.read(source, ir, checked);
    auto issue = [&](std::string_view key, std::string text) { columns_.issue(checked, key, std::move(text)); };
    // Who: the people of units the actor submits for, and the actor themself
    // (by id only).
    const PersonMatch who = people.match(
        {ir.person_id_text, ir.name, ir.birth_text, ir.birth}, [&](const core::Person& p) {
          return permits(actor_, Action::kSubmitUnitWork, p.unit_path) ||
                 (!ir.person_id_text.empty() && actor_.person_id && *actor_.person_id == p.id);
        });
    if (!who.field.empty()) issue(who.field, who.message);
    const core::Person* person = who.person;
    const std::string& name = ir.name;
    core::Registration reg = std::move(ir.registration);  // targets and task as read
    reg.campaign_id = campaign_id_;
    reg.subject = RegistrationSubject::kIndividual;
    reg.state = RegistrationState::kSubmitted;
    if (person) {
      ir.person_name = person->full_name;
      reg.person_id = person->id;
      reg.person_name = person->full_name;
      if (auto unit = holders_.find(person->unit_path); unit != holders_.end()) {
        reg.unit_id = unit->second.id;
        reg.unit_name = unit->second.name;
        ir.unit_name = unit->second.name;
      } else {
        issue(who_column(), msg::import_person_unit_not_taking(person->full_name));
      }
      auto [it, inserted] = person_rows_.emplace(person->id, ir.row);
      if (!inserted) {
        issue(who_column(), msg::import_person_repeated(it->second));
      }
    } else {
      ir.person_name = name;
    }
    // What.
    reg.initiatives.push_back(ir.initiative);
    if (!reg.person_id) reg.person_id = 1;  // a stand-in so that the content is still checked
    auto norm = core::normalise_registration(reg);
    if (!norm.ok()) {
      const auto& e = norm.error();
      const bool own_column = e.field == "targets" || e.field == "signature_task";
      if (e.field != "person_id") issue(own_column ? e.field : "initiative_title", e.message);
    } else {
      reg = std::move(*norm);
    }
    if (!person) reg.person_id.reset();
    ir.registration = std::move(reg);
  }

  const Services& services_;
  const core::Actor& actor_;
  int64_t campaign_id_;
  const RequestMeta* meta_;  // set for a confirmation
  ImportColumns<RegistrationImportRow> columns_{registration_import_column_defs()};
  std::map<std::string, core::ParticipatingUnit> holders_;  // the chunk's people's unit paths: the unit taking part
  std::map<int64_t, int> person_rows_;
  std::vector<RegistrationImportRow> last_;
};

}  // namespace

const std::vector<ListColumn>& registration_import_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(registration_import_column_defs());
  return cols;
}

const std::vector<std::string>& registration_import_columns() {
  static const std::vector<std::string> headings = headings_of(registration_import_list_columns());
  return headings;
}

core::Result<std::string> registration_import_template() {
  return io::write_xlsx_bytes(
      registration_import_columns(),
      {registration_template_example()},
      msg::kImportTemplateSheet);
}

// What every step of a registration import checks first: the campaign is
// visible, the actor may submit unit work, and registrations are taken.
core::Status may_import_registrations(store::Connection& conn, const Services& services, const core::Actor& actor,
                                      int64_t campaign_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!permits_somewhere(actor, Action::kSubmitUnitWork)) return forbidden(msg::kActImportRegistrations);
  return accepting_registrations(conn, services, *campaign);
}

core::Result<ImportSummary> stage_registration_import(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, std::string_view bytes,
                                                      const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  {
    auto conn = services.db.acquire();
    THIDUA_TRY(may_import_registrations(*conn, services, actor, campaign_id));
  }
  RegistrationsChecker checker(services, actor, campaign_id, nullptr);
  return stage_import(services, actor.user_id, import_kind(campaign_id), checker, bytes, filename);
}

core::Result<ImportPage> registration_import_page(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token, bool only_problems,
                                                  int page, int page_size) {
  {
    auto conn = services.db.acquire();
    auto campaign = visible_campaign(*conn, actor, campaign_id);
    if (!campaign.ok()) return campaign.error();
    if (!permits_somewhere(actor, Action::kSubmitUnitWork)) return forbidden(msg::kActImportRegistrations);
  }
  return import_page(services, actor.user_id, import_kind(campaign_id), token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_registration_import(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token,
                                                  const RequestMeta& meta) {
  {
    auto conn = services.db.acquire();
    THIDUA_TRY(may_import_registrations(*conn, services, actor, campaign_id));
  }
  RegistrationsChecker checker(services, actor, campaign_id, &meta);
  return confirm_import(services, actor.user_id, import_kind(campaign_id), token, checker);
}

}  // namespace thidua::app
