// The rules of eligibility each award or title asks of a person's history
// (core/eligibility.h), as data: shipped in src/app/rules/award_rules.json
// (embedded into the binary), each rule with its citation and a "to confirm"
// flag, each award's rule set with the date it took effect, so an award of a
// year is judged by the rules in force then. Read strictly: a malformed file
// fails whole, naming the member. An administrator edits them: the edits lay
// over the shipped sets (award_rules_in_use).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "core/eligibility.h"
#include "core/quota.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

inline constexpr std::string_view kIndividual = "individual";
inline constexpr std::string_view kCollective = "collective";

struct AwardRules {
  std::string code;            // "LDTT"
  std::string name;            // "Lao động tiên tiến"
  std::string subject;         // kIndividual or kCollective
  std::string effective_from;  // ISO date the rule set took effect
  std::vector<core::Rule> rules;
  // At most this share of those proposed for another award of the same
  // review (app/quotas.h); the file's optional "quota" member.
  std::optional<core::Quota> quota;
};

// Parses a rules document (the shipped file's format). kValidation naming
// the member at fault.
core::Result<std::vector<AwardRules>> parse_award_rules(std::string_view json);

// The text of a file shipped in src/app/rules (embedded), nullopt when the
// build did not embed it.
std::optional<std::string_view> shipped_rules_file(std::string_view name);

// The shipped rule sets, parsed once.
core::Result<std::vector<AwardRules>> shipped_award_rules();

// One set as the administrator sends it (an element of the file's "awards"):
// kValidation on field "set", the message naming the member at fault.
core::Result<AwardRules> parse_award_rule_set(std::string_view json);
// A set in the file's format (what parse_award_rule_set reads back).
boost::json::object award_rule_set_json(const AwardRules& set);

// The rule sets this system judges by: the shipped ones with the
// administrator's edits (store/award_rule_sets.h) laid over them: an edit of
// a shipped set's code and effective date replaces it, or, withdrawn, takes it
// out; other edits are added after the shipped sets. A stored edit that no
// longer reads fails the whole (kInternal naming it): a judgement is never
// made on rules other than those in force. One query.
core::Result<std::vector<AwardRules>> award_rules_in_use(store::Connection& conn);

// For each award code, the rule set in force on 31 December of `year` (the
// latest effective_from not after it); awards with none in force are left out.
std::vector<AwardRules> rules_in_force(const std::vector<AwardRules>& all, int year);

// The name of the set `code` in force in `year` (the title as the register
// records it, whatever an award type calls it); `fallback` when none is.
std::string title_of(const std::vector<AwardRules>& all, const std::string& code, int year,
                     const std::string& fallback);

// Those of `sets` whose subject is `subject`, in order.
std::vector<AwardRules> rules_for(std::vector<AwardRules> sets, std::string_view subject);

}  // namespace thidua::app
