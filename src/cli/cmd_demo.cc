#include <iostream>

#include "app/demo.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "store/migrations.h"

namespace thidua::cli {

int cmd_demo(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {"if-empty"}, {"db", "people", "seed", "password"}, err);
  if (!args) return fail(err), 2;
  app::DemoOptions opts;
  try {
    opts.people = std::stoul(args->get("people", "300"));
    opts.seed = std::stoull(args->get("seed", "1"));
  } catch (const std::exception&) {
    return fail("--people và --seed phải là số nguyên dương."), 2;
  }
  if (args->has("password")) opts.password = args->get("password");
  // Migrate first so that `demo` works on a brand-new database.
  {
    auto db = open_db(args->get("db", default_db_url()), false, 1);
    if (!db) return 1;
    auto ran = store::migrate(*db);
    if (!ran.ok()) return fail("nâng cấp lược đồ thất bại: " + ran.error().message);
  }
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  auto empty = app::database_is_empty(*svc->services);
  if (!empty.ok()) return fail(empty.error().message);
  if (!*empty) {
    if (args->has("if-empty")) {
      std::cout << "Cơ sở dữ liệu đã có dữ liệu; giữ nguyên.\n";
      std::cout << "Tài khoản mẫu (nếu chưa đổi): admin, lanhdao, thuongtruc, hoidong, thutruong, canbo, nhanvien"
                   " — mật khẩu " << opts.password << "\n";
      return 0;
    }
    return fail("cơ sở dữ liệu đã có dữ liệu; dùng --if-empty để bỏ qua.");
  }
  auto summary = app::load_demo(*svc->services, opts, {"127.0.0.1", "cli-demo", "thidua demo"});
  if (!summary.ok()) return fail("nạp dữ liệu mẫu thất bại: " + summary.error().message);
  std::cout << "Đã nạp " << summary->units << " đơn vị, " << summary->people << " người.\n\n";
  std::cout << "Tài khoản mẫu (mật khẩu chung: " << opts.password << "):\n";
  for (const auto& a : summary->accounts) {
    std::cout << "  " << a.username << std::string(a.username.size() < 12 ? 12 - a.username.size() : 1, ' ')
              << a.role_label << " — " << a.unit_name << "\n";
  }
  return 0;
}

}  // namespace thidua::cli
