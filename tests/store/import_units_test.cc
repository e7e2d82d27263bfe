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
  EXPECT_EQ(preview->rows, 3);
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
  ASSERT_EQ(preview->issues, 2);
  auto problems = app::units_import_page(*services_, app::system_actor(), preview->token, true, 1, 100);
  ASSERT_TRUE(problems.ok()) << problems.error().message;
  ASSERT_EQ(problems->rows.size(), 2u);
  ASSERT_EQ(problems->rows[0].issues.size(), 1u);
  EXPECT_EQ(problems->rows[0].issues[0].row, 3);
  EXPECT_EQ(problems->rows[0].issues[0].column, "Mã đơn vị cấp trên");
  ASSERT_EQ(problems->rows[1].issues.size(), 1u);
  EXPECT_EQ(problems->rows[1].issues[0].row, 4);
  EXPECT_EQ(problems->rows[1].issues[0].column, "Tên đơn vị");
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
  core::Actor other_admin = admin;
  other_admin.user_id = 44;
  auto peek = app::units_import_page(*services_, other_admin, inside->token, false, 1, 100);
  ASSERT_FALSE(peek.ok()) << "nor read its preview";
  EXPECT_EQ(peek.error().code, core::errc::kImportNotFound);
}

// Issue 9 #6: a file of several chunks is staged row by row into the
// database and read back a page at a time; only the rows with problems can
// be listed; the confirmation checks the file again against today's data.
TEST_F(ImportUnitsTest, ManyRowsArePreviewedAPageAtATimeFromTheDatabase) {
  const core::Actor system = app::system_actor();
  std::string csv = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nGOC,Đơn vị gốc,\n";
  const int n = 1300;  // the root, then three chunks of 500 rows and part of a fourth
  std::vector<int> bad_lines;
  for (int i = 1; i < n; ++i) {
    const bool bad = i % 250 == 0;
    csv += "U" + std::to_string(i) + ",Đơn vị " + std::to_string(i) + "," + (bad ? "KHONG-CO" : "GOC") + "\n";
    if (bad) bad_lines.push_back(i + 2);  // the header is line 1, GOC line 2
  }
  auto staged = app::stage_units_import(*services_, system, csv, "lon.csv");
  ASSERT_TRUE(staged.ok()) << staged.error().message;
  EXPECT_EQ(staged->rows, n);
  EXPECT_EQ(staged->issues, static_cast<int64_t>(bad_lines.size()));
  EXPECT_EQ(staged->valid_rows, n - static_cast<int64_t>(bad_lines.size()));
  {
    auto conn = db_->acquire();
    EXPECT_EQ((*conn->query("SELECT COUNT(*) FROM import_rows"))[0].i64(0), n) << "every row is staged";
  }
  auto third = app::units_import_page(*services_, system, staged->token, false, 3, 100);
  ASSERT_TRUE(third.ok()) << third.error().message;
  ASSERT_EQ(third->rows.size(), 100u);
  EXPECT_EQ(third->total, n);
  EXPECT_EQ(third->rows.front().row, 202) << "rows 201..300 of the file, lines 202..301";
  EXPECT_EQ(third->rows.front().values.at("code").as_string(), "U200");
  auto last = app::units_import_page(*services_, system, staged->token, false, 13, 100);
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(last->rows.size(), 100u);
  auto beyond = app::units_import_page(*services_, system, staged->token, false, 14, 100);
  ASSERT_TRUE(beyond.ok());
  EXPECT_TRUE(beyond->rows.empty());
  auto problems = app::units_import_page(*services_, system, staged->token, true, 1, 2);
  ASSERT_TRUE(problems.ok());
  EXPECT_EQ(problems->total, static_cast<int64_t>(bad_lines.size()));
  ASSERT_EQ(problems->rows.size(), 2u);
  EXPECT_EQ(problems->rows[0].row, bad_lines[0]);
  EXPECT_EQ(problems->rows[1].row, bad_lines[1]);
  EXPECT_FALSE(problems->rows[0].ok);
  EXPECT_EQ(problems->rows[0].issues.at(0).column, "Mã đơn vị cấp trên");
  auto refused = app::confirm_units_import(*services_, system, staged->token, meta_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kImportHasErrors);
  EXPECT_EQ(unit_count(), 0);

  // A clean file of the same size is written whole; its preview is gone after.
  std::string clean = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nGOC,Đơn vị gốc,\n";
  for (int i = 1; i < n; ++i) clean += "U" + std::to_string(i) + ",Đơn vị " + std::to_string(i) + ",GOC\n";
  auto good = app::stage_units_import(*services_, system, clean, "sach.csv");
  ASSERT_TRUE(good.ok());
  ASSERT_TRUE(good->confirmable());
  auto written = app::confirm_units_import(*services_, system, good->token, meta_);
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(*written, n);
  EXPECT_EQ(unit_count(), n);
  auto gone = app::units_import_page(*services_, system, good->token, false, 1, 100);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, core::errc::kImportNotFound);
}

// The confirmation checks today's data: a unit created since the preview
// with a code of the file refuses the whole file, and nothing is written.
TEST_F(ImportUnitsTest, ConfirmationRechecksAgainstTodaysData) {
  const core::Actor system = app::system_actor();
  auto staged = app::stage_units_import(*services_, system, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nP,Gốc,\nQ,Q,P\n",
                                        "q.csv");
  ASSERT_TRUE(staged.ok());
  ASSERT_TRUE(staged->confirmable());
  auto other = app::stage_units_import(*services_, system, "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nQ,Q trước,\n", "o.csv");
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(app::confirm_units_import(*services_, system, other->token, meta_).ok());
  auto refused = app::confirm_units_import(*services_, system, staged->token, meta_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kImportHasErrors);
  EXPECT_EQ(unit_count(), 1) << "nothing of the refused file is written";
}

}  // namespace
}  // namespace thidua
