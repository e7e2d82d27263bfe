// People: list and search, view, create, edit, export to XLSX, and the
// two-step import (upload → preview with errors → confirm).

#include <boost/json/array.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <array>

#include "app/access.h"
#include "app/audit.h"
#include "app/awards.h"
#include "app/clock.h"
#include "app/eligibility.h"
#include "app/import_evaluations.h"
#include "app/import_people.h"
#include "app/org.h"
#include "app/people.h"
#include "app/records_json.h"
#include "core/messages_vi/api_imports.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/evaluations.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/award_views.h"
#include "web/shared/downloads.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/import_pages.h"
#include "web/ui/person_facts_pages.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"
#include "web/ui/unit_options.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

json::object eligibility_data(const app::PersonEligibility& e, int this_year) {
  return json::object{{"back_href", "/nhan-su/" + std::to_string(e.person_id)},
                      {"back_name", e.full_name},
                      {"action", "/nhan-su/" + std::to_string(e.person_id) + "/dieu-kien"},
                      {"year", e.year},
                      {"this_year", this_year},
                      {"reach", within_reach_view(e.awards, e.within_reach)},
                      {"awards", eligibility_view(e.awards)}};
}

app::PeopleFilter filter_from(const Request& req) {
  app::PeopleFilter f;
  f.query = req.query_param("q");
  f.unit_id = parse_id(req.query_param("don-vi"));
  f.page = page_number(req);
  f.after = req.query_param("sau");
  f.before = req.query_param("truoc");
  return f;
}

// The list's page `page`, reached from a cursor (`sau` or `truoc` =
// `cursor`): the page number is only its label.
std::string list_href(const app::PeopleFilter& f, int page, const char* direction = nullptr,
                      const std::string& cursor = {}) {
  std::string href = "/nhan-su?trang=" + std::to_string(page);
  if (direction != nullptr && !cursor.empty()) href += std::string("&") + direction + "=" + percent_encode(cursor);
  if (!f.query.empty()) href += "&q=" + percent_encode(f.query);
  if (f.unit_id) href += "&don-vi=" + std::to_string(*f.unit_id);
  return href;
}

json::array gender_options(core::Gender g) {
  json::array out;
  for (auto v : {core::Gender::kUnspecified, core::Gender::kMale, core::Gender::kFemale}) {
    out.push_back(json::object{{"value", std::string(core::gender_code(v))},
                               {"label", v == core::Gender::kUnspecified ? std::string("—")
                                                                          : std::string(core::gender_label(v))},
                               {"selected", v == g}});
  }
  return out;
}

json::array category_options(core::EmploymentCategory c) {
  json::array out;
  for (auto v : {core::EmploymentCategory::kCivilServant, core::EmploymentCategory::kPublicEmployee,
                 core::EmploymentCategory::kWorker}) {
    out.push_back(json::object{{"value", std::string(core::category_code(v))},
                               {"label", std::string(core::category_label(v))},
                               {"selected", v == c}});
  }
  return out;
}

core::Person person_from_form(const Ctx& ctx) {
  core::Person p;
  p.full_name = ctx.field("full_name");
  p.gender = core::parse_gender(ctx.field("gender")).value_or(core::Gender::kUnspecified);
  p.birth_date = ctx.field("birth_date");
  p.position = ctx.field("position");
  p.title = ctx.field("title");
  p.category = core::parse_category(ctx.field("category")).value_or(core::EmploymentCategory::kCivilServant);
  p.email = ctx.field("email");
  p.phone = ctx.field("phone");
  p.unit_id = parse_id(ctx.field("unit_id"));
  try {
    p.version = std::stoll(ctx.field("version").empty() ? "0" : ctx.field("version"));
  } catch (const std::exception&) {
    p.version = -1;
  }
  return p;
}

// The person's unit: one the actor may edit people in.
const UnitField kPersonUnit{"unit_id", "unit_code"};
UnitKeep person_units(const core::Actor& actor) {
  return [&actor](const core::Unit& u) { return app::permits(actor, core::Action::kEditPeople, u.path); };
}

Response person_form(const app::Services& s, const Request& req, Ctx& ctx, const core::Person& p, bool is_new,
                     const core::Error* error, unsigned status) {
  auto nodes = app::unit_tree(s, *ctx.actor);
  if (!nodes.ok()) return error_page(req, ctx, nodes.error());
  json::object unit_pick = unit_choice(**nodes, kPersonUnit, person_units(*ctx.actor),
                                       ids_of(p.unit_id), ctx.form);
  unit_pick["required"] = true;
  json::object data{{"person", app::to_json(p)},
                    {"is_new", is_new},
                    {"genders", gender_options(p.gender)},
                    {"categories", category_options(p.category)},
                    {"unit_pick", std::move(unit_pick)},
                    {"action", is_new ? std::string("/nhan-su/moi") : "/nhan-su/" + std::to_string(p.id) + "/sua"}};
  add_form_error(data, error);
  return render_page(req, ctx, "person_form", is_new ? msg::kPageTitleAddPerson : msg::kPageTitleEditPerson, data,
                     status);
}

}  // namespace

void add_people_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/nhan-su", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::PeopleFilter f = filter_from(req);
        auto listing = app::list_people(s, *ctx.actor, f);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        // The page's data in one arena, released at once: a page is some
        // hundreds of small blocks, each otherwise allocated and freed alone.
        std::array<unsigned char, 32768> first_block;
        json::monotonic_resource arena(first_block.data(), first_block.size());
        json::array rows(&arena);
        rows.reserve(listing->people.size());
        for (const auto& p : listing->people) {
          rows.push_back(json::object({{"id", p.id},
                                       {"full_name", p.full_name},
                                       {"position", p.position},
                                       {"title", p.title},
                                       {"category", core::category_label(p.category)},
                                       {"unit_name", p.unit_name}},
                                      &arena));
        }
        auto nodes = app::unit_tree(s, *ctx.actor);
        if (!nodes.ok()) return error_page(req, ctx, nodes.error());
        std::string export_href = "/nhan-su/xuat?q=" + percent_encode(f.query);
        if (f.unit_id) export_href += "&don-vi=" + std::to_string(*f.unit_id);
        const bool empty = rows.empty();
        json::object data({{"people", std::move(rows)},
                           {"empty", empty},
                           {"q", f.query},
                           {"page", listing->page},
                           {"first_row", (listing->page - 1) * listing->page_size + 1},
                           {"can_create", app::permits_somewhere(*ctx.actor, core::Action::kEditPeople)},
                           {"can_export", app::permits_somewhere(*ctx.actor, core::Action::kExportLists)},
                           {"export_href", export_href}},
                          &arena);
        add_unit_filter(data, unit_filter_options(**nodes, f.unit_id));
        // Keyset links: the next and previous pages cost what the first does.
        if (!listing->prev_cursor.empty()) {
          data["prev_href"] = list_href(f, std::max(1, listing->page - 1), "truoc", listing->prev_cursor);
        }
        if (!listing->next_cursor.empty()) {
          data["next_href"] = list_href(f, listing->page + 1, "sau", listing->next_cursor);
        }
        return render_page(req, ctx, "people", msg::kPageTitlePeople, std::move(data));
      }},

      {"GET", "/nhan-su/xuat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::PeopleFilter f = filter_from(req);
        return xlsx_download(req, ctx, s.data_dir, "nhan-su.xlsx", [&](const std::string& path) {
          return app::export_people_xlsx(s, *ctx.actor, f, path);
        });
      }, Cost::kHeavy},

      {"GET", "/nhan-su/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kEditPeople)) {
          return error_page(req, ctx, app::forbidden(msg::kPageActAddPerson));
        }
        core::Person p;
        p.unit_id = parse_id(req.query_param("don-vi"));
        return person_form(s, req, ctx, p, true, nullptr, 200);
      }},

      {"POST", "/nhan-su/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_unit_codes(s, ctx, kPersonUnit, person_units(*ctx.actor)); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return person_form(s, req, ctx, person_from_form(ctx), true, &taken.error(), failure_status(taken.error()));
        }
        core::Person p = person_from_form(ctx);
        auto created = app::create_person(s, *ctx.actor, p, ctx.meta);
        if (!created.ok()) {
          if (created.error().code == core::errc::kForbidden) return error_page(req, ctx, created.error());
          return person_form(s, req, ctx, p, true, &created.error(), failure_status(created.error()));
        }
        return Response::redirect("/nhan-su/" + std::to_string(created->id));
      }},

      {"GET", "/nhan-su/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_person(s, *ctx.actor, id);
        if (!d.ok()) return error_page(req, ctx, d.error());
        json::array memberships;
        for (const auto& m : d->memberships) memberships.push_back(app::to_json(m));
        json::object data{{"person", app::to_json(d->person)},
                          {"gender", std::string(core::gender_label(d->person.gender))},
                          {"birth_date", vietnamese_date(d->person.birth_date)},
                          {"category", std::string(core::category_label(d->person.category))},
                          {"memberships", memberships},
                          {"can_edit", d->can_edit},
                          // Records (ratings, initiatives...) are kept by others, never for oneself.
                          {"can_record", d->can_edit && ctx.actor->person_id != std::optional<int64_t>(id)},
                          {"saved", req.query_param("thong-bao") == "da-luu"}};
        auto ratings = app::person_evaluations(s, id);
        if (!ratings.ok()) return error_page(req, ctx, ratings.error());
        json::array evaluations;
        for (const auto& e : *ratings) {
          evaluations.push_back(json::object{{"year", e.year},
                                             {"rating", core::evaluation_rating_label(e.rating)},
                                             {"rated_on", vietnamese_date(e.rated_on)},
                                             {"note", e.note}});
        }
        data["has_evaluations"] = !evaluations.empty();
        data["evaluations"] = std::move(evaluations);
        auto facts = app::person_fact_records(s, id);
        if (!facts.ok()) return error_page(req, ctx, facts.error());
        add_person_fact_sections(*facts, data);
        auto awards = app::person_awards(s, *d);
        if (!awards.ok()) return error_page(req, ctx, awards.error());
        data["awards"] = award_history_rows(*awards);
        data["has_awards"] = !awards->empty();
        if (app::may_browse_audit(*ctx.actor)) {
          data["audit_href"] = "/nhat-ky?doi-tuong=person&ma=" + std::to_string(id);
        }
        return render_page(req, ctx, "person", d->person.full_name, data);
      }},

      // Why the person is or is not eligible for each annual title and award of a year.
      {"GET", "/nhan-su/{id:int}/dieu-kien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int this_year = app::current_year(s.clock);
        auto default_year = app::default_eligibility_year(s);
        if (!default_year.ok()) return error_page(req, ctx, default_year.error());
        const int year = int_param(req, "nam", *default_year, 1, 9999);
        auto e = app::person_eligibility(s, *ctx.actor, id, year);
        if (!e.ok()) return error_page(req, ctx, e.error());
        return render_page(req, ctx, "eligibility", msg::page_eligibility_title(e->full_name, year),
                           eligibility_data(*e, this_year));
      }},

      {"GET", "/nhan-su/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_person(s, *ctx.actor, id);
        if (!d.ok()) return error_page(req, ctx, d.error());
        if (!d->can_edit) return error_page(req, ctx, app::forbidden(msg::kPageActEditProfile));
        return person_form(s, req, ctx, d->person, false, nullptr, 200);
      }},

      {"POST", "/nhan-su/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        if (auto taken = take_unit_codes(s, ctx, kPersonUnit, person_units(*ctx.actor)); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          core::Person p = person_from_form(ctx);
          p.id = id;
          return person_form(s, req, ctx, p, false, &taken.error(), failure_status(taken.error()));
        }
        core::Person p = person_from_form(ctx);
        p.id = id;
        auto saved = app::update_person(s, *ctx.actor, p, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return person_form(s, req, ctx, p, false, &e, failure_status(e));
        }
        return Response::redirect("/nhan-su/" + std::to_string(id) + "?thong-bao=da-luu");
      }},
  });

  add_import_routes(r, s, o,
                    ImportRoutes{&app::people_import_kind(), "/nhap-nhan-su", "", msg::kPageImportPeopleHeading,
                                 msg::kPageImportPeopleWhat, msg::kPageImportPeopleRequired,
                                 {msg::kPageImportPeopleColName, msg::kPageImportPeopleColBirth,
                                  msg::kPageImportPeopleColPosition, msg::kPageImportPeopleColUnitCode,
                                  msg::kPageImportPeopleColUnit},
                                 [](const json::object& v) {
                                   return json::array{text_of(v, "full_name"), text_of(v, "birth_date"),
                                                      text_of(v, "position"), text_of(v, "unit_code"),
                                                      text_of(v, "unit_name")};
                                 }});

  // Annual quality ratings (app/import_evaluations.h).
  add_import_routes(r, s, o,
                    ImportRoutes{&app::evaluations_import_kind(), "/nhap-xep-loai", "",
                                 msg::kPageImportEvaluationsHeading, msg::kPageImportEvaluationsWhat,
                                 msg::kPageImportEvaluationsRequired,
                                 {msg::kPageImportEvaluationsColPerson, msg::kEvalColYear, msg::kEvalColRating,
                                  msg::kEvalColRatedOn},
                                 [](const json::object& v) {
                                   const auto* year = v.if_contains("year");
                                   const auto rating = core::read_evaluation_rating(text_of(v, "rating"));
                                   return json::array{text_of(v, "person_name"),
                                                      year && year->is_int64() ? json::value(year->as_int64())
                                                                               : json::value(""),
                                                      rating ? std::string(core::evaluation_rating_label(*rating))
                                                             : std::string(),
                                                      vietnamese_date(text_of(v, "rated_on"))};
                                 }});
}

}  // namespace thidua::web
