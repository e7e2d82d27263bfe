// What a browser would send for a form of a page: every named input (a
// checkbox only when checked), textarea and selected option, with their
// values as the page holds them (HTML entities decoded). Forms and pages are
// read as thidua writes them (double-quoted attributes, no nested forms).
#pragma once

#include <string>
#include <string_view>

#include "support/http_client.h"

namespace thidua::test {

// The fields of the first form whose action is `action`, or of the whole page
// when `action` is empty. The CSRF field `_csrf` is left out (the session
// adds its own). Empty when there is no such form.
Fields form_fields(const std::string& html, std::string_view action = {});

}  // namespace thidua::test
