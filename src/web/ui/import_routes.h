// The four routes of a two-step spreadsheet import, shared by every list that
// can be imported (people, units): the upload form, the XLSX template, the
// upload that shows a preview with every error, and the confirmation.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>

#include "app/context.h"
#include "app/import_staging.h"
#include "core/authz.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// What a preview shows, whatever was imported.
struct ImportPreviewView {
  std::string filename;
  std::vector<std::string> headings;   // the preview table's columns
  boost::json::array rows;             // {"row", "ok", "cells": [...]} per data row
  std::vector<app::ImportIssue> issues;
  std::string token;
  bool confirmable = false;
};

struct ImportRoutes {
  std::string path;             // "/nhap-nhan-su"; also /mau and /xac-nhan below it
  std::string heading;          // page title
  std::string what;             // "người", "đơn vị" (after a count)
  std::string required;         // the required headings, as shown
  std::string template_name;    // download name of the template
  core::Action permission;      // needed to see the page at all
  std::string denied;           // what the refusal names
  std::function<core::Result<std::string>()> template_bytes;
  std::function<core::Result<ImportPreviewView>(const core::Actor&, const std::string& bytes,
                                                const std::string& filename)>
      stage;
  std::function<core::Result<int64_t>(const core::Actor&, const std::string& token, const app::RequestMeta&)>
      confirm;
  // For paths with parameters ("/dot-thi-dua/{id}/dang-ky/nhap"): builds the
  // spec for one request, its paths filled in and its callbacks bound to the
  // record the parameters name; an error (kNotFound, ...) becomes the error
  // page. Unset: the spec serves every request as it is.
  std::function<core::Result<ImportRoutes>(const Request&, const Ctx&)> bind;
  std::string template_path;  // where the template is served; "" = path + "/mau"
};

void add_import_routes(Router& r, const app::Services& s, const WebOptions& o, ImportRoutes spec);

}  // namespace thidua::web
