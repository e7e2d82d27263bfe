// Digital signatures of issued documents (Decree 30/2020, Appendix I;
// legal.md §5): the signing material of agencies and signers, kept in the
// server's data folder, and the signed PDF of an issued document (a decision
// or proposal, a plan, a council's minutes), made once and kept.
//
// Signing material lives under data_dir/keys (mode 0700, every file 0600,
// readable by the server user only; never logged, never served):
//   agency-<unit id>.identity, agency-<unit id>-seal.png         the agency (cơ quan) and its seal
//   agency-<unit id>.since                                        the day (ISO) it began signing electronically
//   signer-<user id>.identity, signer-<user id>-signature.png    a signer and their signature's image
//   demo-ca.identity, demo-ca.cer (DER, public)                  the demo's certificate authority
// An .identity file holds a PKCS#12 (key, certificate, chain) with its
// passphrase: the line "thidua-identity-1", the passphrase on the next line,
// then the PKCS#12 bytes. One file, replaced by one rename, so a signing
// never reads a passphrase with another identity's key.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/decision.h"
#include "core/issued_document.h"
#include "core/result.h"
#include "docs/document.h"
#include "docs/pdf_writer.h"
#include "docs/signing_identity.h"
#include "store/decisions.h"

namespace thidua::app {

// The files of one signing identity.
struct SigningFiles {
  std::string identity;  // the .identity file (see above)
  std::string image;     // PNG: the seal (agency) or the signature (signer)
  // An agency's: the first day it signed electronically (ISO, Vietnam), written
  // when its first identity is installed and kept across renewals; documents
  // dated before it were signed on paper and are never signed with it. ""
  // for a signer.
  std::string since;
};

std::string signing_keys_dir(const std::string& data_dir);
SigningFiles agency_signing_files(const std::string& data_dir, int64_t unit_id);
SigningFiles signer_signing_files(const std::string& data_dir, int64_t user_id);
// The demo authority's certificate (DER), for a reader's list of trusted roots.
std::string demo_ca_certificate_path(const std::string& data_dir);

// The identity in an .identity file (see above), checked valid now. A
// damaged file or an expired certificate is an error that names no secret.
core::Result<docs::SigningIdentity> load_signing_identity(const std::string& identity_path);

// True when both files of `files` are there.
bool has_signing_files(const SigningFiles& files);

// Installs a signing identity from the operator's files: reads the PKCS#12
// once, checks that it opens with the passphrase, that its certificate is
// valid now and that the image is a PNG, then writes the image and the
// .identity file (0600, each through a temporary file and a rename; the
// identity last), and, for an agency's first identity, `today` (ISO) as the
// day it began signing electronically. Validation errors name what is wrong;
// nothing is installed then. Returns what the certificate says.
struct InstalledIdentity {
  std::string common_name;
  std::string certificate_sha256;  // hex, of its DER
};
core::Result<InstalledIdentity> install_signing_files(const std::string& p12_path, const std::string& passphrase,
                                                      const std::string& image_path, const SigningFiles& to,
                                                      const std::string& today);

// What the demo signs with.
struct DemoSigning {
  int64_t agency_unit_id = 0;
  std::string agency_name;   // "Sở Tài nguyên và Môi trường"
  std::string seal_upper;    // "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" (the seal's top arc)
  std::string seal_lower;    // "TỈNH BẮC GIANG"
  std::string locality;      // "Bắc Giang"
  int64_t director_user_id = 0;
  std::string director_name;
  // The first day of the agency's name (ISO, from its header in force): it
  // signs electronically from then (its certificates are valid from the day
  // before); "" for two years back.
  std::string valid_from;
};

// At the demo's first run (no demo authority in the keys folder yet): a demo
// CA, the agency's and the director's certificates (RSA-2048, issued by it),
// their .identity files with random passphrases, the seal and signature
// images. Later runs keep what is there. Storage errors name no secret.
core::Status ensure_demo_signing(const std::string& data_dir, const DemoSigning& demo);

// One issued document to sign: what it is (the issued_documents key), how to
// draw it, who signs it and for which agency, and how the audit names it.
struct DocumentToSign {
  std::string subject;  // core::kIssuedDecision, ...
  int64_t subject_id = 0;
  std::string number_symbol;  // "05/QĐ-STNMT": on each attachment's mark
  int64_t agency_unit_id = 0;
  std::optional<int64_t> signer_user_id;
  std::string printed_signer;  // the name in the signature block: the signer's certificate must name them
  std::string location;        // /Location: the place line's place ("Bắc Giang")
  std::string issued_on;       // the document's date (ISO): no certificate valid only after it signs it
  std::string audit_action;    // "decision.sign"
  std::string audit_entity;    // "decision"
  std::function<docs::AdministrativeDocument()> build;  // called only when it is drawn now
  // Instead of `build`, for a document of another layout (a certificate):
  // draws it with the marks and says where they went, or draws it unsigned.
  std::function<core::Result<docs::MarkPlaces>(const docs::SignatureMarks&, const std::string& path)> draw_signed;
  std::function<core::Status(const std::string& path)> draw_unsigned;
};

// The signed file of `what` as stored: its row when it was signed before.
// Otherwise, when the agency and the signer both have signing material and
// the signer's certificate names the person printed in the signature block
// (names compared without case or diacritics), draws it with the visible
// marks, signs it as the signer (over the signature image), then as the
// agency (over the seal), then as the agency on each attachment's first page,
// and stores the file and its row in one transaction, audited with the
// file's SHA-256 (`actor` is who asked; null for a visitor of the public
// pages). One signing at a time in the process; a row stored meanwhile by
// another process wins (this one's file is not kept). nullopt without
// signing material, for another person's certificate, or when the document's
// date `issued_on` (ISO, Vietnam) is before the day the agency began signing
// electronically (SigningFiles::since): a decision of 2023 is never signed by
// the certificate the agency received in 2025, its original was signed by
// hand; a renewed certificate still signs what was issued since. The
// document is then issued unsigned. Errors: a damaged identity file, a certificate out of its
// validity period, an unreadable image, a storage failure.
core::Result<std::optional<core::IssuedDocument>> signed_document(const Services& services, const core::Actor* actor,
                                                                  const RequestMeta& meta, const DocumentToSign& what);

// Writes the issued document's PDF at `path`: the signed file when there is
// one (signed_document), else drawn unsigned (what.build). A signing that
// fails is logged (log_signing_failure) and the document is drawn unsigned:
// an office is never left without its document.
core::Status write_issued_pdf(const Services& services, const core::Actor* actor, const RequestMeta& meta,
                              const DocumentToSign& what, const std::string& path);

// The document to sign of decision `d` (approved; a draft or an unnumbered
// one has none): signed by the leader who approved it, for the issuing agency.
// Its `build` refers to the arguments, which must outlive it.
std::optional<DocumentToSign> decision_to_sign(const core::Campaign& plan, const core::DecisionRecord& d,
                                               const std::vector<core::NomineeRow>& list);

// Writes one JSON line to stderr for a signing that failed
// ({"event":"sign_failed","subject":"decision","subject_id":5,...}: the
// code and the detail, never key material).
void log_signing_failure(const std::string& subject, int64_t subject_id, const core::Error& error);

}  // namespace thidua::app
