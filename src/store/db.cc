// Engine-independent parts of the storage interface: parameter helpers, row
// accessors, transactions and the URL dispatch to an engine.
#include "store/db.h"

#include <charconv>
#include <stdexcept>

#include "store/postgres/pg_database.h"
#include "store/sqlite/sqlite_database.h"

namespace thidua::store {

Param opt(const std::optional<std::string>& v) {
  if (!v) return nullptr;
  return *v;
}

Param opt(const std::optional<int64_t>& v) {
  if (!v) return nullptr;
  return *v;
}

Param null_if_empty(const std::string& v) {
  if (v.empty()) return nullptr;
  return v;
}

const std::string& Row::str(size_t i) const {
  static const std::string kEmpty;
  const auto& cell = cells_.at(i);
  return cell ? *cell : kEmpty;
}

int64_t Row::i64(size_t i) const {
  const auto& cell = cells_.at(i);
  if (!cell) return 0;
  const std::string& s = *cell;
  int64_t out = 0;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  if (first != last && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, out);
  if (ec == std::errc() && ptr == last && first != last) return out;
  // A REAL column holding an integral value ("3.0") is accepted.
  double d = 0;
  auto [dptr, dec] = std::from_chars(first, last, d);
  if (dec == std::errc() && dptr == last && first != last && d == static_cast<double>(static_cast<int64_t>(d))) {
    return static_cast<int64_t>(d);
  }
  throw std::invalid_argument("column " + std::to_string(i) + " is not an integer: " + s);
}

std::optional<int64_t> Row::opt_i64(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

Lease::~Lease() {
  if (pool_ != nullptr && conn_ != nullptr) pool_->release(std::move(conn_));
}

namespace {

// Rolls back, keeping the first error: the body's error matters more than a
// failed rollback, which the engine logs in its own message.
void rollback_quietly(Connection& conn) {
  auto st = conn.rollback();
  (void)st;
}

}  // namespace

template <class T>
core::Result<T> in_transaction(Connection& conn, const std::function<core::Result<T>()>& body) {
  THIDUA_TRY(conn.begin());
  try {
    core::Result<T> result = body();
    if (!result.ok()) {
      rollback_quietly(conn);
      return result;
    }
    THIDUA_TRY(conn.commit());
    return result;
  } catch (...) {
    rollback_quietly(conn);
    throw;
  }
}

core::Status in_transaction(Connection& conn, const std::function<core::Status()>& body) {
  THIDUA_TRY(conn.begin());
  try {
    core::Status result = body();
    if (!result.ok()) {
      rollback_quietly(conn);
      return result;
    }
    return conn.commit();
  } catch (...) {
    rollback_quietly(conn);
    throw;
  }
}

// The template is defined here, so the result types callers use are
// instantiated here.
template core::Result<int64_t> in_transaction<int64_t>(Connection&, const std::function<core::Result<int64_t>()>&);
template core::Result<int> in_transaction<int>(Connection&, const std::function<core::Result<int>()>&);
template core::Result<bool> in_transaction<bool>(Connection&, const std::function<core::Result<bool>()>&);
template core::Result<std::string> in_transaction<std::string>(Connection&,
                                                               const std::function<core::Result<std::string>()>&);
template core::Result<Rows> in_transaction<Rows>(Connection&, const std::function<core::Result<Rows>()>&);
template core::Result<std::vector<int64_t>> in_transaction<std::vector<int64_t>>(
    Connection&, const std::function<core::Result<std::vector<int64_t>>()>&);
template core::Result<std::optional<int64_t>> in_transaction<std::optional<int64_t>>(
    Connection&, const std::function<core::Result<std::optional<int64_t>>()>&);

core::Result<std::unique_ptr<Database>> open_database(const std::string& url, const DatabaseOptions& options) {
  std::string_view u = url;
  if (u.rfind("sqlite:", 0) == 0) {
    std::string_view path = u.substr(7);
    if (path.rfind("//", 0) == 0) path.remove_prefix(2);  // sqlite:///abs/path
    if (path.empty()) {
      return core::make_error(core::errc::kStorage, "sqlite URL without a path: " + url);
    }
    return sqlite::open_sqlite(std::string(path), options);
  }
  if (u.rfind("postgresql://", 0) == 0 || u.rfind("postgres://", 0) == 0) {
    return postgres::open_postgres(url, options);
  }
  return core::make_error(core::errc::kStorage,
                          "unknown database URL (expected sqlite:PATH or postgresql://...): " +
                              postgres::strip_password(url));
}

}  // namespace thidua::store
