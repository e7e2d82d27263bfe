// The plan's text parts of a core::Campaign as one JSON document (the
// campaigns.content_json column): cited documents, basis, headings, purposes,
// participants, contents, the period's text, the award lead and note,
// assignments, recipients and signer. Header fields, dates, award types and
// criteria have columns or tables of their own and are not in it.
#pragma once

#include <string>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::store {

std::string campaign_content_json(const core::Campaign& c);

// Fills the JSON's parts into `c` (other fields untouched). kStorage error on
// malformed JSON (a stored document is never malformed unless tampered with).
core::Status read_campaign_content(const std::string& json, core::Campaign& c);

}  // namespace thidua::store
