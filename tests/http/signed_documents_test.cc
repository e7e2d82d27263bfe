// Issued documents are signed (issue 12 #1): with the demo's signing material
// (app/demo_signing.h), approving a decision or a proposal signs its PDF as
// the director, the agency and the agency on the list, and stores it; every
// download returns the same bytes, which poppler's pdfsig verifies; the file's
// hash is in the audit trail. A draft is never signed. Without signing
// material the document is issued unsigned, as before.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>

#include "app/campaigns.h"
#include "app/crypto.h"
#include "app/demo_signing.h"
#include "app/document_signing.h"
#include "awards_fixture.h"
#include "docs/demo_marks.h"
#include "support/pdf_text.h"
#include "support/test_server.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

namespace fs = std::filesystem;

class SignedDocumentsTest : public SeedAwardsTest {
 protected:
  void with_signing() {
    auto made = app::set_up_demo_signing(site_->services(), kSeedCampaign);
    ASSERT_TRUE(made.ok()) << made.error().message;
  }
  std::string sign_audit_sha256(int64_t decision) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT after_json FROM audit_log WHERE action = 'decision.sign' AND entity_id = ?",
                            {std::to_string(decision)});
    EXPECT_TRUE(rows.ok());
    if (!rows.ok() || rows->size() != 1) return "rows: " + std::to_string(rows.ok() ? rows->size() : 0);
    const std::string after = (*rows)[0].str(0);
    const size_t at = after.find("\"sha256\":\"");
    return at == std::string::npos ? after : after.substr(at + 10, 64);
  }

};

TEST_F(SignedDocumentsTest, AnApprovedDecisionIsSignedOnceAndDownloadedAsStored) {
  with_signing();
  const int64_t n1 = add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed");
  const int64_t n2 = add_collective_nomination(*site_, gk_, "PTNMT-LN", "passed");
  const int64_t id = draft(*site_, gk_, {n1, n2});
  UserSession leader = site_->login("lanhdao");
  const std::string url = "/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.pdf";

  // The draft: drawn each time, never signed.
  HttpResult draft_pdf = leader->get(url);
  ASSERT_EQ(draft_pdf.status, 200u);
  EXPECT_EQ(draft_pdf.body.find("/Type /Sig"), std::string::npos);
  EXPECT_NE(pdfsig_report(draft_pdf.body).find("does not contain any signatures"), std::string::npos);
  EXPECT_EQ(pdf_words(draft_pdf.body).rfind("DỰ THẢO", 0), 0u) << "marked as a draft, first thing on the page";
  HttpResult draft_docx = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.docx");
  ASSERT_EQ(draft_docx.status, 200u);

  const int64_t number = approve(*site_, id);
  ASSERT_GT(number, 0);
  HttpResult first = leader->get(url);
  ASSERT_EQ(first.status, 200u);
  const std::string report = pdfsig_report(first.body);
  // The director at the signature, the agency's seal, the agency on the list.
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 3u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Bùi Quang Huy"), 1u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Sở Tài nguyên và Môi trường"), 2u) << report;
  EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
  expect_document_fonts(first.body, "signed decision");
  const std::string words = pdf_words(first.body);
  const std::string symbol = (number < 10 ? "0" : "") + std::to_string(number) + "/QĐ-STNMT";
  EXPECT_NE(words.find(symbol), std::string::npos) << words;
  EXPECT_NE(words.find("+07:00"), std::string::npos) << words;
  EXPECT_EQ(words.find("DỰ THẢO"), std::string::npos);

  // Later downloads, by anyone allowed to read it, return the same bytes.
  HttpResult again = leader->get(url);
  ASSERT_EQ(again.status, 200u);
  EXPECT_EQ(again.body, first.body);
  UserSession secretariat = site_->login("thuongtruc");
  HttpResult api = secretariat->get("/api/v1/campaigns/1/decisions/" + std::to_string(id) + "/document.pdf");
  ASSERT_EQ(api.status, 200u);
  EXPECT_EQ(api.body, first.body);

  // The dossier carries the same signed file.
  HttpResult zip = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/ho-so.zip");
  ASSERT_EQ(zip.status, 200u);
  auto entries = zip_entries(zip.body);
  ASSERT_TRUE(entries.has_value());
  EXPECT_EQ((*entries)["quyet-dinh-" + std::to_string(number) + ".pdf"], first.body);

  // The decision's page says it is signed and gives the file's hash.
  HttpResult page = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Đã ký số lúc"), std::string::npos);
  EXPECT_NE(page.body.find(app::sha256_hex(first.body)), std::string::npos);

  // Its hash is in the audit trail, once; the stored file is those bytes.
  const std::string sha = app::sha256_hex(first.body);
  EXPECT_EQ(sign_audit_sha256(id), sha);
  EXPECT_TRUE(fs::exists(site_->data_dir() / "files" / sha.substr(0, 2) / sha.substr(2)));
}

// The electronic certificate of one award is signed when first downloaded
// (the director and the agency), then the same bytes; the batch for printing
// on paper is not signed.
TEST_F(SignedDocumentsTest, AnAwardsCertificateIsSignedTheBatchForPaperIsNot) {
  with_signing();
  const int64_t an = site_->person_id("Nguyễn Văn An");
  const int64_t n1 = add_nomination(*site_, gk_, an, "passed");
  const int64_t id = draft(*site_, gk_, {n1});
  ASSERT_GT(approve(*site_, id), 0);
  int64_t award = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT id FROM awards WHERE decision_id = ?", {id});
    ASSERT_TRUE(rows.ok() && rows->size() == 1);
    award = (*rows)[0].i64(0);
  }
  UserSession staff = site_->login("nhanvien");
  HttpResult one = staff->get("/khen-thuong/" + std::to_string(award) + "/giay-khen.pdf");
  ASSERT_EQ(one.status, 200u);
  const std::string report = pdfsig_report(one.body);
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 2u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Bùi Quang Huy"), 1u) << report;
  expect_document_fonts(one.body, "signed certificate");
  EXPECT_NE(pdf_words(one.body).find("+07:00"), std::string::npos);
  HttpResult again = staff->get("/api/v1/awards/" + std::to_string(award) + "/certificate.pdf");
  ASSERT_EQ(again.status, 200u);
  EXPECT_EQ(again.body, one.body);
  UserSession leader = site_->login("lanhdao");
  HttpResult batch = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/giay-khen.pdf");
  ASSERT_EQ(batch.status, 200u);
  EXPECT_EQ(batch.body.find("/Type /Sig"), std::string::npos);
}

TEST_F(SignedDocumentsTest, AProposalIsSignedToo) {
  with_signing();
  const int64_t n1 = add_nomination(*site_, bk_tinh_, site_->person_id("Nguyễn Văn An"), "passed");
  const int64_t id = draft(*site_, bk_tinh_, {n1});
  ASSERT_GT(approve(*site_, id), 0);
  UserSession leader = site_->login("lanhdao");
  HttpResult pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.pdf");
  ASSERT_EQ(pdf.status, 200u);
  const std::string report = pdfsig_report(pdf.body);
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 3u) << report;
}

TEST_F(SignedDocumentsTest, SigningMaterialIsPrivateToTheServer) {
  with_signing();
  const std::string keys = app::signing_keys_dir(site_->services().data_dir);
  struct stat st {};
  ASSERT_EQ(::stat(keys.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(keys)) {
    ++files;
    ASSERT_EQ(::stat(entry.path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u) << entry.path();
  }
  // The CA, the agency, the director: an .identity and an image or a
  // certificate each; and the day the agency began signing electronically.
  EXPECT_EQ(files, 7u);
  // Set up again: the material stays as it is.
  const auto agency = app::agency_signing_files(site_->services().data_dir, site_->unit_id("STNMT"));
  std::ifstream in(agency.identity, std::ios::binary);
  const std::string before((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  with_signing();
  std::ifstream in2(agency.identity, std::ios::binary);
  const std::string after((std::istreambuf_iterator<char>(in2)), std::istreambuf_iterator<char>());
  EXPECT_EQ(before, after);
  EXPECT_FALSE(before.empty());
}

// An office's own PKCS#12 files, made here by the openssl command line (as a
// certification service or an operator would), installed and used.
TEST_F(SignedDocumentsTest, AnOfficesOwnPkcs12FilesAreInstalledAndSignWhatItIssues) {
  std::random_device rd;
  const fs::path dir = fs::temp_directory_path() / ("thidua-p12-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(dir);
  auto make_p12 = [&](const std::string& name, const std::string& cn) {
    const std::string d = dir.string() + "/";
    const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -keyout '" + d + name + ".key' -out '" + d + name +
                            ".crt' -subj '/CN=" + cn + "' -days 2 >/dev/null 2>&1 && openssl pkcs12 -export -inkey '" +
                            d + name + ".key' -in '" + d + name + ".crt' -out '" + d + name +
                            ".p12' -passout pass:bi-mat-123 >/dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    return d + name + ".p12";
  };
  const std::string agency_p12 = make_p12("agency", "So TNMT Bac Giang (test)");
  // The director's certificate names him (without diacritics: names compare
  // without them); another person's certificate never signs in his name.
  const std::string signer_p12 = make_p12("signer", "Bui Quang Huy");
  const std::string deputy_p12 = make_p12("deputy", "Giap Van Tuan");
  const std::string png = (dir / "mark.png").string();
  ASSERT_TRUE(docs::write_demo_signature_png(png, "Bùi Quang Huy").ok());
  const std::string data_dir = site_->services().data_dir;
  const auto agency = app::agency_signing_files(data_dir, site_->unit_id("STNMT"));
  const auto signer = app::signer_signing_files(data_dir, site_->user_id("lanhdao"));

  // Refused, and nothing installed: a wrong passphrase, an image that is not a PNG.
  auto wrong = app::install_signing_files(agency_p12, "sai", png, agency, "2025-01-15");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, core::errc::kValidation);
  auto not_png = app::install_signing_files(agency_p12, "bi-mat-123", agency_p12, agency, "2025-01-15");
  ASSERT_FALSE(not_png.ok());
  EXPECT_EQ(not_png.error().code, core::errc::kValidation);
  EXPECT_FALSE(app::has_signing_files(agency));
  EXPECT_FALSE(fs::exists(agency.since));

  // Two decisions issued unsigned before the agency had signing material:
  // one dated before the day it began signing electronically, one after.
  auto unsigned_decision = [&](const std::string& unit_code, const std::string& date) {
    const int64_t id = draft(*site_, gk_, {add_collective_nomination(*site_, gk_, unit_code, "passed")});
    EXPECT_GT(approve(*site_, id), 0);
    auto conn = site_->db().acquire();
    EXPECT_TRUE(conn->exec("UPDATE decisions SET issue_date = ? WHERE id = ?", {date, id}).ok());
    return id;
  };
  const int64_t on_paper = unsigned_decision("PTNMT-LN", "2024-12-31");
  const int64_t since_then = unsigned_decision("STNMT-VP", "2025-03-01");

  auto installed = app::install_signing_files(agency_p12, "bi-mat-123", png, agency, "2025-01-15");
  ASSERT_TRUE(installed.ok());
  EXPECT_EQ(installed->common_name, "So TNMT Bac Giang (test)");
  EXPECT_EQ(installed->certificate_sha256.size(), 64u);
  ASSERT_TRUE(app::install_signing_files(deputy_p12, "bi-mat-123", png, signer, "2025-01-15").ok());

  UserSession leader = site_->login("lanhdao");
  auto issue = [&](const std::string& name) {
    const int64_t n = add_nomination(*site_, gk_, site_->person_id(name), "passed");
    const int64_t id = draft(*site_, gk_, {n});
    EXPECT_GT(approve(*site_, id), 0);
    HttpResult pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.pdf");
    EXPECT_EQ(pdf.status, 200u);
    return pdf.body;
  };
  const std::string by_deputy = issue("Nguyễn Văn An");
  EXPECT_EQ(by_deputy.find("/Type /Sig"), std::string::npos) << "signed by a certificate of someone else";

  ASSERT_TRUE(app::install_signing_files(signer_p12, "bi-mat-123", png, signer, "2025-01-15").ok());
  const std::string report = pdfsig_report(issue("Hoàng Thị Thanh Tâm"));
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 3u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Bui Quang Huy"), 1u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: So TNMT Bac Giang (test)"), 2u) << report;

  // The agency began signing electronically on the day of its first
  // identity; a renewal keeps that day. A document issued since is signed by
  // the renewed certificate (valid only from today) when first downloaded;
  // one dated before stays as issued on paper.
  ASSERT_TRUE(app::install_signing_files(agency_p12, "bi-mat-123", png, agency, "2026-06-01").ok());
  std::ifstream since_in(agency.since);
  std::string since;
  std::getline(since_in, since);
  EXPECT_EQ(since, "2025-01-15");
  auto download = [&](int64_t id) {
    HttpResult pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.pdf");
    EXPECT_EQ(pdf.status, 200u);
    return pdf_words(pdf.body) + "\n" + pdfsig_report(pdf.body);
  };
  const std::string later = download(since_then);
  EXPECT_EQ(occurrences(later, "Signature Validation: Signature is Valid."), 3u) << later;
  EXPECT_NE(later.find("ngày 01 tháng 3 năm 2025"), std::string::npos) << later;
  const std::string before = download(on_paper);
  EXPECT_NE(before.find("does not contain any signatures"), std::string::npos) << before;
  std::error_code ec;
  fs::remove_all(dir, ec);
}

TEST_F(SignedDocumentsTest, APublishedPlanIsSignedByWhoApprovedIt) {
  with_signing();
  const app::RequestMeta meta{"127.0.0.1", "signing", "tests"};
  auto copy = app::copy_campaign(site_->services(), site_->actor("thuongtruc"), kSeedCampaign, meta);
  ASSERT_TRUE(copy.ok());
  auto version = [&] {
    auto v = app::get_campaign(site_->services(), app::system_actor(), *copy);
    return v.ok() ? v->summary.version : 0;
  };
  UserSession leader = site_->login("lanhdao");
  const std::string url = "/dot-thi-dua/" + std::to_string(*copy) + "/ke-hoach.pdf";
  HttpResult draft_pdf = leader->get(url);
  ASSERT_EQ(draft_pdf.status, 200u);
  EXPECT_EQ(draft_pdf.body.find("/Type /Sig"), std::string::npos) << "a draft plan is never signed";
  EXPECT_EQ(pdf_words(draft_pdf.body).rfind("DỰ THẢO", 0), 0u) << "and is marked as a draft";
  ASSERT_TRUE(app::move_campaign(site_->services(), site_->actor("lanhdao"), *copy, core::CampaignState::kApproved,
                                 version(), meta)
                  .ok());
  ASSERT_TRUE(app::move_campaign(site_->services(), site_->actor("thuongtruc"), *copy, core::CampaignState::kPublished,
                                 version(), meta)
                  .ok());
  HttpResult pdf = leader->get(url);
  ASSERT_EQ(pdf.status, 200u);
  const std::string report = pdfsig_report(pdf.body);
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 2u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Bùi Quang Huy"), 1u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Sở Tài nguyên và Môi trường"), 1u) << report;
  EXPECT_EQ(pdf_words(pdf.body).find("DỰ THẢO"), std::string::npos);
  auto visitor = site_->client();
  HttpResult public_pdf = visitor->get("/cong-khai/ke-hoach/" + std::to_string(*copy) + "/ke-hoach.pdf");
  ASSERT_EQ(public_pdf.status, 200u);
  EXPECT_EQ(public_pdf.body, pdf.body);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.sign' AND entity_id = ?",
                          {std::to_string(*copy)});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 1);
}

TEST_F(SignedDocumentsTest, WithoutSigningMaterialTheDocumentIsIssuedUnsigned) {
  const int64_t n1 = add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed");
  const int64_t id = draft(*site_, gk_, {n1});
  ASSERT_GT(approve(*site_, id), 0);
  UserSession leader = site_->login("lanhdao");
  HttpResult pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/van-ban.pdf");
  ASSERT_EQ(pdf.status, 200u);
  EXPECT_EQ(pdf.body.find("/Type /Sig"), std::string::npos);
  HttpResult page = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id));
  EXPECT_NE(page.body.find("Chưa ký số"), std::string::npos);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT COUNT(*) FROM issued_documents", {});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 0);
}

// A document issued before the certificates existed (the seed campaign's
// decisions of 2023, before the agency's certificates of today) is never
// signed with them on a later download: its original was signed by hand.
// One issued since the certificates began is, on its first download.
TEST_F(SignedDocumentsTest, ADocumentDatedBeforeTheCertificatesIsNotSignedWithThem) {
  const int64_t old_decision = draft(*site_, gk_, {add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed")});
  ASSERT_GT(approve(*site_, old_decision), 0);
  const int64_t new_decision = draft(*site_, gk_, {add_collective_nomination(*site_, gk_, "PTNMT-LN", "passed")});
  ASSERT_GT(approve(*site_, new_decision), 0);
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE decisions SET issue_date = '2023-10-18' WHERE id = ?", {old_decision}).ok());
  }
  with_signing();  // valid from two years back: after 2023
  UserSession leader = site_->login("lanhdao");
  HttpResult old_pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(old_decision) + "/van-ban.pdf");
  ASSERT_EQ(old_pdf.status, 200u);
  EXPECT_NE(pdfsig_report(old_pdf.body).find("does not contain any signatures"), std::string::npos);
  EXPECT_NE(pdf_words(old_pdf.body).find("ngày 18 tháng 10 năm 2023"), std::string::npos) << pdf_words(old_pdf.body);
  HttpResult new_pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(new_decision) + "/van-ban.pdf");
  ASSERT_EQ(new_pdf.status, 200u);
  EXPECT_EQ(occurrences(pdfsig_report(new_pdf.body), "Signature Validation: Signature is Valid."), 3u);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT subject_id FROM issued_documents WHERE subject = 'decision'", {});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].i64(0), new_decision);
}

}  // namespace
}  // namespace thidua::test
