#include "app/fact_years.h"

#include <algorithm>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "core/evaluation.h"
#include "core/messages_vi/person_facts.h"
#include "store/fact_years.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<std::vector<core::FactYear>> list_fact_years(const Services& services, const core::Actor& actor) {
  if (!permits_somewhere(actor, core::Action::kViewPeople)) return forbidden(msg::kActViewFactYears);
  auto conn = services.db.acquire();
  return store::fact_years(*conn);
}

bool may_declare_fact_years(const core::Actor& actor) {
  // A declaration speaks for every unit of every agency, so it needs the
  // right on all of them, not on one agency or one of its parts.
  return core::can_everywhere(actor, core::Action::kDraftDecisions);
}

core::Status set_fact_year(const Services& services, const core::Actor& actor, const std::string& kind_code, int year,
                           bool complete, const RequestMeta& meta) {
  if (!may_declare_fact_years(actor)) return forbidden(msg::kActDeclareFactYears);
  auto kind = core::read_fact_kind(kind_code);
  if (!kind) return core::make_error(core::errc::kValidation, msg::kFactKindInvalid, "kind");
  const int this_year = current_year(services.clock);
  if (year < core::kFirstEvaluationYear || year > this_year) {
    return core::make_error(core::errc::kValidation, msg::fact_year_invalid(core::kFirstEvaluationYear, this_year),
                            "year");
  }
  auto conn = services.db.acquire();
  THIDUA_TRY(conn->begin());
  auto changed = complete
                     ? store::declare_fact_year(*conn, *kind, year, actor.user_id, iso_instant(services.clock.now()))
                     : store::withdraw_fact_year(*conn, *kind, year);
  if (!changed.ok()) {
    (void)conn->rollback();
    return changed.error();
  }
  if (*changed) {
    const boost::json::object what{{"kind", core::fact_kind_code(*kind)}, {"year", year}};
    auto audited = record_audit(*conn, services, &actor, meta,
                                {complete ? "fact_year.declare" : "fact_year.withdraw", "fact_year",
                                 std::string(core::fact_kind_code(*kind)) + ":" + std::to_string(year),
                                 complete ? std::nullopt : std::optional<boost::json::value>(what),
                                 complete ? std::optional<boost::json::value>(what) : std::nullopt});
    if (!audited.ok()) {
      (void)conn->rollback();
      return audited.error();
    }
  }
  return conn->commit();
}

}  // namespace thidua::app
