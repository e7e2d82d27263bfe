#include "store/certificate_blanks.h"

#include <boost/json.hpp>

#include "core/messages_vi/certificate_blanks.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

const char* kColumns =
    "b.id, b.unit_id, u.name, u.path, b.name, b.layout_json, b.version, b.updated_at "
    "FROM certificate_blanks b JOIN units u ON u.id = b.unit_id";

core::Result<core::CertificateBlank> blank_of(const Row& r) {
  core::CertificateBlank b;
  b.id = r.i64(0);
  b.unit_id = r.i64(1);
  b.unit_name = r.str(2);
  b.unit_path = r.str(3);
  b.name = r.str(4);
  auto layout = decode_blank_layout(r.str(5));
  if (!layout.ok()) return layout.error();
  b.layout = *layout;
  b.version = r.i64(6);
  b.updated_at = r.str(7);
  return b;
}

// Reads member `key` of `o` into `into` when present; false when it is of the wrong type.
bool read_number(const json::object& o, const char* key, double& into) {
  auto it = o.find(key);
  if (it == o.end()) return true;
  if (it->value().is_double()) into = it->value().as_double();
  else if (it->value().is_int64()) into = static_cast<double>(it->value().as_int64());
  else if (it->value().is_uint64()) into = static_cast<double>(it->value().as_uint64());
  else return false;
  return true;
}

bool read_bool(const json::object& o, const char* key, bool& into) {
  auto it = o.find(key);
  if (it == o.end()) return true;
  if (!it->value().is_bool()) return false;
  into = it->value().as_bool();
  return true;
}

core::Error wrong(const std::string& field) {
  return core::make_error(core::errc::kValidation, msg::blank_member_invalid(field), field);
}

}  // namespace

std::string encode_blank_layout(const core::BlankLayout& l) {
  json::object boxes;
  for (core::BlankField f : core::kBlankFields) {
    const core::FieldBox& b = l.box(f);
    boxes[core::blank_field_code(f)] = json::object{{"printed", b.printed},   {"x_mm", b.x_mm},
                                                    {"y_mm", b.y_mm},         {"width_mm", b.width_mm},
                                                    {"size_pt", b.size_pt},   {"bold", b.bold},
                                                    {"centered", b.centered}};
  }
  return json::serialize(json::object{{"page_width_mm", l.page_width_mm},
                                      {"page_height_mm", l.page_height_mm},
                                      {"offset_x_mm", l.offset_x_mm},
                                      {"offset_y_mm", l.offset_y_mm},
                                      {"boxes", boxes}});
}

core::Result<core::BlankLayout> decode_blank_layout(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return core::make_error(core::errc::kValidation, msg::kBlankLayoutInvalid, "layout");
  const json::object& o = v.as_object();
  core::BlankLayout l = core::default_blank_layout();
  for (const auto& [key, into] : {std::pair<const char*, double*>{"page_width_mm", &l.page_width_mm},
                                  {"page_height_mm", &l.page_height_mm},
                                  {"offset_x_mm", &l.offset_x_mm},
                                  {"offset_y_mm", &l.offset_y_mm}}) {
    if (!read_number(o, key, *into)) return wrong(key);
  }
  auto it = o.find("boxes");
  if (it == o.end()) return l;
  if (!it->value().is_object()) return wrong("boxes");
  for (core::BlankField f : core::kBlankFields) {
    const std::string code(core::blank_field_code(f));
    auto box = it->value().as_object().find(code);
    if (box == it->value().as_object().end()) continue;
    if (!box->value().is_object()) return wrong(code);
    const json::object& bo = box->value().as_object();
    core::FieldBox& b = l.box(f);
    for (const auto& [key, into] : {std::pair<const char*, double*>{"x_mm", &b.x_mm},
                                    {"y_mm", &b.y_mm},
                                    {"width_mm", &b.width_mm},
                                    {"size_pt", &b.size_pt}}) {
      if (!read_number(bo, key, *into)) return wrong(code + "." + key);
    }
    for (const auto& [key, into] : {std::pair<const char*, bool*>{"printed", &b.printed},
                                    {"bold", &b.bold},
                                    {"centered", &b.centered}}) {
      if (!read_bool(bo, key, *into)) return wrong(code + "." + key);
    }
  }
  return l;
}

core::Result<std::vector<core::CertificateBlank>> list_certificate_blanks(Connection& conn,
                                                                         const std::vector<std::string>& scope_paths,
                                                                         int64_t limit) {
  std::vector<core::CertificateBlank> out;
  if (scope_paths.empty()) return out;
  Params params;
  const std::string where = scope_condition("u.path", scope_paths, params);
  params.emplace_back(limit);
  auto rows = conn.query(std::string("SELECT ") + kColumns + " WHERE " + where + " ORDER BY u.name, b.id LIMIT ?",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) {
    auto b = blank_of(r);
    if (!b.ok()) return b.error();
    out.push_back(std::move(*b));
  }
  return out;
}

core::Result<std::optional<core::CertificateBlank>> find_certificate_blank(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " WHERE b.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::CertificateBlank>();
  auto b = blank_of((*rows)[0]);
  if (!b.ok()) return b.error();
  return std::optional<core::CertificateBlank>(std::move(*b));
}

core::Result<int64_t> insert_certificate_blank(Connection& conn, const core::CertificateBlank& b,
                                               std::optional<int64_t> by, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO certificate_blanks (unit_id, name, layout_json, version, updated_by, updated_at) "
      "VALUES (?, ?, ?, 1, ?, ?) RETURNING id",
      {b.unit_id, b.name, encode_blank_layout(b.layout), opt(by), now});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Status update_certificate_blank(Connection& conn, const core::CertificateBlank& b, int64_t expected_version,
                                      std::optional<int64_t> by, const std::string& now) {
  auto changed = conn.exec(
      "UPDATE certificate_blanks SET name = ?, layout_json = ?, version = version + 1, updated_by = ?, "
      "updated_at = ? WHERE id = ? AND version = ?",
      {b.name, encode_blank_layout(b.layout), opt(by), now, b.id, expected_version});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return core::make_error(core::errc::kConflict, msg::kBlankStale, "version");
  return {};
}

}  // namespace thidua::store
