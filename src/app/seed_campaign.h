// The seed campaign of the demo: the Director of Sở Tài nguyên và Môi trường
// tỉnh Bắc Giang's plan for the special campaign of the Department's 20th
// anniversary, as core::Campaign data, word for word as issued. The text is
// src/app/demo/seed_campaign.json (the campaign API's JSON), embedded into the
// binary at build time.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::app {

// The code of the issuing agency in the demo organisation (app/demo_data.h).
inline constexpr std::string_view kSeedIssuingUnitCode = "STNMT";

// Builds the seed plan. `unit_ids_by_code` maps demo unit codes ("STNMT",
// "STNMT-TTLT", "STNMT-VP") to stored ids; codes missing from it leave the
// ids unset (issuing_unit_id 0, Assignment::unit_id empty). The campaign has
// id 0, no number and the date text "ngày   tháng 6 năm 2023" as the copy
// leaves them blank, and state running (the demo shows it under way).
// Throws std::logic_error when the embedded file does not read (a broken
// build: embedded_seed_campaign() and the tests check it).
core::Campaign seed_campaign(const std::map<std::string, int64_t>& unit_ids_by_code);

// As seed_campaign(), with a kValidation error naming the file when the
// embedded file is missing or does not read.
core::Result<core::Campaign> embedded_seed_campaign(const std::map<std::string, int64_t>& unit_ids_by_code);

// Reads a seed plan in the campaign API's JSON (read by campaign_from_json:
// strict, every error names the member) and links it to `unit_ids_by_code`
// as seed_campaign() does.
core::Result<core::Campaign> read_seed_campaign(std::string_view json_text,
                                                const std::map<std::string, int64_t>& unit_ids_by_code);

// Links a read seed plan to `unit_ids_by_code` (issuing unit, target unit,
// assignments by unit code; missing codes unlink) and sets it running.
void link_seed_campaign(core::Campaign& c, const std::map<std::string, int64_t>& unit_ids_by_code);

}  // namespace thidua::app
