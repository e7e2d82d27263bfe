// Shared fixture of the spreadsheet imports through the JSON API: the demo
// site, API tokens of demo accounts, a kind's upload and confirmation
// (POST <imports>, POST <imports>/<id>/confirm), XLSX files written with a
// kind's template headings, and a preview's problems as "row field: message"
// lines. A test class names its kind's imports path and headings; tests of
// several kinds use upload_to()/post() with explicit targets.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <memory>
#include <string>
#include <vector>

#include "app/access.h"
#include "app/people.h"
#include "app/users.h"
#include "io/xlsx_writer.h"
#include "support/test_server.h"

namespace thidua::test {

inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

class ImportApiFixture : public ::testing::Test {
 protected:
  using Cells = std::vector<std::string>;

  // `imports`: the kind's API path ("/api/v1/awards/imports"), "" for tests
  // of several kinds; `header`: the template's headings, in order; `label`:
  // the requests' user agent and the tokens' label.
  ImportApiFixture(std::string imports, std::vector<std::string> header, std::string label)
      : imports_(std::move(imports)), header_(std::move(header)), label_(std::move(label)) {}

  // Derived SetUp()s call this first and return when IsSkipped().
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }

  app::RequestMeta meta() const { return {"127.0.0.1", label_, "tests"}; }

  std::string token_of(const std::string& user) {
    auto t = app::create_api_token(site_->services(), site_->actor(user), site_->user_id(user), label_, meta());
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }

  static Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Accept", "application/json"}};
  }

  // A person added to the unit of `unit_code` (test failure and 0 if refused).
  int64_t add_person(const std::string& name, const std::string& birth, const std::string& unit_code) {
    core::Person p;
    p.full_name = name;
    p.birth_date = birth;
    p.unit_id = site_->unit_id(unit_code);
    auto created = app::create_person(site_->services(), app::system_actor(), p, meta());
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created->id : 0;
  }

  static std::string xlsx_with(const std::vector<std::string>& header, const std::vector<Cells>& rows,
                               const std::string& sheet = "Nhập") {
    auto bytes = io::write_xlsx_bytes(header, rows, sheet);
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? *bytes : "";
  }
  // A file of the kind's template headings.
  std::string xlsx(const std::vector<Cells>& rows) const { return xlsx_with(header_, rows); }

  HttpResult upload_to(const std::string& token, const std::string& target, const std::string& filename,
                       const std::string& type, const std::string& bytes) {
    return site_->client()->post_multipart(target, {}, {{"file", filename, type, bytes}}, bearer(token));
  }
  HttpResult upload(const std::string& token, const std::string& bytes) {
    return upload_to(token, imports_, "nhap.xlsx", kXlsxType, bytes);
  }

  HttpResult post(const std::string& token, const std::string& target) {
    return site_->client()->request("POST", target, "", bearer(token));
  }
  // Confirms the kind's import that `preview` answered.
  HttpResult confirm(const std::string& token, const boost::json::object& preview) {
    return post(token, imports_ + "/" + std::string(preview.at("import_id").as_string()) + "/confirm");
  }

  static boost::json::object parsed(const HttpResult& r) {
    auto v = boost::json::parse(r.body);
    return v.is_object() ? v.as_object() : boost::json::object{};
  }

  static std::string error_code(const HttpResult& r) {
    auto o = parsed(r);
    const auto* e = o.if_contains("error");
    return e && e->is_object() ? std::string(e->at("code").as_string()) : "";
  }

  // Every problem of a preview as "row field: message" ("-" for no field).
  static std::vector<std::string> problems(const boost::json::object& preview) {
    std::vector<std::string> out;
    for (const auto& row : preview.at("rows").as_array()) {
      for (const auto& e : row.at("errors").as_array()) {
        const auto& o = e.as_object();
        out.push_back(std::to_string(o.at("row").as_int64()) + " " +
                      (o.at("field").is_string() ? std::string(o.at("field").as_string()) : "-") + ": " +
                      std::string(o.at("message").as_string()));
      }
    }
    return out;
  }

  // The first column of the first row of `sql`'s answer (-1 on failure).
  int64_t count(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  std::unique_ptr<TestSite> site_;

 private:
  std::string imports_;
  std::vector<std::string> header_;
  std::string label_;
};

// The headings of a kind's list columns (app::*_import_list_columns()).
template <class Columns>
std::vector<std::string> headings_of(const Columns& columns) {
  std::vector<std::string> out;
  for (const auto& c : columns) out.push_back(c.heading);
  return out;
}

}  // namespace thidua::test
