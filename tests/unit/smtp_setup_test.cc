// Configuration of e-mail to a real mail server: public_url validation and
// normalisation, the smtp_tls/smtp_user keys, no password in the
// configuration, the password file's permissions, and how `thidua serve`
// completes the SMTP settings (mail/smtp_setup.h).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "mail/smtp_setup.h"
#include "web/config.h"

namespace thidua::test {
namespace {

// A file in a fresh temporary folder, removed with the object.
class TempFile {
 public:
  TempFile(const std::string& content, mode_t mode) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "thidua-smtp-XXXXXX").string();
    if (::mkdtemp(tmpl.data())) dir_ = tmpl;
    path_ = dir_ + "/password";
    std::ofstream(path_) << content;
    ::chmod(path_.c_str(), mode);
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string dir_;
  std::string path_;
};

TEST(PublicUrl, GoodValuesAreAcceptedWithoutTheTrailingSlash) {
  const std::vector<std::pair<std::string, std::string>> good = {
      {"https://thiduakhenthuong.bacgiang.gov.vn", "https://thiduakhenthuong.bacgiang.gov.vn"},
      {"https://thiduakhenthuong.bacgiang.gov.vn/", "https://thiduakhenthuong.bacgiang.gov.vn"},
      {"http://10.0.0.5:8080/thidua/", "http://10.0.0.5:8080/thidua"},
      {"https://[2001:db8::1]", "https://[2001:db8::1]"},
  };
  for (const auto& [value, normal] : good) {
    auto cfg = web::load_config("", {{"THIDUA_PUBLIC_URL", value}});
    ASSERT_TRUE(cfg.ok()) << value << ": " << cfg.error().message;
    EXPECT_EQ(cfg->public_url, normal) << value;
  }
  EXPECT_EQ(web::load_config("", {}).value().public_url, "") << "no base URL unless configured";
}

TEST(PublicUrl, BadValuesAreRefusedNamingTheKey) {
  for (const std::string value : {"thiduakhenthuong.bacgiang.gov.vn", "ftp://bacgiang.gov.vn", "https://",
                                  "https:///duong-dan", "https://bacgiang.gov.vn/?a=1", "https://bacgiang.gov.vn/#x",
                                  "https://ai:mk@bacgiang.gov.vn", "https://bac giang.gov.vn", "/dot-thi-dua"}) {
    auto cfg = web::load_config("", {{"THIDUA_PUBLIC_URL", value}});
    ASSERT_FALSE(cfg.ok()) << value;
    EXPECT_EQ(cfg.error().code, core::errc::kValidation);
    EXPECT_EQ(cfg.error().field, "public_url");
    EXPECT_NE(cfg.error().message.find("Cấu hình “public_url” (THIDUA_PUBLIC_URL): cần địa chỉ gốc của trang"),
              std::string::npos)
        << cfg.error().message;
  }
}

TEST(SmtpConfig, TlsUserAndFilesAreRead) {
  auto cfg = web::load_config("", {{"THIDUA_SMTP_TLS", "starttls"},
                                   {"THIDUA_SMTP_USER", "thidua@stnmt.bacgiang.gov.vn"},
                                   {"THIDUA_SMTP_PASSWORD_FILE", "/etc/thidua/smtp-password"},
                                   {"THIDUA_SMTP_CA_FILE", "/etc/thidua/ca.pem"}});
  ASSERT_TRUE(cfg.ok()) << cfg.error().message;
  EXPECT_EQ(cfg->smtp_tls, "starttls");
  EXPECT_EQ(cfg->smtp_user, "thidua@stnmt.bacgiang.gov.vn");
  EXPECT_EQ(cfg->smtp_password_file, "/etc/thidua/smtp-password");
  EXPECT_EQ(cfg->smtp_ca_file, "/etc/thidua/ca.pem");
  EXPECT_EQ(web::load_config("", {}).value().smtp_tls, "") << "resolved from smtp_user";

  auto bad = web::load_config("", {{"THIDUA_SMTP_TLS", "ssl"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "smtp_tls");
  EXPECT_NE(bad.error().message.find("cần starttls, tls hoặc none, nhận được “ssl”."), std::string::npos);
  bad = web::load_config("", {{"THIDUA_SMTP_USER", "hai tu"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "smtp_user");
}

TEST(SmtpConfig, APasswordInTheConfigurationFileIsRefused) {
  TempFile conf("smtp_host = mail.bacgiang.gov.vn\nsmtp_password = bi-mat\n", 0600);
  auto cfg = web::load_config(conf.path(), {});
  ASSERT_FALSE(cfg.ok());
  EXPECT_EQ(cfg.error().field, "smtp_password");
  EXPECT_NE(cfg.error().message.find("smtp_password_file"), std::string::npos) << cfg.error().message;
  EXPECT_EQ(cfg.error().message.find("bi-mat"), std::string::npos) << "the password is not repeated";
}

TEST(SmtpPasswordFile, OnlyTheOwnerMayReadIt) {
  TempFile open_file("mat-khau\n", 0644);
  auto r = mail::read_password_file(open_file.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "smtp_password_file");
  EXPECT_NE(r.error().message.find("đang để nhóm hoặc người khác đọc được (quyền 0644)"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(r.error().message.find("mat-khau"), std::string::npos);

  TempFile group_file("mat-khau\n", 0640);
  EXPECT_FALSE(mail::read_password_file(group_file.path()).ok());

  TempFile good("mật khẩu có dấu cách\r\n", 0600);
  auto ok = mail::read_password_file(good.path());
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(*ok, "mật khẩu có dấu cách");

  TempFile empty("\n", 0400);
  EXPECT_FALSE(mail::read_password_file(empty.path()).ok());
  r = mail::read_password_file("/khong/co/tep-nay");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("Không đọc được tệp mật khẩu SMTP “/khong/co/tep-nay”."), std::string::npos);
}

TEST(SmtpSettings, TheTlsModeFollowsTheUserAndAuthNeedsTls) {
  mail::SmtpSettings base;
  base.host = "mail.bacgiang.gov.vn";
  auto s = mail::complete_smtp_settings(base, "", "");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->tls, mail::SmtpTls::kNone) << "a local relay without a user";
  EXPECT_EQ(mail::complete_smtp_settings(base, "tls", "").value().tls, mail::SmtpTls::kImplicit);
  EXPECT_EQ(mail::complete_smtp_settings(base, "starttls", "").value().tls, mail::SmtpTls::kStartTls);

  TempFile password("mat-khau\n", 0600);
  base.user = "thidua@stnmt.bacgiang.gov.vn";
  s = mail::complete_smtp_settings(base, "", password.path());
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->tls, mail::SmtpTls::kStartTls) << "STARTTLS by default with a user";
  EXPECT_EQ(s->password, "mat-khau");

  s = mail::complete_smtp_settings(base, "none", password.path());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "smtp_tls");
  s = mail::complete_smtp_settings(base, "", "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "smtp_password_file");
  TempFile open_file("mat-khau\n", 0644);
  s = mail::complete_smtp_settings(base, "", open_file.path());
  ASSERT_FALSE(s.ok()) << "the server refuses to start";
  EXPECT_EQ(s.error().field, "smtp_password_file");

  base.user.clear();
  s = mail::complete_smtp_settings(base, "", password.path());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "smtp_user");

  base.ca_file = password.path();  // not a PEM certificate
  s = mail::complete_smtp_settings(base, "starttls", "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "smtp_ca_file");
}

}  // namespace
}  // namespace thidua::test
