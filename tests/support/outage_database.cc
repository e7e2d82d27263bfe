#include "support/outage_database.h"

namespace thidua::test {
namespace {

class OutageConnection final : public store::Connection {
 public:
  OutageConnection(store::Lease inner, const OutageDatabase& db) : inner_(std::move(inner)), db_(db) {}
  store::Engine engine() const override { return db_.engine(); }
  core::Result<store::Rows> query(std::string_view sql, const store::Params& params) override {
    if (db_.down()) return failure();
    return inner_->query(sql, params);
  }
  core::Status query_each(std::string_view sql, const store::Params& params,
                          const std::function<void(const store::RowView&)>& row) override {
    if (db_.down()) return failure();
    return inner_->query_each(sql, params, row);
  }
  core::Result<int64_t> exec(std::string_view sql, const store::Params& params) override {
    if (db_.down()) return failure();
    return inner_->exec(sql, params);
  }
  core::Status exec_script(std::string_view sql) override {
    if (db_.down()) return failure();
    return inner_->exec_script(sql);
  }
  core::Status begin() override {
    if (db_.down()) return failure();
    return inner_->begin();
  }
  core::Status commit() override {
    if (db_.down()) {
      (void)inner_->rollback();
      return failure();
    }
    return inner_->commit();
  }
  core::Status rollback() override { return inner_->rollback(); }

 private:
  static core::Error failure() { return store::driver_error(core::errc::kStorageUnavailable, kOutageDetail); }
  store::Lease inner_;
  const OutageDatabase& db_;
};

}  // namespace

store::Lease OutageDatabase::acquire() {
  return store::Lease(this, std::make_unique<OutageConnection>(inner_.acquire(), *this));
}

core::Status OutageDatabase::backup(const std::string& destination) {
  if (down_) return store::driver_error(core::errc::kStorageUnavailable, kOutageDetail);
  return inner_.backup(destination);
}

}  // namespace thidua::test
