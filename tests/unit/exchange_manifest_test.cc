// The manifest of an exchange package (app/exchange_manifest.h): what is
// written reads back the same, and what a careless or hostile sender could
// put in it is refused with the member named.
#include <gtest/gtest.h>

#include <string>

#include "app/exchange_manifest.h"

namespace thidua::app {
namespace {

ExchangeManifest proposal() {
  ExchangeManifest m;
  m.package_id = "0f8fad5b-d9cb-469f-a165-70867728950e";
  m.kind = "proposal";
  m.created_at = "2026-12-06T08:00:00.000Z";
  m.sequence = 3;
  m.sender = {"STNMT", "Sở Tài nguyên và Môi trường"};
  m.receiver = {"BTDKT", "Ban Thi đua – Khen thưởng tỉnh Bắc Ninh"};
  ExchangeProposal p;
  p.reference = "42";
  p.round = 2;
  p.number_symbol = "15/TTr-STNMT";
  p.date = "2026-12-01";
  p.title = "Tờ trình đề nghị tặng Bằng khen";
  p.campaign_title = "Thi đua năm 2026";
  p.award_code = "BK_UBND";
  p.award_name = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
  p.legal_citation = "Điều 72 Nghị định 98/2023/NĐ-CP\nkhoản 1";
  p.year = 2026;
  p.note = "Kính gửi Ban";
  m.proposal = p;
  m.files = {{"ho-so/to-trinh.pdf", 1200, std::string(64, 'a')},
             {"ho-so/bao-cao-thanh-tich/01-7.txt", 30, std::string(64, 'b')}};
  m.nominees = {{7, 1, "individual", "Nguyễn Văn An", "Chuyên viên", "Văn phòng Sở", {"ho-so/bao-cao-thanh-tich/01-7.txt"}},
                {9, 2, "collective", "Phòng Đất đai", "", "Sở Tài nguyên và Môi trường", {}}};
  return m;
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ExchangeManifestTest, AProposalReadsBackAsWritten) {
  const ExchangeManifest m = proposal();
  const std::string text = manifest_to_json(m);
  auto back = manifest_from_json(text);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->package_id, m.package_id);
  EXPECT_EQ(back->sequence, 3);
  EXPECT_EQ(back->receiver.name, m.receiver.name);
  ASSERT_TRUE(back->proposal);
  EXPECT_EQ(back->proposal->round, 2);
  EXPECT_EQ(back->proposal->legal_citation, m.proposal->legal_citation);
  ASSERT_EQ(back->nominees.size(), 2u);
  EXPECT_EQ(back->nominees[0].report_files, m.nominees[0].report_files);
  EXPECT_EQ(back->nominees[1].subject, "collective");
  ASSERT_EQ(back->files.size(), 2u);
  EXPECT_EQ(back->files[0].bytes, 1200);
  EXPECT_EQ(manifest_to_json(*back), text);
}

TEST(ExchangeManifestTest, AnAnswerReadsBackAndMustBeComplete) {
  ExchangeManifest m;
  m.package_id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  m.kind = "answer";
  m.created_at = "2026-12-06T08:00:00.000Z";
  m.sequence = 1;
  m.sender = {"BTDKT", "Ban Thi đua – Khen thưởng tỉnh Bắc Ninh"};
  m.receiver = {"STNMT", "Sở Tài nguyên và Môi trường"};
  ExchangeAnswer a;
  a.refers_to = "0f8fad5b-d9cb-469f-a165-70867728950e";
  a.reference = "42";
  a.round = 2;
  a.outcome = "decided";
  a.decision_number = 123;
  a.decision_symbol = "QĐ-UBND";
  a.decision_date = "2026-12-05";
  a.authority = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh";
  a.signer = "Nguyễn Văn B";
  a.agreed = {7};
  m.answer = a;
  auto back = manifest_from_json(manifest_to_json(m));
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_TRUE(back->answer);
  EXPECT_EQ(back->answer->agreed, std::vector<int64_t>{7});
  EXPECT_EQ(back->answer->decision_number, 123);

  // Someone granted without the decision's number: refused.
  m.answer->decision_number.reset();
  auto bad = manifest_from_json(manifest_to_json(m));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("answer.decision_number"), std::string::npos);
  // A return without its reason, or granting someone: refused.
  m.answer->outcome = "returned";
  m.answer->agreed.clear();
  EXPECT_FALSE(manifest_from_json(manifest_to_json(m)).ok());
  m.answer->reason = "Thiếu báo cáo";
  EXPECT_TRUE(manifest_from_json(manifest_to_json(m)).ok());
  m.answer->agreed = {7};
  EXPECT_FALSE(manifest_from_json(manifest_to_json(m)).ok());
}

TEST(ExchangeManifestTest, AnotherFormatOrVersionIsRefusedWithItsOwnCode) {
  const std::string text = manifest_to_json(proposal());
  auto v2 = manifest_from_json(with(text, "\"version\":1", "\"version\":2"));
  ASSERT_FALSE(v2.ok());
  EXPECT_EQ(v2.error().code, "exchange_version_unsupported");
  auto other = manifest_from_json(with(text, "thidua-exchange", "other-exchange"));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, core::errc::kValidation);
  EXPECT_FALSE(manifest_from_json("{not json").ok());
  // A proposal that proposes no one.
  ExchangeManifest empty = proposal();
  empty.nominees.clear();
  auto none = manifest_from_json(manifest_to_json(empty));
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("\"nominees\""), std::string::npos);
  EXPECT_FALSE(manifest_from_json("[]").ok());
}

TEST(ExchangeManifestTest, FileNamesCannotLeaveThePackageOrHideTheManifest) {
  for (const char* name : {"../etc/passwd", "/abs.pdf", "a//b.pdf", "ho-so/./x.pdf", "ho-so/../x.pdf", "a\\b.pdf",
                           "C:x.pdf", "manifest.json", "manifest.p7s", "", "a/"}) {
    EXPECT_FALSE(is_package_file_name(name)) << name;
    ExchangeManifest m = proposal();
    m.files[0].name = name;
    m.nominees[0].report_files = {};
    EXPECT_FALSE(manifest_from_json(manifest_to_json(m)).ok()) << name;
  }
  EXPECT_TRUE(is_package_file_name("ho-so/bao-cao-thanh-tich/01-7-Báo cáo.pdf"));
  // Twice the same file, or a report that is not among the files.
  ExchangeManifest m = proposal();
  m.files[1].name = m.files[0].name;
  m.nominees[0].report_files = {};
  EXPECT_FALSE(manifest_from_json(manifest_to_json(m)).ok());
  m = proposal();
  m.nominees[0].report_files = {"ho-so/khac.pdf"};
  auto r = manifest_from_json(manifest_to_json(m));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("nominees[0].report_files[0]"), std::string::npos);
}

TEST(ExchangeManifestTest, EveryMemberIsCheckedWhereItStands) {
  const std::string text = manifest_to_json(proposal());
  const std::pair<std::string, std::string> cases[] = {
      {"\"package_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"package_id\":\"0F8FAD5B\""},
      {"\"kind\":\"proposal\"", "\"kind\":\"gift\""},
      {"\"sequence\":3", "\"sequence\":0"},
      {"\"code\":\"STNMT\"", "\"code\":\"ST NMT\""},
      {"\"sha256\":\"" + std::string(64, 'a') + "\"", "\"sha256\":\"" + std::string(64, 'A') + "\""},
      {"\"bytes\":1200", "\"bytes\":-1"},
      {"\"ref\":7", "\"ref\":9"},
      {"\"subject\":\"individual\"", "\"subject\":\"team\""},
      {"\"year\":2026", "\"year\":\"2026\""},
      {"\"date\":\"2026-12-01\"", "\"date\":\"01/12/2026\""},
      {"\"title\":\"Tờ trình đề nghị tặng Bằng khen\"", "\"title\":\"\""},
      {"\"name\":\"Nguyễn Văn An\"", "\"name\":\"Nguyễn\\u0000An\""},
  };
  for (const auto& [from, to] : cases) {
    auto r = manifest_from_json(with(text, from, to));
    EXPECT_FALSE(r.ok()) << to;
    if (!r.ok()) {
      EXPECT_EQ(r.error().field, "package") << to;
    }
  }
}

}  // namespace
}  // namespace thidua::app
