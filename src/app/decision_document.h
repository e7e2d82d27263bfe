// A decision (Quyết định) or a proposal (Tờ trình) of awards as an
// administrative document in the Decree 30/2020 layout, ready for
// docs::write_pdf / docs::write_docx, and the numbering helpers it shares
// with the decisions' use cases. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/campaign.h"
#include "docs/document.h"
#include "store/decisions.h"

namespace thidua::app {

// "QĐ" of "QĐ-STNMT": the register a symbol's documents are numbered in.
std::string document_type_of(const std::string& symbol);

// "05/QĐ-STNMT": numbers below 10 take a leading zero (legal.md §5).
std::string document_number_symbol(int64_t number, const std::string& symbol);

// The header (the campaign's agency lines), number and place/date (blank
// while a draft), type and summary; for a decision the deciding authority,
// the "Căn cứ" lines (the documents the plan implements, then the plan), the
// articles with the list as a table (No., name, position and unit, the first
// line of the achievement report); for a proposal "Kính gửi", the request and
// the list; recipients and the signer of the decision.
docs::AdministrativeDocument decision_document(const core::Campaign& campaign, const core::DecisionRecord& d,
                                               const std::vector<core::NomineeRow>& list);

}  // namespace thidua::app
