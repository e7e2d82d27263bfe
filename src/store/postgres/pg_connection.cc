// PostgreSQL connection: parameter encoding, result decoding, error mapping.
#include "store/postgres/pg_connection.h"

#include <poll.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "core/messages_vi/storage.h"
#include "store/postgres/parameter_markers.h"

namespace thidua::store::postgres {
namespace {

constexpr Oid kBoolOid = 16;

void ignore_notice(void*, const char*) {}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string format_double(double v) {
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec != std::errc()) return std::to_string(v);
  std::string s(buf, ptr);
  if (s == "inf") return "Infinity";
  if (s == "-inf") return "-Infinity";
  if (s == "nan" || s == "-nan") return "NaN";
  return s;
}

}  // namespace

PgConnection::PgConnection(std::string conninfo) : conninfo_(std::move(conninfo)) {
  auto st = ensure_connected();
  (void)st;  // the caller asks ensure_connected() again to learn the outcome
}

PgConnection::~PgConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

core::Status PgConnection::ensure_connected() {
  if (conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK) return {};
  if (conn_ != nullptr) {
    PQreset(conn_);
  } else {
    conn_ = PQconnectdb(conninfo_.c_str());
  }
  if (conn_ == nullptr) return driver_error(core::errc::kStorageUnavailable, "postgres: out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = "postgres: cannot connect: ";
    message += PQerrorMessage(conn_);
    PQfinish(conn_);
    conn_ = nullptr;
    return driver_error(core::errc::kStorageUnavailable, message);
  }
  PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
  if (PQsetClientEncoding(conn_, "UTF8") != 0) {
    return driver_error(core::errc::kStorageUnavailable, "postgres: cannot set client encoding UTF8");
  }
  // No JIT compilation: thidua's statements are short or read through
  // indexes, and where the planner's cost estimate called for it (a
  // ministry's ten-year summary) compiling took 1.2 s of the 2.6 s the
  // statement ran (docs/performance.md). Per session, so a reconnection sets
  // it again; a server without JIT accepts the setting too.
  PGresult* res = PQexec(conn_, "SET jit = off");
  const bool set = res != nullptr && PQresultStatus(res) == PGRES_COMMAND_OK;
  if (!set) {
    core::Error e = error_from(res, "SET jit = off");
    PQclear(res);
    return e;
  }
  PQclear(res);
  return {};
}

core::Error PgConnection::error_from(PGresult* res, std::string_view sql) const {
  const char* state = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = "postgres: ";
  if (res != nullptr && PQresultErrorMessage(res)[0] != '\0') {
    message += PQresultErrorMessage(res);
  } else if (conn_ != nullptr) {
    message += PQerrorMessage(conn_);
  }
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  if (state != nullptr) {
    message += " (SQLSTATE ";
    message += state;
    message += ")";
  }
  if (!sql.empty()) {
    message += " [";
    message += sql.substr(0, 200);
    message += "]";
  }
  // Class 23: integrity constraint violations (unique, foreign key, not null, check).
  if (state != nullptr && std::strncmp(state, "23", 2) == 0) {
    return driver_error(core::errc::kConflict, message);
  }
  // No answer (the connection went), class 08 (connection exception), class
  // 53 (insufficient resources: disk full, out of memory, too many
  // connections), 57P01–57P03 (shutdown, cannot connect now): worth a retry.
  const bool lost = res == nullptr || conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK;
  if (lost || (state != nullptr && (std::strncmp(state, "08", 2) == 0 || std::strncmp(state, "53", 2) == 0 ||
                                    std::strncmp(state, "57P0", 4) == 0))) {
    return driver_error(core::errc::kStorageUnavailable, message);
  }
  return driver_error(core::errc::kStorage, message);
}

core::Result<PGresult*> PgConnection::run(std::string_view sql, const Params& params) {
  if (in_transaction_ && (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK)) {
    return driver_error(core::errc::kStorageUnavailable, "postgres: connection lost during a transaction");
  }
  THIDUA_TRY(ensure_connected());
  NumberedSql translated = number_parameter_markers(sql);
  if (translated.markers != static_cast<int>(params.size())) {
    return driver_error(core::errc::kStorage,
                            "postgres: statement has " + std::to_string(translated.markers) +
                                " parameter markers, got " + std::to_string(params.size()) + " parameters [" +
                                std::string(sql.substr(0, 200)) + "]");
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    bool is_null = false;
    std::visit(
        [&](const auto& v) {
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, std::nullptr_t>) {
            is_null = true;
          } else if constexpr (std::is_same_v<V, int64_t>) {
            texts[i] = std::to_string(v);
          } else if constexpr (std::is_same_v<V, double>) {
            texts[i] = format_double(v);
          } else if constexpr (std::is_same_v<V, std::string>) {
            texts[i] = v;
          } else {
            texts[i] = v ? "1" : "0";  // boolean columns are INTEGER 0/1
          }
        },
        params[i]);
    if (!is_null) values[i] = texts[i].c_str();
  }
  PGresult* res = PQexecParams(conn_, translated.sql.c_str(), static_cast<int>(params.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
  ExecStatusType status = res != nullptr ? PQresultStatus(res) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    core::Error err = error_from(res, sql);
    PQclear(res);
    return err;
  }
  return res;
}

core::Result<Rows> PgConnection::query(std::string_view sql, const Params& params) {
  auto r = run(sql, params);
  if (!r.ok()) return r.error();
  ResultPtr res(*r);
  Rows rows;
  int ncols = PQnfields(res.get());
  int nrows = PQntuples(res.get());
  rows.columns.reserve(static_cast<size_t>(ncols));
  std::vector<bool> is_bool(static_cast<size_t>(ncols));
  for (int c = 0; c < ncols; ++c) {
    rows.columns.emplace_back(PQfname(res.get(), c));
    is_bool[static_cast<size_t>(c)] = PQftype(res.get(), c) == kBoolOid;
  }
  rows.rows.reserve(static_cast<size_t>(nrows));
  for (int r2 = 0; r2 < nrows; ++r2) {
    std::vector<std::optional<std::string>> cells;
    cells.reserve(static_cast<size_t>(ncols));
    for (int c = 0; c < ncols; ++c) {
      if (PQgetisnull(res.get(), r2, c)) {
        cells.emplace_back(std::nullopt);
      } else if (is_bool[static_cast<size_t>(c)]) {
        // A boolean expression (EXISTS, a comparison) reads as 1/0, as on SQLite.
        cells.emplace_back(PQgetvalue(res.get(), r2, c)[0] == 't' ? "1" : "0");
      } else {
        cells.emplace_back(std::string(PQgetvalue(res.get(), r2, c),
                                       static_cast<size_t>(PQgetlength(res.get(), r2, c))));
      }
    }
    rows.rows.emplace_back(std::move(cells));
  }
  return rows;
}

namespace {

// One row of a result, read in place; booleans read as 1/0, as in query().
class ResultRow final : public RowView {
 public:
  ResultRow(const PGresult* res, const std::vector<bool>& is_bool) : res_(res), is_bool_(is_bool) {}
  void at(int row) { row_ = row; }
  size_t size() const override { return is_bool_.size(); }
  bool is_null(size_t i) const override { return PQgetisnull(res_, row_, column(i)) != 0; }
  std::string_view text(size_t i) const override {
    const int c = column(i);
    if (PQgetisnull(res_, row_, c)) return {};
    if (is_bool_[i]) return PQgetvalue(res_, row_, c)[0] == 't' ? "1" : "0";
    return std::string_view(PQgetvalue(res_, row_, c), static_cast<size_t>(PQgetlength(res_, row_, c)));
  }

 private:
  int column(size_t i) const {
    if (i >= is_bool_.size()) {
      throw std::out_of_range("column " + std::to_string(i) + " of " + std::to_string(is_bool_.size()));
    }
    return static_cast<int>(i);
  }
  const PGresult* res_;
  const std::vector<bool>& is_bool_;
  int row_ = 0;
};

}  // namespace

core::Status PgConnection::query_each(std::string_view sql, const Params& params,
                                      const std::function<void(const RowView&)>& row) {
  auto r = run(sql, params);
  if (!r.ok()) return r.error();
  ResultPtr res(*r);
  const int ncols = PQnfields(res.get());
  const int nrows = PQntuples(res.get());
  std::vector<bool> is_bool(static_cast<size_t>(ncols));
  for (int c = 0; c < ncols; ++c) is_bool[static_cast<size_t>(c)] = PQftype(res.get(), c) == kBoolOid;
  ResultRow view(res.get(), is_bool);
  for (int i = 0; i < nrows; ++i) {
    view.at(i);
    row(view);
  }
  return {};
}

core::Result<int64_t> PgConnection::exec(std::string_view sql, const Params& params) {
  auto r = run(sql, params);
  if (!r.ok()) return r.error();
  ResultPtr res(*r);
  const char* tuples = PQcmdTuples(res.get());
  int64_t n = 0;
  if (tuples != nullptr && *tuples != '\0') std::from_chars(tuples, tuples + std::strlen(tuples), n);
  return n;
}

core::Status PgConnection::exec_script(std::string_view sql) {
  THIDUA_TRY(ensure_connected());
  std::string copy(sql);
  ResultPtr res(PQexec(conn_, copy.c_str()));
  ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) {
    return error_from(res.get(), "script");
  }
  return {};
}

core::Status PgConnection::begin() {
  THIDUA_TRY(ensure_connected());
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE) {
    return driver_error(core::errc::kStorage, "postgres: a transaction is already open");
  }
  auto r = exec("BEGIN");
  if (!r.ok()) return r.error();
  in_transaction_ = true;
  return {};
}

core::Status PgConnection::commit() {
  in_transaction_ = false;
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
    return driver_error(core::errc::kStorageUnavailable, "postgres: connection lost before commit");
  }
  // COMMIT of a failed transaction reports success with a ROLLBACK tag.
  bool failed = PQtransactionStatus(conn_) == PQTRANS_INERROR;
  auto r = exec("COMMIT");
  if (!r.ok()) {
    // The connection went while COMMIT was on its way: the server may or may
    // not have committed, so the user is not told that nothing was written.
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
      return driver_error(core::errc::kStorageUnavailable, r.error().detail,
                          core::messages_vi::kStorageCommitUnknown);
    }
    return r.error();
  }
  if (failed) return driver_error(core::errc::kStorage, "postgres: transaction failed and was rolled back");
  return {};
}

core::Status PgConnection::rollback() {
  in_transaction_ = false;
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) return {};  // nothing left to undo
  if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return {};
  auto r = exec("ROLLBACK");
  if (!r.ok()) return r.error();
  return {};
}

void PgConnection::reset_state() {
  in_transaction_ = false;
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) return;
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE) {
    PGresult* res = PQexec(conn_, "ROLLBACK");
    PQclear(res);
  }
}

void PgConnection::revive_if_dropped() {
  if (conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE) {
    // An idle connection has nothing to read unless the server spoke on its
    // own, which for us means it said goodbye (FATAL, then end-of-file).
    pollfd p{PQsocket(conn_), POLLIN, 0};
    if (::poll(&p, 1, 0) == 0) return;
  }
  if (conn_ != nullptr) {
    PQfinish(conn_);
    conn_ = nullptr;
  }
  in_transaction_ = false;
  auto st = ensure_connected();
  (void)st;  // a failed reconnect is reported by the next call
}

}  // namespace thidua::store::postgres
