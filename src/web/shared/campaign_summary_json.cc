#include "web/shared/campaign_summary_json.h"

#include <optional>
#include <string>

#include "core/campaign.h"

namespace thidua::web {
namespace {
namespace json = boost::json;

json::value opt(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }

}  // namespace

json::value issuing_name_at_issue(const core::CampaignSummary& c) {
  if (!c.issue_date) return nullptr;
  return json::value(c.issuing_unit_name_then.empty() ? c.issuing_unit_name : c.issuing_unit_name_then);
}

json::object api_campaign_summary_json(const core::CampaignSummary& c) {
  return json::object{{"id", c.id},
                      {"title", c.title},
                      {"state", std::string(core::campaign_state_code(c.state))},
                      {"kind", std::string(core::campaign_kind_code(c.kind))},
                      {"doc_symbol", c.doc_symbol},
                      {"number", c.number ? json::value(*c.number) : json::value(nullptr)},
                      {"issue_date", opt(c.issue_date)},
                      {"issuing_unit_id", c.issuing_unit_id},
                      {"issuing_unit_name", c.issuing_unit_name},
                      {"issuing_unit_name_at_issue", issuing_name_at_issue(c)},
                      {"period_start", opt(c.period_start)},
                      {"period_end", c.period_end},
                      {"version", c.version}};
}

}  // namespace thidua::web
