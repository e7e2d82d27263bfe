// Documents and files through the API (package api-docs) on the engine under
// test: the API serves what the page downloads serve for the same actor (the
// same bytes for stored files; for generated documents the same content, read
// back entry by entry, with the PDFs' creation stamps left out), another
// unit's evidence is 404 through the API as on the page, the closing summary's
// JSON agrees with its XLSX and with the awards in the database, and the public
// results answer only where the public page shows them.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <tuple>

#include "api_downloads_fixture.h"
#include "app/campaigns.h"
#include "app/crypto.h"
#include "app/decisions.h"
#include "io/table.h"
#include "support/pdf_text.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A document's content with what changes from one writing to the next left
// out: PDF date stamps (D:...), ZIP entry times (entries are compared by
// content), the created/modified times in an Office file's docProps/core.xml
// (an XLSX written a second later differs there), and in a dossier's index.json the sizes and hashes of the files
// generated for it (PDF, DOCX, XLSX), whose own content is compared instead.
std::string canonical(const std::string& bytes, const std::string& name) {
  if (ends_with(name, ".pdf")) {
    static const std::regex stamp(R"(\(D:[^)]*\))");
    return std::regex_replace(bytes, stamp, "(D:)");
  }
  if (ends_with(name, ".docx") || ends_with(name, ".xlsx") || ends_with(name, ".zip")) {
    const auto entries = zip_entries(bytes);
    if (!entries) return "(not a ZIP) " + bytes;
    std::string out;
    for (const auto& [entry, data] : *entries) out += "== " + entry + "\n" + canonical(data, entry) + "\n";
    return out;
  }
  if (name == "docProps/core.xml") {
    // An Office file's creation and modification times, to the second.
    static const std::regex stamp(R"((<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:))");
    return std::regex_replace(bytes, stamp, "$1$3");
  }
  if (name == "index.json") {
    std::error_code ec;
    json::value v = json::parse(bytes, ec);
    if (ec || !v.is_object() || !v.as_object().contains("files")) return bytes;
    for (auto& f : v.as_object()["files"].as_array()) {
      const std::string file(f.at("name").as_string());
      if (ends_with(file, ".pdf") || ends_with(file, ".docx") || ends_with(file, ".xlsx")) {
        f.as_object().erase("sha256");
        f.as_object().erase("bytes");
      }
    }
    return json::serialize(v);
  }
  return bytes;
}

// The page's download and the API's are the same document.
void expect_same_document(const HttpResult& page, const HttpResult& api, const std::string& what) {
  ASSERT_EQ(page.status, 200u) << what << " (page): " << page.body.substr(0, 200);
  ASSERT_EQ(api.status, 200u) << what << " (API): " << api.body.substr(0, 200);
  EXPECT_EQ(api.header("content-type"), page.header("content-type")) << what;
  EXPECT_EQ(api.header("content-disposition"), page.header("content-disposition")) << what;
  EXPECT_EQ(api.header("x-content-type-options"), "nosniff") << what;
  const std::string type = page.header("content-type");
  const std::string name = type == "application/pdf" ? ".pdf" : ".zip";  // DOCX and XLSX are ZIPs too
  if (api.body != page.body) {
    EXPECT_EQ(canonical(api.body, name), canonical(page.body, name)) << what;
  }
}

class ApiDownloadsFlowTest : public ApiDownloadsTest {};

TEST_F(ApiDownloadsFlowTest, TheApiServesWhatThePagesServeForTheSameActor) {
  UserSession sec = site().session("thuongtruc");
  const std::string sid = std::to_string(closed_session_);
  const std::string did = std::to_string(decided_);
  const std::string page_decision = "/dot-thi-dua/1/quyet-dinh/" + did;
  const std::string api_decision = "/api/v1/campaigns/1/decisions/" + did;
  const std::vector<std::tuple<std::string, std::string>> documents = {
      {"/dot-thi-dua/1/hoi-dong/phien/" + sid + "/bien-ban.pdf", "/api/v1/campaigns/1/sessions/" + sid + "/minutes.pdf"},
      {"/dot-thi-dua/1/hoi-dong/phien/" + sid + "/bien-ban.docx", "/api/v1/campaigns/1/sessions/" + sid + "/minutes.docx"},
      {page_decision + "/van-ban.pdf", api_decision + "/document.pdf"},
      {page_decision + "/van-ban.docx", api_decision + "/document.docx"},
      {page_decision + "/ho-so.zip", api_decision + "/dossier.zip"},
      {page_decision + "/giay-khen.pdf", api_decision + "/certificates.pdf"},
      {"/khen-thuong/" + std::to_string(own_award_) + "/giay-khen.pdf",
       "/api/v1/awards/" + std::to_string(own_award_) + "/certificate.pdf"},
      {"/dot-thi-dua/1/tong-ket.xlsx", "/api/v1/campaigns/1/summary.xlsx"},
  };
  for (const auto& [page, api] : documents) expect_same_document(sec->get(page), sec->get(api), api);

  // The same through a Bearer token, and the text read back.
  HttpResult minutes = bearer_get("thuongtruc", "/api/v1/campaigns/1/sessions/" + sid + "/minutes.pdf");
  expect_same_document(sec->get("/dot-thi-dua/1/hoi-dong/phien/" + sid + "/bien-ban.pdf"), minutes, "minutes (token)");
  const std::string text = pdf_words(minutes.body);
  EXPECT_NE(text.find("BIÊN BẢN"), std::string::npos) << text.substr(0, 300);
  EXPECT_EQ(text, pdf_words(sec->get("/dot-thi-dua/1/hoi-dong/phien/" + sid + "/bien-ban.pdf").body));
  HttpResult decision = bearer_get("thuongtruc", api_decision + "/document.pdf");
  const std::string decision_text = pdf_words(decision.body);
  EXPECT_NE(decision_text.find("QUYẾT ĐỊNH"), std::string::npos) << decision_text.substr(0, 300);

  // The public summary, without login.
  auto anon = site().client();
  expect_same_document(anon->get("/cong-khai/ket-qua/1/tong-ket.xlsx"), anon->get("/api/v1/public/campaigns/1/results.xlsx"),
                       "public summary");

  // Stored files: the very bytes, with the pages' headers.
  UserSession officer = site().session("canbo");
  const std::vector<std::tuple<std::string, std::string>> files = {
      {"/dot-thi-dua/1/ke-hoach-don-vi/" + std::to_string(plans_.at(kOwn)) + "/tep",
       "/api/v1/campaigns/1/unit-plans/" + std::to_string(plans_.at(kOwn)) + "/file"},
      {"/dot-thi-dua/1/minh-chung/" + std::to_string(evidence_.at(kOwn)),
       "/api/v1/campaigns/1/evidence/" + std::to_string(evidence_.at(kOwn))},
      {"/dot-thi-dua/1/de-nghi/" + std::to_string(reports_.at(kOwn)) + "/bao-cao",
       "/api/v1/campaigns/1/nominations/" + std::to_string(reports_.at(kOwn)) + "/report"},
  };
  for (const auto& [page_path, api_path] : files) {
    const HttpResult page = officer->get(page_path);
    for (const HttpResult& api : {officer->get(api_path), bearer_get("canbo", api_path)}) {
      ASSERT_EQ(page.status, 200u) << page_path;
      ASSERT_EQ(api.status, 200u) << api_path << ": " << api.body.substr(0, 200);
      EXPECT_EQ(api.body, page.body) << api_path;
      for (const char* h : {"content-type", "content-disposition", "x-content-type-options", "content-security-policy",
                            "cache-control"}) {
        EXPECT_EQ(api.header(h), page.header(h)) << api_path << " " << h;
      }
      EXPECT_EQ(api.header("x-content-type-options"), "nosniff");
      EXPECT_EQ(api.header("content-disposition").rfind("attachment;", 0), 0u) << api.header("content-disposition");
    }
  }
  EXPECT_EQ(officer->get(std::get<0>(files[0])).body, kSamplePdf);
  EXPECT_EQ(officer->get(std::get<1>(files[1])).body, kSamplePng);
}

TEST_F(ApiDownloadsFlowTest, AnotherUnitsEvidenceIsNotFoundThroughTheApiToo) {
  UserSession officer = site().session("canbo");
  const std::string ev = std::to_string(evidence_.at(kOther));
  const HttpResult page = officer->get("/dot-thi-dua/1/minh-chung/" + ev);
  EXPECT_EQ(page.status, 404u);
  for (const HttpResult& api : {officer->get("/api/v1/campaigns/1/evidence/" + ev),
                                bearer_get("canbo", "/api/v1/campaigns/1/evidence/" + ev)}) {
    EXPECT_EQ(api.status, 404u);
    EXPECT_EQ(api.header("content-type").rfind("application/json", 0), 0u);
    EXPECT_EQ(json::parse(api.body).at("error").at("code"), "not_found");
    EXPECT_EQ(api.body.find("PNG"), std::string::npos) << "no byte of the file";
  }
  // Nor under another campaign's id, where the evidence does not belong.
  auto copy = app::copy_campaign(site().services(), site().actor("thuongtruc"), 1, meta());
  ASSERT_TRUE(copy.ok());
  const HttpResult elsewhere = bearer_get("thuongtruc", "/api/v1/campaigns/" + std::to_string(*copy) + "/evidence/" +
                                                            std::to_string(evidence_.at(kOwn)));
  EXPECT_EQ(elsewhere.status, 404u) << elsewhere.body.substr(0, 200);
  // The secretariat sees it under its own campaign.
  EXPECT_EQ(bearer_get("thuongtruc", "/api/v1/campaigns/1/evidence/" + ev).status, 200u);
}

TEST_F(ApiDownloadsFlowTest, TheSummaryAgreesWithItsXlsxAndWithTheAwards) {
  // More awards: a collective (Giấy khen) and a proposal the province granted (Bằng khen).
  auto& s = site().services();
  const int64_t bk = fx_->award_types.at(1);
  const int64_t collective = draft(site(), gk_, {add_collective_nomination(site(), gk_, "PTNMT-HH", "passed")});
  ASSERT_GT(approve(site(), collective), 0);
  const int64_t proposal = draft(site(), bk, {add_nomination(site(), bk, person_in(site(), "PTNMT-LN", 2), "passed"),
                                              add_nomination(site(), bk, person_in(site(), "PTNMT-LN", 3), "passed")});
  ASSERT_GT(approve(site(), proposal), 0);
  ASSERT_TRUE(app::answer_proposal(s, site().actor("thuongtruc"), 1, proposal,
                                   app::ProposalAnswer{true, "2345/QĐ-UBND", "2023-12-01", ""}, awards_meta())
                  .ok());

  UserSession leader = site().session("lanhdao");
  const HttpResult got = leader->get("/api/v1/campaigns/1/summary");
  ASSERT_EQ(got.status, 200u) << got.body;
  const json::object summary = json::parse(got.body).as_object();
  EXPECT_EQ(summary.at("campaign").at("id"), 1);

  // Totals and award types against the awards table.
  auto conn = site().db().acquire();
  auto totals = conn->query(
      "SELECT SUM(CASE WHEN subject = 'individual' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN subject = 'collective' THEN 1 ELSE 0 END) FROM awards WHERE campaign_id = 1");
  ASSERT_TRUE(totals.ok());
  const int64_t individuals = (*totals)[0].i64(0), collectives = (*totals)[0].i64(1);
  EXPECT_EQ(individuals, 4) << "two in the first decision, two granted by the province";
  EXPECT_EQ(collectives, 1);
  EXPECT_EQ(summary.at("totals").at("individuals"), individuals);
  EXPECT_EQ(summary.at("totals").at("collectives"), collectives);
  EXPECT_EQ(summary.at("totals").at("total"), individuals + collectives);

  auto per_award = conn->query(
      "SELECT award_name, granted_by, SUM(CASE WHEN subject = 'individual' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN subject = 'collective' THEN 1 ELSE 0 END) FROM awards WHERE campaign_id = 1 "
      "GROUP BY award_name, granted_by");
  ASSERT_TRUE(per_award.ok());
  std::map<std::string, std::pair<int64_t, int64_t>> expected_awards, got_awards;
  for (const auto& r : *per_award) expected_awards[r.str(0) + " của " + r.str(1)] = {r.i64(2), r.i64(3)};
  for (const auto& a : summary.at("award_types").as_array()) {
    const std::string key = std::string(a.at("award_name").as_string()) + " của " + std::string(a.at("granted_by").as_string());
    got_awards[key] = {a.at("individuals").as_int64(), a.at("collectives").as_int64()};
    EXPECT_EQ(a.at("total").as_int64(), a.at("individuals").as_int64() + a.at("collectives").as_int64());
  }
  EXPECT_EQ(got_awards, expected_awards);
  EXPECT_EQ(got_awards.size(), 2u);

  // Per unit: each unit's figures add up, and unit by unit, award by award,
  // they are the XLSX's rows in the same order, then its total row.
  const HttpResult xlsx = leader->get("/api/v1/campaigns/1/summary.xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  auto table = io::read_table(xlsx.body, "tong-ket.xlsx");
  ASSERT_TRUE(table.ok()) << table.error().message;
  std::vector<std::vector<std::string>> from_json;
  std::set<std::string> units;
  for (const auto& u : summary.at("units").as_array()) {
    const std::string unit(u.at("unit_name").as_string());
    EXPECT_TRUE(units.insert(unit).second) << "one entry per unit: " << unit;
    int64_t ind = 0, col = 0;
    for (const auto& a : u.at("awards").as_array()) {
      ind += a.at("individuals").as_int64();
      col += a.at("collectives").as_int64();
      from_json.push_back({std::to_string(from_json.size() + 1), unit, std::string(a.at("award_name").as_string()),
                           std::string(a.at("granted_by").as_string()), std::to_string(a.at("individuals").as_int64()),
                           std::to_string(a.at("collectives").as_int64()), std::to_string(a.at("total").as_int64())});
    }
    EXPECT_EQ(u.at("individuals").as_int64(), ind) << unit;
    EXPECT_EQ(u.at("collectives").as_int64(), col) << unit;
    EXPECT_EQ(u.at("total").as_int64(), ind + col) << unit;
  }
  EXPECT_EQ(units.size(), 2u) << "Lục Nam and Hiệp Hòa";
  ASSERT_EQ(table->rows.size(), from_json.size() + 1);
  for (size_t i = 0; i < from_json.size(); ++i) EXPECT_EQ(table->rows[i], from_json[i]) << "row " << i + 1;
  const auto& total_row = table->rows.back();
  EXPECT_EQ(total_row[4], std::to_string(individuals));
  EXPECT_EQ(total_row[5], std::to_string(collectives));
  EXPECT_EQ(total_row[6], std::to_string(individuals + collectives));

  // The public results carry the same figures, and every award once.
  auto anon = site().client();
  const HttpResult pub = anon->get("/api/v1/public/campaigns/1/results");
  ASSERT_EQ(pub.status, 200u) << pub.body;
  const json::object results = json::parse(pub.body).as_object();
  for (const char* key : {"campaign", "units", "award_types", "totals"}) EXPECT_EQ(results.at(key), summary.at(key)) << key;
  std::multiset<std::string> listed, stored;
  for (const auto& d : results.at("decisions").as_array()) {
    for (const auto& a : d.at("awards").as_array()) listed.insert(std::string(a.at("recipient_name").as_string()));
    EXPECT_FALSE(d.at("number_symbol").as_string().empty());
  }
  auto names = conn->query("SELECT recipient_name FROM awards WHERE campaign_id = 1");
  ASSERT_TRUE(names.ok());
  for (const auto& r : *names) stored.insert(r.str(0));
  EXPECT_EQ(listed, stored);
  EXPECT_EQ(results.at("decisions").as_array().size(), 3u);
  EXPECT_NE(pub.body.find("2345/QĐ-UBND"), std::string::npos) << "the province's decision for the granted proposal";
  for (const char* hidden : {"person_id", "certificate_number", "nomination_id"}) {
    EXPECT_EQ(pub.body.find(hidden), std::string::npos) << "the public page does not show " << hidden;
  }
}

// Two units may share a name (a "Tổ Dữ liệu" under each of two offices): the
// summary keeps them apart, as its XLSX does, rather than adding them up.
TEST_F(ApiDownloadsFlowTest, TheSummaryKeepsSameNamedUnitsApart) {
  {
    auto conn = site().db().acquire();
    ASSERT_TRUE(conn->query("UPDATE awards SET unit_name = 'Tổ Dữ liệu' WHERE decision_id = ?", {decided_}).ok());
  }
  UserSession leader = site().session("lanhdao");
  const HttpResult got = leader->get("/api/v1/campaigns/1/summary");
  ASSERT_EQ(got.status, 200u) << got.body;
  const json::object summary = json::parse(got.body).as_object();
  const json::array& units = summary.at("units").as_array();
  ASSERT_EQ(units.size(), 2u) << got.body;
  for (const auto& u : units) {
    EXPECT_EQ(u.at("unit_name"), "Tổ Dữ liệu");
    EXPECT_EQ(u.at("individuals"), 1);
    EXPECT_EQ(u.at("total"), 1);
  }
  EXPECT_EQ(summary.at("totals").at("individuals"), 2);

  const HttpResult xlsx = leader->get("/api/v1/campaigns/1/summary.xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  auto table = io::read_table(xlsx.body, "tong-ket.xlsx");
  ASSERT_TRUE(table.ok()) << table.error().message;
  ASSERT_EQ(table->rows.size(), units.size() + 1) << "a row per unit and award, then the total";
  EXPECT_EQ(table->rows[0][1], "Tổ Dữ liệu");
  EXPECT_EQ(table->rows[1][1], "Tổ Dữ liệu");
}

TEST_F(ApiDownloadsFlowTest, PublicResultsOnlyWhereThePublicPageShowsThem) {
  auto anon = site().client();
  // A draft copy with an approved decision and awards: only the publication
  // check keeps it off the public side.
  const int64_t copy = unpublished_copy_with_awards();
  ASSERT_GT(copy, 0);
  const std::string unpublished = std::to_string(copy);
  for (const std::string& path : {"/api/v1/public/campaigns/" + unpublished + "/results",
                                  "/api/v1/public/campaigns/" + unpublished + "/results.xlsx"}) {
    const HttpResult r = anon->get(path);
    EXPECT_EQ(r.status, 404u) << path;
    EXPECT_EQ(json::parse(r.body).at("error").at("code"), "not_found") << path;
  }
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/" + unpublished).status, 404u) << "the page agrees";
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/1").status, 200u);
  EXPECT_EQ(anon->get("/api/v1/public/campaigns/1/results").status, 200u);

  // The published plans: the seed campaign, not the draft copy.
  const HttpResult list = anon->get("/api/v1/public/campaigns?page_size=500");
  ASSERT_EQ(list.status, 200u) << list.body;
  const json::object page = json::parse(list.body).as_object();
  EXPECT_EQ(page.at("page_size"), 100) << "brought into 1..100";
  std::set<int64_t> ids;
  for (const auto& c : page.at("items").as_array()) {
    ids.insert(c.at("id").as_int64());
    EXPECT_NE(c.at("state"), "draft");
  }
  EXPECT_TRUE(ids.count(1));
  EXPECT_FALSE(ids.count(copy));
  EXPECT_EQ(page.at("total").as_int64(), static_cast<int64_t>(ids.size()));
}

}  // namespace
}  // namespace thidua::test
