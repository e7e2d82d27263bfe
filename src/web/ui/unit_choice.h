// A form's choice of a unit (or of several) from the actor's tree: a
// drop-down while few units may be chosen; past kUnitChoiceLimit (a ministry
// or the nation: tens of thousands of units, megabytes of options on every
// form) a text field where the user types the unit's code, or the codes of
// several units, and the server turns codes back into ids before the form is
// read. The partial template "unit_choice" renders either.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "app/org.h"
#include "core/campaign.h"
#include "core/result.h"

namespace thidua::web {

struct Ctx;
struct Request;

inline constexpr size_t kUnitChoiceLimit = 500;

// Codes of several units a field accepts at most (a campaign's target
// units): more is refused with a message, not truncated.
inline constexpr size_t kUnitCodesMax = 1000;

// One unit field of a form: the drop-down's field name ("unit_id"; also the
// element's id) and the text field's name when the form asks for codes
// ("unit_code"). `many`: several units (a multiple <select>; codes
// separated by commas, semicolons, spaces or new lines).
struct UnitField {
  std::string id_field;
  std::string code_field;
  bool many = false;
};

// The one unit chosen, or none, as unit_choice's `selected`.
inline std::vector<int64_t> ids_of(std::optional<int64_t> id) {
  return id ? std::vector<int64_t>{*id} : std::vector<int64_t>{};
}

// Which units of the tree the field offers (all when empty).
using UnitKeep = std::function<bool(const core::Unit&)>;

// The object the partial "unit_choice" renders for `field`:
//   id, name, code_name, multiple, by_code;
//   by_code false: options [{value, label ("— " per level), selected}];
//   by_code true: code, the code(s) shown in the text field: what the form
//   sent back holds under `code_field` when it has that field (so a typo is
//   shown again), else the codes of the `selected` units.
// by_code is true when more than `limit` units pass `keep`. The caller may
// set "required" and "invalid" (bools: aria-invalid) and an empty choice
// (add_empty_choice). Every key the
// partial reads is present (null or false when unused), so none is looked up
// in the enclosing page's data.
boost::json::object unit_choice(const std::vector<app::UnitNode>& nodes, const UnitField& field,
                                const UnitKeep& keep, const std::vector<int64_t>& selected,
                                const std::multimap<std::string, std::string>& form,
                                size_t limit = kUnitChoiceLimit);

// Gives a single unit's field a first, empty choice labelled `label` ("—
// (đơn vị gốc)"): "empty" for the drop-down, and "empty_hint", the label
// without its dashes, for the text field's hint.
void add_empty_choice(boost::json::object& choice, std::string_view label);

// Codes typed in a field, in order, without blanks and repeats.
std::vector<std::string> split_unit_codes(const std::string& typed);

// When `form` has `field.code_field`: removes every `field.id_field` value
// and puts in their place the id of each unit the typed code(s) name, looked
// up among `nodes` (the units the actor sees). An empty field leaves no id
// (no unit chosen). A form without the code field is left as it is, so a
// drop-down's ids pass through untouched (the use case checks them).
// Errors (validation, field `id_field`, form untouched): a code no unit of
// `nodes` has (msg::unit_code_unknown); a unit `keep` refuses
// (msg::unit_code_not_offered); more than kUnitCodesMax codes.
core::Status take_unit_codes(const std::vector<app::UnitNode>& nodes, const UnitField& field, const UnitKeep& keep,
                             std::multimap<std::string, std::string>& form);

// The same with the actor's tree (app::unit_tree) and the request's form.
// A failure to read the tree is returned as it is (a server failure).
core::Status take_unit_codes(const app::Services& services, Ctx& ctx, const UnitField& field,
                             const UnitKeep& keep = {});

// The units the actor may submit a plan's unit work for (registrations,
// nominations, difficulties: core::Action::kSubmitUnitWork), as a field's
// keep: a code of another unit the actor sees is "not offered" on the form.
// It refers to `actor`, which must outlive it (one request).
UnitKeep unit_work_units(const core::Actor& actor);

// The units taking part in a plan (store::campaign_units: path order, each
// parent before its units) as nodes for unit_choice and unit_options: each
// one level under the nearest of its ancestors in the list, at depth 0 when
// none of them is.
std::vector<app::UnitNode> participating_nodes(const std::vector<core::ParticipatingUnit>& units);

// A GET form's single unit (a list's filter, a download form): the unit whose
// code `query` holds under `field.code_field` (looked up among `nodes`, as
// take_unit_codes does), else the id under `field.id_field`; nullopt when
// neither is given. Errors as take_unit_codes with `keep`.
core::Result<std::optional<int64_t>> unit_from_query(const std::vector<app::UnitNode>& nodes, const UnitField& field,
                                                     const std::multimap<std::string, std::string>& query,
                                                     const UnitKeep& keep = {});

// The unit filter of a plan's lists (registrations, nominations): "don-vi"
// (an id) from the drop-down, or "ma-don-vi" (a code) past the limit.
inline const UnitField kListUnitFilter{"don-vi", "ma-don-vi", false};

// The filter's unit from the request's query: by code among the units the
// actor sees (app::unit_tree) when the query has kListUnitFilter.code_field,
// else the id. Errors as take_unit_codes with `keep` (a code of a unit it
// refuses is "not offered"), and a failure to read the tree.
core::Result<std::optional<int64_t>> list_unit_filter(const app::Services& services, const Request& req,
                                                      const Ctx& ctx, const UnitKeep& keep = {});

// A list page's filter by a code that names no unit (a validation error of
// list_unit_filter): the list is shown empty (`unit_id` 0), with the message
// and the field marked. Other errors are the caller's to show as a page.
inline constexpr int64_t kNoSuchUnit = 0;

}  // namespace thidua::web
