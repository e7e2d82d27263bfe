#include "app/awards.h"

#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/decisions.h"
#include "core/messages_vi/award_register.h"
#include "core/messages_vi/awards.h"
#include "core/names.h"
#include "io/xlsx_writer.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

core::Result<std::vector<core::AwardRecord>> awards_where(const Services& services, store::AwardQuery q) {
  q.limit = 1000;
  auto conn = services.db.acquire();
  return store::find_awards(*conn, q);
}

core::Result<CampaignResults> results_of(store::Connection& conn, core::CampaignSummary campaign) {
  CampaignResults out;
  out.campaign = std::move(campaign);
  auto ds = store::list_decisions(conn, out.campaign.id, true);
  if (!ds.ok()) return ds.error();
  store::AwardQuery q;
  q.campaign_id = out.campaign.id;
  q.limit = 1000000;
  auto all = store::find_awards(conn, q);
  if (!all.ok()) return all.error();
  std::map<int64_t, std::vector<core::AwardRecord>> by_decision;
  for (auto& a : *all) by_decision[a.decision_id.value_or(0)].push_back(std::move(a));
  for (auto& d : *ds) {
    auto& list = by_decision[d.id];
    if (list.empty()) continue;  // a proposal not (yet) granted
    // In the order of the decision's list (unit, then name), as issued.
    std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
    out.decisions.push_back({std::move(d), std::move(list)});
  }
  auto counts = store::award_counts(conn, out.campaign.id);
  if (!counts.ok()) return counts.error();
  out.counts = std::move(*counts);
  return out;
}

}  // namespace

core::Result<std::vector<core::AwardRecord>> person_awards(const Services& services, const PersonDetail& person) {
  store::AwardQuery q;
  q.person_id = person.person.id;
  return awards_where(services, q);
}

core::Result<std::vector<core::AwardRecord>> unit_awards(const Services& services, const UnitDetail& unit) {
  store::AwardQuery q;
  q.collective_unit_id = unit.unit.id;
  return awards_where(services, q);
}

namespace {

std::string folded_words(const std::string& text) {
  std::string out = core::fold(text);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The store's query for a filter within the actor's kViewOrg scope (its page
// left to the caller); kNotFound for a unit the actor may not see.
core::Result<store::AwardQuery> query_for(store::Connection& conn, const core::Actor& actor, const AwardFilter& f) {
  store::AwardQuery q;
  q.name_folded = folded_words(f.name);
  q.granted_by_folded = folded_words(f.granted_by);
  q.year = f.year;
  q.award_name = f.award_name;
  q.award_folded = folded_words(f.award_text);
  q.source = f.source;
  if (!actor.system) q.scopes = scopes_for(actor, core::Action::kViewOrg);
  if (f.unit_id) {
    auto u = store::find_unit(conn, *f.unit_id);
    if (!u.ok()) return u.error();
    if (!u->has_value() || !permits(actor, core::Action::kViewOrg, (*u)->path)) return not_found(msg::kWhatUnit);
    q.unit_path = (*u)->path;
  }
  return q;
}

}  // namespace

core::Result<AwardListing> search_awards(const Services& services, const core::Actor& actor, const AwardFilter& f) {
  AwardListing out;
  out.page_size = std::clamp(f.page_size, 1, 200);
  out.page = std::clamp(f.page, 1, 100000);
  auto conn = services.db.acquire();
  auto query = query_for(*conn, actor, f);
  if (!query.ok()) return query.error();
  store::AwardQuery& q = *query;
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto items = store::find_awards(*conn, q);
  if (!items.ok()) return items.error();
  auto total = store::count_awards(*conn, q);
  if (!total.ok()) return total.error();
  out.items = std::move(*items);
  out.total = *total;
  return out;
}

core::Result<core::AwardRecord> get_award(const Services& services, const core::Actor& actor, int64_t id) {
  store::AwardQuery q;
  q.id = id;
  q.limit = 1;
  auto conn = services.db.acquire();
  auto found = store::find_awards(*conn, q);
  if (!found.ok()) return found.error();
  if (found->empty() || !permits(actor, core::Action::kViewOrg, found->front().unit_path)) {
    return not_found(msg::kWhatAward);
  }
  return std::move(found->front());
}

core::Result<CampaignResults> public_results(const Services& services, int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto c = public_campaign(*conn, campaign_id);
  if (!c.ok()) return c.error();
  auto r = results_of(*conn, std::move(*c));
  if (!r.ok()) return r.error();
  if (r->decisions.empty()) return not_found(msg::kWhatAwardResults);
  return r;
}

core::Result<std::set<int64_t>> campaigns_with_public_results(const Services& services,
                                                              const std::vector<int64_t>& campaign_ids) {
  auto conn = services.db.acquire();
  return store::campaigns_with_decided_awards(*conn, campaign_ids);
}

core::Status require_results_reader(const core::Actor& actor, const std::string& path) {
  if (!permits(actor, core::Action::kTrackCampaigns, path) && !permits(actor, core::Action::kDraftDecisions, path) &&
      !permits(actor, core::Action::kApproveDecisions, path)) {
    return forbidden(msg::kActViewCampaignSummary);
  }
  return {};
}

core::Result<CampaignResults> campaign_results(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto c = visible_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  THIDUA_TRY(require_results_reader(actor, c->issuing_unit_path));
  return results_of(*conn, std::move(*c));
}

core::Result<std::vector<core::AwardCount>> campaign_award_counts(const Services& services, const core::Actor& actor,
                                                                  int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto c = visible_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  THIDUA_TRY(require_results_reader(actor, c->issuing_unit_path));
  return store::award_counts(*conn, campaign_id);
}

core::Result<int64_t> write_summary_xlsx(const CampaignResults& results, const std::string& path,
                                         const FairnessReport* fairness) {
  auto w = io::XlsxWriter::create(path, msg::kSummarySheet);
  if (!w.ok()) return w.error();
  THIDUA_TRY(w->header({"STT", msg::kSummaryColUnit, msg::kSummaryColAward, msg::kSummaryColLevel, msg::kSummaryColIndividuals, msg::kSummaryColCollectives, msg::kSummaryColTotal}));
  int64_t n = 0, individuals = 0, collectives = 0;
  for (const auto& c : results.counts) {
    THIDUA_TRY(w->row({std::to_string(++n), c.unit_name, c.award_name, c.granted_by, std::to_string(c.individuals),
                       std::to_string(c.collectives), std::to_string(c.individuals + c.collectives)}));
    individuals += c.individuals;
    collectives += c.collectives;
  }
  THIDUA_TRY(w->row({"", msg::kSummaryTotalRow, "", "", std::to_string(individuals), std::to_string(collectives),
                     std::to_string(individuals + collectives)}));
  if (fairness) THIDUA_TRY(write_fairness_sheet(*w, *fairness));
  THIDUA_TRY(w->close());
  return n;
}

core::Result<std::vector<core::AwardRecord>> decision_awards(const Services& services, const core::Actor& actor,
                                                              int64_t campaign_id, int64_t decision_id) {
  auto v = get_decision(services, actor, campaign_id, decision_id);
  if (!v.ok()) return v.error();
  if (v->decision.kind != core::DecisionKind::kDecision) {
    return core::make_error(core::errc::kConflict, msg::kCertificateNotForProposal, "kind");
  }
  if (v->decision.state != core::DecisionState::kApproved) {
    return core::make_error(core::errc::kConflict, msg::kCertificateOnlyApproved, "state");
  }
  store::AwardQuery q;
  q.decision_id = decision_id;
  q.limit = 1000000;
  auto conn = services.db.acquire();
  auto all = store::find_awards(*conn, q);
  if (!all.ok()) return all.error();
  std::sort(all->begin(), all->end(), [](const auto& x, const auto& y) { return x.id < y.id; });
  return std::move(*all);
}

const std::vector<ListColumn>& award_register_columns() {
  static const std::vector<ListColumn> cols = {
      {msg::kRegisterColSubject, "subject"},        {msg::kRegisterColName, "recipient_name"},
      {msg::kRegisterColUnitName, "unit_name"},     {msg::kRegisterColAward, "award_name"},
      {msg::kRegisterColYear, "year"},              {msg::kRegisterColDecision, "decision_number_symbol"},
      {msg::kRegisterColDecisionDate, "decision_date"}, {msg::kRegisterColAuthority, "granted_by"},
      {msg::kRegisterColLevel, "level"},            {msg::kRegisterColOccasion, "occasion"},
      {msg::kRegisterColSource, "source"}};
  return cols;
}

core::Result<int64_t> export_awards_xlsx(const Services& services, const core::Actor& actor, const AwardFilter& f,
                                         const std::string& path) {
  if (!permits_somewhere(actor, core::Action::kExportLists)) return forbidden(msg::kActExportRegister);
  auto conn = services.db.acquire();
  auto q = query_for(*conn, actor, f);
  if (!q.ok()) return q.error();
  auto writer = io::XlsxWriter::create(path, msg::kRegisterSheet);
  if (!writer.ok()) return writer.error();
  THIDUA_TRY(writer->header(headings_of(award_register_columns())));
  int64_t rows = 0;
  core::Status row_status;
  auto st = store::for_each_award(*conn, *q, [&](const core::AwardRecord& a) {
    if (!row_status.ok()) return;
    const char* subject = a.subject == "collective" ? msg::kRegisterSubjectCollective : msg::kRegisterSubjectIndividual;
    const std::string occasion = a.occasion == core::AwardOccasion::kAnnual ? std::string(msg::kRegisterOccasionAnnual)
                                                                             : a.campaign_title;
    row_status = writer->row({subject, a.recipient_name, a.unit_name, a.award_name, std::to_string(a.year),
                              a.decision_number_symbol, a.decision_date, a.granted_by,
                              a.level ? std::string(core::award_level_label(*a.level)) : std::string(), occasion,
                              a.source == core::AwardSource::kImported ? msg::kRegisterSourceImported
                                                                       : msg::kRegisterSourceIssued});
    ++rows;
  });
  if (!st.ok()) return st.error();
  if (!row_status.ok()) return row_status.error();
  THIDUA_TRY(writer->close());
  return rows;
}

}  // namespace thidua::app
