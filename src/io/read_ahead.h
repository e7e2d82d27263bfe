// read_table_rows() with the parsing on a second thread: while the caller's
// sink checks and writes one batch of rows, the next rows are being unzipped,
// parsed and normalised. The sink sees exactly what read_table_rows() would
// give it (header() once, then row() in file order, same guarantees and
// errors), always on the calling thread, so a sink may use a database
// connection that belongs to that thread.
//
// Memory stays bounded: the parser runs at most kReadAheadRows rows ahead of
// the sink. When the sink returns an error the parser is stopped, the thread
// joined, and that error returned as it is; a reading error (kTooLarge,
// kUnsupported, kValidation) is returned after the sink has received every
// row read before it, as read_table_rows() does.
#pragma once

#include <cstddef>
#include <string_view>

#include "io/table.h"

namespace thidua::io {

inline constexpr std::size_t kReadAheadRows = 2048;

core::Status read_table_rows_ahead(std::string_view bytes, std::string_view filename, RowSink& sink,
                                   const ReadLimits& limits = {});

}  // namespace thidua::io
