// The agencies' certificate blanks (core/certificate_blank.h): an office keeps
// the designs of its pre-printed blanks with where each field prints, prints
// a calibration page to read its printer's offset, and prints a decision's
// certificates on a blank. Who: the secretariat (kDraftDecisions) keeps the
// blanks of the units in its scope; it and the leaders (kApproveDecisions)
// see them and print. Every change is audited; a blank outside the actor's
// scope is kNotFound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/certificate_blank_record.h"
#include "core/result.h"

namespace thidua::app {

// What a form or the API gives for a blank.
struct BlankInput {
  std::string name;           // 1–200 characters
  core::BlankLayout layout;   // validate_blank_layout
};

// The blanks the actor may see (at most 200), by unit then id.
core::Result<std::vector<core::CertificateBlank>> list_blanks(const Services& services, const core::Actor& actor);

core::Result<core::CertificateBlank> get_blank(const Services& services, const core::Actor& actor, int64_t blank_id);

// A new blank of unit `unit_id` (kDraftDecisions there). Returns its id.
core::Result<int64_t> create_blank(const Services& services, const core::Actor& actor, int64_t unit_id,
                                   const BlankInput& input, const RequestMeta& meta);

// Saves name and layout when the blank is at `expected_version` (else
// kConflict, nothing saved).
core::Status update_blank(const Services& services, const core::Actor& actor, int64_t blank_id,
                          const BlankInput& input, int64_t expected_version, const RequestMeta& meta);

// The blank's calibration page (docs::write_calibration_pdf) at `path`.
core::Status write_blank_calibration(const Services& services, const core::Actor& actor, int64_t blank_id,
                                     const std::string& path);

// A layout as JSON (the API's and the audit trail's form, store/certificate_blanks.h)
// and back (kValidation naming a member of the wrong type).
std::string blank_layout_json(const core::BlankLayout& layout);
core::Result<core::BlankLayout> parse_blank_layout(const std::string& json);

// The units where the actor may keep blanks (for the form's choice).
std::vector<std::string> blank_scopes(const core::Actor& actor);

}  // namespace thidua::app
