// What the registration pages show (registration_pages.cc): the entry form
// and the registration page as templates with their data, and the paths and
// names both use.
#pragma once

#include <cstdint>
#include <string>

#include <boost/json/object.hpp>

#include "app/registrations.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {

// "/dot-thi-dua/{campaign}/dang-ky" and "/dot-thi-dua/{campaign}/dang-ky/{registration}".
std::string registrations_path(int64_t campaign_id);
std::string registration_path(int64_t campaign_id, int64_t rid);

// The unit's name for a collective's registration, the person's for an individual's.
std::string registration_who(const core::Registration& r);

// {"id", "title"} of the campaign, as the pages link it.
boost::json::object campaign_link_json(const core::CampaignSummary& c);

// The collective's unit on the entry form: a drop-down, or its code past
// kUnitChoiceLimit units (web/ui/unit_choice.h).
inline const UnitField kRegistrationUnit{"unit_id", "unit_code", false};

// The entry form (new or edit), re-shown with `error` when given (a unit
// code typed is shown again from ctx.form).
Response registration_form_page(const Request& req, const Ctx& ctx, const app::RegistrationChoices& choices,
                                const core::Registration& r, bool is_new, const core::Error* error,
                                unsigned status);

// The registration page, with a notice or an error from an action, and the
// return reason typed (kept when the return is refused).
Response registration_page(const Request& req, const Ctx& ctx, const app::RegistrationView& v,
                           const std::string& notice, const core::Error* error, const std::string& reason,
                           unsigned status);

}  // namespace thidua::web
