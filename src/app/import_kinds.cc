#include "app/import_kinds.h"

#include "app/access.h"
#include "app/import_awards.h"
#include "app/import_evaluations.h"
#include "app/campaigns.h"
#include "app/import_people.h"
#include "app/import_person_facts.h"
#include "app/import_registrations.h"
#include "app/import_units.h"
#include "app/people.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/person_facts.h"
#include "core/messages_vi/registrations.h"

namespace thidua::app {

namespace msg = core::messages_vi;

const ImportKind& people_import_kind() {
  static const ImportKind kind{
      "people",
      false,
      "mau-nhap-nhan-su.xlsx",
      &people_list_columns,
      [](const Services&, const core::Actor& a, int64_t) -> core::Status {
        if (!permits_somewhere(a, core::Action::kImportPeople)) return forbidden(msg::kActionImportPeople);
        return {};
      },
      &people_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_people_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return people_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_people_import(s, a, token, meta);
      },
  };
  return kind;
}

const ImportKind& units_import_kind() {
  static const ImportKind kind{
      "units",
      false,
      "mau-nhap-don-vi.xlsx",
      &unit_list_columns,
      [](const Services&, const core::Actor& a, int64_t) -> core::Status {
        if (!permits_somewhere(a, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
        return {};
      },
      &units_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_units_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return units_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_units_import(s, a, token, meta);
      },
  };
  return kind;
}

const ImportKind& registrations_import_kind() {
  static const ImportKind kind{
      "registrations",
      true,
      "mau-dang-ky-thi-dua.xlsx",
      &registration_import_list_columns,
      [](const Services& s, const core::Actor& a, int64_t campaign_id) -> core::Status {
        auto campaign = require_visible_campaign(s, a, campaign_id);
        if (!campaign.ok()) return campaign.error();
        if (!permits_somewhere(a, core::Action::kSubmitUnitWork)) return forbidden(msg::kActImportRegistrations);
        return {};
      },
      &registration_import_template,
      [](const Services& s, const core::Actor& a, int64_t cid, std::string_view bytes, const std::string& name) {
        return stage_registration_import(s, a, cid, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t cid, const std::string& token, bool problems, int page,
         int size) { return registration_import_page(s, a, cid, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t cid, const std::string& token, const RequestMeta& meta) {
        return confirm_registration_import(s, a, cid, token, meta);
      },
  };
  return kind;
}

const ImportKind& awards_import_kind() {
  static const ImportKind kind{
      "awards",
      false,
      "mau-so-khen-thuong.xlsx",
      &award_import_list_columns,
      [](const Services&, const core::Actor& a, int64_t) { return may_import_awards(a); },
      &award_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_award_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return award_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_award_import(s, a, token, meta);
      },
      &import_awards_at_once,
  };
  return kind;
}

const ImportKind& evaluations_import_kind() {
  static const ImportKind kind{
      "evaluations",
      false,
      "mau-xep-loai-chat-luong.xlsx",
      &evaluation_import_list_columns,
      [](const Services&, const core::Actor& a, int64_t) { return may_import_evaluations(a); },
      &evaluation_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_evaluation_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return evaluation_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_evaluation_import(s, a, token, meta);
      },
  };
  return kind;
}

const ImportKind& initiatives_import_kind() {
  static const ImportKind kind{
      "initiatives",
      false,
      "mau-sang-kien.xlsx",
      &initiative_import_list_columns,
      [](const Services&, const core::Actor& a, int64_t) {
        return may_import_person_facts(a, msg::kActImportInitiatives);
      },
      &initiative_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_initiative_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return initiative_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_initiative_import(s, a, token, meta);
      },
  };
  return kind;
}

const ImportKind& discipline_import_kind() {
  static const ImportKind kind{
      "discipline",
      false,
      "mau-ky-luat.xlsx",
      &discipline_import_list_columns,
      [](const Services&, const core::Actor& a, int64_t) {
        return may_import_person_facts(a, msg::kActImportDiscipline);
      },
      &discipline_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_discipline_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return discipline_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_discipline_import(s, a, token, meta);
      },
  };
  return kind;
}

const ImportKind& absences_import_kind() {
  static const ImportKind kind{
      "absences",
      false,
      "mau-nghi-dai-ngay.xlsx",
      &absence_import_list_columns,
      [](const Services&, const core::Actor& a, int64_t) { return may_import_person_facts(a, msg::kActImportAbsences); },
      &absence_import_template,
      [](const Services& s, const core::Actor& a, int64_t, std::string_view bytes, const std::string& name) {
        return stage_absence_import(s, a, bytes, name);
      },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, bool problems, int page,
         int size) { return absence_import_page(s, a, token, problems, page, size); },
      [](const Services& s, const core::Actor& a, int64_t, const std::string& token, const RequestMeta& meta) {
        return confirm_absence_import(s, a, token, meta);
      },
  };
  return kind;
}

}  // namespace thidua::app
