#include "core/unit_work.h"

#include "core/messages_vi/unit_work.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {

bool accepts_unit_work(CampaignState s) { return s == CampaignState::kPublished || s == CampaignState::kRunning; }

std::string_view progress_status_code(ProgressStatus s) {
  switch (s) {
    case ProgressStatus::kNotStarted: return "not_started";
    case ProgressStatus::kInProgress: return "in_progress";
    case ProgressStatus::kDone: return "done";
  }
  return "not_started";
}

std::string_view progress_status_label(ProgressStatus s) {
  switch (s) {
    case ProgressStatus::kNotStarted: return messages_vi::kProgressNotStarted;
    case ProgressStatus::kInProgress: return messages_vi::kProgressInProgress;
    case ProgressStatus::kDone: return messages_vi::kProgressDone;
  }
  return "";
}

std::optional<ProgressStatus> parse_progress_status(std::string_view code) {
  for (auto s : {ProgressStatus::kNotStarted, ProgressStatus::kInProgress, ProgressStatus::kDone}) {
    if (progress_status_code(s) == code) return s;
  }
  return std::nullopt;
}

Status check_progress(ProgressStatus s, int percent) {
  if (percent < 0 || percent > 100) {
    return make_error(errc::kValidation, messages_vi::kProgressPercentRange, "percent");
  }
  if (s == ProgressStatus::kNotStarted && percent != 0) {
    return make_error(errc::kValidation, messages_vi::kProgressNotStartedPercent, "percent");
  }
  if (s == ProgressStatus::kDone && percent != 100) {
    return make_error(errc::kValidation, messages_vi::kProgressDonePercent, "percent");

  }
  return {};
}

std::string tidy_multiline(std::string_view text) {
  if (!is_valid_utf8(text)) return {};
  std::string nfc = to_nfc(text);
  std::string out;
  std::string line;
  auto end_line = [&]() {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    out += line;
    out += '\n';
    line.clear();
  };
  for (size_t pos = 0; pos < nfc.size();) {
    char32_t cp = utf8::decode(nfc, pos);
    if (cp == '\r') {
      if (pos < nfc.size() && nfc[pos] == '\n') ++pos;
      end_line();
    } else if (cp == '\n') {
      end_line();
    } else if (cp == '\t' || !utf8::is_control(cp)) {
      utf8::append(line, cp);
    }
  }
  end_line();
  size_t b = out.find_first_not_of('\n');
  if (b == std::string::npos) return {};
  size_t e = out.find_last_not_of('\n');
  return out.substr(b, e - b + 1);
}

}  // namespace thidua::core
