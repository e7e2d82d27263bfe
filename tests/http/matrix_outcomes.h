// The outcome tokens of the role × route tables (authz_matrix_test.cc and each
// feature's own table), one per column:
//   O    2xx
//   R    3xx to a page other than the login page (the action succeeded)
//   L    3xx to /dang-nhap (anonymous sent to log in)
//   X    logged out: 3xx to /dang-nhap clearing the session cookie
//   401  403  404  409  422 ...   that status (a refusal)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "support/http_client.h"

namespace thidua::test {

// The whitespace-separated tokens of a row's expectation ("L  O  404 ...").
std::vector<std::string> split_outcomes(std::string_view expect);

// True for a refusal (anything but O, R and X): the data must be unchanged.
bool is_refusal(const std::string& outcome);

// The column indexes of a row with the refusals first: they must meet the
// records untouched, before any allowed write of the same row changes them.
std::vector<size_t> refusals_first(const std::vector<std::string>& outcomes);

// Whether response `r` is the outcome `token`.
bool outcome_matches(const std::string& token, const HttpResult& r);

// Replaces every `from` in `s` (target templates: "{unit}" → an id).
void replace_all(std::string& s, const std::string& from, const std::string& to);

}  // namespace thidua::test
