// Routing: patterns, parameters, specificity, 404/405 and filters.
#include <gtest/gtest.h>

#include "web/router.h"

namespace thidua::web {
namespace {

Request make(std::string method, std::string path) {
  Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  return r;
}

Handler says(std::string what) {
  return [what](Request& req) {
    std::string out = what;
    for (const auto& [k, v] : req.path_params) out += " " + k + "=" + v;
    return Response::text(out);
  };
}

TEST(Router, LiteralParamAndRest) {
  Router r;
  r.get("/", says("home"));
  r.get("/api/v1/people/{id}", says("person"));
  r.get("/api/v1/people/new", says("new"));
  r.get("/static/{*path}", says("static"));
  r.get("/units/{unit}/people/{id}", says("unit-person"));

  auto req = make("GET", "/");
  EXPECT_EQ(r.dispatch(req).body, "home");
  req = make("GET", "/api/v1/people/12");
  EXPECT_EQ(r.dispatch(req).body, "person id=12");
  req = make("GET", "/api/v1/people/new");
  EXPECT_EQ(r.dispatch(req).body, "new");
  req = make("GET", "/static/css/app.css");
  EXPECT_EQ(r.dispatch(req).body, "static path=css/app.css");
  req = make("GET", "/units/3/people/8");
  EXPECT_EQ(r.dispatch(req).body, "unit-person id=8 unit=3");
  req = make("GET", "/api/v1/people/");
  EXPECT_EQ(r.dispatch(req).status, 404u);
  req = make("GET", "/api/v1/people/1/extra");
  EXPECT_EQ(r.dispatch(req).status, 404u);
}

TEST(Router, MethodNotAllowedListsAllow) {
  Router r;
  r.get("/people", says("list"));
  r.post("/people", says("create"));
  auto req = make("DELETE", "/people");
  Response res = r.dispatch(req);
  EXPECT_EQ(res.status, 405u);
  EXPECT_EQ(res.header("Allow"), "GET, HEAD, POST");
}

TEST(Router, CustomFallbacks) {
  Router r;
  r.get("/a", says("a"));
  r.set_not_found([](Request&) { return Response::html("<h1>Không có</h1>", 404); });
  r.set_method_not_allowed([](Request&) { return Response::html("sai phương thức", 405); });
  auto req = make("GET", "/b");
  EXPECT_EQ(r.dispatch(req).body, "<h1>Không có</h1>");
  req = make("POST", "/a");
  Response res = r.dispatch(req);
  EXPECT_EQ(res.body, "sai phương thức");
  EXPECT_EQ(res.header("allow"), "GET, HEAD");
}

TEST(Router, DefaultNotFoundSpeaksJsonToApi) {
  Router r;
  auto req = make("GET", "/api/v1/x");
  Response res = r.dispatch(req);
  EXPECT_EQ(res.status, 404u);
  EXPECT_EQ(res.content_type, "application/json");
  EXPECT_EQ(res.body, R"({"error":{"code":"not_found","message":"Không tìm thấy trang yêu cầu."}})");
}

TEST(Router, RoutesListedInOrder) {
  Router r;
  r.get("/a", says("a"));
  r.post("/b/{id}", says("b"));
  std::vector<std::pair<std::string, std::string>> expected = {{"GET", "/a"}, {"POST", "/b/{id}"}};
  EXPECT_EQ(r.routes(), expected);
}

TEST(Router, RejectsBadPatternsAndDuplicates) {
  Router r;
  r.get("/a/{id}", says("a"));
  EXPECT_THROW(r.get("/a/{id}", says("again")), std::invalid_argument);
  EXPECT_THROW(r.get("no-slash", says("x")), std::invalid_argument);
  EXPECT_THROW(r.get("/x/{*rest}/y", says("x")), std::invalid_argument);
  EXPECT_THROW(r.get("/x/{a}/{a}", says("x")), std::invalid_argument);
  EXPECT_THROW(r.get("/x/{}", says("x")), std::invalid_argument);
  EXPECT_THROW(r.get("/x/a{b}", says("x")), std::invalid_argument);
}

TEST(Router, FiltersRunInOrderAndMayShortCircuit) {
  std::string trace;
  Filter first = [&](Request& req, const Handler& next) {
    trace += "1";
    if (req.header("x-deny") == "yes") return Response::text("cấm", 403);
    return next(req);
  };
  Filter second = [&](Request& req, const Handler& next) {
    trace += "2";
    Response res = next(req);
    res.set_header("X-Second", "seen");
    return res;
  };
  Handler h = with_filters({first, second}, [&](Request&) {
    trace += "h";
    return Response::text("ok");
  });
  Request req = make("GET", "/");
  Response res = h(req);
  EXPECT_EQ(trace, "12h");
  EXPECT_EQ(res.header("x-second"), "seen");
  trace.clear();
  req.headers["x-deny"] = "yes";
  EXPECT_EQ(h(req).status, 403u);
  EXPECT_EQ(trace, "1");
}

TEST(Response, CookiesAndHeaders) {
  Response res;
  CookieOptions opts;
  opts.max_age_s = 3600;
  opts.secure = true;
  opts.same_site = SameSite::kStrict;
  res.set_cookie("sid", "Zm9v_bar-1", opts);
  res.clear_cookie("old", CookieOptions{});
  ASSERT_EQ(res.headers.size(), 2u);
  EXPECT_EQ(res.headers[0].second, "sid=Zm9v_bar-1; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict");
  EXPECT_EQ(res.headers[1].second, "old=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  EXPECT_THROW(res.set_cookie("sid", "a;b", opts), std::invalid_argument);
  EXPECT_THROW(res.set_cookie("s id", "a", opts), std::invalid_argument);
  EXPECT_THROW(res.set_header("X-A", "a\r\nSet-Cookie: x=1"), std::invalid_argument);
  res.set_header("X-A", "1");
  res.set_header("x-a", "2");
  EXPECT_EQ(res.header("X-A"), "2");
  res.set_header("Content-Type", "text/csv");
  EXPECT_EQ(res.content_type, "text/csv");
  Response r = Response::redirect("/dang-nhap");
  EXPECT_EQ(r.status, 303u);
  EXPECT_EQ(r.header("location"), "/dang-nhap");
}

}  // namespace
}  // namespace thidua::web
