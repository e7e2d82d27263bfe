// The administrator's compound family names (issue 13 #6, app/family_names.h):
// everyone reads the list, only the administrator of the whole tree changes
// it, a change re-keys everyone's name order at once and is audited, and a
// bad list changes nothing.
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>

#include "core/names.h"
#include "store/people.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

const bool kCovered = cover_routes({{"GET", "/cai-dat/ho-kep"}, {"POST", "/cai-dat/ho-kep"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

class FamilyNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  std::vector<std::string> names(const std::string& sql) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql);
    EXPECT_TRUE(rows.ok());
    std::vector<std::string> out;
    if (rows.ok()) {
      for (const auto& r : *rows) out.push_back(r.str(0));
    }
    return out;
  }
  void person(const std::string& name) {
    auto conn = site_->db().acquire();
    auto r = conn->exec(
        "INSERT INTO people (full_name, name_folded, sort_key, category, unit_id, unit_path, created_at, updated_at) "
        "SELECT ?, ?, ?, 'civil_servant', id, path, 'x', 'x' FROM units WHERE code = 'PTNMT-LN'",
        {name, core::fold(name), core::name_sort_key(name)});
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  std::unique_ptr<TestSite> site_;
};

TEST_F(FamilyNamesTest, OnlyTheAdministratorChangesTheList) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site_->session(kColumns[c]));
  const auto get = split_outcomes("L O O O O O O O");
  const auto post = split_outcomes("L R 403 403 403 403 403 403");
  for (size_t c = 0; c < kColumns.size(); ++c) {
    HttpResult r = c == 0 ? site_->client()->get("/cai-dat/ho-kep") : sessions.at(kColumns[c])->get("/cai-dat/ho-kep");
    EXPECT_TRUE(outcome_matches(get[c], r)) << kColumns[c] << " got " << r.status;
    if (c > 1) {
      EXPECT_EQ(r.body.find("<textarea id=\"ho_kep\""), std::string::npos) << kColumns[c] << " sees no form";
    }
  }
  // Refusals first, on an untouched list.
  for (size_t c : refusals_first(post)) {
    const std::string before = is_refusal(post[c]) ? site_->fingerprint() : "";
    HttpResult r;
    if (c == 0) {
      auto anon = site_->client();
      const std::string csrf = extract_csrf(anon->get("/dang-nhap").body);
      r = anon->post_form("/cai-dat/ho-kep", {{"_csrf", csrf}, {"ho_kep", "Phạm Phú"}});
    } else {
      r = sessions.at(kColumns[c]).post_form("/cai-dat/ho-kep", {{"ho_kep", "Phạm Phú"}});
    }
    EXPECT_TRUE(outcome_matches(post[c], r)) << kColumns[c] << " got " << r.status << " " << r.body.substr(0, 200);
    if (!before.empty()) {
      EXPECT_EQ(before, site_->fingerprint()) << kColumns[c] << " changed the database";
    }
  }
  const std::string page = sessions.at("admin")->get("/cai-dat/ho-kep?da-luu=1").body;
  EXPECT_NE(page.find(">Phạm Phú\n</textarea>"), std::string::npos) << "the saved list in the form";
  EXPECT_NE(page.find("Đã lưu danh sách họ kép"), std::string::npos);
}

TEST_F(FamilyNamesTest, SavingTheListReordersEveryoneAndABadListChangesNothing) {
  person("Phạm Phú Thứ");
  person("Phạm Xuân Thứ");
  const std::string order =
      "SELECT full_name FROM people WHERE full_name IN ('Phạm Phú Thứ', 'Phạm Xuân Thứ') ORDER BY sort_key";
  EXPECT_EQ(names(order), (std::vector<std::string>{"Phạm Phú Thứ", "Phạm Xuân Thứ"})) << "Phú is a middle name";

  auto admin = site_->session("admin");
  const std::string before = site_->fingerprint();
  HttpResult bad = admin.post_form("/cai-dat/ho-kep", {{"ho_kep", "Phạm Phú\nNguyễn"}});
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Dòng 2"), std::string::npos);
  EXPECT_NE(bad.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(before, site_->fingerprint()) << "a bad list changes nothing";

  HttpResult ok = admin.post_form("/cai-dat/ho-kep", {{"ho_kep", "Phạm Phú"}});
  ASSERT_EQ(ok.status, 303u) << ok.body.substr(0, 300);
  EXPECT_EQ(names(order), (std::vector<std::string>{"Phạm Xuân Thứ", "Phạm Phú Thứ"}))
      << "the family Phạm Phú sorts after Phạm, at once";
  EXPECT_EQ(names("SELECT action FROM audit_log WHERE action = 'settings.family_names'").size(), 1u);

  // A person added afterwards is keyed with the list too.
  {
    core::Person p;
    p.full_name = "Phạm Phú Ân";
    p.unit_id = site_->unit_id("PTNMT-LN");
    auto conn = site_->db().acquire();
    auto added = store::insert_person(*conn, p, "2026-01-01T00:00:00.000Z", "2026-01-01");
    ASSERT_TRUE(added.ok()) << added.error().message;
    EXPECT_EQ(names("SELECT sort_key FROM people WHERE id = " + std::to_string(added->id)),
              (std::vector<std::string>{core::name_sort_key("Phạm Phú Ân", {"pham phu"})}));
  }
  // Emptying the list puts the names back.
  ok = admin.post_form("/cai-dat/ho-kep", {{"ho_kep", ""}});
  ASSERT_EQ(ok.status, 303u);
  EXPECT_EQ(names(order), (std::vector<std::string>{"Phạm Phú Thứ", "Phạm Xuân Thứ"}));
}

}  // namespace
}  // namespace thidua::test
