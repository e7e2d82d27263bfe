// The name search of a form that chooses a person among many (nominations,
// registrations: app/people_pick.h). Shown above the form when the people
// listed are not all of them, or a search is under way: a GET form to the
// form's own page with the name as "tim"; the form itself carries the name
// back in a hidden field so that a form sent back with an error lists the
// same people. The partial template "person_search" renders it.
#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "web/guard.h"
#include "web/http.h"

namespace thidua::web {

// The name searched for, without the spaces around it: the posted form's
// "tim" when it has one, else the query string's.
std::string person_search_term(const Request& req, const Ctx& ctx);

// Puts the search into a form page's data: "person_search" (whether to show
// it), "person_query", "people_more", "people_shown" (the most listed) and
// "no_people" (`none`: no one matched the name, whoever else is listed).
void add_person_search(boost::json::object& data, const std::string& query, bool more, int shown, bool none);

}  // namespace thidua::web
