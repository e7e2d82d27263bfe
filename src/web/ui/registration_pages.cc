// Registrations of a campaign (đăng ký thi đua): the list with counts and
// filters, the entry form (collective or individual), the registration page
// (view, submit, approve, return with a reason), editing, and the two-step
// XLSX import of individual registrations.

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/import_registrations.h"
#include "app/registrations.h"
#include "app/registrations_export.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_unit_work.h"
#include "core/messages_vi/registrations.h"
#include "core/messages_vi/unit_work.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/import_pages.h"
#include "web/ui/person_search.h"
#include "web/ui/registration_view.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;
using core::RegistrationState;
using core::RegistrationSubject;

int64_t version_field(const Ctx& ctx) {
  try {
    return std::stoll(ctx.field("version"));
  } catch (const std::exception&) {
    return -1;
  }
}

// The content of the form: signature task, target rows, initiative blocks.
core::Registration content_from_form(const Ctx& ctx) {
  core::Registration r;
  r.signature_task = ctx.field("signature_task");
  auto values = [&](const char* name) {
    std::vector<std::string> out;
    auto [lo, hi] = ctx.form.equal_range(name);
    for (auto it = lo; it != hi; ++it) out.push_back(it->second);
    return out;
  };
  const auto labels = values("target_label");
  const auto texts = values("target_text");
  for (size_t i = 0; i < texts.size(); ++i) {
    r.targets.push_back({0, i < labels.size() ? labels[i] : std::string(), texts[i]});
  }
  const auto titles = values("init_title");
  const auto contents = values("init_content");
  const auto effects = values("init_effect");
  const size_t n = std::max({titles.size(), contents.size(), effects.size()});
  for (size_t i = 0; i < n; ++i) {
    r.initiatives.push_back({0, i < titles.size() ? titles[i] : std::string(),
                             i < contents.size() ? contents[i] : std::string(),
                             i < effects.size() ? effects[i] : std::string()});
  }
  return r;
}

std::string notice_for(const std::string& code) {
  if (code == "da-luu") return msg::kPageNoticeRegistrationSaved;
  if (code == "da-gui") return msg::kPageNoticeRegistrationSubmitted;
  if (code == "da-duyet") return msg::kPageNoticeRegistrationApproved;
  if (code == "da-tra-lai") return msg::kPageNoticeRegistrationReturned;
  return {};
}

// The filter's query parameters ("don-vi=3&trang-thai=submitted"), "" for none.
std::string filter_query(const app::RegistrationFilter& f) {
  std::string q;
  if (f.unit_id) q += "don-vi=" + std::to_string(*f.unit_id);
  if (f.state) q += (q.empty() ? "" : "&") + std::string("trang-thai=") + std::string(core::registration_state_code(*f.state));
  return q;
}

std::string list_href(int64_t cid, const app::RegistrationFilter& f, int page) {
  const std::string q = filter_query(f);
  return registrations_path(cid) + "?trang=" + std::to_string(page) + (q.empty() ? "" : "&" + q);
}

// The list's XLSX with the same unit and state filter.
std::string export_href(int64_t cid, const app::RegistrationFilter& f) {
  const std::string q = filter_query(f);
  return registrations_path(cid) + ".xlsx" + (q.empty() ? "" : "?" + q);
}

// Runs an action on a registration and answers POST-redirect-GET, or shows
// the registration again with the error.
Response act(const app::Services& s, Request& req, Ctx& ctx, const char* done,
             const std::function<core::Status(int64_t cid, int64_t rid)>& action) {
  const int64_t cid = ctx.id("id");
  const int64_t rid = ctx.id("rid");
  auto st = action(cid, rid);
  if (st.ok()) return Response::redirect(registration_path(cid, rid) + "?thong-bao=" + done);
  const auto& e = st.error();
  if (e.code != core::errc::kValidation && e.code != core::errc::kConflict) return error_page(req, ctx, e);
  auto v = app::get_registration(s, *ctx.actor, cid, rid);
  if (!v.ok()) return error_page(req, ctx, v.error());
  return registration_page(req, ctx, *v, {}, &e, ctx.field("reason"), failure_status(e));
}

}  // namespace

void add_registration_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/dang-ky", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        app::RegistrationFilter f;
        auto unit = list_unit_filter(s, req, ctx);
        const bool bad_unit = !unit.ok() && unit.error().code == core::errc::kValidation;
        if (!unit.ok() && !bad_unit) return error_page(req, ctx, unit.error());
        f.unit_id = bad_unit ? std::optional<int64_t>(kNoSuchUnit) : *unit;
        f.state = core::parse_registration_state(req.query_param("trang-thai"));
        f.page = page_number(req);
        auto l = app::list_registrations(s, *ctx.actor, cid, f);
        if (!l.ok()) return error_page(req, ctx, l.error());
        json::array items, states, counts;
        for (const auto& reg : l->items) {
          items.push_back(json::object{{"href", registration_path(cid, reg.id)},
                                       {"who", registration_who(reg)},
                                       {"subject", std::string(core::registration_subject_label(reg.subject))},
                                       {"unit_name", reg.unit_name},
                                       {"target_count", reg.targets.size()},
                                       {"state", std::string(core::registration_state_label(reg.state))},
                                       {"entered_by", reg.entered_by_name}});
        }
        json::object unit_pick = unit_choice(participating_nodes(l->units), kListUnitFilter, {},
                                             ids_of(f.unit_id), req.query);
        add_empty_choice(unit_pick, msg::kPageRegistrationsAllUnits);
        unit_pick["invalid"] = bad_unit;
        int64_t all = 0;
        app::RegistrationFilter any_state = f;
        any_state.state.reset();
        for (auto st : core::all_registration_states()) {
          const int64_t n = l->counts.count(st) ? l->counts.at(st) : 0;
          all += n;
          states.push_back(json::object{{"value", std::string(core::registration_state_code(st))},
                                        {"label", std::string(core::registration_state_label(st))},
                                        {"selected", f.state == st}});
        }
        counts.push_back(json::object{{"label", msg::kPageRegistrationsAll},
                                      {"count", all},
                                      {"selected", !f.state},
                                      {"href", list_href(cid, any_state, 1)}});
        for (auto st : core::all_registration_states()) {
          app::RegistrationFilter one = any_state;
          one.state = st;
          counts.push_back(json::object{{"label", std::string(core::registration_state_label(st))},
                                        {"count", l->counts.count(st) ? l->counts.at(st) : 0},
                                        {"selected", f.state == st},
                                        {"href", list_href(cid, one, 1)}});
        }
        const bool collective = l->accepting && std::any_of(l->units.begin(), l->units.end(), [&](const auto& u) {
          return app::permits(*ctx.actor, core::Action::kSubmitUnitWork, u.path);
        });
        json::object data{{"campaign", campaign_link_json(l->campaign)},
                          {"base", registrations_path(cid)},
                          {"items", items},
                          {"empty", items.empty()},
                          {"unit_pick", std::move(unit_pick)},
                          {"states", states},
                          {"counts", counts},
                          {"page", l->page},
                          {"accepting", l->accepting},
                          {"can_enter", l->can_enter},
                          {"can_collective", collective},
                          {"can_import", l->can_import},
                          {"export_href", export_href(cid, f)}};
        if (l->page > 1) data["prev_href"] = list_href(cid, f, l->page - 1);
        if (static_cast<int64_t>(l->page) * l->page_size < l->total) data["next_href"] = list_href(cid, f, l->page + 1);
        if (bad_unit) add_form_error(data, &unit.error());
        return render_page(req, ctx, "registrations", msg::kPageTitleRegistrations, data, bad_unit ? 422 : 200);
      }},

      // The list as the office reads it in Excel, with the page's filter.
      {"GET", "/dot-thi-dua/{id:int}/dang-ky.xlsx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        app::RegistrationFilter f;
        f.unit_id = parse_id(req.query_param("don-vi"));
        f.state = core::parse_registration_state(req.query_param("trang-thai"));
        return xlsx_download(req, ctx, s.data_dir, "dang-ky-" + std::to_string(cid) + ".xlsx",
                             [&](const std::string& path) {
                               return app::write_registrations_xlsx(s, *ctx.actor, cid, f, path);
                             });
      }, Cost::kHeavy},

      {"GET", "/dot-thi-dua/{id:int}/dang-ky/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        auto choices = app::registration_choices(s, *ctx.actor, cid,
                                                 {person_search_term(req, ctx), ctx.actor->person_id});
        if (!choices.ok()) return error_page(req, ctx, choices.error());
        core::Registration reg;
        reg.subject = req.query_param("loai") == "tap-the" ? RegistrationSubject::kCollective
                                                            : RegistrationSubject::kIndividual;
        const bool collective = reg.subject == RegistrationSubject::kCollective;
        // No one to register at all (not merely no one matching the search).
        const bool no_one = !choices->people_any;
        if ((collective && choices->units.empty()) || (!collective && no_one)) {
          return error_page(req, ctx, app::forbidden(collective ? msg::kPageActRegisterCollective
                                                                : msg::kPageActRegisterIndividual));
        }
        if (!choices->accepting) {
          return error_page(req, ctx, core::make_error(core::errc::kConflict,
                                                       msg::kPageRegistrationClosed));
        }
        reg.person_id = ctx.actor->person_id;
        return registration_form_page(req, ctx, *choices, reg, true, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/dang-ky/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        core::Registration reg = content_from_form(ctx);
        reg.subject = core::parse_registration_subject(ctx.field("subject"))
                          .value_or(RegistrationSubject::kIndividual);
        // A unit typed by code (a plan of thousands of units) becomes its id first.
        auto typed = reg.subject == RegistrationSubject::kCollective
                         ? take_unit_codes(s, ctx, kRegistrationUnit, unit_work_units(*ctx.actor))
                         : core::Status{};
        if (reg.subject == RegistrationSubject::kCollective) reg.unit_id = parse_id(ctx.field("unit_id")).value_or(0);
        else reg.person_id = parse_id(ctx.field("person_id"));
        auto id = typed.ok() ? app::create_registration(s, *ctx.actor, cid, reg, ctx.meta)
                             : core::Result<int64_t>(typed.error());
        if (id.ok()) return Response::redirect(registration_path(cid, *id) + "?thong-bao=da-luu");
        const auto& e = id.error();
        if (e.code != core::errc::kValidation && e.code != core::errc::kConflict) return error_page(req, ctx, e);
        auto choices = app::registration_choices(s, *ctx.actor, cid, {person_search_term(req, ctx), reg.person_id});
        if (!choices.ok()) return error_page(req, ctx, choices.error());
        return registration_form_page(req, ctx, *choices, reg, true, &e, failure_status(e));
      }},

      {"GET", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t rid = ctx.id("rid");
        auto v = app::get_registration(s, *ctx.actor, cid, rid);
        if (!v.ok()) return error_page(req, ctx, v.error());
        return registration_page(req, ctx, *v, notice_for(req.query_param("thong-bao")), nullptr, {}, 200);
      }},
  });

  auto edit_form = [&s](Request& req, Ctx& ctx, const core::Registration* posted, const core::Error* error,
                        unsigned status) {
    const int64_t cid = ctx.id("id");
    const int64_t rid = ctx.id("rid");
    auto v = app::get_registration(s, *ctx.actor, cid, rid);
    if (!v.ok()) return error_page(req, ctx, v.error());
    if (!v->can_edit) {
      if (!v->may_enter) return error_page(req, ctx, app::forbidden(msg::kActEditRegistration));
      return error_page(req, ctx, core::make_error(core::errc::kConflict,
                                                   msg::kRegistrationEditOnlyDraft));
    }
    auto choices = app::registration_choices(s, *ctx.actor, cid);
    if (!choices.ok()) return error_page(req, ctx, choices.error());
    core::Registration shown = v->registration;
    if (posted) {
      shown.signature_task = posted->signature_task;
      shown.targets = posted->targets;
      shown.initiatives = posted->initiatives;
    }
    return registration_form_page(req, ctx, *choices, shown, false, error, status);
  };

  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}/sua", Access::kLoggedIn, [edit_form](Request& req, Ctx& ctx) {
        return edit_form(req, ctx, nullptr, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}/sua", Access::kLoggedIn, [&s, edit_form](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t rid = ctx.id("rid");
        core::Registration content = content_from_form(ctx);
        auto st = app::update_registration(s, *ctx.actor, cid, rid, content, version_field(ctx), ctx.meta);
        if (st.ok()) return Response::redirect(registration_path(cid, rid) + "?thong-bao=da-luu");
        const auto& e = st.error();
        if (e.code != core::errc::kValidation && e.code != core::errc::kConflict) return error_page(req, ctx, e);
        return edit_form(req, ctx, &content, &e, failure_status(e));
      }},

      {"POST", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}/gui", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return act(s, req, ctx, "da-gui", [&](int64_t cid, int64_t rid) {
          return app::submit_registration(s, *ctx.actor, cid, rid, version_field(ctx), ctx.meta);
        });
      }},

      {"POST", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}/duyet", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return act(s, req, ctx, "da-duyet", [&](int64_t cid, int64_t rid) {
          return app::approve_registration(s, *ctx.actor, cid, rid, version_field(ctx), ctx.meta);
        });
      }},

      {"POST", "/dot-thi-dua/{id:int}/dang-ky/{rid:int}/tra-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return act(s, req, ctx, "da-tra-lai", [&](int64_t cid, int64_t rid) {
          return app::return_registration(s, *ctx.actor, cid, rid, version_field(ctx), ctx.field("reason"),
                                          ctx.meta);
        });
      }},
  });

  // The two-step import; the campaign of the path is the kind's scope.
  ImportRoutes spec;
  spec.kind = &app::registrations_import_kind();
  spec.path = "/dot-thi-dua/{id:int}/dang-ky/nhap";
  spec.template_path = "/dot-thi-dua/{id:int}/dang-ky/mau.xlsx";
  spec.heading = msg::kPageImportRegistrationsHeading;
  spec.what = msg::kWhatRegistration;
  spec.required = msg::kPageImportRegistrationsRequired;
  spec.headings = {msg::kPageImportRegistrationsColPerson, msg::kPageImportRegistrationsColUnit,
                   msg::kPageImportRegistrationsColTargets, msg::kPageImportRegistrationsColInitiatives,
                   msg::kPageImportRegistrationsColSignatureTask};
  spec.cells = [](const json::object& v) {
    const auto* targets = v.if_contains("targets");
    const auto* initiatives = v.if_contains("initiatives");
    std::string first_initiative;
    if (initiatives && initiatives->is_array() && !initiatives->as_array().empty() &&
        initiatives->as_array().front().is_object()) {
      first_initiative = text_of(initiatives->as_array().front().as_object(), "title");
    }
    return json::array{text_of(v, "person_name"), text_of(v, "unit_name"),
                       json::value(targets && targets->is_array() ? static_cast<int64_t>(targets->as_array().size())
                                                                  : int64_t{0}),
                       json::string(first_initiative), text_of(v, "signature_task")};
  };
  add_import_routes(r, s, o, std::move(spec));
}

}  // namespace thidua::web
