// The five routes of a two-step spreadsheet import, shared by every kind of
// import (app/import_kinds.h: people, units, registrations): the upload form, the XLSX
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
#include "app/import_kinds.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "core/authz.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// A page's view of one kind of import (app/import_kinds.h): its paths and
// texts, and the preview's columns. What is imported, and who may, is the
// kind's.
struct ImportRoutes {
  const app::ImportKind* kind = nullptr;
  // "/nhap-nhan-su"; also /xem-truoc and /xac-nhan below it. A per-campaign
  // kind's path holds "{id:int}", the campaign, filled in per request.
  std::string path;
  std::string template_path;  // where the template is served; "" = path + "/mau"
  std::string heading;        // page title
  std::string what;           // "người", "đơn vị" (after a count)
  std::string required;       // the required headings, as shown
  // The preview table's columns, and a row's cells under them from the
  // row's values (app::CheckedRow::values).
  std::vector<std::string> headings;
  std::function<boost::json::array(const boost::json::object& values)> cells;
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
