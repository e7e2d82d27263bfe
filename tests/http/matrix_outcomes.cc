#include "matrix_outcomes.h"

#include <sstream>

#include "web/guard.h"

namespace thidua::test {

std::vector<std::string> split_outcomes(std::string_view expect) {
  std::istringstream in{std::string(expect)};
  std::vector<std::string> out;
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

bool is_refusal(const std::string& outcome) { return outcome != "O" && outcome != "R" && outcome != "X"; }

bool outcome_matches(const std::string& token, const HttpResult& r) {
  const std::string location = r.header("location");
  const bool redirect = r.status >= 300 && r.status < 400;
  if (token == "O") return r.status >= 200 && r.status < 300;
  if (token == "R") return redirect && location.rfind("/dang-nhap", 0) != 0;
  if (token == "L") return redirect && location.rfind("/dang-nhap", 0) == 0;
  if (token == "X") {
    bool cleared = false;
    for (const auto& c : r.set_cookies) {
      if (c.rfind(std::string(web::kSessionCookie) + "=;", 0) == 0 && c.find("Max-Age=0") != std::string::npos) {
        cleared = true;
      }
    }
    return redirect && location == "/dang-nhap" && cleared;
  }
  return std::to_string(r.status) == token;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

std::vector<size_t> refusals_first(const std::vector<std::string>& outcomes) {
  std::vector<size_t> order;
  for (size_t c = 0; c < outcomes.size(); ++c) {
    if (is_refusal(outcomes[c])) order.push_back(c);
  }
  for (size_t c = 0; c < outcomes.size(); ++c) {
    if (!is_refusal(outcomes[c])) order.push_back(c);
  }
  return order;
}

}  // namespace thidua::test
