// Which routes run on the server's bounded work pool (issue 9 #6): every
// route that builds a file (documents, dossiers, certificates, spreadsheet
// exports and templates), reads an upload into an import, or judges a whole
// agency's people ("eligible now", a unit judged on all its members, a
// unit's proposals judged on its people) or re-keys every person (the
// compound family names, confirming a reorganisation), on pages and API alike; no other. The pool itself is tested in tests/http/server_test.cc.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "support/test_server.h"

namespace thidua::test {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A route that must be heavy, judged from its method and pattern alone.
bool builds_a_file_or_imports(const std::string& method, const std::string& pattern) {
  // "Eligible now" judges every person the caller sees; a unit's collective
  // titles, every person of the unit (the whole agency, for its top).
  if (pattern == "/du-dieu-kien" || pattern == "/api/v1/eligibility") return true;
  if (pattern == "/don-vi/{id}/dieu-kien" || pattern == "/api/v1/units/{id}/eligibility") return true;
  // A unit's proposals judge each of its people (and units).
  if (pattern == "/dot-thi-dua/{id}/de-xuat-nam" || pattern == "/api/v1/campaigns/{id}/annual-proposals") return true;
  // The head approves up to thousands of a unit's proposals at once.
  if (method == "POST" &&
      (pattern == "/dot-thi-dua/{id}/de-xuat-nam/duyet" || pattern == "/api/v1/campaigns/{id}/annual-proposals/approve")) {
    return true;
  }
  // Saving the compound family names re-keys every person's name order.
  if (method == "POST" && pattern == "/cai-dat/ho-kep") return true;
  // Confirming a reorganisation may move thousands of people.
  if (method == "POST" && (pattern == "/don-vi/sap-xep" || pattern == "/api/v1/reorganisations")) return true;
  // Sending or resending a proposal draws and stores its dossier; the
  // appraisal judges each nominee of the list; a round's dossier is a ZIP.
  if (method == "POST" &&
      (pattern == "/dot-thi-dua/{id}/quyet-dinh/{did}/gui" || pattern == "/ho-so-de-nghi/{id}/gui-lai" ||
       pattern == "/ho-so-de-nghi/{id}/tham-dinh" || pattern == "/api/v1/campaigns/{id}/decisions/{did}/submission" ||
       pattern == "/api/v1/submissions/{id}/resend" || pattern == "/api/v1/submissions/{id}/appraise")) {
    return true;
  }
  if (pattern == "/api/v1/submissions/{id}/rounds/{round}/dossier") return true;
  // Exchange packages (app/exchange.h): making one draws the dossier and
  // signs it; taking one in verifies every file; a package is a ZIP.
  if (method == "POST" &&
      (pattern == "/dot-thi-dua/{id}/quyet-dinh/{did}/goi-trao-doi" || pattern == "/ho-so-de-nghi/{id}/goi-tra-loi" ||
       pattern == "/goi-trao-doi" || pattern == "/api/v1/campaigns/{id}/decisions/{did}/exchange-package" ||
       pattern == "/api/v1/submissions/{id}/answer-package" || pattern == "/api/v1/exchange-packages")) {
    return true;
  }
  if (pattern == "/api/v1/exchange-packages/{direction}/{package_id}") return true;
  for (const char* ext : {".pdf", ".docx", ".zip", ".xlsx"}) {
    if (ends_with(pattern, ext)) return true;
  }
  if (ends_with(pattern, "/xuat") || ends_with(pattern, "/mau")) return true;  // page exports, templates
  if (method == "POST") {
    if (pattern.find("/imports") != std::string::npos) return true;  // API: stage and confirm
    // Pages: /nhap-nhan-su, /nhap-don-vi, /dot-thi-dua/{id}/dang-ky/nhap and their /xac-nhan.
    size_t start = 1;
    while (start <= pattern.size()) {
      size_t end = pattern.find('/', start);
      if (end == std::string::npos) end = pattern.size();
      const std::string segment = pattern.substr(start, end - start);
      if (segment == "nhap" || segment.rfind("nhap-", 0) == 0) return true;
      start = end + 1;
    }
  }
  return false;
}

TEST(HeavyRoutes, EveryFileBuilderAndImportRunsOnTheWorkPool) {
  TestSite site;
  ASSERT_TRUE(site.ok());
  std::set<std::pair<std::string, std::string>> heavy;
  for (const auto& r : site.router().heavy_routes()) heavy.insert(r);
  int expected = 0;
  for (const auto& [method, pattern] : site.router().routes()) {
    const bool must = builds_a_file_or_imports(method, pattern);
    expected += must ? 1 : 0;
    EXPECT_EQ(heavy.count({method, pattern}) == 1, must) << method << " " << pattern;
  }
  // Documents (plan, decision, minutes: PDF and DOCX, pages and API), dossiers,
  // certificates, exports, templates and the three imports' two steps.
  EXPECT_GE(expected, 40);
  EXPECT_EQ(heavy.size(), static_cast<size_t>(expected));

  // The router answers for a concrete request as for its pattern.
  web::Request req;
  req.method = "POST";
  req.path = "/api/v1/people/imports";
  EXPECT_TRUE(site.router().heavy(req));
  req.path = "/api/v1/people";
  EXPECT_FALSE(site.router().heavy(req));
  req.method = "GET";
  req.path = "/dot-thi-dua/1/ke-hoach.pdf";
  EXPECT_TRUE(site.router().heavy(req));
  req.path = "/dot-thi-dua/1/ke-hoach";
  EXPECT_FALSE(site.router().heavy(req));
}

}  // namespace
}  // namespace thidua::test
