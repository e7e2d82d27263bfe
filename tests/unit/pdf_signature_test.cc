// Digital signatures of issued documents (docs/pdf_signature.h,
// docs/cms_signature.h, docs/signing_identity.h): a decision with its list is
// drawn with the visible marks and signed three times (the signer, the agency,
// the agency again on the attachment), then read by real clients: poppler's
// pdfsig verifies every signature, qpdf checks the structure, openssl checks
// the CMS itself (CAdES attributes, no signing-time). One changed byte
// anywhere in the signed ranges makes verification fail.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "docs/certificate_pdf.h"
#include "docs/demo_marks.h"
#include "docs/pdf_signature.h"
#include "docs/pdf_writer.h"
#include "docs/signing_identity.h"
#include "sample_documents.h"
#include "support/pdf_text.h"

namespace thidua::docs {
namespace {

namespace fs = std::filesystem;

std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_all(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A folder for one test's files, removed afterwards.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::random_device rd;
    dir = fs::temp_directory_path() / ("thidua-sign-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

// The demo's authority and two identities it issued, made once (RSA keys take a while).
struct Pki {
  SigningIdentity ca, agency, director;
};
const Pki& pki() {
  static const Pki* made = [] {
    auto ca = new_certificate_authority({"CA thử nghiệm thidua", "thidua", "Bắc Giang"});
    EXPECT_TRUE(ca.ok());
    auto agency = issue_signing_identity(*ca, {"Sở Tài nguyên và Môi trường", "UBND tỉnh Bắc Giang", "Bắc Giang"});
    auto director = issue_signing_identity(*ca, {"Bùi Quang Huy", "Sở Tài nguyên và Môi trường", "Bắc Giang"});
    EXPECT_TRUE(agency.ok() && director.ok());
    return new Pki{std::move(*ca), std::move(*agency), std::move(*director)};
  }();
  return *made;
}

constexpr const char* kTime = "2023-11-10T09:30:15+07:00";

// The sample decision drawn with its marks and signed by the director, the
// agency and the agency on the list; returns the signed bytes.
std::string signed_decision(const Scratch& s, MarkPlaces* places_out = nullptr) {
  const auto docs = app::samples::documents();
  SignatureMarks marks;
  marks.signature_png = (s.dir / "chu-ky.png").string();
  marks.seal_png = (s.dir / "con-dau.png").string();
  marks.agency_name = "Sở Tài nguyên và Môi trường";
  marks.signing_time = kTime;
  marks.number_symbol = "05/QĐ-STNMT";
  EXPECT_TRUE(write_demo_signature_png(marks.signature_png, "Bùi Quang Huy").ok());
  EXPECT_TRUE(write_demo_seal_png(marks.seal_png, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH BẮC GIANG").ok());
  const fs::path drawn = s.dir / "ve.pdf";
  auto places = write_signed_pdf(docs.at("quyet-dinh"), marks, drawn.string());
  EXPECT_TRUE(places.ok()) << (places.ok() ? "" : places.error().message);
  if (!places.ok()) return {};
  if (places_out != nullptr) *places_out = *places;
  EXPECT_EQ(places->attachments.size(), 1u);
  std::string pdf = read_all(drawn);
  // Drawn as PDF 1.4 with a cross-reference table (what the signer reads,
  // whatever cairo's version: newer ones write object streams from 1.5).
  EXPECT_EQ(pdf.rfind("%PDF-1.4", 0), 0u);
  EXPECT_NE(pdf.find("\nxref\n"), std::string::npos);
  SignatureRequest director{places->signature_page, places->signature, "ChuKyNguoiKy", "Bùi Quang Huy",
                            "Ký ban hành", "Bắc Giang", kTime};
  auto one = sign_pdf(pdf, director, pki().director);
  EXPECT_TRUE(one.ok()) << (one.ok() ? "" : one.error().message);
  if (!one.ok()) return {};
  SignatureRequest agency{places->signature_page, places->seal, "ChuKyCoQuan", "Sở Tài nguyên và Môi trường",
                          "Đóng dấu cơ quan", "Bắc Giang", kTime};
  auto two = sign_pdf(*one, agency, pki().agency);
  EXPECT_TRUE(two.ok());
  if (!two.ok()) return {};
  SignatureRequest list{places->attachments[0].first, places->attachments[0].second, "ChuKyPhuLuc1",
                        "Sở Tài nguyên và Môi trường", "Văn bản kèm theo", "Bắc Giang", kTime};
  auto three = sign_pdf(*two, list, pki().agency);
  EXPECT_TRUE(three.ok());
  return three.ok() ? *three : std::string();
}

TEST(PdfSignatureTest, PdfsigVerifiesEverySignatureOfASignedDecision) {
  Scratch s;
  const std::string pdf = signed_decision(s);
  ASSERT_FALSE(pdf.empty());
  write_all(s.dir / "ky.pdf", pdf);
  const std::string report = run("pdfsig '" + (s.dir / "ky.pdf").string() + "'");
  EXPECT_EQ(test::occurrences(report, "Signature Validation: Signature is Valid."), 3u) << report;
  EXPECT_EQ(test::occurrences(report, "Signer Certificate Common Name: Bùi Quang Huy"), 1u) << report;
  EXPECT_EQ(test::occurrences(report, "Signer Certificate Common Name: Sở Tài nguyên và Môi trường"), 2u) << report;
  EXPECT_NE(report.find("Signature Type: ETSI.CAdES.detached"), std::string::npos) << report;
  // /M with its offset: 09:30:15 in Vietnam is 02:30:15 UTC, as pdfsig prints it.
  EXPECT_NE(report.find("Signing Time: Nov 10 2023 02:30:15"), std::string::npos) << report;
  // The last signature covers the whole file.
  EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
  // qpdf finds the structure sound; one font family, all embedded.
  const std::string check = run("qpdf --check '" + (s.dir / "ky.pdf").string() + "'");
  EXPECT_NE(check.find("No syntax or stream encoding errors found"), std::string::npos) << check;
  test::expect_document_fonts(pdf, "signed decision");
}

TEST(PdfSignatureTest, OneChangedByteFailsVerification) {
  Scratch s;
  const std::string pdf = signed_decision(s);
  ASSERT_FALSE(pdf.empty());
  // A byte of the first page's content (before every signature's update),
  // then a digit of the last signature's /Reason (covered by that signature
  // only; "0" becomes "1", so the file still reads).
  const size_t first_update = pdf.find("/Type /Sig");
  ASSERT_NE(first_update, std::string::npos);
  const size_t last_reason = pdf.rfind("/Reason <FEFF");
  ASSERT_NE(last_reason, std::string::npos);
  ASSERT_EQ(pdf[last_reason + 13], '0');
  for (size_t at : {first_update / 2, last_reason + 13}) {
    std::string changed = pdf;
    changed[at] = static_cast<char>(changed[at] ^ 0x01);
    write_all(s.dir / "sua.pdf", changed);
    const std::string report = run("pdfsig '" + (s.dir / "sua.pdf").string() + "'");
    EXPECT_EQ(test::occurrences(report, "Signature is Valid."), at < first_update ? 0u : 2u) << "byte " << at << "\n"
                                                                                      << report;
    EXPECT_NE(report.find("Digest Mismatch"), std::string::npos) << report;
  }
}

TEST(PdfSignatureTest, TheCmsIsCadesWithoutSigningTimeAndVerifiesAgainstTheAuthority) {
  Scratch s;
  const std::string pdf = signed_decision(s);
  ASSERT_FALSE(pdf.empty());
  // The first signature: its byte range and contents (read by hand: a
  // std::regex over 24 KB of hex recurses past the stack under ASan).
  const size_t at = pdf.find("/ByteRange [0 ");
  ASSERT_NE(at, std::string::npos);
  std::istringstream range(pdf.substr(at + 14, 40));
  size_t a = 0, b = 0, c = 0;
  ASSERT_TRUE(range >> a >> b >> c);
  ASSERT_LT(b, pdf.size());
  ASSERT_EQ(pdf[a], '<');
  ASSERT_EQ(pdf[b - 1], '>');
  std::string der;
  const std::string hex = pdf.substr(a + 1, b - a - 2);
  for (size_t i = 0; i + 1 < hex.size(); i += 2) der += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  // The CMS without the hole's zero padding: its length from its DER header.
  ASSERT_GE(der.size(), 4u);
  ASSERT_EQ(static_cast<unsigned char>(der[0]), 0x30);
  size_t length = static_cast<unsigned char>(der[1]), header = 2;
  if (length & 0x80) {
    const size_t n = length & 0x7f;
    length = 0;
    for (size_t i = 0; i < n; ++i) length = (length << 8) | static_cast<unsigned char>(der[2 + i]);
    header += n;
  }
  ASSERT_LE(header + length, der.size());
  der.resize(header + length);
  write_all(s.dir / "sig.der", der);
  write_all(s.dir / "signed.bin", pdf.substr(0, a) + pdf.substr(b, c));
  write_all(s.dir / "ca.der", pki().ca.certificate_der());
  run("openssl x509 -inform DER -in '" + (s.dir / "ca.der").string() + "' -out '" + (s.dir / "ca.pem").string() + "'");
  const std::string verify = run("openssl cms -verify -binary -inform DER -in '" + (s.dir / "sig.der").string() +
                                 "' -content '" + (s.dir / "signed.bin").string() + "' -CAfile '" +
                                 (s.dir / "ca.pem").string() + "' -purpose any -out /dev/null");
  EXPECT_NE(verify.find("Verification successful"), std::string::npos) << verify;
  const std::string printed = run("openssl cms -cmsout -print -inform DER -in '" + (s.dir / "sig.der").string() + "'");
  EXPECT_NE(printed.find("id-smime-aa-signingCertificateV2"), std::string::npos) << printed;
  EXPECT_NE(printed.find("messageDigest"), std::string::npos) << printed;
  EXPECT_EQ(printed.find("signingTime"), std::string::npos) << printed;
}

TEST(PdfSignatureTest, TheMarksAreDrawnWhereTheWidgetsAre) {
  Scratch s;
  MarkPlaces places;
  const std::string pdf = signed_decision(s, &places);
  ASSERT_FALSE(pdf.empty());
  const std::string words = test::pdf_words(pdf);
  // The agency's name and the ISO 8601 signing time by the seal, the number
  // and the time at the top right of the list's first page.
  EXPECT_GE(test::occurrences(words, kTime), 2u) << words;
  EXPECT_NE(words.find("05/QĐ-STNMT"), std::string::npos);
  bool found = false;
  for (const auto& w : test::pdf_words_with_boxes(pdf)) {
    if (w.text != kTime || w.page != places.attachments[0].first + 1) continue;
    found = true;
    // Top right: in the top margin, ending at the right margin (15 mm).
    EXPECT_GT(w.x_max, 595.0 - 15 * 72 / 25.4 - 2);
    EXPECT_LT(w.y_max, 20 * 72 / 25.4);
  }
  EXPECT_TRUE(found) << words;
  // The widgets' rectangles are on the page and not empty.
  for (const PdfRect& r : {places.signature, places.seal, places.attachments[0].second}) {
    EXPECT_LT(r.x0, r.x1);
    EXPECT_LT(r.y0, r.y1);
    EXPECT_GE(r.x0, 0);
    EXPECT_LE(r.y1, 842);
  }
}

TEST(PdfSignatureTest, ACertificateIsSignedWithItsMarks) {
  Scratch s;
  SignatureMarks marks;
  marks.signature_png = (s.dir / "chu-ky.png").string();
  marks.seal_png = (s.dir / "con-dau.png").string();
  marks.agency_name = "Sở Tài nguyên và Môi trường";
  marks.signing_time = kTime;
  ASSERT_TRUE(write_demo_signature_png(marks.signature_png, "Bùi Quang Huy").ok());
  ASSERT_TRUE(write_demo_seal_png(marks.seal_png, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH BẮC GIANG").ok());
  Certificate c;
  c.nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  c.award = "GIẤY KHEN";
  c.recipient = "Ông Nguyễn Văn An";
  c.place_date = "Bắc Giang, ngày 10 tháng 11 năm 2023";
  c.authority_lines = {"GIÁM ĐỐC"};
  c.signer_name = "Bùi Quang Huy";
  const fs::path drawn = s.dir / "gk.pdf";
  auto places = write_signed_certificate_pdf(c, marks, drawn.string());
  ASSERT_TRUE(places.ok()) << places.error().message;
  EXPECT_TRUE(places->attachments.empty());
  auto one = sign_pdf(read_all(drawn), {0, places->signature, "A", "Bùi Quang Huy", "", "", kTime}, pki().director);
  ASSERT_TRUE(one.ok());
  auto two = sign_pdf(*one, {0, places->seal, "B", "Sở", "", "", kTime}, pki().agency);
  ASSERT_TRUE(two.ok());
  write_all(s.dir / "gk-ky.pdf", *two);
  const std::string report = run("pdfsig '" + (s.dir / "gk-ky.pdf").string() + "'");
  EXPECT_EQ(test::occurrences(report, "Signature Validation: Signature is Valid."), 2u) << report;
  const std::string words = test::pdf_words(*two);
  EXPECT_NE(words.find(kTime), std::string::npos) << words;
  EXPECT_NE(words.find("Ông Nguyễn Văn An"), std::string::npos);
}

TEST(PdfSignatureTest, RefusesWhatItCannotRead) {
  Scratch s;
  SignatureRequest r{0, {10, 10, 50, 50}, "A", "B", "", "", kTime};
  auto bad = sign_pdf("not a pdf", r, pki().agency);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::errc::kValidation);
  // A real PDF but a page it does not have.
  const fs::path p = s.dir / "a.pdf";
  ASSERT_TRUE(write_pdf(app::samples::documents().at("bien-ban"), p.string()).ok());
  r.page = 99;
  auto no_page = sign_pdf(read_all(p), r, pki().agency);
  ASSERT_FALSE(no_page.ok());
  EXPECT_EQ(no_page.error().code, core::errc::kValidation);
  r.page = 0;
  r.signing_time = "10/11/2023";
  EXPECT_FALSE(sign_pdf(read_all(p), r, pki().agency).ok());
}

TEST(PdfSignatureTest, PdfDateFromIso8601) {
  EXPECT_EQ(pdf_date("2023-11-10T09:30:15+07:00"), "D:20231110093015+07'00'");
  EXPECT_EQ(pdf_date("2023-11-10T09:30:15-03:30"), "D:20231110093015-03'30'");
  EXPECT_EQ(pdf_date("2023-11-10T09:30:15Z"), "");
  EXPECT_EQ(pdf_date("2023-11-10 09:30:15+07:00"), "");
}

TEST(SigningIdentityTest, Pkcs12RoundTripIsPrivateAndNeedsItsPassphrase) {
  Scratch s;
  const std::string path = (s.dir / "co-quan.p12").string();
  ASSERT_TRUE(save_pkcs12(pki().agency, path, "mật khẩu đúng").ok());
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto back = load_pkcs12(path, "mật khẩu đúng");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->common_name(), "Sở Tài nguyên và Môi trường");
  EXPECT_EQ(back->certificate_der(), pki().agency.certificate_der());
  ASSERT_EQ(back->chain_der().size(), 1u);
  EXPECT_EQ(back->chain_der()[0], pki().ca.certificate_der());
  auto wrong = load_pkcs12(path, "zz-wrong-42");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, core::errc::kValidation);
  EXPECT_EQ(wrong.error().message.find("zz-wrong-42"), std::string::npos) << "the passphrase is never repeated";
  EXPECT_EQ(wrong.error().detail.find("zz-wrong-42"), std::string::npos);
  // A certificate out of its validity period is refused before it signs.
  auto expired = issue_signing_identity(pki().ca, {"Nguyễn Hết Hạn", "thidua", "Bắc Giang", -1});
  ASSERT_TRUE(expired.ok());
  auto refused = check_valid_now(*expired);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kValidation);
  EXPECT_NE(refused.error().message.find("Nguyễn Hết Hạn"), std::string::npos);
  EXPECT_TRUE(check_valid_now(pki().agency).ok());
  auto missing = load_pkcs12((s.dir / "khong-co.p12").string(), "x");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::errc::kStorage);
}

}  // namespace
}  // namespace thidua::docs
