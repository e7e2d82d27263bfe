#include "web/route_table.h"

#include <stdexcept>
#include <utility>

#include "app/access.h"
#include "core/messages_vi/http.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

// The pattern as the router takes it ("{name:int}" → "{name}") and the names
// of its id segments.
std::pair<std::string, std::vector<std::string>> split_ids(std::string_view pattern) {
  constexpr std::string_view kInt = ":int}";
  std::string plain;
  std::vector<std::string> ids;
  size_t i = 0;
  while (i < pattern.size()) {
    const size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      plain.append(pattern.substr(i));
      break;
    }
    const size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::invalid_argument("bad route pattern: " + std::string(pattern));
    plain.append(pattern.substr(i, open - i));
    std::string_view segment = pattern.substr(open, close - open + 1);
    if (segment.size() > kInt.size() + 1 && segment.substr(segment.size() - kInt.size()) == kInt) {
      const std::string_view name = segment.substr(1, segment.size() - 1 - kInt.size());
      ids.emplace_back(name);
      plain.push_back('{');
      plain.append(name);
      plain.push_back('}');
    } else {
      if (segment.find(':') != std::string_view::npos) {
        throw std::invalid_argument("unknown parameter type in route pattern: " + std::string(pattern));
      }
      plain.append(segment);
    }
    i = close + 1;
  }
  return {std::move(plain), std::move(ids)};
}

}  // namespace

CampaignRecordIds campaign_record_ids(const Ctx& ctx, const char* record_param) {
  return CampaignRecordIds{ctx.id("id"), record_param ? ctx.id(record_param) : 0};
}

void install(Router& r, const app::Services& s, const WebOptions& o, const RouteTable& table) {
  for (const RouteDef& def : table) {
    if (!def.handler) throw std::invalid_argument("route without a handler: " + std::string(def.pattern));
    auto [pattern, ids] = split_ids(def.pattern);
    AppHandler handler = def.handler;
    if (!ids.empty()) {
      handler = [ids = std::move(ids), inner = std::move(handler)](Request& req, Ctx& ctx) {
        for (const auto& name : ids) {
          auto id = parse_id(req.path_param(name));
          if (!id) {
            const bool api = req.path.rfind("/api/", 0) == 0;
            return failure_response(req, ctx, app::not_found(api ? msg::kHttpWhatThisPath : msg::kHttpWhatThisPage));
          }
          ctx.path_ids[name] = *id;
        }
        return inner(req, ctx);
      };
    }
    r.add(def.method, pattern, guard(s, o, def.access, std::move(handler)), def.cost);
  }
}

}  // namespace thidua::web
