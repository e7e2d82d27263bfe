// Hostile and broken input over HTTP: malformed requests, oversized bodies,
// forged or missing CSRF tokens, cross-site posts, SQL and HTML in every text
// field, invalid UTF-8, broken uploads, the all-or-nothing import, and the
// JSON API's error codes and token authentication. Refusals change nothing.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <string>
#include <vector>

#include "app/access.h"
#include "app/users.h"
#include "store/people.h"
#include "store/units.h"
#include "support/test_db.h"
#include "support/test_server.h"
#include "web/http.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const std::vector<std::string> kHostile = {"'; DROP TABLE people; --", "<script>alert(1)</script>",
                                           "\" onmouseover=\"x"};

// True when `s` is well-formed UTF-8 (what every page we send must be).
bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 4;
    if (n == 4) return false;
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}

std::string error_code(const HttpResult& r) {
  std::error_code ec;
  json::value v = json::parse(r.body, ec);
  if (ec || !v.is_object() || !v.as_object().contains("error")) return "(no error object: " + r.body.substr(0, 200) + ")";
  return std::string(v.at("error").at("code").as_string());
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
  }

  int64_t people_count() {
    auto conn = site_->db().acquire();
    auto r = conn->query("SELECT COUNT(*) FROM people");
    EXPECT_TRUE(r.ok());
    return r.ok() ? (*r)[0].i64(0) : -1;
  }

  core::Person person(int64_t id) {
    auto conn = site_->db().acquire();
    auto p = store::find_person(*conn, id);
    EXPECT_TRUE(p.ok() && p->has_value());
    return p.ok() && p->has_value() ? **p : core::Person{};
  }

  core::Unit unit(int64_t id) {
    auto conn = site_->db().acquire();
    auto u = store::find_unit(*conn, id);
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? **u : core::Unit{};
  }

  // A page must never carry a hostile string raw; its escaped form is fine.
  static void expect_escaped(const HttpResult& page, const std::string& hostile, const std::string& where) {
    EXPECT_TRUE(valid_utf8(page.body)) << where;
    if (hostile.find('<') != std::string::npos || hostile.find('"') != std::string::npos) {
      EXPECT_EQ(page.body.find(hostile), std::string::npos) << where << " shows " << hostile << " unescaped";
    }
    EXPECT_EQ(page.body.find("<script>alert"), std::string::npos) << where;
    EXPECT_NE(page.body.find(web::html_escape(hostile)), std::string::npos) << where << " lacks " << hostile;
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0;
};

TEST_F(BadInputTest, MalformedRequestsGet400AndTheServerCarriesOn) {
  auto client = site_->client();
  const std::vector<std::string> garbage = {
      std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + "\r\n\r\n",  // a TLS hello
      "HELLO\r\n\r\n",
      "GET\r\n\r\n",
      "GET /nhan-su\r\nHost: x\r\n\r\n",
      "GET nhan-su HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /nhan-su HTTP/9.9\r\nHost: x\r\n\r\n",
      "G(E)T / HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /static/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
      "POST /dang-nhap HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
      "POST /dang-nhap HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nabcde",
      "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
  };
  for (const auto& bytes : garbage) {
    HttpResult r = client->raw(bytes);
    EXPECT_TRUE(r.status == 400 || r.status == 0) << "status " << r.status << " for " << bytes.substr(0, 40);
    EXPECT_EQ(r.body.find("passwd"), std::string::npos);
  }
  HttpResult header_flood = client->raw("GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(20000, 'a') + "\r\n\r\n");
  EXPECT_EQ(header_flood.status, 431u);
  EXPECT_EQ(client->get("/healthz").status, 200u);
}

TEST_F(BadInputTest, OversizedBodiesGet413AndWriteNothing) {
  auto admin = site_->login("admin");
  const std::string before = site_->fingerprint();

  // Over the server's body limit: refused from the headers alone.
  const std::string cookie = std::string(web::kSessionCookie) + "=" + admin->cookie(web::kSessionCookie);
  HttpResult big = admin->raw("POST /nhan-su/moi HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie +
                              "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                              std::to_string(3u << 20) + "\r\n\r\n_csrf=" + admin.csrf + "&full_name=A");
  EXPECT_EQ(big.status, 413u);

  // Under the server's limit but over the upload limit of forms.
  std::string csv = "Họ và tên,Mã đơn vị\n";
  while (csv.size() < (3u << 19)) csv += "Nguyễn Văn Thừa,PTNMT-LN\n";
  HttpResult upload = admin.post_multipart("/nhap-nhan-su", {}, {{"file", "lon.csv", "text/csv", csv}});
  EXPECT_EQ(upload.status, 413u);
  EXPECT_NE(upload.body.find("quá lớn"), std::string::npos);

  HttpResult api = admin->raw("POST /api/v1/people HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie +
                              "\r\nContent-Type: application/json\r\nX-CSRF-Token: " + admin.csrf +
                              "\r\nContent-Length: " + std::to_string(3u << 20) + "\r\n\r\n{\"full_name\":\"");
  EXPECT_EQ(api.status, 413u);
  EXPECT_EQ(error_code(api), "payload_too_large");

  EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());
  EXPECT_EQ(site_->client()->get("/healthz").status, 200u);
}

TEST_F(BadInputTest, EveryStateChangingFormNeedsTheSessionCsrfToken) {
  auto admin = site_->login("admin");
  auto other = site_->login("lanhdao");
  const std::string person = std::to_string(site_->person_id("Nguyễn Văn An"));
  const std::string unit = std::to_string(own_unit_);
  const std::string user = std::to_string(site_->user_id("nhanvien"));
  auto token = app::create_api_token(site_->services(), site_->actor("admin"), site_->user_id("admin"), "máy in",
                                     {"127.0.0.1", "t", "tests"});
  ASSERT_TRUE(token.ok());

  // A token one character off the session's own; the first character is
  // changed to one it certainly is not (a fixed "x" would match a token that
  // happens to start with "x").
  std::string wrong_token = admin.csrf;
  ASSERT_FALSE(wrong_token.empty());
  wrong_token[0] = wrong_token[0] == 'x' ? 'y' : 'x';
  ASSERT_NE(wrong_token, admin.csrf);

  int checked = 0;
  for (const auto& [method, pattern] : site_->router().routes()) {
    if (method == "GET" || pattern.rfind("/api/", 0) == 0) continue;
    std::string target = pattern;
    const auto at = target.find("{id}");
    if (at != std::string::npos) {
      const std::string id = pattern.rfind("/nhan-su/", 0) == 0      ? person
                             : pattern.rfind("/don-vi/", 0) == 0     ? unit
                             : pattern.rfind("/nguoi-dung/", 0) == 0 ? user
                                                                     : std::to_string(token->id);
      target.replace(at, 4, id);
    }
    const Fields body = {{"full_name", "Nguyễn Văn Giả"}, {"name", "Giả mạo"},       {"code", "GIA"},
                         {"unit_id", unit},               {"username", "giamao"},    {"role", "staff"},
                         {"current_password", kDemoPassword}, {"new_password", "GiaMao#123456"},
                         {"confirm_password", "GiaMao#123456"}, {"password", kDemoPassword}};
    const std::vector<std::pair<std::string, Fields>> attempts = {
        {"no token", body},
        {"a wrong token", [&] { Fields f = body; f.insert(f.begin(), {"_csrf", wrong_token}); return f; }()},
        {"another session's token", [&] { Fields f = body; f.insert(f.begin(), {"_csrf", other.csrf}); return f; }()},
    };
    for (const auto& [what, fields] : attempts) {
      const std::string before = site_->fingerprint();
      HttpResult r = admin->request(method, target, form_urlencode(fields),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
      EXPECT_EQ(r.status, 403u) << method << " " << target << " with " << what;
      EXPECT_NE(r.body.find("Biểu mẫu đã hết hạn hoặc không hợp lệ"), std::string::npos) << target;
      const std::string after = site_->fingerprint();
      EXPECT_TRUE(before == after) << method << " " << target << " with " << what << ": "
                                   << first_difference(before, after);
      ++checked;
    }
  }
  EXPECT_GE(checked, 3 * 12);
  // The session survived all that and still works with its own token.
  EXPECT_EQ(admin.post_form("/tai-khoan/ma-truy-cap", {{"name", "Máy quét"}}).status, 200u);

  // The API with a session cookie needs the header token too.
  const std::string before = site_->fingerprint();
  HttpResult api = admin->post_json("/api/v1/people", json::object{{"full_name", "Nguyễn Văn Giả"}, {"unit_id", own_unit_}});
  EXPECT_EQ(api.status, 403u);
  EXPECT_EQ(error_code(api), "csrf_failed");
  EXPECT_TRUE(before == site_->fingerprint());
}

TEST_F(BadInputTest, CrossSiteOriginIsRefusedEvenWithAValidToken) {
  auto officer = site_->login("canbo");
  const std::string before = site_->fingerprint();
  for (const std::string origin : {"http://evil.example", "null", "https://127.0.0.1.evil.example"}) {
    HttpResult r = officer->post_form(
        "/nhan-su/moi",
        {{"_csrf", officer.csrf}, {"full_name", "Nguyễn Văn Giả"}, {"unit_id", std::to_string(own_unit_)}},
        {{"Origin", origin}});
    EXPECT_EQ(r.status, 403u) << origin;
    EXPECT_NE(r.body.find("trang web khác"), std::string::npos) << origin;
    HttpResult api = officer->request("POST", "/api/v1/people",
                                      R"({"full_name":"Nguyễn Văn Giả","unit_id":)" + std::to_string(own_unit_) + "}",
                                      {{"Content-Type", "application/json"}, {"X-CSRF-Token", officer.csrf},
                                       {"Origin", origin}});
    EXPECT_EQ(api.status, 403u) << origin;
  }
  EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());
  // The same request from the site itself goes through.
  HttpResult same = officer->post_form(
      "/nhan-su/moi",
      {{"_csrf", officer.csrf}, {"full_name", "Nguyễn Văn Thật"}, {"unit_id", std::to_string(own_unit_)}},
      {{"Origin", "http://127.0.0.1:" + std::to_string(site_->port())}});
  EXPECT_EQ(same.status, 303u);
}

TEST_F(BadInputTest, HostileTextInPersonFieldsIsStoredVerbatimAndShownEscaped) {
  auto officer = site_->login("canbo");
  auto leader = site_->login("lanhdao");
  for (const auto& hostile : kHostile) {
    HttpResult created = officer.post_form("/nhan-su/moi", {{"full_name", hostile},
                                                            {"position", hostile},
                                                            {"title", hostile},
                                                            {"category", "civil_servant"},
                                                            {"unit_id", std::to_string(own_unit_)}});
    ASSERT_EQ(created.status, 303u) << hostile << "\n" << created.body.substr(0, 500);
    const std::string location = created.header("location");
    const int64_t id = std::stoll(location.substr(std::string("/nhan-su/").size()));
    const core::Person stored = person(id);
    EXPECT_EQ(stored.full_name, hostile);
    EXPECT_EQ(stored.position, hostile);
    EXPECT_EQ(stored.title, hostile);

    expect_escaped(officer->get(location), hostile, "person page");
    expect_escaped(officer->get(location + "/sua"), hostile, "person form");
    expect_escaped(officer->get("/nhan-su?q=" + web::percent_encode(hostile)), hostile, "search results");
    expect_escaped(leader->get("/nhat-ky?doi-tuong=person&ma=" + std::to_string(id)), hostile, "audit trail");

    HttpResult api = officer->get("/api/v1/people/" + std::to_string(id));
    ASSERT_EQ(api.status, 200u);
    json::value v = json::parse(api.body);
    EXPECT_EQ(v.at("full_name").as_string(), hostile);
    EXPECT_EQ(v.at("position").as_string(), hostile);

    // Fields with a fixed shape refuse it, and the form shown again escapes it.
    const std::string before = site_->fingerprint();
    for (const char* field : {"email", "phone", "birth_date"}) {
      HttpResult bad = officer.post_form("/nhan-su/moi", {{"full_name", "Nguyễn Văn Đúng"},
                                                          {field, hostile},
                                                          {"unit_id", std::to_string(own_unit_)}});
      EXPECT_EQ(bad.status, 422u) << field << " = " << hostile;
      EXPECT_EQ(bad.body.find("<script>alert"), std::string::npos) << field;
      if (hostile.find('"') != std::string::npos) {
        EXPECT_EQ(bad.body.find(hostile), std::string::npos) << field;
      }
    }
    EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());
  }
  // Nothing was dropped.
  EXPECT_GT(people_count(), 60);
}

TEST_F(BadInputTest, HostileTextInUnitFieldsIsStoredVerbatimAndShownEscaped) {
  auto admin = site_->login("admin");
  int n = 0;
  for (const auto& hostile : kHostile) {
    const std::string code = "XSS-" + std::to_string(++n);
    HttpResult created = admin.post_form("/don-vi/moi", {{"code", code},
                                                         {"name", hostile},
                                                         {"short_name", hostile},
                                                         {"kind", "other"},
                                                         {"host_agency", hostile},
                                                         {"parent_id", std::to_string(own_unit_)}});
    ASSERT_EQ(created.status, 303u) << hostile << "\n" << created.body.substr(0, 500);
    const std::string location = created.header("location");
    const int64_t id = std::stoll(location.substr(std::string("/don-vi/").size()));
    const core::Unit stored = unit(id);
    EXPECT_EQ(stored.name, hostile);
    EXPECT_EQ(stored.short_name, hostile);
    EXPECT_EQ(stored.host_agency, hostile);
    expect_escaped(admin->get(location), hostile, "unit page");
    expect_escaped(admin->get(location + "/sua"), hostile, "unit form");
    expect_escaped(admin->get("/don-vi"), hostile, "unit tree");
    expect_escaped(admin->get("/nhan-su/moi"), hostile, "unit choice of the person form");

    // A code outside [A-Za-z0-9._-] is refused and echoed escaped.
    const std::string before = site_->fingerprint();
    HttpResult bad = admin.post_form("/don-vi/moi", {{"code", hostile}, {"name", "Tổ hợp lệ"}, {"kind", "other"},
                                                     {"parent_id", std::to_string(own_unit_)}});
    EXPECT_EQ(bad.status, 422u);
    EXPECT_EQ(bad.body.find("<script>alert"), std::string::npos);
    if (hostile.find('"') != std::string::npos) {
      EXPECT_EQ(bad.body.find(hostile), std::string::npos);
    }
    EXPECT_TRUE(before == site_->fingerprint());
  }
}

TEST_F(BadInputTest, HostileTextThroughTheApiIsStoredVerbatim) {
  auto admin = site_->login("admin");
  int n = 0;
  for (const auto& hostile : kHostile) {
    HttpResult p = admin.send_json("POST", "/api/v1/people",
                                   json::object{{"full_name", hostile}, {"title", hostile}, {"unit_id", own_unit_}});
    ASSERT_EQ(p.status, 201u) << p.body;
    const int64_t pid = json::parse(p.body).at("id").as_int64();
    EXPECT_EQ(person(pid).full_name, hostile);
    HttpResult patched = admin.send_json("PATCH", "/api/v1/people/" + std::to_string(pid),
                                         json::object{{"position", hostile}, {"version", person(pid).version}});
    ASSERT_EQ(patched.status, 200u) << patched.body;
    EXPECT_EQ(person(pid).position, hostile);
    HttpResult listed = admin->get("/api/v1/people?q=" + web::percent_encode(hostile));
    EXPECT_EQ(listed.status, 200u);
    EXPECT_EQ(listed.header("content-type").rfind("application/json", 0), 0u);

    HttpResult u = admin.send_json("POST", "/api/v1/units",
                                   json::object{{"code", "API-XSS-" + std::to_string(++n)},
                                                {"name", hostile},
                                                {"short_name", hostile},
                                                {"host_agency", hostile},
                                                {"kind", "other"},
                                                {"parent_id", own_unit_}});
    ASSERT_EQ(u.status, 201u) << u.body;
    const core::Unit stored = unit(json::parse(u.body).at("id").as_int64());
    EXPECT_EQ(stored.name, hostile);
    EXPECT_EQ(stored.host_agency, hostile);
  }
  EXPECT_GT(people_count(), 60);
}

TEST_F(BadInputTest, InvalidUtf8IsRefusedInVietnameseAndChangesNothing) {
  auto officer = site_->login("canbo");
  auto admin = site_->login("admin");
  const std::string an = std::to_string(site_->person_id("Nguyễn Văn An"));
  const core::Person current = person(std::stoll(an));
  const std::string broken = "Nguy\xE1\xBB";  // a cut-off "ễ"
  const std::string before = site_->fingerprint();

  struct Attempt {
    UserSession* who;
    std::string target;
    Fields fields;
  };
  const std::vector<Attempt> attempts = {
      {&officer, "/nhan-su/moi", {{"full_name", broken}, {"unit_id", std::to_string(own_unit_)}}},
      {&officer, "/nhan-su/moi", {{"full_name", "Nguyễn Văn Bé"}, {"position", "Chuy\xC3"}, {"unit_id", std::to_string(own_unit_)}}},
      {&officer, "/nhan-su/" + an + "/sua",
       {{"full_name", current.full_name}, {"title", "\xFF\xFE"}, {"unit_id", std::to_string(own_unit_)},
        {"version", std::to_string(current.version)}}},
      {&admin, "/don-vi/moi", {{"code", "UTF-BAD"}, {"name", broken}, {"kind", "other"}, {"parent_id", std::to_string(own_unit_)}}},
      {&admin, "/nguoi-dung/moi", {{"username", "hong"}, {"display_name", broken}, {"role", "staff"}, {"unit_id", std::to_string(own_unit_)}}},
  };
  for (const auto& a : attempts) {
    HttpResult r = a.who->post_form(a.target, a.fields);
    EXPECT_TRUE(r.status == 422u || r.status == 400u) << a.target << ": " << r.status;
    EXPECT_TRUE(r.body.find("không hợp lệ") != std::string::npos) << a.target << "\n" << r.body.substr(0, 600);
    EXPECT_TRUE(valid_utf8(r.body)) << a.target << " answered with broken UTF-8";
  }
  EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());

  // A search for broken bytes is refused too, rather than echoed into the page.
  HttpResult search = officer->get("/nhan-su?q=Nguy%E1%BB");
  EXPECT_EQ(search.status, 400u);
  EXPECT_NE(search.body.find("không hợp lệ"), std::string::npos);
  EXPECT_TRUE(valid_utf8(search.body));

  HttpResult api = officer.send_json("POST", "/api/v1/people", json::object{{"full_name", "x"}, {"unit_id", own_unit_}});
  ASSERT_EQ(api.status, 201u);
  const std::string after_api = site_->fingerprint();
  HttpResult raw_api = officer->request("POST", "/api/v1/people",
                                        "{\"full_name\":\"" + broken + "\",\"unit_id\":" + std::to_string(own_unit_) + "}",
                                        {{"Content-Type", "application/json"}, {"X-CSRF-Token", officer.csrf}});
  EXPECT_TRUE(raw_api.status == 400u || raw_api.status == 422u) << raw_api.status;
  EXPECT_TRUE(valid_utf8(raw_api.body));
  EXPECT_TRUE(after_api == site_->fingerprint()) << first_difference(after_api, site_->fingerprint());
}

TEST_F(BadInputTest, BrokenUploadsAreExplainedAndAddNoOne) {
  auto officer = site_->login("canbo");
  const std::string before = site_->fingerprint();
  const std::vector<UploadFile> broken = {
      {"file", "nhan-su.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       "PK\x03\x04 this is not really a workbook"},
      {"file", "nhan-su.xlsx", "application/octet-stream", std::string(4096, '\0')},
      {"file", "nhan-su.csv", "text/csv", "STT;Ghi chú\n1;không có cột tên\n"},
      {"file", "nhan-su.csv", "text/csv", "Họ và tên,Mã đơn vị\n"},
      {"file", "nhan-su.csv", "text/csv", "Họ và tên,Mã đơn vị\n\"Nguyễn Văn Mở,PTNMT-LN\n"},
      {"file", "nhan-su.csv", "text/csv", "H\xE1 v\xC3 t\xEAn,M\xE3 \xF0\n\xFF\xFE,\x80\n"},
      {"file", "nhan-su.pdf", "application/pdf", "%PDF-1.4 không phải bảng tính"},
  };
  for (const auto& file : broken) {
    HttpResult r = officer.post_multipart("/nhap-nhan-su", {}, {file});
    EXPECT_TRUE(r.status == 422u || r.status == 400u || r.status == 415u) << file.filename << ": " << r.status;
    EXPECT_NE(r.body.find("role=\"alert\""), std::string::npos) << file.filename << "\n" << r.body.substr(0, 800);
    EXPECT_TRUE(valid_utf8(r.body)) << file.filename;
    EXPECT_EQ(r.body.find("name=\"token\""), std::string::npos) << "nothing to confirm for " << file.filename;
  }
  HttpResult empty = officer.post_multipart("/nhap-nhan-su", {}, {});
  EXPECT_EQ(empty.status, 422u);
  EXPECT_NE(empty.body.find("Hãy chọn một tệp"), std::string::npos);
  EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());
}

TEST_F(BadInputTest, ImportIsAllOrNothing) {
  auto officer = site_->login("canbo");
  const int64_t start = people_count();
  const std::string header = "Họ và tên,Ngày sinh,Chức vụ,Email,Mã đơn vị\n";
  const std::string good1 = "Đặng Thị Hoa,12/03/1990,Chuyên viên,hoa.dt@example.vn,PTNMT-LN\n";
  const std::string good2 = "Lý Văn Hùng,01/01/1985,Phó Trưởng phòng,,PTNMT-LN\n";
  const std::string bad = "Kiều Thị Oanh,31/02/1992,Chuyên viên,,PTNMT-LN\n";  // no 31 February
  const std::string fixed = "Kiều Thị Oanh,28/02/1992,Chuyên viên,,PTNMT-LN\n";

  HttpResult preview = officer.post_multipart("/nhap-nhan-su", {},
                                              {{"file", "dot-1.csv", "text/csv", header + good1 + bad + good2}});
  EXPECT_EQ(preview.status, 422u);
  EXPECT_NE(preview.body.find("31/02/1992"), std::string::npos) << preview.body.substr(0, 1500);
  // Even a confirmation forced with the staged token writes nothing.
  const std::string marker = "name=\"token\" value=\"";
  if (auto at = preview.body.find(marker); at != std::string::npos) {
    at += marker.size();
    HttpResult forced = officer.post_form("/nhap-nhan-su/xac-nhan", {{"token", preview.body.substr(at, preview.body.find('"', at) - at)}});
    EXPECT_EQ(forced.status, 422u);
  }
  EXPECT_EQ(people_count(), start);

  HttpResult again = officer.post_multipart("/nhap-nhan-su", {},
                                            {{"file", "dot-1.csv", "text/csv", header + good1 + fixed + good2}});
  ASSERT_EQ(again.status, 200u) << again.body.substr(0, 1500);
  auto at = again.body.find(marker);
  ASSERT_NE(at, std::string::npos);
  at += marker.size();
  const std::string token = again.body.substr(at, again.body.find('"', at) - at);
  HttpResult confirmed = officer.post_form("/nhap-nhan-su/xac-nhan", {{"token", token}});
  ASSERT_EQ(confirmed.status, 303u) << confirmed.body.substr(0, 800);
  EXPECT_EQ(confirmed.header("location"), "/nhap-nhan-su?da-nhap=3");
  EXPECT_EQ(people_count(), start + 3);
  EXPECT_EQ(person(site_->person_id("Kiều Thị Oanh")).birth_date, "1992-02-28");

  // A token is good once.
  HttpResult replay = officer.post_form("/nhap-nhan-su/xac-nhan", {{"token", token}});
  EXPECT_EQ(replay.status, 404u);
  EXPECT_EQ(people_count(), start + 3);
}

TEST_F(BadInputTest, ApiErrorsUseStableCodes) {
  auto officer = site_->login("canbo");
  const int64_t an = site_->person_id("Nguyễn Văn An");
  const std::string before = site_->fingerprint();

  HttpResult invalid = officer->request("POST", "/api/v1/people", "{\"full_name\": \"Nguyễn",
                                        {{"Content-Type", "application/json"}, {"X-CSRF-Token", officer.csrf}});
  EXPECT_EQ(invalid.status, 400u);
  EXPECT_EQ(error_code(invalid), "bad_request");
  HttpResult not_object = officer->request("POST", "/api/v1/people", "[1,2,3]",
                                           {{"Content-Type", "application/json"}, {"X-CSRF-Token", officer.csrf}});
  EXPECT_EQ(not_object.status, 400u);
  HttpResult wrong_type = officer.send_json("POST", "/api/v1/people", json::object{{"full_name", 42}, {"unit_id", own_unit_}});
  EXPECT_EQ(wrong_type.status, 400u);
  EXPECT_EQ(error_code(wrong_type), "bad_request");

  HttpResult text = officer->request("POST", "/api/v1/people", "full_name=Nguyen",
                                     {{"Content-Type", "text/plain"}, {"X-CSRF-Token", officer.csrf}});
  EXPECT_EQ(text.status, 415u);
  EXPECT_EQ(error_code(text), "unsupported_media_type");
  HttpResult patch_text = officer->request("PATCH", "/api/v1/people/" + std::to_string(an), "{}",
                                           {{"Content-Type", "text/plain"}, {"X-CSRF-Token", officer.csrf}});
  EXPECT_EQ(patch_text.status, 415u);

  for (const std::string path : {"/api/v1/people/999999", "/api/v1/units/999999", "/api/v1/people/abc",
                                 "/api/v1/khong-co"}) {
    HttpResult r = officer->get(path);
    EXPECT_EQ(r.status, 404u) << path;
    EXPECT_EQ(error_code(r), "not_found") << path;
  }
  HttpResult patch_missing = officer.send_json("PATCH", "/api/v1/people/999999", json::object{{"position", "x"}, {"version", 1}});
  EXPECT_EQ(patch_missing.status, 404u);
  EXPECT_EQ(error_code(patch_missing), "not_found");
  EXPECT_TRUE(before == site_->fingerprint()) << first_difference(before, site_->fingerprint());

  // Two editors start from the same version; the second is told of the conflict.
  const int64_t version = person(an).version;
  HttpResult first = officer.send_json("PATCH", "/api/v1/people/" + std::to_string(an),
                                       json::object{{"position", "Chuyên viên chính"}, {"version", version}});
  ASSERT_EQ(first.status, 200u) << first.body;
  const std::string after_first = site_->fingerprint();
  HttpResult stale = officer.send_json("PATCH", "/api/v1/people/" + std::to_string(an),
                                       json::object{{"position", "Trưởng phòng"}, {"version", version}});
  EXPECT_EQ(stale.status, 409u);
  EXPECT_EQ(error_code(stale), "conflict");
  EXPECT_EQ(person(an).position, "Chuyên viên chính");
  EXPECT_TRUE(after_first == site_->fingerprint());
}

TEST_F(BadInputTest, ApiTokensAuthenticateUntilRevoked) {
  const core::Actor officer = site_->actor("canbo");
  auto token = app::create_api_token(site_->services(), officer, officer.user_id, "phần mềm chấm công",
                                     {"127.0.0.1", "t", "tests"});
  ASSERT_TRUE(token.ok()) << token.error().message;
  auto client = site_->client();
  const Headers bearer = {{"Authorization", "Bearer " + token->secret}, {"Accept", "application/json"}};

  HttpResult me = client->get("/api/v1/me", bearer);
  ASSERT_EQ(me.status, 200u);
  EXPECT_EQ(json::parse(me.body).at("username").as_string(), "canbo");
  // No cookie, so no CSRF token is needed; the token's scope still applies.
  Headers post = bearer;
  post.emplace_back("Content-Type", "application/json");
  HttpResult created = client->request(
      "POST", "/api/v1/people", R"({"full_name":"Tô Thị Máy","unit_id":)" + std::to_string(own_unit_) + "}", post);
  EXPECT_EQ(created.status, 201u) << created.body;
  HttpResult elsewhere = client->request(
      "POST", "/api/v1/people",
      R"({"full_name":"Tô Thị Máy","unit_id":)" + std::to_string(site_->unit_id("PTNMT-HH")) + "}", post);
  EXPECT_EQ(elsewhere.status, 403u);
  EXPECT_TRUE(client->cookie(web::kSessionCookie).empty());

  for (const std::string& bad :
       std::vector<std::string>{"Bearer ", "Bearer khong-phai-ma-that", "Bearer " + token->secret + "x"}) {
    HttpResult r = client->get("/api/v1/me", {{"Authorization", bad}});
    EXPECT_EQ(r.status, 401u) << bad;
    EXPECT_EQ(error_code(r), "unauthenticated");
  }

  ASSERT_TRUE(app::revoke_api_token(site_->services(), officer, token->id, {"127.0.0.1", "t", "tests"}).ok());
  HttpResult revoked = client->get("/api/v1/me", bearer);
  EXPECT_EQ(revoked.status, 401u);
  EXPECT_EQ(error_code(revoked), "unauthenticated");
  const std::string before = site_->fingerprint();
  HttpResult write = client->request(
      "POST", "/api/v1/people", R"({"full_name":"Tô Thị Máy","unit_id":)" + std::to_string(own_unit_) + "}", post);
  EXPECT_EQ(write.status, 401u);
  EXPECT_TRUE(before == site_->fingerprint());
}

}  // namespace
}  // namespace thidua::test
