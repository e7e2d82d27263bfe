#include "app/document_header.h"

#include "store/reorganisations.h"

namespace thidua::app {

core::Status use_header_on(store::Connection& conn, core::Campaign& c, const std::string& date) {
  auto h = store::header_at(conn, c.issuing_unit_id, date);
  if (!h.ok()) return h.error();
  if (!h->has_value()) return {};
  c.governing_body = (*h)->governing_body;
  c.issuing_body = (*h)->issuing_body;
  c.place = (*h)->place;
  return {};
}

core::Result<Issuer> issuer_on(store::Connection& conn, const core::Campaign& c, const std::string& date) {
  auto unit = store::issuer_at(conn, c.issuing_unit_id, date);
  if (!unit.ok()) return unit.error();
  auto h = store::header_at(conn, c.issuing_unit_id, date);
  if (!h.ok()) return h.error();
  Issuer out;
  if (h->has_value() && !(*h)->symbol.empty()) {
    out.unit_id = *unit;
    out.symbol = (*h)->symbol;
  } else {
    // Without an abbreviation of its own the agency carrying on the work
    // would number under the plan's ("QĐ-STNMT") in its own register, which
    // may have given those numbers already: the plan's unit keeps issuing.
    out.unit_id = c.issuing_unit_id;
    out.symbol = agency_symbol(c.doc_symbol);
  }
  return out;
}

std::string agency_symbol(const std::string& plan_symbol) {
  const auto dash = plan_symbol.find('-');
  return dash == std::string::npos ? plan_symbol : plan_symbol.substr(dash + 1);
}

}  // namespace thidua::app
