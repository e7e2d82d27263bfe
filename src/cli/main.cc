// thidua: one binary, one subcommand per task.
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "core/messages_vi/cli.h"

namespace {

namespace msg = thidua::core::messages_vi;
using msg::kUsage;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  // "thidua <lệnh> --help": the usage, nothing run.
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::cout << kUsage;
      return 0;
    }
  }
  const std::string cmd = argv[1];
  try {
    if (cmd == "migrate") return thidua::cli::cmd_migrate(argc, argv);
    if (cmd == "demo") return thidua::cli::cmd_demo(argc, argv);
    if (cmd == "serve") return thidua::cli::cmd_serve(argc, argv);
    if (cmd == "user") return thidua::cli::cmd_user(argc, argv);
    if (cmd == "import") return thidua::cli::cmd_import(argc, argv);
    if (cmd == "export") return thidua::cli::cmd_export(argc, argv);
    if (cmd == "backup") return thidua::cli::cmd_backup(argc, argv);
    if (cmd == "audit") return thidua::cli::cmd_audit(argc, argv);
    if (cmd == "ballot") return thidua::cli::cmd_ballot(argc, argv);
    if (cmd == "files") return thidua::cli::cmd_files(argc, argv);
    if (cmd == "signing") return thidua::cli::cmd_signing(argc, argv);
    if (cmd == "exchange") return thidua::cli::cmd_exchange(argc, argv);
    if (cmd == "--version" || cmd == "version") {
      std::cout << "thidua 0.1.0\n";
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << msg::kUnexpectedError << e.what() << "\n";
    return 1;
  }
  std::cerr << msg::kUnknownCommand << cmd << "\n\n" << kUsage;
  return 2;
}
