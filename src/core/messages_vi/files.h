// The Vietnamese message catalogue: files (UTF-8, NFC). Texts users see about
// stored files and their types (core/file_type, store/file_store). The code
// refers to them by meaning.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Labels of file types (core::FileType).
inline constexpr const char* kFileTypePdf = "PDF";
inline constexpr const char* kFileTypePng = "Ảnh PNG";
inline constexpr const char* kFileTypeJpeg = "Ảnh JPEG";
inline constexpr const char* kFileTypeDocx = "Word (DOCX)";
inline constexpr const char* kFileTypeXlsx = "Excel (XLSX)";

// The file store (store/file_store.h).
inline std::string file_save_failed(std::string_view step) {
  return "Không lưu được tệp (" + std::string(step) + ").";
}
inline constexpr const char* kFileStepMakeDir = "tạo thư mục";
inline constexpr const char* kFileStepTempFile = "tạo tệp tạm";
inline constexpr const char* kFileStepWrite = "ghi tệp";
inline constexpr const char* kFileStepReadUpload = "đọc tệp tải lên";
inline constexpr const char* kFileStoreUnreadable = "Không đọc được thư mục lưu tệp.";
// `size` is "20 MB" or "512 byte".
inline std::string file_too_large(std::string_view size) {
  return "Tệp quá lớn: mỗi tệp tối đa " + std::string(size) + ".";
}
inline constexpr const char* kFileTypeRefused =
    "Loại tệp không được chấp nhận: chỉ nhận PDF, ảnh PNG hoặc JPEG, Word (DOCX) và "
    "Excel (XLSX), nhận biết theo nội dung tệp.";
inline constexpr const char* kFileNotFound = "Không tìm thấy tệp.";

}  // namespace thidua::core::messages_vi
