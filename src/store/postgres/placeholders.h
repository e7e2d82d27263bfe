// Rewrites portable `?` placeholders into PostgreSQL's $1, $2 ... numbering.
#pragma once

#include <string>
#include <string_view>

namespace thidua::store::postgres {

struct TranslatedSql {
  std::string sql;
  int placeholders = 0;  // how many `?` were replaced
};

// Replaces each `?` outside string literals ('...', E'...'), quoted
// identifiers ("..."), dollar-quoted bodies ($$...$$, $tag$...$tag$) and
// comments (-- ..., /* ... */) with $n, numbering from 1 left to right.
// Everything else is copied unchanged. An unterminated literal simply runs to
// the end (the server then reports the syntax error).
TranslatedSql translate_placeholders(std::string_view sql);

}  // namespace thidua::store::postgres
