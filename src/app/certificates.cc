#include "app/certificates.h"

#include "app/access.h"
#include "app/awards.h"
#include "app/certificate_blanks.h"
#include "app/decision_document.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "core/document_lines.h"
#include "core/document_phrases.h"
#include "core/messages_vi/awards.h"
#include "store/campaigns.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

struct Sources {
  core::Campaign campaign;
  core::DecisionRecord decision;
};

core::Result<Sources> sources(const Services& services, int64_t campaign_id, int64_t decision_id) {
  auto conn = services.db.acquire();
  auto c = store::find_campaign(*conn, campaign_id);
  if (!c.ok()) return c.error();
  auto d = store::find_decision(*conn, campaign_id, decision_id);
  if (!d.ok()) return d.error();
  if (!c->has_value() || !d->has_value()) return not_found(msg::kWhatDecision);
  Sources s{std::move(**c), std::move(**d)};
  // Certificates carry the names in force on the decision's date.
  if (s.decision.issue_date) THIDUA_TRY(use_header_on(*conn, s.campaign, *s.decision.issue_date));
  return s;
}

std::string upper_award(const std::string& name) {
  // The award names in use, in capitals (Vietnamese capitals are not ASCII).
  if (name == msg::kAwardNameCertificate) return msg::kAwardNameCertificateCaps;
  if (name == msg::kAwardNameMerit) return msg::kAwardNameMeritCaps;
  return name;
}

}  // namespace

docs::Certificate certificate_for(const core::Campaign& c, const core::DecisionRecord& d,
                                  const core::AwardRecord& a) {
  docs::Certificate out;
  out.nation = msg::kNation;
  out.motto = msg::kMotto;
  std::string authority = d.signer_authority;
  if (authority.rfind("KT. ", 0) == 0) authority = authority.substr(4);
  out.granter = authority + " " + c.issuing_body;
  out.verb = msg::kCertificateVerb;
  out.award = upper_award(a.award_name);
  out.recipient = a.recipient_name;
  out.detail = a.subject == "collective" ? std::string() : a.unit_name;
  out.reason = msg::certificate_reason(core::campaign_in_sentence(c.title),
                                       c.number ? document_number_symbol(*c.number, c.doc_symbol) : std::string());
  out.left_lines = {msg::certificate_decision_line(a.decision_number_symbol,
                                                   core::vietnamese_date_text(a.decision_date)),
                    msg::certificate_number_line(a.certificate_number)};

  out.place_date = c.place + ", " + core::vietnamese_date_text(a.decision_date);
  out.authority_lines = {d.signer_authority};
  if (!d.signer_position.empty()) out.authority_lines.push_back(d.signer_position);
  out.signer_name = d.signer_name;
  return out;
}

core::Status write_award_certificate(const Services& services, const core::Actor& actor, int64_t award_id,
                                     const std::string& path, const RequestMeta& meta) {
  auto a = get_award(services, actor, award_id);
  if (!a.ok()) return a.error();
  if (a->certificate_number.empty() || !a->campaign_id || !a->decision_id) {
    return core::make_error(core::errc::kConflict,
                            msg::kCertificateByHigherLevel, "");
  }
  auto src = sources(services, *a->campaign_id, *a->decision_id);
  if (!src.ok()) return src.error();
  const docs::Certificate certificate = certificate_for(src->campaign, src->decision, *a);
  if (src->decision.state != core::DecisionState::kApproved) return docs::write_certificates_pdf({certificate}, path);
  DocumentToSign what;
  what.subject = core::kIssuedCertificate;
  what.subject_id = a->id;
  what.number_symbol = a->certificate_number;
  what.agency_unit_id = src->decision.issuing_unit_id;
  what.signer_user_id = src->decision.approved_by;
  what.printed_signer = src->decision.signer_name;
  what.location = src->campaign.place;
  what.issued_on = src->decision.issue_date.value_or("");
  what.audit_action = "award.certificate_sign";
  what.audit_entity = "award";
  what.draw_signed = [&certificate](const docs::SignatureMarks& marks, const std::string& p) {
    return docs::write_signed_certificate_pdf(certificate, marks, p);
  };
  what.draw_unsigned = [&certificate](const std::string& p) { return docs::write_certificates_pdf({certificate}, p); };
  return write_issued_pdf(services, &actor, meta, what, path);
}

core::Status write_decision_certificates(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int64_t decision_id, const std::string& path) {
  auto awards = decision_awards(services, actor, campaign_id, decision_id);
  if (!awards.ok()) return awards.error();
  auto src = sources(services, campaign_id, decision_id);
  if (!src.ok()) return src.error();
  std::vector<docs::Certificate> pages;
  pages.reserve(awards->size());
  for (const auto& a : *awards) pages.push_back(certificate_for(src->campaign, src->decision, a));
  return docs::write_certificates_pdf(pages, path);
}

docs::BlankTexts blank_texts_of(const docs::Certificate& c) {
  docs::BlankTexts t;
  auto at = [&](core::BlankField f) -> std::string& { return t[static_cast<size_t>(f)]; };
  at(core::BlankField::kRecipient) = c.recipient;
  at(core::BlankField::kDetail) = c.detail;
  at(core::BlankField::kReason) = c.reason;
  for (const auto& line : c.left_lines) {
    std::string& decision = at(core::BlankField::kDecision);
    decision += (decision.empty() ? "" : "\n") + line;
  }
  at(core::BlankField::kDate) = c.place_date;
  at(core::BlankField::kSigner) = c.signer_name;
  return t;
}

core::Status write_decision_certificates_on_blank(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, int64_t decision_id, int64_t blank_id,
                                                  const std::string& path) {
  auto blank = get_blank(services, actor, blank_id);
  if (!blank.ok()) return blank.error();
  auto awards = decision_awards(services, actor, campaign_id, decision_id);
  if (!awards.ok()) return awards.error();
  auto src = sources(services, campaign_id, decision_id);
  if (!src.ok()) return src.error();
  std::vector<docs::BlankTexts> pages;
  pages.reserve(awards->size());
  for (const auto& a : *awards) pages.push_back(blank_texts_of(certificate_for(src->campaign, src->decision, a)));
  return docs::write_blank_certificates_pdf(blank->layout, pages, path);
}

}  // namespace thidua::app
