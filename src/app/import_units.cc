#include "app/import_units.h"

#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_people.h"
#include "app/import_staging.h"
#include "app/records_json.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/names.h"
#include "io/table.h"
#include "io/xlsx_writer.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

enum class Col { kCode, kName, kShort, kKind, kParent, kHost, kFrom, kTo, kSuccessor };

const std::map<std::string, Col>& headings() {
  static const std::map<std::string, Col> m = {
      {"ma don vi", Col::kCode},         {"code", Col::kCode},
      {"ten don vi", Col::kName},        {"name", Col::kName},
      {"ten viet tat", Col::kShort},     {"short_name", Col::kShort},
      {"loai don vi", Col::kKind},       {"kind", Col::kKind},
      {"ma don vi cap tren", Col::kParent}, {"parent_code", Col::kParent},
      {"thuoc co quan", Col::kHost},     {"co quan chu quan", Col::kHost}, {"host_agency", Col::kHost},
      {"hieu luc tu", Col::kFrom},       {"valid_from", Col::kFrom},
      {"hieu luc den", Col::kTo},        {"valid_to", Col::kTo},
      {"ma don vi ke thua", Col::kSuccessor}, {"successor_code", Col::kSuccessor},
  };
  return m;
}

core::Result<UnitImportPreview> analyse(store::Connection& conn, const core::Actor& actor, std::string_view bytes,
                                        const std::string& filename) {
  UnitImportPreview p;
  p.filename = filename;
  auto table = io::read_table(bytes, filename);
  if (!table.ok()) return table.error();
  std::map<Col, size_t> col;
  for (size_t i = 0; i < table->header.size(); ++i) {
    auto it = headings().find(core::fold(table->header[i]));
    if (it != headings().end() && !col.count(it->second)) col[it->second] = i;
  }
  if (!col.count(Col::kCode) || !col.count(Col::kName)) {
    return core::make_error(core::errc::kValidation,
                            msg::kUnitsImportHeadingsMissing);
  }
  if (table->rows.empty()) return core::make_error(core::errc::kValidation, msg::kImportNoData);
  auto existing = store::list_units(conn, {"/"});
  if (!existing.ok()) return existing.error();
  std::map<std::string, const core::Unit*> by_code;
  for (const auto& u : *existing) by_code[u.code] = &u;
  // Codes defined by earlier rows, with the path of the existing unit whose
  // subtree will hold them (for the permission check).
  std::map<std::string, std::string> new_codes;

  auto cell = [&](const std::vector<std::string>& row, Col c) {
    auto it = col.find(c);
    return it == col.end() ? std::string() : row[it->second];
  };
  for (size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    const int line = table->row_numbers[r];
    UnitImportRow ur;
    ur.row = line;
    auto issue = [&](Col c, std::string text) {
      p.issues.push_back({line, col.count(c) ? table->header[col[c]] : std::string(), std::move(text)});
      ur.ok = false;
    };
    core::Unit& u = ur.unit;
    u.code = cell(row, Col::kCode);
    u.name = cell(row, Col::kName);
    u.short_name = cell(row, Col::kShort);
    u.host_agency = cell(row, Col::kHost);
    if (auto k = cell(row, Col::kKind); !k.empty()) {
      auto kind = core::parse_unit_kind(k);
      if (!kind) issue(Col::kKind, msg::import_unit_kind_invalid(k));
      else u.kind = *kind;
    }
    for (auto [c, target] : {std::pair{Col::kFrom, &u.valid_from}, std::pair{Col::kTo, &u.valid_to}}) {
      std::string raw = cell(row, c);
      if (raw.empty()) continue;
      *target = parse_vietnamese_date(raw);
      if (target->empty()) issue(c, msg::import_date_invalid(raw));
    }
    if (auto st = core::validate_unit(u); !st.ok()) {
      const auto& e = st.error();
      issue(e.field == "name" ? Col::kName : e.field == "valid_from" ? Col::kFrom
            : e.field == "valid_to" ? Col::kTo : Col::kCode, e.message);
    }
    if (!u.code.empty() && (by_code.count(u.code) || new_codes.count(u.code))) {
      issue(Col::kCode, msg::import_unit_code_exists(u.code));
    }
    ur.parent_code = cell(row, Col::kParent);
    std::string scope_path;
    if (ur.parent_code.empty()) {
      if (!actor.system) issue(Col::kParent, msg::kImportParentCodeMissing);
    } else if (auto it = by_code.find(ur.parent_code); it != by_code.end()) {
      scope_path = it->second->path;
    } else if (auto nt = new_codes.find(ur.parent_code); nt != new_codes.end()) {
      scope_path = nt->second;
    } else {
      issue(Col::kParent, msg::import_no_parent_with_code(ur.parent_code));
    }
    if (!scope_path.empty() && !permits(actor, core::Action::kEditOrg, scope_path)) {
      issue(Col::kParent, msg::import_units_forbidden_in(ur.parent_code));
    }
    ur.successor_code = cell(row, Col::kSuccessor);
    if (!ur.successor_code.empty() && !by_code.count(ur.successor_code) && !new_codes.count(ur.successor_code)) {
      issue(Col::kSuccessor, msg::import_no_successor_with_code(ur.successor_code));
    }
    if (!u.code.empty()) new_codes.emplace(u.code, scope_path.empty() ? "/" : scope_path);
    p.rows.push_back(std::move(ur));
  }
  return p;
}

}  // namespace

const std::vector<ListColumn>& unit_list_columns() {
  static const std::vector<ListColumn> cols = {
      {msg::kColUnitCode, "code"},          {msg::kColUnitNameFull, "name"},         {msg::kColUnitShortName, "short_name"},
      {msg::kColUnitKind, "kind"},          {msg::kColParentCode, "parent_code"},    {msg::kColHostAgency, "host_agency"},
      {msg::kColValidFrom, "valid_from"},   {msg::kColValidTo, "valid_to"},          {msg::kColSuccessorCode, "successor_code"}};
  return cols;
}

const std::vector<std::string>& unit_columns() {
  static const std::vector<std::string> headings = headings_of(unit_list_columns());
  return headings;
}

core::Result<UnitImportPreview> stage_units_import(const Services& services, const core::Actor& actor,
                                                   std::string_view bytes, const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
  auto conn = services.db.acquire();
  auto preview = analyse(*conn, actor, bytes, filename);
  if (!preview.ok()) return preview.error();
  auto token = stage_upload(services, actor.user_id, "units", filename, bytes);
  if (!token.ok()) return token.error();
  preview->token = *token;
  return preview;
}

core::Result<int64_t> confirm_units_import(const Services& services, const core::Actor& actor,
                                           const std::string& token, const RequestMeta& meta) {
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
  auto staged = load_staged_upload(services, actor.user_id, "units", token);
  if (!staged.ok()) return import_refusal(staged.error());
  auto conn = services.db.acquire();
  auto preview = analyse(*conn, actor, staged->bytes, staged->filename);
  if (!preview.ok()) return import_refusal(preview.error());
  if (!preview->confirmable()) {
    return core::make_error(core::errc::kImportHasErrors, msg::import_has_issues(preview->issues.size()));
  }
  const auto now = iso_instant(services.clock.now());
  auto written = store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    std::map<std::string, int64_t> ids;
    auto id_of = [&](const std::string& code) -> core::Result<int64_t> {
      if (auto it = ids.find(code); it != ids.end()) return it->second;
      auto u = store::find_unit_by_code(*conn, code);
      if (!u.ok()) return u.error();
      if (!u->has_value()) return not_found(msg::what_unit_with_code(code));
      return (*u)->id;
    };
    int64_t n = 0;
    for (auto& row : preview->rows) {
      if (!row.parent_code.empty()) {
        auto parent = id_of(row.parent_code);
        if (!parent.ok()) return parent.error();
        row.unit.parent_id = *parent;
      }
      auto stored = store::insert_unit(*conn, row.unit, now);
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(row.row, stored.error().message));
      }
      ids[stored->code] = stored->id;
      THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                              {"unit.import", "unit", std::to_string(stored->id), std::nullopt, to_json(*stored)}));
      ++n;
    }
    // Successors may name units of later rows: link them once all exist.
    for (const auto& row : preview->rows) {
      if (row.successor_code.empty()) continue;
      auto succ = id_of(row.successor_code);
      if (!succ.ok()) return succ.error();
      auto r = conn->exec("UPDATE units SET successor_id = ? WHERE id = ?", {*succ, ids.at(row.unit.code)});
      if (!r.ok()) return r.error();
    }
    return n;
  });
  if (!written.ok()) return import_refusal(written.error());
  discard_staged_upload(services, token);
  return written;
}

core::Result<std::string> units_import_template() {
  return io::write_xlsx_bytes(unit_columns(),
                              {msg::units_template_example()}, msg::kUnitsTemplateSheet);
}

}  // namespace thidua::app
