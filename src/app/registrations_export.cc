#include "app/registrations_export.h"

#include "core/messages_vi/registrations.h"
#include "core/utf8_cut.h"
#include "io/xlsx_writer.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

// A cell within what Excel takes (XlsxWriter::kMaxCellBytes): a longer text
// is cut at a character boundary and ends with "…".
std::string cell(std::string text) {
  if (text.size() <= io::XlsxWriter::kMaxCellBytes) return text;
  // Room for the ellipsis (3 bytes).
  return std::string(core::utf8_prefix(text, io::XlsxWriter::kMaxCellBytes - 3)) + "…";
}

// One line per entry, in order, an empty entry as "-" (so that the
// initiatives' titles, contents and effects stay on matching lines); an
// entry's own line breaks become "; ".
std::string lines_of(const std::vector<std::string>& entries) {
  std::string out;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += '\n';
    std::string e = entries[i].empty() ? std::string("-") : entries[i];
    for (size_t at = e.find('\n'); at != std::string::npos; at = e.find('\n', at)) e.replace(at, 1, "; ");
    out += e;
  }
  return cell(std::move(out));
}

std::vector<std::string> row_of(int64_t n, const core::Registration& r) {
  const bool individual = r.subject == core::RegistrationSubject::kIndividual;
  std::vector<std::string> targets, titles, contents, effects;
  for (const auto& t : r.targets) targets.push_back(t.content_label.empty() ? t.text : "[" + t.content_label + "] " + t.text);
  for (const auto& i : r.initiatives) {
    titles.push_back(i.title);
    contents.push_back(i.content);
    effects.push_back(i.expected_effect);
  }
  return {std::to_string(n),
          std::string(core::registration_subject_label(r.subject)),
          cell(r.unit_name),
          individual && r.person_id ? std::to_string(*r.person_id) : std::string(),
          individual ? cell(r.person_name) : std::string(),
          std::string(),  // birth date: the person is named by id
          lines_of(targets),
          cell(r.signature_task),
          lines_of(titles),
          lines_of(contents),
          lines_of(effects),
          individual ? std::string() : cell(r.unit_name),
          std::string(core::registration_state_label(r.state)),
          r.submitted_at ? r.submitted_at->substr(0, 10) : std::string()};
}

}  // namespace

core::Result<int64_t> write_registrations_xlsx(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, RegistrationFilter filter,
                                               const std::string& path) {
  filter.page = 1;
  filter.page_size = 200;
  auto first = list_registrations(services, actor, campaign_id, filter);  // the rights first, then the file
  if (!first.ok()) return first.error();
  auto w = io::XlsxWriter::create(path, msg::kExportSheet);
  if (!w.ok()) return w.error();
  THIDUA_TRY(w->header({msg::kExportColNo, msg::kExportColSubject, msg::kExportColUnit, msg::kImportColPersonId,
                        msg::kImportColName, msg::kImportColBirth, msg::kImportColTargets,
                        msg::kImportColSignatureTask, msg::kImportColInitiativeTitle,
                        msg::kImportColInitiativeContent, msg::kImportColInitiativeEffect,
                        msg::kExportColCollective, msg::kExportColState, msg::kExportColSubmitted}));
  // Keyset paging (ids below the last one written): a registration added
  // or removed meanwhile neither repeats nor hides another.
  int64_t n = 0;
  RegistrationListing page = std::move(*first);
  while (!page.items.empty()) {
    for (const auto& r : page.items) THIDUA_TRY(w->row(row_of(++n, r)));
    if (static_cast<int>(page.items.size()) < filter.page_size) break;
    filter.before_id = page.items.back().id;
    auto next = list_registrations(services, actor, campaign_id, filter);
    if (!next.ok()) return next.error();
    page = std::move(*next);
  }
  THIDUA_TRY(w->close());
  return n;
}

}  // namespace thidua::app
