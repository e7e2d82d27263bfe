// A database that can be switched off: it forwards to a real one until
// set_down(true), then every statement, transaction and new lease fails as an
// unreachable database does (kStorageUnavailable, with a driver-like detail
// that must never reach a client). For tests of how the server answers and
// logs an outage and recovers from it; the real outages (a stopped
// PostgreSQL, a full disk) are in tests/faults.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "store/db.h"

namespace thidua::test {

// The detail of the failures, as a driver would word it (tests look for it in
// logs and make sure no answer carries it).
inline constexpr const char* kOutageDetail = "postgres: cannot connect: connection to server at \"127.0.0.1\", port 1 failed";

class OutageDatabase final : public store::Database, public store::Pool {
 public:
  explicit OutageDatabase(store::Database& inner) : inner_(inner) {}
  void set_down(bool down) { down_ = down; }
  bool down() const { return down_; }

  store::Engine engine() const override { return inner_.engine(); }
  store::Lease acquire() override;
  core::Status backup(const std::string& destination) override;
  std::string describe() const override { return inner_.describe(); }
  void release(std::unique_ptr<store::Connection> conn) override { conn.reset(); }

 private:
  store::Database& inner_;
  std::atomic<bool> down_{false};
};

}  // namespace thidua::test
