// Decisions, proposals and awards on the site: the decisions of a campaign
// (list, draft, view, approve, answer, PDF/DOCX, dossier ZIP, certificates),
// the award history search, a campaign's closing summary, the public results,
// and the same use cases under /api/v1. Handlers parse, call one use case of
// app/decisions.h or app/awards.h (which authorise), and render.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "app/access.h"
#include "app/awards.h"
#include "app/certificates.h"
#include "app/crypto.h"
#include "app/decisions.h"
#include "app/dossier.h"
#include "app/org.h"
#include "core/document_lines.h"
#include "web/api/api_common.h"
#include "web/ui/award_rows.h"
#include "web/ui/format.h"
#include "web/ui/page.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace {
namespace json = boost::json;

std::string number_symbol(const store::DecisionRecord& d) {
  if (!d.number) return "(dự thảo)";
  return (*d.number < 10 ? "0" : "") + std::to_string(*d.number) + "/" + d.doc_symbol;
}

std::string kind_label(const store::DecisionRecord& d) { return d.kind == "decision" ? "Quyết định" : "Tờ trình"; }

std::string state_label(const store::DecisionRecord& d) {
  if (d.state == "draft") return "Dự thảo";
  if (d.answer == "granted") return "Cấp trên đồng ý khen thưởng";
  if (d.answer == "refused") return "Cấp trên không đồng ý";
  return d.kind == "decision" ? "Đã ban hành" : "Đã trình, chờ kết quả";
}

std::string nomination_state_label(const std::string& s) {
  static const std::map<std::string, std::string> labels = {
      {"passed", "Hội đồng thông qua"}, {"decided", "Đã có quyết định khen thưởng"},
      {"proposed", "Đã trình cấp trên"}, {"granted", "Cấp trên đồng ý"},
      {"refused", "Cấp trên không đồng ý"}};
  auto it = labels.find(s);
  return it == labels.end() ? s : it->second;
}

json::value opt_json(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value opt_json(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object decision_json(const store::DecisionRecord& d) {
  return {{"id", d.id},
          {"campaign_id", d.campaign_id},
          {"kind", d.kind},
          {"state", d.state},
          {"award_type_id", d.award_type_id},
          {"award_code", d.award_code},
          {"award_name", d.award_name},
          {"granted_by", d.award_granted_by},
          {"doc_symbol", d.doc_symbol},
          {"number", opt_json(d.number)},
          {"number_symbol", d.number ? json::value(number_symbol(d)) : json::value(nullptr)},
          {"issue_date", opt_json(d.issue_date)},
          {"title", d.title},
          {"signer_authority", d.signer_authority},
          {"signer_position", d.signer_position},
          {"signer_name", d.signer_name},
          {"items", d.items},
          {"answer", d.answer},
          {"answer_number_symbol", d.answer_number_symbol},
          {"answer_date", opt_json(d.answer_date)},
          {"answer_note", d.answer_note},
          {"version", d.version}};
}

json::object nominee_json(const store::NomineeRow& n, size_t ord) {
  return {{"ord", static_cast<int64_t>(ord)},
          {"nomination_id", n.nomination_id},
          {"subject", n.subject},
          {"person_id", opt_json(n.person_id)},
          {"nominee_unit_id", opt_json(n.nominee_unit_id)},
          {"unit_id", n.unit_id},
          {"name", n.name},
          {"position", n.position},
          {"unit_name", n.unit_name},
          {"state", n.state},
          {"state_label", nomination_state_label(n.state)}};
}

json::object award_json(const store::AwardRecord& a) {
  return {{"id", a.id},
          {"campaign_id", opt_json(a.campaign_id)},
          {"decision_id", opt_json(a.decision_id)},
          {"nomination_id", opt_json(a.nomination_id)},
          {"subject", a.subject},
          {"person_id", opt_json(a.person_id)},
          {"unit_id", opt_json(a.unit_id)},
          {"recipient_name", a.recipient_name},
          {"unit_name", a.unit_name},
          {"award_name", a.award_name},
          {"granted_by", a.granted_by},
          {"decision_number_symbol", a.decision_number_symbol},
          {"decision_date", a.decision_date},
          {"certificate_number", a.certificate_number},
          {"year", a.year}};
}

std::string escape_xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// A horizontal bar chart of awards per unit as inline SVG (no script).
std::string summary_chart(const std::vector<store::AwardCount>& counts) {
  std::vector<std::pair<std::string, int64_t>> per_unit;
  for (const auto& c : counts) {
    if (per_unit.empty() || per_unit.back().first != c.unit_name) per_unit.push_back({c.unit_name, 0});
    per_unit.back().second += c.individuals + c.collectives;
  }
  int64_t top = 1;
  for (const auto& u : per_unit) top = std::max(top, u.second);
  const int row = 28, label_w = 380, bar_w = 320;
  const int height = static_cast<int>(per_unit.size()) * row + 10;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Biểu đồ số khen thưởng theo "
                    "đơn vị\" width=\"" + std::to_string(label_w + bar_w + 60) + "\" height=\"" +
                    std::to_string(height) + "\" font-family=\"serif\" font-size=\"14\">";
  int y = 5;
  for (const auto& [unit, n] : per_unit) {
    const int w = static_cast<int>(bar_w * n / top);
    svg += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 17) +
           "\" text-anchor=\"end\">" + escape_xml(unit) + "</text>";
    svg += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 4) + "\" width=\"" +
           std::to_string(std::max(w, 1)) + "\" height=\"18\" fill=\"#2f5d8a\"/>";
    svg += "<text x=\"" + std::to_string(label_w + w + 6) + "\" y=\"" + std::to_string(y + 17) + "\">" +
           std::to_string(n) + "</text>";
    y += row;
  }
  return svg + "</svg>";
}

// Writes a file under data_dir/exports with `write` and streams it; the error
// page (or JSON error) when writing fails.
Response export_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& ext,
                         const std::string& content_type, const std::string& filename,
                         const std::function<core::Status(const std::string& path)>& write) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "exports";
  std::error_code ec;
  fs::create_directories(dir, ec);
  fs::path file = dir / (app::random_token(16) + ext);
  auto written = write(file.string());
  if (!written.ok()) {
    fs::remove(file, ec);
    return error_page(req, ctx, written.error());
  }
  return file_download(file.string(), content_type, filename);
}

constexpr const char* kPdf = "application/pdf";
constexpr const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

struct Ids {
  int64_t campaign = 0;
  int64_t decision = 0;
};
std::optional<Ids> ids_of(const Request& req, bool with_decision) {
  auto c = parse_id(req.path_param("id"));
  if (!c) return std::nullopt;
  Ids ids{*c, 0};
  if (with_decision) {
    auto d = parse_id(req.path_param("did"));
    if (!d) return std::nullopt;
    ids.decision = *d;
  }
  return ids;
}

Response decisions_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                        const core::Error* error, unsigned status) {
  auto o = app::list_decisions(s, *ctx.actor, campaign_id);
  if (!o.ok()) return error_page(req, ctx, o.error());
  json::array decisions;
  for (const auto& d : o->decisions) {
    json::object row = decision_json(d);
    row["kind_label"] = kind_label(d);
    row["state_label"] = state_label(d);
    row["number_symbol"] = number_symbol(d);
    row["issue_date"] = d.issue_date ? vietnamese_date(*d.issue_date) : std::string();
    row["award"] = d.award_name + " của " + d.award_granted_by;
    decisions.push_back(std::move(row));
  }
  json::array draftable;
  for (const auto& a : o->draftable) {
    draftable.push_back(json::object{
        {"award_type_id", a.award_type_id},
        {"label", a.name + " của " + a.granted_by + " — " + std::to_string(a.passed) + " đề nghị (" +
                      (a.own_authority ? "quyết định" : "tờ trình") + ")"}});
  }
  json::object data{{"campaign", json::object{{"id", o->campaign.id}, {"title", o->campaign.title}}},
                    {"decisions", decisions},
                    {"no_decisions", decisions.empty()},
                    {"draftable", draftable},
                    {"no_draftable", draftable.empty()},
                    {"can_draft", o->can_draft}};
  if (error) {
    data["error"] = error->message;
    data["error_" + error->field] = true;
  }
  return render_page(req, ctx, "decisions", "Quyết định khen thưởng", data, status);
}

Response decision_page(const app::Services& s, const Request& req, Ctx& ctx, const Ids& ids,
                       const core::Error* error, unsigned status, const app::ProposalAnswer* form) {
  auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.decision);
  if (!v.ok()) return error_page(req, ctx, v.error());
  const auto& d = v->decision;
  json::array list;
  size_t ord = 0;
  for (const auto& n : v->list) {
    json::object row = nominee_json(n, ++ord);
    row["person_id"] = n.person_id ? json::value(*n.person_id) : json::value(false);
    list.push_back(std::move(row));
  }
  const std::string base = "/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh/" + std::to_string(d.id);
  json::object data{{"campaign", json::object{{"id", v->campaign.id}, {"title", v->campaign.title}}},
                    {"decision", decision_json(d)},
                    {"kind_label", kind_label(d)},
                    {"state_label", state_label(d)},
                    {"number_symbol", number_symbol(d)},
                    {"issue_date", d.issue_date ? vietnamese_date(*d.issue_date) : std::string()},
                    {"award", d.award_name + " của " + d.award_granted_by},
                    {"answered", !d.answer.empty()},
                    {"answer_label", d.answer == "granted" ? "Đồng ý khen thưởng" : "Không đồng ý"},
                    {"answer_date", d.answer_date ? vietnamese_date(*d.answer_date) : std::string()},
                    {"base", base},
                    {"list", list},
                    {"count", static_cast<int64_t>(list.size())},
                    {"has_certificates", d.kind == "decision" && d.state == "approved"},
                    {"can_approve", v->can_approve},
                    {"can_answer", v->can_answer}};
  if (form) data["form"] = json::object{{"number_symbol", form->number_symbol}, {"date", form->date}, {"note", form->note}};
  const std::string notice = req.query_param("thong-bao");
  if (notice == "da-duyet") data["notice"] = "Đã duyệt, cấp số " + number_symbol(d) + ".";
  if (notice == "da-ghi-nhan") data["notice"] = "Đã ghi nhận kết quả của cấp trên.";
  if (notice == "da-lap") data["notice"] = "Đã lập dự thảo.";
  if (error) {
    data["error"] = error->message;
    data["error_" + error->field] = true;
  }
  return render_page(req, ctx, "decision", kind_label(d) + " " + number_symbol(d), data, status);
}

app::AwardFilter award_filter(const Request& req) {
  app::AwardFilter f;
  f.name = req.query_param("q");
  if (auto y = parse_id(req.query_param("nam")); y && *y >= 1945 && *y <= 2100) f.year = static_cast<int>(*y);
  f.award_name = req.query_param("hinh-thuc");
  f.unit_id = parse_id(req.query_param("don-vi"));
  if (auto p = parse_id(req.query_param("trang"))) f.page = static_cast<int>(std::min<int64_t>(*p, 100000));
  return f;
}

std::string award_href(const app::AwardFilter& f, int page) {
  std::string href = "/khen-thuong?trang=" + std::to_string(page);
  if (!f.name.empty()) href += "&q=" + percent_encode(f.name);
  if (f.year) href += "&nam=" + std::to_string(*f.year);
  if (!f.award_name.empty()) href += "&hinh-thuc=" + percent_encode(f.award_name);
  if (f.unit_id) href += "&don-vi=" + std::to_string(*f.unit_id);
  return href;
}

Response results_page(const Request& req, const Ctx& ctx, const app::CampaignResults& r) {
  json::array decisions;
  for (const auto& dr : r.decisions) {
    const auto& d = dr.decision;
    json::array awards;
    int64_t ord = 0;
    for (const auto& a : dr.awards) {
      awards.push_back(json::object{{"ord", ++ord}, {"recipient_name", a.recipient_name}, {"unit_name", a.unit_name}});
    }
    std::string heading = d.kind == "decision"
                               ? "Quyết định số " + number_symbol(d) + " " + core::vietnamese_date_text(d.issue_date.value_or(""))
                               : "Quyết định số " + d.answer_number_symbol + " " +
                                     core::vietnamese_date_text(d.answer_date.value_or(""));
    decisions.push_back(json::object{{"heading", heading},
                                     {"award", d.award_name + " của " + d.award_granted_by},
                                     {"awards", awards}});
  }
  json::array counts;
  int64_t individuals = 0, collectives = 0;
  for (const auto& c : r.counts) {
    counts.push_back(json::object{{"unit_name", c.unit_name},
                                  {"award", c.award_name + " của " + c.granted_by},
                                  {"individuals", c.individuals},
                                  {"collectives", c.collectives}});
    individuals += c.individuals;
    collectives += c.collectives;
  }
  // Totals per award type, in the order first met.
  json::array per_award;
  std::vector<std::string> award_order;
  std::map<std::string, std::pair<int64_t, int64_t>> award_totals;
  for (const auto& c : r.counts) {
    const std::string award = c.award_name + " của " + c.granted_by;
    if (!award_totals.count(award)) award_order.push_back(award);
    award_totals[award].first += c.individuals;
    award_totals[award].second += c.collectives;
  }
  for (const auto& award : award_order) {
    per_award.push_back(json::object{{"award", award},
                                     {"individuals", award_totals[award].first},
                                     {"collectives", award_totals[award].second}});
  }
  json::object data{{"campaign", json::object{{"id", r.campaign.id}, {"title", r.campaign.title}}},
                    {"decisions", decisions},
                    {"counts", counts},
                    {"per_award", per_award},
                    {"total_individuals", individuals},
                    {"total_collectives", collectives},
                    {"chart", summary_chart(r.counts)}};
  return render_page(req, ctx, "public_results", "Kết quả khen thưởng", data);
}

Response summary_xlsx(const Request& req, const Ctx& ctx, const std::string& data_dir,
                      const core::Result<app::CampaignResults>& r) {
  if (!r.ok()) return error_page(req, ctx, r.error());
  return xlsx_download(req, ctx, data_dir, "tong-ket-" + std::to_string(r->campaign.id) + ".xlsx",
                       [&](const std::string& path) { return app::write_summary_xlsx(*r, path); });
}

}  // namespace

json::array award_history_rows(const std::vector<store::AwardRecord>& awards) {
  json::array rows;
  for (const auto& a : awards) {
    json::object o = award_json(a);
    o["decision_date"] = vietnamese_date(a.decision_date);
    o["person_id"] = a.person_id ? json::value(*a.person_id) : json::value(false);
    o["year"] = std::to_string(a.year);
    rows.push_back(std::move(o));
  }
  return rows;
}

void add_award_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // ---- pages: decisions of a campaign
  r.get("/dot-thi-dua/{id}/quyet-dinh", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, false);
          if (!ids) return error_page(req, ctx, app::not_found("đợt thi đua"));
          return decisions_page(s, req, ctx, ids->campaign, nullptr, 200);
        }));

  r.post("/dot-thi-dua/{id}/quyet-dinh", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, false);
           if (!ids) return error_page(req, ctx, app::not_found("đợt thi đua"));
           auto award = parse_id(ctx.field("award_type_id"));
           auto drafted = award ? app::draft_decision(s, *ctx.actor, ids->campaign, *award, std::nullopt, ctx.meta)
                                : core::Result<int64_t>(core::make_error(
                                      core::errc::kValidation, "Hãy chọn hình thức khen thưởng.", "award_type_id"));
           if (!drafted.ok()) {
             const auto& e = drafted.error();
             if (e.code != core::errc::kValidation) return error_page(req, ctx, e);
             return decisions_page(s, req, ctx, ids->campaign, &e, status_for(e.code));
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(*drafted) + "?thong-bao=da-lap");
         }));

  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, true);
          if (!ids) return error_page(req, ctx, app::not_found("quyết định"));
          return decision_page(s, req, ctx, *ids, nullptr, 200, nullptr);
        }));

  r.post("/dot-thi-dua/{id}/quyet-dinh/{did}/duyet", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, true);
           if (!ids) return error_page(req, ctx, app::not_found("quyết định"));
           auto approved = app::approve_decision(s, *ctx.actor, ids->campaign, ids->decision, ctx.meta);
           if (!approved.ok()) {
             const auto& e = approved.error();
             if (e.code == core::errc::kConflict) return decision_page(s, req, ctx, *ids, &e, 409, nullptr);
             return error_page(req, ctx, e);
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(ids->decision) + "?thong-bao=da-duyet");
         }));

  r.post("/dot-thi-dua/{id}/quyet-dinh/{did}/ket-qua", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, true);
           if (!ids) return error_page(req, ctx, app::not_found("tờ trình"));
           app::ProposalAnswer a;
           a.granted = ctx.field("ket_qua") != "refused";
           a.number_symbol = ctx.field("so_ky_hieu");
           a.date = ctx.field("ngay");
           a.note = ctx.field("ghi_chu");
           auto answered = app::answer_proposal(s, *ctx.actor, ids->campaign, ids->decision, a, ctx.meta);
           if (!answered.ok()) {
             const auto& e = answered.error();
             if (e.code == core::errc::kValidation || e.code == core::errc::kConflict) {
               return decision_page(s, req, ctx, *ids, &e, status_for(e.code), &a);
             }
             return error_page(req, ctx, e);
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(ids->decision) + "?thong-bao=da-ghi-nhan");
         }));

  for (const auto& [suffix, format, type] : {std::tuple<const char*, const char*, const char*>{"van-ban.pdf", "pdf", kPdf},
                                             {"van-ban.docx", "docx", kDocx}}) {
    const std::string fmt = format;
    const std::string content_type = type;
    r.get(std::string("/dot-thi-dua/{id}/quyet-dinh/{did}/") + suffix,
          guard(s, o, Access::kLoggedIn, [&s, fmt, content_type](Request& req, Ctx& ctx) {
            auto ids = ids_of(req, true);
            if (!ids) return error_page(req, ctx, app::not_found("quyết định"));
            auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
            if (!v.ok()) return error_page(req, ctx, v.error());
            const std::string name = app::decision_file_stem(v->decision) + "." + fmt;
            return export_download(req, ctx, s.data_dir, "." + fmt, content_type, name, [&](const std::string& path) {
              return app::write_decision_file(s, *ctx.actor, ids->campaign, ids->decision, fmt, path);
            });
          }));
  }

  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/ho-so.zip", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, true);
          if (!ids) return error_page(req, ctx, app::not_found("quyết định"));
          auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
          if (!v.ok()) return error_page(req, ctx, v.error());
          return export_download(req, ctx, s.data_dir, ".zip", "application/zip",
                                 "ho-so-" + app::decision_file_stem(v->decision) + ".zip",
                                 [&](const std::string& path) {
                                   return app::write_dossier(s, *ctx.actor, ids->campaign, ids->decision, path);
                                 });
        }));

  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/giay-khen.pdf",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, true);
          if (!ids) return error_page(req, ctx, app::not_found("quyết định"));
          return export_download(req, ctx, s.data_dir, ".pdf", kPdf,
                                 "giay-khen-qd-" + std::to_string(ids->decision) + ".pdf",
                                 [&](const std::string& path) {
                                   return app::write_decision_certificates(s, *ctx.actor, ids->campaign,
                                                                           ids->decision, path);
                                 });
        }));

  r.get("/dot-thi-dua/{id}/tong-ket.xlsx", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, false);
          if (!ids) return error_page(req, ctx, app::not_found("đợt thi đua"));
          return summary_xlsx(req, ctx, s.data_dir, app::campaign_results(s, *ctx.actor, ids->campaign));
        }));

  // ---- pages: the award history
  r.get("/khen-thuong", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          const app::AwardFilter f = award_filter(req);
          auto listing = app::search_awards(s, *ctx.actor, f);
          if (!listing.ok()) return error_page(req, ctx, listing.error());
          auto nodes = app::browse_units(s, *ctx.actor);
          if (!nodes.ok()) return error_page(req, ctx, nodes.error());
          json::array units;
          for (const auto& n : *nodes) {
            std::string indent;
            for (int i = 0; i < n.depth; ++i) indent += "— ";
            units.push_back(json::object{{"value", n.unit.id},
                                         {"label", indent + n.unit.name},
                                         {"selected", f.unit_id && *f.unit_id == n.unit.id}});
          }
          json::array award_options;
          for (const char* name : {"Giấy khen", "Bằng khen"}) {
            award_options.push_back(json::object{{"value", name}, {"selected", f.award_name == name}});
          }
          json::object data{{"awards", award_history_rows(listing->items)},
                            {"empty", listing->items.empty()},
                            {"total", listing->total},
                            {"q", f.name},
                            {"year", f.year ? std::to_string(*f.year) : std::string()},
                            {"units", units},
                            {"award_options", award_options},
                            {"page", listing->page}};
          if (listing->page > 1) data["prev_href"] = award_href(f, listing->page - 1);
          if (static_cast<int64_t>(listing->page) * listing->page_size < listing->total) {
            data["next_href"] = award_href(f, listing->page + 1);
          }
          return render_page(req, ctx, "awards", "Lịch sử khen thưởng", data);
        }));

  r.get("/khen-thuong/{aid}/giay-khen.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto aid = parse_id(req.path_param("aid"));
          if (!aid) return error_page(req, ctx, app::not_found("khen thưởng"));
          return export_download(req, ctx, s.data_dir, ".pdf", kPdf, "giay-khen-" + std::to_string(*aid) + ".pdf",
                                 [&](const std::string& path) {
                                   return app::write_award_certificate(s, *ctx.actor, *aid, path);
                                 });
        }));

  // ---- public results (no login)
  r.get("/cong-khai/ket-qua/{id}", guard(s, o, Access::kPublic, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found("kết quả khen thưởng"));
          auto results = app::public_results(s, *id);
          if (!results.ok()) return error_page(req, ctx, results.error());
          return results_page(req, ctx, *results);
        }));

  r.get("/cong-khai/ket-qua/{id}/tong-ket.xlsx", guard(s, o, Access::kPublic, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found("kết quả khen thưởng"));
          return summary_xlsx(req, ctx, s.data_dir, app::public_results(s, *id));
        }));

  // ---- JSON API
  r.get("/api/v1/campaigns/{id}/decisions", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, false);
          if (!ids) return api_error(app::not_found("đợt thi đua"));
          auto ov = app::list_decisions(s, *ctx.actor, ids->campaign);
          if (!ov.ok()) return api_error(ov.error());
          json::array items, draftable;
          for (const auto& d : ov->decisions) items.push_back(decision_json(d));
          for (const auto& a : ov->draftable) {
            draftable.push_back(json::object{{"award_type_id", a.award_type_id},
                                             {"name", a.name},
                                             {"granted_by", a.granted_by},
                                             {"own_authority", a.own_authority},
                                             {"passed", a.passed}});
          }
          return Response::json(json::object{{"items", items}, {"draftable", draftable}, {"can_draft", ov->can_draft}});
        }));

  r.post("/api/v1/campaigns/{id}/decisions", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, false);
           if (!ids) return api_error(app::not_found("đợt thi đua"));
           auto body = body_object(req);
           if (!body.ok()) return api_error(body.error());
           Reader rd{*body, std::nullopt};
           std::optional<int64_t> award;
           rd.id("award_type_id", award);
           if (rd.error) return api_error(*rd.error);
           if (!award) {
             return api_error(core::make_error(core::errc::kValidation, "Hãy chọn hình thức khen thưởng.",
                                               "award_type_id"));
           }
           std::optional<std::vector<int64_t>> nominations;
           if (const auto* list = body->if_contains("nomination_ids")) {
             if (!list->is_array()) return api_error(bad_request("nomination_ids phải là một mảng số.", "nomination_ids"));
             nominations.emplace();
             for (const auto& v : list->as_array()) {
               if (!v.is_int64() || v.as_int64() <= 0) {
                 return api_error(bad_request("nomination_ids phải là một mảng số.", "nomination_ids"));
               }
               nominations->push_back(v.as_int64());
             }
           }
           auto drafted = app::draft_decision(s, *ctx.actor, ids->campaign, *award, nominations, ctx.meta);
           if (!drafted.ok()) return api_error(drafted.error());
           auto v = app::get_decision(s, *ctx.actor, ids->campaign, *drafted);
           if (!v.ok()) return api_error(v.error());
           return Response::json(decision_json(v->decision), 201);
         }));

  r.get("/api/v1/campaigns/{id}/decisions/{did}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req, true);
          if (!ids) return api_error(app::not_found("quyết định"));
          auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
          if (!v.ok()) return api_error(v.error());
          json::object out = decision_json(v->decision);
          json::array list;
          size_t ord = 0;
          for (const auto& n : v->list) list.push_back(nominee_json(n, ++ord));
          out["list"] = std::move(list);
          out["can_approve"] = v->can_approve;
          out["can_answer"] = v->can_answer;
          return Response::json(out);
        }));

  r.post("/api/v1/campaigns/{id}/decisions/{did}/approve",
         guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, true);
           if (!ids) return api_error(app::not_found("quyết định"));
           auto approved = app::approve_decision(s, *ctx.actor, ids->campaign, ids->decision, ctx.meta);
           if (!approved.ok()) return api_error(approved.error());
           return Response::json(decision_json(*approved));
         }));

  r.post("/api/v1/campaigns/{id}/decisions/{did}/answer",
         guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req, true);
           if (!ids) return api_error(app::not_found("tờ trình"));
           auto body = body_object(req);
           if (!body.ok()) return api_error(body.error());
           Reader rd{*body, std::nullopt};
           std::string result;
           app::ProposalAnswer a;
           rd.text("result", result);
           rd.text("number_symbol", a.number_symbol);
           rd.text("date", a.date);
           rd.text("note", a.note);
           if (rd.error) return api_error(*rd.error);
           if (result != "granted" && result != "refused") {
             return api_error(core::make_error(core::errc::kValidation,
                                               "Kết quả phải là granted (đồng ý) hoặc refused (không đồng ý).", "result"));
           }
           a.granted = result == "granted";
           auto answered = app::answer_proposal(s, *ctx.actor, ids->campaign, ids->decision, a, ctx.meta);
           if (!answered.ok()) return api_error(answered.error());
           auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
           if (!v.ok()) return api_error(v.error());
           return Response::json(decision_json(v->decision));
         }));

  r.get("/api/v1/awards", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          app::AwardFilter f;
          f.name = req.query_param("name");
          if (auto y = parse_id(req.query_param("year")); y && *y <= 9999) f.year = static_cast<int>(*y);
          f.award_name = req.query_param("award");
          f.unit_id = parse_id(req.query_param("unit_id"));
          f.page = int_param(req, "page", 1, 1, 100000);
          f.page_size = int_param(req, "page_size", 50, 1, 200);
          auto listing = app::search_awards(s, *ctx.actor, f);
          if (!listing.ok()) return api_error(listing.error());
          json::array items;
          for (const auto& a : listing->items) items.push_back(award_json(a));
          return Response::json(json::object{{"items", items},
                                             {"page", listing->page},
                                             {"page_size", listing->page_size},
                                             {"total", listing->total}});
        }));
}

}  // namespace thidua::web
