// The pages of the facts of a person's years beside the ratings (app/
// import_person_facts.h): the three imports, the hub of the yearly data
// (/du-lieu-nam: the imports and the years the office declared complete),
// and the person page's sections of initiatives, discipline and absences.
#pragma once

#include <boost/json/object.hpp>

#include "app/context.h"
#include "app/import_person_facts.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// /nhap-sang-kien, /nhap-ky-luat, /nhap-nghi-dai-ngay (each with the five
// import routes), GET and POST /du-lieu-nam.
void add_person_facts_routes(Router& r, const app::Services& s, const WebOptions& o);

// The person page's data for the three sections (has_* flags and rows).
void add_person_fact_sections(const app::PersonFactRecords& records, boost::json::object& data);

}  // namespace thidua::web
