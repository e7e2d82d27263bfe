#include "app/exchange.h"

#include <sodium.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/crypto.h"
#include "app/decision_document.h"
#include "app/document_signing.h"
#include "app/dossier.h"
#include "app/exchange_package.h"
#include "app/submission_document.h"
#include "core/blanks.h"
#include "core/decision.h"
#include "app/decisions.h"
#include "core/hex.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/exchange.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/submissions.h"
#include "core/names.h"
#include "core/submission.h"
#include "docs/pdf_writer.h"
#include "store/campaigns.h"
#include "store/decisions.h"
#include "store/exchange_packages.h"
#include "store/file_store.h"
#include "store/submissions.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace fs = std::filesystem;
namespace json = boost::json;
using core::Action;
using core::SubmissionState;
using core::SubmissionStep;

namespace {

constexpr const char* kOut = "out";

// Who reads a proposal's packages as its sender (on the campaign's issuing
// unit), and a submission's as its receiver (on the receiving unit).
bool reads_as_sender(const core::Actor& actor, const std::string& issuing_path) {
  return permits(actor, Action::kDraftDecisions, issuing_path) ||
         permits(actor, Action::kApproveDecisions, issuing_path) ||
         permits(actor, Action::kTrackCampaigns, issuing_path);
}
bool reads_as_receiver(const core::Actor& actor, const std::string& receiver_path) {
  return permits(actor, Action::kDraftDecisions, receiver_path) ||
         permits(actor, Action::kApproveDecisions, receiver_path);
}
constexpr const char* kIn = "in";

std::string new_package_id() {
  unsigned char b[16];
  randombytes_buf(b, sizeof b);
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    core::append_hex(out, b[i]);
  }
  return out;
}

// A temporary file under data_dir/exports, removed when this goes out of scope.
struct Scratch {
  fs::path path;
  explicit Scratch(const Services& services, const std::string& suffix) {
    const fs::path dir = fs::path(services.data_dir) / "exports";
    std::error_code ec;
    fs::create_directories(dir, ec);
    path = dir / ("trao-doi-" + random_token(12) + suffix);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove(path, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
};

core::Result<std::string> read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::make_error(core::errc::kStorage, msg::kExchangeCannotWrite);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

DownloadFile stored_download(const Services& services, const store::ExchangePackageRow& row) {
  DownloadFile f;
  f.path = store::stored_file_path(services.data_dir, row.package_sha256);
  f.media_type = "application/zip";
  f.name = std::string(row.kind == "answer" ? "goi-tra-loi-" : "goi-de-nghi-") + row.reference + "-lan-" +
           std::to_string(row.round) + ".zip";
  f.size = row.package_size;
  return f;
}

ExportedPackage exported_of(const Services& services, const store::ExchangePackageRow& row, bool again) {
  ExportedPackage out;
  out.package_id = row.package_id;
  out.kind = row.kind;
  out.sequence = row.sequence;
  out.round = row.round;
  out.again = again;
  out.file = stored_download(services, row);
  return out;
}

// The agency's identity, checked to name it.
core::Result<docs::SigningIdentity> agency_identity(const Services& services, int64_t unit_id,
                                                    const std::string& agency_name) {
  const SigningFiles files = agency_signing_files(services.data_dir, unit_id);
  std::error_code ec;
  if (!fs::is_regular_file(files.identity, ec)) return invalid_field(msg::kExchangeNoSigningIdentity, "signing");
  auto id = load_signing_identity(files.identity);
  if (!id.ok()) return id.error();
  if (core::fold(id->common_name()) != core::fold(agency_name)) {
    return invalid_field(msg::kExchangeSignerNotSender, "signing");
  }
  return id;
}

// Signs `m` (its files listed from `files`), writes the package and stores it
// in the file store (its row is recorded by the caller's transaction).
core::Result<store::StoredFile> make_package(const Services& services, const docs::SigningIdentity& identity,
                                             ExchangeManifest& m, const std::vector<PackageFile>& files) {
  m.files = list_files(files);
  const std::string manifest = manifest_to_json(m);
  auto signature = sign_manifest(identity, manifest);
  if (!signature.ok()) return signature.error();
  Scratch zip(services, ".zip");
  THIDUA_TRY(write_package(zip.path.string(), manifest, *signature, files));
  auto bytes = read_all(zip.path);
  if (!bytes.ok()) return bytes.error();
  if (bytes->size() > kMaxPackageBytes) return core::make_error(core::errc::kTooLarge, msg::kExchangeTooLarge, "package");
  return store::write_generated_content(services.data_dir, *bytes, "application/zip");
}

// The receiver as the sender's office typed it: the code as a manifest
// reads it, the name one line of text (NFC, trimmed, 1..255 characters).
bool valid_party(ExchangeParty& p) {
  std::string name = core::trim_blanks(p.name);
  if (name.empty() || !core::is_valid_utf8(name)) return false;
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return false;
  }
  name = core::to_nfc(name);
  size_t chars = 0;
  for (unsigned char c : name) chars += (c & 0xC0) != 0x80;
  if (chars > 255) return false;
  p.name = std::move(name);
  return is_agency_code(p.code);
}

// The row of package `m` made or taken in (`direction`), stored as `file`.
store::ExchangePackageRow package_row(const ExchangeManifest& m, const char* direction,
                                      const std::string& manifest_sha256, const store::StoredFile& file,
                                      std::optional<int64_t> by, const std::string& now) {
  store::ExchangePackageRow row;
  row.package_id = m.package_id;
  row.direction = direction;
  row.kind = m.kind;
  row.sender_code = m.sender.code;
  row.receiver_code = m.receiver.code;
  row.sequence = m.sequence;
  row.manifest_sha256 = manifest_sha256;
  row.package_sha256 = file.sha256;
  row.package_size = file.size;
  row.created_by = by;
  row.created_at = now;
  return row;
}

json::object audit_of(const store::ExchangePackageRow& r) {
  return {{"package_id", r.package_id}, {"kind", r.kind},         {"sender_code", r.sender_code},
          {"receiver_code", r.receiver_code}, {"sequence", r.sequence}, {"round", r.round},
          {"outcome", r.outcome},       {"sha256", r.package_sha256}, {"signer", r.signer}};
}

// The reports of each nominee as the dossier's index.json names them.
std::map<int64_t, std::vector<std::string>> report_files_of(const std::vector<PackageFile>& dossier) {
  std::map<int64_t, std::vector<std::string>> out;
  for (const auto& f : dossier) {
    if (f.name != "index.json") continue;
    boost::system::error_code ec;
    auto v = json::parse(f.bytes, ec);
    if (ec || !v.is_object()) break;
    const auto* nominees = v.get_object().if_contains("nominees");
    if (nominees == nullptr || !nominees->is_array()) break;
    for (const auto& n : nominees->get_array()) {
      if (!n.is_object()) continue;
      const auto* id = n.get_object().if_contains("nomination_id");
      const auto* files = n.get_object().if_contains("report_files");
      if (id == nullptr || !id->is_int64() || files == nullptr || !files->is_array()) continue;
      for (const auto& name : files->get_array()) {
        if (name.is_string()) out[id->get_int64()].push_back("ho-so/" + std::string(name.get_string()));
      }
    }
  }
  return out;
}

}  // namespace

core::Result<ExportedPackage> export_proposal_package(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, int64_t decision_id,
                                                      const ExchangeParty& receiver, const std::string& note,
                                                      const RequestMeta& meta) {
  THIDUA_TRY(core::check_submission_note(SubmissionStep::kSend, note));
  ExchangeParty to = receiver;
  if (!valid_party(to)) return invalid_field(msg::kExchangeReceiverInvalid, "receiver");
  core::CampaignSummary summary;
  core::DecisionRecord proposal;
  core::Unit sender_unit;
  std::string legal_citation, eligibility_code, campaign_title;
  int round = 1;
  int64_t sequence = 0;
  {
    auto conn = services.db.acquire();
    auto c = visible_campaign(*conn, actor, campaign_id);
    if (!c.ok()) return c.error();
    summary = std::move(*c);
    if (!permits(actor, Action::kDraftDecisions, summary.issuing_unit_path)) return forbidden(msg::kActSendProposal);
    auto d = store::find_decision(*conn, campaign_id, decision_id);
    if (!d.ok()) return d.error();
    if (!d->has_value()) return not_found(msg::kWhatDecision);
    proposal = std::move(**d);
    if (!core::awaits_answer(proposal.kind, proposal.state, proposal.answer)) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionNotProposal, "state");
    }
    auto here = store::submission_of_decision(*conn, decision_id);
    if (!here.ok()) return here.error();
    if (here->has_value()) return core::make_error(core::errc::kConflict, msg::kExchangeSentHere, "state");
    auto packages = store::packages_of_decision(*conn, decision_id);
    if (!packages.ok()) return packages.error();
    const store::ExchangePackageRow* last = nullptr;
    for (const auto& p : *packages) {
      if (p.direction == kOut && p.kind == "proposal") last = &p;
    }
    if (last != nullptr) {
      const bool returned = std::any_of(packages->begin(), packages->end(), [&](const store::ExchangePackageRow& p) {
        return p.direction == kIn && p.kind == "answer" && p.refers_to == last->package_id && p.outcome == "returned";
      });
      if (!returned) {
        if (last->receiver_code == to.code) return exported_of(services, *last, true);
        return core::make_error(core::errc::kConflict, msg::kExchangeExportedAlready, "state");
      }
      round = last->round + 1;
    }
    auto unit = store::find_unit(*conn, summary.issuing_unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return not_found(msg::kWhatUnit);
    sender_unit = std::move(**unit);
    auto campaign = store::find_campaign(*conn, campaign_id);
    if (!campaign.ok()) return campaign.error();
    if (!campaign->has_value()) return not_found(msg::kWhatCampaign);
    campaign_title = (*campaign)->title;
    for (const auto& t : (*campaign)->award_types) {
      if (t.id != proposal.award_type_id) continue;
      legal_citation = t.legal_citation;
      eligibility_code = t.eligibility_code;
    }
    auto seq = store::last_sequence(*conn, kOut, sender_unit.code, to.code);
    if (!seq.ok()) return seq.error();
    sequence = *seq + 1;
  }
  auto identity = agency_identity(services, sender_unit.id, sender_unit.name);
  if (!identity.ok()) return identity.error();

  // The dossier of this moment (app/dossier.h), under ho-so/.
  std::vector<PackageFile> files;
  {
    Scratch dossier(services, ".zip");
    THIDUA_TRY(write_dossier(services, actor, campaign_id, decision_id, dossier.path.string(), meta));
    auto entries = read_zip_entries(dossier.path.string(), kMaxPackageBytes);
    if (!entries.ok()) return entries.error();
    files = std::move(*entries);
  }
  const auto reports = report_files_of(files);
  for (auto& f : files) f.name = "ho-so/" + f.name;

  const std::string now = iso_instant(services.clock.now());
  const int this_year = current_year(services.clock);
  const std::string& end = summary.period_end;
  ExchangeManifest m;
  m.package_id = new_package_id();
  m.kind = "proposal";
  m.created_at = now;
  m.sequence = sequence;
  m.sender = {sender_unit.code, sender_unit.name};
  m.receiver = to;
  ExchangeProposal p;
  p.reference = std::to_string(decision_id);
  p.round = round;
  p.number_symbol = proposal.number ? document_number_symbol(*proposal.number, proposal.doc_symbol) : proposal.doc_symbol;
  p.date = proposal.issue_date;
  p.title = proposal.title;
  p.campaign_title = campaign_title;
  p.award_code = proposal.award_code;
  p.award_name = msg::award_with_granter(proposal.award_name, proposal.award_granted_by);
  p.legal_citation = legal_citation;
  p.eligibility_code = eligibility_code;
  p.year = std::min(this_year, end.size() >= 4 ? std::atoi(end.c_str()) : this_year);
  p.note = note;
  m.proposal = std::move(p);
  {
    auto conn = services.db.acquire();
    auto list = store::decision_list(*conn, decision_id);
    if (!list.ok()) return list.error();
    int order = 0;
    for (const auto& n : *list) {
      ExchangeNominee x;
      x.ref = n.nomination_id;
      x.order = ++order;
      x.subject = n.subject;
      x.name = n.name;
      x.position = n.position;
      x.unit_name = n.unit_name;
      if (auto it = reports.find(n.nomination_id); it != reports.end()) x.report_files = it->second;
      m.nominees.push_back(std::move(x));
    }
  }
  auto stored = make_package(services, *identity, m, files);
  if (!stored.ok()) return stored.error();
  files.clear();

  auto conn = services.db.acquire();
  return store::in_transaction<ExportedPackage>(*conn, [&]() -> core::Result<ExportedPackage> {
    THIDUA_TRY(store::lock_decision(*conn, decision_id));
    auto d = store::find_decision(*conn, campaign_id, decision_id);
    if (!d.ok()) return d.error();
    if (!d->has_value() || !core::awaits_answer((*d)->kind, (*d)->state, (*d)->answer)) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionNotProposal, "state");
    }
    auto here = store::submission_of_decision(*conn, decision_id);
    if (!here.ok()) return here.error();
    if (here->has_value()) return core::make_error(core::errc::kConflict, msg::kExchangeSentHere, "state");
    auto seq = store::last_sequence(*conn, kOut, m.sender.code, m.receiver.code);
    if (!seq.ok()) return seq.error();
    auto packages = store::packages_of_decision(*conn, decision_id);
    if (!packages.ok()) return packages.error();
    for (const auto& q : *packages) {  // another export of this round meanwhile
      if (q.direction == kOut && q.kind == "proposal" && q.round >= round) {
        return core::make_error(core::errc::kConflict, msg::kExchangeExportedAlready, "state");
      }
    }
    if (*seq != sequence - 1) return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
    THIDUA_TRY(store::record_generated_file(*conn, *stored, now));
    store::ExchangePackageRow row =
        package_row(m, kOut, sha256_hex(manifest_to_json(m)), *stored, acting_user(actor), now);
    row.decision_id = decision_id;
    row.reference = m.proposal->reference;
    row.round = round;
    row.note = note;
    row.counterpart_name = m.receiver.name;  // whose certificate must sign the answer
    auto id = store::insert_exchange_package(*conn, row);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"exchange.export", "decision", std::to_string(decision_id), std::nullopt, audit_of(row)}));
    return exported_of(services, row, false);
  });
}

core::Result<ExportedPackage> export_answer_package(const Services& services, const core::Actor& actor,
                                                    int64_t submission_id, const RequestMeta& meta) {
  core::SubmissionRecord s;
  core::Unit receiver_unit;
  std::vector<core::SubmissionItem> items;
  std::string reason;
  store::ExchangePackageRow proposal_row;
  int64_t sequence = 0;
  {
    auto conn = services.db.acquire();
    auto found = store::find_submission(*conn, submission_id);
    if (!found.ok()) return found.error();
    if (!found->has_value() || !reads_as_receiver(actor, (*found)->receiver_path)) {
      return not_found(msg::kWhatSubmission);
    }
    s = std::move(**found);
    if (!permits(actor, Action::kDraftDecisions, s.receiver_path)) return forbidden(msg::kActProcessSubmission);
    if (!s.imported()) return core::make_error(core::errc::kConflict, msg::kExchangeNotImported, "state");
    if (s.state != SubmissionState::kDecided && s.state != SubmissionState::kReturned) {
      return core::make_error(core::errc::kConflict, msg::kExchangeNoAnswerYet, "state");
    }
    auto packages = store::packages_of_submission(*conn, submission_id);
    if (!packages.ok()) return packages.error();
    const store::ExchangePackageRow* last = nullptr;
    for (const auto& p : *packages) {
      if (p.direction == kIn && p.kind == "proposal" && p.round == s.round) last = &p;
    }
    if (last == nullptr) return core::make_error(core::errc::kConflict, msg::kExchangeNotImported, "state");
    proposal_row = *last;
    for (const auto& p : *packages) {
      if (p.direction == kOut && p.kind == "answer" && p.refers_to == proposal_row.package_id) {
        return exported_of(services, p, true);
      }
    }
    auto unit = store::find_unit(*conn, s.receiver_unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return not_found(msg::kWhatUnit);
    receiver_unit = std::move(**unit);
    auto listed = store::submission_items(*conn, submission_id);
    if (!listed.ok()) return listed.error();
    items = std::move(*listed);
    if (s.state == SubmissionState::kReturned) {
      auto events = store::submission_events(*conn, submission_id);
      if (!events.ok()) return events.error();
      for (const auto& e : *events) {
        if (e.kind == core::submission_step_code(SubmissionStep::kReturn)) reason = e.note;
      }
    }
    auto seq = store::last_sequence(*conn, kOut, receiver_unit.code, s.sender_code);
    if (!seq.ok()) return seq.error();
    sequence = *seq + 1;
  }
  auto identity = agency_identity(services, receiver_unit.id, receiver_unit.name);
  if (!identity.ok()) return identity.error();

  const bool decided = s.state == SubmissionState::kDecided;
  std::vector<PackageFile> files;
  if (decided && s.decision_number) {
    auto doc = receiver_decision(services, actor, submission_id);
    if (!doc.ok()) return doc.error();
    Scratch pdf(services, ".pdf");
    THIDUA_TRY(docs::write_pdf(*doc, pdf.path.string()));
    auto bytes = read_all(pdf.path);
    if (!bytes.ok()) return bytes.error();
    files.push_back({"quyet-dinh.pdf", std::move(*bytes)});
  }
  const std::string now = iso_instant(services.clock.now());
  ExchangeManifest m;
  m.package_id = new_package_id();
  m.kind = "answer";
  m.created_at = now;
  m.sequence = sequence;
  m.sender = {receiver_unit.code, receiver_unit.name};
  m.receiver = {s.sender_code, s.sender_name};
  ExchangeAnswer a;
  a.refers_to = proposal_row.package_id;
  a.reference = s.external_ref;
  a.round = s.round;
  a.outcome = decided ? "decided" : "returned";
  a.reason = decided ? std::string() : reason;
  if (!decided && a.reason.empty()) a.reason = msg::kSubmissionReturned;
  if (decided) {
    a.decision_number = s.decision_number;
    a.decision_symbol = s.decision_symbol;
    a.decision_date = s.decision_date;
    a.authority = s.decision_authority;
    a.signer = s.signer_name;
    if (s.decision_number) {
      for (const auto& i : items) {
        if (i.agreed.value_or(false)) a.agreed.push_back(i.nomination_id);
      }
    }
  }
  m.answer = std::move(a);
  auto stored = make_package(services, *identity, m, files);
  if (!stored.ok()) return stored.error();

  auto conn = services.db.acquire();
  return store::in_transaction<ExportedPackage>(*conn, [&]() -> core::Result<ExportedPackage> {
    auto again = store::find_submission(*conn, submission_id, true);
    if (!again.ok()) return again.error();
    if (!again->has_value() || (*again)->version != s.version) {
      return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
    }
    auto seq = store::last_sequence(*conn, kOut, m.sender.code, m.receiver.code);
    if (!seq.ok()) return seq.error();
    if (*seq != sequence - 1) return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
    auto packages = store::packages_of_submission(*conn, submission_id);
    if (!packages.ok()) return packages.error();
    for (const auto& p : *packages) {
      if (p.direction == kOut && p.kind == "answer" && p.refers_to == proposal_row.package_id) {
        return core::make_error(core::errc::kConflict, msg::kSubmissionChanged, "version");
      }
    }
    THIDUA_TRY(store::record_generated_file(*conn, *stored, now));
    store::ExchangePackageRow row =
        package_row(m, kOut, sha256_hex(manifest_to_json(m)), *stored, acting_user(actor), now);
    row.submission_id = submission_id;
    row.refers_to = proposal_row.package_id;
    row.reference = s.external_ref;
    row.round = s.round;
    row.outcome = m.answer->outcome;
    row.note = m.answer->reason;
    row.counterpart_name = m.receiver.name;
    auto id = store::insert_exchange_package(*conn, row);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"exchange.export", "submission", std::to_string(submission_id), std::nullopt,
                             audit_of(row)}));
    return exported_of(services, row, false);
  });
}

namespace {

// What an imported proposal adds to the receiver's queue, in the caller's transaction.
core::Status take_in_proposal(store::Connection& conn, const VerifiedPackage& v, const core::ReceivingAgency& agency,
                              const core::Actor& actor, const std::string& now, store::ExchangePackageRow& row,
                              int64_t& submission_id) {
  const ExchangeManifest& m = v.manifest;
  const ExchangeProposal& p = *m.proposal;
  std::vector<core::SubmissionItem> items;
  for (const auto& n : m.nominees) {
    core::SubmissionItem i;
    i.nomination_id = n.ref;
    i.ord = n.order;
    i.subject = n.subject;
    i.name = n.name;
    i.position = n.position;
    i.unit_name = n.unit_name;
    items.push_back(std::move(i));
  }
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.ord < b.ord; });
  for (size_t k = 0; k < items.size(); ++k) items[k].ord = static_cast<int>(k + 1);
  const std::string event_note = (p.note.empty() ? std::string() : p.note + " ") + "(" + msg::kExchangeImportedNote +
                                 m.package_id + ", " + v.signer + ")";

  auto existing = store::imported_submission(conn, m.sender.code, p.reference, agency.unit_id, true);
  if (!existing.ok()) return existing.error();
  SubmissionStep step = SubmissionStep::kSend;
  if (existing->has_value()) {
    core::SubmissionRecord s = **existing;
    if (p.round <= s.round) return core::make_error(exchange_errc::kReplayed, msg::kExchangeRoundStale, "package");
    if (s.state != SubmissionState::kReturned) {
      return core::make_error(core::errc::kConflict, msg::kExchangeAlreadyReceived, "state");
    }
    if (p.round != s.round + 1) return core::make_error(core::errc::kConflict, msg::kExchangeRoundUnexpected, "state");
    const int64_t version = s.version;
    s.state = core::submission_state_after(s.state, SubmissionStep::kResend);
    s.round = p.round;
    s.received_number.reset();
    s.received_date.reset();
    s.appraisal_note.clear();
    s.council_date.reset();
    s.council_note.clear();
    s.updated_at = now;
    THIDUA_TRY(store::update_submission(conn, s, version));
    THIDUA_TRY(store::replace_submission_items(conn, s.id, items));
    submission_id = s.id;
    step = SubmissionStep::kResend;
  } else {
    core::SubmissionRecord s;
    s.origin = "exchange";
    s.sender_code = m.sender.code;
    s.external_ref = p.reference;
    s.receiver_unit_id = agency.unit_id;
    s.state = SubmissionState::kSent;
    s.round = p.round;
    s.title = p.title;
    s.sender_name = m.sender.name;
    s.proposal_number_symbol = p.number_symbol;
    s.award_name = p.award_name;
    s.eligibility_code = p.eligibility_code;
    s.year = p.year;
    s.sent_at = now;
    s.updated_at = now;
    s.campaign_title = p.campaign_title;
    s.decision_grounds = p.legal_citation;  // the grounds of the receiver's decision, as the package gave them
    auto id = store::insert_submission(conn, s, items);
    if (!id.ok()) return id.error();
    submission_id = *id;
  }
  core::SubmissionRound r;
  r.round = p.round;
  r.note = p.note;
  r.dossier_sha256 = v.package_sha256;
  r.dossier_size = v.package_size;
  r.sent_at = now;
  THIDUA_TRY(store::insert_round(conn, submission_id, r, std::nullopt));
  core::SubmissionEvent e;
  e.round = p.round;
  e.kind = std::string(core::submission_step_code(step));
  e.note = event_note;
  e.actor_name = actor.display_name;
  e.at = now;
  THIDUA_TRY(store::append_event(conn, submission_id, e, acting_user(actor)));
  row.submission_id = submission_id;
  row.reference = p.reference;
  row.round = p.round;
  row.note = p.note;
  return {};
}

}  // namespace

core::Result<ImportedPackage> import_exchange_package(const Services& services, const core::Actor& actor,
                                                      const std::string& path, const RequestMeta& meta) {
  auto bytes = read_package_file(path);
  if (!bytes.ok()) return bytes.error();
  return import_exchange_bytes(services, actor, std::move(*bytes), meta);
}

core::Result<ImportedPackage> import_exchange_bytes(const Services& services, const core::Actor& actor,
                                                    std::string bytes, const RequestMeta& meta) {
  auto v = verify_package_bytes(std::move(bytes), read_trusted_roots(services.data_dir));
  if (!v.ok()) return v.error();
  const ExchangeManifest& m = v->manifest;
  ImportedPackage out;
  out.package_id = m.package_id;
  out.kind = m.kind;
  out.signer = v->signer;

  // Where it goes and who may take it in, before anything is stored.
  core::ReceivingAgency agency;
  store::ExchangePackageRow answered;  // an answer: the proposal package it answers
  {
    auto conn = services.db.acquire();
    if (m.kind == "proposal") {
      auto unit = store::find_unit_by_code(*conn, m.receiver.code);
      if (!unit.ok()) return unit.error();
      std::optional<core::ReceivingAgency> found;
      if (unit->has_value()) {
        auto a = store::find_receiving_agency(*conn, (*unit)->id);
        if (!a.ok()) return a.error();
        found = std::move(*a);
      }
      if (!found || !found->open) return invalid_field(msg::kExchangeReceiverUnknown, "package");
      agency = std::move(*found);
      if (!permits(actor, Action::kDraftDecisions, agency.path)) return forbidden(msg::kActProcessSubmission);
    } else {
      const ExchangeAnswer& a = *m.answer;
      auto row = store::find_exchange_package(*conn, kOut, a.refers_to);
      if (!row.ok()) return row.error();
      if (!row->has_value() || (*row)->kind != "proposal" || !(*row)->decision_id || !(*row)->campaign_id) {
        return invalid_field(msg::kExchangeAnswerUnknown, "package");
      }
      answered = std::move(**row);
      if (m.sender.code != answered.receiver_code || m.receiver.code != answered.sender_code ||
          a.reference != answered.reference || a.round != answered.round) {
        return invalid_field(msg::kExchangeAnswerMismatch, "package");
      }
      // Only the agency the proposal was sent to answers it.
      if (core::fold(v->signer) != core::fold(answered.counterpart_name)) {
        return core::make_error(exchange_errc::kSignature, msg::kExchangeAnswerSigner, "package");
      }
      auto c = visible_campaign(*conn, actor, *answered.campaign_id);
      if (!c.ok()) return c.error();
      if (!permits(actor, Action::kDraftDecisions, c->issuing_unit_path)) return forbidden(msg::kActSendProposal);
      auto d = store::find_decision(*conn, *answered.campaign_id, *answered.decision_id);
      if (!d.ok()) return d.error();
      if (!d->has_value()) return not_found(msg::kWhatDecision);
      out.campaign_id = answered.campaign_id;
      out.decision_id = answered.decision_id;
      out.outcome = a.outcome;
    }
  }
  // Kept as received: bytes a trusted agency signed and every check passed
  // (the one upload stored as generated content, its type known).
  auto stored = store::write_generated_content(services.data_dir, v->package_bytes, "application/zip");
  if (!stored.ok()) return stored.error();

  const std::string now = iso_instant(services.clock.now());
  auto conn = services.db.acquire();
  return store::in_transaction<ImportedPackage>(*conn, [&]() -> core::Result<ImportedPackage> {
    if (m.kind == "answer") THIDUA_TRY(store::lock_decision(*conn, *answered.decision_id));
    auto known = store::find_exchange_package(*conn, kIn, m.package_id);
    if (!known.ok()) return known.error();
    if (known->has_value()) {
      if ((*known)->manifest_sha256 != v->manifest_sha256) {
        return core::make_error(exchange_errc::kAltered, msg::kExchangeAltered, "package");
      }
      out.already = true;
      out.submission_id = (*known)->submission_id;
      return out;
    }
    // A sender never numbers two packages to one receiver alike.
    auto same = store::package_with_sequence(*conn, kIn, m.sender.code, m.receiver.code, m.sequence);
    if (!same.ok()) return same.error();
    if (same->has_value()) return core::make_error(exchange_errc::kReplayed, msg::kExchangeReplayed, "package");
    THIDUA_TRY(store::record_generated_file(*conn, *stored, now));
    store::ExchangePackageRow row = package_row(m, kIn, v->manifest_sha256, *stored, acting_user(actor), now);
    row.signer = v->signer;
    row.counterpart_name = m.sender.name;
    // The first package taken from a sender's code fixes whose certificate
    // speaks for that code: another agency's certificate, however trusted,
    // cannot send (or resend, or use up the sequence numbers) in its name.
    auto first = store::first_package_from(*conn, kIn, m.sender.code);
    if (!first.ok()) return first.error();
    if (first->has_value() && core::fold((*first)->signer) != core::fold(v->signer)) {
      return core::make_error(exchange_errc::kSignature, msg::kExchangeSignerChanged, "package");
    }
    std::string entity = "submission", entity_id;
    if (m.kind == "proposal") {
      int64_t submission_id = 0;
      THIDUA_TRY(take_in_proposal(*conn, *v, agency, actor, now, row, submission_id));
      out.submission_id = submission_id;
      entity_id = std::to_string(submission_id);
    } else {
      const ExchangeAnswer& a = *m.answer;
      row.decision_id = answered.decision_id;
      row.refers_to = a.refers_to;
      row.reference = a.reference;
      row.round = a.round;
      row.outcome = a.outcome;
      row.note = a.reason;
      entity = "decision";
      entity_id = std::to_string(*answered.decision_id);
      // An answer to an earlier round than the last exported is stale.
      auto packages = store::packages_of_decision(*conn, *answered.decision_id);
      if (!packages.ok()) return packages.error();
      for (const auto& p : *packages) {
        if (p.direction == kOut && p.kind == "proposal" && p.round > a.round) {
          return core::make_error(exchange_errc::kReplayed, msg::kExchangeRoundStale, "package");
        }
        if (p.direction == kIn && p.kind == "answer" && p.refers_to == a.refers_to) {
          return core::make_error(core::errc::kConflict, msg::kExchangeAnsweredAlready, "state");
        }
      }
      if (a.outcome == "decided") {
        auto list = store::decision_list(*conn, *answered.decision_id);
        if (!list.ok()) return list.error();
        std::set<int64_t> listed, granted;
        for (const auto& n : *list) listed.insert(n.nomination_id);
        for (int64_t ref : a.agreed) {
          if (!listed.count(ref)) return invalid_field(msg::kExchangeAnswerMismatch, "package");
          granted.insert(ref);
        }
        std::string number_symbol, note, date;
        if (!granted.empty()) {
          number_symbol = document_number_symbol(*a.decision_number, a.decision_symbol);
          date = *a.decision_date;
          note = std::string(msg::kAnswerNoteDecision) + number_symbol + msg::kAnswerNoteDated + short_date(date) +
                 msg::kAnswerNoteOf + a.authority + msg::kExchangeAnswerNoteTail;
        } else {
          note = msg::kSubmissionNotAgreed;
        }
        THIDUA_TRY(record_receiver_answer(*conn, *answered.campaign_id, *answered.decision_id, granted, number_symbol,
                                          date, note, acting_user(actor), now));
      }
    }
    auto id = store::insert_exchange_package(*conn, row);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"exchange.import", entity, entity_id, std::nullopt, audit_of(row)}));
    return out;
  });
}

namespace {
PackageInfo info_of(const store::ExchangePackageRow& r) {
  PackageInfo i;
  i.direction = r.direction;
  i.kind = r.kind;
  i.package_id = r.package_id;
  i.sequence = r.sequence;
  i.round = r.round;
  i.outcome = r.outcome;
  i.note = r.note;
  i.counterpart = r.direction == kOut ? r.receiver_code : r.sender_code;
  i.signer = r.signer;
  i.size = r.package_size;
  i.created_at = r.created_at;
  return i;
}
}  // namespace

core::Result<std::vector<PackageInfo>> decision_packages(const Services& services, const core::Actor& actor,
                                                         int64_t campaign_id, int64_t decision_id) {
  auto conn = services.db.acquire();
  auto c = visible_campaign(*conn, actor, campaign_id);
  if (!c.ok()) return c.error();
  if (!reads_as_sender(actor, c->issuing_unit_path)) return not_found(msg::kWhatDecision);
  auto d = store::find_decision(*conn, campaign_id, decision_id);
  if (!d.ok()) return d.error();
  if (!d->has_value()) return not_found(msg::kWhatDecision);
  auto rows = store::packages_of_decision(*conn, decision_id);
  if (!rows.ok()) return rows.error();
  std::vector<PackageInfo> out;
  for (const auto& r : *rows) out.push_back(info_of(r));
  return out;
}

core::Result<std::vector<PackageInfo>> submission_packages(const Services& services, const core::Actor& actor,
                                                           int64_t submission_id) {
  auto conn = services.db.acquire();
  auto s = store::find_submission(*conn, submission_id);
  if (!s.ok()) return s.error();
  if (!s->has_value() || !reads_as_receiver(actor, (*s)->receiver_path)) {
    return not_found(msg::kWhatSubmission);
  }
  auto rows = store::packages_of_submission(*conn, submission_id);
  if (!rows.ok()) return rows.error();
  std::vector<PackageInfo> out;
  for (const auto& r : *rows) out.push_back(info_of(r));
  return out;
}

bool may_import_packages(const core::Actor& actor) { return permits_somewhere(actor, Action::kDraftDecisions); }

core::Result<DownloadFile> exchange_package_file(const Services& services, const core::Actor& actor,
                                                 const std::string& direction, const std::string& package_id) {
  if ((direction != kOut && direction != kIn) || !is_package_id(package_id)) return not_found(msg::kWhatExchangePackage);
  auto conn = services.db.acquire();
  auto row = store::find_exchange_package(*conn, direction, package_id);
  if (!row.ok()) return row.error();
  if (!row->has_value()) return not_found(msg::kWhatExchangePackage);
  bool may = false;
  if ((*row)->campaign_id) {
    auto c = visible_campaign(*conn, actor, *(*row)->campaign_id);
    may = c.ok() && reads_as_sender(actor, c->issuing_unit_path);
  } else if ((*row)->submission_id) {
    auto s = store::find_submission(*conn, *(*row)->submission_id);
    if (!s.ok()) return s.error();
    may = s->has_value() && reads_as_receiver(actor, (*s)->receiver_path);
  }
  if (!may) return not_found(msg::kWhatExchangePackage);
  return stored_download(services, **row);
}

}  // namespace thidua::app
