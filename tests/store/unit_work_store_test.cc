// The file store and the storage of the units' campaign work (unit plans,
// progress with evidence, difficulties) on the engine under test.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/difficulties.h"
#include "store/file_store.h"
#include "store/progress_reports.h"
#include "store/unit_plans.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNow = "2026-03-01T02:00:00.000Z";
const std::string kPdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1", 20);

class UnitWorkStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("thidua-files-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(dir_);
    root_ = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
    office_ = unit("STNMT-VP", root_, core::UnitKind::kOffice);
    centre_ = unit("STNMT-TTLT", root_, core::UnitKind::kCentre);
    core::Campaign plan = app::seed_campaign({{"STNMT", root_}, {"STNMT-VP", office_}, {"STNMT-TTLT", centre_}});
    auto conn = db_->acquire();
    auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    auto other = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(other.ok());
    other_campaign_ = *other;
    auto user = conn->query(
        "INSERT INTO users (username, display_name, password_hash, created_at, updated_at) "
        "VALUES ('canbo', 'Hoàng Thị Thanh Tâm', 'x', ?, ?) RETURNING id",
        {std::string(kNow), std::string(kNow)});
    ASSERT_TRUE(user.ok()) << user.error().message;
    user_ = (*user)[0].i64(0);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
    test::DatabaseTest::TearDown();
  }

  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
    return add_unit(code, parent, kind);
  }

  // An approved registration of `unit` with one target (package reg owns these tables).
  int64_t target(store::Connection& conn, int64_t campaign, int64_t unit) {
    auto reg = conn.query(
        "INSERT INTO registrations (campaign_id, unit_id, subject, subject_key, state, created_at, updated_at) "
        "VALUES (?, ?, 'Đơn vị', ?, 'approved', ?, ?) RETURNING id",
        {campaign, unit, "u:" + std::to_string(unit), std::string(kNow), std::string(kNow)});
    EXPECT_TRUE(reg.ok()) << (reg.ok() ? "" : reg.error().message);
    auto t = conn.query("INSERT INTO registration_targets (registration_id, ord, text) VALUES (?, 1, ?) RETURNING id",
                        {(*reg)[0].i64(0), std::string("Hoàn thành 100% hồ sơ đúng hạn")});
    EXPECT_TRUE(t.ok());
    return (*t)[0].i64(0);
  }

  std::vector<fs::path> files_on_disk() const {
    std::vector<fs::path> out;
    if (!fs::exists(dir_ / "files")) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir_ / "files")) {
      if (e.is_regular_file()) out.push_back(e.path());
    }
    return out;
  }

  fs::path dir_;
  int64_t root_ = 0, office_ = 0, centre_ = 0, campaign_ = 0, other_campaign_ = 0, user_ = 0;
};

TEST_F(UnitWorkStoreTest, StoresEachContentOnceUnderItsHash) {
  auto conn = db_->acquire();
  auto a = store::put_file(*conn, dir_.string(), kPdf, store::kDefaultMaxFileBytes, kNow);
  ASSERT_TRUE(a.ok()) << a.error().message;
  auto b = store::put_file(*conn, dir_.string(), kPdf, store::kDefaultMaxFileBytes, kNow);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->sha256, b->sha256);
  EXPECT_TRUE(store::is_sha256_hex(a->sha256));
  EXPECT_EQ(a->size, static_cast<int64_t>(kPdf.size()));
  EXPECT_EQ(a->media_type, "application/pdf");
  const fs::path expected = dir_ / "files" / a->sha256.substr(0, 2) / a->sha256.substr(2);
  EXPECT_EQ(store::stored_file_path(dir_.string(), a->sha256), expected.string());
  auto on_disk = files_on_disk();
  ASSERT_EQ(on_disk.size(), 1u) << "one file, no temporary file left behind";
  EXPECT_EQ(on_disk[0], expected);
  auto back = store::read_stored_file(dir_.string(), a->sha256);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, kPdf);
  auto rows = conn->query("SELECT sha256, size, media_type FROM files");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].str(2), "application/pdf");
  auto found = store::find_file(*conn, a->sha256);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->size, a->size);
}

// A content written for a save that then rolled back: on disk, no row.
std::string orphan(store::Connection& conn, const std::string& dir, const std::string& bytes) {
  EXPECT_TRUE(conn.begin().ok());
  auto f = store::put_file(conn, dir, bytes, store::kDefaultMaxFileBytes, kNow);
  EXPECT_TRUE(f.ok());
  EXPECT_TRUE(conn.rollback().ok());
  return f.ok() ? f->sha256 : std::string();
}

void age(const fs::path& p, std::chrono::hours by) {
  fs::last_write_time(p, fs::file_time_type::clock::now() - by);
}

TEST_F(UnitWorkStoreTest, PruneRemovesOnlyOldContentsThatNoRowNames) {
  auto conn = db_->acquire();
  auto kept = store::put_file(*conn, dir_.string(), kPdf, store::kDefaultMaxFileBytes, kNow);
  ASSERT_TRUE(kept.ok());
  const fs::path kept_path = store::stored_file_path(dir_.string(), kept->sha256);
  const std::string old_orphan = orphan(*conn, dir_.string(), kPng);
  const fs::path old_path = store::stored_file_path(dir_.string(), old_orphan);
  const std::string young_orphan = orphan(*conn, dir_.string(), kPdf + "% young\n");
  const fs::path young_path = store::stored_file_path(dir_.string(), young_orphan);
  ASSERT_TRUE(fs::exists(old_path) && fs::exists(young_path));
  const fs::path old_temp = kept_path.parent_path() / ".tmp-AbC123";
  const fs::path young_temp = kept_path.parent_path() / ".tmp-XyZ789";
  const fs::path foreign = kept_path.parent_path() / "ghi-chu.txt";
  for (const auto& p : {old_temp, young_temp, foreign}) std::ofstream(p) << "x";
  for (const auto& p : {kept_path, old_path, old_temp, foreign}) age(p, std::chrono::hours(48));

  const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(24);
  auto dry = store::prune_orphan_files(*conn, dir_.string(), cutoff, true);
  ASSERT_TRUE(dry.ok()) << dry.error().message;
  EXPECT_EQ(dry->scanned, 3);
  EXPECT_EQ(dry->orphans, 1);
  EXPECT_EQ(dry->orphan_bytes, static_cast<int64_t>(kPng.size()));
  EXPECT_EQ(dry->stale_temps, 1);
  EXPECT_EQ(dry->removed, 0);
  EXPECT_EQ(files_on_disk().size(), 6u) << "a dry run deletes nothing";

  auto done = store::prune_orphan_files(*conn, dir_.string(), cutoff, false);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->orphans, 1);
  EXPECT_EQ(done->removed, 2);
  EXPECT_FALSE(fs::exists(old_path));
  EXPECT_FALSE(fs::exists(old_temp));
  EXPECT_TRUE(fs::exists(kept_path)) << "a content a row names stays, however old";
  EXPECT_TRUE(fs::exists(young_path)) << "within the grace period: maybe a save in flight";
  EXPECT_TRUE(fs::exists(young_temp));
  EXPECT_TRUE(fs::exists(foreign)) << "a file the store did not write is left alone";
  auto back = store::read_stored_file(dir_.string(), kept->sha256);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, kPdf);
  auto rows = conn->query("SELECT COUNT(*) FROM files");
  EXPECT_EQ((*rows)[0].i64(0), 1) << "no row is deleted";
}

TEST_F(UnitWorkStoreTest, AnOldOrphanReusedByASaveInFlightIsNotPruned) {
  auto writer = db_->acquire();
  const std::string sha = orphan(*writer, dir_.string(), kPng);
  const fs::path path = store::stored_file_path(dir_.string(), sha);
  age(path, std::chrono::hours(72));
  // The same bytes uploaded again: the save has stored the file, not yet committed.
  ASSERT_TRUE(writer->begin().ok());
  auto again = store::put_file(*writer, dir_.string(), kPng, store::kDefaultMaxFileBytes, kNow);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->sha256, sha);
  {
    auto other = db_->acquire();
    auto pruned = store::prune_orphan_files(*other, dir_.string(),
                                            fs::file_time_type::clock::now() - std::chrono::hours(24), false);
    ASSERT_TRUE(pruned.ok()) << pruned.error().message;
    EXPECT_EQ(pruned->orphans, 0);
    EXPECT_EQ(pruned->removed, 0);
  }
  ASSERT_TRUE(writer->commit().ok());
  auto back = store::read_stored_file(dir_.string(), sha);
  ASSERT_TRUE(back.ok()) << "the committed row names a file that is still there";
  EXPECT_EQ(*back, kPng);
}

TEST_F(UnitWorkStoreTest, MediaTypeComesFromTheContent) {
  auto conn = db_->acquire();
  auto png = store::put_file(*conn, dir_.string(), kPng, store::kDefaultMaxFileBytes, kNow);
  ASSERT_TRUE(png.ok());
  EXPECT_EQ(png->media_type, "image/png");
  EXPECT_NE(png->sha256, store::put_file(*conn, dir_.string(), kPdf, 1 << 20, kNow)->sha256);
  EXPECT_EQ(files_on_disk().size(), 2u);
}

TEST_F(UnitWorkStoreTest, RefusedContentLeavesNoTrace) {
  auto conn = db_->acquire();
  auto html = store::put_file(*conn, dir_.string(), "<html><script>x</script></html>", 1 << 20, kNow);
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().code, core::errc::kUnsupported);
  EXPECT_EQ(html.error().field, "file");
  auto big = store::put_file(*conn, dir_.string(), kPdf + std::string(2000, ' '), 1000, kNow);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, core::errc::kTooLarge);
  EXPECT_NE(big.error().message.find("1000 byte"), std::string::npos) << big.error().message;
  EXPECT_TRUE(files_on_disk().empty());
  auto rows = conn->query("SELECT COUNT(*) FROM files");
  EXPECT_EQ((*rows)[0].i64(0), 0);
  EXPECT_EQ(store::read_stored_file(dir_.string(), "../../etc/passwd").error().code, core::errc::kNotFound);
}

TEST_F(UnitWorkStoreTest, StoresFromAPathAndRollsBackTheRow) {
  const fs::path upload = dir_ / "upload.bin";
  std::ofstream(upload, std::ios::binary) << kPdf;
  auto conn = db_->acquire();
  auto st = store::in_transaction<store::StoredFile>(*conn, [&]() -> core::Result<store::StoredFile> {
    auto f = store::put_file_from_path(*conn, dir_.string(), upload.string(), 1 << 20, kNow);
    if (!f.ok()) return f.error();
    return core::make_error(core::errc::kConflict, "roll back");
  });
  EXPECT_FALSE(st.ok());
  EXPECT_EQ((*conn->query("SELECT COUNT(*) FROM files"))[0].i64(0), 0) << "the row is in the caller's transaction";
  auto f = store::put_file_from_path(*conn, dir_.string(), upload.string(), 1 << 20, kNow);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ((*conn->query("SELECT COUNT(*) FROM files"))[0].i64(0), 1);
  EXPECT_TRUE(fs::exists(upload)) << "the source is left as is";
  EXPECT_EQ(store::put_file_from_path(*conn, dir_.string(), upload.string(), 5, kNow).error().code,
            core::errc::kTooLarge);
}

TEST_F(UnitWorkStoreTest, UnitPlansPerParticipatingUnit) {
  auto conn = db_->acquire();
  store::UnitPlanQuery all;
  all.campaign_id = campaign_;
  auto before = store::list_unit_plan_status(*conn, all);
  ASSERT_TRUE(before.ok()) << before.error().message;
  ASSERT_GE(before->size(), 2u);
  for (const auto& s : *before) EXPECT_FALSE(s.plan.has_value());

  auto file = store::put_file(*conn, dir_.string(), kPdf, 1 << 20, kNow);
  ASSERT_TRUE(file.ok());
  store::UnitPlanWrite w;
  w.campaign_id = campaign_;
  w.unit_id = office_;
  w.body = "Kế hoạch của Văn phòng";
  w.file_sha256 = file->sha256;
  w.file_name = "ke-hoach.pdf";
  w.submitted_by = user_;
  auto id = store::save_unit_plan(*conn, w, kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  store::UnitPlanWrite again = w;
  again.body = "Kế hoạch sửa lần 2";
  again.file_sha256.reset();  // keep the file
  ASSERT_EQ(*store::save_unit_plan(*conn, again, kNow), *id);

  auto plan = store::find_unit_plan(*conn, campaign_, *id);
  ASSERT_TRUE(plan.ok() && plan->has_value());
  EXPECT_EQ((*plan)->version, 2);
  EXPECT_EQ((*plan)->body, "Kế hoạch sửa lần 2");
  EXPECT_EQ((*plan)->file_sha256, file->sha256);
  EXPECT_EQ((*plan)->media_type, "application/pdf");
  EXPECT_EQ((*plan)->submitted_by_name, "Hoàng Thị Thanh Tâm");
  EXPECT_FALSE(store::find_unit_plan(*conn, other_campaign_, *id)->has_value()) << "scoped to its campaign";

  store::UnitPlanQuery submitted = all;
  submitted.submitted = true;
  auto done = store::list_unit_plan_status(*conn, submitted);
  ASSERT_EQ(done->size(), 1u);
  EXPECT_EQ(done->front().unit.id, office_);
  store::UnitPlanQuery missing = all;
  missing.submitted = false;
  EXPECT_EQ(*store::count_unit_plan_status(*conn, missing), static_cast<int64_t>(before->size()) - 1);

  auto centre_unit = store::find_unit(*conn, centre_);
  store::UnitPlanQuery centre_only = all;
  centre_only.within = std::vector<std::string>{(*centre_unit)->path};
  auto centre = store::list_unit_plan_status(*conn, centre_only);
  ASSERT_EQ(centre->size(), 1u);
  EXPECT_EQ(centre->front().unit.id, centre_);
  EXPECT_FALSE(centre->front().plan.has_value());
  centre_only.within = std::vector<std::string>{};
  EXPECT_EQ(*store::count_unit_plan_status(*conn, centre_only), 0) << "no scope, nothing";

  store::UnitPlanWrite drop = again;
  drop.remove_file = true;
  ASSERT_TRUE(store::save_unit_plan(*conn, drop, kNow).ok());
  EXPECT_FALSE((*store::unit_plan_of(*conn, campaign_, office_))->file_sha256.has_value());
}

TEST_F(UnitWorkStoreTest, ProgressReportsWithEvidence) {
  auto conn = db_->acquire();
  const int64_t t = target(*conn, campaign_, office_);
  auto file = store::put_file(*conn, dir_.string(), kPng, 1 << 20, kNow);
  ASSERT_TRUE(file.ok());
  auto r1 = store::insert_progress_report(*conn, t, core::ProgressStatus::kInProgress, 40, "Đã làm 4/10", user_, kNow);
  ASSERT_TRUE(r1.ok()) << r1.error().message;
  auto r2 = store::insert_progress_report(*conn, t, core::ProgressStatus::kDone, 100, "Xong", user_, "2026-03-02T02:00:00.000Z");
  ASSERT_TRUE(r2.ok());
  auto e1 = store::insert_evidence(*conn, *r2, file->sha256, "anh.png", user_, kNow);
  auto e2 = store::insert_evidence(*conn, *r2, file->sha256, "anh-2.png", user_, kNow);
  ASSERT_TRUE(e1.ok() && e2.ok());

  auto info = store::find_target(*conn, campaign_, t);
  ASSERT_TRUE(info.ok() && info->has_value());
  EXPECT_EQ((*info)->progress_status, core::ProgressStatus::kDone);
  EXPECT_EQ((*info)->progress_percent, 100);
  EXPECT_EQ((*info)->progress_note, "Xong");
  EXPECT_EQ((*info)->unit_id, office_);
  EXPECT_EQ((*info)->registration_state, core::RegistrationState::kApproved);
  EXPECT_FALSE(store::find_target(*conn, other_campaign_, t)->has_value());

  auto history = store::progress_history(*conn, t, 0, 10);
  ASSERT_TRUE(history.ok()) << history.error().message;
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].id, *r2) << "newest first";
  ASSERT_EQ((*history)[0].evidence.size(), 2u);
  EXPECT_EQ((*history)[0].evidence[1].file_name, "anh-2.png");
  EXPECT_EQ((*history)[0].evidence[0].media_type, "image/png");
  EXPECT_TRUE((*history)[1].evidence.empty());
  EXPECT_EQ((*history)[1].reported_by_name, "Hoàng Thị Thanh Tâm");
  EXPECT_EQ(*store::count_progress_reports(*conn, t), 2);
  EXPECT_EQ(store::progress_history(*conn, t, 1, 10)->size(), 1u);

  // The overview: approved registrations only, by unit scope or person.
  const int64_t other = target(*conn, campaign_, centre_);
  ASSERT_TRUE(conn->exec("UPDATE registrations SET state = 'submitted' WHERE id = "
                         "(SELECT registration_id FROM registration_targets WHERE id = ?)", {other}).ok());
  store::TargetQuery tq;
  tq.campaign_id = campaign_;
  auto listed = store::list_targets(*conn, tq);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u) << "the submitted registration is not listed";
  EXPECT_EQ(listed->front().id, t);
  auto office_unit = store::find_unit(*conn, office_);
  tq.within = std::vector<std::string>{(*office_unit)->path};
  EXPECT_EQ(*store::count_targets(*conn, tq), 1);
  tq.within = std::vector<std::string>{};
  EXPECT_EQ(*store::count_targets(*conn, tq), 0);
  tq.person_id = 424242;
  EXPECT_EQ(*store::count_targets(*conn, tq), 0);

  auto ev = store::find_evidence(*conn, campaign_, *e1);
  ASSERT_TRUE(ev.ok() && ev->has_value());
  EXPECT_EQ((*ev)->file.file_sha256, file->sha256);
  EXPECT_EQ((*ev)->target.id, t);
  EXPECT_FALSE(store::find_evidence(*conn, other_campaign_, *e1)->has_value());
}

TEST_F(UnitWorkStoreTest, DifficultiesOpenAndAnswered) {
  auto conn = db_->acquire();
  auto d1 = store::insert_difficulty(*conn, campaign_, office_, "Thiếu biểu mẫu", "Chưa có mẫu báo cáo", user_, kNow);
  auto d2 = store::insert_difficulty(*conn, campaign_, centre_, "Thời hạn gấp", "", user_, kNow);
  ASSERT_TRUE(d1.ok() && d2.ok()) << (d1.ok() ? "" : d1.error().message);
  ASSERT_TRUE(store::answer_difficulty(*conn, *d1, "Dùng mẫu số 01 kèm kế hoạch.", user_, kNow).ok());
  EXPECT_EQ(store::answer_difficulty(*conn, 999999, "x", user_, kNow).error().code, core::errc::kNotFound);

  store::DifficultyQuery q;
  q.campaign_id = campaign_;
  auto all = store::list_difficulties(*conn, q);
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].id, *d2) << "newest first";
  q.answered = false;
  auto open = store::list_difficulties(*conn, q);
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ(open->front().id, *d2);
  q.answered = true;
  auto answered = store::list_difficulties(*conn, q);
  ASSERT_EQ(answered->size(), 1u);
  EXPECT_EQ(answered->front().answer, "Dùng mẫu số 01 kèm kế hoạch.");
  EXPECT_EQ(answered->front().answered_by_name, "Hoàng Thị Thanh Tâm");
  EXPECT_TRUE(answered->front().answered_at.has_value());

  auto centre = store::find_unit(*conn, centre_);
  store::DifficultyQuery mine;
  mine.campaign_id = campaign_;
  mine.within = std::vector<std::string>{(*centre)->path};
  EXPECT_EQ(*store::count_difficulties(*conn, mine), 1);
  mine.campaign_id = other_campaign_;
  EXPECT_EQ(*store::count_difficulties(*conn, mine), 0);
  EXPECT_FALSE(store::find_difficulty(*conn, other_campaign_, *d1)->has_value());
  EXPECT_EQ((*store::find_difficulty(*conn, campaign_, *d1))->title, "Thiếu biểu mẫu");
}

}  // namespace
}  // namespace thidua
