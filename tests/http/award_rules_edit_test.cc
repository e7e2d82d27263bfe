// The administrator edits the eligibility rules (issue 11, rules engine):
// a set added from a date judges the years from then while the years before
// keep their own rules; every change is checked whole and named when bad,
// refused when the set changed meanwhile, refused to others, and recorded in
// the audit trail with the set before and after; a shipped set withdrawn and
// restored. Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/clock.h"
#include "core/fact_year.h"
#include "import_api_fixture.h"
#include "route_coverage.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/quy-tac-xet"},
    {"GET", "/quy-tac-xet/bo"},
    {"POST", "/quy-tac-xet/bo"},
    {"POST", "/quy-tac-xet/bo-di"},
    {"POST", "/quy-tac-xet/khoi-phuc"},
    {"GET", "/api/v1/award-rules"},
    {"POST", "/api/v1/award-rules"},
    {"POST", "/api/v1/award-rules/withdraw"},
    {"POST", "/api/v1/award-rules/discard"},
});

// Lao động tiên tiến asking "hoàn thành xuất sắc" from 2025.
constexpr const char* kStricter =
    R"({"code":"LDTT","name":"Lao động tiên tiến","subject":"individual","effective_from":"2025-01-01","rules":[)"
    R"({"kind":"rating_at_least","rating":"excellent","years":1,"citation":"Quy định mới của tỉnh","to_confirm":false}]})";

class AwardRulesEditTest : public ImportApiFixture {
 protected:
  AwardRulesEditTest() : ImportApiFixture("", {}, "award-rules") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    admin_ = token_of("admin");
    office_ = token_of("thuongtruc");
    binh_ = add_person("Lê Văn Bình", "1990-03-12", "PTNMT-LN");
    auto conn = site_->db().acquire();
    for (int year : {2024, 2025}) {
      core::Evaluation e;
      e.person_id = binh_;
      e.year = year;
      e.rating = core::EvaluationRating::kGood;
      e.created_at = "2026-01-01T00:00:00.000Z";
      ASSERT_TRUE(store::insert_evaluation(*conn, e).ok());
      for (auto kind : core::kFactKinds) {
        ASSERT_TRUE(store::declare_fact_year(*conn, site_->unit_id("STNMT"), kind, year, 0, "t").ok());
      }
    }
  }

  HttpResult post_json(const std::string& token, const std::string& target, const std::string& body) {
    return site_->client()->request(
        "POST", target, body,
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}, {"Accept", "application/json"}});
  }
  HttpResult save(const std::string& token, const std::string& set, int64_t version) {
    return post_json(token, "/api/v1/award-rules", R"({"set":)" + set + R"(,"version":)" + std::to_string(version) + "}");
  }
  // Lê Văn Bình's verdict for an award of a year.
  std::string verdict(const std::string& code, int year) {
    auto r = site_->client()->get("/api/v1/people/" + std::to_string(binh_) + "/eligibility?year=" +
                                      std::to_string(year),
                                  bearer(office_));
    EXPECT_EQ(r.status, 200u) << r.body;
    const auto o = parsed(r);
    if (!o.contains("awards")) return "error";
    for (const auto& a : o.at("awards").as_array()) {
      if (a.at("code").as_string() == code.c_str()) return std::string(a.at("verdict").as_string());
    }
    return "absent";
  }
  // The citation of the first rule an award is judged by for a year.
  std::string citation(const std::string& code, int year) {
    auto r = site_->client()->get("/api/v1/people/" + std::to_string(binh_) + "/eligibility?year=" +
                                      std::to_string(year),
                                  bearer(office_));
    const auto o = parsed(r);
    if (!o.contains("awards")) return "error";
    for (const auto& a : o.at("awards").as_array()) {
      if (a.at("code").as_string() == code.c_str()) return std::string(a.at("rules").as_array().at(0).at("citation").as_string());
    }
    return "absent";
  }
  std::string error_field(const HttpResult& r) {
    const auto o = parsed(r);
    const auto* e = o.if_contains("error");
    return e && e->is_object() && e->as_object().at("field").is_string()
               ? std::string(e->as_object().at("field").as_string())
               : "";
  }

  std::string admin_, office_;
  int64_t binh_ = 0;
};

TEST_F(AwardRulesEditTest, ASetAddedFromADateJudgesFromThenAndTheYearsBeforeKeepTheirRules) {
  EXPECT_EQ(verdict("LDTT", 2024), "met");
  EXPECT_EQ(verdict("LDTT", 2025), "met");
  auto added = save(admin_, kStricter, 0);
  ASSERT_EQ(added.status, 200u) << added.body;
  EXPECT_EQ(parsed(added).at("origin").as_string(), "added");
  EXPECT_EQ(parsed(added).at("version").as_int64(), 1);
  EXPECT_EQ(verdict("LDTT", 2025), "not_met") << "2025 is judged by the rules from 2025";
  EXPECT_EQ(verdict("LDTT", 2024), "met") << "2024 keeps the rules in force in 2024";
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'award_rules.save' AND before_json IS NULL AND "
                  "after_json LIKE '%excellent%'"),
            1);

  // Edited again at its version: the audit keeps the set before; a stale version is refused.
  std::string looser = kStricter;
  looser.replace(looser.find("excellent"), 9, "completed");
  auto edited = save(admin_, looser, 1);
  ASSERT_EQ(edited.status, 200u) << edited.body;
  EXPECT_EQ(verdict("LDTT", 2025), "met");
  auto stale = save(admin_, kStricter, 1);
  EXPECT_EQ(stale.status, 409u) << stale.body;
  EXPECT_EQ(error_field(stale), "version");
  EXPECT_EQ(verdict("LDTT", 2025), "met") << "the refused edit changed nothing";
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'award_rules.save' AND before_json LIKE "
                  "'%excellent%' AND after_json LIKE '%completed%'"),
            1);

  // Discarded, the added set is gone: 2025 is judged by the 2024 set again.
  auto gone = post_json(admin_, "/api/v1/award-rules/discard",
                        R"({"code":"LDTT","effective_from":"2025-01-01","version":2})");
  ASSERT_EQ(gone.status, 200u) << gone.body;
  EXPECT_EQ(verdict("LDTT", 2025), "met");
  auto list = site_->client()->get("/api/v1/award-rules", bearer(office_));
  ASSERT_EQ(list.status, 200u);
  const auto listed = parsed(list);
  for (const auto& item : listed.at("items").as_array()) {
    EXPECT_EQ(item.at("origin").as_string(), "shipped") << json::serialize(item);
  }
  EXPECT_FALSE(listed.at("may_edit").as_bool());
}

TEST_F(AwardRulesEditTest, BadSetsAreNamedAndOthersAreRefusedWithNothingChanged) {
  auto by_office = save(office_, kStricter, 0);
  EXPECT_EQ(by_office.status, 403u);
  std::string bad = kStricter;
  bad.replace(bad.find("excellent"), 9, "great");
  auto named = save(admin_, bad, 0);
  EXPECT_EQ(named.status, 422u);
  EXPECT_EQ(error_field(named), "set");
  EXPECT_NE(named.body.find("rules[0].rating"), std::string::npos) << named.body;
  std::string collective = kStricter;
  collective.replace(collective.find("individual"), 10, "collective");
  auto subject = save(admin_, collective, 0);
  EXPECT_EQ(subject.status, 422u) << subject.body;
  EXPECT_EQ(error_field(subject), "subject") << "LDTT judges persons in its other sets";
  // A quota counted on a title that has no rules, or of the other subject: refused, naming it.
  std::string quota = kStricter;
  quota.insert(quota.rfind('}'), R"(,"quota":{"of":"LDTT-KHONG-CO","share":15,"citation":"x","to_confirm":true})");
  auto unknown_of = save(admin_, quota, 0);
  EXPECT_EQ(unknown_of.status, 422u) << unknown_of.body;
  EXPECT_NE(unknown_of.body.find("LDTT-KHONG-CO"), std::string::npos) << unknown_of.body;
  std::string other_subject = kStricter;
  other_subject.insert(other_subject.rfind('}'), R"(,"quota":{"of":"TTLDTT","share":15,"citation":"x","to_confirm":true})");
  other_subject.replace(other_subject.find("\"LDTT\""), 6, "\"CSX\"");
  EXPECT_EQ(save(admin_, other_subject, 0).status, 422u) << "TTLDTT judges collectives";
  EXPECT_EQ(post_json(admin_, "/api/v1/award-rules", R"({"set":"LDTT","version":0})").status, 400u);
  EXPECT_EQ(post_json(admin_, "/api/v1/award-rules", R"({"set":{},"version":0,"x":1})").status, 400u);
  EXPECT_EQ(post_json(admin_, "/api/v1/award-rules/withdraw",
                      R"({"code":"LDTT","effective_from":"2030-01-01","version":0})")
                .status,
            404u)
      << "only a shipped set is withdrawn";
  EXPECT_EQ(count("SELECT count(*) FROM award_rule_sets"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action LIKE 'award_rules.%'"), 0);
}

TEST_F(AwardRulesEditTest, AShippedSetWithdrawnIsNotJudgedUntilRestored) {
  auto out = post_json(admin_, "/api/v1/award-rules/withdraw",
                       R"({"code":"BK-TINH","effective_from":"2024-01-01","version":0})");
  ASSERT_EQ(out.status, 200u) << out.body;
  EXPECT_NE(citation("BK-TINH", 2025).find("91/2017"), std::string::npos)
      << "without the 2024 set, the set in force before it judges 2025";
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'award_rules.withdraw' AND after_json IS NULL"), 1);
  auto back = post_json(admin_, "/api/v1/award-rules/discard",
                        R"({"code":"BK-TINH","effective_from":"2024-01-01","version":1})");
  ASSERT_EQ(back.status, 200u) << back.body;
  EXPECT_NE(citation("BK-TINH", 2025).find("98/2023"), std::string::npos);
}

TEST_F(AwardRulesEditTest, ThePagesListShowAndEditASet) {
  auto admin = site_->session("admin");
  auto list = admin->get("/quy-tac-xet");
  ASSERT_EQ(list.status, 200u);
  EXPECT_NE(list.body.find("Tập thể lao động xuất sắc"), std::string::npos);
  const std::string set = "/quy-tac-xet/bo?ma=LDTT&tu-ngay=2024-01-01";
  auto page = admin->get(set);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("<textarea"), std::string::npos);
  auto not_json = admin.post_form("/quy-tac-xet/bo", {{"ma", "LDTT"}, {"tu-ngay", "2024-01-01"}, {"version", "0"},
                                                      {"text", "{rules: <script>"}});
  EXPECT_EQ(not_json.status, 422u);
  EXPECT_NE(not_json.body.find("Bộ điều kiện không phải là JSON hợp lệ."), std::string::npos);
  EXPECT_NE(not_json.body.find("{rules: &lt;script&gt;"), std::string::npos) << "what was sent comes back, escaped";
  // A new date that is another set's: refused, never written over it.
  std::string onto = kStricter;
  onto.replace(onto.find("2025-01-01"), 10, "2017-07-31");
  auto over = admin.post_form("/quy-tac-xet/bo", {{"ma", "LDTT"}, {"tu-ngay", "2024-01-01"}, {"version", "0"},
                                                  {"text", onto}});
  EXPECT_EQ(over.status, 409u);
  EXPECT_NE(over.body.find("Đã có bộ điều kiện LDTT áp dụng từ 2017-07-31"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM award_rule_sets"), 0);
  std::string edit = kStricter;
  edit.replace(edit.find("2025-01-01"), 10, "2024-01-01");
  auto saved = admin.post_form("/quy-tac-xet/bo", {{"ma", "LDTT"}, {"tu-ngay", "2024-01-01"}, {"version", "0"},
                                                   {"text", edit}});
  EXPECT_EQ(saved.status, 303u) << saved.body.substr(0, 300);
  EXPECT_EQ(verdict("LDTT", 2024), "not_met") << "the 2024 set itself edited";
  auto shown = admin->get(set + "&da-luu=1");
  EXPECT_NE(shown.body.find("Đã sửa"), std::string::npos);
  auto staff = site_->session("nhanvien");
  auto seen = staff->get(set);
  ASSERT_EQ(seen.status, 200u);
  EXPECT_EQ(seen.body.find("<textarea"), std::string::npos);
  auto refused = staff.post_form("/quy-tac-xet/bo-di", {{"ma", "LDTT"}, {"tu-ngay", "2024-01-01"}, {"version", "1"}});
  EXPECT_EQ(refused.status, 403u);
  auto restored = admin.post_form("/quy-tac-xet/khoi-phuc", {{"ma", "LDTT"}, {"tu-ngay", "2024-01-01"}, {"version", "1"}});
  EXPECT_EQ(restored.status, 303u);
  EXPECT_EQ(verdict("LDTT", 2024), "met");
}

TEST_F(AwardRulesEditTest, AStoredEditThatNoLongerReadsStopsJudgementsUntilDiscarded) {
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO award_rule_sets (code, effective_from, set_json, withdrawn, updated_at, version) "
                           "VALUES ('LDTT', '2024-01-01', '{\"code\":\"LDTT\",\"rules\":7}', 0, 't', 1)")
                    .ok());
  }
  auto list = site_->client()->get("/api/v1/award-rules", bearer(admin_));
  ASSERT_EQ(list.status, 200u) << "the rules page still lists every set";
  int unreadable = 0;
  const auto listed = parsed(list);
  for (const auto& item : listed.at("items").as_array()) unreadable += item.at("unreadable").as_bool() ? 1 : 0;
  EXPECT_EQ(unreadable, 1);
  auto judged = site_->client()->get("/api/v1/people/" + std::to_string(binh_) + "/eligibility?year=2025",
                                     bearer(office_));
  EXPECT_EQ(judged.status, 422u) << "never judged by rules other than those in force";
  EXPECT_NE(judged.body.find("không đọc được"), std::string::npos);
  auto page = site_->session("admin")->get("/quy-tac-xet/bo?ma=LDTT&tu-ngay=2024-01-01");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("không đọc được nữa"), std::string::npos);
  auto discarded = post_json(admin_, "/api/v1/award-rules/discard",
                             R"({"code":"LDTT","effective_from":"2024-01-01","version":1})");
  ASSERT_EQ(discarded.status, 200u) << discarded.body;
  EXPECT_EQ(verdict("LDTT", 2025), "met");
}

// A set's quota names the title it counts, as in force at the set's date.
TEST_F(AwardRulesEditTest, TheRulePageNamesTheTitleAQuotaCounts) {
  auto page = site_->session("admin")->get("/quy-tac-xet/bo?ma=CSTDCS&tu-ngay=2024-01-01");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Tỷ lệ: không quá 15% số đề nghị danh hiệu “Lao động tiên tiến” (mã LDTT) trong cùng "
                           "đợt bình xét."),
            std::string::npos);
}

}  // namespace
}  // namespace thidua::test
