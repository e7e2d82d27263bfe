// The 2025 reorganisation in the demo (issue 14 #5), recorded as an
// administrator would record it, through app::apply_reorganisation:
//
// - on 1/3/2025 the Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang
//   (written first as a second agency, with its sub-departments) merges into
//   the Department, which is renamed Sở Nông nghiệp và Môi trường with its
//   new header lines;
// - on 1/7/2025 the province of Bắc Giang merges into Bắc Ninh (the
//   Department's name and header lines change again) and the district level
//   ends: every district office is dissolved, its people transferred to the
//   land registration branch of the same district;
// - the accounts of the Lục Nam office move to the unit receiving its people
//   (the role granted there, the one on the dissolved office revoked);
// - the merged Department's council is established under its new name with
//   the members of the old one, whose sessions stay its history.
//
// Each step runs on a clock set to its effective date, so the history, the
// audit trail and every document carry the right date; names and header
// lines before the first step stay those of 2023. The data is
// src/app/demo/reorganisation.json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/org.h"
#include "core/reorganisation.h"
#include "core/result.h"

namespace thidua::app {

struct DemoReorganisationFile {
  struct Unit {
    std::string code, name, short_name;
    core::UnitKind kind = core::UnitKind::kOther;
  };
  // The agency merged into the Department, written before the steps.
  struct Agency {
    std::string code, name, short_name, valid_from;
    std::vector<Unit> units;  // its direct sub-units
  } agency;
  // A reorganisation over unit codes (resolved to ids when it runs).
  struct Step {
    core::ReorgKind kind = core::ReorgKind::kMerge;
    std::string effective_date, legal_basis, note;
    std::vector<std::string> sources;
    std::string target;  // merge: the unit absorbing; dissolve: the receiving unit ("" when none)
    std::string new_name, new_short_name;
    std::optional<core::AgencyHeader> header;
  };
  std::vector<Step> steps;  // in date order
  // An account's role moved from a dissolved unit to the unit carrying on.
  struct Grant {
    std::string username, from, to;
    core::Role role = core::Role::kStaff;
  };
  std::vector<Grant> grants;
  // The council established for the merged Department on `date`: the same
  // members (the old council's active ones, then made inactive: its sessions
  // stay its history) under the new name.
  struct Council {
    std::string unit, name, date;
  } council;
};

// Reads reorganisation.json strictly (kValidation naming the member): known
// kinds and roles, ISO dates in order, at least one source per step.
core::Result<DemoReorganisationFile> read_demo_reorganisation(std::string_view json_text);

struct DemoReorganisation {
  int64_t merged_agency_id = 0;  // the agency written and merged
  int64_t reorganisations = 0;   // steps applied
  int64_t people_moved = 0, units_closed = 0;
  int64_t council_id = 0;  // the council established
};

// Writes the merged agency (with the deployment's administrators granted on
// it, in one audited transaction), then applies every step as `admin` on a
// clock set to the step's effective date (each its own audited transaction:
// a failure stops there, what ran before stays, `out` tells what did), then
// moves the grants (as `admin`) and establishes the council (as the shell
// operator, on its date). Codes missing from the database are a kValidation error
// naming the code.
core::Status load_demo_reorganisation(const Services& services, const DemoReorganisationFile& data,
                                      const core::Actor& admin, const RequestMeta& meta, DemoReorganisation& out);

}  // namespace thidua::app
