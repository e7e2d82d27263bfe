// Documents across a reorganisation (issue 14 #4), read back from the PDF:
// once the Sở TNMT and the Sở NN&PTNT of Bắc Giang have merged into the Sở
// Nông nghiệp và Môi trường (and the province into Bắc Ninh), a decision
// dated before the merger still carries the old header lines and place, one
// dated after it the new ones; so do its certificates. Documents of the
// seed campaign issued after the merger are the merged Sở's: its registers,
// its abbreviation ("QĐ-SNNMT"). The people of the old Sở keep their
// records and awards under the new one.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/campaigns.h"
#include "app/org.h"
#include "app/reorganisations.h"
#include "awards_fixture.h"
#include "store/reorganisations.h"
#include "support/pdf_text.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

class ReorganisedDocumentsTest : public SeedAwardsTest {
 protected:
  void exec(const std::string& sql, const store::Params& params) {
    auto conn = site_->db().acquire();
    auto r = conn->exec(sql, params);
    ASSERT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  }
  // The Department's own header since its founding, then the 2025 mergers:
  // with the Sở NN&PTNT into a new Sở on 1/3/2025, the province into Bắc
  // Ninh on 1/7/2025 (a new header of the same Sở).
  void reorganise() {
    const int64_t stnmt = site_->unit_id("STNMT");
    {
      auto conn = site_->db().acquire();
      ASSERT_TRUE(store::insert_agency_header(*conn, stnmt,
                                              {"2003-11-10", "UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                                               "Bắc Giang"},
                                              "2026-01-01T00:00:00Z")
                      .ok());
    }
    core::Unit nn;
    nn.code = "SNNPTNT";
    nn.name = "Sở Nông nghiệp và Phát triển nông thôn";
    nn.kind = core::UnitKind::kAgency;
    nn.valid_from = "2008-04-01";
    auto made_nn = app::create_unit(site_->services(), app::system_actor(), nn, awards_meta());
    ASSERT_TRUE(made_nn.ok()) << made_nn.error().message;

    core::ReorgRequest merge;
    merge.kind = core::ReorgKind::kMerge;
    merge.effective_date = "2025-03-01";
    merge.sources = {stnmt, made_nn->id};
    core::NewUnit n;
    n.code = "SNNMT";
    n.name = "Sở Nông nghiệp và Môi trường";
    n.kind = core::UnitKind::kAgency;
    n.header = core::AgencyHeader{"", "UBND TỈNH BẮC GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Giang", "SNNMT"};
    merge.new_units = {n};
    apply(merge);
    core::ReorgRequest province;
    province.kind = core::ReorgKind::kRename;
    province.effective_date = "2025-07-01";
    province.sources = {site_->unit_id("SNNMT")};
    province.header = core::AgencyHeader{"", "UBND TỈNH BẮC NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bắc Ninh", "SNNMT"};
    apply(province);
  }
  void apply(const core::ReorgRequest& r) {
    auto preview = app::preview_reorganisation(site_->services(), app::system_actor(), r);
    ASSERT_TRUE(preview.ok()) << preview.error().message;
    auto done = app::apply_reorganisation(site_->services(), app::system_actor(), r, preview->token, awards_meta());
    ASSERT_TRUE(done.ok()) << done.error().message;
  }
};

TEST_F(ReorganisedDocumentsTest, EachDocumentCarriesTheNamesInForceOnItsDate) {
  const int64_t an = site_->person_id("Nguyễn Văn An");
  const int64_t tam = site_->person_id("Hoàng Thị Thanh Tâm");
  // Two decisions of the seed campaign, both approved now (after the merger),
  // the first then dated, numbered and symbolled as it was in 2023 by the
  // Sở TNMT; the second drafted before the merger.
  const int64_t stnmt = site_->unit_id("STNMT");
  const int64_t new_decision = draft(*site_, gk_, {add_nomination(*site_, gk_, tam, "passed")});
  {
    auto conn = site_->db().acquire();
    auto drafted = conn->query("SELECT doc_symbol, issuing_unit_id FROM decisions WHERE id = ?", {new_decision});
    ASSERT_TRUE(drafted.ok() && drafted->size() == 1);
    EXPECT_EQ((*drafted)[0].str(0), "QĐ-STNMT");
    EXPECT_EQ((*drafted)[0].i64(1), stnmt);
  }
  ASSERT_NO_FATAL_FAILURE(reorganise());
  const int64_t old_decision = draft(*site_, gk_, {add_nomination(*site_, gk_, an, "passed")});
  ASSERT_GT(approve(*site_, old_decision), 0);
  ASSERT_EQ(approve(*site_, new_decision), 2) << "numbered in the merged Sở's register, after the other";
  exec("UPDATE decisions SET issue_date = '2023-10-20', doc_symbol = 'QĐ-STNMT', issuing_unit_id = ? WHERE id = ?",
       {stnmt, old_decision});
  exec("UPDATE awards SET decision_date = '2023-10-20' WHERE decision_id = ?", {old_decision});
  exec("DELETE FROM issued_documents", {});  // no stored copy: each is drawn from the records

  UserSession leader = site_->login("lanhdao");
  const std::string base = "/dot-thi-dua/1/quyet-dinh/";
  const std::string before = pdf_words(leader->get(base + std::to_string(old_decision) + "/van-ban.pdf").body);
  const std::string after = pdf_words(leader->get(base + std::to_string(new_decision) + "/van-ban.pdf").body);
  ASSERT_FALSE(before.empty());
  ASSERT_FALSE(after.empty());
  EXPECT_NE(before.find("UBND TỈNH BẮC GIANG"), std::string::npos) << before.substr(0, 300);
  EXPECT_NE(before.find("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), std::string::npos);
  EXPECT_NE(before.find("Bắc Giang, ngày 20 tháng 10 năm 2023"), std::string::npos);
  EXPECT_EQ(before.find("BẮC NINH"), std::string::npos);
  EXPECT_NE(after.find("UBND TỈNH BẮC NINH"), std::string::npos) << after.substr(0, 300);
  EXPECT_NE(after.find("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), std::string::npos);
  EXPECT_NE(after.find("Bắc Ninh, ngày"), std::string::npos);
  EXPECT_EQ(after.find("TÀI NGUYÊN VÀ MÔI TRƯỜNG"), std::string::npos);
  // Issued by the merged Sở, under its abbreviation, from its register.
  EXPECT_NE(before.find("/QĐ-STNMT"), std::string::npos);
  EXPECT_NE(after.find("Số: 02/QĐ-SNNMT"), std::string::npos) << after.substr(0, 300);
  EXPECT_EQ(after.find("QĐ-STNMT"), std::string::npos) << "plans of 2023 are still cited as KH-STNMT";
  {
    auto conn = site_->db().acquire();
    auto issuer = conn->query("SELECT d.issuing_unit_id, a.certificate_number FROM decisions d "
                              "JOIN awards a ON a.decision_id = d.id WHERE d.id = ?",
                              {new_decision});
    ASSERT_TRUE(issuer.ok() && issuer->size() == 1);
    EXPECT_EQ((*issuer)[0].i64(0), site_->unit_id("SNNMT"));
    EXPECT_EQ((*issuer)[0].str(1), "02/GK-SNNMT") << "the certificates numbered by the merged Sở too";
  }
  // The campaign's closing documents, issued at its finalisation after the
  // merger, likewise.
  for (auto to : {core::CampaignState::kClosed, core::CampaignState::kFinalised}) {
    auto view = app::get_campaign(site_->services(), app::system_actor(), kSeedCampaign);
    ASSERT_TRUE(view.ok()) << view.error().message;
    auto moved = app::move_campaign(site_->services(), app::system_actor(), kSeedCampaign, to, view->summary.version,
                                    awards_meta());
    ASSERT_TRUE(moved.ok()) << moved.error().message;
  }
  {
    auto conn = site_->db().acquire();
    auto reports = conn->query("SELECT doc_symbol, number FROM campaign_reports WHERE campaign_id = ? ORDER BY kind",
                               {kSeedCampaign});
    ASSERT_TRUE(reports.ok());
    ASSERT_EQ(reports->size(), 2u);
    EXPECT_EQ((*reports)[0].str(0), "TB-SNNMT");
    EXPECT_EQ((*reports)[1].str(0), "BC-SNNMT");
  }
  const std::string notice = pdf_words(leader->get("/api/v1/campaigns/1/results-notice.pdf").body);
  EXPECT_NE(notice.find("Số: 01/TB-SNNMT"), std::string::npos) << notice.substr(0, 400);

  // The certificates likewise: the granting body and the place of their date.
  const std::string old_cert =
      pdf_words(leader->get("/api/v1/campaigns/1/decisions/" + std::to_string(old_decision) + "/certificates.pdf").body);
  const std::string new_cert =
      pdf_words(leader->get("/api/v1/campaigns/1/decisions/" + std::to_string(new_decision) + "/certificates.pdf").body);
  EXPECT_NE(old_cert.find("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), std::string::npos) << old_cert.substr(0, 300);
  EXPECT_NE(old_cert.find("Bắc Giang, ngày 20 tháng 10 năm 2023"), std::string::npos);
  EXPECT_NE(new_cert.find("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), std::string::npos) << new_cert.substr(0, 300);
  EXPECT_NE(new_cert.find("Bắc Ninh, ngày"), std::string::npos);

  // An keeps one record, now in the new Sở's tree, with the 2023 award.
  auto conn = site_->db().acquire();
  auto rows = conn->query(
      "SELECT COUNT(*) FROM awards a JOIN people p ON p.id = a.person_id JOIN units u ON u.code = 'SNNMT' "
      "WHERE a.person_id = ? AND a.decision_date = '2023-10-20' AND p.unit_path LIKE u.path || '%'",
      {an});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 1);
}

// A report over 2023–2026 counts what a unit's predecessors were awarded:
// the district office's 2023 collective award, once the office is dissolved
// into the Sở's Văn phòng, counts for the Văn phòng, with a note naming it.
TEST_F(ReorganisedDocumentsTest, FiguresOverYearsIncludeAUnitsPredecessors) {
  const int64_t office = site_->unit_id("STNMT-VP");
  const int64_t district = site_->unit_id("PTNMT-LN");
  exec("INSERT INTO awards (subject, unit_id, recipient_name, unit_name, award_name, granted_by, "
       "decision_number_symbol, decision_date, year, created_at) VALUES ('collective', ?, 'Phòng TNMT huyện Lục Nam', "
       "'Phòng TNMT huyện Lục Nam', 'Giấy khen', 'Giám đốc Sở', '12/QĐ-STNMT', '2023-10-20', 2023, "
       "'2023-10-20T00:00:00Z')",
       {district});
  UserSession sec = site_->login("thuongtruc");
  const std::string url = "/api/v1/fairness?from_year=2023&to_year=2026&unit_id=" + std::to_string(office);
  auto collective_awards = [&]() -> int64_t {
    const boost::json::value v = boost::json::parse(sec->get(url).body);
    for (const auto& t : v.at("tables").as_array()) {
      if (t.at("basis") == "collectives" && t.at("dimension") == "unit_kind") return t.at("awards").as_int64();
    }
    return -1;
  };
  EXPECT_EQ(collective_awards(), 0) << "before: the office's own awards only";

  core::ReorgRequest dissolve;
  dissolve.kind = core::ReorgKind::kDissolve;
  dissolve.effective_date = "2025-07-01";
  dissolve.sources = {district};
  dissolve.target_id = office;
  apply(dissolve);
  EXPECT_EQ(collective_awards(), 1) << "after: the dissolved office's 2023 award counts";
  const boost::json::value v = boost::json::parse(sec->get(url).body);
  ASSERT_EQ(v.at("predecessors").as_array().size(), 1u);
  EXPECT_EQ(v.at("predecessors").as_array()[0].at("unit_id").as_int64(), district);
  EXPECT_EQ(v.at("predecessors").as_array()[0].at("closed_on"), "2025-07-01");
  const std::string page =
      sec->get("/khen-thuong/co-cau?tu-nam=2023&den-nam=2026&don-vi=" + std::to_string(office)).body;
  EXPECT_NE(page.find("Số liệu gồm cả các đơn vị đã sáp nhập"), std::string::npos);
  EXPECT_NE(page.find("Phòng Tài nguyên và Môi trường huyện Lục Nam (đến 01/07/2025)"), std::string::npos);
  // A range that ends before the dissolution still includes it (the office
  // was open then); one that starts after it does not name it.
  const boost::json::value later = boost::json::parse(
      sec->get("/api/v1/fairness?from_year=2026&to_year=2026&unit_id=" + std::to_string(office)).body);
  EXPECT_TRUE(later.at("predecessors").as_array().empty());
}

}  // namespace
}  // namespace thidua::test
