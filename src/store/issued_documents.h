// The signed files of issued documents (migration 104): one row per issued
// subject, never updated nor deleted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/issued_document.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// The row of (subject, subject_id), nullopt when the document was not signed.
core::Result<std::optional<core::IssuedDocument>> find_issued_document(Connection& conn, const std::string& subject,
                                                                      int64_t subject_id);

// Inserts `d` unless (subject, subject_id) already has a row; true when it
// was inserted (false: another signer stored it first, and that row stands).
core::Result<bool> insert_issued_document(Connection& conn, const core::IssuedDocument& d);

}  // namespace thidua::store
