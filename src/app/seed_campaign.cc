// The seed plan (../shared/seed/000_52f098578dc998ab.txt) as data, word for
// word, in src/app/demo/seed_campaign.json: the campaign API's JSON read by
// app::campaign_from_json; only the stored ids are filled in here.
#include "app/seed_campaign.h"

#include <stdexcept>
#include <utility>

#include <boost/json/value.hpp>

#include "app/campaign_json.h"
#include "app/demo_json.h"

namespace thidua::app {
namespace {

std::optional<int64_t> unit_id(const std::map<std::string, int64_t>& ids, const std::string& code) {
  const auto it = ids.find(code);
  if (it == ids.end()) return std::nullopt;
  return it->second;
}

constexpr std::string_view kSeedFile = "seed_campaign.json";

}  // namespace

core::Result<core::Campaign> read_seed_campaign(std::string_view json_text,
                                                const std::map<std::string, int64_t>& unit_ids_by_code) {
  auto read = demo_json::read<core::Campaign>(kSeedFile, json_text, [](const boost::json::value& root) {
    // Ids, state and number are not in the file (the reader ignores them).
    auto c = campaign_from_json(demo_json::object(root, ""), core::Campaign{});
    if (!c.ok()) throw demo_json::Invalid{c.error().message};
    return std::move(*c);
  });
  if (!read.ok()) return read.error();
  core::Campaign c = std::move(*read);
  link_seed_campaign(c, unit_ids_by_code);
  return c;
}

void link_seed_campaign(core::Campaign& c, const std::map<std::string, int64_t>& unit_ids_by_code) {
  const auto root = unit_id(unit_ids_by_code, std::string(kSeedIssuingUnitCode));
  c.issuing_unit_id = root.value_or(0);
  c.participants.target_unit_ids.clear();
  if (root) c.participants.target_unit_ids.push_back(*root);
  for (auto& a : c.assignments) {
    a.unit_id = a.unit_code.empty() ? std::nullopt : unit_id(unit_ids_by_code, a.unit_code);
  }
  // The demo shows the campaign under way.
  c.state = core::CampaignState::kRunning;
}

core::Result<core::Campaign> embedded_seed_campaign(const std::map<std::string, int64_t>& unit_ids_by_code) {
  const auto file = demo_json::embedded(kSeedFile);
  if (!file.found) return demo_json::missing(kSeedFile);
  return read_seed_campaign(file.text, unit_ids_by_code);
}

core::Campaign seed_campaign(const std::map<std::string, int64_t>& unit_ids_by_code) {
  auto c = embedded_seed_campaign(unit_ids_by_code);
  if (!c.ok()) throw std::logic_error(c.error().message);
  return std::move(*c);
}

}  // namespace thidua::app
