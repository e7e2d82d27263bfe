// Per-agency registers of document numbers (Decree 30/2020/NĐ-CP art. 15): each
// issuing agency numbers its documents of each type from 1 every calendar
// year; a number is never reused nor skipped.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Takes the next number of (agency, doc_type, year) inside the caller's
// transaction with one upsert: the register row is created at 1 or
// incremented under its row lock, so concurrent callers get distinct,
// consecutive numbers, and a rolled-back transaction gives its number back.
core::Result<int64_t> take_document_number(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                           int year);

// The last number taken (0 when none yet).
core::Result<int64_t> last_document_number(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                           int year);

// Records that the register of (agency, doc_type, year) had reached
// `last_number` before it was kept here (numbers issued on paper earlier in
// the year): the next number taken follows it. A register already further
// on is left as it is (a number is never given twice).
core::Status continue_document_register(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                        int year, int64_t last_number);

}  // namespace thidua::store
