// The demo's data files (src/app/demo/*.json, embedded at build time): the
// embedded ones read whole, and a malformed file fails with an error naming
// the file and the member rather than loading half a demo.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "app/demo.h"
#include "app/demo_council.h"
#include "app/demo_json.h"
#include "app/demo_data.h"
#include "app/seed_campaign.h"
#include "core/result.h"

namespace thidua::app {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kUnits = R"([
  {"code": "STNMT", "name": "Sở Tài nguyên và Môi trường tỉnh Bắc Giang", "kind": "agency"},
  {"code": "PTNMT-LN", "parent_code": "STNMT", "name": "Phòng Tài nguyên và Môi trường huyện Lục Nam",
   "kind": "district_office", "host_agency": "UBND huyện Lục Nam"}
])";
const char* kAccounts = R"([
  {"username": "canbo", "display_name": "Hoàng Thị Thanh Tâm", "role": "unit_officer", "unit_code": "PTNMT-LN"}
])";

TEST(DemoFiles, EmbeddedDataReadsWhole) {
  auto org = embedded_demo_org();
  ASSERT_TRUE(org.ok()) << org.error().message;
  EXPECT_EQ(org->units.size(), demo_org().units.size());
  EXPECT_EQ(org->units.front().code, "STNMT");
  EXPECT_EQ(org->accounts.size(), 7u);
  auto council = embedded_demo_council();
  ASSERT_TRUE(council.ok()) << council.error().message;
  EXPECT_EQ(council->name, "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường");
  ASSERT_EQ(council->seats.size(), 5u);
  EXPECT_EQ(council->seats[0].username, "lanhdao");
  EXPECT_EQ(council->seats[0].role, "chair");
  ASSERT_EQ(council->extra_members.size(), 2u);
  EXPECT_EQ(council->extra_members[1].person_full_name, "Trần Thị Minh Huệ");
  auto seed = embedded_seed_campaign({{"STNMT", 1}});
  ASSERT_TRUE(seed.ok()) << seed.error().message;
  EXPECT_EQ(seed->issuing_unit_id, 1);
  EXPECT_EQ(seed->signer.name, "Bùi Quang Huy");
}

// Every embedded file, with `name` replaced by `text` (or left out when nullopt).
DemoFileLookup embedded_except(std::string name, std::optional<std::string> text) {
  return [name, text](std::string_view file) -> std::optional<std::string_view> {
    if (file == name) {
      if (!text) return std::nullopt;
      return std::string_view(*text);
    }
    const auto f = demo_json::embedded(file);
    if (!f.found) return std::nullopt;
    return f.text;
  };
}

TEST(DemoFiles, EmbeddedDataReadsAsOneWhole) {
  auto data = embedded_demo_data();
  ASSERT_TRUE(data.ok()) << data.error().message;
  EXPECT_EQ(data->org.units.size(), 32u);
  ASSERT_NE(data->people, nullptr);
  ASSERT_NE(data->council, nullptr);
  EXPECT_EQ(data->seed_plan.issuing_unit_id, 0);  // linked when written
  EXPECT_EQ(data->seed_plan.signer.authority, "GIÁM ĐỐC");
  // The people drawn from the read data are the embedded generator's.
  std::vector<std::string> a, b;
  generate_people(data->org, *data->people, 50, 1, [&](const DemoPerson& p) { a.push_back(p.full_name + p.email); });
  generate_people(demo_org(), 50, 1, [&](const DemoPerson& p) { b.push_back(p.full_name + p.email); });
  EXPECT_EQ(a, b);
}

TEST(DemoFiles, OneBadFileFailsTheWholeRead) {
  for (const char* name : {"units.json", "accounts.json", "people.json", "council.json", "seed_campaign.json"}) {
    auto broken = read_demo_data(embedded_except(name, std::string("{\"")));
    ASSERT_FALSE(broken.ok()) << name;
    EXPECT_EQ(broken.error().code, core::errc::kValidation);
    EXPECT_EQ(broken.error().message,
              std::string("Tệp dữ liệu mẫu ") + name + " không hợp lệ: không phải JSON hợp lệ.");
    auto missing = read_demo_data(embedded_except(name, std::nullopt));
    ASSERT_FALSE(missing.ok()) << name;
    EXPECT_EQ(missing.error().message, std::string("Thiếu tệp dữ liệu mẫu ") + name + ".");
  }
}

TEST(DemoFiles, ReadsAWellFormedOrg) {
  auto org = read_demo_org(kUnits, kAccounts);
  ASSERT_TRUE(org.ok()) << org.error().message;
  ASSERT_EQ(org->units.size(), 2u);
  EXPECT_EQ(org->units[1].kind, core::UnitKind::kDistrictOffice);
  EXPECT_EQ(org->units[1].host_agency, "UBND huyện Lục Nam");
  EXPECT_EQ(org->units[0].short_name, "");
  ASSERT_EQ(org->accounts.size(), 1u);
  EXPECT_EQ(org->accounts[0].role, core::Role::kUnitOfficer);
}

TEST(DemoFiles, MalformedUnitsFailNamingFileAndMember) {
  auto syntax = read_demo_org("[{\"code\": \"STNMT\",", kAccounts);
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().code, core::errc::kValidation);
  EXPECT_EQ(syntax.error().message, "Tệp dữ liệu mẫu units.json không hợp lệ: không phải JSON hợp lệ.");

  auto kind = read_demo_org(R"([{"code": "STNMT", "name": "Sở", "kind": "ministry"}])", "[]");
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.error().message, "Tệp dữ liệu mẫu units.json không hợp lệ: giá trị của [0].kind không hợp lệ.");

  auto orphan = read_demo_org(R"([{"code": "STNMT", "name": "Sở", "kind": "agency"},
                                  {"code": "X", "parent_code": "Y", "name": "X", "kind": "division"}])",
                              "[]");
  ASSERT_FALSE(orphan.ok());
  EXPECT_TRUE(contains(orphan.error().message, "[1].parent_code")) << orphan.error().message;

  auto typo = read_demo_org(R"([{"code": "STNMT", "name": "Sở", "kind": "agency", "shortname": "Sở"}])", "[]");
  ASSERT_FALSE(typo.ok());
  EXPECT_TRUE(contains(typo.error().message, "[0].shortname")) << typo.error().message;

  auto wrong_type = read_demo_org(R"([{"code": 7, "name": "Sở", "kind": "agency"}])", "[]");
  ASSERT_FALSE(wrong_type.ok());
  EXPECT_EQ(wrong_type.error().message,
            "Tệp dữ liệu mẫu units.json không hợp lệ: phần tử [0].code thiếu hoặc sai kiểu.");
}

TEST(DemoFiles, MalformedAccountsFail) {
  auto role = read_demo_org(kUnits, R"([{"username": "x", "display_name": "X", "role": "king",
                                          "unit_code": "STNMT"}])");
  ASSERT_FALSE(role.ok());
  EXPECT_TRUE(contains(role.error().message, "accounts.json")) << role.error().message;
  EXPECT_TRUE(contains(role.error().message, "[0].role")) << role.error().message;
  auto unit = read_demo_org(kUnits, R"([{"username": "x", "display_name": "X", "role": "staff",
                                          "unit_code": "NOWHERE"}])");
  ASSERT_FALSE(unit.ok());
  EXPECT_TRUE(contains(unit.error().message, "[0].unit_code")) << unit.error().message;
}

TEST(DemoFiles, MalformedPeopleFail) {
  auto empty = read_demo_people("{}");
  ASSERT_FALSE(empty.ok());
  EXPECT_TRUE(contains(empty.error().message, "people.json")) << empty.error().message;
  EXPECT_TRUE(contains(empty.error().message, "key_people")) << empty.error().message;
  auto not_json = read_demo_people("Nguyễn");
  ASSERT_FALSE(not_json.ok());
  EXPECT_EQ(not_json.error().code, core::errc::kValidation);
}

TEST(DemoFiles, MalformedSeedPlanFailsNamingTheMember) {
  auto kind = read_seed_campaign(R"({"title": "Kế hoạch", "kind": "yearly"})", {});
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.error().code, core::errc::kValidation);
  EXPECT_TRUE(contains(kind.error().message, "seed_campaign.json")) << kind.error().message;
  EXPECT_TRUE(contains(kind.error().message, "kind")) << kind.error().message;
  auto array = read_seed_campaign("[]", {});
  ASSERT_FALSE(array.ok());
  EXPECT_TRUE(contains(array.error().message, "seed_campaign.json")) << array.error().message;
}

TEST(DemoFiles, MalformedCouncilFails) {
  auto role = read_demo_council(R"({"name": "Hội đồng", "extra_members": [],
                                    "seats": [{"username": "lanhdao", "position": "Giám đốc Sở", "role": "boss"}]})");
  ASSERT_FALSE(role.ok());
  EXPECT_EQ(role.error().message, "Tệp dữ liệu mẫu council.json không hợp lệ: giá trị của seats[0].role không hợp lệ.");
  auto missing = read_demo_council(R"({"name": "Hội đồng"})");
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(contains(missing.error().message, "extra_members")) << missing.error().message;
}

}  // namespace
}  // namespace thidua::app
