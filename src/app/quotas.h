// Quotas over a campaign's proposals (issue 11 #5): an award type naming a
// rule set with a "quota" (app/award_rules.h, e.g. CSTĐCS: at most 15 % of
// those proposed for LĐTT) is held to it, counted live over the campaign's
// nominations (store::count_live_nominations: all but failed, refused and
// returned, core::nomination_live).
// A quota counts only when the campaign also has an award type of its base;
// without one nothing can be counted and nothing is refused.
//
// Adding nominations: quota_limits and quotas_touched before the
// transaction say which quotas the new ones count against; inside it,
// lock_for_quotas locks the campaign first (so two units proposing at once
// are counted one after the other), and after the inserts check_quotas
// refuses the whole with kQuotaExceeded, giving the figures. Only quotas the new nominations count against are
// checked: a quota already over because base proposals failed does not
// block unrelated ones.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "app/award_rules.h"
#include "core/campaign.h"
#include "core/quota.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// One quota of a campaign: the award types it limits and those of its base.
struct QuotaLimit {
  std::string code;     // the rule set limited ("CSTDCS")
  std::string name;     // its title in force ("Chiến sĩ thi đua cơ sở")
  std::string of_name;  // the base's title ("Lao động tiên tiến")
  core::Quota quota;
  std::vector<int64_t> award_type_ids;  // the campaign's award types of `code`
  std::vector<int64_t> base_type_ids;   // ... of quota.of
};

struct QuotaStatus {
  QuotaLimit limit;
  core::QuotaCount count;
};

// The quotas of `award_types` (a campaign's) in force in `year` under
// `rules` (award_rules_in_use), in award-type order. Pure.
std::vector<QuotaLimit> quota_limits(const std::vector<core::AwardType>& award_types, int year,
                                     const std::vector<AwardRules>& rules);

// The limits that nominations to `added_type_ids` count against.
std::vector<QuotaLimit> quotas_touched(const std::vector<QuotaLimit>& limits, const std::set<int64_t>& added_type_ids);

// The limits of `campaign` (its award types, the rules in use of its
// period's last year) that nominations to `types` count against; the rules
// are read only when one of those types names a rule set.
core::Result<std::vector<QuotaLimit>> quotas_for(store::Connection& conn, const core::Campaign& campaign,
                                                 const std::set<int64_t>& types);

// Each limit counted now (one query).
core::Result<std::vector<QuotaStatus>> count_quotas(store::Connection& conn, int64_t campaign_id,
                                                    const std::vector<QuotaLimit>& limits);

// Inside the caller's transaction, before its inserts: locks the campaign
// when `limits` is not empty, or `anyway` (the caller checks more under it).
core::Status lock_for_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits,
                             bool anyway = false);

// Inside the caller's transaction, after its inserts: kQuotaExceeded (field
// "award_type_id") naming the first limit over, with its figures.
core::Status check_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits);

// At a decision (issue 11 #5): the council may fail part of the base after
// the proposals were counted, so a quota is counted again over what it
// passed. For each of `limits` limiting `award_type_id`: used = that quota's
// nominations on a decision's list (approved, or in a draft: the caller's
// own draft is counted once its list is stored), base = the base's
// nominations the council passed (store::count_passed_nominations). Inside
// the caller's transaction, after lock_for_quotas; kQuotaExceeded (field
// "nomination_ids") with the figures when over.
// `approving`: the message says the draft must be discarded and drafted again.
core::Status check_decision_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits,
                                   int64_t award_type_id, bool approving = false);
// The same counts, for showing (one query; empty when none is touched).
core::Result<std::vector<QuotaStatus>> count_decision_quotas(store::Connection& conn, int64_t campaign_id,
                                                             const std::vector<QuotaLimit>& limits,
                                                             int64_t award_type_id);

// The year whose rules a campaign's award types are judged by: its period's
// last year (0 when unknown).
int campaign_rules_year(const std::string& period_end);

}  // namespace thidua::app
