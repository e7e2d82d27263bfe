#include "web/ui/page.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <memory>

#include <boost/json/array.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/crypto.h"
#include "app/notifications.h"
#include "core/authz.h"
#include "core/messages_vi/http.h"
#include "core/messages_vi/pages.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "core/nomination.h"
#include "web/access_log.h"
#include "web/static_assets.h"
#include "web/template.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

namespace json = boost::json;

json::array menu_for(const Request& req, const core::Actor& a) {
  json::array menu;
  auto item = [&](const char* href, const char* label) {
    std::string h = href;
    bool active = h == "/" ? req.path == "/" : req.path.rfind(h, 0) == 0;
    menu.push_back(json::object{{"href", h}, {"label", label}, {"active", active}});
  };
  item("/", msg::kPageMenuHome);
  item("/dot-thi-dua", msg::kPageMenuCampaigns);
  if (app::permits_somewhere(a, core::Action::kViewOrg)) item("/don-vi", msg::kPageMenuUnits);
  if (app::permits_somewhere(a, core::Action::kViewPeople)) item("/nhan-su", msg::kPageMenuPeople);
  else if (a.person_id) {
    std::string href = "/nhan-su/" + std::to_string(*a.person_id);
    bool active = req.path == href;
    menu.push_back(json::object{{"href", href}, {"label", msg::kPageMenuMyProfile}, {"active", active}});
  }
  if (app::permits_somewhere(a, core::Action::kImportPeople)) item("/nhap-nhan-su", msg::kPageMenuImportPeople);
  if (app::permits_somewhere(a, core::Action::kManageCampaigns) || app::permits_somewhere(a, core::Action::kVote)) {
    item("/hoi-dong", msg::kPageMenuCouncil);  // council (feature/council)
  }
  if (app::permits_somewhere(a, core::Action::kManageUsers)) item("/nguoi-dung", msg::kPageMenuAccounts);
  if (app::may_browse_audit(a)) item("/nhat-ky", msg::kPageMenuAudit);
  return menu;
}

json::array role_labels(const core::Actor& a) {
  json::array roles;
  for (const auto& g : a.grants) roles.push_back(json::string(core::role_label(g.role)));
  return roles;
}

}  // namespace

unsigned status_for(std::string_view code) {
  using namespace core::errc;
  if (code == kValidation) return 422;
  if (code == kNotFound) return 404;
  if (code == kForbidden || code == kCsrf || code == kOwnRecord) return 403;
  if (code == kUnauthenticated) return 401;
  if (code == kConflict) return 409;
  if (code == kLocked) return 423;
  if (code == kRateLimited) return 429;
  if (code == kBadRequest) return 400;
  if (code == kTooLarge) return 413;
  if (code == kUnsupported) return 415;
  if (code == kMethodNotAllowed) return 405;
  if (code == kStorageUnavailable || code == kServerBusy) return 503;
  // Nominations (core/nomination.h): refused by the campaign's state, its
  // deadline or an existing nomination.
  if (code == kDuplicateNomination || code == kDeadlinePassed || code == kNominationsClosed) return 409;
  // The imports' confirmation (core/result.h).
  if (code == kImportHasErrors) return 422;
  if (code == kImportNotFound) return 404;
  return 500;
}

Response render_page(const Request& req, const Ctx& ctx, std::string_view template_name, std::string_view title,
                     json::object data, unsigned status) {
  const Templates& t = Templates::embedded();
  data["csrf"] = ctx.csrf;
  json::object layout;
  layout["title"] = title;
  layout["csrf"] = ctx.csrf;
  layout["css"] = StaticAssets::embedded().url("app.css");
  layout["js"] = StaticAssets::embedded().url("app.js");
  if (ctx.actor) {
    const auto& a = *ctx.actor;
    json::object user{{"display_name", a.display_name}, {"username", a.username}, {"roles", role_labels(a)}};
    data["user"] = user;
    layout["user"] = user;
    layout["menu"] = menu_for(req, a);
    if (ctx.services) {
      auto unread = app::unread_notifications(*ctx.services, a);
      if (unread.ok() && *unread > 0) layout["unread"] = std::to_string(*unread);
    }
  }
  auto body = t.render(template_name, data);
  if (!body.ok()) throw std::runtime_error("template " + std::string(template_name) + ": " + body.error().message);
  layout["content"] = *body;
  auto page = t.render("layout", layout);
  if (!page.ok()) throw std::runtime_error("layout: " + page.error().message);
  Response r = Response::html(std::move(*page), status);
  r.set_header("Cache-Control", "no-store");
  return r;
}

std::string shown_message(const core::Error& error, std::string_view request_id) {
  if (!core::is_server_failure(error)) return error.message;
  if (error.code == core::errc::kStorageUnavailable) {
    // Only the storage engines give this code, always with a Vietnamese message.
    return request_id.empty() ? error.message : error.message + " " + msg::http_request_id(request_id);
  }
  return msg::http_server_error(request_id);
}

unsigned failure_status(const core::Error& error) {
  if (core::is_server_failure(error)) note_failure_cause(error.code + ": " + core::describe(error));
  return status_for(error.code);
}

void mark_failure(Response& res, const core::Error& error) {
  if (!core::is_server_failure(error)) return;
  res.cause = error.code + ": " + core::describe(error);
  if (error.code == core::errc::kStorageUnavailable) res.set_header("Retry-After", kRetryAfterSeconds);
}

Response error_page(const Request& req, const Ctx& ctx, const core::Error& error) {
  unsigned status = status_for(error.code);
  std::string title = status == 404   ? msg::kPageErrorNotFound
                      : status == 403 ? msg::kPageErrorForbidden
                                      : msg::kPageErrorFailed;
  Response res = render_page(
      req, ctx, "error", title,
      json::object{{"heading", title}, {"message", shown_message(error, req.request_id)}, {"code", error.code}},
      status);
  mark_failure(res, error);
  return res;
}

Response api_error(const core::Error& error) {
  json::object e{{"code", error.code}, {"message", shown_message(error, current_request_id())}};
  if (!error.field.empty()) e["field"] = error.field;
  Response res = Response::json(json::object{{"error", e}}, status_for(error.code));
  mark_failure(res, error);
  return res;
}

namespace {

// A file removed when the last reference goes: after the download completes,
// or when the client disconnects, or when the response is never streamed (HEAD).
struct TemporaryFile {
  std::filesystem::path path;
  std::ifstream in;
  explicit TemporaryFile(std::filesystem::path p) : path(std::move(p)), in(path, std::ios::binary) {}
  ~TemporaryFile() {
    in.close();
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

Response file_download(const std::string& path, const std::string& content_type, const std::string& filename) {
  auto file = std::make_shared<TemporaryFile>(path);
  Response res;
  res.content_type = content_type;
  res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  res.set_header("Cache-Control", "no-store");
  res.stream = [file](std::string& chunk) {
    chunk.resize(64 * 1024);
    file->in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<size_t>(file->in.gcount()));
    return !chunk.empty();
  };
  return res;
}

Response failure_response(const Request& req, const Ctx& ctx, const core::Error& error) {
  if (req.path.rfind("/api/", 0) == 0) return api_error(error);
  return error_page(req, ctx, error);
}

Response export_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& ext,
                         const std::string& media_type, const std::string& filename,
                         const std::function<core::Status(const std::string& path)>& write) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "exports";
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path file = dir / (app::random_token(16) + ext);
  auto written = write(file.string());
  if (!written.ok()) {
    fs::remove(file, ec);
    return failure_response(req, ctx, written.error());
  }
  return file_download(file.string(), media_type, filename);
}

Response xlsx_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& filename,
                       const std::function<core::Result<int64_t>(const std::string& path)>& write) {
  return export_download(req, ctx, data_dir, ".xlsx", kXlsxType, filename,
                         [&](const std::string& path) -> core::Status {
                           auto rows = write(path);
                           if (!rows.ok()) return rows.error();
                           return {};
                         });
}

Response document_download(const Request& req, const Ctx& ctx, const std::string& data_dir,
                           const docs::AdministrativeDocument& doc, DocFormat format, const std::string& stem) {
  const bool pdf = format == DocFormat::kPdf;
  const std::string ext = pdf ? ".pdf" : ".docx";
  return export_download(req, ctx, data_dir, ext, pdf ? kPdfType : kDocxType, stem + ext,
                         [&](const std::string& path) {
                           return pdf ? docs::write_pdf(doc, path) : docs::write_docx(doc, path);
                         });
}

std::optional<CampaignRecordIds> campaign_record_ids(const Request& req, const char* record_param) {
  auto campaign = parse_id(req.path_param("id"));
  auto record = parse_id(req.path_param(record_param));
  if (!campaign || !record) return std::nullopt;
  return CampaignRecordIds{*campaign, *record};
}

std::optional<int64_t> parse_id(std::string_view text) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

}  // namespace thidua::web
