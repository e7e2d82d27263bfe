// The demo organisation and the staff generator: structure of the Department,
// text quality (NFC UTF-8), determinism and the people the acceptance tests rely on.
#include "app/demo_data.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/names.h"
#include "core/org.h"

namespace thidua::app {
namespace {

using core::EmploymentCategory;
using core::UnitKind;

std::vector<DemoPerson> people(const DemoOrg& org, size_t count, uint64_t seed) {
  std::vector<DemoPerson> out;
  generate_people(org, count, seed, [&](const DemoPerson& p) { out.push_back(p); });
  return out;
}

std::map<std::string, DemoUnit> units_by_code(const DemoOrg& org) {
  std::map<std::string, DemoUnit> out;
  for (const DemoUnit& u : org.units) out.emplace(u.code, u);
  return out;
}

bool is_nfc_text(const std::string& s) { return core::is_valid_utf8(s) && core::to_nfc(s) == s; }

bool same(const DemoPerson& a, const DemoPerson& b) {
  return a.full_name == b.full_name && a.gender == b.gender && a.birth_date == b.birth_date &&
         a.position == b.position && a.title == b.title && a.category == b.category && a.email == b.email &&
         a.phone == b.phone && a.unit_code == b.unit_code;
}

TEST(DemoOrg, UnitCodesAreUniqueAsciiAndParentsComeFirst) {
  DemoOrg org = demo_org();
  std::set<std::string> seen;
  int roots = 0;
  for (const DemoUnit& u : org.units) {
    EXPECT_FALSE(u.code.empty());
    for (char c : u.code) {
      EXPECT_TRUE((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') << u.code;
    }
    if (u.parent_code.empty()) {
      ++roots;
    } else {
      EXPECT_TRUE(seen.count(u.parent_code)) << u.code << " before its parent " << u.parent_code;
    }
    if (!u.successor_code.empty()) {
      EXPECT_TRUE(seen.count(u.successor_code)) << u.code << " before its successor";
    }
    EXPECT_TRUE(seen.insert(u.code).second) << "duplicate code " << u.code;
  }
  EXPECT_EQ(roots, 1);
}

TEST(DemoOrg, RootIsTheDepartmentOfTheSeedPlan) {
  DemoOrg org = demo_org();
  ASSERT_FALSE(org.units.empty());
  const DemoUnit& root = org.units.front();
  EXPECT_EQ(root.code, "STNMT");
  EXPECT_EQ(root.name, "Sở Tài nguyên và Môi trường tỉnh Bắc Giang");
  EXPECT_EQ(root.kind, UnitKind::kAgency);
  EXPECT_EQ(root.valid_from, "2003-11-10");
  EXPECT_EQ(root.valid_to, "");
}

TEST(DemoOrg, HasTenDistrictOfficesHostedByTheirPeoplesCommittees) {
  DemoOrg org = demo_org();
  std::set<std::string> names;
  for (const DemoUnit& u : org.units) {
    if (u.kind != UnitKind::kDistrictOffice) continue;
    EXPECT_EQ(u.parent_code, "STNMT") << u.code;
    EXPECT_EQ(u.code.rfind("PTNMT-", 0), 0u) << u.code;
    ASSERT_EQ(u.name.rfind("Phòng Tài nguyên và Môi trường ", 0), 0u) << u.name;
    std::string place = u.name.substr(std::string("Phòng Tài nguyên và Môi trường ").size());
    EXPECT_EQ(u.host_agency, "UBND " + place) << u.code;
    names.insert(place);
  }
  std::set<std::string> expected = {"thành phố Bắc Giang", "huyện Hiệp Hòa", "huyện Lạng Giang", "huyện Lục Nam",
                                    "huyện Lục Ngạn",      "huyện Sơn Động", "huyện Tân Yên",    "huyện Việt Yên",
                                    "huyện Yên Dũng",      "huyện Yên Thế"};
  EXPECT_EQ(names, expected);
}

TEST(DemoOrg, HasTheUnitsNamedInTheSeedPlan) {
  auto units = units_by_code(demo_org());
  ASSERT_TRUE(units.count("STNMT-TTLT"));
  EXPECT_EQ(units["STNMT-TTLT"].name, "Trung tâm Lưu trữ và Phát triển quỹ đất");
  EXPECT_EQ(units["STNMT-TTLT"].kind, UnitKind::kCentre);
  ASSERT_TRUE(units.count("STNMT-VP"));
  EXPECT_EQ(units["STNMT-VP"].short_name, "Văn phòng Sở");
  EXPECT_EQ(units["STNMT-VP"].kind, UnitKind::kOffice);
  int branches = 0;
  for (const auto& [code, u] : units) {
    if (u.kind == UnitKind::kBranch) {
      ++branches;
      EXPECT_EQ(u.parent_code, "STNMT-VPDK") << code;
    }
  }
  EXPECT_EQ(branches, 10);
}

TEST(DemoOrg, KeepsOneMergedUnitWithItsSuccessor) {
  DemoOrg org = demo_org();
  auto units = units_by_code(org);
  int historical = 0;
  for (const DemoUnit& u : org.units) {
    if (u.valid_to.empty()) {
      EXPECT_TRUE(u.successor_code.empty()) << u.code;
      continue;
    }
    ++historical;
    EXPECT_TRUE(core::is_iso_date(u.valid_to)) << u.code;
    ASSERT_TRUE(units.count(u.successor_code)) << u.code;
    EXPECT_TRUE(units[u.successor_code].valid_to.empty());
  }
  EXPECT_EQ(historical, 1);
}

TEST(DemoOrg, DatesAreIsoOrEmpty) {
  for (const DemoUnit& u : demo_org().units) {
    if (!u.valid_from.empty()) {
      EXPECT_TRUE(core::is_iso_date(u.valid_from)) << u.code;
    }
    if (!u.valid_to.empty()) {
      EXPECT_TRUE(core::is_iso_date(u.valid_to)) << u.code;
    }
  }
}

TEST(DemoOrg, AllTextIsNfcUtf8) {
  DemoOrg org = demo_org();
  for (const DemoUnit& u : org.units) {
    for (const std::string* s : {&u.name, &u.short_name, &u.host_agency}) {
      EXPECT_TRUE(is_nfc_text(*s)) << u.code << ": " << *s;
    }
  }
  for (const DemoAccount& a : org.accounts) {
    EXPECT_TRUE(is_nfc_text(a.display_name)) << a.username;
    EXPECT_TRUE(is_nfc_text(a.person_full_name)) << a.username;
  }
  for (const DemoPerson& p : people(org, 3000, 1)) {
    for (const std::string* s : {&p.full_name, &p.position, &p.title}) {
      EXPECT_TRUE(is_nfc_text(*s)) << *s;
    }
  }
}

TEST(DemoOrg, OneAccountPerRoleOnExistingUnits) {
  DemoOrg org = demo_org();
  auto units = units_by_code(org);
  std::set<core::Role> roles;
  std::set<std::string> usernames;
  for (const DemoAccount& a : org.accounts) {
    EXPECT_TRUE(units.count(a.unit_code)) << a.username;
    EXPECT_TRUE(units[a.unit_code].valid_to.empty()) << a.username;
    EXPECT_TRUE(roles.insert(a.role).second) << a.username;
    EXPECT_TRUE(usernames.insert(a.username).second) << a.username;
  }
  EXPECT_EQ(roles.size(), core::all_roles().size());
  std::set<std::string> expected = {"admin", "lanhdao", "thuongtruc", "hoidong", "thutruong", "canbo", "nhanvien"};
  EXPECT_EQ(usernames, expected);
}

TEST(DemoPeople, AccountHoldersAreAmongTheFirst300Once) {
  DemoOrg org = demo_org();
  auto units = units_by_code(org);
  // True when `code` is `ancestor` or lies below it.
  auto within = [&](std::string code, const std::string& ancestor) {
    while (!code.empty()) {
      if (code == ancestor) return true;
      code = units[code].parent_code;
    }
    return false;
  };
  std::vector<DemoPerson> ps = people(org, 300, 1);
  ASSERT_EQ(ps.size(), 300u);
  for (const DemoAccount& a : org.accounts) {
    if (a.person_full_name.empty()) continue;
    int found = 0;
    for (const DemoPerson& p : ps) {
      if (p.full_name == a.person_full_name) {
        ++found;
        EXPECT_TRUE(within(p.unit_code, a.unit_code)) << a.username << " works in " << p.unit_code;
      }
    }
    EXPECT_EQ(found, 1) << a.person_full_name;
  }
}

TEST(DemoPeople, NguyenVanAnWorksInLucNam) {
  std::vector<DemoPerson> ps = people(demo_org(), 300, 1);
  int found = 0;
  for (const DemoPerson& p : ps) {
    if (p.full_name != "Nguyễn Văn An") continue;
    ++found;
    EXPECT_EQ(p.unit_code, "PTNMT-LN");
    EXPECT_EQ(p.gender, core::Gender::kMale);
    EXPECT_EQ(p.email, "an.nv@bacgiang.gov.vn");
  }
  EXPECT_EQ(found, 1);
}

TEST(DemoPeople, DirectorLeadsTheDepartment) {
  std::vector<DemoPerson> ps = people(demo_org(), 10, 7);
  ASSERT_FALSE(ps.empty());
  EXPECT_EQ(ps[0].full_name, "Bùi Quang Huy");
  EXPECT_EQ(ps[0].position, "Giám đốc");
  EXPECT_EQ(ps[0].unit_code, "STNMT");
}

TEST(DemoPeople, EmitsExactlyCount) {
  DemoOrg org = demo_org();
  EXPECT_EQ(people(org, 0, 1).size(), 0u);
  EXPECT_EQ(people(org, 3, 1).size(), 3u);
  EXPECT_EQ(people(org, 300, 1).size(), 300u);
  EXPECT_EQ(people(org, 4321, 1).size(), 4321u);
  EXPECT_TRUE(people(DemoOrg{}, 10, 1).empty());
}

TEST(DemoPeople, DeterministicForASeed) {
  DemoOrg org = demo_org();
  std::vector<DemoPerson> a = people(org, 2000, 42);
  std::vector<DemoPerson> b = people(org, 2000, 42);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(same(a[i], b[i])) << i;

  std::vector<DemoPerson> prefix = people(org, 500, 42);
  for (size_t i = 0; i < prefix.size(); ++i) EXPECT_TRUE(same(prefix[i], a[i])) << i;

  std::vector<DemoPerson> other = people(org, 2000, 43);
  size_t differing = 0;
  for (size_t i = 0; i < a.size(); ++i) differing += same(a[i], other[i]) ? 0 : 1;
  EXPECT_GT(differing, 1500u);
}

TEST(DemoPeople, FieldsAreWellFormed) {
  DemoOrg org = demo_org();
  auto units = units_by_code(org);
  std::set<std::string> emails;
  size_t n = 0;
  generate_people(org, 50000, 3, [&](const DemoPerson& p) {
    ++n;
    ASSERT_TRUE(units.count(p.unit_code)) << p.unit_code;
    const DemoUnit& u = units[p.unit_code];
    EXPECT_TRUE(u.valid_to.empty()) << p.full_name << " in dissolved " << u.code;
    EXPECT_TRUE(core::is_iso_date(p.birth_date)) << p.birth_date;
    int year = std::stoi(p.birth_date.substr(0, 4));
    EXPECT_GE(year, 1965);
    EXPECT_LE(year, 2000);
    ASSERT_EQ(p.phone.size(), 10u);
    EXPECT_EQ(p.phone.substr(0, 2), "09");
    for (char c : p.phone) EXPECT_TRUE(c >= '0' && c <= '9');
    for (char c : p.email) EXPECT_TRUE(static_cast<unsigned char>(c) < 0x80) << p.email;
    EXPECT_NE(p.email.find('@'), std::string::npos);
    EXPECT_TRUE(emails.insert(p.email).second) << "duplicate " << p.email;
    EXPECT_NE(p.gender, core::Gender::kUnspecified);
    EXPECT_FALSE(p.position.empty());
    EXPECT_FALSE(p.title.empty());
    if (u.kind == UnitKind::kCentre || u.kind == UnitKind::kBranch) {
      EXPECT_NE(p.category, EmploymentCategory::kCivilServant) << p.full_name;
    } else {
      EXPECT_NE(p.category, EmploymentCategory::kPublicEmployee) << p.full_name;
    }
    if (u.code == "STNMT") {
      EXPECT_TRUE(p.position == "Giám đốc" || p.position == "Phó Giám đốc") << p.position;
    }
  });
  EXPECT_EQ(n, 50000u);
}

TEST(DemoPeople, EveryCurrentUnitHasAHeadWithinTheFirst300) {
  DemoOrg org = demo_org();
  std::map<std::string, int> heads;
  for (const DemoPerson& p : people(org, 300, 1)) {
    bool head = p.position == "Giám đốc" || p.position == "Chánh Văn phòng" || p.position == "Chánh Thanh tra" ||
                p.position == "Trưởng phòng" || p.position == "Chi cục trưởng" ||
                p.position == "Giám đốc Trung tâm" || p.position == "Giám đốc Chi nhánh";
    if (head) ++heads[p.unit_code];
  }
  for (const DemoUnit& u : org.units) {
    if (!u.valid_to.empty()) continue;
    EXPECT_EQ(heads[u.code], 1) << u.code;
  }
}

TEST(DemoPeople, FamilyNamesFollowARealisticDistribution) {
  std::map<std::string, size_t> family;
  const size_t n = 20000;
  generate_people(demo_org(), n, 5, [&](const DemoPerson& p) {
    family[p.full_name.substr(0, p.full_name.find(' '))]++;
  });
  double nguyen = static_cast<double>(family["Nguyễn"]) / n;
  EXPECT_GT(nguyen, 0.33);
  EXPECT_LT(nguyen, 0.43);
  EXPECT_GT(family["Thân"], 0u);
  EXPECT_GT(family["Giáp"], 0u);
  EXPECT_GE(family.size(), 25u);
}

}  // namespace
}  // namespace thidua::app
