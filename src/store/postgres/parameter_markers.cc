// Parameter-marker numbering for PostgreSQL: a small lexer that knows where a `?`
// is literal text.
#include "store/postgres/parameter_markers.h"

namespace thidua::store::postgres {
namespace {

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9') || c == '$'; }

}  // namespace

NumberedSql number_parameter_markers(std::string_view sql) {
  NumberedSql out;
  out.sql.reserve(sql.size() + 16);
  const size_t n = sql.size();
  size_t i = 0;
  while (i < n) {
    char c = sql[i];
    if (c == '?') {
      out.sql += '$';
      out.sql += std::to_string(++out.markers);
      ++i;
    } else if (c == '\'') {
      // E'...' strings honour backslash escapes; plain ones only double quotes.
      bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !is_ident_char(sql[i - 2]));
      size_t j = i + 1;
      while (j < n) {
        if (escapes && sql[j] == '\\' && j + 1 < n) {
          j += 2;
        } else if (sql[j] == '\'') {
          if (j + 1 < n && sql[j + 1] == '\'') {
            j += 2;
          } else {
            ++j;
            break;
          }
        } else {
          ++j;
        }
      }
      out.sql.append(sql.substr(i, j - i));
      i = j;
    } else if (c == '"') {
      size_t j = sql.find('"', i + 1);
      // A doubled "" inside an identifier is covered: the scan resumes at the
      // second quote, which opens the rest of the same identifier.
      j = j == std::string_view::npos ? n : j + 1;
      out.sql.append(sql.substr(i, j - i));
      i = j;
    } else if (c == '$' && (i == 0 || !is_ident_char(sql[i - 1]))) {
      // $tag$ ... $tag$ (tag may be empty); $1 is a parameter, not a quote.
      size_t j = i + 1;
      while (j < n && is_ident_char(sql[j]) && sql[j] != '$' && !(j == i + 1 && sql[j] >= '0' && sql[j] <= '9')) ++j;
      if (j < n && sql[j] == '$' && (j == i + 1 || is_ident_start(sql[i + 1]))) {
        std::string_view tag = sql.substr(i, j - i + 1);
        size_t end = sql.find(tag, j + 1);
        end = end == std::string_view::npos ? n : end + tag.size();
        out.sql.append(sql.substr(i, end - i));
        i = end;
      } else {
        out.sql += c;
        ++i;
      }
    } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      size_t j = sql.find('\n', i);
      j = j == std::string_view::npos ? n : j + 1;
      out.sql.append(sql.substr(i, j - i));
      i = j;
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      // Block comments nest in PostgreSQL.
      int depth = 1;
      size_t j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] == '/' && j + 1 < n && sql[j + 1] == '*') {
          ++depth;
          j += 2;
        } else if (sql[j] == '*' && j + 1 < n && sql[j + 1] == '/') {
          --depth;
          j += 2;
        } else {
          ++j;
        }
      }
      out.sql.append(sql.substr(i, j - i));
      i = j;
    } else {
      out.sql += c;
      ++i;
    }
  }
  return out;
}

}  // namespace thidua::store::postgres
