// Shared fixture of the nomination HTTP tests: the demo site with its running
// seed campaign (id 1), nominees made on demand in Phòng TNMT huyện Lục Nam
// (PTNMT-LN, where thutruong and canbo work) and Phòng TNMT huyện Hiệp Hòa
// (PTNMT-HH, another district office), nominations in a chosen state, and
// registrations/initiatives written with plain SQL (package reg owns them).
#pragma once

#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <memory>
#include <string>

#include "app/access.h"
#include "app/nominations.h"
#include "app/people.h"
#include "support/test_server.h"

namespace thidua::test {

// A small PDF the file store accepts (type by content).
inline const std::string kReportPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

class NominationSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    other_unit_ = site_->unit_id("PTNMT-HH");
    auto conn = site_->db().acquire();
    auto awards = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = ? ORDER BY ord", {kCampaign});
    ASSERT_TRUE(awards.ok() && awards->size() >= 2);
    award_ = (*awards)[0].i64(0);
    second_award_ = (*awards)[1].i64(0);
    auto parts = conn->query("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = ? AND unit_id IN (?, ?)",
                             {kCampaign, own_unit_, other_unit_});
    ASSERT_TRUE(parts.ok());
    ASSERT_EQ((*parts)[0].i64(0), 2) << "both district offices take part in the seed campaign";
    individual_data_ = criterion_id("individual", "data");
    individual_attested_ = criterion_id("individual", "attested");
    collective_attested_ = criterion_id("collective", "attested");
  }

  static constexpr int64_t kCampaign = 1;
  static app::RequestMeta meta() { return {"127.0.0.1", "nominations", "tests"}; }
  static std::string base() { return "/dot-thi-dua/1/de-nghi"; }
  static std::string api() { return "/api/v1/campaigns/1/nominations"; }

  int64_t criterion_id(const std::string& subject, const std::string& verification) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT id FROM campaign_criteria WHERE campaign_id = ? AND subject = ? AND verification = ? ORDER BY ord",
        {kCampaign, subject, verification});
    EXPECT_TRUE(rows.ok() && !rows->empty()) << subject << " " << verification;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }

  // A new person of `unit` (a fresh nominee each time).
  int64_t add_person(int64_t unit, const std::string& name = "Trần Văn Thành") {
    core::Person p;
    p.full_name = name;
    p.position = "Chuyên viên";
    p.unit_id = unit;
    auto created = app::create_person(site_->services(), app::system_actor(), p, meta());
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created->id : 0;
  }

  // A nomination of a fresh person of `unit`, in `state` (submitted, returned
  // or accepted), with `report_file` attached when given.
  int64_t add_nomination(int64_t unit, core::NominationState state = core::NominationState::kSubmitted,
                         std::optional<app::UploadedFile> report_file = std::nullopt) {
    app::NominationInput in;
    in.report_file = std::move(report_file);
    in.award_type_id = award_;
    in.subject = core::CriterionSubject::kIndividual;
    in.unit_id = unit;
    in.person_id = add_person(unit);
    in.report = "Hoàn thành xuất sắc nhiệm vụ được giao.";
    in.attestations[individual_attested_] = "Chấp hành tốt nội quy cơ quan.";
    auto id = app::create_nomination(site_->services(), app::system_actor(), kCampaign, in, meta());
    EXPECT_TRUE(id.ok()) << id.error().message;
    if (!id.ok()) return 0;
    if (state == core::NominationState::kReturned) {
      EXPECT_TRUE(app::return_nomination(site_->services(), app::system_actor(), kCampaign, *id, "Bổ sung minh chứng", 1,
                                         meta()).ok());
    } else if (state == core::NominationState::kAccepted) {
      EXPECT_TRUE(app::accept_nomination(site_->services(), app::system_actor(), kCampaign, *id, 1, meta()).ok());
    }
    return *id;
  }

  int64_t version_of(int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT version FROM nominations WHERE id = ?", {nomination});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }

  std::string state_of(int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT state FROM nominations WHERE id = ?", {nomination});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "";
  }

  // An individual registration of `person` in the campaign (as package reg
  // would store it), with a signature task and optionally an initiative.
  void add_registration(int64_t person, int64_t unit, const std::string& state, bool initiative) {
    auto conn = site_->db().acquire();
    const std::string now = "2023-07-01T00:00:00.000Z";
    auto reg = conn->query(
        "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, signature_task, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
        {kCampaign, unit, std::string("individual"), person, "p:" + std::to_string(person), state,
         std::string("Số hóa hồ sơ địa chính huyện Lục Nam"), now, now});
    ASSERT_TRUE(reg.ok()) << reg.error().message;
    if (initiative) {
      ASSERT_TRUE(conn->exec("INSERT INTO initiatives (registration_id, ord, title) VALUES (?, 1, ?)",
                             {(*reg)[0].i64(0), std::string("Ứng dụng tra cứu quy hoạch sử dụng đất")}).ok());
    }
  }

  boost::json::object create_body(int64_t person) const {
    return {{"award_type_id", award_},
            {"subject", "individual"},
            {"person_id", person},
            {"report", "Hoàn thành xuất sắc nhiệm vụ năm 2023."}};
  }

  Fields create_form(int64_t person) const {
    return {{"award_type_id", std::to_string(award_)},
            {"subject", "individual"},
            {"person_id", std::to_string(person)},
            {"report", "Hoàn thành xuất sắc nhiệm vụ năm 2023."},
            {"attestation_" + std::to_string(individual_attested_), "Chấp hành tốt kỷ luật."}};
  }

  static std::string error_code(const HttpResult& r) {
    std::error_code ec;
    auto v = boost::json::parse(r.body, ec);
    if (ec || !v.is_object() || !v.as_object().contains("error")) return "";
    return std::string(v.at("error").at("code").as_string());
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0, other_unit_ = 0;
  int64_t award_ = 0, second_award_ = 0;
  int64_t individual_data_ = 0, individual_attested_ = 0, collective_attested_ = 0;
};

}  // namespace thidua::test
