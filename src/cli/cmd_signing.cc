// `thidua signing agency|signer`: installs an agency's or a signer's signing
// material (PKCS#12 with its passphrase, and the seal or signature image)
// into the data folder (app/document_signing.h). Audited as the CLI.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/document_signing.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "core/names.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_signing(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 3, {}, {"db", "data-dir", "unit", "user", "p12", "passphrase-file", "image"}, err);
  if (!args) return fail(err), 2;
  const std::string what = argc >= 3 ? argv[2] : "";
  const bool agency = what == "agency";
  if ((!agency && what != "signer") || !args->has("p12") || !args->has("passphrase-file") || !args->has("image") ||
      !args->has(agency ? "unit" : "user")) {
    std::cerr << msg::kSigningUsage;
    return 2;
  }
  std::ifstream pass_in(args->get("passphrase-file"), std::ios::binary);
  if (!pass_in) return fail(msg::kSigningPassphraseUnreadable);
  std::string passphrase((std::istreambuf_iterator<char>(pass_in)), std::istreambuf_iterator<char>());
  while (!passphrase.empty() && (passphrase.back() == '\n' || passphrase.back() == '\r')) passphrase.pop_back();

  auto svc = make_services(args->get("db", default_db_url()), args->get("data-dir", "data"));
  if (!svc) return 1;
  const std::string data_dir = svc->services->data_dir;
  int64_t id = 0;
  std::string who;
  {
    auto conn = svc->db->acquire();
    if (agency) {
      auto unit = store::find_unit_by_code(*conn, args->get("unit"));
      if (!unit.ok()) return fail(core::describe(unit.error()));
      if (!unit->has_value()) return fail(msg::kSigningUnitNotFound);
      id = (*unit)->id;
      who = (*unit)->name;
    } else {
      auto user = store::find_user_by_username(*conn, args->get("user"));
      if (!user.ok()) return fail(core::describe(user.error()));
      if (!user->has_value()) return fail(msg::kSigningUserNotFound);
      id = (*user)->id;
      who = (*user)->display_name;
    }
  }
  const auto files = agency ? app::agency_signing_files(data_dir, id) : app::signer_signing_files(data_dir, id);
  auto installed = app::install_signing_files(args->get("p12"), passphrase, args->get("image"), files,
                                              app::vietnam_date(svc->services->clock.now()));
  if (!installed.ok()) return fail(core::describe(installed.error()));
  {
    auto conn = svc->db->acquire();
    boost::json::object after;
    after["common_name"] = installed->common_name;
    after["certificate_sha256"] = installed->certificate_sha256;
    auto audited = store::in_transaction<bool>(*conn, [&]() -> core::Result<bool> {
      const core::Actor cli = app::system_actor();
      THIDUA_TRY(app::record_audit(*conn, *svc->services, &cli, {"127.0.0.1", "cli-signing", "thidua signing"},
                                   {"signing." + what + ".install", agency ? "unit" : "user", std::to_string(id),
                                    std::nullopt, boost::json::value(after)}));
      return true;
    });
    if (!audited.ok()) return fail(core::describe(audited.error()));
  }
  std::cout << msg::signing_installed(who, installed->common_name);
  if (!agency && core::fold(installed->common_name) != core::fold(who)) {
    std::cout << msg::signing_name_differs(installed->common_name, who);
  }
  return 0;
}

}  // namespace thidua::cli
