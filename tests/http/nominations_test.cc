// Nominations over real HTTP on the engine under test: duplicates and late
// nominations refused with their stable codes, nominees outside the unit
// refused, the secretariat's accept/return and the unit's resubmission (pages
// and API), the per-criterion table from registrations and initiatives, list
// scope, filters and counts, and bad input re-showing the form.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "nomination_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

json::value parsed(const HttpResult& r) {
  std::error_code ec;
  auto v = json::parse(r.body, ec);
  return ec ? json::value() : v;
}

// The status code of criterion `id` in an API nomination.
std::string status_of(const json::value& nomination, int64_t id) {
  for (const auto& c : nomination.at("criteria").as_array()) {
    if (c.at("criterion_id").as_int64() == id) return std::string(c.at("status").as_string());
  }
  return "absent";
}

using NominationsTest = NominationSiteTest;

TEST_F(NominationsTest, DuplicateNominationIsRefusedWithItsCode) {
  UserSession canbo = site_->login("canbo");
  const int64_t person = add_person(own_unit_);
  HttpResult first = canbo.send_json("POST", api(), create_body(person));
  ASSERT_EQ(first.status, 201u) << first.body;
  EXPECT_EQ(parsed(first).at("state").as_string(), "submitted");

  UserSession thutruong = site_->login("thutruong");
  const std::string before = site_->fingerprint();
  HttpResult again = thutruong.send_json("POST", api(), create_body(person));
  EXPECT_EQ(again.status, 409u);
  EXPECT_EQ(error_code(again), "duplicate_nomination");
  HttpResult page = thutruong.post_form(base() + "/moi", create_form(person));
  EXPECT_EQ(page.status, 409u);
  EXPECT_NE(page.body.find("đã được đề nghị hình thức khen thưởng này"), std::string::npos);
  EXPECT_NE(page.body.find("Hoàn thành xuất sắc nhiệm vụ năm 2023."), std::string::npos) << "the form keeps the input";
  EXPECT_EQ(before, site_->fingerprint()) << first_difference(before, site_->fingerprint());

  // One achievement, one award form: another award type of the same
  // campaign for the same person is refused, naming the first, nothing stored.
  json::object other_award = create_body(person);
  other_award["award_type_id"] = second_award_;
  const std::string before_other = site_->fingerprint();
  HttpResult second = canbo.send_json("POST", api(), other_award);
  EXPECT_EQ(second.status, 409u) << second.body;
  EXPECT_EQ(error_code(second), "same_achievement");
  EXPECT_NE(second.body.find("một thành tích chỉ được đề nghị một hình thức khen thưởng"), std::string::npos);
  EXPECT_EQ(before_other, site_->fingerprint());
  {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT count(*) FROM nominations WHERE campaign_id = ? AND person_id = ?", {kCampaign, person});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ((*n)[0].i64(0), 1);
    // Once the council has failed the first, the achievement is free again.
    ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'failed' WHERE campaign_id = ? AND person_id = ?",
                           {kCampaign, person})
                    .ok());
  }
  EXPECT_EQ(canbo.send_json("POST", api(), other_award).status, 201u) << "after a failed nomination, another form";
}

// A batch (app::create_nominations, checked a batch at a time): one
// achievement, one award form holds within the batch and against what is
// stored, and a pick already nominated is a duplicate; nothing of a refused
// batch is stored.
TEST_F(NominationsTest, ABatchKeepsOneFormPerAchievementAndRefusesDuplicates) {
  const int64_t a = add_person(own_unit_, "Lê Thị Hạnh");
  const int64_t b = add_person(own_unit_, "Phạm Văn Khoa");
  auto pick = [&](int64_t person, int64_t award) {
    app::NominationInput in;
    in.award_type_id = award;
    in.subject = core::CriterionSubject::kIndividual;
    in.unit_id = own_unit_;
    in.person_id = person;
    in.report = "Hoàn thành xuất sắc nhiệm vụ năm 2023.";
    return in;
  };
  auto count = [&] {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT count(*) FROM nominations WHERE campaign_id = ? AND person_id IN (?, ?)",
                         {kCampaign, a, b});
    EXPECT_TRUE(n.ok());
    return n.ok() ? (*n)[0].i64(0) : -1;
  };
  const auto& s = site_->services();
  auto both_forms = app::create_nominations(s, app::system_actor(), kCampaign,
                                            {pick(a, award_), pick(b, award_), pick(a, second_award_)}, meta());
  ASSERT_FALSE(both_forms.ok());
  EXPECT_EQ(both_forms.error().code, core::errc::kSameAchievement) << both_forms.error().message;
  EXPECT_EQ(count(), 0);
  auto first = app::create_nominations(s, app::system_actor(), kCampaign, {pick(a, award_), pick(b, award_)}, meta());
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->size(), 2u);
  auto other_form = app::create_nominations(s, app::system_actor(), kCampaign, {pick(b, second_award_)}, meta());
  ASSERT_FALSE(other_form.ok());
  EXPECT_EQ(other_form.error().code, core::errc::kSameAchievement);
  auto again = app::create_nominations(s, app::system_actor(), kCampaign, {pick(a, award_)}, meta());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kDuplicateNomination);
  EXPECT_EQ(count(), 2);
}

TEST_F(NominationsTest, NominationAfterTheDeadlineIsRefused) {
  const int64_t returned = add_nomination(own_unit_, core::NominationState::kReturned);
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE campaigns SET nomination_deadline = '2023-10-15' WHERE id = ?", {kCampaign}).ok());
  }
  UserSession canbo = site_->login("canbo");
  const int64_t person = add_person(own_unit_);
  const std::string before = site_->fingerprint();
  HttpResult late = canbo.send_json("POST", api(), create_body(person));
  EXPECT_EQ(late.status, 409u);
  EXPECT_EQ(error_code(late), "deadline_passed");
  EXPECT_NE(parsed(late).at("error").at("message").as_string().find("ngày 15 tháng 10 năm 2023"), std::string::npos);

  HttpResult list = canbo->get(base());
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(list.body.find("Lập đề nghị mới"), std::string::npos) << "no new nominations offered after the deadline";
  HttpResult form = canbo->get(base() + "/moi");
  EXPECT_EQ(form.status, 409u);
  EXPECT_NE(form.body.find("Đã hết hạn gửi đề nghị khen thưởng"), std::string::npos);

  HttpResult resubmit = canbo.send_json(
      "PUT", api() + "/" + std::to_string(returned),
      json::object{{"report", "Bổ sung"}, {"version", version_of(returned)}});
  EXPECT_EQ(resubmit.status, 409u);
  EXPECT_EQ(error_code(resubmit), "deadline_passed");
  const std::string after = site_->fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
}

TEST_F(NominationsTest, NominationsOnlyWhileTheCampaignRunsOrIsClosed) {
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE campaigns SET state = 'finalised' WHERE id = ?", {kCampaign}).ok());
  }
  UserSession canbo = site_->login("canbo");
  HttpResult r = canbo.send_json("POST", api(), create_body(add_person(own_unit_)));
  EXPECT_EQ(r.status, 409u);
  EXPECT_EQ(error_code(r), "nominations_closed");
}

TEST_F(NominationsTest, NomineeOutsideTheNominatingUnitIsRefused) {
  UserSession canbo = site_->login("canbo");
  const int64_t outsider = add_person(other_unit_, "Đỗ Thị Mai");
  const int64_t insider = add_person(own_unit_);
  const std::string before = site_->fingerprint();
  HttpResult person = canbo.send_json("POST", api(), create_body(outsider));
  EXPECT_EQ(person.status, 422u);
  EXPECT_EQ(error_code(person), "validation_failed");
  EXPECT_EQ(parsed(person).at("error").at("field").as_string(), "person_id");

  json::object collective{{"award_type_id", award_},
                          {"subject", "collective"},
                          {"nominee_unit_id", other_unit_},
                          {"report", "Tập thể tiêu biểu"}};
  HttpResult unit = canbo.send_json("POST", api(), collective);
  EXPECT_EQ(unit.status, 422u);
  EXPECT_EQ(parsed(unit).at("error").at("field").as_string(), "nominee_unit_id");

  json::object foreign_unit = create_body(insider);
  foreign_unit["unit_id"] = other_unit_;
  HttpResult as_other = canbo.send_json("POST", api(), foreign_unit);
  EXPECT_EQ(as_other.status, 403u) << "canbo does not nominate on behalf of another district office";
  EXPECT_EQ(before, site_->fingerprint()) << first_difference(before, site_->fingerprint());

  collective["nominee_unit_id"] = own_unit_;
  HttpResult own = canbo.send_json("POST", api(), collective);
  EXPECT_EQ(own.status, 201u) << "the unit may nominate itself as a collective: " << own.body;
}

TEST_F(NominationsTest, SecretariatReturnsUnitResubmitsSecretariatAccepts) {
  UserSession canbo = site_->login("canbo");
  UserSession thuongtruc = site_->login("thuongtruc");
  const int64_t person = add_person(own_unit_, "Lương Thị Hạnh");
  HttpResult created = canbo.post_form(base() + "/moi", create_form(person));
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 400);
  const std::string href = created.header("location").substr(0, created.header("location").find('?'));
  const int64_t id = std::stoll(href.substr(href.rfind('/') + 1));
  EXPECT_EQ(state_of(id), "submitted");

  HttpResult no_reason = thuongtruc.post_form(href + "/tra-lai", {{"version", "1"}, {"reason", "  "}});
  EXPECT_EQ(no_reason.status, 422u);
  EXPECT_NE(no_reason.body.find("Cần ghi lý do trả lại"), std::string::npos);
  EXPECT_EQ(state_of(id), "submitted");

  HttpResult stale = thuongtruc.post_form(href + "/tra-lai", {{"version", "7"}, {"reason", "Thiếu số liệu"}});
  EXPECT_EQ(stale.status, 409u);

  HttpResult returned = thuongtruc.post_form(href + "/tra-lai", {{"version", "1"}, {"reason", "Bổ sung số liệu kết quả số hóa."}});
  ASSERT_EQ(returned.status, 303u) << returned.body.substr(0, 400);
  EXPECT_EQ(state_of(id), "returned");

  HttpResult view = canbo->get(href);
  ASSERT_EQ(view.status, 200u);
  EXPECT_NE(view.body.find("Bổ sung số liệu kết quả số hóa."), std::string::npos) << "the unit sees the reason";
  EXPECT_NE(view.body.find("/gui-lai"), std::string::npos) << "and the resubmission form";
  EXPECT_EQ(view.body.find("/tiep-nhan"), std::string::npos) << "not the review buttons";

  HttpResult accept_returned = thuongtruc.post_form(href + "/tiep-nhan", {{"version", "2"}});
  EXPECT_EQ(accept_returned.status, 409u) << "a returned nomination waits for the unit";

  HttpResult empty = canbo.post_form(href + "/gui-lai", {{"version", "2"}, {"report", ""}});
  EXPECT_EQ(empty.status, 422u);
  EXPECT_NE(empty.body.find("Hãy nhập báo cáo thành tích hoặc đính kèm tệp báo cáo"), std::string::npos);

  HttpResult resubmitted = canbo.post_form(
      href + "/gui-lai", {{"version", "2"},
                          {"report", "Đã số hóa 12 000 hồ sơ địa chính."},
                          {"attestation_" + std::to_string(individual_attested_), "Không vi phạm kỷ luật."}});
  ASSERT_EQ(resubmitted.status, 303u) << resubmitted.body.substr(0, 400);
  EXPECT_EQ(state_of(id), "submitted");

  HttpResult twice = canbo.post_form(href + "/gui-lai", {{"version", "3"}, {"report", "Lần nữa"}});
  EXPECT_EQ(twice.status, 409u) << "only a returned nomination is resubmitted";

  HttpResult api_view = thuongtruc->get(api() + "/" + std::to_string(id));
  ASSERT_EQ(api_view.status, 200u);
  const json::value v = parsed(api_view);
  EXPECT_EQ(v.at("report").as_string(), "Đã số hóa 12 000 hồ sơ địa chính.");
  EXPECT_EQ(v.at("return_reason").as_string(), "");
  EXPECT_TRUE(v.at("can_review").as_bool());
  EXPECT_EQ(status_of(v, individual_attested_), "attested");

  HttpResult accepted = thuongtruc.send_json("POST", api() + "/" + std::to_string(id) + "/accept",
                                             json::object{{"version", v.at("version").as_int64()}});
  ASSERT_EQ(accepted.status, 200u) << accepted.body;
  EXPECT_EQ(parsed(accepted).at("state").as_string(), "accepted");

  auto conn = site_->db().acquire();
  auto audit = conn->query("SELECT action FROM audit_log WHERE entity = 'nomination' AND entity_id = ? ORDER BY seq",
                           {std::to_string(id)});
  ASSERT_TRUE(audit.ok());
  std::vector<std::string> actions;
  for (const auto& r : *audit) actions.push_back(r.str(0));
  EXPECT_EQ(actions, (std::vector<std::string>{"nomination.create", "nomination.return", "nomination.resubmit",
                                               "nomination.accept"}));
  auto resubmit = conn->query(
      "SELECT before_json, after_json FROM audit_log WHERE entity = 'nomination' AND action = 'nomination.resubmit'");
  ASSERT_TRUE(resubmit.ok() && resubmit->size() == 1u);
  const json::value before = json::parse((*resubmit)[0].str(0));
  const json::value after = json::parse((*resubmit)[0].str(1));
  EXPECT_EQ(before.at("report").as_string(), "Hoàn thành xuất sắc nhiệm vụ năm 2023.");
  EXPECT_EQ(before.at("return_reason").as_string(), "Bổ sung số liệu kết quả số hóa.");
  EXPECT_EQ(after.at("report").as_string(), "Đã số hóa 12 000 hồ sơ địa chính.");
  EXPECT_EQ(after.at("attestations").at(std::to_string(individual_attested_)).as_string(), "Không vi phạm kỷ luật.");
}

TEST_F(NominationsTest, CriteriaTableShowsWhatTheDataProvesAndWhatTheUnitAttests) {
  const int64_t proven = add_person(own_unit_, "Ngô Thị Lan");
  const int64_t registered_only = add_person(own_unit_, "Đinh Văn Khoa");
  const int64_t unregistered = add_person(own_unit_, "Tạ Văn Long");
  add_registration(proven, own_unit_, "approved", true);
  add_registration(registered_only, own_unit_, "submitted", false);

  UserSession canbo = site_->login("canbo");
  auto nominate = [&](int64_t person, bool attest) {
    json::object body = create_body(person);
    if (attest) {
      body["attestations"] = json::array{json::object{{"criterion_id", individual_attested_}, {"note", "Chấp hành tốt."}},
                                         // a data criterion cannot be attested: ignored
                                         json::object{{"criterion_id", individual_data_}, {"note", "Có đăng ký."}}};
    }
    HttpResult r = canbo.send_json("POST", api(), body);
    EXPECT_EQ(r.status, 201u) << r.body;
    return parsed(r);
  };
  const json::value a = nominate(proven, true);
  const json::value b = nominate(registered_only, false);
  const json::value c = nominate(unregistered, true);
  EXPECT_EQ(status_of(a, individual_data_), "verified");
  EXPECT_EQ(status_of(a, individual_attested_), "attested");
  EXPECT_FALSE(a.at("registration_id").is_null()) << "the nomination points at the nominee's registration";
  EXPECT_EQ(status_of(b, individual_data_), "missing") << "registered but not approved, no initiative";
  EXPECT_EQ(status_of(b, individual_attested_), "missing");
  EXPECT_EQ(status_of(c, individual_data_), "missing");
  EXPECT_EQ(status_of(c, individual_attested_), "attested");
  EXPECT_TRUE(c.at("registration_id").is_null());
  EXPECT_EQ(status_of(a, collective_attested_), "absent") << "only the individual criteria";

  UserSession thuongtruc = site_->login("thuongtruc");
  HttpResult page_a = thuongtruc->get(base() + "/" + std::to_string(a.at("id").as_int64()));
  ASSERT_EQ(page_a.status, 200u);
  EXPECT_NE(page_a.body.find("Đã xác minh từ dữ liệu"), std::string::npos);
  EXPECT_NE(page_a.body.find("Đơn vị xác nhận"), std::string::npos);
  EXPECT_NE(page_a.body.find("Tiếp nhận"), std::string::npos) << "the secretariat gets the review forms";
  HttpResult page_b = thuongtruc->get(base() + "/" + std::to_string(b.at("id").as_int64()));
  ASSERT_EQ(page_b.status, 200u);
  EXPECT_NE(page_b.body.find("Còn thiếu"), std::string::npos);
  EXPECT_EQ(page_b.body.find("Đã xác minh từ dữ liệu"), std::string::npos);
}

TEST_F(NominationsTest, ListsShowTheUnitsOwnOrEverythingWithFiltersAndCounts) {
  const int64_t own = add_nomination(own_unit_);
  const int64_t own_accepted = add_nomination(own_unit_, core::NominationState::kAccepted);
  const int64_t other = add_nomination(other_unit_);
  auto ids_of = [](const HttpResult& r) {
    std::set<int64_t> out;
    const json::value listing = parsed(r);
    for (const auto& item : listing.at("items").as_array()) out.insert(item.at("id").as_int64());
    return out;
  };
  UserSession canbo = site_->login("canbo");
  HttpResult mine = canbo->get(api());
  ASSERT_EQ(mine.status, 200u);
  EXPECT_EQ(ids_of(mine), (std::set<int64_t>{own, own_accepted}));
  EXPECT_EQ(parsed(mine).at("counts").at("submitted").as_int64(), 1);
  EXPECT_EQ(parsed(mine).at("counts").at("accepted").as_int64(), 1);

  UserSession lanhdao = site_->login("lanhdao");
  HttpResult all = lanhdao->get(api());
  EXPECT_EQ(ids_of(all), (std::set<int64_t>{own, own_accepted, other}));
  EXPECT_EQ(parsed(all).at("total").as_int64(), 3);
  HttpResult submitted = lanhdao->get(api() + "?state=submitted");
  EXPECT_EQ(ids_of(submitted), (std::set<int64_t>{own, other}));
  HttpResult by_unit = lanhdao->get(api() + "?unit_id=" + std::to_string(other_unit_));
  EXPECT_EQ(ids_of(by_unit), (std::set<int64_t>{other}));
  HttpResult by_award = lanhdao->get(api() + "?award_type_id=" + std::to_string(second_award_));
  EXPECT_TRUE(ids_of(by_award).empty());
  HttpResult paged = lanhdao->get(api() + "?page_size=2&page=2");
  EXPECT_EQ(ids_of(paged), (std::set<int64_t>{own})) << "newest first, two a page";
  EXPECT_EQ(lanhdao->get(api() + "?state=nonsense").status, 400u);

  HttpResult page = lanhdao->get(base() + "?trang-thai=accepted");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Đã tiếp nhận (1)"), std::string::npos);
  EXPECT_NE(page.body.find("Đã gửi (2)"), std::string::npos);
  EXPECT_NE(page.body.find("Tất cả (3)"), std::string::npos);
  HttpResult unit_page = canbo->get(base());
  ASSERT_EQ(unit_page.status, 200u);
  EXPECT_NE(unit_page.body.find("Lập đề nghị mới"), std::string::npos);
  std::string other_name;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT name FROM units WHERE id = ?", {other_unit_});
    ASSERT_TRUE(rows.ok() && !rows->empty());
    other_name = (*rows)[0].str(0);
  }
  EXPECT_NE(page.body.find(other_name), std::string::npos) << "the leader sees the other office's nomination";
  EXPECT_EQ(unit_page.body.find(other_name), std::string::npos) << "the unit officer sees nothing of it";
}

// The form lists at most 300 people; a unit with more finds its nominee by
// name, and a person once chosen stays offered when the form comes back.
TEST_F(NominationsTest, AUnitOfMoreThanThreeHundredPeopleFindsItsNomineeByName) {
  for (int i = 0; i < app::kNominationPeopleShown + 5; ++i) add_person(own_unit_, "Nguyễn Văn An");
  const std::string last = std::to_string(add_person(own_unit_, "Trần Thị Xuyến"));  // last in name order
  UserSession canbo = site_->login("canbo");
  HttpResult form = canbo->get(base() + "/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_EQ(form.body.find("<option value=\"" + last + "\""), std::string::npos) << "not among the first 300";
  EXPECT_NE(form.body.find("Có hơn 300 người: danh sách cá nhân dưới đây chỉ gồm 300 người đầu"), std::string::npos);
  EXPECT_NE(form.body.find("<input id=\"tim\" name=\"tim\" type=\"search\" value=\"\""), std::string::npos);

  HttpResult blank = canbo->get(base() + "/moi?tim=+%20+");
  ASSERT_EQ(blank.status, 200u);
  EXPECT_NE(blank.body.find("Có hơn 300 người"), std::string::npos) << "spaces are no search";

  HttpResult found = canbo->get(base() + "/moi?tim=xuyen");
  ASSERT_EQ(found.status, 200u);
  EXPECT_NE(found.body.find("<option value=\"" + last + "\">Trần Thị Xuyến ("), std::string::npos);
  EXPECT_EQ(found.body.find(">Nguyễn Văn An ("), std::string::npos) << "only the matches";
  EXPECT_NE(found.body.find("chỉ gồm những người có tên khớp với “xuyen”"), std::string::npos);
  EXPECT_NE(found.body.find("<input type=\"hidden\" name=\"tim\" value=\"xuyen\">"), std::string::npos);

  // Sent back with an error, the chosen person is still offered and chosen,
  // with the search or without it.
  Fields no_report = create_form(std::stoll(last));
  for (auto& f : no_report) {
    if (f.first == "report") f.second = " ";
  }
  HttpResult without = canbo.post_form(base() + "/moi", no_report);
  EXPECT_EQ(without.status, 422u);
  EXPECT_NE(without.body.find("<option value=\"" + last + "\" selected>Trần Thị Xuyến ("), std::string::npos);
  no_report.emplace_back("tim", "xuyen");
  HttpResult with = canbo.post_form(base() + "/moi", no_report);
  EXPECT_EQ(with.status, 422u);
  EXPECT_NE(with.body.find("<option value=\"" + last + "\" selected>Trần Thị Xuyến ("), std::string::npos);
  EXPECT_NE(with.body.find("value=\"xuyen\""), std::string::npos) << "the search is kept";

  Fields good = create_form(std::stoll(last));
  good.emplace_back("tim", "xuyen");
  HttpResult created = canbo.post_form(base() + "/moi", good);
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);

  // Someone of another unit is not offered even when asked for by id.
  const std::string outsider = std::to_string(add_person(other_unit_, "Lê Văn Ngoài"));
  Fields other = create_form(std::stoll(outsider));
  for (auto& f : other) {
    if (f.first == "report") f.second = " ";
  }
  HttpResult refused = canbo.post_form(base() + "/moi", other);
  EXPECT_EQ(refused.body.find("<option value=\"" + outsider + "\""), std::string::npos);

  HttpResult none = canbo->get(base() + "/moi?tim=khongaico");
  ASSERT_EQ(none.status, 200u);
  EXPECT_NE(none.body.find("Không có ai có tên khớp với “khongaico” trong các đơn vị bạn được phép chọn."), std::string::npos);
}

// A plan of more than 500 units (a ministry's): the nominating unit, the
// collective nominee, the report template's collective and the list's unit
// filter are typed by code; an unknown code is said so, with what was typed.
// The plan's units are read a slice at a time (the first 501 the officer may
// nominate for or sees): a unit past them nominates and is nominated, its
// people are offered, and the list filtered by it shows its code.
TEST_F(NominationsTest, UnitsAndPeoplePastTheFirstFiveHundredUnitsAreNominated) {
  site_->add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  int64_t last = 0;
  std::string code;
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT ?, id FROM units WHERE code LIKE "
                           "'LN-TO%'",
                           {kCampaign})
                    .ok());
    auto rows = conn->query(
        "SELECT u.id, u.code FROM campaign_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.campaign_id = ? "
        "AND u.code LIKE 'LN-TO%' ORDER BY u.path DESC LIMIT 1",
        {kCampaign});
    ASSERT_TRUE(rows.ok() && rows->size() == 1u);
    last = (*rows)[0].i64(0);
    code = (*rows)[0].str(1);
  }
  const int64_t person = add_person(last, "Hứa Thị Cuối");
  UserSession canbo = site_->login("canbo");
  HttpResult found = canbo->get(base() + "/moi?tim=cuoi");
  ASSERT_EQ(found.status, 200u);
  EXPECT_NE(found.body.find("<option value=\"" + std::to_string(person) + "\""), std::string::npos)
      << "someone in the last of the officer's 521 units taking part is offered";

  HttpResult created = canbo.post_form(
      base() + "/moi", {{"award_type_id", std::to_string(award_)},
                        {"subject", "collective"},
                        {"unit_code", code},
                        {"nominee_unit_code", code},
                        {"report", "Tổ hoàn thành xuất sắc nhiệm vụ năm 2023."},
                        {"attestation_" + std::to_string(collective_attested_), "Tổ đoàn kết, chấp hành tốt kỷ luật."}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 800);
  {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT unit_id FROM nominations WHERE nominee_unit_id = ?", {last});
    ASSERT_TRUE(n.ok());
    ASSERT_EQ(n->size(), 1u);
    EXPECT_EQ((*n)[0].i64(0), last) << "nominated by the unit past the first 501";
  }
  HttpResult by_id = canbo->get(base() + "?don-vi=" + std::to_string(last));
  ASSERT_EQ(by_id.status, 200u);
  EXPECT_NE(by_id.body.find("name=\"ma-don-vi\" value=\"" + code + "\""), std::string::npos)
      << "a filter by id shows the unit's code, past the first 501 too";
  EXPECT_NE(by_id.body.find(">Tổ công tác số "), std::string::npos) << "the nomination's row";
}

// An office that nominates for every unit of a plan of 16,400 units (a
// province's every school and commune): its form lists the people of its
// grants, not of each unit in turn (two bound values per unit were more than
// SQLite takes in one statement, 32,766, and the form failed).
TEST_F(NominationsTest, AnOfficeOverAPlanOfSixteenThousandUnitsOpensTheForm) {
  site_->add_sub_units("PTNMT-LN", 16400, "LN-X", "Tổ số ");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT ?, id FROM units WHERE code LIKE "
                           "'LN-X%'",
                           {kCampaign})
                    .ok());
  }
  const int64_t person = add_person(site_->unit_id("LN-X16399"), "Hứa Văn Xa");
  UserSession canbo = site_->login("canbo");
  HttpResult form = canbo->get(base() + "/moi?tim=xa");
  ASSERT_EQ(form.status, 200u) << form.body.substr(0, 600);
  EXPECT_NE(form.body.find("<option value=\"" + std::to_string(person) + "\""), std::string::npos);
  EXPECT_NE(form.body.find("name=\"unit_code\""), std::string::npos) << "the nominating unit by code";
}

TEST_F(NominationsTest, APlanOfMoreThanFiveHundredUnitsTakesUnitsByCode) {
  site_->add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT ?, id FROM units WHERE code LIKE "
                           "'LN-TO%'",
                           {kCampaign})
                    .ok());
  }
  const int64_t team = site_->unit_id("LN-TO007");
  UserSession canbo = site_->login("canbo");
  HttpResult form = canbo->get(base() + "/moi?doi-tuong=collective");
  ASSERT_EQ(form.status, 200u);
  EXPECT_EQ(form.body.find("<select id=\"unit_id\""), std::string::npos) << "no drop-down of 500 units";
  EXPECT_EQ(form.body.find("Tổ công tác số 1007"), std::string::npos);
  EXPECT_NE(form.body.find("<input id=\"unit_id\" name=\"unit_code\" value=\"\" maxlength=\"64\" required"),
            std::string::npos);
  EXPECT_NE(form.body.find("<input id=\"nominee_unit_id\" name=\"nominee_unit_code\" value=\"\""),
            std::string::npos);
  EXPECT_NE(form.body.find("<input id=\"t_nominee_unit_id\" name=\"nominee_unit_code\" value=\"\""),
            std::string::npos);

  Fields fields = {{"award_type_id", std::to_string(award_)},
                   {"subject", "collective"},
                   {"unit_code", " KHONG-CO "},
                   {"nominee_unit_code", "LN-TO007"},
                   {"report", "Tổ hoàn thành xuất sắc nhiệm vụ năm 2023."},
                   {"attestation_" + std::to_string(collective_attested_), "Tổ đoàn kết, chấp hành tốt kỷ luật."}};
  const std::string before = site_->fingerprint();
  HttpResult unknown = canbo.post_form(base() + "/moi", fields);
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find("Không có đơn vị nào mã “KHONG-CO” trong phạm vi bạn được xem."), std::string::npos);
  EXPECT_NE(unknown.body.find("name=\"unit_code\" value=\" KHONG-CO \" maxlength=\"64\" required aria-invalid"),
            std::string::npos)
      << "what was typed, marked";
  EXPECT_NE(unknown.body.find("name=\"nominee_unit_code\" value=\"LN-TO007\""), std::string::npos);
  EXPECT_EQ(site_->fingerprint(), before);
  {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT count(*) FROM nominations WHERE nominee_unit_id = ?", {team});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ((*n)[0].i64(0), 0);
  }

  fields[2].second = "LN-TO007";
  HttpResult created = canbo.post_form(base() + "/moi", fields);
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 800);
  {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT unit_id, nominee_unit_id FROM nominations WHERE nominee_unit_id = ?", {team});
    ASSERT_TRUE(n.ok());
    ASSERT_EQ(n->size(), 1u);
    EXPECT_EQ((*n)[0].i64(0), team);
  }

  // A unit the officer sees (as a council member of the department) but does
  // not nominate for: the form again, "not offered", the report kept.
  ASSERT_TRUE(site_->grant("canbo", core::Role::kCouncilMember, "STNMT"));
  Fields elsewhere = fields;
  elsewhere[2].second = "PTNMT-HH";
  elsewhere[3].second = "PTNMT-HH";
  const std::string before_elsewhere = site_->fingerprint();
  HttpResult not_offered = canbo.post_form(base() + "/moi", elsewhere);
  EXPECT_EQ(not_offered.status, 422u) << not_offered.body.substr(0, 600);
  EXPECT_NE(not_offered.body.find("(mã PTNMT-HH) ở mục này."), std::string::npos);
  EXPECT_NE(not_offered.body.find("Tổ hoàn thành xuất sắc nhiệm vụ năm 2023."), std::string::npos) << "kept";
  EXPECT_EQ(site_->fingerprint(), before_elsewhere);

  // An individual nomination ignores what was left in the collective's field.
  const int64_t person = add_person(team, "Đặng Thị Mai");
  Fields individual = create_form(person);
  individual.emplace_back("unit_code", "LN-TO007");
  individual.emplace_back("nominee_unit_code", "KHONG-CO");
  HttpResult single = canbo.post_form(base() + "/moi", individual);
  ASSERT_EQ(single.status, 303u) << single.body.substr(0, 600);

  // The list filtered by the team's code, by another's, by none known.
  HttpResult mine = canbo->get(base() + "?ma-don-vi=LN-TO007");
  ASSERT_EQ(mine.status, 200u);
  EXPECT_NE(mine.body.find(">Tổ công tác số 1007<"), std::string::npos) << "the nominee's row";
  EXPECT_NE(mine.body.find("name=\"ma-don-vi\" value=\"LN-TO007\""), std::string::npos);
  HttpResult by_id = canbo->get(base() + "?don-vi=" + std::to_string(team));
  ASSERT_EQ(by_id.status, 200u);
  EXPECT_NE(by_id.body.find("name=\"ma-don-vi\" value=\"LN-TO007\""), std::string::npos)
      << "a filter by id shows the unit's code";
  HttpResult other = canbo->get(base() + "?ma-don-vi=LN-TO008");
  ASSERT_EQ(other.status, 200u);
  EXPECT_EQ(other.body.find(">Tổ công tác số 1007<"), std::string::npos);
  HttpResult bad = canbo->get(base() + "?ma-don-vi=KHONG-CO");
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("<p class=\"alert\" role=\"alert\">Không có đơn vị nào mã “KHONG-CO”"), std::string::npos)
      << "on the list page itself";
  EXPECT_NE(bad.body.find("name=\"ma-don-vi\" value=\"KHONG-CO\" maxlength=\"64\" aria-invalid=\"true\""),
            std::string::npos);
  EXPECT_EQ(bad.body.find(">Tổ công tác số 1007<"), std::string::npos) << "no rows for an unknown unit";

  // The report template of the collective, by code.
  const std::string report = base() + "/mau-bao-cao.docx?award_type_id=" + std::to_string(award_) +
                             "&subject=collective&nominee_unit_code=";
  HttpResult docx = canbo->get(report + "LN-TO007");
  EXPECT_EQ(docx.status, 200u) << docx.body.substr(0, 300);
  EXPECT_EQ(docx.header("content-type").rfind("application/vnd.openxmlformats", 0), 0u) << docx.header("content-type");
  EXPECT_EQ(canbo->get(report + "KHONG-CO").status, 422u);
}

TEST_F(NominationsTest, BadInputReShowsTheFormInVietnamese) {
  UserSession canbo = site_->login("canbo");
  const int64_t person = add_person(own_unit_);
  const std::string before = site_->fingerprint();
  Fields no_report = create_form(person);
  for (auto& f : no_report) {
    if (f.first == "report") f.second = "   ";
  }
  HttpResult r = canbo.post_form(base() + "/moi", no_report);
  EXPECT_EQ(r.status, 422u);
  EXPECT_NE(r.body.find("Hãy nhập báo cáo thành tích hoặc đính kèm tệp báo cáo"), std::string::npos);
  EXPECT_NE(r.body.find("Chấp hành tốt kỷ luật."), std::string::npos) << "attestations kept";

  Fields no_award = create_form(person);
  no_award[0].second = "";
  HttpResult a = canbo.post_form(base() + "/moi", no_award);
  EXPECT_EQ(a.status, 422u);
  EXPECT_NE(a.body.find("Chưa chọn hình thức khen thưởng"), std::string::npos);

  HttpResult api_bad = canbo.send_json("POST", api(), json::object{{"award_type_id", "một"}});
  EXPECT_EQ(api_bad.status, 400u);
  HttpResult api_subject = canbo.send_json("POST", api(), json::object{{"award_type_id", award_}, {"subject", "team"}});
  EXPECT_EQ(api_subject.status, 422u);
  EXPECT_EQ(parsed(api_subject).at("error").at("field").as_string(), "subject");
  EXPECT_EQ(before, site_->fingerprint());
}

}  // namespace
}  // namespace thidua::test
