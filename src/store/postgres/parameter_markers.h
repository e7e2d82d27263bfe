// Rewrites portable `?` parameter markers into PostgreSQL's $1, $2 ... numbering.
#pragma once

#include <string>
#include <string_view>

namespace thidua::store::postgres {

struct NumberedSql {
  std::string sql;
  int markers = 0;  // how many `?` were replaced
};

// Replaces each `?` outside string literals ('...', E'...'), quoted
// identifiers ("..."), dollar-quoted bodies ($$...$$, $tag$...$tag$) and
// comments (-- ..., /* ... */) with $n, numbering from 1 left to right.
// Everything else is copied unchanged. An unterminated literal simply runs to
// the end (the server then reports the syntax error).
NumberedSql number_parameter_markers(std::string_view sql);

}  // namespace thidua::store::postgres
