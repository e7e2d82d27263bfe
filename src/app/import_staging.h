// Where an upload waits between its preview and its confirmation: a file in
// data_dir/imports/ named by the SHA-256 of a random token, bound to the user
// who staged it, removed when confirmed or after a day.
#pragma once

#include <string>
#include <string_view>

#include "app/context.h"
#include "core/result.h"

namespace thidua::app {

// One problem found in an uploaded table, shown in its preview.
struct ImportIssue {
  int row = 0;            // spreadsheet row / CSV line; 0 for file-level issues
  std::string column;     // heading as in the file, "" for the whole row
  std::string message;    // Vietnamese
  std::string field;      // the column's stable key (app/import_columns.h), "" for the whole row
};

struct StagedUpload {
  std::string filename;
  std::string bytes;
};

// Saves the upload and returns its token (shown to the user's browser only).
core::Result<std::string> stage_upload(const Services& services, int64_t user_id, std::string_view kind,
                                       const std::string& filename, std::string_view bytes);

// Loads an upload staged by `user_id` for `kind`; kNotFound when unknown,
// expired, of another kind, or staged by someone else.
core::Result<StagedUpload> load_staged_upload(const Services& services, int64_t user_id, std::string_view kind,
                                              const std::string& token);

// The error of a refused confirmation in the imports' own codes: kValidation
// becomes kImportHasErrors and kNotFound kImportNotFound (same message and
// field); any other error is returned as it is.
core::Error import_refusal(core::Error error);

// Removes a staged upload (after a successful confirmation).
void discard_staged_upload(const Services& services, const std::string& token);

}  // namespace thidua::app
