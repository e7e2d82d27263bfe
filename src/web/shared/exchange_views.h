// The packages of a proposal or a submission (app/exchange.h) as the pages
// list them: what, which round, with whom, and the link to download each.
#pragma once

#include <boost/json/array.hpp>

#include <vector>

#include "app/exchange.h"

namespace thidua::web {

// The page link of a package: /goi-trao-doi/<direction>/<package id>/goi.zip
std::string package_page_href(const std::string& direction, const std::string& package_id);

boost::json::array package_rows_json(const std::vector<app::PackageInfo>& packages);

}  // namespace thidua::web
