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

// "18/4/2023" of "2023-04-18", as the documents cite dates; "" when not a date.
std::string short_date(const std::string& iso);

// "Kế hoạch số 07/KH-STNMT ngày 12/6/2023 về việc phát động …": the plan as the
// documents issued under it cite it (no number while a draft).
std::string plan_citation(const core::Campaign& c);

// The header (the campaign's agency lines), number and place/date (blank
// while a draft), type and summary; for a decision the deciding authority,
// the "Căn cứ" lines (the law and decrees of the award type's legal basis,
// the documents the plan implements, then the plan) and the articles; for a
// proposal "Kính gửi" and the request; recipients and the signer. The list
// ("có danh sách kèm theo") is the document's attachment, on its own pages
// after the signature: "DANH SÁCH", what it lists, "(Kèm theo Quyết định số
// … ngày …)", then the collectives and the individuals, each numbered from 1
// (No., name, position and unit for a person, the first line of the
// achievement report).
// The list on its own pages after the signature (legal.md §5): "DANH SÁCH",
// what it lists (`award`), "(Kèm theo Quyết định/Tờ trình số … ngày …)" of
// `d`, then the collectives and the individuals, each numbered from 1.
docs::Attachment award_list(bool decision, const core::DecisionRecord& d, const std::string& award,
                            const std::vector<core::NomineeRow>& list);

docs::AdministrativeDocument decision_document(const core::Campaign& campaign, const core::DecisionRecord& d,
                                               const std::vector<core::NomineeRow>& list);

}  // namespace thidua::app
