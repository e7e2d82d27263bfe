// THE SCENARIO DRIVER: the only design-specific part of the forensic suite.
//
// It runs one secret ballot of the demo council (five members present, five
// accepted nominations), each member casting their own, known and varied
// ballot, and calls `snapshot(label)` at the moments the adversary may copy
// the files. It returns what the adversary may know (PublicKnowledge) and the
// ground truth. When the ballot's design changes (encrypted ballots), only
// scenario.cc changes: prepare the session, cast each member's ballot, close
// the ballot the way the new design closes, and fill the same structures.
#pragma once

#include <functional>
#include <string>

#include "forensic/forensic.h"
#include "http/council_fixture.h"

namespace thidua::test::forensic {

// Called after each member's ballot (the last one is "right before the
// close") and once after the close.
using SnapshotFn = std::function<void(const std::string& label)>;

struct ScenarioResult {
  std::string error;  // "" when the scenario ran through
  PublicKnowledge knowledge;
  GroundTruth truth;
};

// The ballot each member casts: username → choice per item index (0..4).
// Every item is split 3–2 (so the published counts alone give 15 of 25
// correct guesses to a majority guess) and no two members vote alike.
const std::vector<std::pair<std::string, std::vector<Vote>>>& planned_ballots();

ScenarioResult run_ballot_scenario(CouncilFixture& fx, const SnapshotFn& snapshot);

}  // namespace thidua::test::forensic
