// The minutes of a council session (biên bản họp Hội đồng Thi đua – Khen
// thưởng) as an administrative document in the Decree 30/2020 layout, for
// docs::write_pdf / docs::write_docx: time and place, members present and
// absent, each nomination's count against its threshold and outcome, the
// signatures of the secretary and the chair (legal.md §3).
#pragma once

#include <optional>
#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/issued_document.h"
#include "core/result.h"
#include "docs/document.h"
#include "app/council.h"

namespace thidua::app {

// Pure: the document of a closed session (`view.session.state == core::SessionState::kClosed`).
docs::AdministrativeDocument minutes_document(const core::Campaign& campaign, const SessionView& view);

// The minutes of session `session_id` for an actor who may see it (as
// get_session); kConflict until the ballot is closed.
core::Result<docs::AdministrativeDocument> session_minutes(const Services& services, const core::Actor& actor,
                                                           int64_t campaign_id, int64_t session_id);

// The minutes as issued (signed once, app/document_signing.h): the signer is
// the chair (their account), the agency the council's. nullopt until the
// ballot is closed, or when the chair or the agency has no signing material.
// `actor` is who asked; the caller has checked that they may read the
// session (or is closing it).
core::Result<std::optional<core::IssuedDocument>> signed_minutes_pdf(const Services& services, const core::Actor* actor,
                                                                    const RequestMeta& meta, int64_t campaign_id,
                                                                    int64_t session_id);

// Writes the minutes' PDF at `path` for an actor who may see the session:
// the signed file when there is one, else drawn. kConflict until the close.
core::Status write_minutes_pdf(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                               int64_t campaign_id, int64_t session_id, const std::string& path);

}  // namespace thidua::app
