#include "app/closing_reports.h"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/awards.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/closing_documents.h"
#include "app/decision_document.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "app/plan_issue.h"
#include "core/campaign_rules.h"
#include "core/issued_document.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/closing_documents.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "store/awards.h"
#include "store/campaign_reports.h"
#include "store/campaigns.h"
#include "store/document_registers.h"
#include "store/nominations.h"
#include "store/unit_progress.h"
#include "store/units.h"

namespace thidua::app {
namespace json = boost::json;
namespace msg = core::messages_vi;
using core::CampaignReportKind;

namespace {

// What the documents are drawn from, the results already read with the
// caller's rights.
struct Sources {
  core::Campaign campaign;
  std::string agency;  // the issuing unit's name
  Issuer issuer;  // on the document's date: who signs it, a draft's symbol ("SNNMT")
  CampaignResults results;
  std::vector<core::CampaignReport> reports;
  ClosingFigures figures;  // the summary's only
  std::string today;
};

core::Result<ClosingFigures> figures_of(store::Connection& conn, int64_t campaign_id) {
  ClosingFigures f;
  auto units = store::campaign_progress(conn, campaign_id);
  if (!units.ok()) return units.error();
  f.progress = core::totals_of(*units);
  store::NominationQuery q;
  q.campaign_id = campaign_id;
  auto counts = store::count_nominations_by_state(conn, q);
  if (!counts.ok()) return counts.error();
  for (const auto& [state, n] : *counts) {
    f.nominations += n;
    using S = core::NominationState;
    if (state == S::kPassed || state == S::kDecided || state == S::kProposed || state == S::kGranted ||
        state == S::kRefused) {
      f.passed += n;
    }
  }
  return f;
}

// The inputs fixed at issue (campaign_reports.content), as JSON.
std::string content_of(const std::string& agency, const std::vector<int64_t>& decisions,
                       const std::optional<ClosingFigures>& f) {
  json::array ids;
  for (int64_t id : decisions) ids.push_back(id);
  json::object o{{"agency", agency}, {"decisions", ids}};
  if (f) {
    o["figures"] = json::object{{"units", f->progress.units},
                                {"plans_submitted", f->progress.plans_submitted},
                                {"people", f->progress.figures.people},
                                {"registered", f->progress.figures.registered},
                                {"targets", f->progress.figures.targets},
                                {"percent_sum", f->progress.figures.percent_sum},
                                {"nominations", f->nominations},
                                {"passed", f->passed}};
  }
  return json::serialize(o);
}

int64_t int_of(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : 0;
}

// Draws an issued document from what was fixed at its issue: its agency's
// name, only the decisions it listed (in their order), the figures of then.
// A row written before content was kept ("{}") is drawn from live data.
void apply_content(const core::CampaignReport& r, Sources& s) {
  std::error_code ec;
  const json::value v = json::parse(r.content, ec);
  if (ec || !v.is_object()) return;
  const json::object& o = v.as_object();
  if (const json::value* a = o.if_contains("agency"); a && a->is_string()) s.agency = std::string(a->as_string());
  if (const json::value* d = o.if_contains("decisions"); d && d->is_array()) {
    std::set<int64_t> listed;
    for (const auto& id : d->as_array()) {
      if (id.is_int64()) listed.insert(id.as_int64());
    }
    std::erase_if(s.results.decisions, [&](const DecisionResult& dr) { return !listed.count(dr.decision.id); });
  }
  if (const json::value* f = o.if_contains("figures"); f && f->is_object()) {
    const json::object& g = f->as_object();
    s.figures.progress.units = int_of(g, "units");
    s.figures.progress.plans_submitted = int_of(g, "plans_submitted");
    s.figures.progress.figures.people = int_of(g, "people");
    s.figures.progress.figures.registered = int_of(g, "registered");
    s.figures.progress.figures.targets = int_of(g, "targets");
    s.figures.progress.figures.percent_sum = int_of(g, "percent_sum");
    s.figures.nominations = int_of(g, "nominations");
    s.figures.passed = int_of(g, "passed");
  }
}

core::Result<Sources> load(const Services& services, CampaignResults results, CampaignReportKind kind) {
  Sources s;
  s.results = std::move(results);
  s.today = vietnam_date(services.clock.now());
  auto conn = services.db.acquire();
  auto c = store::find_campaign(*conn, s.results.campaign.id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatCampaign);
  s.campaign = std::move(**c);
  auto reports = store::campaign_reports(*conn, s.campaign.id);
  if (!reports.ok()) return reports.error();
  s.reports = std::move(*reports);
  // The header in force on the document's date: its issue, or today for a draft.
  std::string dated = s.today;
  for (const auto& r : s.reports) {
    if (r.kind == kind) dated = r.issue_date;
  }
  THIDUA_TRY(use_header_on(*conn, s.campaign, dated));
  auto issuer = issuer_on(*conn, s.campaign, dated);
  if (!issuer.ok()) return issuer.error();
  s.issuer = *issuer;
  // A draft names the agency issuing it (an issued one the name fixed then).
  auto unit = store::find_unit(*conn, s.issuer.unit_id);
  if (!unit.ok()) return unit.error();
  s.agency = unit->has_value() ? (*unit)->name : s.campaign.issuing_body;
  // An issued summary's figures are those fixed at its issue (apply_content):
  // the live ones are counted only for a draft.
  const bool issued = std::any_of(s.reports.begin(), s.reports.end(), [&](const auto& r) { return r.kind == kind; });
  if (kind == CampaignReportKind::kSummary && !issued) {
    auto f = figures_of(*conn, s.campaign.id);
    if (!f.ok()) return f.error();
    s.figures = *f;
  }
  for (const auto& r : s.reports) {
    if (r.kind == kind) apply_content(r, s);
  }
  return s;
}

std::optional<core::CampaignReport> report_of(const Sources& s, CampaignReportKind kind) {
  for (const auto& r : s.reports) {
    if (r.kind == kind) return r;
  }
  return std::nullopt;
}

docs::AdministrativeDocument document_of(const Sources& s, CampaignReportKind kind) {
  const auto issued = report_of(s, kind);
  return kind == CampaignReportKind::kResults
             ? results_notice(s.campaign, s.agency, s.issuer.symbol, s.results, issued, s.today)
             : summary_report(s.campaign, s.agency, s.issuer.symbol, s.results, s.figures, issued, s.today);
}

// The issued document to sign; nullopt while not issued. Refers to `s`.
core::Result<std::optional<DocumentToSign>> to_sign(const Services& services, const Sources& s,
                                                    CampaignReportKind kind) {
  const auto issued = report_of(s, kind);
  if (!issued) return std::optional<DocumentToSign>();
  DocumentToSign what;
  const bool results = kind == CampaignReportKind::kResults;
  what.subject = results ? core::kIssuedResultsNotice : core::kIssuedSummaryReport;
  what.subject_id = s.campaign.id;
  what.number_symbol = document_number_symbol(issued->number, issued->doc_symbol);
  what.agency_unit_id = s.issuer.unit_id;
  // The plan's signer: the leader who approved it; for a plan stored as is
  // (no approval recorded), the leader who approved the latest decision.
  auto approver = plan_approver(services, s.campaign.id);
  if (!approver.ok()) return approver.error();
  what.signer_user_id = *approver;
  if (!what.signer_user_id) {
    std::string latest;
    for (const auto& dr : s.results.decisions) {
      if (dr.decision.approved_by && dr.decision.approved_at && *dr.decision.approved_at > latest) {
        latest = *dr.decision.approved_at;
        what.signer_user_id = dr.decision.approved_by;
      }
    }
  }
  what.printed_signer = s.campaign.signer.name;
  what.location = s.campaign.place;
  what.issued_on = issued->issue_date;
  what.audit_action = results ? "campaign.sign_results" : "campaign.sign_summary";
  what.audit_entity = "campaign";
  what.build = [&s, kind] { return document_of(s, kind); };
  return std::optional<DocumentToSign>(std::move(what));
}

core::Status write(const Services& services, const core::Actor* actor, const RequestMeta& meta, const Sources& s,
                   CampaignReportKind kind, const std::string& format, const std::string& path) {
  if (format == "docx") return docs::write_docx(document_of(s, kind), path);
  auto what = to_sign(services, s, kind);
  if (!what.ok()) return what.error();
  if (!what->has_value()) return docs::write_pdf(document_of(s, kind), path);
  return write_issued_pdf(services, actor, meta, **what, path);
}

}  // namespace

core::Status write_closing_document(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                                    int64_t campaign_id, CampaignReportKind kind, const std::string& format,
                                    const std::string& path) {
  auto results = campaign_results(services, actor, campaign_id);
  if (!results.ok()) return results.error();
  if (kind == CampaignReportKind::kResults && results->decisions.empty()) {
    return core::make_error(core::errc::kConflict, msg::kClosingNoResults);
  }
  auto s = load(services, std::move(*results), kind);
  if (!s.ok()) return s.error();
  return write(services, &actor, meta, *s, kind, format, path);
}

core::Status write_public_results_notice(const Services& services, const RequestMeta& meta, int64_t campaign_id,
                                         const std::string& path) {
  auto results = public_results(services, campaign_id);
  if (!results.ok()) return results.error();
  auto s = load(services, std::move(*results), CampaignReportKind::kResults);
  if (!s.ok()) return s.error();
  if (!report_of(*s, CampaignReportKind::kResults)) return not_found(msg::kWhatClosingDocument);
  return write(services, nullptr, meta, *s, CampaignReportKind::kResults, "pdf", path);
}

core::Result<std::vector<core::CampaignReport>> list_closing_documents(const Services& services,
                                                                     const core::Actor& actor, int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto c = visible_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  THIDUA_TRY(require_results_reader(actor, c->issuing_unit_path));
  return store::campaign_reports(*conn, campaign_id);
}

core::Result<std::vector<core::CampaignReport>> issued_closing_documents(const Services& services,
                                                                       int64_t campaign_id) {
  auto conn = services.db.acquire();
  return store::campaign_reports(*conn, campaign_id);
}

namespace {

// Issues, inside the caller's transaction, the closing documents of `c` not
// issued yet: the summary, and the results notice when an award was given.
// Returns how many were issued.
core::Result<int> issue_pending(store::Connection& conn, const Services& services, const core::Actor& actor,
                                const RequestMeta& meta, const core::Campaign& c, const std::string& today,
                                const std::string& now) {
  auto reports = store::campaign_reports(conn, c.id);
  if (!reports.ok()) return reports.error();
  auto issued = [&](CampaignReportKind kind) {
    return std::any_of(reports->begin(), reports->end(), [&](const auto& r) { return r.kind == kind; });
  };
  auto decisions = store::decisions_with_awards(conn, c.id);
  if (!decisions.ok()) return decisions.error();
  std::vector<CampaignReportKind> kinds;
  if (!decisions->empty() && !issued(CampaignReportKind::kResults)) kinds.push_back(CampaignReportKind::kResults);
  if (!issued(CampaignReportKind::kSummary)) kinds.push_back(CampaignReportKind::kSummary);
  if (kinds.empty()) return 0;
  // Issued by the agency issuing in the plan's name today (the merged one
  // after a merger), numbered in its registers, under its abbreviation.
  auto issuer = issuer_on(conn, c, today);
  if (!issuer.ok()) return issuer.error();
  auto unit = store::find_unit(conn, issuer->unit_id);
  if (!unit.ok()) return unit.error();
  const std::string agency = unit->has_value() ? (*unit)->name : c.issuing_body;
  const int year = std::stoi(today.substr(0, 4));
  for (CampaignReportKind kind : kinds) {
    std::optional<ClosingFigures> figures;
    if (kind == CampaignReportKind::kSummary) {
      auto f = figures_of(conn, c.id);
      if (!f.ok()) return f.error();
      figures = *f;
    }
    core::CampaignReport r;
    r.campaign_id = c.id;
    r.kind = kind;
    r.doc_symbol = closing_symbol(kind, issuer->symbol);
    auto number = store::take_document_number(conn, issuer->unit_id,
                                              std::string(core::campaign_report_doc_type(kind)), year);
    if (!number.ok()) return number.error();
    r.number = *number;
    r.issue_date = today;
    r.issued_by = acting_user(actor);
    r.issued_at = now;
    r.content = content_of(agency, *decisions, figures);
    auto id = store::insert_campaign_report(conn, r);
    if (!id.ok()) return id.error();
    const std::string action =
        kind == CampaignReportKind::kResults ? "campaign.issue_results" : "campaign.issue_summary";
    THIDUA_TRY(record_audit(conn, services, &actor, meta,
                            {action, "campaign", std::to_string(c.id), std::nullopt,
                             json::value(json::object{{"number_symbol", document_number_symbol(r.number, r.doc_symbol)},
                                                      {"issue_date", r.issue_date},
                                                      {"decisions", static_cast<int64_t>(decisions->size())}})}));
  }
  return static_cast<int>(kinds.size());
}

}  // namespace

core::Status issue_closing_documents(store::Connection& conn, const Services& services, const core::Actor& actor,
                                     const RequestMeta& meta, const core::Campaign& c, const std::string& today,
                                     const std::string& now) {
  auto n = issue_pending(conn, services, actor, meta, c, today, now);
  if (!n.ok()) return n.error();
  return {};
}

core::Result<int> issue_pending_closing_documents(const Services& services, const core::Actor& actor,
                                                  const RequestMeta& meta, int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  if (!core::may_move_campaign(actor, core::CampaignState::kFinalised, summary->issuing_unit_path)) {
    return forbidden(msg::kActIssueClosing);
  }
  const std::string today = vietnam_date(services.clock.now());
  const std::string now = iso_instant(services.clock.now());
  auto n = store::in_transaction<int>(*conn, [&]() -> core::Result<int> {
    auto c = store::find_campaign(*conn, campaign_id);
    if (!c.ok()) return c.error();
    if (!c->has_value()) return not_found(msg::kWhatCampaign);
    if ((*c)->state != core::CampaignState::kFinalised) {
      return core::make_error(core::errc::kConflict, msg::kClosingOnlyFinalised, "state");
    }
    return issue_pending(*conn, services, actor, meta, **c, today, now);
  });
  if (!n.ok()) return n;
  if (*n > 0) sign_closing_documents(services, actor, meta, campaign_id);
  return n;
}

void sign_closing_documents(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                            int64_t campaign_id) {
  auto results = campaign_results(services, actor, campaign_id);
  for (CampaignReportKind kind : {CampaignReportKind::kResults, CampaignReportKind::kSummary}) {
    const char* subject = kind == CampaignReportKind::kResults ? core::kIssuedResultsNotice : core::kIssuedSummaryReport;
    if (!results.ok()) {
      log_signing_failure(subject, campaign_id, results.error());
      continue;
    }
    auto s = load(services, *results, kind);
    if (!s.ok()) {
      log_signing_failure(subject, campaign_id, s.error());
      continue;
    }
    auto what = to_sign(services, *s, kind);
    if (!what.ok()) {
      log_signing_failure(subject, campaign_id, what.error());
      continue;
    }
    if (!what->has_value()) continue;  // not issued (no results notice without awards)
    auto signed_doc = signed_document(services, &actor, meta, **what);
    if (!signed_doc.ok()) log_signing_failure(subject, campaign_id, signed_doc.error());
  }
}

}  // namespace thidua::app
