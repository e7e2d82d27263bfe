// The seed campaign of 2023 in the full demo (issue 14 #5): the Director's
// plan for the Department's 20th anniversary, taken from its issue to its
// finalisation through the real use cases, on a clock that steps through
// 2023, before the 2025 reorganisation is recorded (so everything carries
// the names, units, accounts and council of 2023):
//
// - drafted by the office, approved by the Director and issued in June 2023
//   with the number that follows those the Department's register had reached
//   on paper (the plan cites its Kế hoạch số 25 of April);
// - every unit's plan, registration and staff registrations, progress to
//   completion by the end of September with evidence;
// - nominations for the Director's Giấy khen, the Chairman's Bằng khen and
//   the Minister's Bằng khen, the council's secret ballot in October, the
//   Director's decision and the two proposals (Tờ trình) approved;
// - the Chairman's and the Minister's decisions recorded as the answers to
//   the proposals, with their numbers and dates of 2023, so their awards join
//   the register and each person's history;
// - closed and finalised in November (the closing documents issued), its
//   results public.
//
// Its documents are issued before the demo's signing material exists, and a
// document is never signed by a certificate made after its date
// (app/document_signing.h): they stay unsigned, as the paper originals of
// 2023 were signed by hand. The data is activity.json's "seed_run".
#pragma once

#include <cstdint>

#include "app/context.h"
#include "core/campaign.h"
#include "core/result.h"

namespace thidua::app {

struct DemoSeedRun {
  int64_t campaign_id = 0;  // set as soon as the plan is drafted
  int64_t decisions = 0;    // approved decisions and proposals
  int64_t answers = 0;      // proposals answered
};

// Runs the seed plan `plan` (linked to the demo's units and signer) on the
// demo just loaded, with no campaign before it (accounts, council and units
// as load_demo writes them; the reorganisation not yet recorded). A failure
// stops there and is returned; what was done before stays, and `out` says
// how far it went. `seed` varies the figures.
core::Status run_demo_seed_campaign(const Services& services, const core::Campaign& plan, uint64_t seed,
                                    const RequestMeta& meta, DemoSeedRun& out);

}  // namespace thidua::app
