// Server-side HTML templates: a Mustache subset rendered over boost::json values.
// Supported: {{name}} (HTML-escaped & < > " '), {{{name}}} and {{& name}} (raw),
// dotted names (a.b.c), {{.}} (the current item), sections {{#x}}...{{/x}},
// inverted sections {{^x}}...{{/x}}, partials {{> name}} and comments {{! ... }}.
// Not supported (a parse error): set-delimiter tags {{=...=}}.
//
// Truthiness for sections: null, false, an empty array and an empty string skip
// the section; an array renders it once per element (the element becomes the
// context); an object or any other value renders it once with that value pushed
// as the context. Inverted sections render exactly when a section would not.
// Names resolve from the innermost context outwards (the first segment of a
// dotted name; the rest are looked up strictly inside it). Missing names render
// as nothing. Numbers render in shortest form (42, 1.5), true/false as "true"/"false", and an
// object or array as its JSON text.
#pragma once

#include <boost/json/value.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/embedded.h"
#include "core/result.h"

namespace thidua::web {

class Templates {
 public:
  // Parses every source ((name, text) pairs) into a tree and checks that each
  // partial refers to a known template. Errors (kInternal, field = template name):
  // unclosed tag or section, mismatched closing tag, empty name, unsupported tag,
  // unknown partial.
  static core::Result<Templates> parse(const std::vector<std::pair<std::string, std::string>>& sources);

  // The same over embedded files; names are the paths without ".html"
  // ("layout", "people/list").
  static core::Result<Templates> from_files(const core::EmbeddedFile* files, size_t count);

  // The templates compiled into the binary (thidua::embedded::templates), parsed
  // on first use. A defective embedded template is a build defect: throws
  // std::logic_error naming it (the unit tests parse them all, so it fails there first).
  static const Templates& embedded();

  // Renders template `name` with `ctx` as the root context. Errors: kNotFound for
  // an unknown template; kInternal when partials nest deeper than 32.
  core::Result<std::string> render(std::string_view name, const boost::json::value& ctx) const;

  // Renders `layout` with `layout_ctx`, and where it has {{{slot}}} renders
  // template `body` with `body_ctx` as its only context, straight into the same
  // text: what render(body) and then render(layout) with the body's text as
  // `slot` give, without the body's text copied twice on the way. Errors as render().
  core::Result<std::string> render_in_layout(std::string_view layout, const boost::json::value& layout_ctx,
                                             std::string_view slot, std::string_view body,
                                             const boost::json::value& body_ctx) const;

  bool contains(std::string_view name) const;
  std::vector<std::string> names() const;

  struct Node;  // parse tree, defined in template.cc

 private:
  std::map<std::string, std::shared_ptr<const std::vector<Node>>, std::less<>> templates_;
};

}  // namespace thidua::web
