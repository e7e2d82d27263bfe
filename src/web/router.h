// Maps (method, path) to a Handler. Patterns are literal segments, "{name}"
// (one non-empty segment) and a final "{*name}" (the rest of the path, may hold
// slashes, may be empty). Captured segments land in Request::path_params.
// Filters (auth, CSRF, limits) wrap handlers; see with_filters().
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http.h"

namespace thidua::web {

// What running a route costs. Heavy routes (imports, documents, dossiers,
// spreadsheet exports) are run by the server's bounded work pool, off the
// I/O threads (ServerConfig::is_heavy).
enum class Cost { kLight, kHeavy };

class Router {
 public:
  Router();

  // Registers `h` for `method` ("GET", "POST", ...; upper-case) and `pattern`
  // ("/api/v1/people/{id}", "/static/{*path}"). When several patterns match a
  // path, the most specific wins, segment by segment: literal > {name} > {*name}.
  // Throws std::invalid_argument on a malformed pattern or a duplicate
  // (method, pattern): both are programmer errors found at start-up.
  void add(std::string_view method, std::string_view pattern, Handler h, Cost cost = Cost::kLight);
  void get(std::string_view pattern, Handler h, Cost cost = Cost::kLight) {
    add("GET", pattern, std::move(h), cost);
  }
  void post(std::string_view pattern, Handler h, Cost cost = Cost::kLight) {
    add("POST", pattern, std::move(h), cost);
  }

  // Finds the route, fills req.path_params and calls its handler. No pattern
  // matches: the not-found callback. A pattern matches but not for this method:
  // the method-not-allowed callback, and the router then sets "Allow" (GET
  // implies HEAD) and status 405 unless the callback chose another status.
  // HEAD requests arrive as GET (Request::head) and so reach GET routes.
  Response dispatch(Request& req) const;

  // True when the route dispatch() would call for `req` was added with
  // Cost::kHeavy. Does not change `req`; thread-safe once routes are added.
  bool heavy(const Request& req) const;

  // Defaults: a short Vietnamese page, or JSON {"error":{"code","message"}}
  // when req.wants_json().
  void set_not_found(Handler h);
  void set_method_not_allowed(Handler h);
  // The not-found response for `req` (for handlers that find nothing, e.g. assets).
  Response not_found(Request& req) const;

  // (method, pattern) of every route in registration order.
  std::vector<std::pair<std::string, std::string>> routes() const;
  // (method, pattern) of the heavy routes, in registration order.
  std::vector<std::pair<std::string, std::string>> heavy_routes() const;

 private:
  struct Segment {
    enum Kind { kLiteral, kParam, kRest } kind;
    std::string text;  // literal text or parameter name
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
    Cost cost = Cost::kLight;
  };
  // The routes that can match a path whose first segment is `first`: those
  // whose pattern starts with that literal, then those starting with a
  // parameter (indexes into routes_, in registration order within each).
  template <typename Fn>
  void for_each_candidate(std::string_view first, Fn&& fn) const;
  const Route* find(std::string_view method, const std::vector<std::string_view>& parts) const;
  static bool match(const Route& r, const std::vector<std::string_view>& parts,
                    std::map<std::string, std::string>* params);
  static bool more_specific(const Route& a, const Route& b);

  std::vector<Route> routes_;
  // Routes by their first segment when it is a literal; the others apart.
  // A request looks at its own first segment's routes only (327 routes, two
  // lookups a request: heavy() and dispatch()).
  std::map<std::string, std::vector<size_t>, std::less<>> by_first_;
  std::vector<size_t> open_first_;
  Handler not_found_;
  Handler method_not_allowed_;
};

// A filter sees the request before the handler and may answer itself (deny,
// redirect) or call `next` and adjust its response.
using Filter = std::function<Response(Request& req, const Handler& next)>;

// Wraps `inner` so that filters[0] runs first, then filters[1], ..., then inner.
Handler with_filters(std::vector<Filter> filters, Handler inner);

// The standard error body: JSON {"error":{"code","message"}} when
// req.wants_json(), else a minimal Vietnamese HTML page showing `message_vi`.
Response error_response(const Request& req, unsigned status, std::string_view code,
                        std::string_view message_vi);

}  // namespace thidua::web
