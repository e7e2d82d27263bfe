// Submissions (app/submissions.h) as JSON objects, shared by the pages (whose
// templates read them) and the API (which answers them).
#pragma once

#include <boost/json/object.hpp>

#include "app/submissions.h"

namespace thidua::web {

// The record: ids, state (code and label), round, names, reception, assignee,
// council and decision fields (null when absent), `href` (its page).
boost::json::object submission_record_json(const core::SubmissionRecord& s);

// The record with `items` (the list with verdicts and the council's
// conclusion), `rounds` (each with its dossier's `href`), `events` (the
// processing history, oldest first) and `actions` (the steps the actor may take).
boost::json::object submission_json(const app::SubmissionView& v);

}  // namespace thidua::web
