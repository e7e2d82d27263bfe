#include "web/shared/exchange_views.h"

#include <boost/json/object.hpp>

#include "core/messages_vi/exchange.h"
#include "web/shared/format.h"

namespace thidua::web {
namespace msg = core::messages_vi;

std::string package_page_href(const std::string& direction, const std::string& package_id) {
  return "/goi-trao-doi/" + direction + "/" + package_id + "/goi.zip";
}

boost::json::array package_rows_json(const std::vector<app::PackageInfo>& packages) {
  boost::json::array rows;
  for (const auto& p : packages) {
    std::string what;
    if (p.kind == "proposal") {
      what = p.direction == "out" ? msg::kPagePackageProposalOut : msg::kPagePackageProposalIn;
    } else {
      what = p.direction == "out" ? msg::kPagePackageAnswerOut : msg::kPagePackageAnswerIn;
      what += p.outcome == "returned" ? msg::kPagePackageReturned : msg::kPagePackageDecided;
    }
    rows.push_back(boost::json::object{{"what", what},
                                       {"round", p.round},
                                       {"counterpart", p.counterpart},
                                       {"note", p.note},
                                       {"signer", p.signer},
                                       {"at_text", vietnam_time(p.created_at)},
                                       {"package_id", p.package_id},
                                       {"href", package_page_href(p.direction, p.package_id)}});
  }
  return rows;
}

}  // namespace thidua::web
