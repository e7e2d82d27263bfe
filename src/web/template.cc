#include "web/template.h"

#include <boost/json/serialize.hpp>

#include <charconv>
#include <set>
#include <stdexcept>

#include "core/blanks.h"
#include "core/messages_vi/pages.h"
#include "web/http.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile templates[];
extern const std::size_t templates_count;
}  // namespace thidua::embedded

namespace thidua::web {
namespace msg = core::messages_vi;

struct Templates::Node {
  enum Kind { kText, kEscaped, kRaw, kSection, kInverted, kPartial } kind;
  std::string text;                 // literal text, or the name
  std::vector<std::string> path;    // the name split at dots; empty for "."
  std::vector<Node> children;       // sections
};

namespace {

using Node = Templates::Node;
constexpr int kMaxDepth = 32;

core::Error parse_error(const std::string& tmpl, const std::string& what) {
  return core::make_error(core::errc::kInternal, msg::template_error(tmpl, what), tmpl);
}

std::vector<std::string> split_name(std::string_view name) {
  std::vector<std::string> out;
  if (name == ".") return out;
  while (true) {
    size_t dot = name.find('.');
    out.emplace_back(name.substr(0, dot));
    if (dot == std::string_view::npos) break;
    name.remove_prefix(dot + 1);
  }
  return out;
}

bool valid_name(std::string_view name) {
  if (name.empty()) return false;
  if (name == ".") return true;
  for (const auto& seg : split_name(name)) {
    if (seg.empty()) return false;
  }
  return name.find_first_of("{}") == std::string_view::npos;
}

core::Result<std::vector<Node>> parse_source(const std::string& tmpl, std::string_view src,
                                             std::set<std::string>* partials) {
  std::vector<Node> root;
  std::vector<Node> stack;  // open sections
  auto current = [&]() -> std::vector<Node>& { return stack.empty() ? root : stack.back().children; };

  size_t pos = 0;
  while (pos < src.size()) {
    size_t open = src.find("{{", pos);
    if (open == std::string_view::npos) {
      current().push_back({Node::kText, std::string(src.substr(pos)), {}, {}});
      break;
    }
    if (open > pos) current().push_back({Node::kText, std::string(src.substr(pos, open - pos)), {}, {}});

    bool triple = src.substr(open, 3) == "{{{";
    size_t body_start = open + (triple ? 3 : 2);
    size_t close = src.find(triple ? "}}}" : "}}", body_start);
    if (close == std::string_view::npos) return parse_error(tmpl, msg::kTemplateTagUnclosed);
    std::string_view tag = src.substr(body_start, close - body_start);
    pos = close + (triple ? 3 : 2);

    if (triple) {
      std::string_view name = core::trim_view(tag);
      if (!valid_name(name)) return parse_error(tmpl, msg::template_variable_invalid(name));
      current().push_back({Node::kRaw, std::string(name), split_name(name), {}});
      continue;
    }
    char sigil = tag.empty() ? '\0' : tag.front();
    std::string_view name = core::trim_view(sigil == '\0' ? tag : tag.substr(1));
    switch (sigil) {
      case '!':
        break;
      case '=':
        return parse_error(tmpl, msg::kTemplateDelimiterUnsupported);
      case '#':
      case '^':
        if (!valid_name(name)) return parse_error(tmpl, msg::template_section_invalid(name));
        stack.push_back({sigil == '#' ? Node::kSection : Node::kInverted, std::string(name), split_name(name), {}});
        break;
      case '/': {
        if (stack.empty()) return parse_error(tmpl, msg::template_close_without_open(name));
        if (stack.back().text != name) {
          return parse_error(tmpl, msg::template_close_mismatch(name, stack.back().text));
        }
        Node done = std::move(stack.back());
        stack.pop_back();
        current().push_back(std::move(done));
        break;
      }
      case '>':
        if (name.empty()) return parse_error(tmpl, msg::kTemplatePartialNameMissing);
        partials->insert(std::string(name));
        current().push_back({Node::kPartial, std::string(name), {}, {}});
        break;
      case '&':
        if (!valid_name(name)) return parse_error(tmpl, msg::template_variable_invalid(name));
        current().push_back({Node::kRaw, std::string(name), split_name(name), {}});
        break;
      default: {
        std::string_view plain = core::trim_view(tag);
        if (!valid_name(plain)) return parse_error(tmpl, msg::template_variable_invalid(plain));
        current().push_back({Node::kEscaped, std::string(plain), split_name(plain), {}});
      }
    }
  }
  if (!stack.empty()) return parse_error(tmpl, msg::template_section_unclosed(stack.back().text));
  return root;
}

using Stack = std::vector<const boost::json::value*>;

const boost::json::value* lookup(const Stack& ctx, const std::vector<std::string>& path) {
  if (path.empty()) return ctx.back();
  const boost::json::value* found = nullptr;
  for (auto it = ctx.rbegin(); it != ctx.rend(); ++it) {
    if (const auto* obj = (*it)->if_object()) {
      if (const auto* v = obj->if_contains(path.front())) {
        found = v;
        break;
      }
    }
  }
  for (size_t i = 1; found && i < path.size(); ++i) {
    const auto* obj = found->if_object();
    found = obj ? obj->if_contains(path[i]) : nullptr;
  }
  return found;
}

bool truthy(const boost::json::value* v) {
  if (!v || v->is_null()) return false;
  if (const bool* b = v->if_bool()) return *b;
  if (const auto* a = v->if_array()) return !a->empty();
  if (const auto* s = v->if_string()) return !s->empty();
  return true;
}

// html_escape(in) appended to out, copying the runs between special
// characters whole (most text has none).
void append_escaped(std::string& out, std::string_view in) {
  size_t from = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const char* entity = nullptr;
    switch (in[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(in.data() + from, i - from);
    out += entity;
    from = i + 1;
  }
  out.append(in.data() + from, in.size() - from);
}

void append_value(std::string& out, const boost::json::value* v, bool escape) {
  if (!v || v->is_null()) return;
  if (const auto* s = v->if_string()) {
    const std::string_view text(s->data(), s->size());
    if (escape) append_escaped(out, text);
    else out.append(text);
    return;
  }
  char buf[64];
  std::to_chars_result res{};
  if (const double* d = v->if_double()) res = std::to_chars(buf, buf + sizeof buf, *d);
  else if (const int64_t* i = v->if_int64()) res = std::to_chars(buf, buf + sizeof buf, *i);
  else if (const uint64_t* u = v->if_uint64()) res = std::to_chars(buf, buf + sizeof buf, *u);
  if (res.ptr != nullptr) {  // digits, '-', '.', 'e': nothing to escape
    out.append(buf, res.ptr);
    return;
  }
  const std::string text = boost::json::serialize(*v);
  if (escape) append_escaped(out, text);
  else out += text;
}

}  // namespace

core::Result<Templates> Templates::parse(const std::vector<std::pair<std::string, std::string>>& sources) {
  Templates t;
  std::map<std::string, std::set<std::string>> uses;
  for (const auto& [name, text] : sources) {
    std::set<std::string> partials;
    auto tree = parse_source(name, text, &partials);
    if (!tree) return tree.error();
    t.templates_[name] = std::make_shared<const std::vector<Node>>(std::move(*tree));
    uses[name] = std::move(partials);
  }
  for (const auto& [name, partials] : uses) {
    for (const auto& p : partials) {
      if (!t.templates_.count(p)) return parse_error(name, msg::template_partial_missing(p));
    }
  }
  return t;
}

core::Result<Templates> Templates::from_files(const core::EmbeddedFile* files, size_t count) {
  std::vector<std::pair<std::string, std::string>> sources;
  for (size_t i = 0; i < count; ++i) {
    std::string name(files[i].path);
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".html") == 0) name.resize(name.size() - 5);
    sources.emplace_back(std::move(name), std::string(files[i].data));
  }
  return parse(sources);
}

const Templates& Templates::embedded() {
  static const Templates instance = [] {
    auto parsed = from_files(thidua::embedded::templates, thidua::embedded::templates_count);
    if (!parsed) throw std::logic_error("embedded template: " + parsed.error().message);
    return std::move(*parsed);
  }();
  return instance;
}

bool Templates::contains(std::string_view name) const { return templates_.find(name) != templates_.end(); }

std::vector<std::string> Templates::names() const {
  std::vector<std::string> out;
  for (const auto& [name, tree] : templates_) out.push_back(name);
  return out;
}

namespace {

struct Renderer {
  const std::map<std::string, std::shared_ptr<const std::vector<Node>>, std::less<>>& templates;
  std::string out;
  Stack ctx;
  int depth = 0;
  std::string error;
  std::string_view where;     // the template being rendered (a partial aside)
  std::string_view failed_in; // where the error arose
  // render_in_layout: {{{slot}}} renders these nodes with this context.
  std::string_view slot_name;
  std::string_view slot;
  const std::vector<Node>* slot_nodes = nullptr;
  const boost::json::value* slot_ctx = nullptr;

  bool render(const std::vector<Node>& nodes) {
    for (const Node& n : nodes) {
      switch (n.kind) {
        case Node::kText:
          out += n.text;
          break;
        case Node::kEscaped:
          append_value(out, lookup(ctx, n.path), true);
          break;
        case Node::kRaw:
          if (slot_nodes != nullptr && n.path.size() == 1 && n.path.front() == slot) {
            Stack outer{slot_ctx};
            ctx.swap(outer);
            const std::vector<Node>* nodes = slot_nodes;
            slot_nodes = nullptr;  // a body holding the slot's name renders it as a value
            const std::string_view outer_name = where;
            where = slot_name;
            bool ok = render(*nodes);
            where = outer_name;
            slot_nodes = nodes;
            ctx.swap(outer);
            if (!ok) return false;
            break;
          }
          append_value(out, lookup(ctx, n.path), false);
          break;
        case Node::kSection: {
          const boost::json::value* v = lookup(ctx, n.path);
          if (!truthy(v)) break;
          if (const auto* arr = v->if_array()) {
            for (const auto& item : *arr) {
              ctx.push_back(&item);
              bool ok = render(n.children);
              ctx.pop_back();
              if (!ok) return false;
            }
          } else {
            ctx.push_back(v);
            bool ok = render(n.children);
            ctx.pop_back();
            if (!ok) return false;
          }
          break;
        }
        case Node::kInverted:
          if (!truthy(lookup(ctx, n.path)) && !render(n.children)) return false;
          break;
        case Node::kPartial: {
          auto it = templates.find(n.text);
          if (it == templates.end()) {
            error = msg::template_partial_missing(n.text);
            failed_in = where;
            return false;
          }
          if (++depth > kMaxDepth) {
            error = msg::template_partials_too_deep(n.text);
            failed_in = where;
            return false;
          }
          bool ok = render(*it->second);
          --depth;
          if (!ok) return false;
          break;
        }
      }
    }
    return true;
  }
};

}  // namespace

core::Result<std::string> Templates::render(std::string_view name, const boost::json::value& ctx) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    return core::make_error(core::errc::kNotFound, msg::template_not_found(name),
                            std::string(name));
  }
  Renderer r{templates_, {}, {&ctx}, 0, {}};
  r.where = name;
  r.out.reserve(16384);  // most pages; one growth or two for the long ones
  if (!r.render(*it->second)) return parse_error(std::string(r.failed_in), r.error);
  return std::move(r.out);
}

core::Result<std::string> Templates::render_in_layout(std::string_view layout, const boost::json::value& layout_ctx,
                                                      std::string_view slot, std::string_view body,
                                                      const boost::json::value& body_ctx) const {
  auto outer = templates_.find(layout);
  if (outer == templates_.end()) {
    return core::make_error(core::errc::kNotFound, msg::template_not_found(layout), std::string(layout));
  }
  auto inner = templates_.find(body);
  if (inner == templates_.end()) {
    return core::make_error(core::errc::kNotFound, msg::template_not_found(body), std::string(body));
  }
  Renderer r{templates_, {}, {&layout_ctx}, 0, {}};
  r.where = layout;
  r.slot = slot;
  r.slot_name = body;
  r.slot_nodes = inner->second.get();
  r.slot_ctx = &body_ctx;
  r.out.reserve(32768);
  if (!r.render(*outer->second)) return parse_error(std::string(r.failed_in), r.error);
  return std::move(r.out);
}

}  // namespace thidua::web
