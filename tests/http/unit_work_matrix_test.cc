// The authorisation matrix of the units' campaign work: every route of unit
// plans, progress with evidence and difficulties (pages and API) × anonymous
// and the seven demo accounts → the expected outcome, over real HTTP on the
// engine under test. Refused writes must leave the database unchanged.
//
// Scope: Own targets Phòng TNMT Lục Nam (PTNMT-LN, where thutruong, canbo and
// nhanvien hold their roles), Other Phòng TNMT Hiệp Hòa (PTNMT-HH), Self the
// individual registration of nhanvien (in PTNMT-LN), Draft a draft copy of
// the seed plan (seen only by those who manage or approve plans).
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <map>
#include <sstream>

#include "app/campaigns.h"
#include "app/difficulties.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "unit_work_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/ke-hoach-don-vi"},
    {"POST", "/dot-thi-dua/{id}/ke-hoach-don-vi"},
    {"GET", "/dot-thi-dua/{id}/ke-hoach-don-vi/{plan_id}/tep"},
    {"GET", "/dot-thi-dua/{id}/tien-do"},
    {"GET", "/dot-thi-dua/{id}/tien-do/chi-tieu/{target_id}"},
    {"POST", "/dot-thi-dua/{id}/tien-do/chi-tieu/{target_id}"},
    {"GET", "/dot-thi-dua/{id}/minh-chung/{evidence_id}"},
    {"GET", "/dot-thi-dua/{id}/kho-khan"},
    {"POST", "/dot-thi-dua/{id}/kho-khan"},
    {"POST", "/dot-thi-dua/{id}/kho-khan/{difficulty_id}/tra-loi"},
    {"GET", "/api/v1/campaigns/{id}/unit-plans"},
    {"PUT", "/api/v1/campaigns/{id}/unit-plans"},
    {"GET", "/api/v1/campaigns/{id}/targets/{target_id}/progress"},
    {"POST", "/api/v1/campaigns/{id}/targets/{target_id}/progress"},
    {"GET", "/api/v1/campaigns/{id}/difficulties"},
    {"POST", "/api/v1/campaigns/{id}/difficulties"},
    {"POST", "/api/v1/campaigns/{id}/difficulties/{difficulty_id}/answer"},
});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

enum class Scope { kOwn, kOther, kSelf, kDraft };
enum class Body { kNone, kPlanForm, kProgressForm, kDifficultyForm, kAnswerForm, kPlanJson, kProgressJson,
                  kDifficultyJson, kAnswerJson };

struct Row {
  const char* method;
  const char* target;  // slots: {c} campaign, {unit}, {plan}, {target}, {ev}, {diff}
  Scope scope;
  Body body;
  const char* expect;  // O 2xx, R 3xx not to login, L 3xx to login, or a status
};

using S = Scope;
using B = Body;

// clang-format off
const Row kMatrix[] = {
  // method target                                          scope     body                anon admin lanh thuong hoi thutr canbo nhanv
  {"GET",  "/dot-thi-dua/{c}/ke-hoach-don-vi",               S::kOwn,   B::kNone,           "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/{c}/ke-hoach-don-vi",               S::kDraft, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/ke-hoach-don-vi",               S::kOwn,   B::kPlanForm,       "L    404  403  403  404  R    R    404"},
  {"POST", "/dot-thi-dua/{c}/ke-hoach-don-vi",               S::kOther, B::kPlanForm,       "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/ke-hoach-don-vi",               S::kDraft, B::kPlanForm,       "L    404  403  403  404  404  404  404"},
  {"GET",  "/dot-thi-dua/{c}/ke-hoach-don-vi/{plan}/tep",    S::kOwn,   B::kNone,           "L    404  O    O    404  O    O    404"},
  {"GET",  "/dot-thi-dua/{c}/ke-hoach-don-vi/{plan}/tep",    S::kOther, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"GET",  "/dot-thi-dua/{c}/tien-do",                       S::kOwn,   B::kNone,           "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/{c}/tien-do",                       S::kDraft, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"GET",  "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kOwn,   B::kNone,           "L    404  O    O    404  O    O    404"},
  {"GET",  "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kSelf,  B::kNone,           "L    404  O    O    404  O    O    O"},
  {"GET",  "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kOther, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kOwn,   B::kProgressForm,   "L    404  403  403  404  R    R    404"},
  {"POST", "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kSelf,  B::kProgressForm,   "L    404  403  403  404  R    R    R"},
  {"POST", "/dot-thi-dua/{c}/tien-do/chi-tieu/{target}",     S::kOther, B::kProgressForm,   "L    404  403  403  404  404  404  404"},
  {"GET",  "/dot-thi-dua/{c}/minh-chung/{ev}",               S::kOwn,   B::kNone,           "L    404  O    O    404  O    O    404"},
  {"GET",  "/dot-thi-dua/{c}/minh-chung/{ev}",               S::kSelf,  B::kNone,           "L    404  O    O    404  O    O    O"},
  {"GET",  "/dot-thi-dua/{c}/minh-chung/{ev}",               S::kOther, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"GET",  "/dot-thi-dua/{c}/kho-khan",                      S::kOwn,   B::kNone,           "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/{c}/kho-khan",                      S::kDraft, B::kNone,           "L    404  O    O    404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/kho-khan",                      S::kOwn,   B::kDifficultyForm, "L    404  403  403  404  R    R    404"},
  {"POST", "/dot-thi-dua/{c}/kho-khan",                      S::kOther, B::kDifficultyForm, "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/kho-khan",                      S::kDraft, B::kDifficultyForm, "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/{c}/kho-khan/{diff}/tra-loi",       S::kOwn,   B::kAnswerForm,     "L    404  403  R    404  403  403  404"},
  {"POST", "/dot-thi-dua/{c}/kho-khan/{diff}/tra-loi",       S::kOther, B::kAnswerForm,     "L    404  403  R    404  404  404  404"},

  {"GET",  "/api/v1/campaigns/{c}/unit-plans",               S::kOwn,   B::kNone,           "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/campaigns/{c}/unit-plans",               S::kDraft, B::kNone,           "401  404  O    O    404  404  404  404"},
  {"PUT",  "/api/v1/campaigns/{c}/unit-plans",               S::kOwn,   B::kPlanJson,       "401  404  403  403  404  O    O    404"},
  {"PUT",  "/api/v1/campaigns/{c}/unit-plans",               S::kOther, B::kPlanJson,       "401  404  403  403  404  404  404  404"},
  {"GET",  "/api/v1/campaigns/{c}/targets/{target}/progress", S::kOwn,  B::kNone,           "401  404  O    O    404  O    O    404"},
  {"GET",  "/api/v1/campaigns/{c}/targets/{target}/progress", S::kSelf, B::kNone,           "401  404  O    O    404  O    O    O"},
  {"GET",  "/api/v1/campaigns/{c}/targets/{target}/progress", S::kOther, B::kNone,          "401  404  O    O    404  404  404  404"},
  {"POST", "/api/v1/campaigns/{c}/targets/{target}/progress", S::kOwn,  B::kProgressJson,   "401  404  403  403  404  O    O    404"},
  {"POST", "/api/v1/campaigns/{c}/targets/{target}/progress", S::kSelf, B::kProgressJson,   "401  404  403  403  404  O    O    O"},
  {"POST", "/api/v1/campaigns/{c}/targets/{target}/progress", S::kOther, B::kProgressJson,  "401  404  403  403  404  404  404  404"},
  {"GET",  "/api/v1/campaigns/{c}/difficulties",             S::kOwn,   B::kNone,           "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/campaigns/{c}/difficulties",             S::kDraft, B::kNone,           "401  404  O    O    404  404  404  404"},
  {"POST", "/api/v1/campaigns/{c}/difficulties",             S::kOwn,   B::kDifficultyJson, "401  404  403  403  404  O    O    404"},
  {"POST", "/api/v1/campaigns/{c}/difficulties",             S::kOther, B::kDifficultyJson, "401  404  403  403  404  404  404  404"},
  {"POST", "/api/v1/campaigns/{c}/difficulties/{diff}/answer", S::kOwn, B::kAnswerJson,     "401  404  403  O    404  403  403  404"},
  {"POST", "/api/v1/campaigns/{c}/difficulties/{diff}/answer", S::kOther, B::kAnswerJson,   "401  404  403  O    404  404  404  404"},
};
// clang-format on


class UnitWorkMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    w_ = std::make_unique<UnitWorkSite>();
    if (!w_->ok()) GTEST_SKIP() << "no test site";
    TestSite& site = *w_->site;
    own_unit_ = site.unit_id("PTNMT-LN");
    other_unit_ = site.unit_id("PTNMT-HH");
    const auto sys = app::system_actor();
    auto& s = site.services();
    for (Scope scope : {Scope::kOwn, Scope::kOther}) {
      const int64_t unit = unit_for(scope);
      app::UnitPlanInput plan{unit, "Kế hoạch triển khai", app::UploadedFile{"ke-hoach.pdf", kSamplePdf}, false};
      auto p = app::submit_unit_plan(s, sys, 1, plan, UnitWorkSite::meta());
      ASSERT_TRUE(p.ok()) << p.error().message;
      plans_[scope] = *p;
      auto d = app::raise_difficulty(s, sys, 1, {unit, "Vướng mắc về biểu mẫu", ""}, UnitWorkSite::meta());
      ASSERT_TRUE(d.ok()) << d.error().message;
      diffs_[scope] = *d;
    }
    targets_[Scope::kOwn] = w_->target(own_unit_);
    targets_[Scope::kOther] = w_->target(other_unit_);
    targets_[Scope::kSelf] = w_->target(own_unit_, site.person_id("Nguyễn Văn An"));
    for (Scope scope : {Scope::kOwn, Scope::kOther, Scope::kSelf}) {
      app::ProgressInput in{"in_progress", 10, "", {{"anh.png", kSamplePng}}};
      auto r = app::report_progress(s, sys, 1, targets_[scope], in, UnitWorkSite::meta());
      ASSERT_TRUE(r.ok()) << r.error().message;
      evidence_[scope] = w_->count("SELECT MAX(id) FROM evidence");
    }
    auto draft = app::copy_campaign(s, site.actor("thuongtruc"), 1, UnitWorkSite::meta());
    ASSERT_TRUE(draft.ok()) << draft.error().message;
    draft_ = *draft;
  }

  int64_t unit_for(Scope s) const { return s == Scope::kOther ? other_unit_ : own_unit_; }
  int64_t of(const std::map<Scope, int64_t>& m, Scope s) const {
    auto it = m.find(s == Scope::kDraft ? Scope::kOwn : s);
    return it == m.end() ? 0 : it->second;
  }

  std::string target_of(const Row& row) const {
    std::string t = row.target;
    replace_all(t, "{c}", std::to_string(row.scope == Scope::kDraft ? draft_ : 1));
    replace_all(t, "{plan}", std::to_string(of(plans_, row.scope)));
    replace_all(t, "{target}", std::to_string(of(targets_, row.scope)));
    replace_all(t, "{ev}", std::to_string(of(evidence_, row.scope)));
    replace_all(t, "{diff}", std::to_string(of(diffs_, row.scope)));
    return t;
  }

  Fields form_of(const Row& row) const {
    const std::string unit = std::to_string(unit_for(row.scope));
    switch (row.body) {
      case Body::kPlanForm: return {{"unit_id", unit}, {"body", "Kế hoạch của đơn vị"}};
      case Body::kProgressForm: return {{"status", "in_progress"}, {"percent", "50"}, {"note", "Đang làm"}};
      case Body::kDifficultyForm: return {{"unit_id", unit}, {"title", "Khó khăn về kinh phí"}};
      case Body::kAnswerForm: return {{"answer", "Đề nghị đơn vị chủ động cân đối."}};
      default: return {};
    }
  }

  json::object json_of(const Row& row) const {
    switch (row.body) {
      case Body::kPlanJson: return {{"unit_id", unit_for(row.scope)}, {"body", "Kế hoạch qua API"}};
      case Body::kProgressJson: return {{"status", "in_progress"}, {"percent", 70}};
      case Body::kDifficultyJson: return {{"unit_id", unit_for(row.scope)}, {"title", "Qua API"}};
      case Body::kAnswerJson: return {{"answer", "Trả lời qua API."}};
      default: return {};
    }
  }

  HttpResult send(const Row& row, UserSession* session) {
    const std::string target = target_of(row);
    const std::string method = row.method;
    const bool is_json = row.body >= Body::kPlanJson;
    if (!session) {
      auto client = w_->site->client();
      if (method == "GET") return client->get(target);
      if (is_json) {
        return client->request(method, target, json::serialize(json_of(row)), {{"Content-Type", "application/json"}});
      }
      return client->post_form(target, form_of(row));
    }
    if (method == "GET") return (*session)->get(target);
    if (is_json) return session->send_json(method, target, json_of(row));
    if (row.body == Body::kPlanForm) {
      return session->post_multipart(target, form_of(row), {{"file", "ke-hoach.pdf", "application/pdf", kSamplePdf}});
    }
    return session->post_form(target, form_of(row));
  }

  std::unique_ptr<UnitWorkSite> w_;
  int64_t own_unit_ = 0, other_unit_ = 0, draft_ = 0;
  std::map<Scope, int64_t> plans_, targets_, evidence_, diffs_;
};

TEST_F(UnitWorkMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, w_->site->session(name));
  for (const Row& row : kMatrix) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    for (size_t c : refusals_first(expect)) {
      const std::string username = kColumns[c];
      UserSession* session = c == 0 ? nullptr : &sessions.at(username);
      const bool write = std::string(row.method) != "GET";
      const std::string before = write && is_refusal(expect[c]) ? w_->site->fingerprint() : std::string();
      HttpResult r = send(row, session);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << target_of(row) << " (scope "
                                         << static_cast<int>(row.scope) << ") as " << username << ": expected "
                                         << expect[c] << ", got " << r.status << " " << r.header("location")
                                         << "\n" << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = w_->site->fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << target_of(row) << " as " << username
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}

// Downloads answer with the stored type and the headers that keep a browser
// from running or sniffing them, whoever may fetch them.
TEST_F(UnitWorkMatrixTest, DownloadsCarryProtectiveHeaders) {
  auto leader = w_->site->session("lanhdao");
  for (const std::string& href : {"/dot-thi-dua/1/ke-hoach-don-vi/" + std::to_string(plans_[Scope::kOther]) + "/tep",
                                 "/dot-thi-dua/1/minh-chung/" + std::to_string(evidence_[Scope::kOther])}) {
    auto r = leader->get(href);
    ASSERT_EQ(r.status, 200u) << href;
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << href;
    EXPECT_EQ(r.header("content-security-policy"), "sandbox") << href;
    EXPECT_EQ(r.header("content-disposition").rfind("attachment; ", 0), 0u) << href;
    EXPECT_NE(r.header("content-disposition").find("filename*=UTF-8''"), std::string::npos) << href;
    EXPECT_TRUE(r.header("content-type") == "application/pdf" || r.header("content-type") == "image/png") << href;
  }
}

}  // namespace
}  // namespace thidua::test
