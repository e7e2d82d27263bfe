// A reorganisation's summary (app::ReorgPreview::summary, kept in the
// history) as template data shared by the preview page and the history:
// {kind_label, effective_date (dd/mm/yyyy), legal_basis, note, people_moved,
// units_closed, steps: [{is_create|is_move|is_transfer|is_close|is_rename|
// is_header, unit, code, to, to_top, successor, receiver, count, name,
// governing_body, issuing_body, place, parent}], notices: [{is_open_campaigns|
// is_grants_stay|is_header_unchanged, unit, count}], has_notices}.
#pragma once

#include <boost/json/object.hpp>

namespace thidua::web {

boost::json::object reorg_view(const boost::json::object& summary);

}  // namespace thidua::web
