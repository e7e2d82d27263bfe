// JSON views of records, used by the audit trail (before/after values) and by
// the API. Field names are the API's and are stable.
#pragma once

#include <boost/json/value.hpp>

#include "core/org.h"
#include "core/person.h"
#include "store/users.h"

namespace thidua::app {

boost::json::value to_json(const core::Unit& unit);
boost::json::value to_json(const core::Person& person);
boost::json::value to_json(const core::Membership& membership);
// Never includes the password hash.
boost::json::value to_json(const core::UserRecord& user, const std::vector<core::GrantRecord>& grants);

}  // namespace thidua::app
