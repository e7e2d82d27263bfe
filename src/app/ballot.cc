#include "app/ballot.h"

#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/minutes_document.h"
#include "app/document_signing.h"
#include "app/clock.h"
#include "app/council_access.h"
#include "app/crypto.h"
#include "app/decision_document.h"
#include "core/ballot_crypto.h"
#include "core/messages_vi/ballot.h"
#include "core/messages_vi/council.h"
#include "core/messages_vi/documents.h"
#include "core/text_fields.h"
#include "core/utf8.h"
#include "store/ballot.h"
#include "store/council.h"
#include "store/document_registers.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace ballot = core::ballot;

namespace {
namespace json = boost::json;

core::Error conflict(std::string message) { return core::make_error(core::errc::kConflict, std::move(message)); }

// Wipes secrets from memory when it goes out of scope.
template <class T>
struct Wipe {
  T& secret;
  ~Wipe() { sodium_memzero(secret.data(), secret.size() * sizeof(secret[0])); }
};

struct Presence {
  int total = 0;    // active members
  int present = 0;  // active members marked present
  std::set<int64_t> present_ids;
};

core::Result<Presence> presence(store::Connection& conn, const core::CouncilSession& s) {
  auto attendance = store::session_attendance(conn, s.id, s.council_id);
  if (!attendance.ok()) return attendance.error();
  Presence p;
  for (const auto& a : *attendance) {
    if (!a.member.active) continue;
    ++p.total;
    if (a.present) {
      ++p.present;
      p.present_ids.insert(a.member.id);
    }
  }
  return p;
}

}  // namespace

core::Status open_session_ballot(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t session_id, const std::vector<int64_t>& committee_member_ids,
                                 const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_prepare) return forbidden(msg::kActOpenBallot);
  if (access->session.state != core::SessionState::kPlanned) return conflict(msg::kSessionAlreadyOpened);
  const std::set<int64_t> committee(committee_member_ids.begin(), committee_member_ids.end());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto planned = store::lock_session_in_state(*conn, session_id, core::SessionState::kPlanned);
    if (!planned.ok()) return planned.error();
    if (!*planned) return conflict(msg::kSessionAlreadyOpened);
    auto added = store::add_pending_items(*conn, session_id, campaign_id);
    if (!added.ok()) return added.error();
    auto items = store::session_items(*conn, session_id);
    if (!items.ok()) return items.error();
    if (items->empty()) return invalid_field(msg::kBallotNoAcceptedNomination, "items");
    auto p = presence(*conn, access->session);
    if (!p.ok()) return p.error();
    if (p->present == 0) return invalid_field(msg::kBallotNobodyPresent, "present");
    // The quorum of each item's rule (legal.md §3), on the attendance.
    for (const auto& it : *items) {
      const core::VoteOutcome o = core::count_votes(it.rule, p->total, p->present, 0, 0, 0);
      if (!o.quorum_met) {
        return invalid_field(msg::ballot_quorum_not_met(o.required_present, p->total, p->present), "present");
      }
    }
    if (committee.size() != committee_member_ids.size() || committee.size() < 2 || committee.size() > 3) {
      return invalid_field(msg::kCommitteeSize, "committee");
    }
    for (int64_t id : committee) {
      if (!p->present_ids.count(id)) return invalid_field(msg::kCommitteeNotPresent, "committee");
    }
    THIDUA_TRY(store::start_keying(*conn, session_id, p->total, {committee.begin(), committee.end()}));
    // A member nominated on an item does not vote on it.
    auto nominees = store::nominee_members(*conn, session_id);
    if (!nominees.ok()) return nominees.error();
    json::array recused;
    for (const auto& [item_id, member_id] : *nominees) {
      auto added_recusal =
          store::insert_recusal(*conn, {item_id, member_id, "", core::RecusalKind::kNominee, msg::kRecusalNominee});
      if (!added_recusal.ok()) return added_recusal.error();
      recused.push_back(json::object{{"item_id", item_id}, {"member_id", member_id}});
    }
    json::array committee_json;
    for (int64_t id : committee) committee_json.push_back(id);
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.open", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"members_total", p->total},
                                                  {"members_present", p->present},
                                                  {"items", static_cast<int64_t>(items->size())},
                                                  {"committee_member_ids", committee_json},
                                                  {"nominee_recusals", recused}})});
  });
}

core::Status cancel_keying(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t session_id, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_prepare) return forbidden(msg::kActCancelKeying);
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto keying = store::lock_session_in_state(*conn, session_id, core::SessionState::kKeying);
    if (!keying.ok()) return keying.error();
    if (!*keying) return conflict(msg::kSessionNotKeying);
    THIDUA_TRY(store::cancel_keying(*conn, session_id));
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.cancel_keying", "council_session", std::to_string(session_id),
                         std::nullopt, std::nullopt});
  });
}

core::Result<std::string> draw_committee_share(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t session_id, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->me) return forbidden(msg::kActDrawShare);
  const int64_t member_id = access->me->id;
  {
    // Off the committee is a refusal whatever the session's state.
    auto seats = store::ballot_committee(*conn, session_id);
    if (!seats.ok()) return seats.error();
    if (std::none_of(seats->begin(), seats->end(), [&](const auto& seat) { return seat.member_id == member_id; })) {
      return forbidden(msg::kActDrawShare);
    }
  }
  const std::string now = iso_instant(services.clock.now());
  ballot::ShareSeed seed = ballot::random_share_seed();
  Wipe<ballot::ShareSeed> wipe_seed{seed};
  ballot::Scalar scalar = ballot::share_scalar(seed);
  Wipe<ballot::Scalar> wipe_scalar{scalar};
  const ballot::Point point = ballot::public_point(scalar);
  auto done = store::in_transaction(*conn, [&]() -> core::Status {
    auto keying = store::lock_session_in_state(*conn, session_id, core::SessionState::kKeying);
    if (!keying.ok()) return keying.error();
    if (!*keying) return conflict(msg::kSessionNotKeying);
    auto seats = store::ballot_committee(*conn, session_id);
    if (!seats.ok()) return seats.error();
    bool seated = false;
    for (const auto& seat : *seats) seated = seated || seat.member_id == member_id;
    if (!seated) return forbidden(msg::kActDrawShare);
    THIDUA_TRY(store::set_share_point(*conn, session_id, member_id, ballot::to_hex(point)));
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"ballot.share_drawn", "council_session", std::to_string(session_id), std::nullopt,
                             json::value(json::object{{"member_id", member_id}})}));
    // The last share opens the vote under the sum of the points.
    std::vector<ballot::Point> points;
    for (const auto& seat : *seats) {
      const std::string& hex = seat.member_id == member_id ? ballot::to_hex(point) : seat.share_point;
      if (hex.empty()) return {};
      auto p = ballot::from_hex32(hex);
      if (!p) return core::make_error(core::errc::kInternal, msg::kRecordBadKey);
      points.push_back(*p);
    }
    const ballot::Point key = ballot::combine_public(points);
    THIDUA_TRY(store::open_voting(*conn, session_id, ballot::to_hex(key), now));
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.voting", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"election_key", ballot::to_hex(key)}})});
  });
  if (!done.ok()) return done.error();
  return ballot::format_share_code(seed);
}

core::Status set_declared_recusal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                  int64_t session_id, int64_t item_id, int64_t member_id, bool declared,
                                  const std::string& reason_in, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_prepare) return forbidden(msg::kActDeclareRecusal);
  const std::string reason = core::trim_blanks(reason_in);
  if (declared && reason.empty()) return invalid_field(msg::kRecusalReasonEmpty, "reason");
  if (declared && core::utf8::length(reason) > 300) return invalid_field(msg::kRecusalReasonTooLong, "reason");
  auto items = store::session_items(*conn, session_id);
  if (!items.ok()) return items.error();
  if (std::none_of(items->begin(), items->end(), [&](const auto& it) { return it.id == item_id; })) {
    return invalid_field(msg::kBallotItemNotInSession, "item_id");
  }
  auto attendance = store::session_attendance(*conn, session_id, access->session.council_id);
  if (!attendance.ok()) return attendance.error();
  if (std::none_of(attendance->begin(), attendance->end(),
                   [&](const auto& a) { return a.member.id == member_id && a.member.active; })) {
    return invalid_field(msg::kSessionNotOnList, "member_id");
  }
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto planned = store::lock_session_in_state(*conn, session_id, core::SessionState::kPlanned);
    if (!planned.ok()) return planned.error();
    bool open = *planned;
    if (!open) {
      auto keying = store::lock_session_in_state(*conn, session_id, core::SessionState::kKeying);
      if (!keying.ok()) return keying.error();
      open = *keying;
    }
    if (!open) return conflict(msg::kRecusalOnlyBeforeVoting);
    if (declared) {
      auto added = store::insert_recusal(*conn, {item_id, member_id, "", core::RecusalKind::kDeclared, reason});
      if (!added.ok()) return added.error();
    } else {
      auto removed = store::delete_declared_recusal(*conn, item_id, member_id);
      if (!removed.ok()) return removed.error();
    }
    return record_audit(*conn, services, &actor, meta,
                        {declared ? "council_session.recusal" : "council_session.recusal_removed", "council_session",
                         std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"item_id", item_id}, {"member_id", member_id}, {"reason", reason}})});
  });
}

core::Result<std::vector<CastBallot>> cast_votes(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, int64_t session_id,
                                                 const std::vector<VoteInput>& votes, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->me) return forbidden(msg::kActVoteNotMember);
  const int64_t member_id = access->me->id;
  if (votes.empty()) return invalid_field(msg::kBallotNoChoice, "votes");
  const core::CouncilSession& s = access->session;
  if (s.state == core::SessionState::kClosed) return conflict(msg::kBallotClosed);
  if (s.state != core::SessionState::kVoting) return conflict(msg::kBallotNotOpen);
  auto key = ballot::from_hex32(s.election_key);
  if (!key) return core::make_error(core::errc::kInternal, msg::kRecordBadKey);
  auto items = store::session_items(*conn, session_id);
  if (!items.ok()) return items.error();
  auto recusals = store::session_recusals(*conn, session_id);
  if (!recusals.ok()) return recusals.error();
  std::set<int64_t> item_ids, recused;
  for (const auto& it : *items) item_ids.insert(it.id);
  for (const auto& r : *recusals) {
    if (r.member_id == member_id) recused.insert(r.item_id);
  }
  // Encrypted before the transaction, so that the write lock is held only
  // for the inserts. The key cannot change while the session is voting.
  struct Sealed {
    int64_t item_id;
    std::string tracker;
    std::string text;
  };
  std::vector<Sealed> sealed;
  std::set<int64_t> seen;
  for (const VoteInput& v : votes) {
    if (!item_ids.count(v.item_id)) return invalid_field(msg::kBallotItemNotInSession, "votes");
    if (!seen.insert(v.item_id).second) return invalid_field(msg::kBallotOneVotePerItem, "votes");
    if (recused.count(v.item_id)) return invalid_field(msg::kBallotRecused, "votes");
    sealed.push_back({v.item_id, "", ""});
  }
  // About 0.4 ms an item: a long ballot is sealed on two threads.
  auto seal = [&](size_t from, size_t step) {
    for (size_t i = from; i < sealed.size(); i += step) {
      const std::string context = ballot::ballot_context(session_id, sealed[i].item_id);
      auto b = ballot::encrypt_yes_no(*key, votes[i].choice == ballot::kAgree, context);
      if (!b) continue;  // left empty: refused below
      sealed[i].tracker = ballot::ballot_tracker(*b, context);
      sealed[i].text = ballot::serialize_ballot(*b);
    }
  };
  if (sealed.size() >= 8) {
    std::thread other(seal, 1, 2);
    seal(0, 2);
    other.join();
  } else {
    seal(0, 1);
  }
  for (const Sealed& b : sealed) {
    if (b.text.empty()) return core::make_error(core::errc::kInternal, msg::kRecordBadKey);
  }
  return store::in_transaction<std::vector<CastBallot>>(*conn, [&]() -> core::Result<std::vector<CastBallot>> {
    auto voting = store::lock_session_in_state(*conn, session_id, core::SessionState::kVoting);
    if (!voting.ok()) return voting.error();
    if (!*voting) return conflict(msg::kBallotClosed);
    auto attendance = store::session_attendance(*conn, session_id, s.council_id);
    if (!attendance.ok()) return attendance.error();
    bool present = false;
    for (const auto& a : *attendance) {
      if (a.member.id == member_id) present = a.present && a.member.active;
    }
    if (!present) return forbidden(msg::kActVoteNotPresent);
    std::vector<CastBallot> out;
    for (const Sealed& b : sealed) {
      THIDUA_TRY(store::cast_ballot(*conn, b.item_id, member_id, random_token(16), b.tracker, b.text));
      out.push_back({b.item_id, b.tracker});
    }
    // The count of ballots only: never the choices, never the items voted on.
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"ballot.cast", "council_session", std::to_string(session_id), std::nullopt,
                             json::value(json::object{{"ballots", static_cast<int64_t>(out.size())}})}));
    std::sort(out.begin(), out.end(), [](const CastBallot& a, const CastBallot& b) { return a.item_id < b.item_id; });
    return out;
  });
}

namespace {
// close_session_ballot up to the count and the scrub, on its own connection.
core::Result<CloseReport> close_and_count(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                          int64_t session_id, const std::map<int64_t, std::string>& shares,
                                          const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_close) return forbidden(msg::kActCloseBallot);
  if (access->session.state != core::SessionState::kVoting) return conflict(msg::kSessionNotVoting);
  auto key = ballot::from_hex32(access->session.election_key);
  if (!key) return core::make_error(core::errc::kInternal, msg::kRecordBadKey);

  // Every share checked against its point before anything is decrypted.
  auto seats = store::ballot_committee(*conn, session_id);
  if (!seats.ok()) return seats.error();
  std::string missing;
  std::vector<ballot::Scalar> scalars;
  Wipe<std::vector<ballot::Scalar>> wipe_scalars{scalars};
  scalars.reserve(seats->size());
  for (const auto& seat : *seats) {
    auto given = shares.find(seat.member_id);
    if (given == shares.end() || core::trim_blanks(given->second).empty()) {
      missing += (missing.empty() ? "" : ", ") + seat.full_name;
      continue;
    }
    auto seed = ballot::parse_share_code(given->second);
    if (!seed) return invalid_field(msg::share_malformed(seat.full_name), "shares");
    Wipe<ballot::ShareSeed> wipe_seed{*seed};
    scalars.push_back(ballot::share_scalar(*seed));
    if (ballot::to_hex(ballot::public_point(scalars.back())) != seat.share_point) {
      return invalid_field(msg::share_wrong(seat.full_name), "shares");
    }
  }
  if (!missing.empty()) return invalid_field(msg::share_missing(missing), "shares");
  ballot::Scalar secret = ballot::combine_secret(scalars);
  Wipe<ballot::Scalar> wipe_secret{secret};
  if (ballot::public_point(secret) != *key) return core::make_error(core::errc::kInternal, msg::kRecordBadKey);

  const std::string now = iso_instant(services.clock.now());
  auto closed = store::in_transaction(*conn, [&]() -> core::Status {
    // The lock first: votes in flight commit before the box is read.
    auto voting = store::lock_session_in_state(*conn, session_id, core::SessionState::kVoting);
    if (!voting.ok()) return voting.error();
    if (!*voting) return conflict(msg::kSessionNotVoting);
    const int total = access->session.members_total;
    auto p = presence(*conn, access->session);
    if (!p.ok()) return p.error();
    auto items = store::session_items(*conn, session_id);
    if (!items.ok()) return items.error();
    auto recusals = store::session_recusals(*conn, session_id);
    if (!recusals.ok()) return recusals.error();
    auto box = store::boxed_ballots(*conn, session_id);
    if (!box.ok()) return box.error();
    std::map<int64_t, std::vector<size_t>> by_item;
    for (size_t i = 0; i < box->size(); ++i) by_item[(*box)[i].item_id].push_back(i);
    std::vector<core::ItemOutcome> outcomes;
    json::array audit_items;
    for (const auto& it : *items) {
      std::vector<ballot::PublishedBallot> mine;
      for (size_t i : by_item[it.id]) mine.push_back({it.id, (*box)[i].tracker, (*box)[i].ballot, true});
      std::vector<bool> valid;
      const ballot::ItemSums sums = ballot::sum_item(*key, session_id, it.id, mine, &valid);
      for (size_t j = 0; j < mine.size(); ++j) (*box)[by_item[it.id][j]].valid = valid[j];
      core::ItemOutcome o;
      o.item_id = it.id;
      o.nomination_id = it.nomination_id;
      auto dec = ballot::decrypt_total(secret, *key, sums.agree, sums.valid, ballot::decryption_context(session_id, it.id));
      if (!dec) return core::make_error(core::errc::kInternal, msg::kTotalsOutOfRange);
      o.agree = static_cast<int>(dec->total);
      o.disagree = sums.valid - o.agree;
      o.agree_decryption = ballot::serialize_decryption(*dec);
      o.invalid = sums.invalid;
      for (const auto& r : *recusals) {
        if (r.item_id == it.id && p->present_ids.count(r.member_id)) ++o.recused;
      }
      const core::VoteOutcome counted =
          core::count_votes(it.rule, total, p->present, o.agree, o.disagree, o.invalid, o.recused);
      o.required_agree = counted.required_agree;
      o.passed = counted.passed;
      outcomes.push_back(o);
      audit_items.push_back(json::object{{"item_id", it.id},
                                         {"nomination_id", it.nomination_id},
                                         {"agree", o.agree},
                                         {"disagree", o.disagree},
                                         {"invalid", o.invalid},
                                         {"recused", o.recused},
                                         {"required_agree", o.required_agree},
                                         {"passed", o.passed}});
    }
    // The minutes take the next number of the council agency's BB register
    // for the year, in the transaction that closes the ballot.
    auto minutes_number = store::take_document_number(*conn, access->session.council_unit_id,
                                                      document_type_of(msg::kMinutesSymbol),
                                                      std::stoi(vietnam_date(services.clock.now()).substr(0, 4)));
    if (!minutes_number.ok()) return minutes_number.error();
    THIDUA_TRY(store::close_ballot(*conn, session_id, *minutes_number, outcomes, *box, now));
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.close", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"minutes_number", *minutes_number},
                                                  {"members_total", total},
                                                  {"members_present", p->present},
                                                  {"items", audit_items}})});
  });
  if (!closed.ok()) return closed.error();
  CloseReport report;
  auto scrubbed = store::scrub_after_close(*conn);
  if (!scrubbed.ok()) {
    report.scrubbed = false;
    report.scrub_error = scrubbed.error().message;
  }
  return report;
}
}  // namespace

core::Result<CloseReport> close_session_ballot(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t session_id,
                                               const std::map<int64_t, std::string>& shares,
                                               const RequestMeta& meta) {
  auto report = close_and_count(services, actor, campaign_id, session_id, shares, meta);
  if (!report.ok()) return report;
  // The minutes are issued with the close, once its connection is released:
  // signed now when the chair and the agency have signing material (a
  // failure is logged; the first download signs).
  auto issued = signed_minutes_pdf(services, &actor, meta, campaign_id, session_id);
  if (!issued.ok()) log_signing_failure(core::kIssuedMinutes, session_id, issued.error());
  return report;
}

core::Result<ballot::PublishedRecord> load_ballot_record(store::Connection& conn, int64_t session_id) {
  auto session = store::find_session(conn, session_id);
  if (!session.ok()) return session.error();
  if (!session->has_value()) return not_found(msg::kWhatCouncilSession);
  if ((*session)->state != core::SessionState::kClosed) return conflict(msg::kRecordNotClosed);
  auto items = store::session_items(conn, session_id);
  if (!items.ok()) return items.error();
  auto ballots = store::published_ballots(conn, session_id);
  if (!ballots.ok()) return ballots.error();
  ballot::PublishedRecord record;
  record.session_id = session_id;
  record.election_key = (*session)->election_key;
  for (const auto& it : *items) {
    record.items.push_back({it.id, it.ord, it.agree.value_or(0), it.disagree.value_or(0), it.invalid.value_or(0),
                            it.agree_decryption});
  }
  for (auto& b : *ballots) record.ballots.push_back({b.item_id, std::move(b.tracker), std::move(b.ballot), b.valid});
  return record;
}

core::Result<BallotRecordView> ballot_record(const Services& services, const core::Actor& actor,
                                             int64_t campaign_id, int64_t session_id) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  auto record = load_ballot_record(*conn, session_id);
  if (!record.ok()) return record.error();
  BallotRecordView v;
  v.record = std::move(*record);
  v.check = ballot::verify_record(v.record);
  return v;
}

bool retire_old_ballot_key(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const fs::path path = fs::path(data_dir) / "ballot.key";
  std::error_code ec;
  if (!fs::exists(path, ec)) return false;
  const auto size = fs::file_size(path, ec);
  if (!ec) {
    std::ofstream out(path, std::ios::binary | std::ios::in | std::ios::out);
    const std::string zeros(static_cast<size_t>(size), '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    out.flush();
  }
  return fs::remove(path, ec);
}

}  // namespace thidua::app
