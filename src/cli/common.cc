#include <filesystem>
#include <iostream>

#include "app/crypto.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "store/migrations.h"
#include "store/peer_signal.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int fail(const std::string& message) {
  std::cerr << "thidua: " << message << "\n";
  return 1;
}

std::unique_ptr<store::Database> open_db(const std::string& url, bool require_current, int pool_size,
                                         bool may_create) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::filesystem::path file(url.substr(7));
    std::error_code exists_ec;
    if (!may_create && !std::filesystem::exists(file, exists_ec)) {
      fail(msg::db_missing(file.string()));
      return nullptr;
    }
    if (file.has_parent_path()) {
      std::error_code ec;
      std::filesystem::create_directories(file.parent_path(), ec);
    }
  }
  store::DatabaseOptions opts;
  opts.pool_size = pool_size;
  auto db = store::open_database(url, opts);
  if (!db.ok()) {
    fail(msg::db_open_failed(core::describe(db.error())));
    return nullptr;
  }
  if (require_current) {
    auto version = store::current_version(**db);
    if (!version.ok()) {
      fail(msg::schema_version_unreadable(core::describe(version.error())));
      return nullptr;
    }
    if (*version != store::latest_version()) {
      fail(msg::schema_outdated(*version, store::latest_version(), (*db)->describe()));
      return nullptr;
    }
  }
  return std::move(*db);
}

std::unique_ptr<CliServices> make_services(const std::string& url, const std::string& data_dir) {
  app::init_crypto();
  auto out = std::make_unique<CliServices>();
  out->db = open_db(url, true);
  if (!out->db) return nullptr;
  store::Database& db = *out->db;
  out->actors.tell_others([&db] { (void)store::tell_peers(db, store::kPeerTopicActors); });
  out->services.reset(new app::Services{*out->db, out->clock, app::SecurityPolicy{}, data_dir, &out->actors});
  return out;
}

}  // namespace thidua::cli
