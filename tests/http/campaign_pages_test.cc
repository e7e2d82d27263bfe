// Campaign pages, public pages and the campaign API over real HTTP on the
// engine under test: the role × route table for every campaign route (with
// refused writes leaving the data untouched), the plan shown and downloaded
// as issued, publishing through the pages with the register number, editing
// a draft through the form and the API, and the API's validation errors.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <functional>

#include "app/access.h"
#include "app/campaigns.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "store/campaigns.h"
#include "support/form_fields.h"
#include "support/test_server.h"
#include "support/pdf_text.h"

namespace thidua::test {
namespace {
namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua"},
    {"GET", "/dot-thi-dua/{id}"},
    {"POST", "/dot-thi-dua/{id}/chuyen-buoc"},
    {"POST", "/dot-thi-dua/{id}/sao-chep"},
    {"GET", "/dot-thi-dua/{id}/ke-hoach.pdf"},
    {"GET", "/dot-thi-dua/{id}/ke-hoach.docx"},
    {"GET", "/dot-thi-dua/moi"},
    {"POST", "/dot-thi-dua/moi"},
    {"GET", "/dot-thi-dua/{id}/sua"},
    {"POST", "/dot-thi-dua/{id}/sua"},
    {"GET", "/cong-khai"},
    {"GET", "/cong-khai/"},
    {"GET", "/cong-khai/ke-hoach/{id}"},
    {"GET", "/cong-khai/ke-hoach/{id}/ke-hoach.pdf"},
    {"GET", "/cong-khai/ke-hoach/{id}/ke-hoach.docx"},
    {"GET", "/api/v1/campaigns"},
    {"POST", "/api/v1/campaigns"},
    {"GET", "/api/v1/campaigns/{id}"},
    {"PUT", "/api/v1/campaigns/{id}"},
    {"POST", "/api/v1/campaigns/{id}/transitions"},
    {"POST", "/api/v1/campaigns/{id}/copy"},
    {"GET", "/api/v1/campaigns/{id}/plan.pdf"},
    {"GET", "/api/v1/campaigns/{id}/plan.docx"},
});

constexpr int64_t kSeed = 1;  // the demo's running seed campaign

app::RequestMeta meta() { return {"127.0.0.1", "campaign-pages", "tests"}; }

class CampaignPagesTest : public ::testing::Test {
 public:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  app::Services& s() { return site_->services(); }

  int64_t version_of(int64_t id) {
    auto view = app::get_campaign(s(), app::system_actor(), id);
    EXPECT_TRUE(view.ok());
    return view.ok() ? view->summary.version : 0;
  }
  core::Campaign plan_of(int64_t id) {
    auto view = app::get_campaign(s(), app::system_actor(), id);
    EXPECT_TRUE(view.ok());
    return view.ok() ? view->campaign : core::Campaign{};
  }
  // A new draft copied from the seed (as the secretariat would).
  int64_t fresh_draft() {
    auto id = app::copy_campaign(s(), site_->actor("thuongtruc"), kSeed, meta());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  // A new campaign in `state` with the seed's plan (stored as is).
  int64_t fresh_in(core::CampaignState state) {
    core::Campaign plan = plan_of(kSeed);
    plan.state = state;
    auto conn = site_->db().acquire();
    auto id = store::in_transaction<int64_t>(
        *conn, [&] { return app::store_campaign_as_is(*conn, s(), plan, meta()); });
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }
  std::string state_of(int64_t id) {
    return std::string(core::campaign_state_code(plan_of(id).state));
  }

  std::unique_ptr<TestSite> site_;
};

// Outcomes as in matrix_outcomes.h.
constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

enum class Body { kNone, kMoveForm, kPlanForm, kPlanJson, kPutJson, kMoveJson };

struct Row {
  const char* method;
  const char* pattern;
  const char* path;  // "{id}" is replaced by the target campaign
  std::function<int64_t(CampaignPagesTest&)> target;
  Body body;
  std::array<const char*, 8> expect;
};

TEST_F(CampaignPagesTest, EveryRoleGetsWhatTheTableSays) {
  using S = core::CampaignState;
  auto seed = [](CampaignPagesTest&) { return kSeed; };
  auto draft = [](CampaignPagesTest& t) { return t.fresh_draft(); };
  auto approved = [](CampaignPagesTest& t) { return t.fresh_in(S::kApproved); };
  auto running = [](CampaignPagesTest& t) { return t.fresh_in(S::kRunning); };
  auto none = [](CampaignPagesTest&) { return int64_t{0}; };
  // clang-format off
  const std::vector<Row> rows = {
    //                                                                            anon   admin  lanhdao thuongtruc hoidong thutruong canbo nhanvien
    {"GET", "/dot-thi-dua", "/dot-thi-dua", none, Body::kNone,                    {"L",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/dot-thi-dua/{id}", "/dot-thi-dua/{id}", seed, Body::kNone,          {"L",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/dot-thi-dua/{id}", "/dot-thi-dua/{id}", draft, Body::kNone,         {"L",  "404", "O",    "O",       "404",  "404",    "404","404"}},
    {"GET", "/dot-thi-dua/{id}/ke-hoach.pdf", "/dot-thi-dua/{id}/ke-hoach.pdf", seed, Body::kNone,
                                                                                  {"L",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/dot-thi-dua/{id}/ke-hoach.docx", "/dot-thi-dua/{id}/ke-hoach.docx", draft, Body::kNone,
                                                                                  {"L",  "404", "O",    "O",       "404",  "404",    "404","404"}},
    // Approving is the leader's; the secretariat sees the draft but may not.
    {"POST", "/dot-thi-dua/{id}/chuyen-buoc", "/dot-thi-dua/{id}/chuyen-buoc", draft, Body::kMoveForm,
                                                                                  {"L",  "404", "R",    "403",     "404",  "404",    "404","404"}},
    // Publishing, and closing a running campaign: the leader or the secretariat.
    {"POST", "/dot-thi-dua/{id}/chuyen-buoc", "/dot-thi-dua/{id}/chuyen-buoc", approved, Body::kMoveForm,
                                                                                  {"L",  "404", "R",    "R",       "404",  "404",    "404","404"}},
    {"POST", "/dot-thi-dua/{id}/chuyen-buoc", "/dot-thi-dua/{id}/chuyen-buoc", running, Body::kMoveForm,
                                                                                  {"L",  "403", "R",    "R",       "403",  "403",    "403","403"}},
    {"POST", "/dot-thi-dua/{id}/sao-chep", "/dot-thi-dua/{id}/sao-chep", seed, Body::kNone,
                                                                                  {"L",  "403", "R",    "R",       "403",  "403",    "403","403"}},
    {"GET", "/dot-thi-dua/moi", "/dot-thi-dua/moi", none, Body::kNone,            {"L",  "403", "O",    "O",       "403",  "403",    "403","403"}},
    {"POST", "/dot-thi-dua/moi", "/dot-thi-dua/moi", none, Body::kPlanForm,       {"L",  "403", "R",    "R",       "403",  "403",    "403","403"}},
    {"GET", "/dot-thi-dua/{id}/sua", "/dot-thi-dua/{id}/sua", draft, Body::kNone, {"L",  "404", "O",    "O",       "404",  "404",    "404","404"}},
    {"GET", "/dot-thi-dua/{id}/sua", "/dot-thi-dua/{id}/sua", seed, Body::kNone,  {"L",  "403", "403",  "403",     "403",  "403",    "403","403"}},
    {"POST", "/dot-thi-dua/{id}/sua", "/dot-thi-dua/{id}/sua", draft, Body::kPlanForm,
                                                                                  {"L",  "404", "R",    "R",       "404",  "404",    "404","404"}},
    {"GET", "/cong-khai", "/cong-khai", none, Body::kNone,                        {"R",  "R",   "R",    "R",       "R",    "R",      "R",  "R"}},
    {"GET", "/cong-khai/", "/cong-khai/", none, Body::kNone,                      {"O",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/cong-khai/ke-hoach/{id}", "/cong-khai/ke-hoach/{id}", seed, Body::kNone,
                                                                                  {"O",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/cong-khai/ke-hoach/{id}", "/cong-khai/ke-hoach/{id}", approved, Body::kNone,
                                                                                  {"404","404", "404",  "404",     "404",  "404",    "404","404"}},
    {"GET", "/cong-khai/ke-hoach/{id}/ke-hoach.pdf", "/cong-khai/ke-hoach/{id}/ke-hoach.pdf", seed, Body::kNone,
                                                                                  {"O",  "O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/cong-khai/ke-hoach/{id}/ke-hoach.docx", "/cong-khai/ke-hoach/{id}/ke-hoach.docx", draft, Body::kNone,
                                                                                  {"404","404", "404",  "404",     "404",  "404",    "404","404"}},
    {"GET", "/api/v1/campaigns", "/api/v1/campaigns", none, Body::kNone,          {"401","O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"POST", "/api/v1/campaigns", "/api/v1/campaigns", none, Body::kPlanJson,     {"401","403", "O",    "O",       "403",  "403",    "403","403"}},
    {"GET", "/api/v1/campaigns/{id}", "/api/v1/campaigns/{id}", draft, Body::kNone,
                                                                                  {"401","404", "O",    "O",       "404",  "404",    "404","404"}},
    {"PUT", "/api/v1/campaigns/{id}", "/api/v1/campaigns/{id}", draft, Body::kPutJson,
                                                                                  {"401","404", "O",    "O",       "404",  "404",    "404","404"}},
    {"PUT", "/api/v1/campaigns/{id}", "/api/v1/campaigns/{id}", seed, Body::kPutJson,
                                                                                  {"401","403", "409",  "409",     "403",  "403",    "403","403"}},
    {"POST", "/api/v1/campaigns/{id}/transitions", "/api/v1/campaigns/{id}/transitions", draft, Body::kMoveJson,
                                                                                  {"401","404", "O",    "403",     "404",  "404",    "404","404"}},
    {"POST", "/api/v1/campaigns/{id}/copy", "/api/v1/campaigns/{id}/copy", seed, Body::kNone,
                                                                                  {"401","403", "O",    "O",       "403",  "403",    "403","403"}},
    {"GET", "/api/v1/campaigns/{id}/plan.pdf", "/api/v1/campaigns/{id}/plan.pdf", seed, Body::kNone,
                                                                                  {"401","O",   "O",    "O",       "O",    "O",      "O",  "O"}},
    {"GET", "/api/v1/campaigns/{id}/plan.docx", "/api/v1/campaigns/{id}/plan.docx", draft, Body::kNone,
                                                                                  {"401","404", "O",    "O",       "404",  "404",    "404","404"}},
  };
  // clang-format on
  std::map<std::string, UserSession> sessions;
  for (const char* user : kDemoAccounts) sessions.emplace(user, site_->session(user));

  for (const auto& row : rows) {
    for (size_t col = 0; col < kColumns.size(); ++col) {
      const std::string who = kColumns[col];
      const int64_t id = row.target(*this);
      std::string path = row.path;
      if (auto at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, std::to_string(id));
      const int64_t version = id ? version_of(id) : 0;
      const std::string next =
          id ? std::string(core::campaign_state_code(*core::next_campaign_state(plan_of(id).state))) : "";
      core::Campaign plan = id ? plan_of(id) : plan_of(kSeed);
      const std::string before = site_->fingerprint();

      Fields plan_form{{"issuing_unit_id", std::to_string(site_->unit_id("STNMT"))},
                       {"title", "Kế hoạch thi đua kiểm thử"},
                       {"document_type", "KẾ HOẠCH"},
                       {"doc_symbol", "KH-STNMT"},
                       {"period_end", "2027-06-30"},
                       {"version", std::to_string(version)}};
      json::object plan_json{{"issuing_unit_id", site_->unit_id("STNMT")},
                             {"title", "Kế hoạch thi đua qua API"},
                             {"doc_symbol", "KH-STNMT"},
                             {"period", json::object{{"end_date", "2027-06-30"}}}};
      json::object put_json{{"version", version}, {"title", "Tên mới của dự thảo"}};
      json::object move_json{{"to", next}, {"version", version}};

      HttpResult res;
      std::unique_ptr<TestClient> anon = site_->client();
      UserSession* u = who == "anonymous" ? nullptr : &sessions.at(who);
      const std::string m = row.method;
      auto json_body = [&]() -> json::object {
        switch (row.body) {
          case Body::kPlanJson: return plan_json;
          case Body::kPutJson: return put_json;
          case Body::kMoveJson: return move_json;
          default: return json::object{};
        }
      };
      if (m == "GET") {
        res = u ? (*u)->get(path) : anon->get(path);
      } else if (path.rfind("/api/", 0) == 0) {
        res = u ? u->send_json(m, path, json_body()) : anon->request(m, path, json::serialize(json_body()),
                                                                     {{"Content-Type", "application/json"}});
      } else {
        Fields fields;
        if (row.body == Body::kMoveForm) fields = {{"to", next}, {"version", std::to_string(version)}};
        if (row.body == Body::kPlanForm) fields = plan_form;
        res = u ? u->post_form(path, fields) : anon->post_form(path, fields);
      }
      EXPECT_TRUE(outcome_matches(row.expect[col], res)) << "expected " << row.expect[col] << ": " << m << " " << row.pattern << " as " << who << " (target " << id
                                               << "): " << res.status << " " << res.body.substr(0, 300);
      if (res.status >= 300 && m != "GET") {
        // A refused write (or a redirect to log in) changes nothing.
        if (is_refusal(row.expect[col]) || row.expect[col] == std::string("L")) {
          EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)") << m << " " << row.pattern << " " << who;
        }
      }
    }
  }
}

TEST_F(CampaignPagesTest, PlanPageShowsThePlanAsIssuedAndOffersTheDocuments) {
  auto nv = site_->session("nhanvien");
  auto page = nv->get("/dot-thi-dua/1");
  ASSERT_EQ(page.status, 200u);
  for (const char* text : {"SỞ TÀI NGUYÊN", "Số:", "/KH-STNMT", "Đang diễn ra", "Giám đốc Sở tặng giấy khen",
                           "Nơi nhận:", "Bùi Quang Huy", "Lịch sử"}) {
    EXPECT_NE(page.body.find(text), std::string::npos) << text;
  }
  EXPECT_EQ(page.body.find("chuyen-buoc"), std::string::npos) << "staff may not move the campaign";
  EXPECT_EQ(page.body.find("sao-chep"), std::string::npos) << "staff may not copy plans";

  auto pdf = nv->get("/dot-thi-dua/1/ke-hoach.pdf");
  ASSERT_EQ(pdf.status, 200u);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  auto docx = nv->get("/dot-thi-dua/1/ke-hoach.docx");
  ASSERT_EQ(docx.status, 200u);
  EXPECT_EQ(docx.body.rfind("PK", 0), 0u) << "a DOCX is a ZIP package";

  auto list = nv->get("/dot-thi-dua");
  EXPECT_NE(list.body.find("href=\"/dot-thi-dua/1\""), std::string::npos);
}

TEST_F(CampaignPagesTest, PublicPagesServeThePublishedPlanWithoutLoginAndItsPdfReadsBack) {
  auto anon = site_->client();
  auto list = anon->get("/cong-khai/");
  ASSERT_EQ(list.status, 200u);
  EXPECT_NE(list.body.find("/cong-khai/ke-hoach/1"), std::string::npos);
  auto draft = fresh_draft();
  EXPECT_EQ(list.body.find("/cong-khai/ke-hoach/" + std::to_string(draft)), std::string::npos);
  EXPECT_EQ(anon->get("/cong-khai/").body.find("/cong-khai/ke-hoach/" + std::to_string(draft) + "\""),
            std::string::npos)
      << "drafts are never public";

  auto page = anon->get("/cong-khai/ke-hoach/1");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Độc lập - Tự do - Hạnh phúc"), std::string::npos);
  EXPECT_EQ(page.body.find("Đăng xuất"), std::string::npos);

  auto pdf = anon->get("/cong-khai/ke-hoach/1/ke-hoach.pdf");
  ASSERT_EQ(pdf.status, 200u);
  const std::string text = pdf_text(pdf.body);
  for (const char* want : {"UBND TỈNH BẮC GIANG", "KẾ HOẠCH", "/KH-STNMT", "Nơi nhận:", "Bùi Quang Huy"}) {
    EXPECT_NE(text.find(want), std::string::npos) << want;
  }
}

TEST_F(CampaignPagesTest, ApprovingAndPublishingThroughThePagesTakesTheNextRegisterNumber) {
  const int64_t id = fresh_draft();
  auto leader = site_->session("lanhdao");
  auto secretariat = site_->session("thuongtruc");
  auto page = leader->get("/dot-thi-dua/" + std::to_string(id));
  EXPECT_NE(page.body.find("Duyệt kế hoạch"), std::string::npos);
  auto approve = leader.post_form("/dot-thi-dua/" + std::to_string(id) + "/chuyen-buoc",
                                  {{"to", "approved"}, {"version", std::to_string(version_of(id))}});
  ASSERT_EQ(approve.status, 303u) << approve.body;
  EXPECT_EQ(state_of(id), "approved");

  // A stale version is refused with the form's message, and nothing moves.
  auto stale = secretariat.post_form("/dot-thi-dua/" + std::to_string(id) + "/chuyen-buoc",
                                     {{"to", "published"}, {"version", "1"}});
  EXPECT_EQ(stale.status, 409u);
  EXPECT_EQ(state_of(id), "approved");

  auto publish = secretariat.post_form("/dot-thi-dua/" + std::to_string(id) + "/chuyen-buoc",
                                       {{"to", "published"}, {"version", std::to_string(version_of(id))}});
  ASSERT_EQ(publish.status, 303u) << publish.body;
  core::Campaign c = plan_of(id);
  ASSERT_TRUE(c.number.has_value());
  EXPECT_GE(*c.number, 1);
  ASSERT_TRUE(c.issue_date.has_value());
  auto shown = site_->client()->get("/cong-khai/ke-hoach/" + std::to_string(id));
  ASSERT_EQ(shown.status, 200u) << "a published plan is public";
  EXPECT_NE(shown.body.find(core::number_line(c)), std::string::npos) << core::number_line(c);

  // The next plan issued takes the next number.
  const int64_t second = fresh_in(core::CampaignState::kApproved);
  auto publish2 = leader.post_form("/dot-thi-dua/" + std::to_string(second) + "/chuyen-buoc",
                                   {{"to", "published"}, {"version", std::to_string(version_of(second))}});
  ASSERT_EQ(publish2.status, 303u) << publish2.body;
  EXPECT_EQ(plan_of(second).number, *c.number + 1);
}

TEST_F(CampaignPagesTest, TheEditFormRoundTripsThePlanAndReportsErrorsInVietnamese) {
  const int64_t id = fresh_draft();
  auto secretariat = site_->session("thuongtruc");
  const core::Campaign before = plan_of(id);
  auto form = secretariat->get("/dot-thi-dua/" + std::to_string(id) + "/sua");
  ASSERT_EQ(form.status, 200u);

  // Post back every field the form shows, as a browser would, from the page itself.
  Fields fields = form_fields(form.body, "/dot-thi-dua/" + std::to_string(id) + "/sua");
  ASSERT_FALSE(fields.empty());
  auto saved = secretariat.post_form("/dot-thi-dua/" + std::to_string(id) + "/sua", fields);
  ASSERT_EQ(saved.status, 303u) << saved.body.substr(0, 2000);
  const core::Campaign after = plan_of(id);
  EXPECT_EQ(core::campaign_body_lines(after), core::campaign_body_lines(before)) << "the form loses nothing";
  EXPECT_EQ(after.recipients, before.recipients);
  EXPECT_EQ(after.award_types.size(), before.award_types.size());
  for (size_t i = 0; i < std::min(after.award_types.size(), before.award_types.size()); ++i) {
    EXPECT_EQ(after.award_types[i].ballot.threshold.numerator, before.award_types[i].ballot.threshold.numerator);
    EXPECT_EQ(after.award_types[i].ballot.quorum.denominator, before.award_types[i].ballot.quorum.denominator);
    EXPECT_EQ(after.award_types[i].legal_citation, before.award_types[i].legal_citation);
  }
  ASSERT_EQ(after.criteria.size(), before.criteria.size());
  for (size_t i = 0; i < after.criteria.size(); ++i) EXPECT_EQ(after.criteria[i].checks, before.criteria[i].checks);
  EXPECT_EQ(after.participants.target_unit_ids, before.participants.target_unit_ids);
  EXPECT_EQ(after.participants.target_unit_kinds, before.participants.target_unit_kinds);
  EXPECT_EQ(after.signer.name, before.signer.name);

  // A bad date comes back as the form with a Vietnamese message, nothing saved.
  for (auto& [k, v] : fields) {
    if (k == "period_end") v = "30/9/2023";
    if (k == "version") v = std::to_string(version_of(id));
  }
  const std::string fp = site_->fingerprint();
  auto bad = secretariat.post_form("/dot-thi-dua/" + std::to_string(id) + "/sua", fields);
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Ngày kết thúc đợt thi đua không hợp lệ"), std::string::npos);
  EXPECT_EQ(first_difference(fp, site_->fingerprint()), "(none)");
}

TEST_F(CampaignPagesTest, ApiReadsWritesAndRejectsBadPlansWithStableCodes) {
  auto leader = site_->session("lanhdao");
  auto seed = leader->get("/api/v1/campaigns/1");
  ASSERT_EQ(seed.status, 200u);
  json::object o = json::parse(seed.body).as_object();
  EXPECT_EQ(o.at("state").as_string(), "running");
  EXPECT_EQ(o.at("next_state").as_string(), "closed");
  EXPECT_GE(o.at("award_types").as_array().size(), 1u);
  // The seed's contents skip item 4, as issued.
  std::vector<std::string> labels;
  for (const auto& c : o.at("contents").as_array()) labels.emplace_back(c.at("label").as_string());
  EXPECT_EQ(std::find(labels.begin(), labels.end(), "4."), labels.end());

  // Create from the seed's own JSON: the plan round-trips through the API.
  json::object copy = o;
  copy["title"] = "Bản sao qua API";
  auto created = leader.send_json("POST", "/api/v1/campaigns", copy);
  ASSERT_EQ(created.status, 201u) << created.body;
  json::object c = json::parse(created.body).as_object();
  EXPECT_EQ(c.at("state").as_string(), "draft");
  EXPECT_TRUE(c.at("number").is_null());
  const int64_t id = c.at("id").as_int64();
  core::Campaign stored = plan_of(id);
  core::Campaign original = plan_of(kSeed);
  EXPECT_EQ(stored.contents.size(), original.contents.size());
  EXPECT_EQ(stored.criteria.size(), original.criteria.size());
  EXPECT_EQ(stored.assignments.size(), original.assignments.size());

  struct Bad {
    json::object body;
    unsigned status;
    const char* code;
    const char* field;
  };
  const std::vector<Bad> bad = {
      {{{"version", c.at("version")}, {"kind", "yearly"}}, 422, "validation_failed", "kind"},
      {{{"version", c.at("version")}, {"award_types", json::array{json::object{{"code", "X"}, {"level", 3}}}}},
       422, "validation_failed", "award_types[0].level"},
      {{{"version", c.at("version")}, {"criteria", json::array{json::object{{"checks", json::array{"magic"}}}}}},
       422, "validation_failed", "criteria[0].checks[0]"},
      {{{"version", c.at("version")}, {"period", json::object{{"end_date", "mai"}}}}, 422, "validation_failed", "period_end"},
      {{{"title", "thiếu phiên bản"}}, 422, "validation_failed", "version"},
      {{{"version", 99}, {"title", "phiên bản cũ"}}, 409, "conflict", ""},
  };
  for (const auto& b : bad) {
    const std::string fp = site_->fingerprint();
    auto res = leader.send_json("PUT", "/api/v1/campaigns/" + std::to_string(id), b.body);
    EXPECT_EQ(res.status, b.status) << json::serialize(b.body) << " → " << res.body;
    auto err = json::parse(res.body).as_object().at("error").as_object();
    EXPECT_EQ(err.at("code").as_string(), b.code) << res.body;
    if (*b.field) {
      EXPECT_EQ(err.at("field").as_string(), b.field) << res.body;
    }
    EXPECT_EQ(first_difference(fp, site_->fingerprint()), "(none)");
  }

  auto moved = leader.send_json("POST", "/api/v1/campaigns/" + std::to_string(id) + "/transitions",
                                json::object{{"to", "published"}, {"version", version_of(id)}});
  EXPECT_EQ(moved.status, 409u) << "a draft is approved before it is published: " << moved.body;
  auto approve = leader.send_json("POST", "/api/v1/campaigns/" + std::to_string(id) + "/transitions",
                                  json::object{{"to", "approved"}, {"version", version_of(id)}});
  ASSERT_EQ(approve.status, 200u) << approve.body;
  EXPECT_EQ(json::parse(approve.body).at("state").as_string(), "approved");
}

}  // namespace
}  // namespace thidua::test
