#include "app/plan_issue.h"

#include "app/decision_document.h"
#include "app/document_signing.h"
#include "app/plan_document.h"
#include "docs/pdf_writer.h"

namespace thidua::app {

namespace {

// The plan as a document to sign: the leader who last approved it (the
// campaign's events) signs for the issuing agency; nullopt while unpublished.
core::Result<std::optional<DocumentToSign>> plan_to_sign(const Services& services, const core::Campaign& plan) {
  if (!plan.number || !plan.issue_date) return std::optional<DocumentToSign>();
  DocumentToSign what;
  what.subject = core::kIssuedPlan;
  what.subject_id = plan.id;
  what.number_symbol = document_number_symbol(*plan.number, plan.doc_symbol);
  what.agency_unit_id = plan.issuing_unit_id;
  auto approver = plan_approver(services, plan.id);
  if (!approver.ok()) return approver.error();
  what.signer_user_id = *approver;
  what.printed_signer = plan.signer.name;
  what.location = plan.place;
  what.issued_on = *plan.issue_date;
  what.audit_action = "campaign.sign";
  what.audit_entity = "campaign";
  what.build = [&plan] { return plan_document(plan); };
  return std::optional<DocumentToSign>(std::move(what));
}

}  // namespace

core::Result<std::optional<int64_t>> plan_approver(const Services& services, int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto rows = conn->query(
      "SELECT actor_user_id FROM campaign_events WHERE campaign_id = ? AND to_state = 'approved' "
      "ORDER BY id DESC LIMIT 1",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<int64_t>();
  return (*rows)[0].opt_i64(0);
}

core::Result<std::optional<core::IssuedDocument>> signed_plan_pdf(const Services& services, const core::Actor* actor,
                                                                 const RequestMeta& meta, const core::Campaign& plan) {
  auto what = plan_to_sign(services, plan);
  if (!what.ok()) return what.error();
  if (!what->has_value()) return std::optional<core::IssuedDocument>();
  return signed_document(services, actor, meta, **what);
}

core::Status write_plan_pdf(const Services& services, const core::Actor* actor, const RequestMeta& meta,
                            const core::Campaign& plan, const std::string& path) {
  auto what = plan_to_sign(services, plan);
  if (!what.ok()) return what.error();
  if (!what->has_value()) return docs::write_pdf(plan_document(plan), path);
  return write_issued_pdf(services, actor, meta, **what, path);
}

}  // namespace thidua::app
