// The achievement report a unit downloads pre-filled (issue 12 #3), over real
// HTTP on the engine under test: filled from the nominee's records (person,
// unit, position, the approved registration's targets and results, recognised
// initiatives, awards of the register) and nobody else's; offered on the
// nomination form and on a nomination's page; for exactly those who may
// nominate the subject (or see the nomination), one answer for a person
// elsewhere and a person unknown; reading only, nothing stored.
#include <gtest/gtest.h>

#include <string>

#include "core/award.h"
#include "core/initiative.h"
#include "nomination_fixture.h"
#include "route_coverage.h"
#include "store/awards.h"
#include "store/recognised_initiatives.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/de-nghi/{nid}/mau-bao-cao.docx"},
    {"GET", "/dot-thi-dua/{id}/de-nghi/mau-bao-cao.docx"},
});

constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

class AchievementReportsTest : public NominationSiteTest {
 protected:
  std::string template_href(int64_t person) const {
    return base() + "/mau-bao-cao.docx?award_type_id=" + std::to_string(award_) +
           "&subject=individual&person_id=" + std::to_string(person);
  }

  // The text of the DOCX's body (word/document.xml); "" when not a DOCX.
  static std::string body_of(const HttpResult& r) {
    auto entries = zip_entries(r.body);
    if (!entries) return "";
    auto it = entries->find("word/document.xml");
    return it == entries->end() ? "" : it->second;
  }

  // A registration of `person` in `state` with two targets, as progress
  // reporting leaves them (one done with a note, one under way).
  void register_with_targets(int64_t person, const std::string& state) {
    auto conn = site_->db().acquire();
    const std::string now = "2023-07-01T00:00:00.000Z";
    auto reg = conn->query(
        "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, signature_task, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
        {kCampaign, own_unit_, std::string("individual"), person, "p:" + std::to_string(person), state,
         std::string("Số hóa hồ sơ địa chính xã Nghĩa Phương"), now, now});
    ASSERT_TRUE(reg.ok()) << reg.error().message;
    const int64_t id = (*reg)[0].i64(0);
    ASSERT_TRUE(conn->exec("INSERT INTO registration_targets (registration_id, ord, text, progress_status, "
                           "progress_percent, progress_note) VALUES (?, 1, ?, 'done', 100, ?), (?, 2, ?, "
                           "'in_progress', 60, '')",
                           {id, std::string("Giải quyết đúng hạn toàn bộ hồ sơ được giao"),
                            std::string("Đã giải quyết 318 hồ sơ đúng hạn"), id,
                            std::string("Cập nhật biến động đất đai của hai xã")})
                    .ok());
  }

  // An award of the register for `person` (a title of 2022).
  void award(int64_t person, const std::string& name, const std::string& decision) {
    core::AwardRecord a;
    a.subject = "individual";
    a.person_id = person;
    a.unit_id = own_unit_;
    a.recipient_name = "Lê Thị Hồng Nhung";
    a.unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
    a.award_name = name;
    a.granted_by = "Giám đốc Sở";
    a.decision_number_symbol = decision;
    a.decision_date = "2022-12-28";
    a.year = 2022;
    a.created_at = "2022-12-28T00:00:00.000Z";
    a.source = core::AwardSource::kImported;
    a.occasion = core::AwardOccasion::kAnnual;
    auto conn = site_->db().acquire();
    auto id = store::insert_award(*conn, a);
    ASSERT_TRUE(id.ok()) << id.error().message;
  }

  void initiative(int64_t person) {
    core::RecognisedInitiative i;
    i.title = "Bản đồ số tra cứu quy hoạch sử dụng đất";
    i.year = 2022;
    i.decision_number = "41/QĐ-STNMT";
    i.decision_date = "2022-11-15";
    i.authority = "Giám đốc Sở Tài nguyên và Môi trường";
    i.created_at = "2022-11-15T00:00:00.000Z";
    auto conn = site_->db().acquire();
    auto id = store::insert_recognised_initiative(*conn, i);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(store::add_initiative_author(*conn, *id, person).ok());
  }
};

TEST_F(AchievementReportsTest, TheUnitDownloadsAReportFilledFromTheNomineesRecords) {
  const int64_t person = add_person(own_unit_, "Lê Thị Hồng Nhung");
  const int64_t colleague = add_person(own_unit_, "Đỗ Văn Khải");
  register_with_targets(person, "approved");
  award(person, "Lao động tiên tiến", "30/QĐ-STNMT");
  award(colleague, "Chiến sĩ thi đua cơ sở", "77/QĐ-STNMT");  // another person's: not in the report
  initiative(person);

  auto canbo = site_->login("canbo");
  const std::string before = site_->fingerprint();
  const HttpResult r = canbo->get(template_href(person));
  ASSERT_EQ(r.status, 200u) << r.body.substr(0, 300);
  EXPECT_EQ(r.header("content-type").rfind(kDocxType, 0), 0u) << r.header("content-type");
  EXPECT_EQ(r.header("content-disposition").rfind("attachment;", 0), 0u);
  const std::string xml = body_of(r);
  ASSERT_FALSE(xml.empty()) << "a DOCX package";
  for (const char* expected :
       {"BÁO CÁO THÀNH TÍCH", "Lê Thị Hồng Nhung", "Đơn vị công tác: Phòng Tài nguyên và Môi trường",
        "Chức vụ (Đảng, chính quyền, đoàn thể): Chuyên viên", "(Thành tích trong đợt thi đua:",
        "Giải quyết đúng hạn toàn bộ hồ sơ được giao", "Hoàn thành (100%). Đã giải quyết 318 hồ sơ đúng hạn",
        "Đang thực hiện (60%)", "Số hóa hồ sơ địa chính xã Nghĩa Phương", "Bản đồ số tra cứu quy hoạch sử dụng đất",
        "Số 41/QĐ-STNMT ngày 15/11/2022", "Lao động tiên tiến của Giám đốc Sở", "Số 30/QĐ-STNMT ngày 28/12/2022",
        "NGƯỜI BÁO CÁO THÀNH TÍCH", "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)"}) {
    EXPECT_NE(xml.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(xml.find("77/QĐ-STNMT"), std::string::npos) << "a colleague's award";
  EXPECT_EQ(xml.find("Đỗ Văn Khải"), std::string::npos);
  EXPECT_EQ(before, site_->fingerprint()) << "reading only: " << first_difference(before, site_->fingerprint());
}

TEST_F(AchievementReportsTest, OnlyAnApprovedRegistrationIsReported) {
  const int64_t person = add_person(own_unit_, "Lê Thị Hồng Nhung");
  register_with_targets(person, "submitted");
  auto canbo = site_->login("canbo");
  const HttpResult r = canbo->get(template_href(person));
  ASSERT_EQ(r.status, 200u) << r.body.substr(0, 300);
  const std::string xml = body_of(r);
  EXPECT_NE(xml.find("Chưa có bản đăng ký thi đua được duyệt trong đợt thi đua này."), std::string::npos);
  EXPECT_EQ(xml.find("Giải quyết đúng hạn toàn bộ hồ sơ được giao"), std::string::npos);
}

TEST_F(AchievementReportsTest, OnlyForWhomTheUnitMayNominate) {
  const int64_t elsewhere = add_person(other_unit_, "Phan Văn Đức");
  auto canbo = site_->login("canbo");
  const HttpResult other = canbo->get(template_href(elsewhere));
  const HttpResult unknown = canbo->get(template_href(999999));
  EXPECT_EQ(other.status, 422u);
  EXPECT_EQ(unknown.status, 422u);
  const std::string message = "Cá nhân này không công tác tại đơn vị tham gia đợt thi đua mà bạn được phép lập đề nghị.";
  EXPECT_NE(other.body.find(message), std::string::npos) << other.body.substr(0, 400);
  EXPECT_NE(unknown.body.find(message), std::string::npos) << "one answer: nothing told of other units' people";
  EXPECT_EQ(other.body.find("Phan Văn Đức"), std::string::npos);
  // No award type: said so.
  const HttpResult no_award = canbo->get(base() + "/mau-bao-cao.docx?subject=individual&person_id=" +
                                        std::to_string(add_person(own_unit_)));
  EXPECT_EQ(no_award.status, 422u);
  EXPECT_NE(no_award.body.find("Chưa chọn hình thức khen thưởng của đợt thi đua."), std::string::npos);
  // A collective of the unit's, and one elsewhere.
  const std::string collective = base() + "/mau-bao-cao.docx?award_type_id=" + std::to_string(award_) +
                                 "&subject=collective&nominee_unit_id=";
  const HttpResult own = canbo->get(collective + std::to_string(own_unit_));
  ASSERT_EQ(own.status, 200u) << own.body.substr(0, 300);
  EXPECT_NE(body_of(own).find("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG HUYỆN LỤC NAM"), std::string::npos)
      << "the collective heads its report in capitals";
  EXPECT_NE(body_of(own).find("THỦ TRƯỞNG ĐƠN VỊ"), std::string::npos);
  EXPECT_EQ(canbo->get(collective + std::to_string(other_unit_)).status, 422u);
  // Staff who nominate for no unit are refused.
  auto nhanvien = site_->login("nhanvien");
  EXPECT_EQ(nhanvien->get(template_href(add_person(own_unit_))).status, 403u);
}

TEST_F(AchievementReportsTest, TheFormAndTheNominationOfferTheReport) {
  auto canbo = site_->login("canbo");
  const HttpResult form = canbo->get(base() + "/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("action=\"/dot-thi-dua/1/de-nghi/mau-bao-cao.docx\""), std::string::npos);
  EXPECT_NE(form.body.find("Tải mẫu báo cáo (DOCX)"), std::string::npos);

  const int64_t own = add_nomination(own_unit_);
  const std::string href = base() + "/" + std::to_string(own) + "/mau-bao-cao.docx";
  const HttpResult page = canbo->get(base() + "/" + std::to_string(own));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("href=\"" + href + "\""), std::string::npos);
  const HttpResult report = canbo->get(href);
  ASSERT_EQ(report.status, 200u) << report.body.substr(0, 300);
  EXPECT_NE(body_of(report).find("Trần Văn Thành"), std::string::npos) << "the nominee";
  // Another unit's nomination is not seen, its report neither.
  const int64_t other = add_nomination(other_unit_);
  EXPECT_EQ(canbo->get(base() + "/" + std::to_string(other) + "/mau-bao-cao.docx").status, 404u);
  EXPECT_EQ(site_->login("thuongtruc")->get(base() + "/" + std::to_string(other) + "/mau-bao-cao.docx").status, 200u)
      << "the secretariat sees every nomination";
}

}  // namespace
}  // namespace thidua::test
