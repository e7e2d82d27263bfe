// The agencies' certificate blanks (migration 105), their layouts kept as
// JSON (encode_blank_layout / decode_blank_layout).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/certificate_blank_record.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// {"page_width_mm":297,...,"boxes":{"recipient":{"printed":true,"x_mm":..},...}}.
std::string encode_blank_layout(const core::BlankLayout& layout);
// The layout of that JSON; a missing member keeps the default layout's value.
// kValidation for text that is not a JSON object (field "layout") or a member
// of the wrong type (field "offset_x_mm", "reason.x_mm", ...). Values are not
// judged here (core::validate_blank_layout).
core::Result<core::BlankLayout> decode_blank_layout(const std::string& json);

// The blanks of the units inside `scope_paths` (unit path prefixes), by unit
// name then id; at most `limit` after `after_id` (keyset on id within the order
// is not needed: an agency has a few blanks; the limit bounds the answer).
core::Result<std::vector<core::CertificateBlank>> list_certificate_blanks(Connection& conn,
                                                                         const std::vector<std::string>& scope_paths,
                                                                         int64_t limit);

core::Result<std::optional<core::CertificateBlank>> find_certificate_blank(Connection& conn, int64_t id);

core::Result<int64_t> insert_certificate_blank(Connection& conn, const core::CertificateBlank& b,
                                               std::optional<int64_t> by, const std::string& now);

// Replaces name and layout when the stored version is `expected_version`
// (then version + 1); kConflict otherwise.
core::Status update_certificate_blank(Connection& conn, const core::CertificateBlank& b, int64_t expected_version,
                                      std::optional<int64_t> by, const std::string& now);

}  // namespace thidua::store
