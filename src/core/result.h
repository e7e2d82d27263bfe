// Result<T> and Error: how expected failures travel across layers as values.
// An Error carries a stable machine code (API), a Vietnamese message (screens)
// and optionally the offending field. Exceptions never cross a layer boundary.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace thidua::core {

// Stable error codes. The web layer maps each to an HTTP status; the API
// returns the code verbatim, so these strings never change once released.
namespace errc {
inline constexpr const char* kValidation = "validation_failed";
inline constexpr const char* kNotFound = "not_found";
inline constexpr const char* kForbidden = "forbidden";
inline constexpr const char* kUnauthenticated = "unauthenticated";
inline constexpr const char* kConflict = "conflict";
inline constexpr const char* kLocked = "account_locked";
inline constexpr const char* kRateLimited = "rate_limited";
inline constexpr const char* kBadRequest = "bad_request";
inline constexpr const char* kCsrf = "csrf_failed";
inline constexpr const char* kTooLarge = "payload_too_large";
inline constexpr const char* kUnsupported = "unsupported_media_type";
inline constexpr const char* kMethodNotAllowed = "method_not_allowed";
inline constexpr const char* kStorage = "storage_error";
inline constexpr const char* kInternal = "internal_error";
// A refused confirmation of a staged import (people, units, registrations):
// the staged file has problems (as its preview showed, or found on checking
// it again against today's data); nothing written (422).
inline constexpr const char* kImportHasErrors = "import_has_errors";
// No staged upload of this kind with this id for the caller: unknown, already
// confirmed, expired (a day), or staged by another account (404).
inline constexpr const char* kImportNotFound = "import_not_found";
// The actor entered or submitted the record, or it concerns them as a person:
// someone else must review it (core/own_records.h) (403).
inline constexpr const char* kOwnRecord = "own_record";
// The database cannot be reached just now (connection refused or lost, pool
// exhausted by an outage): try again later (503 with Retry-After).
inline constexpr const char* kStorageUnavailable = "storage_unavailable";
// Heavy work (imports, documents, dossiers) is already running and queued up
// to the server's bound: nothing done; try again later (503 with Retry-After).
inline constexpr const char* kServerBusy = "server_busy";
}  // namespace errc

struct Error {
  std::string code;     // one of errc::*
  std::string message;  // Vietnamese, shown to people
  std::string field;    // form field / column at fault, may be empty
  // What went wrong underneath (a database driver's text, part of an SQL
  // statement, an errno): for the server's log and the operator's console
  // only, never sent to a client. Empty for most errors.
  std::string detail;
};

inline Error make_error(std::string code, std::string message, std::string field = {}) {
  return Error{std::move(code), std::move(message), std::move(field), {}};
}

// An error whose `detail` carries the underlying cause (see Error::detail).
inline Error make_error_with_detail(std::string code, std::string message, std::string detail) {
  return Error{std::move(code), std::move(message), {}, std::move(detail)};
}

// The message followed by the detail in parentheses, for logs and the CLI.
inline std::string describe(const Error& e) {
  return e.detail.empty() ? e.message : e.message + " (" + e.detail + ")";
}

// True for failures of the server rather than of the request (the database,
// the disk, a bug): answered 5xx with a generic message and logged.
inline bool is_server_failure(const Error& e) {
  return e.code == errc::kStorage || e.code == errc::kInternal || e.code == errc::kStorageUnavailable;
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}        // NOLINT: implicit by design
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result of an action that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : err_(std::move(error)), failed_(true) {}  // NOLINT
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(failed_); return err_; }

 private:
  Error err_;
  bool failed_ = false;
};

using Status = Result<void>;

}  // namespace thidua::core

// Propagate an error from an expression returning Result<...>.
#define THIDUA_TRY(expr)                                   \
  do {                                                     \
    auto&& thidua_try_r_ = (expr);                         \
    if (!thidua_try_r_.ok()) return thidua_try_r_.error(); \
  } while (0)
