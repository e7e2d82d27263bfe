// Use cases of the council's encrypted secret ballot (issue 8;
// docs/architecture.md "Secret ballot"): opening with a counting committee
// (Ban kiểm phiếu), each committee member drawing a share of the election
// key, recusals, casting encrypted ballots, the close with the shares, and
// the published record anyone on the session can verify.
//
// What stays secret: the server stores a member's ballot only as ElGamal
// ciphertexts under a key whose secret is the sum of the committee's shares;
// a share is shown once to its holder and never stored, logged or audited;
// the close combines the shares in memory, decrypts only the totals, and
// forgets the secret. Residual trust: whoever holds every share together with
// the database can decrypt single ballots; the running server sees a ballot
// as it is cast.
//
// Who may do what: the session's preparers (kReviewNominations on the issuing
// unit) open the ballot, name and rename the committee, and declare
// recusals; committee members draw their own shares; active present members
// vote on items they are not recused from; preparers or the council's chair
// close, with every committee member's share.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/ballot_record.h"
#include "core/result.h"

namespace thidua::app {

// Opens the ballot (planned → keying): adds newly accepted nominations,
// refuses with kValidation when there is no item, nobody present, the quorum
// of any item's rule is not met (core::count_votes over the active members),
// or the committee is not 2 or 3 distinct present members (field
// "committee"). Records a 'nominee' recusal for each present member who is
// the person nominated on an item. Audited with the committee's member ids.
core::Status open_session_ballot(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t session_id, const std::vector<int64_t>& committee_member_ids,
                                 const RequestMeta& meta);

// keying → planned, to name another committee (a member lost the code before
// voting began). Preparers only. Audited.
core::Status cancel_keying(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t session_id, const RequestMeta& meta);

// The actor, a committee member of a keying session, draws their share: a
// fresh random seed whose public point is stored. Returns the share code
// (core::ballot::format_share_code) to show once; it is stored nowhere.
// When the last member has drawn, the election key (the sum of the points)
// is stored and voting opens. kForbidden off the committee; kConflict when
// already drawn or not keying. Audited without the code.
core::Result<std::string> draw_committee_share(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t session_id, const RequestMeta& meta);

// Marks member `member_id` as not voting on item `item_id` for a conflict of
// interest (kind 'declared', `reason` required, at most 300 characters), or
// removes such a mark (`declared` false). Preparers, while planned or keying.
// Audited.
core::Status set_declared_recusal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                  int64_t session_id, int64_t item_id, int64_t member_id, bool declared,
                                  const std::string& reason, const RequestMeta& meta);

struct VoteInput {
  int64_t item_id = 0;
  core::ballot::Option choice = core::ballot::kAgree;
};
struct CastBallot {
  int64_t item_id = 0;
  std::string tracker;  // hex; the member's receipt (mã theo dõi phiếu)
};
// The actor's ballots on some or all items, encrypted under the session's
// election key, in one transaction: all stored or none. kForbidden unless an
// active, present member; kConflict when the ballot is not open or an item
// was already voted on ("Đồng chí đã bỏ phiếu cho đề nghị này"); kValidation
// for an unknown, repeated or recused item. Audited as "ballot.cast" with the
// number of ballots only. Returns the trackers by item.
core::Result<std::vector<CastBallot>> cast_votes(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, int64_t session_id,
                                                 const std::vector<VoteInput>& votes, const RequestMeta& meta);

struct CloseReport {
  bool scrubbed = true;    // the engine's traces of the emptied box were removed (store::scrub_after_close)
  std::string scrub_error; // why not, for the server's log
};
// Closes the ballot with the committee's shares (member id → share code, as
// typed). Every share is checked against its stored point before anything
// is decrypted; a missing, mistyped or wrong share fails with kValidation
// (field "shares") naming the member, and the session stays open. Then each
// ballot's proofs are checked (a failing one counts as invalid), the valid
// ballots are added up per item and option, only the totals are decrypted
// with their proofs, each item is counted under its award type's rule
// (recused members leave the base where the rule says so), the ballots are
// published in tracker order and the nominations move to passed/failed.
// The secret is wiped from memory before returning. Audited with the counts.
core::Result<CloseReport> close_session_ballot(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t session_id,
                                               const std::map<int64_t, std::string>& shares,
                                               const RequestMeta& meta);

// The published record of a closed session and its verification (whoever
// may see the session). kConflict before the close.
struct BallotRecordView {
  core::ballot::PublishedRecord record;
  core::ballot::RecordCheck check;
};
core::Result<BallotRecordView> ballot_record(const Services& services, const core::Actor& actor,
                                             int64_t campaign_id, int64_t session_id);

// The same without an actor, for the operator's `thidua ballot verify`:
// kNotFound for an unknown session, kConflict before the close.
core::Result<core::ballot::PublishedRecord> load_ballot_record(store::Connection& conn, int64_t session_id);

// Removes data_dir/ballot.key, the HMAC secret of the receipts of the design
// before migration 080, overwriting it first. True when a file was removed.
bool retire_old_ballot_key(const std::string& data_dir);

}  // namespace thidua::app
