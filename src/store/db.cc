// Engine-independent parts of the storage interface: parameter helpers, row
// accessors, transactions and the URL dispatch to an engine.
#include "store/db.h"

#include <charconv>
#include <stdexcept>

#include "core/messages_vi/storage.h"
#include "store/postgres/pg_database.h"
#include "store/sqlite/sqlite_database.h"

namespace thidua::store {

Param opt(const std::optional<std::string>& v) {
  if (!v) return nullptr;
  return *v;
}

Param opt(std::optional<std::string>&& v) {
  if (!v) return nullptr;
  return std::move(*v);
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

namespace {

// The integer a cell's text holds; nullopt for text that is no integer.
std::optional<int64_t> integer_of(std::string_view s) {
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
  return std::nullopt;
}

}  // namespace

int64_t RowView::i64(size_t i) const {
  if (is_null(i)) return 0;
  const std::string_view s = text(i);
  if (auto v = integer_of(s)) return *v;
  throw std::invalid_argument("column " + std::to_string(i) + " is not an integer: " + std::string(s));
}

std::optional<int64_t> RowView::opt_i64(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

core::Status Connection::query_each(std::string_view sql, const Params& params,
                                    const std::function<void(const RowView&)>& row) {
  auto rows = query(sql, params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) row(r);
  return {};
}

Lease::~Lease() {
  if (pool_ != nullptr && conn_ != nullptr) pool_->release(std::move(conn_));
}

Lease& Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    if (pool_ != nullptr && conn_ != nullptr) pool_->release(std::move(conn_));
    pool_ = other.pool_;
    conn_ = std::move(other.conn_);
  }
  return *this;
}

core::Status in_transaction(Connection& conn, const std::function<core::Status()>& body) {
  THIDUA_TRY(conn.begin());
  try {
    core::Status result = body();
    if (!result.ok()) {
      (void)conn.rollback();  // the body's error is the one worth reporting
      return result;
    }
    if (auto committed = conn.commit(); !committed.ok()) {
      (void)conn.rollback();  // no-op when the failed COMMIT already ended it
      return committed;
    }
    return {};
  } catch (...) {
    (void)conn.rollback();
    throw;
  }
}

core::Result<std::unique_ptr<Database>> open_database(const std::string& url, const DatabaseOptions& options) {
  std::string_view u = url;
  if (u.rfind("sqlite:", 0) == 0) {
    std::string_view path = u.substr(7);
    if (path.rfind("//", 0) == 0) path.remove_prefix(2);  // sqlite:///abs/path
    if (path.empty()) {
      return driver_error(core::errc::kStorage, "sqlite URL without a path: " + url);
    }
    return sqlite::open_sqlite(std::string(path), options);
  }
  if (u.rfind("postgresql://", 0) == 0 || u.rfind("postgres://", 0) == 0) {
    return postgres::open_postgres(url, options);
  }
  return driver_error(core::errc::kStorage,
                          "unknown database URL (expected sqlite:PATH or postgresql://...): " +
                              postgres::strip_password(url));
}

core::Error driver_error(const char* code, std::string detail, const char* message_vi) {
  namespace msg = core::messages_vi;
  const std::string_view c = code;
  const char* message = message_vi != nullptr                         ? message_vi
                        : c == core::errc::kStorageUnavailable ? msg::kStorageUnavailable
                        : c == core::errc::kConflict           ? msg::kStorageConstraint
                                                               : msg::kStorageFailed;
  return core::make_error_with_detail(code, message, std::move(detail));
}

std::string sql_markers(size_t n) {
  std::string s;
  s.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

}  // namespace thidua::store
