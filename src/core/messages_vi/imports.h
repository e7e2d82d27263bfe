// The Vietnamese message catalogue: imports (UTF-8, NFC). Column headings of
// the people and units lists, the import templates, and the messages of
// reading CSV/XLSX files and importing them. The code refers to them by meaning.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/messages_vi/registrations.h"

namespace thidua::core::messages_vi {

// Column headings of the people list (import template and export).
inline constexpr const char* kColFullName = "Họ và tên";
inline constexpr const char* kColGender = "Giới tính";
inline constexpr const char* kColBirthDate = "Ngày sinh";
inline constexpr const char* kColPosition = "Chức vụ";
inline constexpr const char* kColTitle = "Chức danh";
inline constexpr const char* kColCategory = "Loại cán bộ";
inline constexpr const char* kColEmail = "Email";
inline constexpr const char* kColPhone = "Điện thoại";
inline constexpr const char* kColUnitCode = "Mã đơn vị";
inline constexpr const char* kColUnitName = "Đơn vị";

// Column headings of the units list (import template and export).
inline constexpr const char* kColUnitNameFull = "Tên đơn vị";
inline constexpr const char* kColUnitShortName = "Tên viết tắt";
inline constexpr const char* kColUnitKind = "Loại đơn vị";
inline constexpr const char* kColParentCode = "Mã đơn vị cấp trên";
inline constexpr const char* kColHostAgency = "Thuộc cơ quan";
inline constexpr const char* kColValidFrom = "Hiệu lực từ";
inline constexpr const char* kColValidTo = "Hiệu lực đến";
inline constexpr const char* kColSuccessorCode = "Mã đơn vị kế thừa";

// The import templates: sheet name and the example row under the headings.
inline constexpr const char* kPeopleTemplateSheet = "Mẫu nhập nhân sự";
inline std::vector<std::string> people_template_example() {
  return {"Nguyễn Văn An",        "Nam",          "15/03/1985", "Chuyên viên", "Chuyên viên chính", "Công chức",
          "an.nv@example.gov.vn", "0912345678", "STNMT-VP",   "Văn phòng Sở"};
}
inline constexpr const char* kUnitsTemplateSheet = "Mẫu nhập đơn vị";
inline std::vector<std::string> units_template_example() {
  return {"STNMT-PCDS", "Phòng Chuyển đổi số", "Phòng CĐS", "Phòng", "STNMT", "", "01/01/2026", "", ""};
}

// A row that repeats the template's example (app/import_pipeline.h).
inline constexpr const char* kImportTemplateExampleRow =
    "Dòng này là dòng ví dụ của tệp mẫu: hãy xoá dòng này (hoặc thay bằng dữ liệu thật) rồi tải tệp lên lại.";

// Checking an import file (app/import_people.h, app/import_units.h).
inline constexpr const char* kPeopleImportHeadingsMissing =
    "Tệp phải có cột \"Họ và tên\" và cột \"Mã đơn vị\" ở dòng tiêu đề. Hãy dùng tệp mẫu.";
inline constexpr const char* kUnitsImportHeadingsMissing =
    "Tệp phải có cột \"Mã đơn vị\" và cột \"Tên đơn vị\" ở dòng tiêu đề. Hãy dùng tệp mẫu.";
inline std::string import_gender_invalid(std::string_view value) {
  return "Giới tính \"" + std::string(value) + "\" không hợp lệ (Nam hoặc Nữ).";
}
inline std::string import_birth_date_invalid(std::string_view value) {
  return "Ngày sinh \"" + std::string(value) + "\" không đúng dạng ngày/tháng/năm.";
}
inline std::string import_category_invalid(std::string_view value) {
  return "Loại cán bộ \"" + std::string(value) + "\" không hợp lệ (Công chức, Viên chức, Người lao động).";
}
inline constexpr const char* kImportUnitCodeMissing = "Thiếu mã đơn vị.";
inline std::string import_no_unit_with_code(std::string_view code) {
  return "Không có đơn vị mã \"" + std::string(code) + "\".";
}
inline std::string import_people_forbidden_in(std::string_view code) {
  return "Bạn không có quyền nhập nhân sự vào đơn vị \"" + std::string(code) + "\".";
}
inline std::string import_email_repeats_row(int row) {
  return "Email trùng với dòng " + std::to_string(row) + ".";
}
inline std::string import_unit_kind_invalid(std::string_view value) {
  return "Loại đơn vị \"" + std::string(value) + "\" không hợp lệ.";
}
inline std::string import_date_invalid(std::string_view value) {
  return "Ngày \"" + std::string(value) + "\" không đúng dạng ngày/tháng/năm.";
}
inline std::string import_unit_code_exists(std::string_view code) {
  return "Mã đơn vị \"" + std::string(code) + "\" đã có.";
}
inline constexpr const char* kImportParentCodeMissing = "Thiếu mã đơn vị cấp trên.";
inline std::string import_no_parent_with_code(std::string_view code) {
  return "Không có đơn vị cấp trên mã \"" + std::string(code) + "\" (trong hệ thống hoặc ở dòng trên).";
}
inline std::string import_units_forbidden_in(std::string_view code) {
  return "Bạn không có quyền thêm đơn vị vào \"" + std::string(code) + "\".";
}
inline std::string import_no_successor_with_code(std::string_view code) {
  return "Không có đơn vị kế thừa mã \"" + std::string(code) + "\".";
}
// Confirming an import that still has issues, and a row the store refused.
inline std::string import_has_issues(std::size_t issues) {
  return "Tệp còn " + std::to_string(issues) + " lỗi; chưa có dòng nào được ghi. Hãy sửa tệp và tải lên lại.";
}
inline std::string import_row_failed(int row, std::string_view message) {
  return "Dòng " + std::to_string(row) + ": " + std::string(message);
}
inline std::string what_unit_with_code(std::string_view code) { return "đơn vị mã " + std::string(code); }
inline constexpr const char* kActionImportPeople = "nhập danh sách nhân sự";
inline constexpr const char* kActionImportUnits = "nhập danh sách đơn vị";

// Staged uploads (app/import_staging.h).
inline constexpr const char* kStagingDirFailed = "Không tạo được thư mục lưu tệp nhập.";
inline constexpr const char* kStagingSaveFailed = "Không lưu được tệp nhập.";
inline constexpr const char* kWhatStagedUpload = "tệp nhập (đã hết hạn hoặc đã được xác nhận; hãy tải tệp lên lại)";

// Reading spreadsheets (src/io): what went wrong and where.
inline std::string at_line(int line, std::string_view what) {
  return "Dòng " + std::to_string(line) + ": " + std::string(what);
}
// `size` is "5 MB", "64 KB" or "100 byte".
inline std::string file_too_large_max(std::string_view size) {
  return "Tệp quá lớn (tối đa " + std::string(size) + ").";
}
// `name` is "" or " “danh-sach.xlsx”" (with its leading space).
inline std::string named_file_too_large_max(std::string_view name, std::string_view size) {
  return "Tệp" + std::string(name) + " quá lớn (tối đa " + std::string(size) + ").";
}
inline std::string named_file_empty(std::string_view name) { return "Tệp" + std::string(name) + " rỗng."; }
inline std::string named_excel_encrypted(std::string_view name) {
  return "Tệp Excel" + std::string(name) + " được đặt mật khẩu; hãy bỏ mật khẩu rồi tải lên lại.";
}
inline constexpr const char* kExcel97Unsupported =
    "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx.";
inline std::string named_file_is_pdf(std::string_view name) {
  return "Tệp" + std::string(name) + " là PDF; hãy tải lên bảng tính .xlsx hoặc .csv.";
}
inline std::string named_file_format_unknown(std::string_view name) {
  return "Không nhận dạng được định dạng của tệp" + std::string(name) +
         "; hãy tải lên bảng tính .xlsx hoặc .csv (UTF-8).";
}
inline std::string named_file_is_html(std::string_view name) {
  return "Tệp" + std::string(name) +
         " là trang HTML/XML chứ không phải bảng tính thật; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.";
}

// CSV (io/csv_reader.h).
inline constexpr const char* kCsvUtf16Truncated = "Tệp UTF-16 bị cắt cụt (số byte lẻ). Hãy lưu lại tệp CSV.";
inline constexpr const char* kCsvUtf16Invalid = "văn bản UTF-16 không hợp lệ.";
inline constexpr const char* kCsvNotUtf8 =
    "văn bản không phải UTF-8 hợp lệ. Hãy lưu tệp dưới dạng “CSV UTF-8” hoặc .xlsx.";
inline constexpr const char* kCsvTextAfterQuote =
    "có ký tự ngay sau dấu ngoặc kép đóng; dấu ngoặc kép bên trong ô phải được viết đôi (\"\").";
inline constexpr const char* kCsvQuoteNotClosed = "dấu ngoặc kép không được đóng.";

// Building the table (io/table_builder.h): `where` is "Ô B7" or "Dòng 7, cột 2".
inline std::string where_cell(std::string_view column, int row) {
  return "Ô " + std::string(column) + std::to_string(row);
}
inline std::string where_line_column(int row, std::size_t col) {
  return "Dòng " + std::to_string(row) + ", cột " + std::to_string(col);
}
inline std::string cell_too_long(std::string_view where, std::size_t max_bytes) {
  return std::string(where) + ": nội dung ô dài quá " + std::to_string(max_bytes) + " byte.";
}
inline std::string header_too_wide(std::size_t max_columns, std::string_view where) {
  return "Dòng tiêu đề có quá " + std::to_string(max_columns) + " cột (" + std::string(where) + ").";
}
inline std::string cell_outside_header(std::string_view where, std::size_t columns) {
  return std::string(where) + ": có dữ liệu nằm ngoài các cột của dòng tiêu đề (" + std::to_string(columns) +
         " cột).";
}
inline std::string file_too_much_data(std::string_view where) {
  return "Tệp chứa quá nhiều dữ liệu (" + std::string(where) + ").";
}
inline std::string file_too_many_rows(std::size_t max_rows, int row) {
  return "Tệp có quá " + std::to_string(max_rows) + " dòng dữ liệu (dòng " + std::to_string(row) + ").";
}
inline constexpr const char* kFileNoHeaderRow = "Tệp không có dữ liệu: không tìm thấy dòng tiêu đề.";

// XLSX (io/xlsx_reader.h).
inline std::string excel_damaged(std::string_view what) { return "Tệp Excel bị hỏng: " + std::string(what); }
inline std::string excel_part_damaged(std::string_view part, std::string_view what) {
  return "Tệp Excel bị hỏng (" + std::string(part) + "): " + std::string(what);
}
inline std::string xlsx_entry_unreadable(std::string_view entry) {
  return "không đọc được mục " + std::string(entry) + ".";
}
inline std::string xlsx_entry_unopenable(std::string_view entry) {
  return "không mở được mục " + std::string(entry) + ".";
}
inline std::string xlsx_entry_bad_compression(std::string_view entry) {
  return "dữ liệu nén của mục " + std::string(entry) + " không hợp lệ.";
}
inline std::string xlsx_entry_size_mismatch(std::string_view entry) {
  return "kích thước mục " + std::string(entry) + " không khớp.";
}
inline constexpr const char* kExcelEncrypted = "Tệp Excel được đặt mật khẩu; hãy bỏ mật khẩu rồi tải lên lại.";
inline constexpr const char* kExcelZipBomb = "Tệp Excel khi giải nén quá lớn (có thể là tệp “bom nén”).";
inline constexpr const char* kXlsxNestedSi = "thẻ <si> lồng nhau.";
inline constexpr const char* kExcelTooManyStrings = "Tệp Excel có quá nhiều chuỗi văn bản.";
inline std::string xlsx_missing_shared_string(std::string_view where) {
  return std::string(where) + ": tham chiếu tới chuỗi văn bản không tồn tại.";
}
inline std::string xlsx_at_row(std::size_t row, std::string_view what) {
  return "dòng " + std::to_string(row) + ": " + std::string(what);
}
inline constexpr const char* kXlsxNestedRow = "thẻ <row> lồng nhau.";
inline constexpr const char* kXlsxRowNumberInvalid = "số thứ tự dòng không hợp lệ.";
inline constexpr const char* kXlsxRowsOutOfOrder = "các dòng không theo thứ tự.";
inline constexpr const char* kXlsxNestedCell = "thẻ <c> lồng nhau.";
inline constexpr const char* kXlsxCellRefInvalid = "tham chiếu ô không hợp lệ.";
inline constexpr const char* kXlsxCellsOutOfOrder = "các ô không theo thứ tự.";
inline constexpr const char* kXlsbUnsupported =
    "Tệp Excel dạng nhị phân (.xlsb) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx.";
inline constexpr const char* kOdsUnsupported =
    "Tệp OpenDocument (.ods) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx.";
inline constexpr const char* kWordNotSpreadsheet =
    "Đây là tệp Word, không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv.";
inline constexpr const char* kZipNotXlsx = "Tệp ZIP này không phải là bảng tính Excel (.xlsx).";
inline constexpr const char* kZipUnreadable = "không đọc được cấu trúc ZIP.";
inline constexpr const char* kZipTruncated = "không đọc được cấu trúc ZIP (tệp bị cắt cụt hoặc không phải .xlsx).";
inline constexpr const char* kExcelNoSheet = "Tệp Excel không có trang tính nào.";
inline std::string xlsx_part_missing(std::string_view part) { return "thiếu phần " + std::string(part) + "."; }
inline constexpr const char* kFirstSheetIsChart = "Trang tính đầu tiên là biểu đồ, không phải bảng dữ liệu.";
inline constexpr const char* kFirstSheetNotFound = "không tìm thấy trang tính đầu tiên.";
inline std::string xlsx_sheet_missing(std::string_view part) { return "thiếu trang tính " + std::string(part) + "."; }

// XML inside XLSX (io/xml_reader.h).
inline std::string xml_invalid_at(std::size_t byte, std::string_view what) {
  return "XML không hợp lệ tại byte " + std::to_string(byte) + ": " + std::string(what);
}
inline constexpr const char* kXmlBadAmpersand = "ký tự & không thuộc một thực thể hợp lệ.";
inline constexpr const char* kXmlBadCharRef = "tham chiếu ký tự không hợp lệ.";
inline constexpr const char* kXmlEntityUnsupported = "thực thể không được hỗ trợ.";
inline constexpr const char* kXmlNotUtf8 = "văn bản không phải UTF-8.";
inline std::string xml_tag_not_closed(std::string_view tag) {
  return "thẻ <" + std::string(tag) + "> không được đóng.";
}
inline constexpr const char* kXmlEmpty = "tài liệu rỗng.";
inline constexpr const char* kXmlCommentNotClosed = "chú thích không được đóng.";
inline constexpr const char* kXmlPiNotClosed = "chỉ thị <?...?> không được đóng.";
inline constexpr const char* kXmlTextOutsideRoot = "có văn bản nằm ngoài phần tử gốc.";
inline constexpr const char* kXmlCdataOutsideRoot = "CDATA nằm ngoài phần tử gốc.";
inline constexpr const char* kXmlCdataNotClosed = "CDATA không được đóng.";
inline constexpr const char* kXmlDtdUnsupported = "DTD và khai báo <!...> không được hỗ trợ.";
inline constexpr const char* kXmlBadEndTag = "thẻ đóng không hợp lệ.";
inline std::string xml_end_tag_mismatch(std::string_view tag) {
  return "thẻ đóng </" + std::string(tag) + "> không khớp.";
}
inline constexpr const char* kXmlBadTagName = "tên thẻ không hợp lệ.";
inline constexpr const char* kXmlManyRoots = "có nhiều hơn một phần tử gốc.";
inline constexpr const char* kXmlTooDeep = "các thẻ lồng nhau quá sâu.";
inline constexpr const char* kXmlBadTag = "thẻ không hợp lệ.";
inline constexpr const char* kXmlNoSpaceBetweenAttributes = "thiếu khoảng trắng giữa các thuộc tính.";
inline constexpr const char* kXmlBadAttribute = "thuộc tính không hợp lệ.";
inline constexpr const char* kXmlAttributeUnquoted = "giá trị thuộc tính phải nằm trong dấu nháy.";
inline constexpr const char* kXmlAttributeNotClosed = "giá trị thuộc tính không được đóng.";
inline constexpr const char* kXmlAttributeHasLt = "giá trị thuộc tính chứa ký tự <.";
inline constexpr const char* kXmlTooManyAttributes = "thẻ có quá nhiều thuộc tính.";

}  // namespace thidua::core::messages_vi
