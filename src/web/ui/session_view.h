// What a council session's pages show (session_pages.cc): the session as
// template data, with trackers grouped by four for reading aloud, results
// only once closed and the actor's own ballots.
#pragma once

#include <cstdint>
#include <string>

#include <boost/json/object.hpp>

#include "app/council.h"

namespace thidua::web {

// "/dot-thi-dua/{campaign}/hoi-dong/phien/{session}".
std::string session_href(int64_t campaign_id, int64_t session_id);

// The session page's data: session facts and state flags, attendance,
// committee, items with their rule in words, recusals, results once closed
// (with the published trackers), and the actor's own ballots.
boost::json::object session_data(const app::SessionView& v);

}  // namespace thidua::web
