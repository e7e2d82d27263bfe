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

}  // namespace thidua::app
