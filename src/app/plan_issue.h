// A campaign plan (Kế hoạch) as issued: once published, its PDF is signed by
// the leader who approved it (the signer the plan names) and by the issuing
// agency, when both have
// signing material (app/document_signing.h), and kept; every download (the
// office's and the public's) then returns the same bytes.
#pragma once

#include <optional>
#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/issued_document.h"
#include "core/result.h"

namespace thidua::app {

// The account of the leader who last approved the plan (the campaign's
// events): who signs the documents issued under the plan's signature block.
// nullopt when none is recorded (a plan stored as is, approved by the CLI).
core::Result<std::optional<int64_t>> plan_approver(const Services& services, int64_t campaign_id);

// The signed plan as stored, signing it now when it is published and not yet
// signed (signed_document; the signer is who last approved it, from the
// campaign's events). nullopt while unpublished or without signing material.
// `actor` is who asked (null for the public pages). The caller has checked
// that the plan may be read.
core::Result<std::optional<core::IssuedDocument>> signed_plan_pdf(const Services& services, const core::Actor* actor,
                                                                 const RequestMeta& meta, const core::Campaign& plan);

// Writes the plan's PDF at `path`: the signed file when there is one, else
// drawn (a signing that fails is logged and the plan drawn unsigned,
// write_issued_pdf).
core::Status write_plan_pdf(const Services& services, const core::Actor* actor, const RequestMeta& meta,
                            const core::Campaign& plan, const std::string& path);

}  // namespace thidua::app
