#include "app/person_rating.h"

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/people.h"
#include "core/messages_vi/evaluations.h"
#include "store/evaluations.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

json::object audited(const core::Evaluation& e) {
  return json::object{{"person_id", e.person_id},
                      {"year", e.year},
                      {"rating", core::evaluation_rating_code(e.rating)},
                      {"rated_on", e.rated_on},
                      {"note", e.note}};
}

}  // namespace

bool may_rate_person(const core::Actor& actor, const core::Person& person) {
  return !person.unit_path.empty() && permits(actor, core::Action::kEditPeople, person.unit_path);
}

core::Status may_keep_records(const Services& services, const core::Actor& actor, int64_t person_id,
                              std::string_view what) {
  auto person = get_person(services, actor, person_id);
  if (!person.ok()) return person.error();
  if (!may_rate_person(actor, person->person)) return forbidden(what);
  if (actor.person_id && *actor.person_id == person_id) return own_record(core::Involvement::kConcerned, what);
  return {};
}

core::Result<core::Evaluation> record_person_evaluation(const Services& services, const core::Actor& actor,
                                                        int64_t person_id, const PersonRatingInput& input,
                                                        const RequestMeta& meta) {
  THIDUA_TRY(may_keep_records(services, actor, person_id, msg::kActRatePerson));
  auto rating = core::read_evaluation_rating(input.rating);
  if (!rating) {
    return core::make_error(core::errc::kValidation,
                            input.rating.empty() ? std::string(msg::kEvaluationRatingMissing)
                                                 : msg::evaluation_rating_invalid(input.rating),
                            "rating");
  }
  core::Evaluation e;
  e.person_id = person_id;
  e.year = input.year;
  e.rating = *rating;
  e.rated_on = input.rated_on;
  e.note = input.note;
  e.created_at = iso_instant(services.clock.now());
  THIDUA_TRY(core::validate_evaluation(e, current_year(services.clock)));

  auto conn = services.db.acquire();
  return store::in_transaction<core::Evaluation>(*conn, [&]() -> core::Result<core::Evaluation> {
    auto before = store::put_evaluation(*conn, e);
    if (!before.ok()) return before.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"evaluation.record", "person", std::to_string(person_id),
                             *before ? std::optional<json::value>(audited(**before)) : std::nullopt,
                             std::optional<json::value>(audited(e))}));
    return e;
  });
}

}  // namespace thidua::app
