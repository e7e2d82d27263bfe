// The OpenAPI document served at /api/v1/openapi.json: valid JSON in OpenAPI
// 3.0.x, every reference resolvable, exactly the router's /api/v1 routes, and
// error codes paired with the HTTP statuses the server really answers with.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/clock.h"
#include "app/context.h"
#include "core/embedded.h"
#include "core/nomination.h"
#include "core/result.h"
#include "support/test_db.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/router.h"
#include "web/shared/respond.h"
#include "web/site.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile static_files[];
extern const std::size_t static_files_count;
}  // namespace thidua::embedded

namespace thidua::web {
namespace {

namespace json = boost::json;

using Operation = std::pair<std::string, std::string>;  // (METHOD, normalised path)

constexpr std::string_view kApiPrefix = "/api/v1/";

// Every stable code of core/result.h.
const std::vector<std::string>& stable_codes() {
  static const std::vector<std::string> codes = {
      core::errc::kValidation, core::errc::kNotFound,  core::errc::kForbidden, core::errc::kUnauthenticated,
      core::errc::kConflict,   core::errc::kLocked,    core::errc::kRateLimited, core::errc::kBadRequest,
      core::errc::kCsrf,       core::errc::kTooLarge,  core::errc::kUnsupported, core::errc::kStorage,
      core::errc::kInternal,   core::errc::kMethodNotAllowed,
      // Nominations (core/nomination.h).
      core::errc::kDuplicateNomination, core::errc::kDeadlinePassed, core::errc::kNominationsClosed,
      core::errc::kAlreadyAwarded, core::errc::kQuotaExceeded, core::errc::kSameAchievement,
      // The imports' confirmation.
      core::errc::kImportHasErrors, core::errc::kImportNotFound, core::errc::kOwnRecord,
      core::errc::kStorageUnavailable, core::errc::kServerBusy};
  return codes;
}

// The embedded file "openapi.json", or "" when the build lacks it.
std::string_view embedded_document() {
  for (std::size_t i = 0; i < embedded::static_files_count; ++i) {
    if (embedded::static_files[i].path == "openapi.json") return embedded::static_files[i].data;
  }
  return {};
}

json::value parsed_document() {
  std::error_code ec;
  json::value doc = json::parse(embedded_document(), ec);
  EXPECT_FALSE(ec) << "openapi.json is not valid JSON: " << ec.message();
  return doc;
}

// "/api/v1/people/{id}" -> "/api/v1/people/{}": parameter names do not matter.
std::string normalise_pattern(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      std::size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) return std::string(pattern);  // malformed: compare as is
      out += "{}";
      i = close;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

bool is_http_method(std::string_view key) {
  static const std::set<std::string_view> kMethods = {"get",     "put",  "post",  "delete",
                                                      "options", "head", "patch", "trace"};
  return kMethods.count(key) > 0;
}

// (METHOD, normalised path) of every operation under /api/v1 in the document.
std::set<Operation> documented_operations(const json::object& doc) {
  std::set<Operation> ops;
  const json::object& paths = doc.at("paths").as_object();
  for (const auto& [path, item] : paths) {
    if (std::string_view(path).rfind(kApiPrefix, 0) != 0) continue;
    for (const auto& [key, op] : item.as_object()) {
      if (is_http_method(key)) ops.emplace(upper(key), normalise_pattern(path));
    }
  }
  return ops;
}

// Resolves a local "#/a/b/c" reference; nullptr when it leads nowhere.
const json::value* resolve(const json::value& doc, std::string_view ref) {
  if (ref.rfind("#/", 0) != 0) return nullptr;
  const json::value* at = &doc;
  std::size_t pos = 2;
  while (pos <= ref.size()) {
    std::size_t slash = ref.find('/', pos);
    std::string_view part = ref.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    if (!at->is_object()) return nullptr;
    at = at->as_object().if_contains(part);
    if (at == nullptr) return nullptr;
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  return at;
}

void collect_refs(const json::value& v, std::vector<std::string>& out) {
  if (v.is_object()) {
    for (const auto& [key, child] : v.as_object()) {
      if (key == "$ref" && child.is_string()) out.emplace_back(child.as_string());
      else collect_refs(child, out);
    }
  } else if (v.is_array()) {
    for (const auto& child : v.as_array()) collect_refs(child, out);
  }
}

const json::object& error_code_schema(const json::value& doc) {
  return doc.at("components").at("schemas").at("ErrorCode").as_object();
}

std::string first_error_code(const std::string& body) {
  std::error_code ec;
  json::value v = json::parse(body, ec);
  if (ec || !v.is_object()) return "(not JSON: " + body.substr(0, 80) + ")";
  const json::value* err = v.as_object().if_contains("error");
  if (err == nullptr || !err->is_object()) return "(no error member)";
  const json::value* code = err->as_object().if_contains("code");
  return code != nullptr && code->is_string() ? std::string(code->as_string()) : "(no code)";
}

TEST(OpenApiDocument, IsOpenApi30Json) {
  ASSERT_FALSE(embedded_document().empty()) << "openapi.json is not among the embedded static files";
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  const json::object& o = doc.as_object();
  ASSERT_TRUE(o.contains("openapi"));
  ASSERT_TRUE(o.at("openapi").is_string());
  EXPECT_EQ(std::string(o.at("openapi").as_string()).rfind("3.0.", 0), 0u) << o.at("openapi");
  ASSERT_TRUE(o.contains("info") && o.at("info").is_object());
  EXPECT_TRUE(o.at("info").as_object().contains("title"));
  EXPECT_TRUE(o.at("info").as_object().contains("version"));
  ASSERT_TRUE(o.contains("paths") && o.at("paths").is_object());
  const json::object& schemes = o.at("components").at("securitySchemes").as_object();
  ASSERT_TRUE(schemes.contains("bearerAuth"));
  ASSERT_TRUE(schemes.contains("cookieAuth"));
  EXPECT_EQ(schemes.at("bearerAuth").at("scheme"), "bearer");
  EXPECT_EQ(schemes.at("cookieAuth").at("in"), "cookie");
  EXPECT_EQ(schemes.at("cookieAuth").at("name"), kSessionCookie);
}

TEST(OpenApiDocument, EveryReferenceResolves) {
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  std::vector<std::string> refs;
  collect_refs(doc, refs);
  EXPECT_FALSE(refs.empty());
  for (const auto& ref : refs) EXPECT_NE(resolve(doc, ref), nullptr) << "unresolved $ref " << ref;
}

TEST(OpenApiDocument, ErrorCodesAreTheStableCodesWithTheirStatuses) {
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  const json::object& schema = error_code_schema(doc);
  std::set<std::string> documented;
  for (const auto& code : schema.at("enum").as_array()) documented.emplace(code.as_string());

  // The stable codes of core/result.h, plus the router's own 405 code.
  std::set<std::string> expected(stable_codes().begin(), stable_codes().end());
  EXPECT_EQ(documented, expected);

  const json::object& statuses = schema.at("x-http-status").as_object();
  EXPECT_EQ(statuses.size(), documented.size());
  for (const auto& code : stable_codes()) {
    const json::value* status = statuses.if_contains(code);
    ASSERT_NE(status, nullptr) << "no x-http-status for " << code;
    EXPECT_EQ(status->to_number<unsigned>(), status_for(code)) << code;
  }
}

// The envelope's members are the ones api_error() writes.
TEST(OpenApiDocument, ErrorEnvelopeMatchesApiError) {
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  const json::object& inner =
      doc.at("components").at("schemas").at("Error").at("properties").at("error").as_object();
  const json::object& props = inner.at("properties").as_object();
  EXPECT_TRUE(props.contains("code"));
  EXPECT_TRUE(props.contains("message"));
  EXPECT_TRUE(props.contains("field"));

  Response with_field = api_error(core::make_error(core::errc::kValidation, "Hãy nhập họ và tên.", "full_name"));
  EXPECT_EQ(with_field.status, 422u);
  json::value body = json::parse(with_field.body);
  EXPECT_EQ(body.at("error").at("code"), "validation_failed");
  EXPECT_EQ(body.at("error").at("field"), "full_name");
  Response without = api_error(core::make_error(core::errc::kNotFound, "Không tìm thấy."));
  EXPECT_FALSE(json::parse(without.body).at("error").as_object().contains("field"));
}

// The whole site's router over a fresh database, as the server builds it.
class OpenApiRouter : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = test::fresh_database();
    if (!db_) return;
    data_dir_ = std::filesystem::temp_directory_path() / ("thidua-openapi-" + new_request_id());
    std::filesystem::create_directories(data_dir_);
    services_ = std::make_unique<app::Services>(
        app::Services{*db_, clock_, app::SecurityPolicy{}, data_dir_.string()});
    router_ = build_router(*services_, options_);
  }
  void TearDown() override {
    router_.reset();
    services_.reset();
    db_.reset();
    std::error_code ec;
    if (!data_dir_.empty()) std::filesystem::remove_all(data_dir_, ec);
  }

  Response call(const std::string& method, const std::string& target, std::string body = {},
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    auto req = build_request(method, target, headers, std::move(body), "127.0.0.1");
    EXPECT_TRUE(req.ok()) << method << " " << target;
    if (!req.ok()) return Response::text("", 599);
    return router_->dispatch(*req);
  }

  std::unique_ptr<store::Database> db_;
  app::SystemClock clock_;
  WebOptions options_;
  std::filesystem::path data_dir_;
  std::unique_ptr<app::Services> services_;
  std::shared_ptr<Router> router_;
};

TEST_F(OpenApiRouter, DocumentedOperationsAreExactlyTheApiRoutes) {
  if (!router_) return;
  std::set<Operation> routed;
  for (const auto& [method, pattern] : router_->routes()) {
    if (pattern.rfind(kApiPrefix, 0) == 0) routed.emplace(method, normalise_pattern(pattern));
  }
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  std::set<Operation> documented = documented_operations(doc.as_object());
  EXPECT_FALSE(routed.empty());

  for (const auto& [method, path] : routed) {
    EXPECT_TRUE(documented.count({method, path})) << "routed but not documented: " << method << " " << path;
  }
  for (const auto& [method, path] : documented) {
    EXPECT_TRUE(routed.count({method, path})) << "documented but not routed: " << method << " " << path;
  }
}

TEST_F(OpenApiRouter, ServesTheEmbeddedDocument) {
  if (!router_) return;
  Response res = call("GET", "/api/v1/openapi.json");
  EXPECT_EQ(res.status, 200u);
  EXPECT_EQ(res.content_type.rfind("application/json", 0), 0u) << res.content_type;
  EXPECT_EQ(res.body, embedded_document());
}

// Operations the document marks public (security: []) answer without
// credentials (200, or 404 not_found for a record the fresh database lacks);
// every other one answers 401 unauthenticated, as documented.
TEST_F(OpenApiRouter, SecurityRequirementsHold) {
  if (!router_) return;
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  ASSERT_FALSE(doc.at("security").as_array().empty()) << "operations need authentication by default";
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    std::string target(path);
    for (std::size_t open = target.find('{'); open != std::string::npos; open = target.find('{')) {
      target.replace(open, target.find('}', open) - open + 1, "1");
    }
    for (const auto& [key, op] : item.as_object()) {
      if (!is_http_method(key)) continue;
      const std::string method = upper(key);
      const json::value* security = op.as_object().if_contains("security");
      const bool is_public = security != nullptr && security->as_array().empty();
      std::vector<std::pair<std::string, std::string>> headers;
      std::string body;
      if (method == "POST" || method == "PATCH" || method == "PUT") {
        headers.emplace_back("Content-Type", "application/json");
        body = "{}";
      }
      Response res = call(method, target, body, headers);
      if (is_public && std::string_view(path).find('{') != std::string_view::npos) {
        // A public operation on a record (a campaign's published results): the
        // fresh database has none, so it answers the documented 404, never 401.
        EXPECT_EQ(res.status, 404u) << method << " " << target;
        EXPECT_EQ(first_error_code(res.body), core::errc::kNotFound) << method << " " << target;
        EXPECT_TRUE(op.at("responses").as_object().contains("404")) << method << " " << path;
      } else if (is_public) {
        EXPECT_EQ(res.status, 200u) << method << " " << target;
      } else {
        EXPECT_EQ(res.status, 401u) << method << " " << target;
        EXPECT_EQ(first_error_code(res.body), core::errc::kUnauthenticated) << method << " " << target;
        EXPECT_TRUE(op.at("responses").as_object().contains("401")) << method << " " << path;
      }
    }
  }
}

// The router answers method_not_allowed itself: check it does so with the
// status the document claims.
TEST_F(OpenApiRouter, MethodNotAllowedAnswersTheDocumentedStatus) {
  if (!router_) return;
  json::value doc = parsed_document();
  ASSERT_TRUE(doc.is_object());
  const unsigned claimed = error_code_schema(doc).at("x-http-status").at(core::errc::kMethodNotAllowed).to_number<unsigned>();
  Response res = call("DELETE", "/api/v1/me");
  EXPECT_EQ(res.status, claimed);
  EXPECT_EQ(first_error_code(res.body), core::errc::kMethodNotAllowed);
  EXPECT_FALSE(res.header("Allow").empty());
}

}  // namespace
}  // namespace thidua::web
