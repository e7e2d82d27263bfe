// Reorganisations (issue 14 #4): merges, splits, renames, moves and
// dissolutions of agencies and units, each one operation with an effective
// date. Pure: the caller supplies the request and a snapshot of the units it
// touches; plan_reorganisation checks them and returns the ordered steps the
// store applies in one transaction (store/reorganisations.h), which are also
// the preview shown before anything changes.
//
// The history rule: a unit closed by a reorganisation (merged, split or
// dissolved) is not deleted. It keeps its id, names and records, gets valid_to
// = the effective date, and is placed under the unit that carries on its work
// (the successor, or the unit receiving its people). So everything issued by
// or about it (campaigns, decisions, awards, registrations) lies in the
// successor's subtree: the successor's staff see it through the one scoping
// rule of core/authz.h, and figures over a subtree include its predecessors.
// Its people move to that unit from the effective date (their memberships keep
// the earlier unit until then); their person record, and so their history,
// stays the same.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/org.h"
#include "core/result.h"

namespace thidua::core {

enum class ReorgKind {
  kMerge,     // hợp nhất / sáp nhập: sources into an existing unit or into one new unit
  kSplit,     // chia tách: one source into two or more new units
  kRename,    // đổi tên (and, for an agency, new header lines)
  kMove,      // chuyển đơn vị: one unit (with its subtree) under another parent or root
  kDissolve,  // giải thể: one unit closed, its people and sub-units to a receiving unit
};
std::string_view reorg_kind_code(ReorgKind kind);  // "merge", "split", "rename", "move", "dissolve"
std::optional<ReorgKind> parse_reorg_kind(std::string_view code);
std::string_view reorg_kind_label(ReorgKind kind);  // "Hợp nhất, sáp nhập", ...
const std::vector<ReorgKind>& all_reorg_kinds();

// The header lines of an agency's documents from a date (Decree 30/2020,
// art. 8): the governing body ("UBND TỈNH BẮC NINH"), the issuing body ("SỞ
// NÔNG NGHIỆP VÀ MÔI TRƯỜNG") and the place of the place-and-date line ("Bắc
// Ninh"), and the abbreviation of the agency's name in its documents'
// symbols ("SNNMT" of "QĐ-SNNMT"; "" keeps the one of each plan's symbol).
// In force from valid_from until the agency's next header.
struct AgencyHeader {
  std::string valid_from;
  std::string governing_body;
  std::string issuing_body;
  std::string place;
  std::string symbol;
};

// Checks a header's texts (non-empty, UTF-8, at most 255 characters) and its
// symbol (empty, or 1 to 20 capital letters, digits and "&", as in "SNNMT",
// "SNN&MT"); the field names are prefixed with `field_prefix` ("header_",
// "new_0_header_").
Status validate_agency_header(const AgencyHeader& header, const std::string& field_prefix);

// A unit the reorganisation creates (the unit formed by a merger, the parts
// of a split). No parent makes it a new agency, which then needs a header.
struct NewUnit {
  std::string code;
  std::string name;
  std::string short_name;
  UnitKind kind = UnitKind::kOther;
  std::optional<int64_t> parent_id;
  std::optional<AgencyHeader> header;  // valid_from is the effective date
};

struct ReorgRequest {
  ReorgKind kind = ReorgKind::kMerge;
  std::string effective_date;         // ISO; not after today
  std::string legal_basis;            // "Quyết định số 25/QĐ-UBND ngày ..." (may be empty)
  std::string note;
  std::vector<int64_t> sources;       // merge: one or more; the others: exactly one
  std::optional<int64_t> target_id;   // merge into this existing unit; dissolve: the receiving unit
  std::vector<NewUnit> new_units;     // merge: none (target given) or one; split: two or more
  std::optional<int64_t> new_parent_id;  // move: the new parent (none: the unit becomes an agency)
  std::string new_name;               // rename (empty: the name stays, only the header changes)
  std::string new_short_name;         // rename ("" keeps the current short name)
  std::optional<AgencyHeader> header; // rename or move to the top: the agency's header from the date
  size_t people_to = 0;               // split: index of the new unit receiving the source's people
  std::map<int64_t, size_t> children_to;  // split: sub-unit id -> index of its new parent (default 0)
};

// What the store knows about a unit the request names (a source, the target,
// a new parent) and, for sources, their direct sub-units.
struct ReorgUnitFacts {
  Unit unit;
  std::vector<Unit> children;        // direct sub-units (open or closed); sources only
  int64_t people = 0;                // people whose primary unit it is
  int64_t grants = 0;                // role grants held on it
  int64_t open_campaigns = 0;        // campaigns it issued that are not closed yet
  std::string last_name_from;        // valid_from of its newest name ("" if unknown)
  std::string last_header_from;      // valid_from of its newest header ("" if none)
  std::string last_move;             // effective date of the latest reorganisation touching it
};

struct ReorgSnapshot {
  std::map<int64_t, ReorgUnitFacts> units;  // by id; every id the request names
  std::set<std::string> taken_codes;        // codes of new units already in use
};

// A unit in a plan: an existing one (id) or the request's new_units[created].
struct UnitRef {
  int64_t id = 0;
  int created = -1;
  bool is_new() const { return created >= 0; }
  bool operator==(const UnitRef&) const = default;
};

struct ReorgStep {
  enum class Op {
    kCreate,          // create new_units[unit.created] (and its header)
    kMoveUnit,        // put `unit` (and its subtree) under `to` (no `to`: at the top)
    kTransferPeople,  // move the people of `unit` to `to` from the date (count: how many)
    kClose,           // close `unit` on the date; `to`: successor (merge, split) or receiver (dissolve)
    kRename,          // give `unit` the name `name` / `short_name` from the date
    kSetHeader,       // `unit`'s documents carry `header` from the date
  };
  Op op = Op::kCreate;
  UnitRef unit;
  std::optional<UnitRef> to;
  bool successor = false;  // kClose: `to` is the successor (units.successor_id)
  std::string name;
  std::string short_name;
  AgencyHeader header;
  int64_t count = 0;
};

// Things the person confirming should know; they do not stop the operation.
struct ReorgNotice {
  enum class Kind {
    kOpenCampaigns,    // a closed unit issued campaigns still running (count)
    kGrantsStay,       // accounts keep roles on a closed unit: its history only (count)
    kHeaderUnchanged,  // an agency renamed without new header lines
  };
  Kind kind;
  int64_t unit_id = 0;
  int64_t count = 0;
};

struct ReorgPlan {
  std::vector<ReorgStep> steps;
  std::vector<std::pair<UnitRef, UnitRef>> lineage;  // (closed unit, unit carrying on)
  std::vector<UnitRef> touched;                       // every unit acted on, for the history's scope
  std::vector<ReorgNotice> notices;
  int64_t people_moved = 0;
  int64_t units_closed = 0;
};

// Checks the request against the snapshot and `today` (ISO) and returns the
// plan, or the first problem as a validation error naming its field
// ("effective_date", "sources", "target_id", "new_0_code", ...).
Result<ReorgPlan> plan_reorganisation(const ReorgRequest& request, const ReorgSnapshot& snapshot,
                                      std::string_view today);

// The ids a request names (sources, target, new parents, the new units'
// parents, split children's targets are new): what the snapshot must hold.
std::vector<int64_t> reorg_unit_ids(const ReorgRequest& request);

// The header in force on `date` among `headers` (any order): the one with the
// latest valid_from not after `date`; none when all begin later.
std::optional<AgencyHeader> header_in_force(const std::vector<AgencyHeader>& headers, std::string_view date);

// One unit on the way from a document's issuing unit up to its root, with
// the day it closed ("" while open) and its headers.
struct HeaderCandidate {
  std::string valid_to;
  std::vector<AgencyHeader> headers;
};

// The header a document of the chain's first unit dated `date` carries: the
// header in force then of the first unit on the chain (deepest first) still
// open on the date. A unit closed by a merger sits under its successor, so its
// own header serves dates before the merger and the successor's the dates
// after; an open unit without a header of its own (a division issuing its own
// campaign) has none, and the caller keeps the lines it typed.
std::optional<AgencyHeader> header_on(const std::vector<HeaderCandidate>& chain, std::string_view date);

}  // namespace thidua::core
