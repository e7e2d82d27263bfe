#include "app/import_units.h"

#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_people.h"
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

struct UnitImportRow {
  int row = 0;
  core::Unit unit;
  std::string parent_code;
  std::string successor_code;
  bool ok = true;
};

// The units kind of the import pipeline: a row's parent is an existing unit
// or one of an earlier row; successors are linked once every row is written.
class UnitsChecker final : public ImportChecker {
 public:
  UnitsChecker(const Services& services, const core::Actor& actor, const RequestMeta* meta)
      : services_(services), actor_(actor), meta_(meta) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    header_ = header;
    col_ = columns_of(header, headings());
    if (!col_.count(Col::kCode) || !col_.count(Col::kName)) {
      return core::make_error(core::errc::kValidation, msg::kUnitsImportHeadingsMissing);
    }
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
      UnitImportRow ur = check_row(source, checked);
      checked.row = ur.row;
      checked.ok = ur.ok;
      checked.values = to_json(ur.unit).as_object();
      checked.values.erase("id");
      checked.values.erase("version");
      checked.values.erase("successor_id");
      checked.values["parent_code"] = ur.parent_code;
      checked.values["successor_code"] = ur.successor_code;
      out.push_back(std::move(checked));
      last_.push_back(std::move(ur));
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn) override {
    const auto now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& row : last_) {
      if (!row.parent_code.empty()) {
        auto parent = id_of(conn, row.parent_code);
        if (!parent.ok()) return parent.error();
        row.unit.parent_id = *parent;
      }
      auto stored = store::insert_unit(conn, row.unit, now);
      if (!stored.ok()) {
        return core::make_error(stored.error().code, msg::import_row_failed(row.row, stored.error().message));
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

  UnitImportRow check_row(const SourceRow& source, CheckedRow& checked) {
    const auto& row = source.cells;
    const int line = source.row;
    UnitImportRow ur;
    ur.row = line;
    auto cell = [&](Col c) {
      auto it = col_.find(c);
      return it == col_.end() ? std::string() : row[it->second];
    };
    auto issue = [&](Col c, std::string text) {
      checked.issues.push_back({line, col_.count(c) ? header_[col_[c]] : std::string(), std::move(text)});
      ur.ok = false;
    };
    core::Unit& u = ur.unit;
    u.code = cell(Col::kCode);
    u.name = cell(Col::kName);
    u.short_name = cell(Col::kShort);
    u.host_agency = cell(Col::kHost);
    if (auto k = cell(Col::kKind); !k.empty()) {
      auto kind = core::parse_unit_kind(k);
      if (!kind) issue(Col::kKind, msg::import_unit_kind_invalid(k));
      else u.kind = *kind;
    }
    for (auto [c, target] : {std::pair{Col::kFrom, &u.valid_from}, std::pair{Col::kTo, &u.valid_to}}) {
      std::string raw = cell(c);
      if (raw.empty()) continue;
      *target = parse_vietnamese_date(raw);
      if (target->empty()) issue(c, msg::import_date_invalid(raw));
    }
    if (auto st = core::validate_unit(u); !st.ok()) {
      const auto& e = st.error();
      issue(e.field == "name" ? Col::kName : e.field == "valid_from" ? Col::kFrom
            : e.field == "valid_to" ? Col::kTo : Col::kCode, e.message);
    }
    if (!u.code.empty() && (by_code_.count(u.code) || new_codes_.count(u.code))) {
      issue(Col::kCode, msg::import_unit_code_exists(u.code));
    }
    ur.parent_code = cell(Col::kParent);
    std::string scope_path;
    if (ur.parent_code.empty()) {
      if (!actor_.system) issue(Col::kParent, msg::kImportParentCodeMissing);
    } else if (auto it = by_code_.find(ur.parent_code); it != by_code_.end()) {
      scope_path = it->second->path;
    } else if (auto nt = new_codes_.find(ur.parent_code); nt != new_codes_.end()) {
      scope_path = nt->second;
    } else {
      issue(Col::kParent, msg::import_no_parent_with_code(ur.parent_code));
    }
    if (!scope_path.empty() && !permits(actor_, core::Action::kEditOrg, scope_path)) {
      issue(Col::kParent, msg::import_units_forbidden_in(ur.parent_code));
    }
    ur.successor_code = cell(Col::kSuccessor);
    if (!ur.successor_code.empty() && !by_code_.count(ur.successor_code) && !new_codes_.count(ur.successor_code)) {
      issue(Col::kSuccessor, msg::import_no_successor_with_code(ur.successor_code));
    }
    if (!u.code.empty()) new_codes_.emplace(u.code, scope_path.empty() ? "/" : scope_path);
    return ur;
  }

  const Services& services_;
  const core::Actor& actor_;
  const RequestMeta* meta_;  // set for a confirmation
  std::vector<std::string> header_;
  std::map<Col, size_t> col_;
  std::vector<core::Unit> existing_;
  std::map<std::string, const core::Unit*> by_code_;
  // Codes defined by earlier rows, with the path of the existing unit whose
  // subtree will hold them (for the permission check).
  std::map<std::string, std::string> new_codes_;
  std::vector<UnitImportRow> last_;
  std::map<std::string, int64_t> ids_;
  std::vector<std::pair<int64_t, std::string>> successors_;
};

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
