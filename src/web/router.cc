#include "web/router.h"

#include <boost/json/object.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/messages_vi/http.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

// Splits "/a/b" into {"a", "b"}; "/" into {""}; "/a/" into {"a", ""}.
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

bool valid_param_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

Response error_response(const Request& req, unsigned status, std::string_view code,
                        std::string_view message_vi) {
  if (req.wants_json()) {
    boost::json::object err;
    err["code"] = code;
    err["message"] = message_vi;
    boost::json::object root;
    root["error"] = std::move(err);
    return Response::json(root, status);
  }
  std::string body =
      "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" +
      html_escape(message_vi) + "</title></head><body><h1>" + html_escape(message_vi) +
      "</h1><p><a href=\"/\">" + std::string(msg::kHttpBackHome) + "</a></p></body></html>\n";
  return Response::html(std::move(body), status);
}

Router::Router() {
  not_found_ = [](Request& req) {
    return error_response(req, 404, core::errc::kNotFound, msg::kHttpPageNotFound);
  };
  method_not_allowed_ = [](Request& req) {
    return error_response(req, 405, core::errc::kMethodNotAllowed,
                          msg::kHttpMethodNotAllowed);
  };
}

void Router::add(std::string_view method, std::string_view pattern, Handler h, Cost cost) {
  if (method.empty() || !h) throw std::invalid_argument("route needs a method and a handler");
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  }
  Route r{std::string(method), std::string(pattern), {}, std::move(h), cost};
  auto parts = split_path(pattern);
  std::set<std::string> names;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    if (p.size() >= 2 && p.front() == '{' && p.back() == '}') {
      std::string_view inner = p.substr(1, p.size() - 2);
      Segment::Kind kind = Segment::kParam;
      if (!inner.empty() && inner.front() == '*') {
        if (i + 1 != parts.size()) {
          throw std::invalid_argument("{*name} must end the pattern: " + std::string(pattern));
        }
        inner.remove_prefix(1);
        kind = Segment::kRest;
      }
      if (!valid_param_name(inner) || !names.insert(std::string(inner)).second) {
        throw std::invalid_argument("bad parameter in route pattern: " + std::string(pattern));
      }
      r.segments.push_back({kind, std::string(inner)});
    } else {
      if (p.find_first_of("{}") != std::string_view::npos) {
        throw std::invalid_argument("bad route pattern: " + std::string(pattern));
      }
      r.segments.push_back({Segment::kLiteral, std::string(p)});
    }
  }
  for (const Route& existing : routes_) {
    if (existing.method == r.method && existing.pattern == r.pattern) {
      throw std::invalid_argument("duplicate route: " + r.method + " " + r.pattern);
    }
  }
  const size_t index = routes_.size();
  if (r.segments.front().kind == Segment::kLiteral) by_first_[r.segments.front().text].push_back(index);
  else open_first_.push_back(index);
  routes_.push_back(std::move(r));
}

template <typename Fn>
void Router::for_each_candidate(std::string_view first, Fn&& fn) const {
  if (auto it = by_first_.find(first); it != by_first_.end()) {
    for (size_t i : it->second) fn(routes_[i]);
  }
  for (size_t i : open_first_) fn(routes_[i]);
}

bool Router::match(const Route& r, const std::vector<std::string_view>& parts,
                   std::map<std::string, std::string>* params) {
  size_t i = 0;
  for (const Segment& seg : r.segments) {
    if (seg.kind == Segment::kRest) {
      if (params) {
        std::string rest;
        for (size_t j = i; j < parts.size(); ++j) {
          if (j > i) rest.push_back('/');
          rest.append(parts[j]);
        }
        (*params)[seg.text] = std::move(rest);
      }
      return true;
    }
    if (i >= parts.size()) return false;
    if (seg.kind == Segment::kLiteral) {
      if (parts[i] != seg.text) return false;
    } else {
      if (parts[i].empty()) return false;
      if (params) (*params)[seg.text] = std::string(parts[i]);
    }
    ++i;
  }
  return i == parts.size();
}

bool Router::more_specific(const Route& a, const Route& b) {
  size_t n = std::min(a.segments.size(), b.segments.size());
  for (size_t i = 0; i < n; ++i) {
    int ka = 2 - static_cast<int>(a.segments[i].kind);  // literal 2, param 1, rest 0
    int kb = 2 - static_cast<int>(b.segments[i].kind);
    if (ka != kb) return ka > kb;
  }
  return a.segments.size() > b.segments.size();
}

const Router::Route* Router::find(std::string_view method, const std::vector<std::string_view>& parts) const {
  const Route* best = nullptr;
  for_each_candidate(parts.front(), [&](const Route& r) {
    if (r.method == method && match(r, parts, nullptr) && (!best || more_specific(r, *best))) best = &r;
  });
  return best;
}

bool Router::heavy(const Request& req) const {
  const Route* r = find(req.method, split_path(req.path));
  return r && r->cost == Cost::kHeavy;
}

std::vector<std::pair<std::string, std::string>> Router::heavy_routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Route& r : routes_) {
    if (r.cost == Cost::kHeavy) out.emplace_back(r.method, r.pattern);
  }
  return out;
}

Response Router::dispatch(Request& req) const {
  auto parts = split_path(req.path);
  const Route* best = nullptr;
  std::set<std::string> allowed;
  for_each_candidate(parts.front(), [&](const Route& r) {
    if (!match(r, parts, nullptr)) return;
    if (r.method == req.method) {
      if (!best || more_specific(r, *best)) best = &r;
    } else {
      allowed.insert(r.method);
    }
  });
  if (best) {
    req.path_params.clear();
    match(*best, parts, &req.path_params);
    return best->handler(req);
  }
  if (allowed.empty()) return not_found_(req);

  if (allowed.count("GET")) allowed.insert("HEAD");
  std::string allow;
  for (const auto& m : allowed) {
    if (!allow.empty()) allow += ", ";
    allow += m;
  }
  Response res = method_not_allowed_(req);
  if (res.status == 200) res.status = 405;
  res.set_header("Allow", allow);
  return res;
}

void Router::set_not_found(Handler h) {
  if (h) not_found_ = std::move(h);
}

void Router::set_method_not_allowed(Handler h) {
  if (h) method_not_allowed_ = std::move(h);
}

Response Router::not_found(Request& req) const { return not_found_(req); }

std::vector<std::pair<std::string, std::string>> Router::routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(routes_.size());
  for (const Route& r : routes_) out.emplace_back(r.method, r.pattern);
  return out;
}

Handler with_filters(std::vector<Filter> filters, Handler inner) {
  Handler h = std::move(inner);
  for (auto it = filters.rbegin(); it != filters.rend(); ++it) {
    h = [filter = std::move(*it), next = std::move(h)](Request& req) { return filter(req, next); };
  }
  return h;
}

}  // namespace thidua::web
