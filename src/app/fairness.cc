#include "app/fairness.h"

#include <algorithm>

#include "app/access.h"
#include "app/awards.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "core/evaluation.h"
#include "core/messages_vi/fairness.h"
#include "core/messages_vi/org.h"
#include "store/fairness.h"
#include "store/reorganisations.h"
#include "store/units.h"

namespace thidua::app {
namespace msg = core::messages_vi;

namespace {

core::Status write_rows(io::XlsxWriter& w, const FairnessReport& r) {
  THIDUA_TRY(w.header({msg::kFairColTable, msg::kFairColGroup, msg::kFairColAwards, msg::kFairColAwardShare,
                       msg::kFairColBase, msg::kFairColBaseShare, msg::kFairColGap}));
  THIDUA_TRY(w.row({fairness_scope_text(r)}));
  for (const auto& t : r.tables) {
    const std::string caption = fairness_table_caption(t);
    for (const auto& g : t.groups) {
      THIDUA_TRY(w.row({caption, g.label, std::to_string(g.awards), core::share_text(g.award_share),
                        std::to_string(g.base), core::share_text(g.base_share), core::gap_text(g.gap)}));
    }
    THIDUA_TRY(w.row({caption, msg::kFairTotal, std::to_string(t.awards), "", std::to_string(t.base), "", ""}));
  }
  return w.row({msg::kFairWhatBaseIs});
}

// The highest unit on which the actor reads results.
std::optional<int64_t> highest_results_unit(const core::Actor& actor) {
  return highest_granted_unit(actor, [&](const std::string& path) { return require_results_reader(actor, path).ok(); });
}

}  // namespace

bool may_view_fairness(const core::Actor& actor) { return highest_results_unit(actor).has_value(); }

core::Result<FairnessReport> fairness_report(const Services& services, const core::Actor& actor,
                                             const FairnessRequest& request) {
  auto conn = services.db.acquire();
  FairnessReport out;
  store::FairnessQuery q;
  std::string agency_path;
  if (request.campaign_id) {
    auto c = visible_campaign(*conn, actor, *request.campaign_id);
    if (!c.ok()) return c.error();
    THIDUA_TRY(require_results_reader(actor, c->issuing_unit_path));
    out.unit_id = c->issuing_unit_id;
    out.unit_name = c->issuing_unit_name;
    agency_path = c->issuing_unit_path;
    q.campaign_id = c->id;
    out.campaign = std::move(*c);
  } else {
    std::optional<int64_t> unit_id = request.unit_id ? request.unit_id : highest_results_unit(actor);
    if (!unit_id) return forbidden(msg::kActViewFairness);
    auto unit = store::find_unit(*conn, *unit_id);
    if (!unit.ok()) return unit.error();
    if (!*unit || !permits(actor, core::Action::kViewOrg, (*unit)->path)) return not_found(msg::kWhatUnit);
    THIDUA_TRY(require_results_reader(actor, (*unit)->path));
    const int this_year = current_year(services.clock);
    if (request.from_year < core::kFirstEvaluationYear || request.to_year > this_year ||
        request.from_year > request.to_year || request.to_year - request.from_year >= kFairnessMaxYears) {
      return core::make_error(core::errc::kValidation, msg::kFairYearsInvalid, "from_year");
    }
    out.unit_id = (*unit)->id;
    out.unit_name = (*unit)->name;
    agency_path = (*unit)->path;
    out.from_year = q.from_year = request.from_year;
    out.to_year = q.to_year = request.to_year;
  }
  q.agency_path = agency_path;
  q.today = vietnam_date(services.clock.now());
  auto people = store::fairness_people(*conn, q);
  if (!people.ok()) return people.error();
  auto units = store::fairness_units(*conn, q);
  if (!units.ok()) return units.error();
  const int depth = static_cast<int>(std::count(agency_path.begin(), agency_path.end(), '/')) - 1;
  out.tables = core::fairness_tables(*people, *units, depth);
  if (!request.campaign_id) {
    auto closed = store::closed_units_within(*conn, agency_path, std::to_string(out.from_year) + "-01-01",
                                             kFairnessMaxPredecessors);
    if (!closed.ok()) return closed.error();
    out.predecessors = std::move(*closed);
  }
  return out;
}

std::string fairness_table_caption(const core::FairnessTable& t) {
  using D = core::FairnessDimension;
  if (t.basis == core::FairnessBasis::kCollectives) {
    return t.dimension == D::kUnitLevel ? msg::kFairUnitsByLevel : msg::kFairUnitsByKind;
  }
  switch (t.dimension) {
    case D::kPosition: return msg::kFairByPosition;
    case D::kGender: return msg::kFairByGender;
    case D::kUnitKind: return msg::kFairPeopleByKind;
    case D::kUnitLevel: return msg::kFairPeopleByLevel;
  }
  return "";
}

std::string fairness_scope_text(const FairnessReport& r) {
  if (r.campaign) return msg::fair_scope_campaign(r.campaign->title, r.unit_name);
  return msg::fair_scope_years(r.from_year, r.to_year, r.unit_name);
}

core::Status write_fairness_sheet(io::XlsxWriter& writer, const FairnessReport& r) {
  THIDUA_TRY(writer.new_sheet(msg::kFairSheet));
  return write_rows(writer, r);
}

core::Result<int64_t> write_fairness_xlsx(const FairnessReport& r, const std::string& path) {
  auto w = io::XlsxWriter::create(path, msg::kFairSheet);
  if (!w.ok()) return w.error();
  THIDUA_TRY(write_rows(*w, r));
  THIDUA_TRY(w->close());
  int64_t n = 0;
  for (const auto& t : r.tables) n += static_cast<int64_t>(t.groups.size()) + 1;
  return n;
}

}  // namespace thidua::app
