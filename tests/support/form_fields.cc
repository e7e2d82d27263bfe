#include "support/form_fields.h"

#include <optional>
#include <utility>

namespace thidua::test {

namespace {

std::optional<std::string> attr(const std::string& tag, const std::string& name) {
  auto p = tag.find(" " + name + "=\"");
  if (p == std::string::npos) return std::nullopt;
  p += name.size() + 3;
  return tag.substr(p, tag.find('"', p) - p);
}

std::string unescape(std::string s) {
  for (auto [from, to] : {std::pair{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    const std::string f(from);
    for (size_t p = s.find(f); p != std::string::npos; p = s.find(f, p + 1)) s.replace(p, f.size(), to);
  }
  return s;
}

}  // namespace

Fields form_fields(const std::string& html, std::string_view action) {
  size_t at = 0;
  size_t stop = html.size();
  if (!action.empty()) {
    const std::string marker = " action=\"" + std::string(action) + "\"";
    const size_t found = html.find(marker);
    if (found == std::string::npos) return {};
    at = html.rfind("<form", found);
    if (at == std::string::npos) return {};
    stop = html.find("</form>", found);
    if (stop == std::string::npos) stop = html.size();
  }
  Fields fields;
  while ((at = html.find('<', at)) != std::string::npos && at < stop) {
    const size_t end = html.find('>', at);
    if (end == std::string::npos) break;
    const std::string tag = html.substr(at, end - at + 1);
    if (tag.rfind("<input", 0) == 0) {
      auto name = attr(tag, "name");
      const auto type = attr(tag, "type").value_or("text");
      const bool unchecked = (type == "checkbox" || type == "radio") && tag.find(" checked") == std::string::npos;
      if (name && *name != "_csrf" && !unchecked) fields.emplace_back(*name, unescape(attr(tag, "value").value_or("")));
    } else if (tag.rfind("<textarea", 0) == 0) {
      const size_t close = html.find("</textarea>", end);
      if (auto name = attr(tag, "name")) fields.emplace_back(*name, unescape(html.substr(end + 1, close - end - 1)));
    } else if (tag.rfind("<select", 0) == 0) {
      const size_t close = html.find("</select>", end);
      const std::string body = html.substr(end + 1, close - end - 1);
      const auto name = attr(tag, "name");
      for (size_t o = body.find("<option"); name && o != std::string::npos; o = body.find("<option", o + 1)) {
        const std::string opt = body.substr(o, body.find('>', o) - o + 1);
        if (opt.find(" selected") != std::string::npos) fields.emplace_back(*name, unescape(attr(opt, "value").value_or("")));
      }
    }
    at = end;
  }
  return fields;
}

}  // namespace thidua::test
