// The secretariat's dashboard, reminders, notifications and e-mail over real
// HTTP on the engine under test: the role × route matrix of these routes
// (refused writes change nothing), the figures and lateness on the page and
// in the API, reminders reaching unit heads and officers in-app and through a
// test SMTP sink, and mail kept with its error while the relay is down.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <array>
#include <map>
#include <sstream>
#include <thread>

#include "app/clock.h"
#include "app/progress_cache.h"
#include "mail/outbox_sender.h"
#include "matrix_outcomes.h"
#include "reminder_fixture.h"
#include "route_coverage.h"
#include "store/mail_outbox.h"
#include "support/smtp_sink.h"
#include "support/test_server.h"
#include "web/config.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({{"GET", "/dot-thi-dua/{id}/theo-doi"},
                                    {"POST", "/dot-thi-dua/{id}/theo-doi/nhac-nho"},
                                    {"GET", "/api/v1/campaigns/{id}/dashboard"},
                                    {"POST", "/api/v1/campaigns/{id}/reminders"},
                                    {"GET", "/thong-bao"},
                                    {"POST", "/thong-bao/{id}/da-doc"},
                                    {"POST", "/thong-bao/da-doc"},
                                    {"GET", "/api/v1/notifications"},
                                    {"POST", "/api/v1/notifications/{id}/read"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

// A clock the test moves (retry back-off).
class ManualClock final : public app::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return now_; }
  std::chrono::system_clock::time_point now_ = std::chrono::system_clock::now();
};

class TrackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    other_unit_ = site_->unit_id("PTNMT-HH");
    ASSERT_TRUE(make_units_late_with_one_contact_email(*site_));
  }

  void sql(const std::string& statement) {
    auto conn = site_->db().acquire();
    auto r = conn->exec(statement);
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  int64_t scalar(const std::string& query) {
    auto conn = site_->db().acquire();
    auto r = conn->query(query);
    EXPECT_TRUE(r.ok() && !r->empty()) << (r.ok() ? query : r.error().message);
    return r.ok() && !r->empty() ? (*r)[0].i64(0) : -1;
  }
  // A notification for `username`, inserted directly.
  int64_t notification_for(const std::string& username) {
    auto conn = site_->db().acquire();
    auto r = conn->query(
        "INSERT INTO notifications (user_id, campaign_id, kind, message, link, created_at) "
        "VALUES (?, 1, 'reminder', 'Nhắc nhở thử', '/dot-thi-dua/1', '2026-01-01T00:00:00.000Z') RETURNING id",
        {site_->user_id(username)});
    EXPECT_TRUE(r.ok());
    return r.ok() ? (*r)[0].i64(0) : 0;
  }
  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0, other_unit_ = 0;
};

enum class Body { kNone, kForm, kJson };

struct Row {
  const char* method;
  const char* target;  // {own} = PTNMT-LN, {note} = a notification of canbo
  Body body;
  const char* expect;  // anonymous admin lanhdao thuongtruc hoidong thutruong canbo nhanvien
};

// clang-format off
const Row kMatrix[] = {
  {"GET",  "/dot-thi-dua/1/theo-doi",                  Body::kNone, "L   403 O   O   403 403 403 403"},
  {"GET",  "/dot-thi-dua/1/theo-doi?sap-xep=tre-han&trang=2", Body::kNone, "L 403 O O 403 403 403 403"},
  {"GET",  "/dot-thi-dua/999/theo-doi",                Body::kNone, "L   404 404 404 404 404 404 404"},
  {"GET",  "/dot-thi-dua/abc/theo-doi",                Body::kNone, "L   404 404 404 404 404 404 404"},
  {"POST", "/dot-thi-dua/1/theo-doi/nhac-nho",         Body::kForm, "L   403 R   R   403 403 403 403"},
  {"POST", "/dot-thi-dua/999/theo-doi/nhac-nho",       Body::kForm, "L   404 404 404 404 404 404 404"},
  {"GET",  "/api/v1/campaigns/1/dashboard",            Body::kNone, "401 403 O   O   403 403 403 403"},
  {"GET",  "/api/v1/campaigns/999/dashboard",          Body::kNone, "401 404 404 404 404 404 404 404"},
  {"POST", "/api/v1/campaigns/1/reminders",            Body::kJson, "401 403 O   O   403 403 403 403"},
  {"POST", "/api/v1/campaigns/999/reminders",          Body::kJson, "401 404 404 404 404 404 404 404"},
  {"GET",  "/thong-bao",                               Body::kNone, "L   O   O   O   O   O   O   O"},
  {"POST", "/thong-bao/{note}/da-doc",                 Body::kForm, "L   404 404 404 404 404 R   404"},
  {"POST", "/thong-bao/da-doc",                        Body::kForm, "L   R   R   R   R   R   R   R"},
  {"GET",  "/api/v1/notifications",                    Body::kNone, "401 O   O   O   O   O   O   O"},
  {"POST", "/api/v1/notifications/{note}/read",        Body::kJson, "401 404 404 404 404 404 O   404"},
};
// clang-format on

TEST_F(TrackTest, EveryRoleGetsTheExpectedOutcomeAndRefusalsChangeNothing) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site_->session(kColumns[c]));
  ASSERT_FALSE(HasFailure());
  for (const Row& row : kMatrix) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    const int64_t note = notification_for("canbo");
    for (size_t c : refusals_first(expect)) {  // refusals first, on untouched records
      std::string target = row.target;
      if (auto p = target.find("{note}"); p != std::string::npos) target.replace(p, 6, std::to_string(note));
      const std::string before = row.method != std::string("GET") && is_refusal(expect[c]) ? site_->fingerprint() : "";
      HttpResult r;
      if (c == 0) {
        auto anon = site_->client();
        const std::string csrf = extract_csrf(anon->get("/dang-nhap").body);
        if (row.body == Body::kNone) r = anon->get(target);
        else if (row.body == Body::kForm) r = anon->post_form(target, {{"_csrf", csrf}});
        else r = anon->request("POST", target, "{}", {{"Content-Type", "application/json"}, {"X-CSRF-Token", csrf}});
      } else {
        UserSession& s = sessions.at(kColumns[c]);
        if (row.body == Body::kNone) r = s->get(target);
        else if (row.body == Body::kForm) r = s.post_form(target, {});
        else r = s.send_json("POST", target, json::object{});
      }
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << target << " as " << kColumns[c] << ": expected "
                                         << expect[c] << ", got " << r.status << " " << r.header("location") << "\n"
                                         << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = site_->fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << target << " as " << kColumns[c]
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}

TEST_F(TrackTest, DashboardShowsTheUnitsFiguresLatenessAndTotals) {
  // PTNMT-LN has submitted its plan; one of its people registered.
  sql("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (1, " + std::to_string(own_unit_) +
      ", '2023-07-01T02:00:00.000Z')");
  sql("INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, created_at, "
      "updated_at) SELECT 1, " + std::to_string(own_unit_) +
      ", 'individual', person_id, 'p:' || person_id, 'approved', 'x', 'x' FROM users WHERE username = 'nhanvien'");
  auto s = site_->session("thuongtruc");
  auto r = s->get("/api/v1/campaigns/1/dashboard?page_size=200");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto doc = json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("registration_deadline"), "2023-07-15");
  const auto& items = doc.at("items").as_array();
  const size_t unit_count = items.size();
  ASSERT_GE(items.size(), 2u);
  const json::object* own = nullptr;
  const json::object* other = nullptr;
  for (const auto& i : items) {
    if (i.at("unit_id").as_int64() == own_unit_) own = &i.as_object();
    if (i.at("unit_id").as_int64() == other_unit_) other = &i.as_object();
  }
  ASSERT_NE(own, nullptr) << "PTNMT-LN takes part in the seed campaign";
  ASSERT_NE(other, nullptr) << "PTNMT-HH takes part in the seed campaign";
  const int64_t people = scalar("SELECT COUNT(*) FROM people p JOIN units u ON u.id = " + std::to_string(own_unit_) +
                                " WHERE p.unit_path >= u.path AND p.unit_path < u.path || '~'");
  EXPECT_EQ(own->at("people").as_int64(), people);
  EXPECT_EQ(own->at("registered").as_int64(), 1);
  EXPECT_EQ(own->at("plan_submitted"), true);
  EXPECT_EQ(own->at("plan_late"), false);
  EXPECT_EQ(own->at("registration_late"), people > 1);
  EXPECT_EQ(other->at("plan_late"), true);
  const auto& totals = doc.at("totals").as_object();
  EXPECT_EQ(totals.at("units").as_int64(), static_cast<int64_t>(items.size()));
  EXPECT_EQ(totals.at("plans_submitted").as_int64(), 1);
  int64_t banded = totals.at("rate_unknown").as_int64();
  for (const auto& b : totals.at("rate_bands").as_array()) banded += b.as_int64();
  EXPECT_EQ(banded, totals.at("units").as_int64()) << "every unit in one band of registration rate";
  EXPECT_EQ(totals.at("plan_late_units").as_int64(), totals.at("units").as_int64() - 1);

  // Late first, one per page.
  r = s->get("/api/v1/campaigns/1/dashboard?sort=late&page_size=1");
  ASSERT_EQ(r.status, 200u);
  doc = json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("has_more"), true);
  EXPECT_EQ(doc.at("items").as_array().at(0).at("late"), true);

  // The page: rule stated, late rows marked, progress bars with text values.
  r = s->get("/dot-thi-dua/1/theo-doi");
  ASSERT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("Đơn vị chậm tiến độ: đã quá hạn đăng ký (15/07/2023)"), std::string::npos);
  EXPECT_NE(r.body.find("class=\"late\""), std::string::npos);
  EXPECT_NE(r.body.find("<progress max=\"100\""), std::string::npos);
  EXPECT_NE(r.body.find("Tổng cộng"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/dot-thi-dua/1\""), std::string::npos);
  // The charts over every unit, their figures in tables for screen readers.
  const std::string units = std::to_string(unit_count);
  EXPECT_NE(r.body.find("<th scope=\"row\">Đơn vị đã nộp kế hoạch triển khai</th><td>1 / " + units + " ("),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("<figure class=\"chart\" id=\"bieu-do-muc\">"), std::string::npos);
  EXPECT_NE(r.body.find("<th scope=\"row\">Chưa nộp kế hoạch triển khai</th><td>" +
                        std::to_string(unit_count - 1) + "</td>"),
            std::string::npos)
      << "every unit but PTNMT-LN is late for its plan";
}

TEST_F(TrackTest, CachedFiguresAreReusedUntilAReminderRecomputesThem) {
  app::ProgressCache cache(std::chrono::minutes(10));
  site_->services().progress_cache = &cache;
  auto s = site_->session("thuongtruc");
  auto own_row = [&]() -> json::object {
    auto r = s->get("/api/v1/campaigns/1/dashboard?page_size=200");
    EXPECT_EQ(r.status, 200u);
    const json::value doc = json::parse(r.body);
    for (const auto& i : doc.at("items").as_array()) {
      if (i.at("unit_id").as_int64() == own_unit_) return i.as_object();
    }
    ADD_FAILURE() << "PTNMT-LN missing";
    return {};
  };
  EXPECT_EQ(own_row().at("plan_submitted"), false);
  sql("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (1, " + std::to_string(own_unit_) +
      ", '2023-07-01T02:00:00.000Z')");
  EXPECT_EQ(own_row().at("plan_submitted"), false) << "served from the cache";
  auto r = s.send_json("POST", "/api/v1/campaigns/1/reminders", json::object{{"unit_ids", json::array{own_unit_}}});
  ASSERT_EQ(r.status, 201u);
  EXPECT_EQ(own_row().at("plan_submitted"), true) << "the reminder recomputed the figures";
  site_->services().progress_cache = nullptr;
}

// A plan that names no registration deadline is measured against the end of
// its period: late once it has passed, nobody late while it runs.
TEST_F(TrackTest, WithoutADeadlineThePeriodsEndCounts) {
  sql("UPDATE campaigns SET registration_deadline = NULL, period_end = '2023-09-30' WHERE id = 1");
  auto s = site_->session("thuongtruc");
  auto r = s->get("/api/v1/campaigns/1/dashboard?page_size=200");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto doc = json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("registration_deadline"), "2023-09-30");
  const auto& totals = doc.at("totals").as_object();
  EXPECT_EQ(totals.at("late_units"), totals.at("units")) << "the period ended with nobody registered";
  r = s->get("/dot-thi-dua/1/theo-doi");
  ASSERT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("đã quá hạn đăng ký (30/09/2023: kế hoạch không nêu hạn đăng ký nên tính đến hết thời gian "
                        "thi đua)"),
            std::string::npos);

  sql("UPDATE campaigns SET period_end = '2099-12-31' WHERE id = 1");
  r = s.post_form("/dot-thi-dua/1/theo-doi/nhac-nho", {});  // recomputes the figures
  r = s->get("/api/v1/campaigns/1/dashboard?page_size=200");
  ASSERT_EQ(r.status, 200u) << r.body;
  doc = json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("totals").at("late_units"), 0) << "nobody is late while the period runs";
}

TEST_F(TrackTest, NoLateUnitAndBadSelectionsAreRefusedWithoutChanges) {
  // No deadline named and the period still running: nobody is late.
  sql("UPDATE campaigns SET registration_deadline = NULL, period_end = '2099-12-31' WHERE id = 1");
  auto s = site_->session("thuongtruc");
  const std::string before = site_->fingerprint();
  auto r = s.post_form("/dot-thi-dua/1/theo-doi/nhac-nho", {});
  EXPECT_EQ(r.status, 422u);
  EXPECT_NE(r.body.find("Không có đơn vị nào chậm tiến độ để nhắc nhở."), std::string::npos);
  r = s.post_form("/dot-thi-dua/1/theo-doi/nhac-nho", {{"don-vi", "abc"}});
  EXPECT_EQ(r.status, 422u);
  const int64_t outsider = scalar(
      "SELECT COALESCE(MIN(id), 999999) FROM units WHERE id NOT IN (SELECT unit_id FROM campaign_units WHERE "
      "campaign_id = 1)");
  for (int64_t unit : {outsider, int64_t{999999}}) {
    r = s.post_form("/dot-thi-dua/1/theo-doi/nhac-nho", {{"don-vi", std::to_string(unit)}});
    EXPECT_EQ(r.status, 422u) << "unit " << unit << " does not take part";
    EXPECT_NE(r.body.find("Đơn vị được chọn không tham gia đợt thi đua này."), std::string::npos);
  }
  r = s.send_json("POST", "/api/v1/campaigns/1/reminders", json::object{{"unit_ids", "PTNMT-LN"}});
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("\"bad_request\""), std::string::npos);
  r = s.send_json("POST", "/api/v1/campaigns/1/reminders", json::object{});
  EXPECT_EQ(r.status, 422u);
  EXPECT_NE(r.body.find("\"validation_failed\""), std::string::npos);
  EXPECT_EQ(before, site_->fingerprint()) << first_difference(before, site_->fingerprint());
}

TEST_F(TrackTest, ReminderReachesUnitHeadAndOfficerInAppAndByMailThroughTheSink) {
  SmtpSink sink;
  site_->services().mail_enabled = true;
  auto s = site_->session("thuongtruc");
  auto r = s.post_form("/dot-thi-dua/1/theo-doi/nhac-nho", {{"don-vi", std::to_string(own_unit_)}});
  ASSERT_EQ(r.status, 303u) << r.body.substr(0, 400);
  EXPECT_EQ(r.header("location"), "/dot-thi-dua/1/theo-doi?da-nhac=1&thong-bao=2&thu=1");
  r = s->get(r.header("location"));
  EXPECT_NE(r.body.find("Đã gửi nhắc nhở tới 1 đơn vị (2 thông báo, 1 thư điện tử)."), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.remind'"), 1);

  // In-app: the officer sees it, with the unread count in the header.
  auto canbo = site_->session("canbo");
  r = canbo->get("/api/v1/notifications");
  ASSERT_EQ(r.status, 200u);
  auto doc = json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("unread").as_int64(), 1);
  ASSERT_EQ(doc.at("items").as_array().size(), 1u);
  const auto& note = doc.at("items").as_array()[0].as_object();
  const std::string message(note.at("message").as_string());
  EXPECT_NE(message.find("Phòng Tài nguyên và Môi trường huyện Lục Nam"), std::string::npos) << message;
  EXPECT_NE(message.find("chưa nộp kế hoạch triển khai"), std::string::npos) << message;
  r = canbo->get("/thong-bao");
  EXPECT_NE(r.body.find("aria-label=\"1 thông báo chưa đọc\""), std::string::npos);
  r = canbo.post_form("/thong-bao/" + std::to_string(note.at("id").as_int64()) + "/da-doc", {});
  EXPECT_EQ(r.status, 303u);
  r = canbo->get("/thong-bao");
  EXPECT_EQ(r.body.find("thông báo chưa đọc"), std::string::npos);
  EXPECT_NE(r.body.find("Đã đọc"), std::string::npos);
  // Nobody else of the unit's staff got one.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = "
                   "'nhanvien'"),
            0);

  // E-mail: the background sender hands it to the relay.
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = sink.port();
  smtp.from = "thuongtruc@stnmt.example";
  smtp.timeout = std::chrono::seconds(5);
  mail::OutboxSender sender(site_->db(), site_->services().clock, smtp, std::chrono::milliseconds(50));
  sender.start();
  ASSERT_TRUE(sink.wait_for(1, std::chrono::seconds(10)));
  for (int i = 0; i < 200 && scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL") > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  sender.stop();
  const auto got = sink.messages();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mail_from, "thuongtruc@stnmt.example");
  EXPECT_EQ(got[0].rcpt_to, std::vector<std::string>{"hung.vm@lucnam.example"});
  EXPECT_EQ(got[0].header("To"), "<hung.vm@lucnam.example>");
  auto conn = site_->db().acquire();
  auto title = conn->query("SELECT title FROM campaigns WHERE id = 1");
  ASSERT_TRUE(title.ok());
  EXPECT_EQ(got[0].subject(), "Nhắc nhở tiến độ đợt thi đua: " + (*title)[0].str(0));
  EXPECT_NE(got[0].body().find("Phòng Tài nguyên và Môi trường huyện Lục Nam"), std::string::npos) << got[0].body();
  EXPECT_NE(got[0].body().find("Thường trực Hội đồng Thi đua – Khen thưởng"), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND attempts = 1"), 1);
}

TEST_F(TrackTest, TwoServersDrainingOneOutboxSendEachMessageOnce) {
  constexpr int kMessages = 120;
  {
    auto conn = site_->db().acquire();
    for (int i = 0; i < kMessages; ++i) {
      ASSERT_TRUE(store::enqueue_mail(*conn, "nguoi" + std::to_string(i) + "@lucnam.example", "Nhắc nhở",
                                      "Nội dung", "2026-01-01T00:00:00.000Z")
                      .ok());
    }
  }
  SmtpSink sink;
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = sink.port();
  smtp.timeout = std::chrono::seconds(5);
  // Two senders as two servers would run them: each its own name and thread.
  mail::OutboxSender one(site_->db(), site_->services().clock, smtp, std::chrono::milliseconds(5));
  mail::OutboxSender two(site_->db(), site_->services().clock, smtp, std::chrono::milliseconds(5));
  one.start();
  two.start();
  for (int i = 0; i < 500 && scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL") > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  one.stop();
  two.stop();
  std::map<std::string, int> received;
  for (const auto& m : sink.messages()) ++received[m.rcpt_to.at(0)];
  EXPECT_EQ(received.size(), size_t{kMessages});
  for (const auto& [to, times] : received) EXPECT_EQ(times, 1) << to;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND attempts = 1"), kMessages);
}

TEST_F(TrackTest, MailWaitsWithItsErrorWhileTheRelayIsDownAndGoesOutLater) {
  site_->services().mail_enabled = true;
  auto s = site_->session("lanhdao");
  auto r = s.send_json("POST", "/api/v1/campaigns/1/reminders", json::object{{"unit_ids", json::array{own_unit_}}});
  ASSERT_EQ(r.status, 201u) << r.body;
  EXPECT_EQ(json::parse(r.body).at("emails").as_int64(), 1);

  // A port nobody listens on.
  unsigned short closed_port = 0;
  {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor a(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    closed_port = a.local_endpoint().port();
  }
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = closed_port;
  smtp.timeout = std::chrono::seconds(2);
  ManualClock clock;
  auto drained = mail::drain_outbox(site_->db(), clock, smtp);
  ASSERT_TRUE(drained.ok()) << drained.error().message;
  EXPECT_EQ(drained->sent, 0);
  EXPECT_EQ(drained->failed, 1);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT id, attempts, last_error, sent_at, next_attempt_at FROM mail_outbox");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].i64(1), 1);
  EXPECT_FALSE((*rows)[0].str(2).empty());
  EXPECT_TRUE((*rows)[0].is_null(3));
  EXPECT_GT((*rows)[0].str(4), app::iso_instant(clock.now()));

  // Not due again before its back-off, even with the relay back.
  SmtpSink sink;
  smtp.port = sink.port();
  drained = mail::drain_outbox(site_->db(), clock, smtp);
  ASSERT_TRUE(drained.ok());
  EXPECT_EQ(drained->sent + drained->failed, 0);
  clock.now_ += std::chrono::minutes(2);
  drained = mail::drain_outbox(site_->db(), clock, smtp);
  ASSERT_TRUE(drained.ok());
  EXPECT_EQ(drained->sent, 1);
  ASSERT_EQ(sink.messages().size(), 1u);
  EXPECT_EQ(sink.messages()[0].rcpt_to.at(0), "hung.vm@lucnam.example");
  EXPECT_EQ(scalar("SELECT attempts FROM mail_outbox"), 2);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND last_error = ''"), 1);
}

TEST_F(TrackTest, WithoutSmtpOnlyNotificationsAreSent) {
  auto s = site_->session("thuongtruc");
  auto r = s.send_json("POST", "/api/v1/campaigns/1/reminders", json::object{});
  ASSERT_EQ(r.status, 201u) << r.body;
  auto doc = json::parse(r.body).as_object();
  EXPECT_GE(doc.at("units").as_int64(), 2) << "every participating unit is late: none has a plan";
  EXPECT_GE(doc.at("notifications").as_int64(), 2);
  EXPECT_EQ(doc.at("emails").as_int64(), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM mail_outbox"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM notifications"), doc.at("notifications").as_int64());
}

TEST(TrackSmtp, ARefusedRecipientFailsOnlyItsMessage) {
  SmtpSink sink;
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = sink.port();
  smtp.from = "thuongtruc@stnmt.example";
  smtp.timeout = std::chrono::seconds(5);
  const std::vector<mail::MailMessage> batch{
      {"", "hung.vm@lucnam.example", "Nhắc nhở", "Thư thứ nhất"},
      {"", "tu-choi@lucnam.example", "Nhắc nhở", "Thư bị từ chối"},
      {"", "sai dia chi", "Nhắc nhở", "Địa chỉ hỏng"},
      {"", "tam.htt@lucnam.example", "Nhắc nhở", ".Thư thứ ba\n.\nhết"}};
  const auto results = mail::send_batch(smtp, batch);
  ASSERT_EQ(results.size(), 4u);
  EXPECT_TRUE(results[0].ok());
  ASSERT_FALSE(results[1].ok());
  EXPECT_NE(results[1].error().message.find("550"), std::string::npos) << results[1].error().message;
  EXPECT_FALSE(results[2].ok());
  EXPECT_TRUE(results[3].ok());
  const auto got = sink.messages();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].body(), "Thư thứ nhất");
  EXPECT_EQ(got[1].rcpt_to, std::vector<std::string>{"tam.htt@lucnam.example"});
  EXPECT_EQ(got[1].body(), ".Thư thứ ba\r\n.\r\nhết");
}

TEST(TrackConfig, SmtpSettingsAreReadAndChecked) {
  auto cfg = web::load_config("", {{"THIDUA_SMTP_HOST", "127.0.0.1"},
                                   {"THIDUA_SMTP_PORT", "2525"},
                                   {"THIDUA_SMTP_FROM", "thidua@stnmt.bacgiang.gov.vn"}});
  ASSERT_TRUE(cfg.ok()) << cfg.error().message;
  EXPECT_EQ(cfg->smtp_host, "127.0.0.1");
  EXPECT_EQ(cfg->smtp_port, 2525);
  EXPECT_EQ(cfg->smtp_from, "thidua@stnmt.bacgiang.gov.vn");
  EXPECT_EQ(cfg->smtp_interval_s, 30);
  EXPECT_TRUE(web::load_config("", {}).value().smtp_host.empty()) << "no e-mail unless configured";
  auto bad = web::load_config("", {{"THIDUA_SMTP_PORT", "70000"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "smtp_port");
  bad = web::load_config("", {{"THIDUA_SMTP_FROM", "thidua <x@y>"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "smtp_from");
}

}  // namespace
}  // namespace thidua::test
