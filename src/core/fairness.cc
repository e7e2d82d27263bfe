#include "core/fairness.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "core/messages_vi/fairness.h"
#include "core/latin_letters.h"
#include "core/utf8.h"
#include "core/org.h"

namespace thidua::core {
namespace msg = messages_vi;

namespace {

// `text` in lower case (NFC letters keep their tones), whatever is neither a
// letter nor a digit ("/", "(", ".") a space, runs of spaces as one.
std::string lower_words(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::decode(text, pos);
    if (!latin::is_letter(cp) && !(cp >= U'0' && cp <= U'9')) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    utf8::append(out, latin::to_lower(cp));
  }
  return out;
}

// True when `words` (folded, single spaces) holds `phrase` as whole words.
bool holds_phrase(std::string_view words, std::string_view phrase) {
  for (size_t at = words.find(phrase); at != std::string_view::npos; at = words.find(phrase, at + 1)) {
    const bool starts = at == 0 || words[at - 1] == ' ';
    const size_t end = at + phrase.size();
    const bool ends = end == words.size() || words[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

int64_t tenths(int64_t part, int64_t whole) {
  if (whole <= 0) return 0;
  return (part * 2000 + whole) / (2 * whole);  // part * 1000 / whole, rounded to nearest
}

// Groups keyed by an ordering key, summed, then shared out.
struct Tally {
  std::string code;
  std::string label;
  int64_t awards = 0;
  int64_t base = 0;
};

FairnessTable finish(FairnessDimension d, FairnessBasis b, std::map<std::string, Tally>& tallies) {
  FairnessTable t{d, b, {}, 0, 0};
  for (const auto& [key, g] : tallies) {
    t.awards += g.awards;
    t.base += g.base;
  }
  for (const auto& [key, g] : tallies) {
    if (g.awards == 0 && g.base == 0) continue;
    FairnessGroup out{g.code, g.label, g.awards, g.base, tenths(g.awards, t.awards), tenths(g.base, t.base), 0};
    out.gap = out.award_share - out.base_share;
    t.groups.push_back(std::move(out));
  }
  return t;
}

// Ordering keys: fixed ranks for known groups, levels by number.
std::string rank_key(int rank) { return std::string(1, static_cast<char>('A' + rank)); }

std::string kind_key(std::string_view code, std::string* label) {
  const auto kind = parse_unit_kind(code);
  if (!kind) {
    *label = msg::kFairKindUnknown;
    return "~";
  }
  const auto& kinds = all_unit_kinds();
  const auto at = std::find(kinds.begin(), kinds.end(), *kind) - kinds.begin();
  *label = std::string(unit_kind_label(*kind));
  return rank_key(static_cast<int>(at));
}

std::string level_key(int level) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08d", level);
  return buf;
}

std::string signed_tenths(int64_t v, bool sign) {
  const int64_t a = v < 0 ? -v : v;
  std::string out = std::to_string(a / 10) + "," + std::to_string(a % 10);
  if (!sign) return out;
  if (v > 0) return "+" + out;
  if (v < 0) return "\xE2\x88\x92" + out;  // minus sign
  return out;
}

}  // namespace

std::string_view position_group_code(PositionGroup g) {
  switch (g) {
    case PositionGroup::kLeader: return "leader";
    case PositionGroup::kStaff: return "staff";
    case PositionGroup::kWorker: return "worker";
  }
  return "";
}

std::string_view position_group_label(PositionGroup g) {
  switch (g) {
    case PositionGroup::kLeader: return msg::kFairLeader;
    case PositionGroup::kStaff: return msg::kFairStaff;
    case PositionGroup::kWorker: return msg::kFairWorker;
  }
  return "";
}

PositionGroup position_group(std::string_view position, EmploymentCategory category) {
  if (category == EmploymentCategory::kWorker) return PositionGroup::kWorker;
  const std::string words = lower_words(position);
  for (std::string_view phrase : msg::kFairLeaderWords) {
    if (holds_phrase(words, phrase)) return PositionGroup::kLeader;
  }
  return PositionGroup::kStaff;
}

std::string_view fairness_dimension_code(FairnessDimension d) {
  switch (d) {
    case FairnessDimension::kPosition: return "position";
    case FairnessDimension::kGender: return "gender";
    case FairnessDimension::kUnitKind: return "unit_kind";
    case FairnessDimension::kUnitLevel: return "unit_level";
  }
  return "";
}

std::string_view fairness_basis_code(FairnessBasis b) {
  return b == FairnessBasis::kIndividuals ? "individuals" : "collectives";
}

std::vector<FairnessTable> fairness_tables(const std::vector<FairnessPersonCount>& people,
                                           const std::vector<FairnessUnitCount>& units, int agency_depth) {
  std::map<std::string, Tally> position, gender, person_kind, person_level, unit_kind, unit_level;
  // Every position group and both genders are shown even when empty of
  // awards: a zero share is the finding.
  for (auto g : {PositionGroup::kLeader, PositionGroup::kStaff, PositionGroup::kWorker}) {
    position[rank_key(static_cast<int>(g))] = {std::string(position_group_code(g)), std::string(position_group_label(g))};
  }
  gender[rank_key(0)] = {"female", std::string(gender_label(Gender::kFemale))};
  gender[rank_key(1)] = {"male", std::string(gender_label(Gender::kMale))};
  gender[rank_key(2)] = {"unspecified", msg::kFairGenderUnspecified};

  auto add = [](std::map<std::string, Tally>& m, const std::string& key, std::string code, std::string label,
                int64_t awards, int64_t base) {
    auto [it, fresh] = m.try_emplace(key, Tally{std::move(code), std::move(label)});
    it->second.awards += awards;
    it->second.base += base;
  };
  for (const auto& p : people) {
    const auto g = position_group(p.position, p.category);
    add(position, rank_key(static_cast<int>(g)), "", "", p.awards, p.people);
    const int gi = p.gender == Gender::kFemale ? 0 : p.gender == Gender::kMale ? 1 : 2;
    add(gender, rank_key(gi), "", "", p.awards, p.people);
    std::string label;
    const std::string key = kind_key(p.unit_kind, &label);
    add(person_kind, key, p.unit_kind, label, p.awards, p.people);
    const int level = std::max(1, p.depth - agency_depth + 1);
    add(person_level, level_key(level), std::to_string(level), msg::fair_level(level), p.awards, p.people);
  }
  for (const auto& u : units) {
    std::string label;
    const std::string key = kind_key(u.unit_kind, &label);
    add(unit_kind, key, u.unit_kind, label, u.awards, u.units);
    const int level = std::max(1, u.depth - agency_depth + 1);
    add(unit_level, level_key(level), std::to_string(level), msg::fair_level(level), u.awards, u.units);
  }
  return {finish(FairnessDimension::kPosition, FairnessBasis::kIndividuals, position),
          finish(FairnessDimension::kGender, FairnessBasis::kIndividuals, gender),
          finish(FairnessDimension::kUnitKind, FairnessBasis::kIndividuals, person_kind),
          finish(FairnessDimension::kUnitLevel, FairnessBasis::kIndividuals, person_level),
          finish(FairnessDimension::kUnitKind, FairnessBasis::kCollectives, unit_kind),
          finish(FairnessDimension::kUnitLevel, FairnessBasis::kCollectives, unit_level)};
}

std::string share_text(int64_t t) { return signed_tenths(t, false) + " %"; }
std::string gap_text(int64_t t) { return signed_tenths(t, true); }

}  // namespace thidua::core
