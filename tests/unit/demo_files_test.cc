// The demo's data files (src/app/demo/*.json, embedded at build time): the
// embedded ones read whole, and a malformed file fails with an error naming
// the file and the member rather than loading half a demo.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/demo.h"
#include "app/demo_activity.h"
#include "app/demo_receiving.h"
#include "app/demo_reorganisation.h"
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
  EXPECT_EQ(org->units.size(), 32u);
  EXPECT_EQ(org->units.front().code, "STNMT");
  EXPECT_EQ(org->accounts.size(), 7u);
  auto council = embedded_demo_council();
  ASSERT_TRUE(council.ok()) << council.error().message;
  EXPECT_EQ(council->name, "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường");
  ASSERT_EQ(council->seats.size(), 5u);
  EXPECT_EQ(council->seats[0].username, "lanhdao");
  EXPECT_EQ(council->seats[0].role, core::CouncilRole::kChair);
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
}

// Golden values taken from the demo as it was written in C++ before it moved
// to JSON (commit 06675cb, src/app/demo_data.cc and seed_campaign.cc, run):
// the data files must reproduce that demo exactly.
TEST(DemoFiles, EmbeddedOrgIsTheDemoItReplaced) {
  auto data = embedded_demo_data();
  ASSERT_TRUE(data.ok()) << data.error().message;
  const auto& units = data->org.units;
  ASSERT_EQ(units.size(), 32u);
  EXPECT_EQ(units[0].code, "STNMT");
  EXPECT_EQ(units[0].name, "Sở Tài nguyên và Môi trường tỉnh Bắc Giang");
  EXPECT_EQ(units[0].short_name, "Sở TNMT");
  EXPECT_EQ(units[1].code, "STNMT-VP");
  EXPECT_EQ(units[1].name, "Văn phòng Sở Tài nguyên và Môi trường");
  EXPECT_EQ(units[1].short_name, "Văn phòng Sở");
  EXPECT_EQ(units[31].code, "PTNMT-YT");
  EXPECT_EQ(units[31].name, "Phòng Tài nguyên và Môi trường huyện Yên Thế");
  EXPECT_EQ(units[31].short_name, "Phòng TNMT Yên Thế");
  std::vector<std::string> retired;
  for (const auto& u : units) {
    if (!u.valid_to.empty()) retired.push_back(u.code + " " + u.name + " -> " + u.successor_code);
  }
  EXPECT_EQ(retired, std::vector<std::string>{"STNMT-DDBD Phòng Đo đạc, Bản đồ và Viễn thám -> STNMT-QLDD"});

  struct Account {
    std::string username, display_name;
    core::Role role;
    std::string unit_code, person_full_name;
  };
  const std::vector<Account> accounts = {
      {"admin", "Quản trị hệ thống", core::Role::kAdministrator, "STNMT", ""},
      {"lanhdao", "Bùi Quang Huy", core::Role::kLeader, "STNMT", "Bùi Quang Huy"},
      {"thuongtruc", "Phạm Thị Thu Hằng", core::Role::kSecretariat, "STNMT", "Phạm Thị Thu Hằng"},
      {"hoidong", "Giáp Văn Tuấn", core::Role::kCouncilMember, "STNMT", "Giáp Văn Tuấn"},
      {"thutruong", "Vũ Mạnh Hùng", core::Role::kUnitHead, "PTNMT-LN", "Vũ Mạnh Hùng"},
      {"canbo", "Hoàng Thị Thanh Tâm", core::Role::kUnitOfficer, "PTNMT-LN", "Hoàng Thị Thanh Tâm"},
      {"nhanvien", "Nguyễn Văn An", core::Role::kStaff, "PTNMT-LN", "Nguyễn Văn An"},
  };
  ASSERT_EQ(data->org.accounts.size(), accounts.size());
  for (size_t i = 0; i < accounts.size(); ++i) {
    const DemoAccount& a = data->org.accounts[i];
    EXPECT_EQ(a.username, accounts[i].username) << i;
    EXPECT_EQ(a.display_name, accounts[i].display_name) << i;
    EXPECT_EQ(a.role, accounts[i].role) << i;
    EXPECT_EQ(a.unit_code, accounts[i].unit_code) << i;
    EXPECT_EQ(a.person_full_name, accounts[i].person_full_name) << i;
  }
}

TEST(DemoFiles, EmbeddedPeopleAreTheGeneratedPeopleOfBefore) {
  auto data = embedded_demo_data();
  ASSERT_TRUE(data.ok()) << data.error().message;
  // The first twelve people for seed 1: the key people, then the first heads
  // and deputies drawn.
  const std::vector<std::string> first = {
      "Bùi Quang Huy|huy.bq@stnmt.bacgiang.gov.vn|STNMT|1971-08-14|Giám đốc|0912345178",
      "Nguyễn Đức Thắng|thang.nd@stnmt.bacgiang.gov.vn|STNMT|1974-03-22|Phó Giám đốc|0913602488",
      "Giáp Văn Tuấn|tuan.gv@stnmt.bacgiang.gov.vn|STNMT|1976-11-05|Phó Giám đốc|0983117025",
      "Trần Thị Minh Huệ|hue.ttm@stnmt.bacgiang.gov.vn|STNMT|1978-06-19|Phó Giám đốc|0904552316",
      "Phạm Thị Thu Hằng|hang.ptt@stnmt.bacgiang.gov.vn|STNMT-VP|1980-02-27|Chánh Văn phòng|0977408213",
      "Vũ Mạnh Hùng|hung.vm@bacgiang.gov.vn|PTNMT-LN|1977-09-09|Trưởng phòng|0915276340",
      "Hoàng Thị Thanh Tâm|tam.htt@bacgiang.gov.vn|PTNMT-LN|1988-12-01|Chuyên viên|0968231557",
      "Nguyễn Văn An|an.nv@bacgiang.gov.vn|PTNMT-LN|1992-04-15|Chuyên viên|0986450192",
      "Trần Văn Bình|binh.tv@stnmt.bacgiang.gov.vn|STNMT-VP|1980-06-22|Phó Chánh Văn phòng|0908148326",
      "Nguyễn Minh Thành|thanh.nm@stnmt.bacgiang.gov.vn|STNMT-VP|1987-07-19|Phó Chánh Văn phòng|0997524016",
      "Tạ Thị Giang|giang.tt@stnmt.bacgiang.gov.vn|STNMT-TTRA|1976-06-21|Chánh Thanh tra|0971503799",
      "Lê Công Cường|cuong.lc@stnmt.bacgiang.gov.vn|STNMT-TTRA|1975-06-15|Phó Chánh Thanh tra|0981534479",
  };
  std::vector<std::string> got;
  generate_people(data->org, *data->people, first.size(), 1, [&](const DemoPerson& p) {
    got.push_back(p.full_name + "|" + p.email + "|" + p.unit_code + "|" + p.birth_date + "|" + p.position + "|" +
                  p.phone);
  });
  EXPECT_EQ(got, first);

  // Further on, seed 7: staff drawn from the name tables.
  const std::map<size_t, std::string> later = {
      {10, "Trần Văn Tiến|tien.tv@stnmt.bacgiang.gov.vn|STNMT-TTRA"},
      {20, "Hồ Văn Phúc|phuc.hv@stnmt.bacgiang.gov.vn|STNMT-CCBVMT"},
      {30, "Trần Thị Hường|huong.tt@stnmt.bacgiang.gov.vn|VPDK-HH"},
      {40, "Nguyễn Công Long|long.nc@stnmt.bacgiang.gov.vn|VPDK-TY"},
      {50, "Đặng Tiến Trung|trung.dt@stnmt.bacgiang.gov.vn|STNMT-TTCNTT"},
      {59, "Dương Minh Vân|van.dm@bacgiang.gov.vn|PTNMT-LN"},
  };
  std::map<size_t, std::string> seen;
  size_t n = 0;
  generate_people(data->org, *data->people, 60, 7, [&](const DemoPerson& p) {
    if (later.count(n)) seen[n] = p.full_name + "|" + p.email + "|" + p.unit_code;
    ++n;
  });
  EXPECT_EQ(n, 60u);
  EXPECT_EQ(seen, later);
}

TEST(DemoFiles, EmbeddedSeedPlanIsThePlanOfBefore) {
  auto data = embedded_demo_data();
  ASSERT_TRUE(data.ok()) << data.error().message;
  const core::Campaign& c = data->seed_plan;
  EXPECT_EQ(c.title,
            "Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Sở Tài nguyên "
            "và Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023)");
  EXPECT_EQ(c.kind, core::CampaignKind::kSpecial);
  EXPECT_EQ(c.place, "Bắc Giang");
  EXPECT_EQ(c.date_text, "ngày   tháng 6 năm 2023");
  // Item 4 is missing in the plan as issued.
  std::vector<std::string> labels;
  for (const auto& item : c.contents) labels.push_back(item.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"1.", "2.", "3.", "5."}));
  ASSERT_EQ(c.contents.size(), 4u);
  EXPECT_EQ(c.contents[3].text.rfind("Thi đua đẩy mạnh phong trào văn nghệ, thể dục, thể thao", 0), 0u);
  EXPECT_EQ(c.period.end_date, "2023-09-30");

  struct Award {
    std::string code, name, granted_by;
    core::AwardLevel level;
  };
  const std::vector<Award> awards = {
      {"GK-GD-SO", "Giấy khen", "Giám đốc Sở", core::AwardLevel::kAgency},
      {"BK-CT-UBND-TINH", "Bằng khen", "Chủ tịch UBND tỉnh", core::AwardLevel::kProvince},
      {"BK-BO-TNMT", "Bằng khen", "Bộ Tài nguyên và Môi trường", core::AwardLevel::kMinistry},
  };
  ASSERT_EQ(c.award_types.size(), awards.size());
  for (size_t i = 0; i < awards.size(); ++i) {
    EXPECT_EQ(c.award_types[i].code, awards[i].code) << i;
    EXPECT_EQ(c.award_types[i].name, awards[i].name) << i;
    EXPECT_EQ(c.award_types[i].granted_by, awards[i].granted_by) << i;
    EXPECT_EQ(c.award_types[i].level, awards[i].level) << i;
  }
  EXPECT_EQ(c.award_types[1].proposal_route, "Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ)");

  std::vector<std::string> assignments;
  for (const auto& a : c.assignments) assignments.push_back(a.label + " " + a.unit_code);
  EXPECT_EQ(assignments, (std::vector<std::string>{"1. ", "2. STNMT-TTLT", "3. STNMT-VP", "4. STNMT-VP"}));
  ASSERT_EQ(c.recipients.size(), 7u);
  EXPECT_EQ(c.recipients.front(), "Bộ TNMT (b/c);");
  EXPECT_EQ(c.recipients.back(), "Lưu: VT, VP.");
  EXPECT_EQ(c.signer.name, "Bùi Quang Huy");
}

TEST(DemoFiles, OneBadFileFailsTheWholeRead) {
  for (const char* name :
       {"units.json", "accounts.json", "people.json", "council.json", "seed_campaign.json", "activity.json",
        "receiving.json", "reorganisation.json"}) {
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

// `text` with the first occurrence of `from` replaced by `to`.
std::string replaced(std::string_view text, const std::string& from, const std::string& to) {
  std::string out(text);
  const auto at = out.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) out.replace(at, from.size(), to);
  return out;
}

std::string embedded_text(std::string_view name) { return std::string(demo_json::embedded(name).text); }

// References across files that lead nowhere fail the whole read, naming the
// file and the member, instead of being skipped when the demo is loaded.
TEST(DemoFiles, AKeyPersonOnAnUnknownUnitFails) {
  // The first key person is Director Bùi Quang Huy of STNMT.
  const std::string people = replaced(embedded_text("people.json"), "\"unit_code\": \"STNMT\"",
                                      "\"unit_code\": \"STNMT-KHONG\"");
  auto r = read_demo_data(embedded_except("people.json", people));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kValidation);
  EXPECT_EQ(r.error().message,
            "Tệp dữ liệu mẫu people.json không hợp lệ: giá trị của key_people[0].unit_code không phải mã của một "
            "đơn vị đang hoạt động trong units.json.");
  // A unit that no longer exists (merged away) does not do either.
  const std::string retired = replaced(embedded_text("people.json"), "\"unit_code\": \"STNMT\"",
                                       "\"unit_code\": \"STNMT-DDBD\"");
  auto old = read_demo_data(embedded_except("people.json", retired));
  ASSERT_FALSE(old.ok());
  EXPECT_TRUE(contains(old.error().message, "key_people[0].unit_code")) << old.error().message;
}

TEST(DemoFiles, ASeedAssignmentOnAnUnknownUnitFails) {
  // Assignment 2 is the Trung tâm Lưu trữ's (STNMT-TTLT).
  const std::string seed = replaced(embedded_text("seed_campaign.json"), "\"unit_code\": \"STNMT-TTLT\"",
                                    "\"unit_code\": \"STNMT-TTLX\"");
  auto r = read_demo_data(embedded_except("seed_campaign.json", seed));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kValidation);
  EXPECT_EQ(r.error().message,
            "Tệp dữ liệu mẫu seed_campaign.json không hợp lệ: giá trị của assignments[1].unit_code không phải mã "
            "đơn vị nào trong units.json.");
}

TEST(DemoFiles, ACouncilSeatOfAnUnknownAccountFails) {
  const std::string council =
      replaced(embedded_text("council.json"), "\"username\": \"hoidong\"", "\"username\": \"hoidong2\"");
  auto r = read_demo_data(embedded_except("council.json", council));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kValidation);
  EXPECT_TRUE(contains(r.error().message, "Tệp dữ liệu mẫu council.json không hợp lệ: giá trị của seats[")) << r.error().message;
  EXPECT_TRUE(contains(r.error().message, "].username không phải tài khoản nào trong accounts.json hay extra_members."))
      << r.error().message;
  // The extra members are accounts too: a seat of one of them reads.
  EXPECT_TRUE(embedded_demo_data().ok());
}

TEST(DemoFiles, ASeedPlanWithoutItsIssuingUnitFails) {
  // Only a root, under another code than the issuing unit's (STNMT).
  const std::string units = R"([{"code": "SO", "name": "Sở Tài nguyên và Môi trường", "kind": "agency"}])";
  auto r = read_demo_data([&](std::string_view file) -> std::optional<std::string_view> {
    if (file == "units.json") return std::string_view(units);
    if (file == "accounts.json") return std::string_view("[]");
    const auto f = demo_json::embedded(file);
    if (!f.found) return std::nullopt;
    return f.text;
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kValidation);
  EXPECT_EQ(r.error().message,
            "Tệp dữ liệu mẫu units.json không hợp lệ: thiếu đơn vị STNMT, đơn vị ban hành kế hoạch mẫu.");
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

// activity.json (app/demo_campaign_run.h) is read strictly too: a misspelt
// key, an unknown phase, a year in the future, or a seed run whose dates are
// out of order fails the whole read, naming where.
TEST(DemoFiles, TheActivityFileIsReadStrictly) {
  EXPECT_TRUE(check_demo_activity_file(embedded_text("activity.json")).ok());
  const std::string text = embedded_text("activity.json");
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"phase\": \"running\"", "\"phase\": \"paused\""},
           {"\"year_offset\": -1", "\"year_offset\": 1"},
           {"\"session_place\"", "\"session_room\""},
           {"\"targets\": [", "\"targets\": 3, \"x\": ["},
           // The seed campaign's 2023: dates in order, ISO, answers inside the campaign.
           {"\"council\": \"2023-10-13\"", "\"council\": \"2023-09-13\""},
           {"\"council\": \"2023-10-13\"", "\"council\": \"2023-10-10\""},
           {"\"closed\": \"2023-11-14\"", "\"closed\": \"14/11/2023\""},
           {"\"date\": \"2023-11-03\"", "\"date\": \"2023-11-30\""},
           {"\"date\": \"2023-10-30\"", "\"date\": \"2023-10-18\""},
           {"\"last_number\": 37", "\"last_number\": -37"},
           {"\"number_symbol\": \"2187/QĐ-UBND\"", "\"number\": \"2187/QĐ-UBND\""}}) {
    auto broken = read_demo_data(embedded_except("activity.json", replaced(text, from, to)));
    ASSERT_FALSE(broken.ok()) << to;
    EXPECT_EQ(broken.error().code, core::errc::kValidation) << to;
    EXPECT_NE(broken.error().message.find("activity.json"), std::string::npos) << broken.error().message;
  }
}

// receiving.json (app/demo_receiving.h): the TĐKT body, its staff and
// accounts, read strictly, with codes and usernames new beside the
// Department's.
TEST(DemoFiles, TheReceivingFileIsReadStrictly) {
  const std::string text = embedded_text("receiving.json");
  auto read = read_demo_receiving(text);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->body.name, "Ban Thi đua - Khen thưởng tỉnh Bắc Ninh");
  EXPECT_EQ(read->decisions.decision_symbol, "QĐ-UBND");
  EXPECT_EQ(read->decisions.issuing_body, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
  ASSERT_EQ(read->staff.size(), 3u);
  EXPECT_EQ(read->staff.back().role, core::Role::kLeader);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"role\": \"leader\"", "\"role\": \"chairman\""},
           {"\"gender\": \"female\"", "\"gender\": \"x\""},
           {"\"birth_date\": \"1986-04-17\"", "\"birth_date\": \"1986-13-17\""},
           {"\"note\"", "\"notes\""},
           {"\"code\": \"SNV\"", "\"code\": \"STNMT\""},
           {"\"code\": \"SNV-BTDKT\"", "\"code\": \"SNV\""},
           {"\"code\": \"SNV-BTDKT\"", "\"code\": \"SNV BTDKT\""},
           {"\"decision_symbol\": \"QĐ-UBND\"", "\"decision_symbol\": \"UBND\""},
           {"\"place\": \"Bắc Ninh\"", "\"town\": \"Bắc Ninh\""},
           {"\"issuing_body\": \"ỦY BAN NHÂN DÂN TỈNH BẮC NINH\"", "\"issuing_body\": \"\""},
           {"\"username\": \"tiepnhan\"", "\"username\": \"thuongtruc\""}}) {
    auto broken = read_demo_data(embedded_except("receiving.json", replaced(text, from, to)));
    ASSERT_FALSE(broken.ok()) << to;
    EXPECT_EQ(broken.error().code, core::errc::kValidation) << to;
    EXPECT_NE(broken.error().message.find("receiving.json"), std::string::npos) << broken.error().message;
  }
}

// reorganisation.json (app/demo_reorganisation.h): the 2025 merger, renames
// and dissolutions over known codes, in date order, the moved grants on known
// accounts, and the agency merged new beside the Department's codes.
TEST(DemoFiles, TheReorganisationFileIsReadStrictly) {
  const std::string text = embedded_text("reorganisation.json");
  auto read = read_demo_reorganisation(text);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->agency.code, "SNNPTNT");
  ASSERT_EQ(read->steps.size(), 15u);
  EXPECT_EQ(read->steps.front().kind, core::ReorgKind::kMerge);
  EXPECT_EQ(read->steps.front().target, "STNMT");
  ASSERT_TRUE(read->steps[1].header.has_value());
  EXPECT_EQ(read->steps[1].header->valid_from, "2025-03-01");
  EXPECT_EQ(read->steps.back().kind, core::ReorgKind::kDissolve);
  EXPECT_EQ(read->grants.size(), 3u);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"kind\": \"merge\"", "\"kind\": \"absorb\""},
           {"\"effective_date\": \"2025-03-01\"", "\"effective_date\": \"2025-02-30\""},
           {"\"effective_date\": \"2025-07-01\"", "\"effective_date\": \"2024-07-01\""},
           {"\"sources\": [\n        \"SNNPTNT\"\n      ]", "\"sources\": []"},
           {"\"target\": \"VPDK-BG\"", "\"target\": \"VPDK-XX\""},
           {"\"code\": \"SNNPTNT\"", "\"code\": \"STNMT\""},
           {"\"role\": \"unit_head\"", "\"role\": \"boss\""},
           {"\"username\": \"canbo\"", "\"username\": \"canbo9\""},
           {"\"place\": \"Bắc Ninh\"", "\"city\": \"Bắc Ninh\""}}) {
    auto broken = read_demo_data(embedded_except("reorganisation.json", replaced(text, from, to)));
    ASSERT_FALSE(broken.ok()) << to;
    EXPECT_EQ(broken.error().code, core::errc::kValidation) << to;
    EXPECT_NE(broken.error().message.find("reorganisation.json"), std::string::npos) << broken.error().message;
  }
}

}  // namespace
}  // namespace thidua::app
