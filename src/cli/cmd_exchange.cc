// `thidua exchange export|answer|import|verify`: exchange packages with a
// thidua (or another system) of another deployment (app/exchange.h), run by
// the operator as the system (audited as the CLI).
#include <filesystem>
#include <iostream>
#include <string>

#include "app/access.h"
#include "app/exchange.h"
#include "app/exchange_package.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "core/messages_vi/exchange.h"

namespace thidua::cli {

namespace msg = core::messages_vi;
namespace fs = std::filesystem;

namespace {

bool to_id(const std::string& text, int64_t& out) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::stoll(text);
  return out > 0;
}

// Copies the stored package to `out` (through a temporary file and a rename).
int write_out(const app::DownloadFile& file, const std::string& out) {
  std::error_code ec;
  const std::string tmp = out + ".part";
  fs::copy_file(file.path, tmp, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(tmp, out, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return fail(std::string(msg::kExchangeCannotWrite) + " " + out);
  }
  return 0;
}

}  // namespace

int cmd_exchange(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 3, {},
                         {"db", "data-dir", "campaign", "decision", "receiver-code", "receiver-name", "note", "out",
                          "submission", "file"},
                         err);
  if (!args) return fail(err), 2;
  const std::string what = argc >= 3 ? argv[2] : "";
  int64_t campaign = 0, decision = 0, submission = 0;
  const bool usable =
      (what == "export" && to_id(args->get("campaign"), campaign) && to_id(args->get("decision"), decision) &&
       args->has("receiver-code") && args->has("receiver-name") && args->has("out")) ||
      (what == "answer" && to_id(args->get("submission"), submission) && args->has("out")) ||
      ((what == "import" || what == "verify") && args->has("file"));
  if (!usable) {
    std::cerr << msg::kExchangeUsage;
    return 2;
  }
  auto svc = make_services(args->get("db", default_db_url()), args->get("data-dir", "data"));
  if (!svc) return 1;
  const auto& s = *svc->services;
  const core::Actor system = app::system_actor();
  const app::RequestMeta meta{"127.0.0.1", "cli-exchange", "thidua exchange " + what};
  if (what == "verify") {
    auto v = app::verify_package(args->get("file"), app::read_trusted_roots(s.data_dir));
    if (!v.ok()) return fail(core::describe(v.error()));
    std::cout << msg::exchange_verified(v->manifest.kind, v->manifest.package_id, v->manifest.sender.name, v->signer,
                                        v->manifest.files.size());
    return 0;
  }
  if (what == "import") {
    auto done = app::import_exchange_package(s, system, args->get("file"), meta);
    if (!done.ok()) return fail(core::describe(done.error()));
    const std::string where = done->kind == "proposal"
                                  ? msg::kExchangeImportedProposal + std::to_string(done->submission_id.value_or(0))
                                  : msg::kExchangeImportedAnswer + std::to_string(done->decision_id.value_or(0)) +
                                        " (" + done->outcome + ")";
    std::cout << msg::exchange_imported(done->package_id, done->already, where);
    return 0;
  }
  auto made = what == "export"
                  ? app::export_proposal_package(s, system, campaign, decision,
                                                 {args->get("receiver-code"), args->get("receiver-name")},
                                                 args->get("note"), meta)
                  : app::export_answer_package(s, system, submission, meta);
  if (!made.ok()) return fail(core::describe(made.error()));
  if (int rc = write_out(made->file, args->get("out")); rc != 0) return rc;
  std::cout << msg::exchange_exported(made->kind, made->package_id, made->round, args->get("out"), made->again);
  return 0;
}

}  // namespace thidua::cli
