// Reorganisations through the pages and the API (issue 14 #4): who may
// preview and confirm, a merger confirmed after its preview, a confirmation
// refused when the units changed since the preview, replays refused, and a
// second agency in the same deployment that neither sees nor touches the
// first one's units or history.
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>

#include <boost/json/parse.hpp>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/org.h"
#include "app/reorganisations.h"
#include "app/people.h"
#include "app/users.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {
namespace json = boost::json;

const bool kCovered = cover_routes({{"GET", "/don-vi/sap-xep"},
                                    {"POST", "/don-vi/sap-xep/xem-truoc"},
                                    {"POST", "/don-vi/sap-xep"},
                                    {"GET", "/don-vi/sap-xep/lich-su"},
                                    {"POST", "/api/v1/reorganisations/preview"},
                                    {"POST", "/api/v1/reorganisations"},
                                    {"GET", "/api/v1/reorganisations"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

app::RequestMeta meta() { return {"127.0.0.1", "reorg", "tests"}; }

class ReorganisationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  int64_t count(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
  }
  std::string text(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok());
    return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "(none)";
  }
  // The preview's hidden token.
  static std::string token_of(const std::string& page) {
    const std::string mark = "name=\"token\" value=\"";
    const size_t at = page.find(mark);
    if (at == std::string::npos) return "";
    return page.substr(at + mark.size(), 64);
  }
  Fields dissolve(const std::string& code, const std::string& into) {
    return {{"kind", "dissolve"},
            {"effective_date", "2025-07-01"},
            {"legal_basis", "Nghị quyết số 1662/NQ-UBTVQH15"},
            {"sources", std::to_string(site_->unit_id(code))},
            {"target_id", std::to_string(site_->unit_id(into))}};
  }
  // A second agency in the same deployment, with its own administrator.
  void add_second_agency() {
    core::Unit u;
    u.code = "SNV";
    u.name = "Sở Nội vụ";
    u.kind = core::UnitKind::kAgency;
    auto root = app::create_unit(site_->services(), app::system_actor(), u, meta());
    ASSERT_TRUE(root.ok()) << root.error().message;
    second_root_ = root->id;
    app::NewUser nu;
    nu.username = "qt.snv";
    nu.display_name = "Quản trị Sở Nội vụ";
    nu.password = "MatKhau@Thu2024";
    nu.role = core::Role::kAdministrator;
    nu.unit_id = second_root_;
    ASSERT_TRUE(app::create_user(site_->services(), app::system_actor(), nu, meta()).ok());
  }
  std::unique_ptr<TestSite> site_;
  int64_t second_root_ = 0;
};

TEST_F(ReorganisationsTest, OnlyThoseWhoEditTheTreeReorganiseIt) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site_->session(kColumns[c]));
  struct Row {
    const char* method;
    const char* target;
    const char* expect;
  };
  const Row rows[] = {
      {"GET", "/don-vi/sap-xep", "L O 403 403 403 403 403 403"},
      {"GET", "/don-vi/sap-xep/lich-su", "L O O O O O O O"},
      {"POST", "/don-vi/sap-xep/xem-truoc", "L O 403 403 403 403 403 403"},
      {"GET", "/api/v1/reorganisations", "401 O O O O O O O"},
  };
  for (const auto& row : rows) {
    const auto outcomes = split_outcomes(row.expect);
    for (size_t c = 0; c < kColumns.size(); ++c) {
      const std::string before = site_->fingerprint();
      HttpResult r;
      if (std::string(row.method) == "GET") {
        r = c == 0 ? site_->client()->get(row.target) : sessions.at(kColumns[c])->get(row.target);
      } else if (c == 0) {
        auto anon = site_->client();
        const std::string csrf = extract_csrf(anon->get("/dang-nhap").body);
        Fields f = dissolve("PTNMT-LN", "STNMT-VP");
        f.insert(f.begin(), {"_csrf", csrf});
        r = anon->post_form(row.target, f);
      } else {
        r = sessions.at(kColumns[c]).post_form(row.target, dissolve("PTNMT-LN", "STNMT-VP"));
      }
      EXPECT_TRUE(outcome_matches(outcomes[c], r)) << row.target << " " << kColumns[c] << " got " << r.status;
      EXPECT_EQ(before, site_->fingerprint()) << row.target << " " << kColumns[c] << " changed the database";
    }
  }
  // Confirming: refusals first, then the administrator.
  const std::string preview = sessions.at("admin").post_form("/don-vi/sap-xep/xem-truoc", dissolve("PTNMT-LN", "STNMT-VP")).body;
  const std::string token = token_of(preview);
  ASSERT_EQ(token.size(), 64u);
  const auto confirm = split_outcomes("L R 403 403 403 403 403 403");
  for (size_t c : refusals_first(confirm)) {
    const std::string before = site_->fingerprint();
    Fields f = dissolve("PTNMT-LN", "STNMT-VP");
    f.emplace_back("token", token);
    HttpResult r;
    if (c == 0) {
      auto anon = site_->client();
      f.insert(f.begin(), {"_csrf", extract_csrf(anon->get("/dang-nhap").body)});
      r = anon->post_form("/don-vi/sap-xep", f);
    } else {
      r = sessions.at(kColumns[c]).post_form("/don-vi/sap-xep", f);
    }
    EXPECT_TRUE(outcome_matches(confirm[c], r)) << kColumns[c] << " got " << r.status << " " << r.body.substr(0, 200);
    if (is_refusal(confirm[c])) {
      EXPECT_EQ(before, site_->fingerprint()) << kColumns[c] << " changed the database";
    }
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM reorganisations"), 1);
}

// A rename's header may carry the agency's new abbreviation for its
// documents' symbols: refused at its field when malformed (form and API),
// shown in the preview, kept with the header and listed in the history.
TEST_F(ReorganisationsTest, AHeaderCarriesTheAgencysAbbreviation) {
  auto admin = site_->session("admin");
  const int64_t root = site_->unit_id("STNMT");
  Fields f{{"kind", "rename"},
           {"effective_date", "2025-07-01"},
           {"sources", std::to_string(root)},
           {"header_governing_body", "UBND TỈNH BẮC NINH"},
           {"header_issuing_body", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"},
           {"header_place", "Bắc Ninh"},
           {"header_symbol", "snnmt"}};
  HttpResult bad = admin.post_form("/don-vi/sap-xep/xem-truoc", f);
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Chữ viết tắt tên cơ quan gồm 1 đến 20 chữ in hoa"), std::string::npos)
      << bad.body.substr(0, 400);
  f.back().second = "SNNMT";
  HttpResult preview = admin.post_form("/don-vi/sap-xep/xem-truoc", f);
  ASSERT_EQ(preview.status, 200u) << preview.body.substr(0, 400);
  EXPECT_NE(preview.body.find("ký hiệu văn bản: …-SNNMT"), std::string::npos);

  json::object header{{"governing_body", "UBND TỈNH BẮC NINH"},
                      {"issuing_body", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"},
                      {"place", "Bắc Ninh"},
                      {"symbol", "SNN-MT"}};
  json::object body{{"kind", "rename"}, {"effective_date", "2025-07-01"}, {"sources", json::array{root}},
                    {"header", header}};
  HttpResult refused = admin.send_json("POST", "/api/v1/reorganisations/preview", body);
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find("\"field\":\"header_symbol\""), std::string::npos) << refused.body;
  header["symbol"] = "SNNMT";
  body["header"] = header;
  HttpResult p = admin.send_json("POST", "/api/v1/reorganisations/preview", body);
  ASSERT_EQ(p.status, 200u) << p.body;
  body["token"] = json::parse(p.body).as_object().at("token");
  HttpResult done = admin.send_json("POST", "/api/v1/reorganisations", body);
  ASSERT_EQ(done.status, 201u) << done.body;
  EXPECT_EQ(text("SELECT symbol FROM agency_headers WHERE unit_id = ? AND valid_from = '2025-07-01'", {root}), "SNNMT");
  EXPECT_NE(admin->get("/api/v1/reorganisations").body.find("\"symbol\":\"SNNMT\""), std::string::npos);
}

// A plan drafted before a reorganisation and published after it takes the
// units of its issue date: the district office dissolved meanwhile is not
// among them, while the campaign already running keeps it in its history.
TEST_F(ReorganisationsTest, ADraftPublishedAfterAReorganisationTakesTheUnitsOfItsDay) {
  const int64_t hh = site_->unit_id("PTNMT-HH");
  auto draft = app::copy_campaign(site_->services(), site_->actor("thuongtruc"), 1, meta());
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  const std::string taking_part = "SELECT COUNT(*) FROM campaign_units WHERE campaign_id = ? AND unit_id = ?";
  ASSERT_EQ(count(taking_part, {*draft, hh}), 1);

  core::ReorgRequest dissolve;
  dissolve.kind = core::ReorgKind::kDissolve;
  dissolve.effective_date = "2025-07-01";
  dissolve.sources = {hh};
  dissolve.target_id = site_->unit_id("STNMT-VP");
  auto preview = app::preview_reorganisation(site_->services(), app::system_actor(), dissolve);
  ASSERT_TRUE(preview.ok()) << preview.error().message;
  ASSERT_TRUE(app::apply_reorganisation(site_->services(), app::system_actor(), dissolve, preview->token, meta()).ok());

  for (auto [to, who] : {std::pair{core::CampaignState::kApproved, "lanhdao"},
                         std::pair{core::CampaignState::kPublished, "thuongtruc"}}) {
    auto view = app::get_campaign(site_->services(), site_->actor(who), *draft);
    ASSERT_TRUE(view.ok()) << view.error().message;
    auto moved = app::move_campaign(site_->services(), site_->actor(who), *draft, to, view->summary.version, meta());
    ASSERT_TRUE(moved.ok()) << moved.error().message;
  }
  EXPECT_EQ(count(taking_part, {*draft, hh}), 0) << "closed before the plan's issue date";
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = ?", {*draft}),
            count("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = 1") - 1);
  EXPECT_EQ(count(taking_part, {1, hh}), 1) << "the running campaign keeps its units";
}

TEST_F(ReorganisationsTest, AMergerIsPreviewedThenConfirmedAndCannotBeReplayed) {
  auto admin = site_->session("admin");
  const int64_t ln = site_->unit_id("PTNMT-LN");
  const int64_t lng = site_->unit_id("PTNMT-LNG");
  const int64_t parent = site_->unit_id("STNMT");
  const int64_t moved = count("SELECT COUNT(*) FROM people WHERE unit_id IN (?, ?)", {ln, lng});
  ASSERT_GT(moved, 0);
  Fields f{{"kind", "merge"},
           {"effective_date", "2025-07-01"},
           {"sources", std::to_string(ln)},
           {"sources", std::to_string(lng)},
           {"target_id", ""},
           {"new_0_code", "PNNMT-LN"},
           {"new_0_name", "Phòng Nông nghiệp và Môi trường khu vực Lục Nam"},
           {"new_0_kind", "division"},
           {"new_0_parent_id", std::to_string(parent)},
           {"note", "Thử <b>ghi chú</b>"}};
  const std::string before = site_->fingerprint();
  HttpResult preview = admin.post_form("/don-vi/sap-xep/xem-truoc", f);
  ASSERT_EQ(preview.status, 200u) << preview.body.substr(0, 400);
  EXPECT_EQ(before, site_->fingerprint()) << "a preview changes nothing";
  EXPECT_NE(preview.body.find("Thành lập <strong>Phòng Nông nghiệp và Môi trường khu vực Lục Nam</strong>"),
            std::string::npos);
  EXPECT_NE(preview.body.find("Chuyển " + std::to_string(count("SELECT COUNT(*) FROM people WHERE unit_id = ?", {ln})) +
                              " người của"),
            std::string::npos);
  EXPECT_NE(preview.body.find("01/07/2025"), std::string::npos);
  EXPECT_EQ(preview.body.find("<b>ghi chú</b>"), std::string::npos) << "the note is escaped";

  f.emplace_back("token", token_of(preview.body));
  HttpResult done = admin.post_form("/don-vi/sap-xep", f);
  ASSERT_EQ(done.status, 303u) << done.body.substr(0, 400);
  EXPECT_EQ(done.header("location").rfind("/don-vi/sap-xep/lich-su", 0), 0u);
  const int64_t made = count("SELECT id FROM units WHERE code = 'PNNMT-LN'");
  ASSERT_GT(made, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM units WHERE id IN (?, ?) AND valid_to = '2025-07-01' AND successor_id = ? "
                  "AND parent_id = ?",
                  {ln, lng, made, made}),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM people WHERE unit_id = ?", {made}), moved);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'org.reorganise'"), 1);
  const std::string history = admin->get("/don-vi/sap-xep/lich-su").body;
  EXPECT_NE(history.find("Hợp nhất, sáp nhập — hiệu lực từ 01/07/2025"), std::string::npos);
  EXPECT_NE(history.find("Thử &lt;b&gt;ghi chú&lt;/b&gt;"), std::string::npos);

  // The same confirmation again: the sources are closed now; nothing changes.
  const std::string after = site_->fingerprint();
  HttpResult replay = admin.post_form("/don-vi/sap-xep", f);
  EXPECT_EQ(replay.status, 422u);
  EXPECT_NE(replay.body.find("đã giải thể hoặc đã sáp nhập"), std::string::npos);
  EXPECT_EQ(after, site_->fingerprint());
  // Nobody joins a closed unit, and nothing new hangs under it.
  HttpResult person = admin.send_json("POST", "/api/v1/people",
                                      json::object{{"full_name", "Vũ Văn Muộn"}, {"unit_id", ln}});
  EXPECT_EQ(person.status, 422u) << person.body;
  EXPECT_NE(person.body.find("\"field\":\"unit_id\""), std::string::npos);
  HttpResult unit = admin.send_json("POST", "/api/v1/units",
                                    json::object{{"code", "MUON"}, {"name", "Tổ mới"}, {"kind", "other"},
                                                 {"parent_id", ln}});
  EXPECT_EQ(unit.status, 422u) << unit.body;
  EXPECT_NE(unit.body.find("\"field\":\"parent_id\""), std::string::npos);
  EXPECT_TRUE(after == site_->fingerprint());
}

TEST_F(ReorganisationsTest, AConfirmationAfterAChangeShowsTheNewPreview) {
  auto admin = site_->session("admin");
  HttpResult preview = admin.post_form("/don-vi/sap-xep/xem-truoc", dissolve("PTNMT-HH", "STNMT-VP"));
  ASSERT_EQ(preview.status, 200u);
  core::Person p;
  p.full_name = "Hoàng Văn Mới";
  p.position = "Chuyên viên";
  p.unit_id = site_->unit_id("PTNMT-HH");
  ASSERT_TRUE(app::create_person(site_->services(), app::system_actor(), p, meta()).ok());
  const std::string before = site_->fingerprint();
  Fields f = dissolve("PTNMT-HH", "STNMT-VP");
  f.emplace_back("token", token_of(preview.body));
  HttpResult stale = admin.post_form("/don-vi/sap-xep", f);
  EXPECT_EQ(stale.status, 409u);
  EXPECT_NE(stale.body.find("đã thay đổi kể từ khi xem trước"), std::string::npos);
  EXPECT_NE(token_of(stale.body), token_of(preview.body)) << "a new preview to confirm";
  EXPECT_EQ(before, site_->fingerprint());
}

TEST_F(ReorganisationsTest, TheApiPreviewsAppliesAndRefusesBadInput) {
  auto admin = site_->session("admin");
  const int64_t hh = site_->unit_id("PTNMT-HH");
  json::object body{{"kind", "rename"},
                    {"effective_date", "2025-03-01"},
                    {"sources", json::array{hh}},
                    {"new_name", "Phòng Nông nghiệp và Môi trường huyện Hiệp Hòa"}};
  HttpResult preview = admin.send_json("POST", "/api/v1/reorganisations/preview", body);
  ASSERT_EQ(preview.status, 200u) << preview.body;
  const json::object p = json::parse(preview.body).as_object();
  ASSERT_TRUE(p.at("token").is_string());
  EXPECT_EQ(p.at("steps").as_array().size(), 1u);
  EXPECT_EQ(p.at("steps").as_array()[0].as_object().at("op").as_string(), "rename");

  HttpResult missing = admin.send_json("POST", "/api/v1/reorganisations", body);
  EXPECT_EQ(missing.status, 400u);
  json::object wrong = body;
  wrong["token"] = std::string(64, '0');
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations", wrong).status, 409u);
  json::object future = body;
  future["effective_date"] = "2999-01-01";
  HttpResult f = admin.send_json("POST", "/api/v1/reorganisations/preview", future);
  EXPECT_EQ(f.status, 422u);
  EXPECT_NE(f.body.find("\"field\":\"effective_date\""), std::string::npos);
  json::object unknown = body;
  unknown["sources_ids"] = json::array{hh};
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations/preview", unknown).status, 400u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM reorganisations"), 0);

  json::object ok = body;
  ok["token"] = p.at("token");
  HttpResult done = admin.send_json("POST", "/api/v1/reorganisations", ok);
  ASSERT_EQ(done.status, 201u) << done.body;
  EXPECT_EQ(text("SELECT name FROM units WHERE id = ?", {hh}), "Phòng Nông nghiệp và Môi trường huyện Hiệp Hòa");
  EXPECT_EQ(count("SELECT COUNT(*) FROM unit_names WHERE unit_id = ? AND valid_to = '2025-03-01'", {hh}), 1);
  const json::object list = json::parse(admin->get("/api/v1/reorganisations").body).as_object();
  EXPECT_EQ(list.at("total").as_int64(), 1);
}

TEST_F(ReorganisationsTest, AnotherAgencyNeitherSeesNorTouchesTheFirst) {
  add_second_agency();
  auto admin = site_->session("admin");
  auto other = site_->session("qt.snv", "MatKhau@Thu2024");
  HttpResult preview = admin.post_form("/don-vi/sap-xep/xem-truoc", dissolve("PTNMT-LG", "STNMT-VP"));
  Fields f = dissolve("PTNMT-LG", "STNMT-VP");
  f.emplace_back("token", token_of(preview.body));
  ASSERT_EQ(admin.post_form("/don-vi/sap-xep", f).status, 303u);

  // Its history and list show nothing of the first agency.
  const json::object list = json::parse(other->get("/api/v1/reorganisations").body).as_object();
  EXPECT_EQ(list.at("total").as_int64(), 0);
  EXPECT_EQ(other->get("/don-vi/sap-xep/lich-su").body.find("Giải thể"), std::string::npos);
  const std::string form = other->get("/don-vi/sap-xep").body;
  EXPECT_EQ(form.find("Văn phòng Sở"), std::string::npos) << "no unit of the first agency offered";

  // Naming the first agency's units is answered as for units that do not
  // exist; nothing changes.
  const std::string before = site_->fingerprint();
  json::object merge{{"kind", "merge"},
                     {"effective_date", "2025-07-01"},
                     {"sources", json::array{site_->unit_id("STNMT-VP")}},
                     {"target_id", second_root_}};
  HttpResult foreign = other.send_json("POST", "/api/v1/reorganisations/preview", merge);
  EXPECT_EQ(foreign.status, 422u);
  merge["sources"] = json::array{999999};
  HttpResult absent = other.send_json("POST", "/api/v1/reorganisations/preview", merge);
  EXPECT_EQ(absent.status, 422u);
  auto message = [](const HttpResult& r) {
    return json::parse(r.body).as_object().at("error").as_object().at("message");
  };
  EXPECT_EQ(message(foreign), message(absent));
  // And the first agency's administrator cannot move a unit into the second.
  json::object move{{"kind", "move"},
                    {"effective_date", "2025-07-01"},
                    {"sources", json::array{site_->unit_id("PTNMT-BG")}},
                    {"new_parent_id", second_root_}};
  HttpResult into = admin.send_json("POST", "/api/v1/reorganisations/preview", move);
  EXPECT_EQ(into.status, 422u);
  EXPECT_NE(into.body.find("\"field\":\"new_parent_id\""), std::string::npos);
  EXPECT_EQ(before, site_->fingerprint());
}

TEST_F(ReorganisationsTest, ATokenConfirmsOnlyTheOperationPreviewed) {
  auto admin = site_->session("admin");
  const int64_t hh = site_->unit_id("PTNMT-HH");
  json::object shown{{"kind", "rename"},
                     {"effective_date", "2025-03-01"},
                     {"sources", json::array{hh}},
                     {"new_name", "Phòng Nông nghiệp và Môi trường huyện Hiệp Hòa"}};
  HttpResult preview = admin.send_json("POST", "/api/v1/reorganisations/preview", shown);
  ASSERT_EQ(preview.status, 200u);
  json::object other = shown;
  other["new_name"] = "Tên chưa được xem trước";
  other["token"] = json::parse(preview.body).as_object().at("token");
  const std::string before = site_->fingerprint();
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations", other).status, 409u);
  json::object dissolve{{"kind", "dissolve"},
                        {"effective_date", "2025-03-01"},
                        {"sources", json::array{hh}},
                        {"target_id", site_->unit_id("STNMT-VP")},
                        {"token", other["token"]}};
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations", dissolve).status, 409u);
  EXPECT_TRUE(before == site_->fingerprint()) << "nothing applied";
}

TEST_F(ReorganisationsTest, ANewAgencyIsTheDeploymentsAdministratorsToMake) {
  auto admin = site_->session("admin");
  const json::object header{{"governing_body", "UBND TỈNH BẮC NINH"},
                            {"issuing_body", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"},
                            {"place", "Bắc Ninh"}};
  // One agency's administrator may not lift a unit to the top...
  add_second_agency();
  json::object lift{{"kind", "move"},
                    {"effective_date", "2025-07-01"},
                    {"sources", json::array{site_->unit_id("STNMT-VP")}},
                    {"header", header}};
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations/preview", lift).status, 403u);
  // ...nor merge agencies into a new one.
  json::object merge{{"kind", "merge"},
                     {"effective_date", "2025-03-01"},
                     {"sources", json::array{site_->unit_id("STNMT")}},
                     {"target_id", nullptr},
                     {"new_units", json::array{json::object{{"code", "SNNMT"},
                                                            {"name", "Sở Nông nghiệp và Môi trường"},
                                                            {"kind", "agency"},
                                                            {"header", header}}}}};
  merge["sources"] = json::array{site_->unit_id("STNMT"), second_root_};
  EXPECT_EQ(admin.send_json("POST", "/api/v1/reorganisations/preview", merge).status, 403u);
  // The administrator of every agency may, and then administers the new one.
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?, 'administrator', ?)",
                           {site_->user_id("admin"), second_root_})
                    .ok());
  }
  site_->services().forget_actors();
  auto everywhere = site_->session("admin");
  HttpResult preview = everywhere.send_json("POST", "/api/v1/reorganisations/preview", merge);
  ASSERT_EQ(preview.status, 200u) << preview.body;
  merge["token"] = json::parse(preview.body).as_object().at("token");
  HttpResult done = everywhere.send_json("POST", "/api/v1/reorganisations", merge);
  ASSERT_EQ(done.status, 201u) << done.body;
  const int64_t made = json::parse(done.body).as_object().at("created_unit_ids").as_array()[0].as_int64();
  EXPECT_EQ(count("SELECT COUNT(*) FROM role_grants WHERE user_id = ? AND role = 'administrator' AND unit_id = ?",
                  {site_->user_id("admin"), made}),
            1);
  // The closed agencies are no longer agencies of the deployment: the
  // administrator of the new one still reads what spans them all.
  EXPECT_EQ(everywhere->get("/api/v1/audit").status, 200u);
  EXPECT_EQ(everywhere->get("/don-vi/" + std::to_string(made)).status, 200u);
}

}  // namespace
}  // namespace thidua::test
