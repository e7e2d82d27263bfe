// Shared fixture of the unit-work HTTP tests (unit plans, progress with
// evidence, difficulties) over the demo site: approved registrations with a
// target for Phòng TNMT Lục Nam (own), Phòng TNMT Hiệp Hòa (other) and the
// individual registration of nhanvien (self), inserted with plain SQL since
// package reg owns those tables; plus sample files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/access.h"
#include "support/test_server.h"

namespace thidua::test {

inline const std::string kSamplePdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
inline const std::string kSamplePng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 26);

// An approved (or `state`) registration of `unit` (of `person` when set) in
// `campaign` with one target, written with plain SQL; returns the target id.
inline int64_t insert_registration_target(TestSite& site, int64_t unit, std::optional<int64_t> person = std::nullopt,
                                          const std::string& state = "approved", int64_t campaign = 1) {
  auto conn = site.db().acquire();
  const std::string now = "2026-02-01T01:00:00.000Z";
  const std::string key = person ? "p:" + std::to_string(*person) : "u:" + std::to_string(unit);
  store::Params p{campaign, unit, std::string(person ? "Cá nhân" : "Tập thể"),
                  person ? store::Param(*person) : store::Param(nullptr), key, state, now, now};
  auto reg = conn->query(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      p);
  EXPECT_TRUE(reg.ok()) << (reg.ok() ? "" : reg.error().message);
  if (!reg.ok()) return 0;
  auto t = conn->query(
      "INSERT INTO registration_targets (registration_id, ord, content_label, text) VALUES (?, 1, 'Chỉ tiêu 1', "
      "'Giải quyết 100% hồ sơ đất đai đúng hạn') RETURNING id",
      {(*reg)[0].i64(0)});
  EXPECT_TRUE(t.ok());
  return t.ok() ? (*t)[0].i64(0) : 0;
}

class UnitWorkSite {
 public:
  explicit UnitWorkSite(TestSiteOptions options = {}) : site(std::make_unique<TestSite>(options)) {}
  bool ok() const { return site->ok(); }

  static app::RequestMeta meta() { return {"127.0.0.1", "unit-work", "tests"}; }

  // An approved (or `state`) registration of `unit` (of `person` when set) in
  // `campaign` with one target; returns the target id.
  int64_t target(int64_t unit, std::optional<int64_t> person = std::nullopt, const std::string& state = "approved",
                 int64_t campaign = 1) {
    return insert_registration_target(*site, unit, person, state, campaign);
  }

  // Every regular file under the site's data directory, relative to it.
  std::vector<std::string> data_files() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(site->data_dir())) {
      if (e.is_regular_file()) out.push_back(std::filesystem::relative(e.path(), site->data_dir()).string());
    }
    return out;
  }
  size_t stored_files() const {
    size_t n = 0;
    for (const auto& f : data_files()) n += f.rfind("files/", 0) == 0;
    return n;
  }

  int64_t count(const std::string& sql) {
    auto conn = site->db().acquire();
    auto rows = conn->query(sql);
    EXPECT_TRUE(rows.ok()) << sql;
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  std::unique_ptr<TestSite> site;
};

}  // namespace thidua::test
