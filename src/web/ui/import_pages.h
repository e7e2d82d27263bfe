// The five routes of a two-step spreadsheet import, shared by every list that
// can be imported (people, units, registrations): the upload form, the XLSX
// template, the upload that shows the first page of its preview, the other
// pages of the preview (path + "/xem-truoc?ma=…&trang=…&loi=1", all rows or
// only those with problems), and the confirmation.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "core/authz.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

struct ImportRoutes {
  std::string path;             // "/nhap-nhan-su"; also /mau and /xac-nhan below it
  std::string heading;          // page title
  std::string what;             // "người", "đơn vị" (after a count)
  std::string required;         // the required headings, as shown
  std::string template_name;    // download name of the template
  core::Action permission;      // needed to see the page at all
  std::string denied;           // what the refusal names
  std::function<core::Result<std::string>()> template_bytes;
  // The preview table's columns, and a row's cells under them from the
  // row's values (app::CheckedRow::values).
  std::vector<std::string> headings;
  std::function<boost::json::array(const boost::json::object& values)> cells;
  std::function<core::Result<app::ImportSummary>(const core::Actor&, const std::string& bytes,
                                                 const std::string& filename)>
      stage;
  // A page of the staged preview (kImportPreviewPageSize rows).
  std::function<core::Result<app::ImportPage>(const core::Actor&, const std::string& token, bool only_problems,
                                              int page)>
      page;
  std::function<core::Result<int64_t>(const core::Actor&, const std::string& token, const app::RequestMeta&)>
      confirm;
  // For paths with parameters ("/dot-thi-dua/{id}/dang-ky/nhap"): builds the
  // spec for one request, its paths filled in and its callbacks bound to the
  // record the parameters name; an error (kNotFound, ...) becomes the error
  // page. Unset: the spec serves every request as it is.
  std::function<core::Result<ImportRoutes>(const Request&, const Ctx&)> bind;
  std::string template_path;  // where the template is served; "" = path + "/mau"
};

inline constexpr int kImportPreviewPageSize = 100;

// The text of a member of a row's values ("" when absent or not text), for
// ImportRoutes::cells.
inline std::string text_of(const boost::json::object& values, const char* key) {
  const auto* v = values.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

void add_import_routes(Router& r, const app::Services& s, const WebOptions& o, ImportRoutes spec);

}  // namespace thidua::web
