// Exchange packages between two deployments (issue 14 #3), on two sites with
// two databases: the Department's thidua (site A, the seed) exports its
// approved proposal as a signed package; the province's TĐKT body runs its
// own thidua (site B), imports it into its queue, returns it; the return
// travels back, the Department exports the next round, the body decides and
// its answer travels back into the Department's register. Then the packages a
// careless or hostile hand could bring: tampered, truncated, re-signed with
// another version, replayed, untrusted, with a file added. Each is refused
// with its code and leaves nothing stored.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <map>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "app/access.h"
#include "app/decision_document.h"
#include "app/demo_signing.h"
#include "app/document_signing.h"
#include "app/exchange.h"
#include "app/exchange_package.h"
#include "app/org.h"
#include "app/submissions.h"
#include "app/users.h"
#include "awards_fixture.h"
#include "docs/signing_identity.h"
#include "matrix_outcomes.h"
#include "store/migrations.h"
#include "support/cli_run.h"
#include "route_coverage.h"

namespace thidua::test {
namespace {

namespace fs = std::filesystem;

const bool kCovered = cover_routes({{"POST", "/dot-thi-dua/{id}/quyet-dinh/{did}/goi-trao-doi"},
                                    {"POST", "/ho-so-de-nghi/{id}/goi-tra-loi"},
                                    {"GET", "/goi-trao-doi"},
                                    {"POST", "/goi-trao-doi"},
                                    {"GET", "/goi-trao-doi/{direction}/{package_id}/goi.zip"},
                                    {"POST", "/api/v1/campaigns/{id}/decisions/{did}/exchange-package"},
                                    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/exchange-packages"},
                                    {"POST", "/api/v1/submissions/{id}/answer-package"},
                                    {"GET", "/api/v1/submissions/{id}/exchange-packages"},
                                    {"POST", "/api/v1/exchange-packages"},
                                    {"GET", "/api/v1/exchange-packages/{direction}/{package_id}"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};
constexpr const char* kPassword = "MatKhau@Thu2024";
constexpr const char* kBodyName = "Ban Thi đua – Khen thưởng tỉnh Bắc Ninh";

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
void write_bytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Installs an identity for `unit_id` issued by `ca` (what `thidua signing
// agency` installs; the seal image is not needed to sign packages).
void install_identity(const fs::path& data_dir, int64_t unit_id, const docs::SigningIdentity& id) {
  auto p12 = docs::pkcs12_bytes(id, "mat-khau-thu");
  ASSERT_TRUE(p12.ok());
  const auto files = app::agency_signing_files(data_dir.string(), unit_id);
  write_bytes(files.identity, std::string("thidua-identity-1\nmat-khau-thu\n") + *p12);
}

class ExchangeTest : public SeedAwardsTest {
 protected:
  void SetUp() override {
    SeedAwardsTest::SetUp();
    if (IsSkipped()) return;
    TestSiteOptions second;
    second.second_database = true;
    body_site_ = std::make_unique<TestSite>(second);
    ASSERT_TRUE(body_site_->ok());
    app::Services& b = body_site_->services();

    // Site B: the body, a receiving agency with its clerk and leader.
    core::Unit u;
    u.code = "BTDKT";
    u.name = kBodyName;
    u.kind = core::UnitKind::kAgency;
    auto root = app::create_unit(b, app::system_actor(), u, awards_meta());
    ASSERT_TRUE(root.ok()) << root.error().message;
    body_ = root->id;
    for (const auto& [name, role] : {std::pair{"cv.btdkt", core::Role::kSecretariat},
                                     std::pair{"ld.btdkt", core::Role::kLeader}}) {
      app::NewUser nu;
      nu.username = name;
      nu.display_name = std::string("Cán bộ ") + name;
      nu.password = kPassword;
      nu.role = role;
      nu.unit_id = body_;
      ASSERT_TRUE(app::create_user(b, app::system_actor(), nu, awards_meta()).ok()) << name;
    }
    ASSERT_TRUE(app::set_receiving_agency(b, app::system_actor(), body_, {"QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"}, awards_meta())
                    .ok());
    // The body's certificate, from its own authority.
    auto ca = docs::new_certificate_authority({"CA thử tỉnh Bắc Ninh", "Tỉnh Bắc Ninh", "Bắc Ninh", 3650, 1});
    ASSERT_TRUE(ca.ok());
    auto id = docs::issue_signing_identity(*ca, {kBodyName, "Tỉnh Bắc Ninh", "Bắc Ninh", 3650, 1});
    ASSERT_TRUE(id.ok());
    install_identity(body_site_->data_dir(), body_, *id);
    body_ca_ = ca->certificate_der();

    // Site A signs with the demo's identity of the Department; each trusts the other's authority.
    ASSERT_TRUE(app::set_up_demo_signing(site_->services(), kSeedCampaign).ok());
    const std::string a_ca = read_bytes(app::demo_ca_certificate_path(site_->data_dir().string()));
    ASSERT_FALSE(a_ca.empty());
    write_bytes(body_site_->data_dir() / "trust" / "so-tnmt.cer", a_ca);
    write_bytes(body_site_->data_dir() / "trust" / "ban-tdkt.cer", body_ca_);  // its own authority too
    write_bytes(site_->data_dir() / "trust" / "ban-tdkt.cer", body_ca_);

    an_ = site_->person_id("Nguyễn Văn An");
    other_ = person_in(*site_, "PTNMT-LN");
    n_an_ = add_nomination(*site_, bk_tinh_, an_, "passed");
    n_other_ = add_nomination(*site_, bk_tinh_, other_, "passed");
    proposal_ = draft(*site_, bk_tinh_, {n_an_, n_other_});
    ASSERT_GT(approve(*site_, proposal_), 0);
    work_ = fs::path(site_->data_dir()) / "goi";
    fs::create_directories(work_);
  }

  // The Department's office exports the proposal; the package's path.
  std::string export_proposal(const std::string& name, bool expect_again = false) {
    auto made = app::export_proposal_package(site_->services(), site_->actor("thuongtruc"), kSeedCampaign, proposal_,
                                             {"BTDKT", kBodyName}, "Kính gửi Ban", awards_meta());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    if (!made.ok()) return {};
    EXPECT_EQ(made->again, expect_again);
    const fs::path out = work_ / name;
    fs::copy_file(made->file.path, out, fs::copy_options::overwrite_existing);
    return out.string();
  }
  core::Result<app::ImportedPackage> import_at_body(const std::string& path) {
    return app::import_exchange_package(body_site_->services(), body_site_->actor("cv.btdkt"), path, awards_meta());
  }
  core::Result<app::ImportedPackage> import_at_department(const std::string& path) {
    return app::import_exchange_package(site_->services(), site_->actor("thuongtruc"), path, awards_meta());
  }
  std::string export_answer(int64_t submission, const std::string& name) {
    auto made = app::export_answer_package(body_site_->services(), body_site_->actor("cv.btdkt"), submission,
                                           awards_meta());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    if (!made.ok()) return {};
    const fs::path out = work_ / name;
    fs::copy_file(made->file.path, out, fs::copy_options::overwrite_existing);
    return out.string();
  }
  static int64_t scalar(TestSite& site, const std::string& sql, const store::Params& params = {}) {
    auto conn = site.db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() && !rows->empty() && !(*rows)[0].is_null(0) ? (*rows)[0].i64(0) : -1;
  }
  // What an import could have written at the body's site.
  std::string body_state() {
    std::string out;
    for (const char* table : {"submissions", "submission_items", "submission_rounds", "submission_events",
                              "exchange_packages", "files", "audit_log"}) {
      out += std::string(table) + "=" +
             std::to_string(scalar(*body_site_, std::string("SELECT COUNT(*) FROM ") + table)) + " ";
    }
    return out;
  }
  app::SubmissionView view_at_body(int64_t id) {
    auto v = app::get_submission(body_site_->services(), body_site_->actor("cv.btdkt"), id);
    EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message);
    return v.ok() ? *v : app::SubmissionView{};
  }

  std::unique_ptr<TestSite> body_site_;
  std::string body_ca_;
  fs::path work_;
  int64_t body_ = 0, an_ = 0, other_ = 0, n_an_ = 0, n_other_ = 0, proposal_ = 0;
};

TEST_F(ExchangeTest, AProposalTravelsToAnotherDeploymentAndItsAnswerComesBack) {
  app::Services& b = body_site_->services();
  const auto clerk = body_site_->actor("cv.btdkt");
  const auto leader = body_site_->actor("ld.btdkt");

  // 1. The Department exports round 1: a package it keeps; asking again gives the same one.
  const std::string first = export_proposal("de-nghi-1.zip");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(read_bytes(export_proposal("de-nghi-1-lai.zip", true)), read_bytes(first));
  auto verified = app::verify_package(first, app::read_trusted_roots(body_site_->data_dir().string()));
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_EQ(verified->manifest.kind, "proposal");
  EXPECT_EQ(verified->manifest.nominees.size(), 2u);
  EXPECT_EQ(verified->manifest.sender.code, "STNMT");
  EXPECT_EQ(verified->signer, verified->manifest.sender.name);
  bool has_pdf = false;
  for (const auto& f : verified->manifest.files) has_pdf = has_pdf || f.name.find(".pdf") != std::string::npos;
  EXPECT_TRUE(has_pdf);

  // 2. The body imports it: a submission in its queue with the list as sent.
  auto in = import_at_body(first);
  ASSERT_TRUE(in.ok()) << in.error().message;
  EXPECT_FALSE(in->already);
  ASSERT_TRUE(in->submission_id);
  const int64_t sid = *in->submission_id;
  auto v = view_at_body(sid);
  EXPECT_EQ(v.record.origin, "exchange");
  EXPECT_EQ(v.record.sender_code, "STNMT");
  EXPECT_EQ(v.record.state, core::SubmissionState::kSent);
  ASSERT_EQ(v.items.size(), 2u);
  std::set<int64_t> refs{v.items[0].nomination_id, v.items[1].nomination_id};
  EXPECT_EQ(refs, (std::set<int64_t>{n_an_, n_other_}));
  EXPECT_FALSE(v.sending_side);
  EXPECT_TRUE(v.can_receive);
  auto queue = app::submission_queue(b, clerk, {});
  ASSERT_TRUE(queue.ok());
  ASSERT_EQ(queue->rows.size(), 1u);
  EXPECT_EQ(queue->rows[0].id, sid);

  // The same package again changes nothing.
  const std::string before = body_state();
  auto twice = import_at_body(first);
  ASSERT_TRUE(twice.ok()) << twice.error().message;
  EXPECT_TRUE(twice->already);
  EXPECT_EQ(twice->submission_id, sid);
  EXPECT_EQ(body_state(), before);

  // 3. Received and returned with a reason; the return travels back.
  ASSERT_TRUE(app::receive_submission(b, clerk, sid, std::nullopt, awards_meta()).ok());
  ASSERT_TRUE(app::return_submission(b, clerk, sid, "Bổ sung báo cáo thành tích", std::nullopt, awards_meta()).ok());
  const std::string returned = export_answer(sid, "tra-lai-1.zip");
  ASSERT_FALSE(returned.empty());
  auto back = import_at_department(returned);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->outcome, "returned");
  EXPECT_EQ(back->decision_id, proposal_);
  EXPECT_EQ(nomination_state(*site_, n_an_), "proposed");  // nothing decided yet

  // 4. Round 2: a new package; the body takes it as the same submission's next round.
  const std::string second = export_proposal("de-nghi-2.zip");
  ASSERT_FALSE(second.empty());
  EXPECT_NE(read_bytes(second), read_bytes(first));
  auto in2 = import_at_body(second);
  ASSERT_TRUE(in2.ok()) << in2.error().message;
  EXPECT_EQ(in2->submission_id, sid);
  v = view_at_body(sid);
  EXPECT_EQ(v.record.round, 2);
  EXPECT_EQ(v.record.state, core::SubmissionState::kSent);
  EXPECT_EQ(v.rounds.size(), 2u);

  // The first round's package brought again: already taken, nothing changes.
  const std::string before_replay = body_state();
  auto replay = import_at_body(first);
  ASSERT_TRUE(replay.ok());
  EXPECT_TRUE(replay->already);
  EXPECT_EQ(body_state(), before_replay);
  EXPECT_EQ(view_at_body(sid).record.round, 2);

  // 5. Council agrees to An only; the leader decides with the body's number.
  ASSERT_TRUE(app::receive_submission(b, clerk, sid, std::nullopt, awards_meta()).ok());
  ASSERT_TRUE(app::appraise_submission(b, clerk, sid, "", std::nullopt, awards_meta()).ok());
  v = view_at_body(sid);
  for (const auto& i : v.items) EXPECT_EQ(i.verdict, "none") << "the sender's records are not here";
  const std::string today = app::vietnam_date(b.clock.now());
  ASSERT_TRUE(app::review_submission(b, clerk, sid, today, {n_an_}, "", std::nullopt, awards_meta()).ok());
  auto decided = app::decide_submission(b, leader, sid, "Nguyễn Văn Chủ Tịch", std::nullopt, awards_meta());
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  v = view_at_body(sid);
  ASSERT_TRUE(v.record.decision_number);
  EXPECT_FALSE(v.record.decision_grounds.empty()) << "the grounds came with the package";

  // 6. The decision travels back: An granted with the body's number, the other refused.
  const std::string answer = export_answer(sid, "quyet-dinh.zip");
  ASSERT_FALSE(answer.empty());
  auto verified_answer = app::verify_package(answer, app::read_trusted_roots(site_->data_dir().string()));
  ASSERT_TRUE(verified_answer.ok()) << verified_answer.error().message;
  ASSERT_EQ(verified_answer->manifest.files.size(), 1u);
  EXPECT_EQ(verified_answer->manifest.files[0].name, "quyet-dinh.pdf");
  auto done = import_at_department(answer);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->outcome, "decided");
  EXPECT_EQ(nomination_state(*site_, n_an_), "granted");
  EXPECT_EQ(nomination_state(*site_, n_other_), "refused");
  const std::string number = app::document_number_symbol(*v.record.decision_number, "QĐ-UBND");
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM awards WHERE nomination_id = ? AND decision_number_symbol = ?",
                   {n_an_, number}),
            1);
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM awards WHERE person_id = ?", {other_}), 0);

  // The answer again: nothing more.
  auto again = import_at_department(answer);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already);
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM awards WHERE person_id = ?", {an_}), 1);
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM audit_log WHERE action = 'exchange.import'"), 2);
  EXPECT_EQ(scalar(*body_site_, "SELECT COUNT(*) FROM audit_log WHERE action = 'exchange.import'"), 2);
}

TEST_F(ExchangeTest, DamagedAlteredReplayedAndForeignPackagesAreRefusedAndStoreNothing) {
  const std::string good = export_proposal("de-nghi.zip");
  ASSERT_FALSE(good.empty());
  auto entries = app::read_zip_entries(good, 1u << 30);
  ASSERT_TRUE(entries.ok());
  std::string manifest, signature;
  std::vector<app::PackageFile> files;
  for (auto& e : *entries) {
    if (e.name == app::kManifestName) {
      manifest = e.bytes;
    } else if (e.name == app::kSignatureName) {
      signature = e.bytes;
    } else {
      files.push_back(e);
    }
  }
  ASSERT_FALSE(manifest.empty());
  ASSERT_FALSE(signature.empty());
  ASSERT_FALSE(files.empty());
  auto identity = app::load_signing_identity(
      app::agency_signing_files(site_->data_dir().string(), site_->unit_id("STNMT")).identity);
  ASSERT_TRUE(identity.ok()) << identity.error().message;
  auto write = [&](const std::string& name, const std::string& m, const std::string& sig,
                   const std::vector<app::PackageFile>& fs_) {
    const std::string path = (work_ / name).string();
    EXPECT_TRUE(app::write_package(path, m, sig, fs_).ok());
    return path;
  };
  auto resign = [&](const std::string& m) {
    auto sig = app::sign_manifest(*identity, m);
    EXPECT_TRUE(sig.ok());
    return sig.ok() ? *sig : std::string();
  };
  auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
  };
  const std::string before = body_state();
  auto refused = [&](const std::string& path, const std::string& code) {
    auto r = import_at_body(path);
    EXPECT_FALSE(r.ok()) << path;
    if (!r.ok()) {
      EXPECT_EQ(r.error().code, code) << r.error().message;
      EXPECT_FALSE(r.error().message.empty());
    }
    EXPECT_EQ(body_state(), before) << path;
  };

  // A file of the dossier changed after signing.
  auto tampered = files;
  tampered[0].bytes += "x";
  refused(write("sua-tep.zip", manifest, signature, tampered), app::exchange_errc::kAltered);
  // A file added that the manifest does not list.
  auto extra = files;
  extra.push_back({"ho-so/them.pdf", "%PDF-1.4 thêm"});
  refused(write("them-tep.zip", manifest, signature, extra), app::exchange_errc::kAltered);
  // A listed file taken out.
  auto fewer = files;
  fewer.pop_back();
  refused(write("bot-tep.zip", manifest, signature, fewer), app::exchange_errc::kAltered);
  // The manifest changed after signing (one nominee's name).
  refused(write("sua-manifest.zip", replace_all(manifest, "Nguyễn Văn An", "Nguyễn Văn Ân"), signature, files),
          app::exchange_errc::kSignature);
  // Cut short in transit.
  const std::string whole = read_bytes(good);
  const fs::path cut = work_ / "cut.zip";
  write_bytes(cut, whole.substr(0, whole.size() / 2));
  refused(cut.string(), app::exchange_errc::kDamaged);
  write_bytes(work_ / "rong.zip", "");
  refused((work_ / "rong.zip").string(), app::exchange_errc::kDamaged);
  // Another version of the format, properly signed.
  const std::string v2 = replace_all(manifest, "\"version\":1", "\"version\":2");
  refused(write("phien-ban-2.zip", v2, resign(v2), files), app::exchange_errc::kVersion);
  // Signed by an authority the body does not trust.
  fs::remove(body_site_->data_dir() / "trust" / "so-tnmt.cer");
  refused(good, app::exchange_errc::kSignature);
  write_bytes(body_site_->data_dir() / "trust" / "so-tnmt.cer",
              read_bytes(app::demo_ca_certificate_path(site_->data_dir().string())));

  // Taken once; then a package re-signed under a new id with the same
  // sequence (a replay of that number) is refused.
  auto taken = import_at_body(good);
  ASSERT_TRUE(taken.ok()) << taken.error().message;
  const std::string after_take = body_state();
  auto parsed = app::manifest_from_json(manifest);
  ASSERT_TRUE(parsed.ok());
  const std::string renamed = replace_all(manifest, parsed->package_id, "00000000-0000-4000-8000-000000000001");
  auto r = import_at_body(write("phat-lai.zip", renamed, resign(renamed), files));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, app::exchange_errc::kReplayed);
  EXPECT_EQ(body_state(), after_take);
  // The same id with another manifest (a later sequence): altered.
  const std::string changed = replace_all(manifest, "\"sequence\":1", "\"sequence\":7");
  r = import_at_body(write("doi-noi-dung.zip", changed, resign(changed), files));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, app::exchange_errc::kAltered);
  EXPECT_EQ(body_state(), after_take);
}

TEST_F(ExchangeTest, OnlyTheOfficesOfEachSideMoveAPackage) {
  // The Department's staff without the office's right export nothing.
  auto made = app::export_proposal_package(site_->services(), site_->actor("canbo"), kSeedCampaign, proposal_,
                                           {"BTDKT", kBodyName}, "", awards_meta());
  ASSERT_FALSE(made.ok());
  EXPECT_TRUE(made.error().code == core::errc::kForbidden || made.error().code == core::errc::kNotFound);
  // A receiver code or name that is not one.
  made = app::export_proposal_package(site_->services(), site_->actor("thuongtruc"), kSeedCampaign, proposal_,
                                      {"BT DKT", kBodyName}, "", awards_meta());
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.error().field, "receiver");
  const std::string good = export_proposal("de-nghi.zip");
  ASSERT_FALSE(good.empty());
  // Once exported, the proposal is not sent inside the deployment too.
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM exchange_packages WHERE direction = 'out'"), 1);
  // At the body, someone of the Department's demo (site B has one too) may not take it in.
  const std::string before = body_state();
  auto r = app::import_exchange_package(body_site_->services(), body_site_->actor("thuongtruc"), good, awards_meta());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kForbidden);
  EXPECT_EQ(body_state(), before);
  // A proposal package brought to the Department itself is for no receiving agency there.
  r = import_at_department(good);
  ASSERT_FALSE(r.ok());
  // An answer from the body before it decided or returned: nothing to send.
  auto in = import_at_body(good);
  ASSERT_TRUE(in.ok());
  auto early = app::export_answer_package(body_site_->services(), body_site_->actor("cv.btdkt"), *in->submission_id,
                                          awards_meta());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, core::errc::kConflict);
  // The imported submission has no sending side at the body: nobody resends or withdraws it there.
  auto w = app::withdraw_submission(body_site_->services(), app::system_actor(), *in->submission_id, "Rút",
                                    std::nullopt, awards_meta());
  EXPECT_FALSE(w.ok());
}

// A package re-made from `path` with its manifest changed by `edit`, signed
// by `signer`, at `out`.
template <class Edit>
std::string remade(const std::string& path, const fs::path& out, const docs::SigningIdentity& signer, Edit edit) {
  auto entries = app::read_zip_entries(path, 1u << 30);
  EXPECT_TRUE(entries.ok());
  if (!entries.ok()) return {};
  std::string manifest;
  std::vector<app::PackageFile> files;
  for (auto& e : *entries) {
    if (e.name == app::kManifestName) {
      manifest = e.bytes;
    } else if (e.name != app::kSignatureName) {
      files.push_back(std::move(e));
    }
  }
  auto m = app::manifest_from_json(manifest);
  EXPECT_TRUE(m.ok());
  if (!m.ok()) return {};
  edit(*m);
  const std::string text = app::manifest_to_json(*m);
  auto sig = app::sign_manifest(signer, text);
  EXPECT_TRUE(sig.ok());
  EXPECT_TRUE(app::write_package(out.string(), text, sig.ok() ? *sig : std::string(), files).ok());
  return out.string();
}

// Another agency holding a certificate both sides trust cannot speak for
// the Department nor answer for the body; a certificate that does not name
// the sender is refused; nothing is stored.
TEST_F(ExchangeTest, AnotherTrustedAgencyCannotSendOrAnswerInAnothersName) {
  // Certificates from each side's authority for agencies that are not party to this proposal.
  auto a_ca = app::load_signing_identity((fs::path(app::signing_keys_dir(site_->data_dir().string())) /
                                          "demo-ca.identity").string());
  ASSERT_TRUE(a_ca.ok()) << a_ca.error().message;
  auto transport = docs::issue_signing_identity(*a_ca, {"Sở Giao thông vận tải", "Tỉnh Bắc Giang", "Bắc Giang", 365, 1});
  ASSERT_TRUE(transport.ok());
  const std::string good = export_proposal("de-nghi.zip");
  ASSERT_FALSE(good.empty());
  ASSERT_TRUE(import_at_body(good).ok());
  const std::string before = body_state();
  auto refused_at_body = [&](const std::string& path, const char* why) {
    auto r = import_at_body(path);
    ASSERT_FALSE(r.ok()) << why;
    EXPECT_EQ(r.error().code, app::exchange_errc::kSignature) << why << ": " << r.error().message;
    EXPECT_EQ(body_state(), before) << why;
  };
  // The Department's code, under another agency's own name and certificate: its next "round".
  refused_at_body(remade(good, work_ / "gia-danh.zip", *transport,
                         [](app::ExchangeManifest& m) {
                           m.package_id = "00000000-0000-4000-8000-0000000000aa";
                           m.sequence = 2;
                           m.sender.name = "Sở Giao thông vận tải";
                           m.proposal->round = 2;
                         }),
                  "another agency using the Department's code");
  // The Department's name, signed by a certificate that names someone else.
  refused_at_body(remade(good, work_ / "sai-ten.zip", *transport,
                         [](app::ExchangeManifest& m) {
                           m.package_id = "00000000-0000-4000-8000-0000000000bb";
                           m.sequence = 3;
                         }),
                  "a certificate that does not name the sender");

  // At the Department: an "answer" signed by another agency the Department's
  // trust admits (the body's authority issued it), granting everyone.
  auto b_ca_key = docs::new_certificate_authority({"CA khác", "Tỉnh Bắc Ninh", "Bắc Ninh", 365, 1});
  ASSERT_TRUE(b_ca_key.ok());
  write_bytes(site_->data_dir() / "trust" / "ca-khac.cer", b_ca_key->certificate_der());
  auto builder = docs::issue_signing_identity(*b_ca_key, {"Sở Xây dựng", "Tỉnh Bắc Ninh", "Bắc Ninh", 365, 1});
  ASSERT_TRUE(builder.ok());
  auto verified = app::verify_package(good, app::read_trusted_roots(body_site_->data_dir().string()));
  ASSERT_TRUE(verified.ok());
  app::ExchangeManifest answer;
  answer.package_id = "00000000-0000-4000-8000-0000000000cc";
  answer.kind = "answer";
  answer.created_at = "2026-12-06T00:00:00.000Z";
  answer.sequence = 1;
  answer.sender = {"BTDKT", "Sở Xây dựng"};
  answer.receiver = verified->manifest.sender;
  app::ExchangeAnswer a;
  a.refers_to = verified->manifest.package_id;
  a.reference = verified->manifest.proposal->reference;
  a.round = 1;
  a.outcome = "decided";
  a.decision_number = 9;
  a.decision_symbol = "QĐ-UBND";
  a.decision_date = "2026-12-05";
  a.authority = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh";
  a.signer = "Người Giả";
  a.agreed = {n_an_, n_other_};
  answer.answer = a;
  const std::string text = app::manifest_to_json(answer);
  auto sig = app::sign_manifest(*builder, text);
  ASSERT_TRUE(sig.ok());
  const std::string forged = (work_ / "tra-loi-gia.zip").string();
  ASSERT_TRUE(app::write_package(forged, text, *sig, {}).ok());
  auto r = import_at_department(forged);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, app::exchange_errc::kSignature) << r.error().message;
  EXPECT_EQ(nomination_state(*site_, n_an_), "proposed");
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM awards WHERE nomination_id IN (?, ?)", {n_an_, n_other_}), 0);
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM exchange_packages WHERE direction = 'in'"), 0);
}

// The operator's `thidua exchange` at each end: export at the Department,
// verify and import at the body (twice: nothing more), and a damaged file
// refused with its reason.
TEST_F(ExchangeTest, TheCommandLineCarriesAPackageBetweenTheTwoDeployments) {
  const std::string url_a = database_url(*site_), url_b = database_url(*body_site_);
  ASSERT_FALSE(url_a.empty());
  ASSERT_FALSE(url_b.empty());
  const std::string bin = shell_quote(THIDUA_BIN);
  const std::string at_a = " --db " + shell_quote(url_a) + " --data-dir " + shell_quote(site_->data_dir().string());
  const std::string at_b =
      " --db " + shell_quote(url_b) + " --data-dir " + shell_quote(body_site_->data_dir().string());
  const std::string out = (work_ / "cli.zip").string();

  const CliRun usage = run_command(bin + " exchange export --campaign 1" + at_a);
  EXPECT_EQ(usage.exit_code, 2) << usage.output;
  EXPECT_NE(usage.output.find("Cách dùng"), std::string::npos);

  const CliRun exported = run_command(bin + " exchange export --campaign 1 --decision " + std::to_string(proposal_) +
                                      " --receiver-code BTDKT --receiver-name " + shell_quote(kBodyName) +
                                      " --note " + shell_quote("Kính gửi Ban") + " --out " + shell_quote(out) + at_a);
  ASSERT_EQ(exported.exit_code, 0) << exported.output;
  EXPECT_NE(exported.output.find("Đã xuất gói đề nghị"), std::string::npos) << exported.output;
  ASSERT_TRUE(fs::exists(out));

  const CliRun verified = run_command(bin + " exchange verify --file " + shell_quote(out) + at_b);
  EXPECT_EQ(verified.exit_code, 0) << verified.output;
  EXPECT_NE(verified.output.find("hợp lệ"), std::string::npos) << verified.output;
  EXPECT_EQ(scalar(*body_site_, "SELECT COUNT(*) FROM submissions"), 0) << "verify writes nothing";

  const CliRun imported = run_command(bin + " exchange import --file " + shell_quote(out) + at_b);
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("Đã nhận gói"), std::string::npos) << imported.output;
  EXPECT_EQ(scalar(*body_site_, "SELECT COUNT(*) FROM submissions WHERE origin = 'exchange'"), 1);
  const CliRun twice = run_command(bin + " exchange import --file " + shell_quote(out) + at_b);
  EXPECT_EQ(twice.exit_code, 0) << twice.output;
  EXPECT_NE(twice.output.find("đã được nhận trước đó"), std::string::npos) << twice.output;
  EXPECT_EQ(scalar(*body_site_, "SELECT COUNT(*) FROM submissions"), 1);

  const std::string whole = read_bytes(out);
  write_bytes(work_ / "cut.zip", whole.substr(0, whole.size() - 200));
  const CliRun cut = run_command(bin + " exchange import --file " + shell_quote((work_ / "cut.zip").string()) + at_b);
  EXPECT_EQ(cut.exit_code, 1) << cut.output;
  EXPECT_NE(cut.output.find("bị hỏng"), std::string::npos) << cut.output;
}

// Migration 116 made the submission tables anew: a deployment that sent
// proposals before it keeps every submission, item, round and event with
// their ids, and new rows continue after them (PostgreSQL's identities too).
TEST_F(ExchangeTest, TheMigrationKeepsEverySubmissionSentBefore) {
  app::Services& a = site_->services();
  core::Unit u;
  u.code = "BTDKT";
  u.name = kBodyName;
  u.kind = core::UnitKind::kAgency;
  auto body = app::create_unit(a, app::system_actor(), u, awards_meta());
  ASSERT_TRUE(body.ok());
  ASSERT_TRUE(app::set_receiving_agency(a, app::system_actor(), body->id, {"QĐ-UBND", "Chủ tịch UBND tỉnh"}, awards_meta())
                  .ok());
  const auto office = site_->actor("thuongtruc");
  auto sent = app::send_proposal(a, office, kSeedCampaign, proposal_, body->id, "Kính gửi", awards_meta());
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  ASSERT_TRUE(app::receive_submission(a, app::system_actor(), *sent, std::nullopt, awards_meta()).ok());
  auto conn = site_->db().acquire();
  auto snapshot = [&]() {
    std::string out;
    for (const char* sql :
         {"SELECT id, decision_id, sender_unit_id, receiver_unit_id, state, round, title, received_number, version "
          "FROM submissions ORDER BY id",
          "SELECT submission_id, nomination_id, ord, name FROM submission_items ORDER BY submission_id, ord",
          "SELECT submission_id, round, dossier_sha256 FROM submission_rounds ORDER BY submission_id, round",
          "SELECT id, submission_id, kind, note FROM submission_events ORDER BY id",
          "SELECT unit_id, decision_symbol FROM receiving_agencies ORDER BY unit_id"}) {
      auto rows = conn->query(sql);
      EXPECT_TRUE(rows.ok()) << sql;
      if (!rows.ok()) continue;
      for (const auto& r : *rows) {
        for (size_t c = 0; c < r.size(); ++c) out += (r.is_null(c) ? std::string("NULL") : r.str(c)) + "|";
        out += "\n";
      }
    }
    return out;
  };
  const std::string before = snapshot();
  ASSERT_NE(before.find("received"), std::string::npos);

  // The tables as 112, 113 and 115 left them, holding the same rows.
  std::string old_sql;
  for (const auto& m : store::migrations_for(site_->db().engine())) {
    if (m.version == 112 || m.version == 113 || m.version == 115) old_sql += m.sql + "\n";
  }
  const std::string columns =
      "id, decision_id, sender_unit_id, receiver_unit_id, state, round, title, sender_name, proposal_number_symbol, "
      "award_name, eligibility_code, year, received_number, received_date, assignee_id, appraisal_note, council_date, "
      "council_note, decision_number, decision_symbol, decision_date, signer_name, sent_at, updated_at, version, "
      "decision_authority, decision_grounds, campaign_title";
  const std::string undo =
      "CREATE TABLE keep_ra AS SELECT unit_id, decision_symbol, authority, created_at FROM receiving_agencies; "
      "CREATE TABLE keep_s AS SELECT " + columns + " FROM submissions; "
      "CREATE TABLE keep_i AS SELECT * FROM submission_items; "
      "CREATE TABLE keep_r AS SELECT * FROM submission_rounds; "
      "CREATE TABLE keep_e AS SELECT * FROM submission_events; "
      "DROP TABLE exchange_packages; DROP TABLE submission_events; DROP TABLE submission_rounds; "
      "DROP TABLE submission_items; DROP TABLE submissions; DROP TABLE receiving_agencies;\n" + old_sql +
      "INSERT INTO receiving_agencies SELECT * FROM keep_ra; "
      "INSERT INTO submissions (" + columns + ") SELECT " + columns + " FROM keep_s; "
      "INSERT INTO submission_items SELECT * FROM keep_i; "
      "INSERT INTO submission_rounds SELECT * FROM keep_r; "
      "INSERT INTO submission_events SELECT * FROM keep_e; "
      "DROP TABLE keep_ra; DROP TABLE keep_s; DROP TABLE keep_i; DROP TABLE keep_r; DROP TABLE keep_e; "
      "DELETE FROM schema_migrations WHERE version IN (116, 117);";
  auto undone = conn->exec_script(undo);
  ASSERT_TRUE(undone.ok()) << undone.error().message;
  ASSERT_EQ(snapshot(), before);

  // Migration 116 again, then 117 (which also changes the submissions), each
  // in one transaction as migrate() runs them; later ones touch other tables.
  int found = 0;
  for (const auto& m : store::migrations_for(site_->db().engine())) {
    if (m.version != 116 && m.version != 117) continue;
    ++found;
    auto ran = store::in_transaction(*conn, [&]() -> core::Status {
      THIDUA_TRY(conn->exec_script(m.sql));
      THIDUA_TRY(conn->exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                            {static_cast<int64_t>(m.version), m.name, std::string("2026-12-06T00:00:00.000Z")}));
      return {};
    });
    ASSERT_TRUE(ran.ok()) << m.version << ": " << ran.error().message;
  }
  ASSERT_EQ(found, 2);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(scalar(*site_, "SELECT COUNT(*) FROM submissions WHERE origin = 'local'"), 1);

  // New rows after the old ones: an event of the kept submission, and a second submission.
  const int64_t last_event = scalar(*site_, "SELECT MAX(id) FROM submission_events");
  ASSERT_TRUE(app::return_submission(a, app::system_actor(), *sent, "Bổ sung", std::nullopt, awards_meta()).ok());
  EXPECT_GT(scalar(*site_, "SELECT MAX(id) FROM submission_events"), last_event);
  const int64_t n = add_nomination(*site_, bk_bo_, unnominated_person(*site_, bk_bo_), "passed");
  const int64_t second = draft(*site_, bk_bo_, {n});
  ASSERT_GT(approve(*site_, second), 0);
  auto again = app::send_proposal(a, office, kSeedCampaign, second, body->id, "", awards_meta());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_GT(*again, *sent);
}

// Each route of the packages for each demo account at the Department (site
// A) and at the body (site B, where none of the demo accounts is on the
// receiving side): who reads, who makes, who takes in; refusals change nothing.
TEST_F(ExchangeTest, EachRouteAnswersEachRoleAsItShould) {
  ASSERT_TRUE(kCovered);
  const std::string good = export_proposal("de-nghi.zip");
  ASSERT_FALSE(good.empty());
  const std::string zip = read_bytes(good);
  auto parsed = app::verify_package(good, app::read_trusted_roots(body_site_->data_dir().string()));
  ASSERT_TRUE(parsed.ok());
  const std::string pid = parsed->manifest.package_id;
  const std::string dec = "/dot-thi-dua/1/quyet-dinh/" + std::to_string(proposal_);
  const std::string api_dec = "/api/v1/campaigns/1/decisions/" + std::to_string(proposal_);
  struct Row {
    const char* kind;  // GET, FORM, UPLOAD, JSON
    std::string target;
    const char* expect;
  };
  auto run = [&](TestSite& site, const std::vector<Row>& rows) {
    std::map<std::string, UserSession> sessions;
    for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site.session(kColumns[c]));
    for (const auto& row : rows) {
      const auto outcomes = split_outcomes(row.expect);
      ASSERT_EQ(outcomes.size(), kColumns.size()) << row.target;
      for (size_t c : refusals_first(outcomes)) {
        const std::string before = site.fingerprint();
        const int64_t packages_before = scalar(site, "SELECT COUNT(*) FROM exchange_packages");
        const std::string kind = row.kind;
        HttpResult r;
        if (c == 0) {
          auto anon = site.client();
          const std::string csrf = extract_csrf(anon->get("/dang-nhap").body);
          if (kind == "GET") {
            r = anon->get(row.target);
          } else if (kind == "FORM") {
            r = anon->post_form(row.target, {{"_csrf", csrf}});
          } else if (kind == "UPLOAD") {
            r = anon->post_multipart(row.target, {{"_csrf", csrf}}, {{"file", "goi.zip", "application/zip", zip}});
          } else {
            r = anon->request("POST", row.target, "{}", {{"Content-Type", "application/json"}});
          }
        } else {
          UserSession& u = sessions.at(kColumns[c]);
          if (kind == "GET") {
            r = u->get(row.target);
          } else if (kind == "FORM") {
            r = u.post_form(row.target, {{"receiver_code", "BTDKT"}, {"receiver_name", kBodyName}});
          } else if (kind == "UPLOAD") {
            r = u.post_multipart(row.target, {}, {{"file", "goi.zip", "application/zip", zip}});
          } else {
            r = u.send_json("POST", row.target,
                            boost::json::object{{"receiver_code", "BTDKT"}, {"receiver_name", kBodyName}});
          }
        }
        EXPECT_TRUE(outcome_matches(outcomes[c], r))
            << row.kind << " " << row.target << " " << kColumns[c] << " got " << r.status << " " << r.body.substr(0, 300);
        if (is_refusal(outcomes[c])) {
          EXPECT_TRUE(before == site.fingerprint()) << row.target << " " << kColumns[c] << " changed the database";
          EXPECT_EQ(scalar(site, "SELECT COUNT(*) FROM exchange_packages"), packages_before) << row.target;
        }
      }
    }
  };
  // At the Department: the secretariat (its office) makes and takes in; the
  // leader reads the packages of the proposal; nobody else sees them. The
  // package addressed to the body is refused at the Department (422: signed
  // by an authority the Department does not trust for itself, and for no
  // receiving agency here).
  run(*site_, {
      {"GET", "/goi-trao-doi", "L 403 403 O 403 403 403 403"},
      {"GET", "/goi-trao-doi/out/" + pid + "/goi.zip", "L 404 O O 404 404 404 404"},
      {"GET", "/goi-trao-doi/in/" + pid + "/goi.zip", "L 404 404 404 404 404 404 404"},
      {"GET", "/api/v1/exchange-packages/out/" + pid, "401 404 O O 404 404 404 404"},
      {"GET", api_dec + "/exchange-packages", "401 404 O O 404 404 404 404"},
      {"FORM", dec + "/goi-trao-doi", "L 403 403 R 403 403 403 403"},
      {"JSON", api_dec + "/exchange-package", "401 403 403 O 403 403 403 403"},
      {"UPLOAD", "/goi-trao-doi", "L 403 403 422 403 403 403 403"},
      {"UPLOAD", "/api/v1/exchange-packages", "401 403 403 422 403 403 403 403"},
  });
  // At the body: the demo's accounts are the Department's there, not the body's.
  auto in = import_at_body(good);
  ASSERT_TRUE(in.ok()) << in.error().message;
  const std::string sid = std::to_string(*in->submission_id);
  run(*body_site_, {
      {"GET", "/goi-trao-doi/in/" + pid + "/goi.zip", "L 404 404 404 404 404 404 404"},
      {"GET", "/api/v1/submissions/" + sid + "/exchange-packages", "401 404 404 404 404 404 404 404"},
      {"FORM", "/ho-so-de-nghi/" + sid + "/goi-tra-loi", "L 404 404 404 404 404 404 404"},
      {"JSON", "/api/v1/submissions/" + sid + "/answer-package", "401 404 404 404 404 404 404 404"},
      {"UPLOAD", "/api/v1/exchange-packages", "401 403 403 403 403 403 403 403"},
  });
  // The upload page links the receiving queue only for those it opens to.
  auto office = site_->session("thuongtruc");
  auto upload_page = office->get("/goi-trao-doi");
  ASSERT_EQ(upload_page.status, 200u);
  EXPECT_EQ(upload_page.body.find("href=\"/tiep-nhan\""), std::string::npos);
  // The body's clerk: reads, and may not answer before a decision or return.
  auto clerk = body_site_->login("cv.btdkt", kPassword);
  EXPECT_NE(clerk->get("/goi-trao-doi").body.find("href=\"/tiep-nhan\""), std::string::npos);
  EXPECT_EQ(clerk->get("/goi-trao-doi/in/" + pid + "/goi.zip").status, 200u);
  EXPECT_EQ(clerk->get("/api/v1/submissions/" + sid + "/exchange-packages").status, 200u);
  EXPECT_EQ(clerk.post_form("/ho-so-de-nghi/" + sid + "/goi-tra-loi", {}).status, 409u);
  auto page = clerk->get("/ho-so-de-nghi/" + sid);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("nhận qua gói trao đổi"), std::string::npos);
  // The same package uploaded again through the page: already taken, said so.
  auto again = clerk.post_multipart("/goi-trao-doi", {}, {{"file", "goi.zip", "application/zip", zip}});
  EXPECT_EQ(again.status, 303u);
  EXPECT_NE(again.header("location").find("da-nhan-truoc"), std::string::npos);
  // A damaged upload: the page says why, in Vietnamese, and stores nothing.
  const std::string before = body_state();
  auto broken = clerk.post_multipart("/goi-trao-doi", {}, {{"file", "goi.zip", "application/zip", zip.substr(0, 100)}});
  EXPECT_EQ(broken.status, 422u);
  EXPECT_NE(broken.body.find("bị hỏng"), std::string::npos);
  EXPECT_EQ(body_state(), before);
  auto api_broken = clerk.post_multipart("/api/v1/exchange-packages", {}, {{"file", "goi.zip", "application/zip", zip.substr(0, 100)}});
  EXPECT_EQ(api_broken.status, 422u);
  EXPECT_NE(api_broken.body.find("exchange_damaged"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
