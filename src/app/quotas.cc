#include "app/quotas.h"

#include <algorithm>
#include <cstdlib>

#include "core/messages_vi/nominations.h"
#include "core/nomination.h"
#include "store/nominations.h"

namespace thidua::app {

namespace msg = core::messages_vi;

std::vector<QuotaLimit> quota_limits(const std::vector<core::AwardType>& award_types, int year,
                                     const std::vector<AwardRules>& rules) {
  std::vector<QuotaLimit> out;
  if (year <= 0) return out;
  const std::vector<AwardRules> in_force = rules_in_force(rules, year);
  auto set_of = [&](const std::string& code) -> const AwardRules* {
    for (const auto& s : in_force) {
      if (s.code == code) return &s;
    }
    return nullptr;
  };
  auto types_of = [&](const std::string& code) {
    std::vector<int64_t> ids;
    for (const auto& t : award_types) {
      if (t.eligibility_code == code) ids.push_back(t.id);
    }
    return ids;
  };
  for (const auto& t : award_types) {
    if (t.eligibility_code.empty()) continue;
    if (std::any_of(out.begin(), out.end(), [&](const QuotaLimit& l) { return l.code == t.eligibility_code; })) continue;
    const AwardRules* set = set_of(t.eligibility_code);
    if (!set || !set->quota) continue;
    QuotaLimit l;
    l.code = set->code;
    l.name = set->name;
    l.quota = *set->quota;
    const AwardRules* base = set_of(l.quota.of);
    l.of_name = base ? base->name : l.quota.of;
    l.award_type_ids = types_of(l.code);
    l.base_type_ids = types_of(l.quota.of);
    if (l.base_type_ids.empty()) continue;  // no base in the campaign: nothing to count
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<QuotaLimit> quotas_touched(const std::vector<QuotaLimit>& limits, const std::set<int64_t>& added_type_ids) {
  std::vector<QuotaLimit> out;
  for (const auto& l : limits) {
    if (std::any_of(l.award_type_ids.begin(), l.award_type_ids.end(),
                    [&](int64_t id) { return added_type_ids.count(id) > 0; })) {
      out.push_back(l);
    }
  }
  return out;
}

core::Result<std::vector<QuotaLimit>> quotas_for(store::Connection& conn, const core::Campaign& campaign,
                                                 const std::set<int64_t>& types) {
  const bool named = std::any_of(campaign.award_types.begin(), campaign.award_types.end(), [&](const core::AwardType& t) {
    return !t.eligibility_code.empty() && types.count(t.id) > 0;
  });
  if (!named) return std::vector<QuotaLimit>{};
  auto rules = award_rules_in_use(conn);
  if (!rules.ok()) return rules.error();
  return quotas_touched(quota_limits(campaign.award_types, campaign_rules_year(campaign.period.end_date), *rules),
                        types);
}

core::Result<std::vector<QuotaStatus>> count_quotas(store::Connection& conn, int64_t campaign_id,
                                                    const std::vector<QuotaLimit>& limits) {
  std::vector<QuotaStatus> out;
  if (limits.empty()) return out;
  auto live = store::count_live_nominations(conn, campaign_id);
  if (!live.ok()) return live.error();
  auto sum = [&](const std::vector<int64_t>& ids) {
    int64_t n = 0;
    for (int64_t id : ids) {
      auto it = live->find(id);
      if (it != live->end()) n += it->second;
    }
    return n;
  };
  for (const auto& l : limits) {
    out.push_back({l, core::count_quota(sum(l.award_type_ids), sum(l.base_type_ids), l.quota.share)});
  }
  return out;
}

core::Status lock_for_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits,
                             bool anyway) {
  if (limits.empty() && !anyway) return core::Status{};
  auto locked = store::lock_campaign_nominations(conn, campaign_id);
  if (!locked.ok()) return locked.error();
  return core::Status{};
}

core::Status check_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits) {
  auto counted = count_quotas(conn, campaign_id, limits);
  if (!counted.ok()) return counted.error();
  for (const auto& q : *counted) {
    if (!q.count.over()) continue;
    return core::make_error(core::errc::kQuotaExceeded,
                            msg::quota_exceeded(q.limit.name, q.count.used, q.count.allowed, q.limit.quota.share,
                                                q.count.base, q.limit.of_name),
                            "award_type_id");
  }
  return core::Status{};
}

core::Result<std::vector<QuotaStatus>> count_decision_quotas(store::Connection& conn, int64_t campaign_id,
                                                             const std::vector<QuotaLimit>& limits,
                                                             int64_t award_type_id) {
  std::vector<QuotaStatus> out;
  const std::vector<QuotaLimit> touched = quotas_touched(limits, {award_type_id});
  if (touched.empty()) return out;
  auto counts = store::count_passed_nominations(conn, campaign_id);
  if (!counts.ok()) return counts.error();
  auto sum = [&](const std::vector<int64_t>& ids, int64_t store::PassedCount::*field) {
    int64_t n = 0;
    for (int64_t id : ids) {
      auto it = counts->find(id);
      if (it != counts->end()) n += it->second.*field;
    }
    return n;
  };
  for (const auto& l : touched) {
    out.push_back({l, core::count_quota(sum(l.award_type_ids, &store::PassedCount::listed),
                                        sum(l.base_type_ids, &store::PassedCount::passed), l.quota.share)});
  }
  return out;
}

core::Status check_decision_quotas(store::Connection& conn, int64_t campaign_id, const std::vector<QuotaLimit>& limits,
                                   int64_t award_type_id, bool approving) {
  auto counted = count_decision_quotas(conn, campaign_id, limits, award_type_id);
  if (!counted.ok()) return counted.error();
  for (const auto& q : *counted) {
    if (!q.count.over()) continue;
    return core::make_error(core::errc::kQuotaExceeded,
                            msg::decision_quota_exceeded(q.limit.name, q.count.used, q.count.allowed,
                                                         q.limit.quota.share, q.count.base, q.limit.of_name,
                                                         approving),
                            "nomination_ids");
  }
  return core::Status{};
}

int campaign_rules_year(const std::string& period_end) {
  return period_end.size() >= 4 ? std::atoi(period_end.c_str()) : 0;
}

}  // namespace thidua::app
