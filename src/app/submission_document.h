// The decision of a receiving agency on a proposal sent to it
// (app/submissions.h), in the layout of Decree 30/2020/NĐ-CP: the
// receiver's header lines in force on the decision's date, its number and
// date, "QUYẾT ĐỊNH Về việc tặng …", its authority, the grounds (the award
// type's legal basis), "Xét đề nghị của <sender> tại Tờ trình số … và kết
// luận của Hội đồng … ngày …", the articles, the signer, and the list of the
// nominees the council agreed to on its own pages.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/decision.h"
#include "core/reorganisation.h"
#include "core/result.h"
#include "core/submission.h"
#include "docs/document.h"

namespace thidua::app {

// What the document says. `header` may be empty (no header lines recorded
// for the receiver): the issuing line is then the receiver's name in capitals
// and the place is left out.
struct ReceiverDecision {
  core::SubmissionRecord submission;  // decided, with its number
  core::AgencyHeader header;
  std::string receiver_name;
  std::string authority;        // "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"
  std::string legal_basis;      // the award type's legal citation
  std::string campaign_title;   // the sender's campaign
  std::vector<core::NomineeRow> agreed;
};
docs::AdministrativeDocument receiver_decision_document(const ReceiverDecision& r);

// The document of a decided submission with a decision, for either side
// (as get_submission), in the words kept when it was issued (authority,
// grounds, campaign, the header lines the receiving agency set for its
// decisions: core::ReceivingSettings), else the receiver's header lines in
// force on its date:
// kConflict (field "state") before the decision or when it granted nobody
// (no number was taken).
core::Result<docs::AdministrativeDocument> receiver_decision(const Services& services, const core::Actor& actor,
                                                             int64_t submission_id);

}  // namespace thidua::app
