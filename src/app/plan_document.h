// A campaign's plan (kế hoạch) as an administrative document in the Decree
// 30/2020 layout, ready for docs::write_pdf / docs::write_docx. Every section,
// label and line comes from the campaign's data, in the order issued.
#pragma once

#include <string>

#include "core/campaign.h"
#include "docs/document.h"

namespace thidua::app {

// The header's two agency lines are the campaign's own (governing_body,
// issuing_body: names as they stood when the plan was issued). A plan not
// published yet (no number) is marked "DỰ THẢO".
docs::AdministrativeDocument plan_document(const core::Campaign& campaign);

}  // namespace thidua::app
