// Fuzzes the upload readers through read_table() with small limits.
// Two input shapes:
// - raw bytes, read as an uploaded file (CSV, XLSX, anything);
// - "XLSXPARTS\n" followed by parts separated by "\n--\n", in the order
//   sheet, shared strings, styles, workbook: the parts are packed into a
//   stored (uncompressed) ZIP with fixed relationships, so the fuzzer reaches
//   the XML parsers directly instead of fighting deflate and CRCs.
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/table.h"

namespace {

constexpr std::string_view kPartsMagic = "XLSXPARTS\n";

const char* kRootRels =
    R"(<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* kWorkbookRels =
    R"(<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
const char* kDefaultWorkbook =
    R"(<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";

// Packs the parts into an in-memory ZIP; empty on failure.
std::string pack(std::string_view body) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() < 4) {
    auto sep = body.find("\n--\n", start);
    if (sep == std::string_view::npos) {
      parts.emplace_back(body.substr(start));
      break;
    }
    parts.emplace_back(body.substr(start, sep - start));
    start = sep + 4;
  }
  parts.resize(4);
  if (parts[3].empty()) parts[3] = kDefaultWorkbook;
  const std::pair<const char*, std::string> entries[] = {
      {"_rels/.rels", kRootRels},
      {"xl/_rels/workbook.xml.rels", kWorkbookRels},
      {"xl/worksheets/sheet1.xml", parts[0]},
      {"xl/sharedStrings.xml", parts[1]},
      {"xl/styles.xml", parts[2]},
      {"xl/workbook.xml", parts[3]},
  };
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_error_fini(&err);
  if (buffer == nullptr) return {};
  zip_source_keep(buffer);
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  if (za == nullptr) {
    zip_source_free(buffer);
    return {};
  }
  for (const auto& [name, data] : entries) {
    if (data.empty()) continue;
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_int64_t index = src ? zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (src) zip_source_free(src);
      continue;
    }
    zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  std::string out;
  if (zip_close(za) != 0) {
    zip_discard(za);
    zip_source_free(buffer);
    return {};
  }
  if (zip_source_open(buffer) == 0) {
    char chunk[8192];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) {
      out.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  thidua::io::ReadLimits limits;
  limits.max_bytes = 256 * 1024;
  limits.max_rows = 200;
  limits.max_columns = 20;
  limits.max_cell_bytes = 256;
  limits.max_uncompressed = 1 << 20;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.substr(0, kPartsMagic.size()) == kPartsMagic) {
    std::string zip = pack(input.substr(kPartsMagic.size()));
    if (!zip.empty()) (void)thidua::io::read_table(zip, "fuzz.xlsx", limits);
    return 0;
  }
  (void)thidua::io::read_table(input, "fuzz.csv", limits);
  return 0;
}
