// The eligibility rules (app/award_rule_edits.h): /quy-tac-xet lists every
// set, shipped and edited, with its effective date; a set's page shows its
// rules and, to an administrator, the form to edit it (the set as JSON in the
// shipped file's format), withdraw it or go back to the default.
#include <cstdlib>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "app/award_rule_edits.h"
#include "core/eligibility.h"
#include "core/messages_vi/eligibility.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// The set as an administrator edits it: one member a line, one rule a line.
std::string pretty(const app::AwardRules& set) {
  const json::object o = app::award_rule_set_json(set);
  std::string out = "{\n";
  for (const char* key : {"code", "name", "subject", "effective_from"}) {
    out += "  \"" + std::string(key) + "\": " + json::serialize(o.at(key)) + ",\n";
  }
  if (const auto* quota = o.if_contains("quota")) out += "  \"quota\": " + json::serialize(*quota) + ",\n";
  out += "  \"rules\": [";
  const auto& rules = o.at("rules").as_array();
  for (size_t i = 0; i < rules.size(); ++i) out += std::string(i ? "," : "") + "\n    " + json::serialize(rules[i]);
  out += rules.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

// What a rule asks, in words, without the years of one judgement: the
// engine's own sentence ("Xếp loại từ ... trở lên 2 năm liên tục.").
std::string asks_of(const core::Rule& r, int year) {
  std::string asks = core::judge(r, core::PersonFacts{}, year).asks;
  if (core::is_member_rule(r.kind)) asks = core::judge(r, core::UnitFacts{}, year).asks;
  const auto span = asks.rfind(" (");
  return span == std::string::npos ? asks : asks.substr(0, span) + ".";
}

// The set's quota in words with its citation, or null.
json::value quota_text(const app::AwardRules& set, const std::string& of_name) {
  if (!set.quota) return nullptr;
  return json::object{{"text", msg::rule_quota_text(set.quota->share, set.quota->of, of_name)},
                      {"citation", set.quota->citation},
                      {"to_confirm", set.quota->to_confirm}};
}

std::string set_href(const std::string& code, const std::string& from) {
  return "/quy-tac-xet/bo?ma=" + percent_encode(code) + "&tu-ngay=" + percent_encode(from);
}

std::string_view subject_label(const std::string& subject) {
  return subject == app::kCollective ? msg::kRuleSubjectCollective : msg::kRuleSubjectIndividual;
}

// A set's page; after a refused save, the text sent and the error.
Response set_page(const app::Services& s, const Request& req, Ctx& ctx, const std::string& code,
                  const std::string& from, const std::string* sent, const core::Error* error, bool saved,
                  unsigned status) {
  auto row = app::get_award_rule_set(s, *ctx.actor, code, from);
  if (!row.ok()) return error_page(req, ctx, row.error());
  json::array rules;
  const int from_year = std::atoi(row->set.effective_from.c_str());
  for (const auto& r : row->set.rules) {
    rules.push_back(json::object{{"text", asks_of(r, from_year)}, {"citation", r.citation}, {"to_confirm", r.to_confirm}});
  }
  const bool withdrawn = row->origin == app::RuleSetOrigin::kWithdrawn;
  json::object data{{"code", row->set.code},
                    {"name", row->set.name},
                    {"subject", subject_label(row->set.subject)},
                    {"effective_from", vietnamese_date(row->set.effective_from)},
                    {"effective_from_iso", row->set.effective_from},
                    {"origin", app::rule_set_origin_label(row->origin)},
                    {"withdrawn", withdrawn},
                    {"rules", std::move(rules)},
                    {"quota", quota_text(row->set, row->quota_of_name)},
                    {"version", row->version},
                    {"updated_by", row->updated_by_name},
                    {"updated_on", vietnamese_date(row->updated_at.substr(0, std::min<size_t>(10, row->updated_at.size())))},
                    {"may_edit", app::may_edit_award_rules(*ctx.actor)},
                    {"may_withdraw", !withdrawn && row->origin != app::RuleSetOrigin::kAdded},
                    {"may_discard", row->version > 0},
                    {"unreadable", row->unreadable},
                    {"text", sent ? *sent : row->unreadable ? row->raw_json : pretty(row->set)},
                    {"saved", saved}};
  add_form_error(data, error);
  return render_page(req, ctx, "award_rule_set", msg::page_rule_set_title(row->set.name, row->set.effective_from), data,
                     status);
}

int64_t version_of(const Ctx& ctx) {
  return parse_id(ctx.field("version")).value_or(0);
}

}  // namespace

void add_rule_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/quy-tac-xet", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto rows = app::list_award_rule_sets(s, *ctx.actor);
        if (!rows.ok()) return error_page(req, ctx, rows.error());
        json::array items;
        for (const auto& row : *rows) {
          items.push_back(json::object{{"code", row.set.code},
                                       {"name", row.set.name},
                                       {"subject", subject_label(row.set.subject)},
                                       {"effective_from", vietnamese_date(row.set.effective_from)},
                                       {"origin", app::rule_set_origin_label(row.origin)},
                                       {"changed", row.origin != app::RuleSetOrigin::kShipped},
                                       {"unreadable", row.unreadable},
                                       {"rules", row.set.rules.size()},
                                       {"href", set_href(row.set.code, row.set.effective_from)}});
        }
        return render_page(req, ctx, "award_rules", msg::kPageRulesTitle,
                           json::object{{"items", std::move(items)},
                                        {"may_edit", app::may_edit_award_rules(*ctx.actor)}});
      }},

      {"GET", "/quy-tac-xet/bo", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return set_page(s, req, ctx, req.query_param("ma"), req.query_param("tu-ngay"), nullptr, nullptr,
                        req.query_param("da-luu") == "1", 200);
      }},

      // Saves the set sent as JSON; a changed effective date makes a new set
      // from that date (the set shown stays for the years before it).
      {"POST", "/quy-tac-xet/bo", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const std::string code = ctx.field("ma"), from = ctx.field("tu-ngay"), text = ctx.field("text");
        auto parsed = app::parse_award_rule_set(text);
        const bool same = parsed.ok() && parsed->code == code && parsed->effective_from == from;
        if (parsed.ok() && !same) {
          // A new code or date makes a new set: never over one that exists.
          auto there = app::get_award_rule_set(s, *ctx.actor, parsed->code, parsed->effective_from);
          if (there.ok()) {
            const auto e = core::make_error(core::errc::kConflict,
                                            msg::rule_set_exists(parsed->code, parsed->effective_from), "set");
            return set_page(s, req, ctx, code, from, &text, &e, false, 409);
          }
        }
        auto saved = app::save_award_rule_set(s, *ctx.actor, text, same ? version_of(ctx) : 0, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return set_page(s, req, ctx, code, from, &text, &e, false, failure_status(e));
        }
        return Response::redirect(set_href(saved->set.code, saved->set.effective_from) + "&da-luu=1");
      }},

      {"POST", "/quy-tac-xet/bo-di", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const std::string code = ctx.field("ma"), from = ctx.field("tu-ngay");
        auto done = app::withdraw_award_rule_set(s, *ctx.actor, code, from, version_of(ctx), ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return set_page(s, req, ctx, code, from, nullptr, &done.error(), false, failure_status(done.error()));
        }
        return Response::redirect(set_href(code, from) + "&da-luu=1");
      }},

      {"POST", "/quy-tac-xet/khoi-phuc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const std::string code = ctx.field("ma"), from = ctx.field("tu-ngay");
        auto done = app::discard_award_rule_edit(s, *ctx.actor, code, from, version_of(ctx), ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return set_page(s, req, ctx, code, from, nullptr, &done.error(), false, failure_status(done.error()));
        }
        return Response::redirect("/quy-tac-xet");
      }},
  });
}

}  // namespace thidua::web
