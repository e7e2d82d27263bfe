// A campaign's plan (kế hoạch) as an administrative document in the Decree
// 30/2020 layout, ready for docs::write_pdf / docs::write_docx. Every section,
// label and line comes from the campaign's data, in the order issued.
#pragma once

#include <string>

#include "core/campaign.h"
#include "docs/document.h"

namespace thidua::app {

// `governing_body` and `issuing_body` are the header's two agency lines
// ("UBND TỈNH BẮC GIANG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), as they stood when
// the plan was issued (names change; the document keeps the old one).
docs::AdministrativeDocument plan_document(const core::Campaign& campaign, const std::string& governing_body,
                                           const std::string& issuing_body);

}  // namespace thidua::app
