// JSON views of records, used by the audit trail (before/after values) and by
// the API. Field names are the API's and are stable.
#pragma once

#include <boost/json/value.hpp>

#include "core/absence.h"
#include "core/discipline.h"
#include "core/initiative.h"
#include "core/org.h"
#include "core/person.h"
#include "store/users.h"

namespace thidua::app {

boost::json::value to_json(const core::Unit& unit);
boost::json::value to_json(const core::Person& person);
boost::json::value to_json(const core::Membership& membership);
// A person's yearly facts (app/import_person_facts.h), with codes.
boost::json::value to_json(const core::RecognisedInitiative& initiative);
boost::json::value to_json(const core::DisciplineRecord& measure);
boost::json::value to_json(const core::Absence& absence);
// Never includes the password hash.
boost::json::value to_json(const core::UserRecord& user, const std::vector<core::GrantRecord>& grants);

}  // namespace thidua::app
