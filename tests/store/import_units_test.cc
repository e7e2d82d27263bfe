// Units import on the engine under test: preview, all-or-nothing confirm,
// parents from earlier rows, permission on the parent's subtree.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/access.h"
#include "app/import_units.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class ImportUnitsTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    dir_ = std::filesystem::temp_directory_path() / ("thidua-import-" + std::to_string(::getpid()));
    services_ = std::make_unique<app::Services>(app::Services{*db_, clock_, app::SecurityPolicy{}, dir_.string()});
  }
  void TearDown() override {
    services_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    test::DatabaseTest::TearDown();
  }
  int64_t unit_count() {
    auto conn = db_->acquire();
    return (*conn->query("SELECT COUNT(*) FROM units"))[0].i64(0);
  }
  app::SystemClock clock_;
  std::filesystem::path dir_;
  std::unique_ptr<app::Services> services_;
  const app::RequestMeta meta_{"127.0.0.1", "test", "gtest"};
};

TEST_F(ImportUnitsTest, WritesAllRowsWithParentsFromEarlierRows) {
  const std::string csv =
      "Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên;Hiệu lực từ\n"
      "SNNMT;Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh;Cơ quan;;01/03/2025\n"
      "SNNMT-VP;Văn phòng Sở;Văn phòng;SNNMT;01/03/2025\n"
      "SNNMT-VP-TH;Tổ Tổng hợp;Khác;SNNMT-VP;\n";
  const core::Actor system = app::system_actor();
  auto preview = app::stage_units_import(*services_, system, csv, "don-vi.csv");
  ASSERT_TRUE(preview.ok()) << preview.error().message;
  EXPECT_TRUE(preview->confirmable());
  EXPECT_EQ(preview->rows.size(), 3u);
  EXPECT_EQ(unit_count(), 0) << "the preview writes nothing";
  auto written = app::confirm_units_import(*services_, system, preview->token, meta_);
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(*written, 3);
  auto conn = db_->acquire();
  auto leaf = store::find_unit_by_code(*conn, "SNNMT-VP-TH");
  ASSERT_TRUE(leaf.ok() && leaf->has_value());
  auto root = store::find_unit_by_code(*conn, "SNNMT");
  EXPECT_TRUE(core::path_within((*leaf)->path, (**root).path));
  auto again = app::confirm_units_import(*services_, system, preview->token, meta_);
  ASSERT_FALSE(again.ok()) << "a staged upload is used once";
  EXPECT_EQ(again.error().code, core::errc::kImportNotFound);
}

TEST_F(ImportUnitsTest, OneBadRowWritesNothingAndNamesRowAndColumn) {
  const std::string csv =
      "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\n"
      "A,Đơn vị A,\n"
      "B,Đơn vị B,KHONG-CO\n"
      "C,,A\n";
  auto preview = app::stage_units_import(*services_, app::system_actor(), csv, "x.csv");
  ASSERT_TRUE(preview.ok());
  ASSERT_FALSE(preview->confirmable());
  ASSERT_EQ(preview->issues.size(), 2u);
  EXPECT_EQ(preview->issues[0].row, 3);
  EXPECT_EQ(preview->issues[0].column, "Mã đơn vị cấp trên");
  EXPECT_EQ(preview->issues[1].row, 4);
  EXPECT_EQ(preview->issues[1].column, "Tên đơn vị");
  auto written = app::confirm_units_import(*services_, app::system_actor(), preview->token, meta_);
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(unit_count(), 0);
}

TEST_F(ImportUnitsTest, OfficersCannotImportUnitsAndAdminsOnlyUnderTheirScope) {
  const core::Actor system = app::system_actor();
  auto root = app::stage_units_import(*services_, system, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nR,Gốc,\nS,Khác,\n",
                                      "r.csv");
  ASSERT_TRUE(root.ok());
  ASSERT_TRUE(app::confirm_units_import(*services_, system, root->token, meta_).ok());
  auto conn = db_->acquire();
  auto r = **store::find_unit_by_code(*conn, "R");
  core::Actor officer;
  officer.user_id = 42;
  officer.grants.push_back({core::Role::kUnitOfficer, r.id, r.path});
  auto denied = app::stage_units_import(*services_, officer, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nX,X,R\n", "x.csv");
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, core::errc::kForbidden);
  core::Actor admin;
  admin.user_id = 43;
  admin.grants.push_back({core::Role::kAdministrator, r.id, r.path});
  auto elsewhere = app::stage_units_import(*services_, admin, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nX,X,S\n", "x.csv");
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_FALSE(elsewhere->confirmable()) << "S lies outside the administrator's subtree";
  auto inside = app::stage_units_import(*services_, admin, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nX,X,R\n", "x.csv");
  ASSERT_TRUE(inside.ok());
  EXPECT_TRUE(inside->confirmable());
  auto stolen = app::confirm_units_import(*services_, officer, inside->token, meta_);
  ASSERT_FALSE(stolen.ok()) << "another user cannot confirm an upload";
}

}  // namespace
}  // namespace thidua
