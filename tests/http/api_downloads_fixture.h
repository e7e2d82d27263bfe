// Shared fixture of the tests of documents and files through the API
// (web/api/routes.h): the demo site with, in the seed campaign (id 1),
// a closed council session, an approved decision with an award in Phòng TNMT
// Lục Nam (own unit of thutruong, canbo and nhanvien) and one in Phòng TNMT
// Hiệp Hòa (another unit), a draft decision, unit plans with a file, evidence
// (own unit, other unit, nhanvien's own) and nominations with a report file
// (own unit, other unit, one without a file); plus API tokens.
// unpublished_copy_with_awards() makes a draft (never published) campaign
// that nonetheless holds an approved decision with awards.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "app/awards.h"
#include "app/campaigns.h"
#include "app/nominations.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "app/users.h"
#include "awards_fixture.h"
#include "council_fixture.h"
#include "support/test_server.h"
#include "unit_work_fixture.h"

namespace thidua::test {

class ApiDownloadsTest : public ::testing::Test {
 protected:
  enum Scope { kOwn, kOther, kSelf };

  void SetUp() override {
    fx_ = std::make_unique<CouncilFixture>();
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
    TestSite& site = *fx_->site;
    auto& s = site.services();
    const auto sys = app::system_actor();
    own_unit_ = site.unit_id("PTNMT-LN");
    other_unit_ = site.unit_id("PTNMT-HH");
    gk_ = fx_->award_types.at(0);

    // A council session voted and closed (its minutes), and one still voting.
    fx_->accepted_nomination("Nguyễn Văn An");
    closed_session_ = fx_->session(all_council_members(), true);
    {
      auto closed = fx_->close(closed_session_);
      ASSERT_TRUE(closed.ok()) << closed.error().message;
    }
    fx_->accepted_nomination("Hoàng Thị Thanh Tâm");
    voting_session_ = fx_->session(all_council_members(), true);

    // An approved decision (an award in each district office) and a draft.
    decided_ = draft(site, gk_, {add_nomination(site, gk_, person_in(site, "PTNMT-LN"), "passed"),
                                 add_nomination(site, gk_, person_in(site, "PTNMT-HH"), "passed")});
    ASSERT_GT(approve(site, decided_), 0);
    draft_ = draft(site, gk_, {add_nomination(site, gk_, person_in(site, "PTNMT-LN", 1), "passed")});
    {
      auto conn = site.db().acquire();
      auto awards = conn->query("SELECT id, unit_id FROM awards WHERE decision_id = ? ORDER BY id", {decided_});
      ASSERT_TRUE(awards.ok() && awards->size() == 2);
      for (const auto& r : *awards) (r.i64(1) == own_unit_ ? own_award_ : other_award_) = r.i64(0);
    }

    // Unit plans with a file, evidence, nominations with a report file.
    for (Scope scope : {kOwn, kOther}) {
      const int64_t unit = scope == kOwn ? own_unit_ : other_unit_;
      app::UnitPlanInput plan{unit, "Kế hoạch triển khai", app::UploadedFile{"Kế hoạch đơn vị.pdf", kSamplePdf}, false};
      auto p = app::submit_unit_plan(s, sys, 1, plan, meta());
      ASSERT_TRUE(p.ok()) << p.error().message;
      plans_[scope] = *p;
      reports_[scope] = nomination(unit, app::UploadedFile{"Báo cáo thành tích.pdf", kSamplePdf});
    }
    no_report_file_ = nomination(own_unit_, std::nullopt);
    evidence_[kOwn] = evidence(target(own_unit_, std::nullopt));
    evidence_[kOther] = evidence(target(other_unit_, std::nullopt));
    evidence_[kSelf] = evidence(target(own_unit_, site.person_id("Nguyễn Văn An")));

    for (const char* who : {"thuongtruc", "canbo"}) {
      auto token = app::create_api_token(s, site.actor(who), site.user_id(who), "tải tài liệu", meta());
      ASSERT_TRUE(token.ok()) << token.error().message;
      tokens_[who] = token->secret;
    }
  }

  TestSite& site() { return *fx_->site; }
  static app::RequestMeta meta() { return {"127.0.0.1", "api-downloads", "tests"}; }

  // GET `target` with a Bearer token of `username` (a fresh client: no cookie).
  HttpResult bearer_get(const std::string& username, const std::string& target) {
    auto client = site().client();
    return client->get(target, {{"Authorization", "Bearer " + tokens_.at(username)}});
  }

  // A draft copy of the seed campaign given, with plain SQL, a copy of the
  // approved decision `decided_` and its awards: everything public_results
  // needs except publication, so only the publication check can refuse it.
  int64_t unpublished_copy_with_awards() {
    auto copy = app::copy_campaign(site().services(), site().actor("thuongtruc"), 1, meta());
    EXPECT_TRUE(copy.ok()) << (copy.ok() ? "" : copy.error().message);
    if (!copy.ok()) return 0;
    auto conn = site().db().acquire();
    auto decision = conn->query(
        "INSERT INTO decisions (campaign_id, award_type_id, kind, issuing_unit_id, state, doc_symbol, number, "
        "issue_date, title, body, signer_authority, signer_position, signer_name, drafted_by, drafted_at, "
        "approved_by, approved_at) "
        "SELECT CAST(? AS BIGINT), award_type_id, kind, issuing_unit_id, state, doc_symbol, number, issue_date, "
        "title, body, signer_authority, signer_position, signer_name, drafted_by, drafted_at, approved_by, "
        "approved_at FROM decisions WHERE id = ? RETURNING id",
        {*copy, decided_});
    EXPECT_TRUE(decision.ok() && decision->size() == 1) << (decision.ok() ? "" : decision.error().message);
    if (!decision.ok() || decision->size() != 1) return 0;
    auto awards = conn->query(
        "INSERT INTO awards (campaign_id, award_type_id, decision_id, subject, person_id, unit_id, recipient_name, "
        "unit_name, award_name, granted_by, decision_number_symbol, decision_date, year, created_at) "
        "SELECT CAST(? AS BIGINT), award_type_id, CAST(? AS BIGINT), subject, person_id, unit_id, recipient_name, "
        "unit_name, award_name, granted_by, decision_number_symbol, decision_date, year, created_at "
        "FROM awards WHERE decision_id = ?",
        {*copy, (*decision)[0].i64(0), decided_});
    EXPECT_TRUE(awards.ok()) << (awards.ok() ? "" : awards.error().message);
    // Seen from inside, the copy has results: a 404 on the public side can
    // only come from its not being published.
    auto inside = app::campaign_results(site().services(), site().actor("thuongtruc"), *copy);
    EXPECT_TRUE(inside.ok() && inside->decisions.size() == 1 && inside->decisions[0].awards.size() == 2);
    auto state = conn->query("SELECT state FROM campaigns WHERE id = ?", {*copy});
    EXPECT_TRUE(state.ok() && (*state)[0].str(0) == "draft");
    return *copy;
  }

  std::unique_ptr<CouncilFixture> fx_;
  int64_t own_unit_ = 0, other_unit_ = 0, gk_ = 0;
  int64_t closed_session_ = 0, voting_session_ = 0;
  int64_t decided_ = 0, draft_ = 0, own_award_ = 0, other_award_ = 0, no_report_file_ = 0;
  std::map<Scope, int64_t> plans_, reports_, evidence_;
  std::map<std::string, std::string> tokens_;

 private:
  // A submitted nomination of a new person of `unit` with the report file.
  int64_t nomination(int64_t unit, std::optional<app::UploadedFile> file) {
    core::Person p;
    p.full_name = "Lê Thị Hồng Nhung";
    p.position = "Chuyên viên";
    p.unit_id = unit;
    auto person = app::create_person(site().services(), app::system_actor(), p, meta());
    EXPECT_TRUE(person.ok()) << person.error().message;
    if (!person.ok()) return 0;
    app::NominationInput in;
    in.award_type_id = gk_;
    in.subject = core::CriterionSubject::kIndividual;
    in.unit_id = unit;
    in.person_id = person->id;
    in.report = "Hoàn thành xuất sắc nhiệm vụ được giao.";
    in.report_file = std::move(file);
    auto id = app::create_nomination(site().services(), app::system_actor(), 1, in, meta());
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  // An approved registration of `unit` (of `person` when set) with one target,
  // written with plain SQL as the unit-work tests do (package reg owns it).
  int64_t target(int64_t unit, std::optional<int64_t> person) {
    return insert_registration_target(site(), unit, person);
  }

  // The evidence id of a progress report on `target_id` with one PNG.
  int64_t evidence(int64_t target_id) {
    app::ProgressInput in{"in_progress", 10, "", {{"anh.png", kSamplePng}}};
    auto r = app::report_progress(site().services(), app::system_actor(), 1, target_id, in, meta());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    auto conn = site().db().acquire();
    auto rows = conn->query("SELECT MAX(id) FROM evidence");
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }
};

}  // namespace thidua::test
