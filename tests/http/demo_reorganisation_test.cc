// The demo's 2025 reorganisation (app/demo_reorganisation.h) recorded on a
// test site: the Sở NN&PTNT merged into the Department, which carries the
// names and header lines of 2023, of March 2025 and of July 2025 each on its
// own dates; the district offices dissolved with their people at the land
// registration branches (same person, same history); the Lục Nam accounts
// working for the branch; the council established anew with the same
// members; fifteen operations in the history the
// administrator reads; and a second load refused whole.
#include <gtest/gtest.h>

#include "app/demo_json.h"
#include "app/demo_reorganisation.h"
#include "store/reorganisations.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

int64_t count(TestSite& site, const std::string& sql, const std::vector<store::Param>& params = {}) {
  auto conn = site.services().db.acquire();
  auto rows = conn->query(sql, params);
  EXPECT_TRUE(rows.ok());
  return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
}

std::string text(TestSite& site, const std::string& sql, const std::vector<store::Param>& params = {}) {
  auto conn = site.services().db.acquire();
  auto rows = conn->query(sql, params);
  EXPECT_TRUE(rows.ok());
  return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "";
}

TEST(DemoReorganisationTest, TheDepartmentOf2023BecomesTheSoNNMTBacNinh) {
  TestSite site;
  if (!site.ok()) GTEST_SKIP() << "no test site";
  const auto file = app::demo_json::embedded("reorganisation.json");
  ASSERT_TRUE(file.found);
  auto data = app::read_demo_reorganisation(file.text);
  ASSERT_TRUE(data.ok()) << data.error().message;

  const int64_t department = count(site, "SELECT id FROM units WHERE code = 'STNMT'");
  const int64_t branch = count(site, "SELECT id FROM units WHERE code = 'VPDK-LN'");
  const int64_t district_people = count(
      site, "SELECT COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code LIKE 'PTNMT-%'");
  const int64_t an = site.person_id("Nguyễn Văn An");  // nhanvien, at the Lục Nam office
  ASSERT_GT(district_people, 0);
  ASSERT_EQ(count(site, "SELECT unit_id FROM people WHERE id = ?", {an}),
            count(site, "SELECT id FROM units WHERE code = 'PTNMT-LN'"));

  app::DemoReorganisation out;
  auto done = app::load_demo_reorganisation(site.services(), *data, site.actor("admin"), {"127.0.0.1", "demo", "tests"},
                                            out);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(out.reorganisations, 15);
  EXPECT_EQ(out.units_closed, 11) << "the Sở NN&PTNT and ten district offices";
  EXPECT_EQ(out.people_moved, district_people);
  EXPECT_GT(out.merged_agency_id, 0);

  // Names and header lines, each on its dates.
  EXPECT_EQ(text(site, "SELECT name FROM units WHERE id = ?", {department}), "Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh");
  {
  auto conn = site.services().db.acquire();
  auto in_2023 = store::header_at(*conn, department, "2023-10-20");
  ASSERT_TRUE(in_2023.ok());
  EXPECT_FALSE(in_2023->has_value()) << "2023's documents keep the lines typed on their plans";
  auto in_spring = store::header_at(*conn, department, "2025-04-15");
  ASSERT_TRUE(in_spring.ok() && in_spring->has_value());
  EXPECT_EQ((*in_spring)->governing_body, "UBND TỈNH BẮC GIANG");
  EXPECT_EQ((*in_spring)->issuing_body, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  auto now = store::header_at(*conn, department, "2026-09-01");
  ASSERT_TRUE(now.ok() && now->has_value());
  EXPECT_EQ((*now)->governing_body, "UBND TỈNH BẮC NINH");
  EXPECT_EQ((*now)->place, "Bắc Ninh");
  }
  EXPECT_EQ(text(site,
                 "SELECT name FROM unit_names WHERE unit_id = ? AND (valid_to IS NULL OR valid_to > '2023-10-20') "
                 "AND (valid_from IS NULL OR valid_from <= '2023-10-20') ORDER BY valid_from LIMIT 1",
                 {department}),
            "Sở Tài nguyên và Môi trường tỉnh Bắc Giang")
      << "the name in force in 2023";

  // The merged agency and the district offices are closed under the units
  // carrying on their work; nobody remains on them.
  EXPECT_EQ(count(site, "SELECT COUNT(*) FROM units WHERE (code LIKE 'PTNMT-%' OR code = 'SNNPTNT') AND valid_to IS NULL"),
            0);
  EXPECT_EQ(text(site, "SELECT valid_to FROM units WHERE code = 'PTNMT-LN'"), "2025-07-01");
  EXPECT_EQ(count(site, "SELECT COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code LIKE 'PTNMT-%'"),
            0);
  EXPECT_EQ(count(site, "SELECT parent_id FROM units WHERE code = 'SNNPTNT-CCKL'"), department)
      << "its sub-departments now belong to the Department";
  // Nguyễn Văn An is the same person, now at the branch.
  EXPECT_EQ(count(site, "SELECT unit_id FROM people WHERE id = ?", {an}), branch);

  // The Lục Nam accounts work for the branch: the role moved, not copied.
  site.services().forget_actors();
  for (const char* username : {"canbo", "thutruong", "nhanvien"}) {
    const core::Actor a = site.actor(username);
    ASSERT_EQ(a.grants.size(), 1u) << username;
    EXPECT_EQ(a.grants[0].unit_id, branch) << username;
  }
  auto canbo = site.session("canbo");
  EXPECT_EQ(canbo->get("/don-vi/" + std::to_string(branch)).status, 200u);

  // The merged Department's council: the same five members under the new
  // name; the old council keeps its sessions, its members inactive.
  EXPECT_GT(out.council_id, 0);
  EXPECT_EQ(text(site, "SELECT name FROM councils WHERE id = ?", {out.council_id}),
            "Hội đồng Thi đua – Khen thưởng Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(count(site, "SELECT COUNT(*) FROM council_members WHERE council_id = ? AND active = 1", {out.council_id}), 5);
  EXPECT_EQ(count(site, "SELECT COUNT(*) FROM council_members WHERE council_id <> ? AND active = 1", {out.council_id}), 0);

  // The administrator reads the fifteen operations in the history.
  auto admin = site.session("admin");
  auto history = admin->get("/api/v1/reorganisations?page=1");
  ASSERT_EQ(history.status, 200u) << history.body;
  EXPECT_NE(history.body.find("\"total\":15"), std::string::npos) << history.body.substr(0, 400);
  auto page = admin->get("/don-vi/sap-xep/lich-su");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Nghị quyết số 202/2025/QH15"), std::string::npos);

  // A second load is refused whole: the merged agency's code is taken.
  const std::string before = site.fingerprint();
  app::DemoReorganisation again;
  EXPECT_FALSE(app::load_demo_reorganisation(site.services(), *data, site.actor("admin"),
                                             {"127.0.0.1", "demo", "tests"}, again)
                   .ok());
  EXPECT_EQ(again.reorganisations, 0);
  EXPECT_TRUE(site.fingerprint() == before) << first_difference(before, site.fingerprint());
}

}  // namespace
}  // namespace thidua::test
