// The authorisation matrix of the nomination routes (pages and API): each
// route × anonymous and the seven demo accounts → the expected outcome, over
// real HTTP on both engines; a refused write must leave every table as it
// was (TestSite::fingerprint covers nominations and their attestations).
//
// Own rows act on PTNMT-LN (thutruong's and canbo's unit), Other rows on
// PTNMT-HH. Each request gets its own fresh target (a new nominee, a new
// nomination in the state the route needs), made before the fingerprint.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <functional>
#include <map>
#include <sstream>

#include "nomination_fixture.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::NominationState;

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/de-nghi"},
    {"GET", "/dot-thi-dua/{id}/de-nghi/moi"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/moi"},
    {"GET", "/dot-thi-dua/{id}/de-nghi/{nid}"},
    {"GET", "/dot-thi-dua/{id}/de-nghi/{nid}/bao-cao"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/{nid}/gui-lai"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/{nid}/tiep-nhan"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/{nid}/tra-lai"},
    {"GET", "/api/v1/campaigns/{id}/nominations"},
    {"POST", "/api/v1/campaigns/{id}/nominations"},
    {"GET", "/api/v1/campaigns/{id}/nominations/{nid}"},
    {"PUT", "/api/v1/campaigns/{id}/nominations/{nid}"},
    {"POST", "/api/v1/campaigns/{id}/nominations/{nid}/accept"},
    {"POST", "/api/v1/campaigns/{id}/nominations/{nid}/return"},
});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

// A request as one column sends it.
struct Call {
  std::string method;
  std::string target;
  Fields form;                       // pages
  std::optional<json::object> body;  // API
};

// Outcomes: O 2xx, R 3xx elsewhere than the login page, L 3xx to the login
// page, or the status of a refusal (401 403 404 409 422).
struct Row {
  const char* name;
  const char* expect;  // one outcome per column, whitespace-separated
};


class NominationAuthzTest : public NominationSiteTest {
 protected:
  std::string nid_path(int64_t n) { return base() + "/" + std::to_string(n); }
  std::string nid_api(int64_t n) { return api() + "/" + std::to_string(n); }
  static app::UploadedFile report() { return app::UploadedFile{"Báo cáo thành tích.pdf", kReportPdf}; }

  // Runs one row: `make` builds a fresh request for each column before the
  // database is fingerprinted.
  void run(const Row& row, const std::function<Call()>& make) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.name;
    for (size_t c = 0; c < kColumns.size(); ++c) {
      const std::string user = kColumns[c];
      Call call = make();
      const bool write = call.method != "GET";
      const std::string before = write && is_refusal(expect[c]) ? site_->fingerprint() : "";
      HttpResult r = send(call, c == 0 ? nullptr : &sessions_.at(user));
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.name << ": " << call.method << " " << call.target << " as " << user
                                         << ": expected " << expect[c] << ", got " << r.status << " "
                                         << r.header("location") << "\n"
                                         << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = site_->fingerprint();
        EXPECT_TRUE(before == after) << row.name << ": refused " << call.method << " " << call.target << " as "
                                     << user << " changed the database: " << first_difference(before, after);
      }
    }
  }

  HttpResult send(const Call& call, UserSession* session) {
    std::unique_ptr<TestClient> anon;
    TestClient* http = session ? session->http.get() : nullptr;
    std::string csrf = session ? session->csrf : "";
    if (!session) {
      anon = site_->client();
      http = anon.get();
      if (call.method != "GET") csrf = extract_csrf(http->get("/dang-nhap").body);
    }
    if (call.method == "GET") return http->get(call.target);
    if (call.body) {
      return http->request(call.method, call.target, json::serialize(*call.body),
                           {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
    }
    Fields fields = call.form;
    fields.insert(fields.begin(), {"_csrf", csrf});
    return http->post_form(call.target, fields);
  }

  void login_all() {
    for (const char* name : kDemoAccounts) sessions_.emplace(name, site_->login(name));
    ASSERT_FALSE(HasFailure()) << "could not log the demo accounts in";
  }

  std::map<std::string, UserSession> sessions_;
};

// clang-format off
TEST_F(NominationAuthzTest, PagesAnswerEachRoleAsExpected) {
  login_all();
  //                                                        anon admin lanh thuong hoi thutr canbo nhanv
  run({"list",                                             "L    403   O    O      403  O    O     403"},
      [&] { return Call{"GET", base(), {}, {}}; });
  run({"list of an unknown campaign",                      "L    404   404  404    404  404  404   404"},
      [&] { return Call{"GET", "/dot-thi-dua/999/de-nghi", {}, {}}; });
  run({"new form",                                         "L    403   403  403    403  O    O     403"},
      [&] { return Call{"GET", base() + "/moi", {}, {}}; });
  run({"create, own person",                               "L    403   403  403    403  R    R     403"},
      [&] { return Call{"POST", base() + "/moi", create_form(add_person(own_unit_)), {}}; });
  run({"create, person of another unit",                   "L    403   403  403    403  422  422   403"},
      [&] { return Call{"POST", base() + "/moi", create_form(add_person(other_unit_)), {}}; });
  run({"view own unit's",                                  "L    404   O    O      404  O    O     404"},
      [&] { return Call{"GET", nid_path(add_nomination(own_unit_)), {}, {}}; });
  run({"view another unit's",                              "L    404   O    O      404  404  404   404"},
      [&] { return Call{"GET", nid_path(add_nomination(other_unit_)), {}, {}}; });
  run({"report file of own unit's",                        "L    404   O    O      404  O    O     404"},
      [&] { return Call{"GET", nid_path(add_nomination(own_unit_, NominationState::kSubmitted, report())) + "/bao-cao", {}, {}}; });
  run({"report file of another unit's",                    "L    404   O    O      404  404  404   404"},
      [&] { return Call{"GET", nid_path(add_nomination(other_unit_, NominationState::kSubmitted, report())) + "/bao-cao", {}, {}}; });
  run({"report file of a nomination without one",          "L    404   404  404    404  404  404   404"},
      [&] { return Call{"GET", nid_path(add_nomination(own_unit_)) + "/bao-cao", {}, {}}; });
  run({"report file of an unknown nomination",             "L    404   404  404    404  404  404   404"},
      [&] { return Call{"GET", base() + "/999999/bao-cao", {}, {}}; });
  run({"accept",                                           "L    404   403  R      404  403  403   404"},
      [&] {
        const int64_t n = add_nomination(own_unit_);
        return Call{"POST", nid_path(n) + "/tiep-nhan", {{"version", std::to_string(version_of(n))}}, {}};
      });
  run({"return",                                           "L    404   403  R      404  403  403   404"},
      [&] {
        const int64_t n = add_nomination(own_unit_);
        return Call{"POST", nid_path(n) + "/tra-lai",
                    {{"version", std::to_string(version_of(n))}, {"reason", "Thiếu minh chứng thành tích."}}, {}};
      });
  run({"resubmit own unit's returned",                     "L    404   403  403    404  R    R     404"},
      [&] {
        const int64_t n = add_nomination(own_unit_, NominationState::kReturned);
        return Call{"POST", nid_path(n) + "/gui-lai",
                    {{"version", std::to_string(version_of(n))}, {"report", "Báo cáo đã bổ sung."}}, {}};
      });
  run({"resubmit another unit's returned",                 "L    404   403  403    404  404  404   404"},
      [&] {
        const int64_t n = add_nomination(other_unit_, NominationState::kReturned);
        return Call{"POST", nid_path(n) + "/gui-lai",
                    {{"version", std::to_string(version_of(n))}, {"report", "Báo cáo đã bổ sung."}}, {}};
      });
}

TEST_F(NominationAuthzTest, ApiAnswersEachRoleAsExpected) {
  login_all();
  //                                                        anon admin lanh thuong hoi thutr canbo nhanv
  run({"api list",                                         "401  403   O    O      403  O    O     403"},
      [&] { return Call{"GET", api(), {}, {}}; });
  run({"api create, own person",                           "401  403   403  403    403  O    O     403"},
      [&] { return Call{"POST", api(), {}, create_body(add_person(own_unit_))}; });
  run({"api create, person of another unit",               "401  403   403  403    403  422  422   403"},
      [&] { return Call{"POST", api(), {}, create_body(add_person(other_unit_))}; });
  run({"api view own unit's",                              "401  404   O    O      404  O    O     404"},
      [&] { return Call{"GET", nid_api(add_nomination(own_unit_)), {}, {}}; });
  run({"api view another unit's",                          "401  404   O    O      404  404  404   404"},
      [&] { return Call{"GET", nid_api(add_nomination(other_unit_)), {}, {}}; });
  run({"api resubmit own unit's returned",                 "401  404   403  403    404  O    O     404"},
      [&] {
        const int64_t n = add_nomination(own_unit_, NominationState::kReturned);
        return Call{"PUT", nid_api(n), {}, json::object{{"report", "Báo cáo đã bổ sung."}, {"version", version_of(n)}}};
      });
  run({"api accept",                                       "401  404   403  O      404  403  403   404"},
      [&] {
        const int64_t n = add_nomination(own_unit_);
        return Call{"POST", nid_api(n) + "/accept", {}, json::object{{"version", version_of(n)}}};
      });
  run({"api return",                                       "401  404   403  O      404  403  403   404"},
      [&] {
        const int64_t n = add_nomination(own_unit_);
        return Call{"POST", nid_api(n) + "/return", {},
                    json::object{{"version", version_of(n)}, {"reason", "Thiếu minh chứng thành tích."}}};
      });
}
// clang-format on

}  // namespace
}  // namespace thidua::test
