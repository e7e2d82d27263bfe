// Use cases of reorganisations (issue 14 #4): preview a merger, split,
// rename, move or dissolution, apply it as one audited transaction, and read
// the history. Every call is authorised on the server: the actor must see
// every unit named (else it is answered as missing), edit every unit acted on
// (sources, the receiving unit, new parents), and, to make an agency at the
// top of the tree, edit every agency (core::can_everywhere); that
// administrator then administers the new agency.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/context.h"
#include "core/authz.h"
#include "core/reorganisation.h"
#include "core/result.h"
#include "store/reorganisations.h"

namespace thidua::app {

// The most units one reorganisation may name as sources.
inline constexpr size_t kMaxReorgSources = 50;

struct ReorgPreview {
  core::ReorgRequest request;
  core::ReorgPlan plan;
  // The plan in words the pages and the API show, and the history keeps:
  // {kind, kind_label, effective_date, legal_basis, note, steps: [{op, unit:
  // {id, code, name}, to, successor, count, name, short_name, header}],
  // notices: [{kind, unit, count}], people_moved, units_closed}.
  boost::json::object summary;
  // Identifies the state of the units previewed: apply refuses (kConflict)
  // when it no longer matches, so what is confirmed is what was shown.
  std::string token;
};

// True when the actor may reorganise somewhere (shows the menu entry).
bool may_reorganise(const core::Actor& actor);

core::Result<ReorgPreview> preview_reorganisation(const Services& services, const core::Actor& actor,
                                                  const core::ReorgRequest& request);

struct ReorgOutcome {
  int64_t id = 0;
  std::vector<int64_t> created_ids;
  ReorgPreview preview;
};

// Re-plans under row locks, compares with `token`, applies and audits
// ("org.reorganise", the summary with the ids of the units created).
core::Result<ReorgOutcome> apply_reorganisation(const Services& services, const core::Actor& actor,
                                                const core::ReorgRequest& request, const std::string& token,
                                                const RequestMeta& meta);

struct ReorgHistoryPage {
  std::vector<store::ReorgRecord> items;
  int64_t total = 0;
  int64_t page = 1;
  int64_t per_page = 20;
};

// Reorganisations touching units the actor may see (kViewOrg), latest first.
core::Result<ReorgHistoryPage> reorganisation_history(const Services& services, const core::Actor& actor,
                                                      int64_t page);

}  // namespace thidua::app
