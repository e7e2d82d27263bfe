// The Vietnamese message catalogue: the XLSX imports' JSON API (UTF-8, NFC).
// Texts users see in the answers of /api/v1/.../imports; the import use
// cases' own messages (app/import_*, app/registrations.*) live in their
// areas' catalogues.
#pragma once

#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"

namespace thidua::core::messages_vi {

// What not_found()/forbidden() name.

// The upload itself.
inline constexpr const char* kImportFileRequired = "Hãy chọn một tệp .xlsx hoặc .csv để tải lên.";
inline constexpr const char* kImportNeedsMultipart =
    "Hãy gửi tệp dưới dạng multipart/form-data, trong trường \"file\".";

}  // namespace thidua::core::messages_vi
