// Rows the awards tests need from packages nom and council (nominations in
// the states those packages leave them), inserted with plain SQL into the
// demo site's seed campaign (id 1), and the decisions drafted and approved
// through the use cases.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/access.h"
#include "app/decisions.h"
#include "support/test_server.h"

namespace thidua::test {

inline constexpr int64_t kSeedCampaign = 1;

inline app::RequestMeta awards_meta() { return {"127.0.0.1", "awards", "tests"}; }

// The seed campaign's award types in plan order: Giấy khen của Giám đốc Sở
// (own authority), Bằng khen của Chủ tịch UBND tỉnh, Bằng khen của Bộ.
inline std::vector<int64_t> seed_award_types(TestSite& site) {
  auto conn = site.db().acquire();
  auto rows = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = ? ORDER BY ord",
                          {kSeedCampaign});
  std::vector<int64_t> out;
  EXPECT_TRUE(rows.ok());
  if (rows.ok()) {
    for (const auto& r : *rows) out.push_back(r.i64(0));
  }
  return out;
}

// The person at `skip` (by id) among the people of a unit (by code), leaving
// out Nguyễn Văn An (the demo's nhanvien, whom tests nominate by name).
inline int64_t person_in(TestSite& site, const std::string& unit_code, int skip = 0) {
  auto conn = site.db().acquire();
  auto rows = conn->query(
      "SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code = ? AND p.full_name <> 'Nguyễn Văn An' "
      "ORDER BY p.id LIMIT 1 OFFSET ?",
      {unit_code, static_cast<int64_t>(skip)});
  EXPECT_TRUE(rows.ok() && !rows->empty()) << unit_code;
  return rows.ok() && !rows->empty() ? rows->rows.front().i64(0) : 0;
}

// The newest person (by id) with no nomination for `award_type` yet.
inline int64_t unnominated_person(TestSite& site, int64_t award_type) {
  auto conn = site.db().acquire();
  auto rows = conn->query(
      "SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM nominations n WHERE n.person_id = p.id AND "
      "n.award_type_id = ?) ORDER BY p.id DESC LIMIT 1",
      {award_type});
  EXPECT_TRUE(rows.ok() && !rows->empty());
  return rows.ok() && !rows->empty() ? rows->rows.front().i64(0) : 0;
}

// A nomination of a person by their unit, in `state`.
inline int64_t add_nomination(TestSite& site, int64_t award_type, int64_t person_id, const std::string& state,
                              const std::string& report = "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến "
                                                          "được công nhận.") {
  auto conn = site.db().acquire();
  auto rows = conn->query(
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, state, "
      "submitted_at) SELECT ?, ?, p.unit_id, 'individual', p.id, ?, ?, ?, '2023-10-01T00:00:00Z' FROM people p "
      "WHERE p.id = ? RETURNING id",
      {kSeedCampaign, award_type, "p:" + std::to_string(person_id), report, state, person_id});
  EXPECT_TRUE(rows.ok() && !rows->empty()) << (rows.ok() ? "no person" : rows.error().message);
  return rows.ok() && !rows->empty() ? rows->rows.front().i64(0) : 0;
}

// A collective nomination of a unit (by code), nominated by that unit.
inline int64_t add_collective_nomination(TestSite& site, int64_t award_type, const std::string& unit_code,
                                         const std::string& state) {
  const int64_t unit = site.unit_id(unit_code);
  auto conn = site.db().acquire();
  auto rows = conn->query(
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, nominee_unit_id, subject_key, report, "
      "state, submitted_at) VALUES (?, ?, ?, 'collective', ?, ?, 'Tập thể hoàn thành xuất sắc nhiệm vụ.', ?, "
      "'2023-10-01T00:00:00Z') RETURNING id",
      {kSeedCampaign, award_type, unit, unit, "u:" + std::to_string(unit), state});
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
  return rows.ok() ? rows->rows.front().i64(0) : 0;
}

inline std::string nomination_state(TestSite& site, int64_t id) {
  auto conn = site.db().acquire();
  auto rows = conn->query("SELECT state FROM nominations WHERE id = ?", {id});
  return rows.ok() && !rows->empty() ? rows->rows.front().str(0) : "";
}

// Drafts (thuongtruc) a decision or proposal of `award_type` with `ids`.
inline int64_t draft(TestSite& site, int64_t award_type, std::vector<int64_t> ids) {
  auto d = app::draft_decision(site.services(), site.actor("thuongtruc"), kSeedCampaign, award_type, ids,
                               awards_meta());
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
  return d.ok() ? *d : 0;
}

// Approves (lanhdao) and returns the number taken.
inline int64_t approve(TestSite& site, int64_t decision) {
  auto d = app::approve_decision(site.services(), site.actor("lanhdao"), kSeedCampaign, decision, awards_meta());
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
  return d.ok() ? d->number.value_or(0) : 0;
}

// The demo site with the seed campaign's three award types: gk_ (Giấy khen of
// the Director, decided by the Sở), bk_tinh_ and bk_bo_ (Bằng khen of the
// province and of the Ministry, proposed upwards). Skipped without a site.
class SeedAwardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    auto types = seed_award_types(*site_);
    ASSERT_EQ(types.size(), 3u);
    gk_ = types[0];
    bk_tinh_ = types[1];
    bk_bo_ = types[2];
  }

  std::unique_ptr<TestSite> site_;
  int64_t gk_ = 0, bk_tinh_ = 0, bk_bo_ = 0;
};

}  // namespace thidua::test
