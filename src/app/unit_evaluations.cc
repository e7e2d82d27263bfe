#include "app/unit_evaluations.h"

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/org.h"
#include "core/messages_vi/evaluations.h"
#include "store/unit_evaluations.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

json::object audited(const core::UnitEvaluation& e) {
  return json::object{{"unit_id", e.unit_id},
                      {"year", e.year},
                      {"rating", core::evaluation_rating_code(e.rating)},
                      {"rated_on", e.rated_on},
                      {"note", e.note}};
}

}  // namespace

bool may_rate_unit(const core::Actor& actor, const core::Unit& unit) {
  return permits(actor, core::Action::kDraftDecisions, unit.path);
}

core::Result<core::UnitEvaluation> record_unit_evaluation(const Services& services, const core::Actor& actor,
                                                          int64_t unit_id, const UnitRatingInput& input,
                                                          const RequestMeta& meta) {
  auto unit = get_unit(services, actor, unit_id);
  if (!unit.ok()) return unit.error();
  if (!may_rate_unit(actor, unit->unit)) return forbidden(msg::kActRateUnit);
  auto rating = core::read_evaluation_rating(input.rating);
  if (!rating) {
    return core::make_error(core::errc::kValidation,
                            input.rating.empty() ? std::string(msg::kEvaluationRatingMissing)
                                                 : msg::evaluation_rating_invalid(input.rating),
                            "rating");
  }
  core::UnitEvaluation e;
  e.unit_id = unit_id;
  e.year = input.year;
  e.rating = *rating;
  e.rated_on = input.rated_on;
  e.note = input.note;
  e.recorded_by = actor.user_id;
  e.recorded_at = iso_instant(services.clock.now());
  THIDUA_TRY(core::validate_unit_evaluation(e, current_year(services.clock)));

  auto conn = services.db.acquire();
  THIDUA_TRY(conn->begin());
  auto before = store::put_unit_evaluation(*conn, e);
  if (!before.ok()) {
    (void)conn->rollback();
    return before.error();
  }
  auto logged = record_audit(*conn, services, &actor, meta,
                             {"unit_evaluation.record", "unit", std::to_string(unit_id),
                              *before ? std::optional<json::value>(audited(**before)) : std::nullopt,
                              std::optional<json::value>(audited(e))});
  if (!logged.ok()) {
    (void)conn->rollback();
    return logged.error();
  }
  THIDUA_TRY(conn->commit());
  return e;
}

core::Result<std::vector<core::UnitEvaluation>> unit_evaluations(const Services& services, const core::Actor& actor,
                                                                 int64_t unit_id) {
  auto unit = get_unit(services, actor, unit_id);
  if (!unit.ok()) return unit.error();
  auto conn = services.db.acquire();
  return store::unit_evaluations_of(*conn, {unit_id});
}

}  // namespace thidua::app
