#include "web/ui/person_search.h"

#include <cstdint>

#include "core/blanks.h"

namespace thidua::web {

std::string person_search_term(const Request& req, const Ctx& ctx) {
  std::string term = ctx.form.count("tim") > 0 ? ctx.field("tim") : req.query_param("tim");
  return core::trim_blanks(term);
}

void add_person_search(boost::json::object& data, const std::string& query, bool more, int shown, bool none) {
  data["person_search"] = more || !query.empty();
  data["person_query"] = query;
  data["people_more"] = more;
  data["people_shown"] = static_cast<int64_t>(shown);
  data["no_people"] = none;
}

}  // namespace thidua::web
