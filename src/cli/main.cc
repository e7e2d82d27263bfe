// thidua: one binary, one subcommand per task.
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage = R"(thidua — quản lý thi đua, khen thưởng

Cách dùng: thidua <lệnh> [tùy chọn]

  migrate  --db URL                          tạo hoặc nâng cấp lược đồ cơ sở dữ liệu
  demo     --db URL [--people N] [--if-empty] nạp dữ liệu mẫu Sở TNMT Bắc Giang
  serve    --db URL [--listen HOST:PORT] [--config FILE] [--threads N] [--data-dir DIR]
  user     add|list|disable|enable|reset-password|grant|token ...
  import   people --db URL --file TỆP [--dry-run]
  export   people --db URL --out TỆP.xlsx
  backup   --db URL --out ĐƯỜNG_DẪN           sao lưu nhất quán khi máy chủ vẫn chạy
  audit    verify|list --db URL                kiểm tra hoặc xem nhật ký hệ thống

URL: sqlite:ĐƯỜNG_DẪN (mặc định sqlite:data/thidua.db, hoặc biến THIDUA_DB)
     postgresql://user:pass@host:port/dbname
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
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
    if (cmd == "--version" || cmd == "version") {
      std::cout << "thidua 0.1.0\n";
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "thidua: lỗi không mong đợi: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "thidua: lệnh không hợp lệ: " << cmd << "\n\n" << kUsage;
  return 2;
}
