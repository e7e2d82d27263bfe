// E-mail to a real agency mail server: STARTTLS (or implicit TLS) with the
// server certificate verified, AUTH PLAIN/LOGIN only over TLS, and absolute
// links with public_url. A reminder is queued over the API of a TestSite on
// the engine under test, then the outbox is drained against test SMTP sinks
// with certificates made at test time (support/test_pki.h): refusals leave
// the message queued with its error, and nothing is ever sent in clear.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include <openssl/x509_vfy.h>

#include "app/clock.h"
#include "mail/outbox_sender.h"
#include "mail/smtp_client.h"
#include "reminder_fixture.h"
#include "support/smtp_sink.h"
#include "support/test_pki.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

constexpr const char* kUser = "thidua@stnmt.bacgiang.gov.vn";
constexpr const char* kPassword = "m4t-khau rất bí mật";

class ManualClock final : public app::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return now_; }
  std::chrono::system_clock::time_point now_ = std::chrono::system_clock::now();
};

SmtpSinkOptions tls_sink(bool starttls = true) {
  SmtpSinkOptions o;
  o.cert_file = test_pki().server_cert;
  o.key_file = test_pki().server_key;
  o.starttls = starttls;
  o.user = kUser;
  o.password = kPassword;
  return o;
}

mail::SmtpSettings settings_for(const SmtpSink& sink, mail::SmtpTls tls = mail::SmtpTls::kStartTls) {
  mail::SmtpSettings s;
  s.host = "127.0.0.1";
  s.port = sink.port();
  s.from = "thuongtruc@stnmt.example";
  s.timeout = std::chrono::seconds(5);
  s.tls = tls;
  s.ca_file = test_pki().ca_cert;
  s.user = kUser;
  s.password = kPassword;
  return s;
}

class MailTlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    ASSERT_TRUE(make_units_late_with_one_contact_email(*site_));
  }
  // attempts and last_error of the one queued message.
  std::pair<int64_t, std::string> queued() {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT attempts, last_error FROM mail_outbox WHERE sent_at IS NULL");
    EXPECT_TRUE(rows.ok());
    if (!rows.ok() || rows->size() != 1) {
      ADD_FAILURE() << "one message should wait in the outbox";
      return {-1, ""};
    }
    return {(*rows)[0].i64(0), (*rows)[0].str(1)};
  }
  void remind() {
    site_->services().mail_enabled = true;
    auto s = site_->session("lanhdao");
    auto r = s.send_json("POST", "/api/v1/campaigns/1/reminders",
                         json::object{{"unit_ids", json::array{site_->unit_id("PTNMT-LN")}}});
    ASSERT_EQ(r.status, 201u) << r.body;
    ASSERT_EQ(json::parse(r.body).at("emails").as_int64(), 1);
  }
  // Drains once, after the back-off of earlier failures.
  mail::DrainResult drain(const mail::SmtpSettings& smtp) {
    clock_.now_ += std::chrono::hours(2);
    auto r = mail::drain_outbox(site_->db(), clock_, smtp);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? *r : mail::DrainResult{};
  }

  std::unique_ptr<TestSite> site_;
  ManualClock clock_;
};

TEST_F(MailTlsTest, AReminderIsRefusedByUntrustedOrClearServersThenDeliveredOverStartTlsWithAuth) {
  site_->services().public_url = "https://thiduakhenthuong.bacgiang.gov.vn";
  remind();

  // 1. A certificate signed by a CA the client does not trust (system store only).
  {
    SmtpSink sink(tls_sink());
    auto smtp = settings_for(sink);
    smtp.ca_file.clear();
    const auto r = drain(smtp);
    EXPECT_EQ(r.sent, 0);
    EXPECT_EQ(r.failed, 1);
    const auto [attempts, error] = queued();
    EXPECT_EQ(attempts, 1);
    EXPECT_NE(error.find("không thiết lập được kết nối TLS an toàn với máy chủ SMTP: chứng chỉ của máy chủ không do "
                         "tổ chức chứng thực (CA) tin cậy cấp; nếu cơ quan dùng CA riêng, khai báo tệp chứng chỉ CA ở "
                         "smtp_ca_file"),
              std::string::npos)
        << error;
    EXPECT_NE(error.find("(chi tiết kỹ thuật: certificate verify failed"), std::string::npos) << error;
    EXPECT_TRUE(sink.messages().empty());
    EXPECT_TRUE(sink.auth_attempts().empty()) << "no credentials before the certificate is trusted";
  }

  // 2. A server that does not offer STARTTLS (even though it offers AUTH in clear).
  {
    auto options = tls_sink(false);
    options.auth_in_clear = true;
    SmtpSink sink(options);
    const auto r = drain(settings_for(sink));
    EXPECT_EQ(r.failed, 1);
    const auto [attempts, error] = queued();
    EXPECT_EQ(attempts, 2);
    EXPECT_NE(error.find("máy chủ SMTP không hỗ trợ STARTTLS"), std::string::npos) << error;
    EXPECT_TRUE(sink.messages().empty());
    EXPECT_TRUE(sink.auth_attempts().empty());
    EXPECT_EQ(sink.clear_commands(), std::vector<std::string>{"ehlo"}) << "nothing but EHLO in clear";
  }

  // 3. A wrong password: the server's answer is kept.
  {
    SmtpSink sink(tls_sink());
    auto smtp = settings_for(sink);
    smtp.password = "sai mật khẩu";
    const auto r = drain(smtp);
    EXPECT_EQ(r.failed, 1);
    const auto [attempts, error] = queued();
    EXPECT_EQ(attempts, 3);
    EXPECT_NE(error.find("535 5.7.8 Authentication credentials invalid"), std::string::npos) << error;
    EXPECT_EQ(error.find("sai mật khẩu"), std::string::npos) << "the password is never in an error";
    ASSERT_EQ(sink.auth_attempts().size(), 1u);
    EXPECT_FALSE(sink.auth_attempts()[0].accepted);
    EXPECT_TRUE(sink.messages().empty());
  }

  // 4. The agency's server with its own CA: delivered over STARTTLS after AUTH PLAIN.
  {
    SmtpSink sink(tls_sink());
    const auto r = drain(settings_for(sink));
    EXPECT_EQ(r.sent, 1);
    EXPECT_EQ(r.failed, 0);
    const auto auths = sink.auth_attempts();
    ASSERT_EQ(auths.size(), 1u);
    EXPECT_EQ(auths[0].mechanism, "PLAIN");
    EXPECT_EQ(auths[0].user, kUser);
    EXPECT_EQ(auths[0].password, kPassword);
    EXPECT_TRUE(auths[0].over_tls) << "credentials only after TLS";
    EXPECT_TRUE(auths[0].accepted);
    EXPECT_EQ(sink.clear_commands(), (std::vector<std::string>{"ehlo", "star"})) << "EHLO and STARTTLS only";
    const auto got = sink.messages();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].rcpt_to, std::vector<std::string>{"hung.vm@lucnam.example"});
    EXPECT_NE(got[0].body().find("Xem chi tiết tại trang https://thiduakhenthuong.bacgiang.gov.vn/dot-thi-dua/1 "),
              std::string::npos)
        << got[0].body();
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT attempts, last_error FROM mail_outbox WHERE sent_at IS NOT NULL");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].i64(0), 4);
    EXPECT_EQ((*rows)[0].str(1), "");
  }
}

TEST_F(MailTlsTest, WithoutPublicUrlTheLinkStaysASitePath) {
  remind();
  SmtpSink sink;
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = sink.port();
  smtp.timeout = std::chrono::seconds(5);
  EXPECT_EQ(drain(smtp).sent, 1);
  ASSERT_EQ(sink.messages().size(), 1u);
  EXPECT_NE(sink.messages()[0].body().find("Xem chi tiết tại trang /dot-thi-dua/1 "), std::string::npos)
      << sink.messages()[0].body();
}

const std::vector<mail::MailMessage> kOne{{"", "hung.vm@lucnam.example", "Nhắc nhở", "Thư qua TLS"}};

TEST(MailTls, AuthLoginWhenTheServerOffersOnlyThat) {
  auto options = tls_sink();
  options.auth_login_only = true;
  SmtpSink sink(options);
  const auto results = mail::send_batch(settings_for(sink), kOne);
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  ASSERT_EQ(sink.auth_attempts().size(), 1u);
  EXPECT_EQ(sink.auth_attempts()[0].mechanism, "LOGIN");
  EXPECT_TRUE(sink.auth_attempts()[0].over_tls);
  ASSERT_EQ(sink.messages().size(), 1u);
  EXPECT_EQ(sink.messages()[0].body(), "Thư qua TLS");
}

TEST(MailTls, ImplicitTlsFromTheFirstByte) {
  auto options = tls_sink(false);
  options.implicit_tls = true;
  SmtpSink sink(options);
  const auto results = mail::send_batch(settings_for(sink, mail::SmtpTls::kImplicit), kOne);
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  EXPECT_TRUE(sink.clear_commands().empty());
  ASSERT_EQ(sink.auth_attempts().size(), 1u);
  EXPECT_TRUE(sink.auth_attempts()[0].over_tls);
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST(MailTls, TheClientNeverSendsCredentialsInClear) {
  auto options = tls_sink(false);
  options.auth_in_clear = true;
  SmtpSink sink(options);
  const auto results = mail::send_batch(settings_for(sink, mail::SmtpTls::kNone), kOne);
  ASSERT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error().message.find("không gửi mật khẩu SMTP qua kết nối chưa mã hóa TLS"),
            std::string::npos)
      << results[0].error().message;
  EXPECT_TRUE(sink.auth_attempts().empty());
  EXPECT_TRUE(sink.messages().empty());
}

TEST(MailTls, TheCertificateMustNameTheHost) {
  // Signed by the trusted CA, but for another host than 127.0.0.1.
  auto options = tls_sink();
  options.cert_file = test_pki().other_cert;
  options.key_file = test_pki().other_key;
  SmtpSink sink(options);
  const auto results = mail::send_batch(settings_for(sink), kOne);
  ASSERT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error().message.find("chứng chỉ của máy chủ không mang tên máy chủ đã khai báo ở smtp_host"),
            std::string::npos)
      << results[0].error().message;
  EXPECT_NE(results[0].error().message.find("IP address mismatch"), std::string::npos) << results[0].error().message;
  EXPECT_TRUE(sink.auth_attempts().empty());
  EXPECT_TRUE(sink.messages().empty());
}

TEST(MailTls, AnExpiredCertificateIsRefusedAndSaidSo) {
  auto options = tls_sink();
  options.cert_file = test_pki().expired_cert;
  SmtpSink sink(options);
  const auto results = mail::send_batch(settings_for(sink), kOne);
  ASSERT_FALSE(results[0].ok());
  EXPECT_NE(results[0].error().message.find(": chứng chỉ của máy chủ đã hết hạn (chi tiết kỹ thuật: "),
            std::string::npos)
      << results[0].error().message;
  EXPECT_TRUE(sink.auth_attempts().empty());
  EXPECT_TRUE(sink.messages().empty());
}

TEST(MailTls, ACertificateForTheHostNameIsAcceptedByName) {
  // The server certificate names DNS:localhost too: connecting by that name
  // checks the name (and sends it as SNI) instead of the address.
  SmtpSink sink(tls_sink());
  auto smtp = settings_for(sink);
  smtp.host = "localhost";
  const auto results = mail::send_batch(smtp, kOne);
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST(MailTls, EveryCertificateProblemHasItsOwnReasonInVietnamese) {
  using mail::tls_failure_reason;
  EXPECT_STREQ(tls_failure_reason(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY),
               tls_failure_reason(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
  EXPECT_STREQ(tls_failure_reason(X509_V_ERR_HOSTNAME_MISMATCH), tls_failure_reason(X509_V_ERR_IP_ADDRESS_MISMATCH));
  const std::vector<long> distinct{X509_V_OK,
                                   X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
                                   X509_V_ERR_HOSTNAME_MISMATCH,
                                   X509_V_ERR_CERT_HAS_EXPIRED,
                                   X509_V_ERR_CERT_NOT_YET_VALID,
                                   X509_V_ERR_CERT_REVOKED,
                                   X509_V_ERR_CERT_SIGNATURE_FAILURE};
  std::set<std::string> reasons;
  for (long code : distinct) reasons.insert(tls_failure_reason(code));
  EXPECT_EQ(reasons.size(), distinct.size());
  EXPECT_NE(std::string(tls_failure_reason(X509_V_ERR_CERT_NOT_YET_VALID)).find("chưa đến ngày có hiệu lực"),
            std::string::npos);
  EXPECT_NE(std::string(tls_failure_reason(X509_V_ERR_CERT_REVOKED)).find("thu hồi"), std::string::npos);
  EXPECT_NE(std::string(tls_failure_reason(X509_V_OK)).find("bắt tay TLS"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
