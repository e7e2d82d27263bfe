#include "app/import_units.h"

#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_people.h"
#include "app/import_columns.h"
#include "app/import_pipeline.h"
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

// A row of the units import: the unit it describes and the codes it names
// (resolved by the checker, as they may name units of other rows).
struct UnitRow {
  core::Unit unit;
  std::string parent_code;
  std::string successor_code;
};

std::string read_date(const std::string& cell, std::string& target) {
  if (cell.empty()) return {};
  target = parse_vietnamese_date(cell);
  return target.empty() ? msg::import_date_invalid(cell) : std::string();
}

// The columns of unit lists (export and import template).
const std::vector<ImportColumn<UnitRow>>& unit_import_columns() {
  using C = ImportColumn<UnitRow>;
  static const std::vector<C> cols = {
      C{"code", msg::kColUnitCode, {}, 1, [](const std::string& c, UnitRow& r) { r.unit.code = c; return std::string(); }},
      C{"name", msg::kColUnitNameFull, {}, 2,
        [](const std::string& c, UnitRow& r) { r.unit.name = c; return std::string(); }},
      C{"short_name", msg::kColUnitShortName, {}, 0,
        [](const std::string& c, UnitRow& r) { r.unit.short_name = c; return std::string(); }},
      C{"kind", msg::kColUnitKind, {}, 0,
        [](const std::string& c, UnitRow& r) {
          if (c.empty()) return std::string();
          auto kind = core::parse_unit_kind(c);
          if (!kind) return msg::import_unit_kind_invalid(c);
          r.unit.kind = *kind;
          return std::string();
        }},
      C{"parent_code", msg::kColParentCode, {}, 0,
        [](const std::string& c, UnitRow& r) { r.parent_code = c; return std::string(); }},
      C{"host_agency", msg::kColHostAgency, {"co quan chu quan"}, 0,
        [](const std::string& c, UnitRow& r) { r.unit.host_agency = c; return std::string(); }},
      C{"valid_from", msg::kColValidFrom, {}, 0,
        [](const std::string& c, UnitRow& r) { return read_date(c, r.unit.valid_from); }},
      C{"valid_to", msg::kColValidTo, {}, 0,
        [](const std::string& c, UnitRow& r) { return read_date(c, r.unit.valid_to); }},
      C{"successor_code", msg::kColSuccessorCode, {}, 0,
        [](const std::string& c, UnitRow& r) { r.successor_code = c; return std::string(); }},
  };
  return cols;
}

// The units kind of the import pipeline: a row's parent is an existing unit
// or one of an earlier row; successors are linked once every row is written.
class UnitsChecker final : public ImportChecker {
 public:
  std::vector<std::string> template_example() const override { return msg::units_template_example(); }
  UnitsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    if (!columns_.bind(header)) return core::make_error(core::errc::kValidation, msg::kUnitsImportHeadingsMissing);
    auto existing = store::list_units(conn, {"/"});
    if (!existing.ok()) return existing.error();
    existing_ = std::move(*existing);
    for (const auto& u : existing_) by_code_[u.code] = &u;
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection&, const std::vector<SourceRow>& rows) override {
    std::vector<CheckedRow> out;
    out.reserve(rows.size());
    last_.clear();
    for (const auto& source : rows) {
      CheckedRow checked;
      checked.row = source.row;
      UnitRow ur = check_row(source, checked);
      checked.values = to_json(ur.unit).as_object();
      checked.values.erase("id");
      checked.values.erase("version");
      checked.values.erase("successor_id");
      checked.values["parent_code"] = ur.parent_code;
      checked.values["successor_code"] = ur.successor_code;
      last_.push_back({checked.row, std::move(ur)});
      out.push_back(std::move(checked));
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn, std::vector<CheckedRow>&) override {
    const auto now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& [line, row] : last_) {
      if (!row.parent_code.empty()) {
        auto parent = id_of(conn, row.parent_code);
        if (!parent.ok()) return parent.error();
        row.unit.parent_id = *parent;
      }
      auto stored = store::insert_unit(conn, row.unit, now);
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(line, stored.error().message));
      }
      ids_[stored->code] = stored->id;
      if (!row.successor_code.empty()) successors_.emplace_back(stored->id, row.successor_code);
      THIDUA_TRY(record_audit(conn, services_, &actor_, *meta_,
                              {"unit.import", "unit", std::to_string(stored->id), std::nullopt, to_json(*stored)}));
      ++n;
    }
    return n;
  }

  // Successors may name units of later rows: linked once all exist.
  core::Status finish_writes(store::Connection& conn) override {
    for (const auto& [id, code] : successors_) {
      auto succ = id_of(conn, code);
      if (!succ.ok()) return succ.error();
      auto r = conn.exec("UPDATE units SET successor_id = ? WHERE id = ?", {*succ, id});
      if (!r.ok()) return r.error();
    }
    return {};
  }

 private:
  core::Result<int64_t> id_of(store::Connection& conn, const std::string& code) {
    if (auto it = ids_.find(code); it != ids_.end()) return it->second;
    auto u = store::find_unit_by_code(conn, code);
    if (!u.ok()) return u.error();
    if (!u->has_value()) return not_found(msg::what_unit_with_code(code));
    return (*u)->id;
  }

  // The row's cells through the columns, then the unit's own rules, the codes
  // (new, parent, successor: existing units or earlier rows) and the actor's
  // right to add units under the parent.
  UnitRow check_row(const SourceRow& source, CheckedRow& checked) {
    UnitRow ur;
    columns_.read(source, ur, checked);
    const core::Unit& u = ur.unit;
    if (auto st = core::validate_unit(u); !st.ok()) {
      const auto& e = st.error();
      const bool own_column = e.field == "name" || e.field == "valid_from" || e.field == "valid_to";
      columns_.issue(checked, own_column ? e.field : "code", e.message);
    }
    if (!u.code.empty() && (by_code_.count(u.code) || new_codes_.count(u.code))) {
      columns_.issue(checked, "code", msg::import_unit_code_exists(u.code));
    }
    std::string scope_path;
    if (ur.parent_code.empty()) {
      if (!actor_.system) columns_.issue(checked, "parent_code", msg::kImportParentCodeMissing);
    } else if (auto it = by_code_.find(ur.parent_code); it != by_code_.end()) {
      scope_path = it->second->path;
    } else if (auto nt = new_codes_.find(ur.parent_code); nt != new_codes_.end()) {
      scope_path = nt->second;
    } else {
      columns_.issue(checked, "parent_code", msg::import_no_parent_with_code(ur.parent_code));
    }
    if (!scope_path.empty() && !permits(actor_, core::Action::kEditOrg, scope_path)) {
      columns_.issue(checked, "parent_code", msg::import_units_forbidden_in(ur.parent_code));
    }
    // A successor of another agency (or part the actor does not keep) is
    // answered as one that does not exist.
    const auto successor = by_code_.find(ur.successor_code);
    const bool known_successor =
        (successor != by_code_.end() && permits(actor_, core::Action::kEditOrg, successor->second->path)) ||
        new_codes_.count(ur.successor_code);
    if (!ur.successor_code.empty() && !known_successor) {
      columns_.issue(checked, "successor_code", msg::import_no_successor_with_code(ur.successor_code));
    }
    if (!u.code.empty()) new_codes_.emplace(u.code, scope_path.empty() ? "/" : scope_path);
    return ur;
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  ImportColumns<UnitRow> columns_{unit_import_columns()};
  std::vector<core::Unit> existing_;
  std::map<std::string, const core::Unit*> by_code_;
  // Codes defined by earlier rows, with the path of the existing unit whose
  // subtree will hold them (for the permission check).
  std::map<std::string, std::string> new_codes_;
  std::vector<std::pair<int, UnitRow>> last_;  // the chunk's rows: line, row
  std::map<std::string, int64_t> ids_;
  std::vector<std::pair<int64_t, std::string>> successors_;
};

}  // namespace

const std::vector<ListColumn>& unit_list_columns() {
  static const std::vector<ListColumn> cols = list_columns_of(unit_import_columns());
  return cols;
}

const std::vector<std::string>& unit_columns() {
  static const std::vector<std::string> headings = headings_of(unit_list_columns());
  return headings;
}

core::Result<ImportSummary> stage_units_import(const Services& services, const core::Actor& actor,
                                               std::string_view bytes, const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
  UnitsChecker checker(services, actor, nullptr);
  return stage_import(services, actor.user_id, "units", checker, bytes, filename);
}

core::Result<ImportPage> units_import_page(const Services& services, const core::Actor& actor,
                                           const std::string& token, bool only_problems, int page, int page_size) {
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
  return import_page(services, actor.user_id, "units", token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_units_import(const Services& services, const core::Actor& actor,
                                           const std::string& token, const RequestMeta& meta) {
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionImportUnits);
  UnitsChecker checker(services, actor, &meta);
  return confirm_import(services, actor.user_id, "units", token, checker);
}

core::Result<std::string> units_import_template() {
  return io::write_xlsx_bytes(unit_columns(),
                              {msg::units_template_example()}, msg::kUnitsTemplateSheet);
}

}  // namespace thidua::app
