#include "core/eligibility.h"

#include <algorithm>

#include "core/messages_vi/eligibility.h"
#include "core/names.h"
#include "core/org.h"

namespace thidua::core {

namespace msg = messages_vi;

namespace {

std::string measure_label(int severity) {
  return msg::in_sentence(discipline_measure_label(discipline_measure_of(severity)));
}

// The years [first, last] a rule looks at.
struct Span {
  int first = 0;
  int last = 0;
  std::string text() const { return msg::years_span(first, last); }
  bool holds(int y) const { return y >= first && y <= last; }
};

Span span_of(const Rule& r, int year) {
  const int last = year - std::max(0, r.offset);
  return {last - std::max(1, r.years) + 1, last};
}

// The lines of a rule's result, built only when explaining (a whole
// agency's list needs only the verdicts).
struct Lines {
  RuleResult& out;
  bool explain = true;
  template <class F>
  void asks(F&& make) {
    if (explain) out.asks = make();
  }
  template <class F>
  void used(F&& make) {
    if (explain) out.used.push_back(make());
  }
  template <class F>
  void wanting(F&& make) {
    if (explain) out.wanting.push_back(make());
  }
};

void ratings(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  w.asks([&] { return msg::rule_rating_at_least(evaluation_rating_label(r.rating), r.years, span.text()); });
  bool low = false, missing = false;
  for (int y = span.first; y <= span.last; ++y) {
    auto it = std::find_if(f.ratings.begin(), f.ratings.end(), [&](const RatingFact& x) { return x.year == y; });
    if (it == f.ratings.end()) {
      missing = true;
      w.wanting([&] { return msg::wanting_rating(y); });
      continue;
    }
    w.used([&] { return msg::fact_rating(y, evaluation_rating_label(it->rating), display_date(it->rated_on)); });
    if (!rating_at_least(it->rating, r.rating)) {
      low = true;
      w.wanting([&] { return msg::wanting_rating_low(y, evaluation_rating_label(it->rating)); });
    }
  }
  w.out.verdict = low ? Verdict::kNotMet : missing ? Verdict::kMissing : Verdict::kMet;
}

void titles(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  w.asks([&] { return msg::rule_title_streak(r.title, r.years, span.text()); });
  const std::string wanted = fold(r.title);
  bool other = false, missing = false;
  for (int y = span.first; y <= span.last; ++y) {
    std::string that_year;
    const TitleFact* hit = nullptr;
    for (const auto& t : f.titles) {
      if (t.year != y) continue;
      if (fold(t.title) == wanted) {
        if (!hit || hit->provisional) hit = &t;  // a decided title before a proposal
        continue;
      }
      if (!t.provisional) that_year += (that_year.empty() ? "" : ", ") + t.title;
    }
    if (hit) {
      w.used([&] { return msg::fact_title(y, hit->title, hit->decision); });
    } else if (that_year.empty() && f.title_years.count(y)) {
      // The year's register is declared complete: no title is none.
      other = true;
      w.wanting([&] { return msg::wanting_title_none(y); });
    } else if (that_year.empty()) {
      // Nothing recorded for that year: the register may not hold the past yet.
      missing = true;
      w.wanting([&] { return msg::wanting_title_unknown(y); });
    } else {
      // The year's annual titles are known, and this one is not among them.
      other = true;
      w.wanting([&] { return msg::wanting_title_other(y, that_year); });
    }
  }
  w.out.verdict = other ? Verdict::kNotMet : missing ? Verdict::kMissing : Verdict::kMet;
}

// The years of `span` not in `complete`, as "2023, 2024"; "" when none.
std::string undeclared(const Span& span, const std::set<int>& complete) {
  std::string out;
  for (int y = span.first; y <= span.last; ++y) {
    if (!complete.count(y)) out += (out.empty() ? "" : ", ") + std::to_string(y);
  }
  return out;
}

void initiatives(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  w.asks([&] { return msg::rule_initiatives(r.count, msg::in_sentence(initiative_scope_label(r.scope)), span.text()); });
  int have = 0;
  for (const auto& i : f.initiatives) {
    if (!span.holds(i.year) || static_cast<int>(i.scope) < static_cast<int>(r.scope)) continue;
    ++have;
    w.used([&] { return msg::fact_initiative(i.year, msg::in_sentence(initiative_kind_label(i.kind)), i.title, i.decision); });
  }
  if (have >= r.count) {
    w.out.verdict = Verdict::kMet;
    return;
  }
  w.wanting([&] { return msg::wanting_initiatives(have, r.count); });
  const std::string open = undeclared(span, f.initiative_years);
  if (!open.empty()) w.wanting([&] { return msg::wanting_initiative_years(open); });
  w.out.verdict = open.empty() ? Verdict::kNotMet : Verdict::kMissing;
}

void discipline(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  w.asks([&] { return msg::rule_no_discipline(measure_label(r.severity), span.text()); });
  bool barred = false;
  for (const auto& d : f.discipline) {
    if (d.last_year >= span.first && d.first_year <= span.last && d.severity >= r.severity) {
      barred = true;
      w.wanting([&] { return msg::wanting_discipline(d.first_year, d.last_year, d.measure, d.decision); });
    }
  }
  if (barred) {
    w.out.verdict = Verdict::kNotMet;
    return;
  }
  const std::string open = undeclared(span, f.discipline_years);
  if (!open.empty()) {
    w.wanting([&] { return msg::wanting_discipline_years(open); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  w.used([&] { return msg::fact_no_discipline(span.text()); });
  w.out.verdict = Verdict::kMet;
}

bool excused(const Rule& r, AbsenceReason reason) {
  return std::find(r.excused.begin(), r.excused.end(), reason) != r.excused.end();
}

void absences(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  w.asks([&] {
    std::string excused_text;
    for (auto reason : r.excused) {
      excused_text += (excused_text.empty() ? "" : "; ") + msg::in_sentence(absence_reason_label(reason));
    }
    return msg::rule_absence_below(r.days, excused_text, span.text());
  });
  bool over = false;
  for (int y = span.first; y <= span.last; ++y) {
    int counted = 0, not_counted = 0;
    for (const auto& a : f.absences) {
      if (a.year != y) continue;
      (excused(r, a.reason) ? not_counted : counted) += a.days;
    }
    if (counted >= r.days) {
      over = true;
      w.wanting([&] { return msg::wanting_absence(y, counted, r.days); });
    } else if (counted > 0 || not_counted > 0) {
      w.used([&] { return msg::fact_absence(y, counted, not_counted); });
    } else if (f.absence_years.count(y)) {
      w.used([&] { return msg::fact_no_absence(y); });
    }
  }
  if (over) {
    w.out.verdict = Verdict::kNotMet;
    return;
  }
  // Days found below the limit prove nothing for an undeclared year: more may be unrecorded.
  const std::string open = undeclared(span, f.absence_years);
  if (!open.empty()) {
    w.wanting([&] { return msg::wanting_absence_years(open); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  w.out.verdict = Verdict::kMet;
}

// Member rules. Whether a member has what the rule asks in year `y`: yes,
// no, or unknown (no rating; no title in a year whose register is not
// declared complete).
enum class Has { kYes, kNo, kUnknown };

Has member_has(const Rule& r, const std::string& wanted_title, const PersonFacts& f, int y) {
  if (!r.title.empty()) {
    bool any = false;
    for (const auto& t : f.titles) {
      if (t.year != y) continue;
      if (fold(t.title) == wanted_title) return Has::kYes;
      if (!t.provisional) any = true;
    }
    return any || f.title_years.count(y) ? Has::kNo : Has::kUnknown;
  }
  for (const auto& x : f.ratings) {
    if (x.year == y) return rating_at_least(x.rating, r.rating) ? Has::kYes : Has::kNo;
  }
  return Has::kUnknown;
}

// What a member rule asks a member, in words.
std::string member_what(const Rule& r) {
  return r.title.empty() ? msg::member_rating(evaluation_rating_label(r.rating)) : msg::member_title(r.title);
}

// True when the member's title `wanted` of year `y` is only proposed.
bool proposed_only(const PersonFacts& f, const std::string& wanted, int y) {
  for (const auto& t : f.titles) {
    if (t.year == y && !t.provisional && fold(t.title) == wanted) return false;
  }
  return true;
}

struct Tally {
  int yes = 0, unknown = 0, total = 0;
  int proposed = 0;  // of `yes`: by a title only proposed (TitleFact::provisional)
  std::vector<std::string> yes_names, unknown_names;
};

Tally tally(const Rule& r, const UnitFacts& u, int y, bool explain) {
  const std::string wanted = r.title.empty() ? std::string() : fold(r.title);
  Tally t;
  t.total = static_cast<int>(u.members.size());
  for (const auto& m : u.members) {
    switch (member_has(r, wanted, m.facts, y)) {
      case Has::kYes:
        ++t.yes;
        if (!wanted.empty() && proposed_only(m.facts, wanted, y)) ++t.proposed;
        if (explain) t.yes_names.push_back(m.full_name);
        break;
      case Has::kUnknown:
        ++t.unknown;
        if (explain) t.unknown_names.push_back(m.full_name);
        break;
      case Has::kNo: break;
    }
  }
  return t;
}

// Shares and counts: met when those who have it already reach the bar, not
// met when even every unknown member could not, else missing.
void members_with(const Rule& r, const UnitFacts& u, const Span& span, Lines& w) {
  const bool share = r.kind == RuleKind::kMembersShare;
  w.asks([&] {
    return share ? msg::rule_members_share(r.share, member_what(r), span.text())
                 : msg::rule_members_count(r.count, member_what(r), span.text());
  });
  if (u.members.empty()) {
    w.wanting([] { return std::string(msg::kWantingNoMembers); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  bool low = false, missing = false;
  for (int y = span.first; y <= span.last; ++y) {
    const Tally t = tally(r, u, y, w.explain);
    // yes / total >= share / 100, in integers.
    auto reaches = [&](int n) { return share ? int64_t{n} * 100 >= int64_t{r.share} * t.total : n >= r.count; };
    if (reaches(t.yes)) {
      w.used([&] {
        return (share ? msg::fact_members_share(y, t.yes, t.total) : msg::fact_members_count(y, t.yes, t.yes_names)) +
               (t.proposed ? msg::fact_members_proposed(t.proposed) : std::string());
      });
      continue;
    }
    if (reaches(t.yes + t.unknown)) {
      missing = true;
      w.wanting([&] { return msg::wanting_members_unknown(y, t.yes, t.total, t.unknown_names); });
    } else {
      low = true;
      w.wanting([&] {
        return share ? msg::wanting_members_share(y, t.yes, t.total, r.share)
                     : msg::wanting_members_count(y, t.yes, r.count);
      });
    }
  }
  w.out.verdict = low ? Verdict::kNotMet : missing ? Verdict::kMissing : Verdict::kMet;
}

void members_discipline(const Rule& r, const UnitFacts& u, const Span& span, Lines& w) {
  w.asks([&] { return msg::rule_members_no_discipline(measure_label(r.severity), span.text()); });
  if (u.members.empty()) {
    w.wanting([] { return std::string(msg::kWantingNoMembers); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  bool barred = false;
  for (const auto& m : u.members) {
    for (const auto& d : m.facts.discipline) {
      if (d.last_year >= span.first && d.first_year <= span.last && d.severity >= r.severity) {
        barred = true;
        w.wanting([&] {
          return m.full_name + " — " + msg::wanting_discipline(d.first_year, d.last_year, d.measure, d.decision);
        });
      }
    }
  }
  if (barred) {
    w.out.verdict = Verdict::kNotMet;
    return;
  }
  const std::string open = undeclared(span, u.own.discipline_years);
  if (!open.empty()) {
    w.wanting([&] { return msg::wanting_discipline_years(open); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  w.used([&] { return msg::fact_members_no_discipline(span.text()); });
  w.out.verdict = Verdict::kMet;
}

template <class Facts>
Judgement judge_every(const std::vector<Rule>& rules, const Facts& facts, int year, bool explain) {
  Judgement j;
  bool not_met = false, missing = false;
  for (const auto& r : rules) {
    j.rules.push_back(judge(r, facts, year, explain));
    not_met |= j.rules.back().verdict == Verdict::kNotMet;
    missing |= j.rules.back().verdict == Verdict::kMissing;
  }
  j.verdict = not_met ? Verdict::kNotMet : missing ? Verdict::kMissing : Verdict::kMet;
  return j;
}

}  // namespace

bool is_member_rule(RuleKind kind) {
  return kind == RuleKind::kMembersShare || kind == RuleKind::kMembersCount || kind == RuleKind::kMembersNoDiscipline;
}

FactsNeeded facts_needed(const std::vector<Rule>& rules, bool members) {
  FactsNeeded n;
  for (const auto& r : rules) {
    if (is_member_rule(r.kind) != members) continue;
    switch (r.kind) {
      case RuleKind::kRatingAtLeast: n.ratings = true; break;
      case RuleKind::kTitleStreak: n.titles = true; break;
      case RuleKind::kInitiatives: n.initiatives = true; break;
      case RuleKind::kNoDiscipline: n.discipline = true; break;
      case RuleKind::kAbsenceBelow: n.absences = true; break;
      case RuleKind::kSinceAward: n.ratings = n.titles = n.awards = true; break;
      case RuleKind::kMembersShare:
      case RuleKind::kMembersCount:
        if (r.title.empty()) n.ratings = true;
        else n.titles = true;
        break;
      case RuleKind::kMembersNoDiscipline: n.discipline = true; break;
    }
  }
  return n;
}

std::string_view verdict_code(Verdict v) {
  return v == Verdict::kMet ? "met" : v == Verdict::kNotMet ? "not_met" : "missing";
}

std::string_view verdict_label(Verdict v) {
  return v == Verdict::kMet ? msg::kVerdictMet : v == Verdict::kNotMet ? msg::kVerdictNotMet : msg::kVerdictMissing;
}

std::optional<Verdict> read_verdict_code(std::string_view code) {
  for (auto v : {Verdict::kMet, Verdict::kNotMet, Verdict::kMissing}) {
    if (code == verdict_code(v)) return v;
  }
  return std::nullopt;
}

void since_award(const Rule& r, const PersonFacts& f, const Span& span, Lines& w) {
  auto asks = [&] {
    w.asks([&] { return msg::rule_since_award(r.title, r.years, evaluation_rating_label(r.rating), span.text()); });
  };
  asks();
  const std::string wanted = fold(r.title);
  // The latest award of that name before the year judged.
  int latest = 0;
  std::string decision;
  auto consider = [&](int year, const std::string& name, const std::string& d) {
    if (year <= span.last && year >= latest && fold(name) == wanted) {
      latest = year;
      decision = d;
    }
  };
  for (const auto& a : f.awards) consider(a.year, a.name, a.decision);
  for (const auto& t : f.titles) {
    if (!t.provisional) consider(t.year, t.title, t.decision);
  }
  if (latest == 0) {
    w.wanting([&] { return msg::wanting_award_none(r.title); });
    w.out.verdict = Verdict::kMissing;
    return;
  }
  if (latest >= span.first) {
    w.wanting([&] { return msg::wanting_award_recent(r.title, latest, decision, r.years, latest + r.years); });
    w.out.verdict = Verdict::kNotMet;
    return;
  }
  w.used([&] { return msg::fact_award(latest, r.title, decision); });
  ratings(r, f, span, w);
  asks();  // the ratings' own words replaced it
}

RuleResult judge(const Rule& rule, const PersonFacts& facts, int year, bool explain) {
  RuleResult out;
  if (explain) {
    out.citation = rule.citation;
    out.to_confirm = rule.to_confirm;
  }
  Lines w{out, explain};
  const Span span = span_of(rule, year);
  switch (rule.kind) {
    case RuleKind::kRatingAtLeast: ratings(rule, facts, span, w); break;
    case RuleKind::kTitleStreak: titles(rule, facts, span, w); break;
    case RuleKind::kInitiatives: initiatives(rule, facts, span, w); break;
    case RuleKind::kNoDiscipline: discipline(rule, facts, span, w); break;
    case RuleKind::kAbsenceBelow: absences(rule, facts, span, w); break;
    case RuleKind::kSinceAward: since_award(rule, facts, span, w); break;
    case RuleKind::kMembersShare:
    case RuleKind::kMembersCount:
    case RuleKind::kMembersNoDiscipline:
      // A person has no members: the rules file keeps these to collectives.
      w.wanting([] { return std::string(msg::kWantingNoMembers); });
      out.verdict = Verdict::kMissing;
      break;
  }
  return out;
}

RuleResult judge(const Rule& rule, const UnitFacts& facts, int year, bool explain) {
  if (!is_member_rule(rule.kind)) return judge(rule, facts.own, year, explain);
  RuleResult out;
  if (explain) {
    out.citation = rule.citation;
    out.to_confirm = rule.to_confirm;
  }
  Lines w{out, explain};
  const Span span = span_of(rule, year);
  if (rule.kind == RuleKind::kMembersNoDiscipline) members_discipline(rule, facts, span, w);
  else members_with(rule, facts, span, w);
  return out;
}

Judgement judge_all(const std::vector<Rule>& rules, const PersonFacts& facts, int year, bool explain) {
  return judge_every(rules, facts, year, explain);
}

Judgement judge_all(const std::vector<Rule>& rules, const UnitFacts& facts, int year, bool explain) {
  return judge_every(rules, facts, year, explain);
}

std::vector<WithinReach> within_reach(const std::vector<const Judgement*>& judgements) {
  std::vector<WithinReach> out;
  for (size_t i = 0; i < judgements.size(); ++i) {
    const Judgement& j = *judgements[i];
    if (j.verdict == Verdict::kMet) continue;
    int short_of = 0;
    for (const auto& r : j.rules) short_of += r.verdict == Verdict::kMet ? 0 : 1;
    out.push_back({i, std::max(1, short_of)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const WithinReach& a, const WithinReach& b) { return a.short_of < b.short_of; });
  return out;
}

}  // namespace thidua::core
