// The ids in route paths (web/route_table.h): every "{name:int}" segment of
// every route, page or API, answers a malformed id (letters, zero, a number
// past int64, a number with a tail) with 404 not_found once the guard has let
// the request through, and changes nothing. The ids are parsed in one place;
// this test is what keeps a route from reading a raw path parameter again.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <regex>
#include <string>
#include <vector>

#include "support/test_server.h"
#include "web/route_table.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

std::string error_code(const HttpResult& r) {
  std::error_code ec;
  json::value v = json::parse(r.body, ec);
  if (ec || !v.is_object() || !v.as_object().contains("error")) return "(no error object)";
  return std::string(v.at("error").at("code").as_string());
}

TEST(RouteIdsTest, EveryIdSegmentAnswersMalformedIdsWithNotFoundAndChangesNothing) {
  TestSite site;
  if (!site.ok()) GTEST_SKIP() << "no test site";
  auto admin = site.login("admin");
  const std::string before = site.fingerprint();
  const std::regex param(R"(\{(\w+)\})");
  int checked = 0;
  for (const auto& [method, pattern] : site.router().routes()) {
    if (pattern.find('{') == std::string::npos || pattern.find("{*") != std::string::npos) continue;
    // Only the id segments are malformed; an import's token keeps a plausible value.
    bool has_id = false;
    for (std::sregex_iterator it(pattern.begin(), pattern.end(), param), end; it != end; ++it) {
      if ((*it)[1] != "import_id") has_id = true;
    }
    if (!has_id) continue;
    for (const std::string bad : {"abc", "0", "99999999999999999999", "7x"}) {
      std::string target;
      std::sregex_iterator it(pattern.begin(), pattern.end(), param), end;
      size_t last = 0;
      for (; it != end; ++it) {
        target += pattern.substr(last, static_cast<size_t>(it->position()) - last);
        target += (*it)[1] == "import_id" ? std::string("khong-co") : bad;
        last = static_cast<size_t>(it->position() + it->length());
      }
      target += pattern.substr(last);
      const bool api = pattern.rfind("/api/", 0) == 0;
      HttpResult r;
      if (method == "GET") {
        r = admin->get(target);
      } else if (api) {
        r = admin.send_json(method, target, json::object{});
      } else {
        r = admin.post_form(target, {});
      }
      EXPECT_EQ(r.status, 404u) << method << " " << target;
      if (api) {
        EXPECT_EQ(error_code(r), "not_found") << method << " " << target;
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 4 * 150);  // every id route, not a handful
  const std::string after = site.fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
}

TEST(RouteIdsTest, PatternsAreRegisteredWithoutTheirTypeAndBadTypesAreRefused) {
  TestSite site;
  if (!site.ok()) GTEST_SKIP() << "no test site";
  web::Router r;
  web::WebOptions o;
  web::install(r, site.services(), o,
               {{"GET", "/a/{id:int}/b/{token}", web::Access::kPublic, [](web::Request&, web::Ctx&) {
                   return web::Response::text("ok");
                 }}});
  ASSERT_EQ(r.routes().size(), 1u);
  EXPECT_EQ(r.routes()[0].second, "/a/{id}/b/{token}");
  EXPECT_THROW(web::install(r, site.services(), o,
                            {{"GET", "/c/{id:uuid}", web::Access::kPublic,
                              [](web::Request&, web::Ctx&) { return web::Response::text("ok"); }}}),
               std::invalid_argument);
  web::Ctx ctx;
  ctx.path_ids["id"] = 7;
  EXPECT_EQ(ctx.id("id"), 7);
  EXPECT_THROW(ctx.id("sid"), std::logic_error);
}

}  // namespace
}  // namespace thidua::test
