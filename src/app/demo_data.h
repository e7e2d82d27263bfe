// The demo that thidua ships: the Department of Natural Resources and
// Environment of Bắc Giang (the seed plan's agency), its accounts, and a
// deterministic generator of believable staff. The data lives in
// src/app/demo/*.json (units, accounts, people), embedded into the binary at
// build time and read strictly. No database; the `demo` command and the
// benchmarks write what these functions describe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/authz.h"
#include "core/org.h"
#include "core/person.h"
#include "core/result.h"

namespace thidua::app {

// A unit of the demo organisation, linked by codes rather than database ids.
struct DemoUnit {
  std::string code;            // unique ASCII code: "STNMT", "STNMT-VP", "PTNMT-HH"
  std::string parent_code;     // "" for the root
  std::string name;            // official name, NFC
  std::string short_name;      // "Văn phòng Sở"
  core::UnitKind kind = core::UnitKind::kOther;
  std::string host_agency;     // "UBND huyện Lục Nam" for district offices, else ""
  std::string valid_from;      // ISO date or "" (unknown)
  std::string valid_to;        // ISO date for a dissolved or merged unit, else ""
  std::string successor_code;  // the unit that took over a dissolved one, else ""
};

// A staff member of the demo organisation; unit_code names a current unit.
struct DemoPerson {
  std::string full_name;  // NFC: "Nguyễn Văn An"
  core::Gender gender = core::Gender::kUnspecified;
  std::string birth_date;  // ISO date
  std::string position;    // chức vụ: "Trưởng phòng", "Chuyên viên"
  std::string title;       // ngạch / chức danh: "Chuyên viên chính"
  core::EmploymentCategory category = core::EmploymentCategory::kCivilServant;
  std::string email;       // ASCII, unique within one generate_people() run
  std::string phone;       // "09" followed by 8 digits
  std::string unit_code;
};

// A login account of the demo with the one role it is granted on unit_code.
struct DemoAccount {
  std::string username;          // "admin", "lanhdao", ...
  std::string display_name;      // NFC
  core::Role role = core::Role::kStaff;
  std::string unit_code;
  std::string person_full_name;  // the generated person this account belongs to; "" for none
};

struct DemoOrg {
  std::vector<DemoUnit> units;  // parents before children; a successor before the unit it replaced
  std::vector<DemoAccount> accounts;
};

// The Sở Tài nguyên và Môi trường tỉnh Bắc Giang: the Department, its office,
// inspectorate, divisions, sub-department, centres, the land registration
// office with its ten branches, the ten district/city TNMT offices (hosted by
// their People's Committees), one merged historical division, and one account
// per role (admin, lanhdao, thuongtruc, hoidong, thutruong, canbo, nhanvien).
// Every account's person_full_name is emitted by generate_people() within its
// first 300 people and is unique among everything it emits.
// Returns the embedded organisation; throws std::logic_error when the
// embedded data does not read (a broken build: embedded_demo_org() and the
// tests check it).
DemoOrg demo_org();

// The embedded units.json and accounts.json read into a DemoOrg; the first
// kValidation error naming the file and the member otherwise.
core::Result<DemoOrg> embedded_demo_org();

// Reads a units.json (an array of units, parents first, codes unique,
// successors existing) and an accounts.json (an array of accounts on those
// units). Unknown members, wrong types and unknown codes are errors naming
// the file and the member's path ("units.json ... [3].kind").
core::Result<DemoOrg> read_demo_org(std::string_view units_json, std::string_view accounts_json);

// people.json read: the key people, the weighted name tables and the words
// of positions and titles the generator draws from.
struct DemoPeople;
core::Result<std::shared_ptr<const DemoPeople>> read_demo_people(std::string_view people_json);
core::Result<std::shared_ptr<const DemoPeople>> embedded_demo_people();
// The unit codes of people.json's key_people, in file order (entry i is
// key_people[i].unit_code); for checking them against units.json.
std::vector<std::string> demo_key_people_unit_codes(const DemoPeople& people);

// Calls `sink` once for each of `count` people spread over the current units
// of `org` (units without valid_to; the root receives only its leadership).
// First come the fixed key people of demo_org() whose unit exists in `org`
// (Director Bùi Quang Huy, deputies, the account holders, "Nguyễn Văn An"),
// then a head and deputies for every current unit, then staff. The output
// depends only on (org, count prefix, seed): the first k people are the same
// for any count >= k. Runs in O(count) time and O(units) memory beyond a
// bounded e-mail clash table, so millions of people may be streamed. `sink`
// must not keep the reference beyond the call. Emits nothing when `org` has
// no current unit. Draws from `people`; the overload without it draws from
// the embedded people.json (and throws std::logic_error when that does not read).
void generate_people(const DemoOrg& org, const DemoPeople& people, size_t count, uint64_t seed,
                     const std::function<void(const DemoPerson&)>& sink);
void generate_people(const DemoOrg& org, size_t count, uint64_t seed,
                     const std::function<void(const DemoPerson&)>& sink);

}  // namespace thidua::app
