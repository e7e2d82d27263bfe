// Reading a ZIP held in memory in tests (DOCX, XLSX, dossiers): every entry's
// name and bytes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::test {

// Entry name → bytes; nullopt when `bytes` is not a readable ZIP.
std::optional<std::map<std::string, std::string>> zip_entries(std::string_view bytes);

}  // namespace thidua::test
