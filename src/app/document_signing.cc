#include "app/document_signing.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>

#include "app/audit.h"
#include "app/clock.h"
#include "app/crypto.h"
#include "app/decision_document.h"
#include "core/messages_vi/signing.h"
#include "core/names.h"
#include "docs/demo_marks.h"
#include "docs/pdf_signature.h"
#include "docs/pdf_writer.h"
#include "docs/signing_identity.h"
#include "store/db.h"
#include "store/file_store.h"
#include "store/issued_documents.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kIdentityHeader = "thidua-identity-1\n";

// Writes `bytes` at `path` with mode 0600 (a temporary file, then a rename).
core::Status write_private(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".part";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  ::fchmod(fd, 0600);
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  const bool ok = done == bytes.size() && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (!ok) {
    fs::remove(tmp, ec);
    return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  }
  fs::rename(tmp, path, ec);
  if (ec) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  return {};
}

core::Status make_keys_dir(const std::string& data_dir) {
  const std::string dir = signing_keys_dir(data_dir);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || ::chmod(dir.c_str(), 0700) != 0) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  return {};
}

core::Result<std::string> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::make_error(core::errc::kStorage, msg::kSigningFileUnreadable);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

core::Status write_identity(const std::string& path, const std::string& passphrase, std::string_view p12) {
  std::string bytes(kIdentityHeader);
  bytes += passphrase;
  bytes += '\n';
  bytes.append(p12);
  return write_private(path, bytes);
}

// A new identity saved at `path` with a random passphrase.
core::Status save_identity(const docs::SigningIdentity& id, const std::string& path) {
  const std::string passphrase = random_token(24);
  auto p12 = docs::pkcs12_bytes(id, passphrase);
  if (!p12.ok()) return p12.error();
  return write_identity(path, passphrase, *p12);
}

core::Result<docs::SigningIdentity> load_identity(const std::string& path) {
  auto bytes = read_bytes(path);
  if (!bytes.ok()) return bytes.error();
  const size_t eol = bytes->find('\n', kIdentityHeader.size());
  if (bytes->compare(0, kIdentityHeader.size(), kIdentityHeader) != 0 || eol == std::string::npos) {
    return core::make_error(core::errc::kStorage, msg::kSigningIdentityFileInvalid);
  }
  const std::string passphrase = bytes->substr(kIdentityHeader.size(), eol - kIdentityHeader.size());
  auto id = docs::load_pkcs12_bytes(std::string_view(*bytes).substr(eol + 1), passphrase);
  if (!id.ok()) return core::make_error(core::errc::kStorage, msg::kSigningIdentityFileInvalid);
  THIDUA_TRY(docs::check_valid_now(*id));
  return id;
}

bool is_png(std::string_view bytes) { return bytes.size() > 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0; }

// The instant in Vietnam time, ISO 8601 to the second with the zone,
// "2026-11-24T16:12:07+07:00": what the marks show and /M claims.
std::string vietnam_time_iso(std::chrono::system_clock::time_point t) {
  return iso_instant(t + std::chrono::hours(7)).substr(0, 19) + "+07:00";
}

boost::json::object audit_view(const core::IssuedDocument& d) {
  boost::json::object o;
  o["sha256"] = d.sha256;
  o["size"] = d.size;
  o["signed_at"] = d.signed_at;
  if (d.signer_user_id) o["signer_user_id"] = *d.signer_user_id;
  o["agency_unit_id"] = d.agency_unit_id;
  o["signer_cert_sha256"] = d.signer_cert_sha256;
  o["agency_cert_sha256"] = d.agency_cert_sha256;
  return o;
}

// One signing at a time in the process: a second request for the same
// document finds the first one's row instead of signing again.
std::mutex& signing_mutex() {
  static std::mutex m;
  return m;
}

core::Status copy_stored(const Services& services, const core::IssuedDocument& d, const std::string& path) {
  std::error_code ec;
  fs::copy_file(store::stored_file_path(services.data_dir, d.sha256), path, fs::copy_options::overwrite_existing, ec);
  if (ec) return core::make_error(core::errc::kStorage, msg::kSigningFailed);
  return {};
}

}  // namespace

void log_signing_failure(const std::string& subject, int64_t subject_id, const core::Error& error) {
  boost::json::object line;
  line["event"] = "sign_failed";
  line["subject"] = subject;
  line["subject_id"] = subject_id;
  line["code"] = error.code;
  line["detail"] = error.detail.empty() ? error.message : error.detail;
  std::fprintf(stderr, "%s\n", boost::json::serialize(line).c_str());
}

core::Result<docs::SigningIdentity> load_signing_identity(const std::string& identity_path) {
  return load_identity(identity_path);
}

std::string signing_keys_dir(const std::string& data_dir) { return (fs::path(data_dir) / "keys").string(); }

SigningFiles agency_signing_files(const std::string& data_dir, int64_t unit_id) {
  const std::string stem = (fs::path(signing_keys_dir(data_dir)) / ("agency-" + std::to_string(unit_id))).string();
  return {stem + ".identity", stem + "-seal.png", stem + ".since"};
}

SigningFiles signer_signing_files(const std::string& data_dir, int64_t user_id) {
  const std::string stem = (fs::path(signing_keys_dir(data_dir)) / ("signer-" + std::to_string(user_id))).string();
  return {stem + ".identity", stem + "-signature.png", ""};
}

std::string demo_ca_certificate_path(const std::string& data_dir) {
  return (fs::path(signing_keys_dir(data_dir)) / "demo-ca.cer").string();
}

namespace {

// Writes `day` as the first day of electronic signing unless one is kept.
core::Status record_signing_since(const SigningFiles& files, const std::string& day) {
  std::error_code ec;
  if (files.since.empty() || day.empty() || fs::exists(files.since, ec)) return {};
  return write_private(files.since, day + "\n");
}

// The first day of electronic signing kept for `files`; "" when none.
std::string signing_since(const SigningFiles& files) {
  if (files.since.empty()) return "";
  auto bytes = read_bytes(files.since);
  if (!bytes.ok() || bytes->size() < 10) return "";
  return bytes->substr(0, 10);
}

}  // namespace

bool has_signing_files(const SigningFiles& files) {
  std::error_code ec;
  return fs::is_regular_file(files.identity, ec) && fs::is_regular_file(files.image, ec);
}

core::Result<InstalledIdentity> install_signing_files(const std::string& p12_path, const std::string& passphrase,
                                                      const std::string& image_path, const SigningFiles& to,
                                                      const std::string& today) {
  auto p12 = read_bytes(p12_path);
  if (!p12.ok()) return p12.error();
  auto id = docs::load_pkcs12_bytes(*p12, passphrase);
  if (!id.ok()) return id.error();
  THIDUA_TRY(docs::check_valid_now(*id));
  auto image = read_bytes(image_path);
  if (!image.ok() || !is_png(*image)) {
    return core::make_error(core::errc::kValidation, msg::kSigningImageUnreadable, "image");
  }
  THIDUA_TRY(make_keys_dir(fs::path(to.identity).parent_path().parent_path().string()));
  THIDUA_TRY(write_private(to.image, *image));
  THIDUA_TRY(write_identity(to.identity, passphrase, *p12));
  THIDUA_TRY(record_signing_since(to, today));
  return InstalledIdentity{id->common_name(), sha256_hex(id->certificate_der())};
}

namespace {
constexpr int kDemoBackdatedDays = 2 * 365;

// When the demo's agency begins signing electronically: the first day of its
// name (`valid_from`, ISO), else two years before today; its certificates
// begin the day before (certificates are dated by the real clock, in UTC).
struct DemoStart {
  std::string since;  // ISO
  int backdated_days = 0;
};
DemoStart demo_start(const std::string& valid_from) {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::sys_days first = today - std::chrono::days(kDemoBackdatedDays);
  if (valid_from.size() == 10) {
    const std::chrono::year_month_day day{std::chrono::year{std::stoi(valid_from.substr(0, 4))},
                                          std::chrono::month{static_cast<unsigned>(std::stoi(valid_from.substr(5, 2)))},
                                          std::chrono::day{static_cast<unsigned>(std::stoi(valid_from.substr(8, 2)))}};
    if (day.ok()) first = std::min(std::chrono::sys_days{day}, std::chrono::sys_days{today});
  }
  return {iso_date(first), static_cast<int>((today - first).count()) + 1};
}
}  // namespace

core::Status ensure_demo_signing(const std::string& data_dir, const DemoSigning& demo) {
  const std::string ca_identity = (fs::path(signing_keys_dir(data_dir)) / "demo-ca.identity").string();
  std::error_code ec;
  if (fs::exists(ca_identity, ec)) return {};
  THIDUA_TRY(make_keys_dir(data_dir));
  // Signing from the first day of the agency's name: the demo's finished
  // campaign issued its documents last year, signed at their dates
  // (app/demo_activity.h); the seed campaign's of 2023 stay unsigned.
  const DemoStart start = demo_start(demo.valid_from);
  const int backdated = start.backdated_days;
  auto ca = docs::new_certificate_authority({msg::kDemoCaName, "thidua", demo.locality, 3650, backdated});
  if (!ca.ok()) return ca.error();
  const SigningFiles agency = agency_signing_files(data_dir, demo.agency_unit_id);
  const SigningFiles director = signer_signing_files(data_dir, demo.director_user_id);
  auto agency_id =
      docs::issue_signing_identity(*ca, {demo.agency_name, demo.agency_name, demo.locality, 1825, backdated});
  if (!agency_id.ok()) return agency_id.error();
  auto director_id =
      docs::issue_signing_identity(*ca, {demo.director_name, demo.agency_name, demo.locality, 1825, backdated});
  if (!director_id.ok()) return director_id.error();
  const std::string seal_tmp = agency.image + ".draw", signature_tmp = director.image + ".draw";
  THIDUA_TRY(docs::write_demo_seal_png(seal_tmp, demo.seal_upper, demo.seal_lower));
  THIDUA_TRY(docs::write_demo_signature_png(signature_tmp, demo.director_name));
  for (const auto& [drawn, final_path] : {std::pair{seal_tmp, agency.image}, std::pair{signature_tmp, director.image}}) {
    auto bytes = read_bytes(drawn);
    fs::remove(drawn, ec);
    if (!bytes.ok()) return bytes.error();
    THIDUA_TRY(write_private(final_path, *bytes));
  }
  THIDUA_TRY(save_identity(*agency_id, agency.identity));
  THIDUA_TRY(save_identity(*director_id, director.identity));
  THIDUA_TRY(record_signing_since(agency, start.since));
  THIDUA_TRY(write_private(demo_ca_certificate_path(data_dir), ca->certificate_der()));
  // The authority last: its presence says the demo's material is complete.
  return save_identity(*ca, ca_identity);
}

core::Result<std::optional<core::IssuedDocument>> signed_document(const Services& services, const core::Actor* actor,
                                                                  const RequestMeta& meta, const DocumentToSign& what) {
  using Found = std::optional<core::IssuedDocument>;
  auto find = [&]() -> core::Result<Found> {
    auto conn = services.db.acquire();
    return store::find_issued_document(*conn, what.subject, what.subject_id);
  };
  {
    auto found = find();
    if (!found.ok() || found->has_value()) return found;
  }
  if (!what.signer_user_id) return Found();
  const SigningFiles agency_files = agency_signing_files(services.data_dir, what.agency_unit_id);
  const SigningFiles signer_files = signer_signing_files(services.data_dir, *what.signer_user_id);
  if (!has_signing_files(agency_files) || !has_signing_files(signer_files)) return Found();

  std::lock_guard<std::mutex> one_at_a_time(signing_mutex());
  {
    auto found = find();  // signed while this request waited
    if (!found.ok() || found->has_value()) return found;
  }
  auto agency = load_identity(agency_files.identity);
  if (!agency.ok()) return agency.error();
  auto signer = load_identity(signer_files.identity);
  if (!signer.ok()) return signer.error();
  // A certificate of someone else than the person printed as the signer
  // never signs (a deputy who approved in the director's name).
  if (core::fold(signer->common_name()) != core::fold(what.printed_signer)) return Found();
  // Nor a document of a day before the agency signed electronically.
  if (const std::string since = signing_since(agency_files); !what.issued_on.empty() && what.issued_on < since) {
    return Found();
  }

  docs::SignatureMarks marks;
  marks.signature_png = signer_files.image;
  marks.seal_png = agency_files.image;
  marks.agency_name = agency->common_name();
  marks.signing_time = vietnam_time_iso(services.clock.now());
  marks.number_symbol = what.number_symbol;

  const fs::path scratch = fs::path(services.data_dir) / "exports" / ("ky-" + random_token(12) + ".pdf");
  std::error_code ec;
  fs::create_directories(scratch.parent_path(), ec);
  auto places = what.draw_signed ? what.draw_signed(marks, scratch.string())
                                 : docs::write_signed_pdf(what.build(), marks, scratch.string());
  auto drawn = places.ok() ? read_bytes(scratch.string()) : core::Result<std::string>(places.error());
  fs::remove(scratch, ec);
  if (!drawn.ok()) return drawn.error();

  docs::SignatureRequest by_signer{places->signature_page, places->signature, "ChuKyNguoiKy", signer->common_name(),
                                   msg::kSignReasonIssue, what.location, marks.signing_time};
  auto pdf = docs::sign_pdf(*drawn, by_signer, *signer);
  if (!pdf.ok()) return pdf.error();
  docs::SignatureRequest by_agency{places->signature_page, places->seal, "ChuKyCoQuan", agency->common_name(),
                                   msg::kSignReasonSeal, what.location, marks.signing_time};
  pdf = docs::sign_pdf(*pdf, by_agency, *agency);
  if (!pdf.ok()) return pdf.error();
  for (size_t i = 0; i < places->attachments.size(); ++i) {
    docs::SignatureRequest on_list{places->attachments[i].first, places->attachments[i].second,
                                   "ChuKyVanBanKemTheo" + std::to_string(i + 1), agency->common_name(),
                                   msg::kSignReasonAttachment, what.location, marks.signing_time};
    pdf = docs::sign_pdf(*pdf, on_list, *agency);
    if (!pdf.ok()) return pdf.error();
  }

  core::IssuedDocument row;
  row.subject = what.subject;
  row.subject_id = what.subject_id;
  row.signed_at = marks.signing_time;
  row.signer_user_id = what.signer_user_id;
  row.agency_unit_id = what.agency_unit_id;
  row.signer_cert_sha256 = sha256_hex(signer->certificate_der());
  row.agency_cert_sha256 = sha256_hex(agency->certificate_der());
  const std::string now = iso_instant(services.clock.now());
  bool lost = false;  // another process stored its file first
  {
    auto conn = services.db.acquire();
    auto stored = store::in_transaction<Found>(*conn, [&]() -> core::Result<Found> {
      auto before = store::find_issued_document(*conn, what.subject, what.subject_id);
      if (!before.ok() || before->has_value()) {
        lost = before.ok();
        return before.ok() ? core::make_error(core::errc::kConflict, msg::kSigningFailed) : before.error();
      }
      // A signed document with a long list can be larger than an upload may be.
      auto file = store::put_file(*conn, services.data_dir, *pdf, pdf->size() + 1, now);
      if (!file.ok()) return file.error();
      row.sha256 = file->sha256;
      row.size = file->size;
      auto inserted = store::insert_issued_document(*conn, row);
      if (!inserted.ok()) return inserted.error();
      if (!*inserted) {
        lost = true;  // rolled back: this file's row goes with it
        return core::make_error(core::errc::kConflict, msg::kSigningFailed);
      }
      auto kept = store::find_issued_document(*conn, what.subject, what.subject_id);
      if (!kept.ok()) return kept.error();
      row.id = (*kept)->id;
      THIDUA_TRY(record_audit(*conn, services, actor, meta,
                              {what.audit_action, what.audit_entity, std::to_string(what.subject_id), std::nullopt,
                               boost::json::value(audit_view(row))}));
      return kept;
    });
    if (stored.ok() || !lost) return stored;
  }
  return find();
}

core::Status write_issued_pdf(const Services& services, const core::Actor* actor, const RequestMeta& meta,
                              const DocumentToSign& what, const std::string& path) {
  auto issued = signed_document(services, actor, meta, what);
  if (issued.ok() && issued->has_value()) return copy_stored(services, **issued, path);
  if (!issued.ok()) log_signing_failure(what.subject, what.subject_id, issued.error());
  return what.draw_unsigned ? what.draw_unsigned(path) : docs::write_pdf(what.build(), path);
}

std::optional<DocumentToSign> decision_to_sign(const core::Campaign& plan, const core::DecisionRecord& d,
                                               const std::vector<core::NomineeRow>& list) {
  if (d.state != core::DecisionState::kApproved || !d.number) return std::nullopt;
  DocumentToSign what;
  what.subject = core::kIssuedDecision;
  what.subject_id = d.id;
  what.number_symbol = document_number_symbol(*d.number, d.doc_symbol);
  what.agency_unit_id = d.issuing_unit_id;
  what.signer_user_id = d.approved_by;
  what.printed_signer = d.signer_name;
  what.location = plan.place;
  what.issued_on = d.issue_date.value_or("");
  what.audit_action = "decision.sign";
  what.audit_entity = "decision";
  what.build = [&plan, &d, &list] { return decision_document(plan, d, list); };
  return what;
}

}  // namespace thidua::app
