// The authorisation matrix of documents and files through the API (package
// api-docs): every route it adds × anonymous, the seven demo accounts (cookie
// sessions) and two Bearer tokens (of thuongtruc and of canbo) → the expected
// outcome, over real HTTP on both engines. The rights are those of the page
// downloads; a success carries the document's media type, a refusal is a JSON
// error whose code matches its status (never an HTML page).
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <array>
#include <map>
#include <set>

#include "api_downloads_fixture.h"
#include "app/campaigns.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/pdf_text.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/api/v1/campaigns/{id}/sessions/{sid}/minutes.pdf"},
    {"GET", "/api/v1/campaigns/{id}/sessions/{sid}/minutes.docx"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/document.pdf"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/document.docx"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/dossier.zip"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/certificates.pdf"},
    {"GET", "/api/v1/awards/{aid}/certificate.pdf"},
    {"GET", "/api/v1/campaigns/{id}/unit-plans/{plan_id}/file"},
    {"GET", "/api/v1/campaigns/{id}/evidence/{evidence_id}"},
    {"GET", "/api/v1/campaigns/{id}/nominations/{nid}/report"},
    {"GET", "/api/v1/campaigns/{id}/nominations/{nid}/achievement-report.docx"},
    {"GET", "/api/v1/campaigns/{id}/achievement-report.docx"},
    {"GET", "/api/v1/campaigns/{id}/summary"},
    {"GET", "/api/v1/campaigns/{id}/summary.xlsx"},
    {"GET", "/api/v1/public/campaigns"},
    {"GET", "/api/v1/public/campaigns/{id}/results"},
    {"GET", "/api/v1/public/campaigns/{id}/results.xlsx"},
});

constexpr std::array<const char*, 10> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc", "hoidong",
                                                  "thutruong", "canbo",     "nhanvien", "token:thuongtruc",
                                                  "token:canbo"};

constexpr const char* kPdf = "application/pdf";
constexpr const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr const char* kZip = "application/zip";
constexpr const char* kPng = "image/png";
constexpr const char* kJson = "application/json";

struct Row {
  const char* target;  // slots: {closed} {voting} {decided} {draft} {own_award} {other_award} {plan_own} {plan_other}
                       // {ev_own} {ev_other} {ev_self} {report_own} {report_other} {no_report} {copy}
                       // {gk} {person_own} {person_other} {own_unit} {other_unit}
  const char* type;    // media type of a success
  const char* expect;
};

// clang-format off
const Row kRows[] = {
  // target                                                       type   anon admin lanh thuong hoi thutr canbo nhanv tok:tt tok:cb
  {"/api/v1/campaigns/1/sessions/{closed}/minutes.pdf",            kPdf,  "401  403  O    O    O    403  403  403   O    403"},
  {"/api/v1/campaigns/1/sessions/{closed}/minutes.docx",           kDocx, "401  403  O    O    O    403  403  403   O    403"},
  {"/api/v1/campaigns/1/sessions/{voting}/minutes.pdf",            kPdf,  "401  403  409  409  409  403  403  403   409  403"},
  {"/api/v1/campaigns/1/sessions/999999/minutes.pdf",              kPdf,  "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/sessions/abc/minutes.docx",                kDocx, "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/decisions/{decided}/document.pdf",         kPdf,  "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/decisions/{decided}/document.docx",        kDocx, "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/decisions/{draft}/document.pdf",           kPdf,  "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/decisions/999999/document.pdf",            kPdf,  "401  403  404  404  403  403  403  403   404  403"},
  {"/api/v1/campaigns/777/decisions/{decided}/document.docx",      kDocx, "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/decisions/{decided}/dossier.zip",          kZip,  "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/decisions/{decided}/certificates.pdf",     kPdf,  "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/decisions/{draft}/certificates.pdf",       kPdf,  "401  403  409  409  403  403  403  403   409  403"},
  {"/api/v1/awards/{own_award}/certificate.pdf",                   kPdf,  "401  O    O    O    O    O    O    O     O    O"},
  {"/api/v1/awards/{other_award}/certificate.pdf",                 kPdf,  "401  O    O    O    O    404  404  404   O    404"},
  {"/api/v1/awards/999999/certificate.pdf",                        kPdf,  "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/unit-plans/{plan_own}/file",               kPdf,  "401  404  O    O    404  O    O    404   O    O"},
  {"/api/v1/campaigns/1/unit-plans/{plan_other}/file",             kPdf,  "401  404  O    O    404  404  404  404   O    404"},
  {"/api/v1/campaigns/1/evidence/{ev_own}",                        kPng,  "401  404  O    O    404  O    O    404   O    O"},
  {"/api/v1/campaigns/1/evidence/{ev_self}",                       kPng,  "401  404  O    O    404  O    O    O     O    O"},
  {"/api/v1/campaigns/1/evidence/{ev_other}",                      kPng,  "401  404  O    O    404  404  404  404   O    404"},
  {"/api/v1/campaigns/1/nominations/{report_own}/report",          kPdf,  "401  404  O    O    404  O    O    404   O    O"},
  {"/api/v1/campaigns/1/nominations/{report_other}/report",        kPdf,  "401  404  O    O    404  404  404  404   O    404"},
  {"/api/v1/campaigns/1/nominations/{no_report}/report",           kPdf,  "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/nominations/999999/report",                kPdf,  "401  404  404  404  404  404  404  404   404  404"},
  // The achievement report pre-filled: for a nomination, as its report file;
  // before one, for whoever may nominate the subject (one answer for a
  // person elsewhere and a person unknown).
  {"/api/v1/campaigns/1/nominations/{report_own}/achievement-report.docx",   kDocx, "401  404  O    O    404  O    O    404   O    O"},
  {"/api/v1/campaigns/1/nominations/{report_other}/achievement-report.docx", kDocx, "401  404  O    O    404  404  404  404   O    404"},
  {"/api/v1/campaigns/1/nominations/999999/achievement-report.docx",         kDocx, "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/achievement-report.docx?award_type_id={gk}&person_id={person_own}",                  kDocx, "401  403  403  403  403  O    O    403   403  O"},
  {"/api/v1/campaigns/1/achievement-report.docx?award_type_id={gk}&person_id={person_other}",                kDocx, "401  403  403  403  403  422  422  403   403  422"},
  {"/api/v1/campaigns/1/achievement-report.docx?award_type_id={gk}&person_id=999999",                        kDocx, "401  403  403  403  403  422  422  403   403  422"},
  {"/api/v1/campaigns/1/achievement-report.docx?award_type_id={gk}&subject=collective&nominee_unit_id={own_unit}",   kDocx, "401  403  403  403  403  O    O    403   403  O"},
  {"/api/v1/campaigns/1/achievement-report.docx?award_type_id={gk}&subject=collective&nominee_unit_id={other_unit}", kDocx, "401  403  403  403  403  422  422  403   403  422"},
  {"/api/v1/campaigns/1/achievement-report.docx?person_id={person_own}",                                     kDocx, "401  403  403  403  403  422  422  403   403  422"},
  {"/api/v1/campaigns/777/achievement-report.docx?award_type_id={gk}&person_id={person_own}",                kDocx, "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/campaigns/1/summary",                                  kJson, "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/1/summary.xlsx",                             kXlsx, "401  403  O    O    403  403  403  403   O    403"},
  {"/api/v1/campaigns/777/summary",                                kJson, "401  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/public/campaigns",                                     kJson, "O    O    O    O    O    O    O    O     O    O"},
  {"/api/v1/public/campaigns/1/results",                           kJson, "O    O    O    O    O    O    O    O     O    O"},
  {"/api/v1/public/campaigns/1/results.xlsx",                      kXlsx, "O    O    O    O    O    O    O    O     O    O"},
  {"/api/v1/public/campaigns/{copy}/results",                      kJson, "404  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/public/campaigns/{copy}/results.xlsx",                 kXlsx, "404  404  404  404  404  404  404  404   404  404"},
  {"/api/v1/public/campaigns/abc/results",                         kJson, "404  404  404  404  404  404  404  404   404  404"},
};
// clang-format on

// The stable code of each refusal status.
std::string code_for(const std::string& status) {
  static const std::map<std::string, std::string> codes = {
      {"401", "unauthenticated"}, {"403", "forbidden"}, {"404", "not_found"}, {"409", "conflict"},
      {"422", "validation_failed"}};
  auto it = codes.find(status);
  return it == codes.end() ? "" : it->second;
}

class ApiDownloadsMatrixTest : public ApiDownloadsTest {
 protected:
  void SetUp() override {
    ApiDownloadsTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // A draft copy holding an approved decision with awards: refused only
    // because it is not published.
    copy_ = unpublished_copy_with_awards();
    ASSERT_GT(copy_, 0);
    person_own_ = person_in(site(), "PTNMT-LN");
    person_other_ = person_in(site(), "PTNMT-HH");
    ASSERT_GT(person_own_, 0);
    ASSERT_GT(person_other_, 0);
  }

  std::string target_of(const Row& row) const {
    std::string t = row.target;
    replace_all(t, "{closed}", std::to_string(closed_session_));
    replace_all(t, "{voting}", std::to_string(voting_session_));
    replace_all(t, "{decided}", std::to_string(decided_));
    replace_all(t, "{draft}", std::to_string(draft_));
    replace_all(t, "{own_award}", std::to_string(own_award_));
    replace_all(t, "{other_award}", std::to_string(other_award_));
    replace_all(t, "{plan_own}", std::to_string(plans_.at(kOwn)));
    replace_all(t, "{plan_other}", std::to_string(plans_.at(kOther)));
    replace_all(t, "{ev_own}", std::to_string(evidence_.at(kOwn)));
    replace_all(t, "{ev_other}", std::to_string(evidence_.at(kOther)));
    replace_all(t, "{ev_self}", std::to_string(evidence_.at(kSelf)));
    replace_all(t, "{report_own}", std::to_string(reports_.at(kOwn)));
    replace_all(t, "{report_other}", std::to_string(reports_.at(kOther)));
    replace_all(t, "{no_report}", std::to_string(no_report_file_));
    replace_all(t, "{copy}", std::to_string(copy_));
    replace_all(t, "{gk}", std::to_string(gk_));
    replace_all(t, "{person_own}", std::to_string(person_own_));
    replace_all(t, "{person_other}", std::to_string(person_other_));
    replace_all(t, "{own_unit}", std::to_string(own_unit_));
    replace_all(t, "{other_unit}", std::to_string(other_unit_));
    return t;
  }

  int64_t copy_ = 0;
  int64_t person_own_ = 0, person_other_ = 0;
};

TEST_F(ApiDownloadsMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, site().session(name));
  ASSERT_FALSE(HasFailure());
  auto anon = site().client();
  std::set<std::string> fonts_checked;
  for (const Row& row : kRows) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    const std::string target = target_of(row);
    for (size_t c = 0; c < kColumns.size(); ++c) {
      const std::string column = kColumns[c];
      HttpResult r;
      if (c == 0) r = anon->get(target);
      else if (column.rfind("token:", 0) == 0) r = bearer_get(column.substr(6), target);
      else r = sessions.at(column)->get(target);
      const std::string where = target + " as " + column;
      EXPECT_TRUE(outcome_matches(expect[c], r))
          << where << ": expected " << expect[c] << ", got " << r.status << "\n" << r.body.substr(0, 300);
      if (expect[c] == "O") {
        EXPECT_EQ(r.header("content-type").rfind(row.type, 0), 0u) << where << ": " << r.header("content-type");
        EXPECT_FALSE(r.body.empty()) << where;
        if (std::string(row.type) != kJson) {
          EXPECT_EQ(r.header("content-disposition").rfind("attachment;", 0), 0u) << where;
        }
        // A document thidua writes (not an uploaded file): one font family,
        // embedded; checked once per route.
        if (std::string(row.type) == kPdf && !std::string_view(row.target).ends_with("/file") &&
            !std::string_view(row.target).ends_with("/report") && fonts_checked.insert(row.target).second) {
          expect_document_fonts(r.body, where);
        }
      } else {
        // A refusal on /api/v1 is a JSON error with the stable code, never a page.
        EXPECT_EQ(r.header("content-type").rfind(kJson, 0), 0u) << where << ": " << r.header("content-type");
        std::error_code ec;
        const json::value body = json::parse(r.body, ec);
        ASSERT_FALSE(ec) << where << ": not JSON: " << r.body.substr(0, 200);
        EXPECT_EQ(body.at("error").at("code").as_string(), code_for(expect[c])) << where;
      }
    }
  }
}

}  // namespace
}  // namespace thidua::test
