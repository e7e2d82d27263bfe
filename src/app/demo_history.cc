#include "app/demo_history.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/object.hpp>

#include "app/award_rules.h"
#include "app/demo_json.h"
#include "app/history_facts.h"
#include "core/absence.h"
#include "core/award.h"
#include "core/discipline.h"
#include "core/evaluation.h"
#include "core/fact_year.h"
#include "core/initiative.h"
#include "store/absences.h"
#include "store/awards.h"
#include "store/discipline.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "store/recognised_initiatives.h"
#include "store/unit_evaluations.h"

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;

namespace {

constexpr std::string_view kFile = "history.json";

// splitmix64: a well-mixed draw from (seed, person, year, salt).
uint64_t draw(uint64_t seed, int64_t person, int year, uint64_t salt) {
  uint64_t z = seed ^ (static_cast<uint64_t>(person) * 0x9E3779B97F4A7C15ULL) ^
               (static_cast<uint64_t>(year) << 32) ^ (salt * 0xBF58476D1CE4E5B9ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

int per_mille(const json::object& o, std::string_view key, const std::string& w) {
  const auto n = static_cast<int>(dj::count(o, key, w));
  if (n > 1000) dj::bad_value(dj::at(w, key));
  return n;
}

std::string required_text(const json::object& o, std::string_view key, const std::string& w) {
  std::string t = dj::text(o, key, w);
  if (t.empty()) dj::bad_value(dj::at(w, key));
  return t;
}

// One person's draws for one year.
struct YearDraw {
  core::EvaluationRating rating = core::EvaluationRating::kCompleted;
  std::optional<core::DisciplineMeasure> measure;
  std::optional<core::AbsenceReason> absence;
  int absence_days = 0;
  bool initiative = false;
  bool province = false;
};

YearDraw year_draw(const DemoHistory& h, const DemoHistoryPerson& p, uint64_t seed, int year, bool star, bool last) {
  YearDraw d;
  const int r = static_cast<int>(draw(seed, p.id, year, 1) % 1000);
  d.rating = r < h.excellent ? core::EvaluationRating::kExcellent
             : r < h.excellent + h.good ? core::EvaluationRating::kGood
             : r < h.excellent + h.good + h.completed ? core::EvaluationRating::kCompleted
                                                      : core::EvaluationRating::kNotCompleted;
  if (star) {
    d.rating = core::EvaluationRating::kExcellent;
    d.initiative = true;
    d.province = last;
    return d;
  }
  const int m = static_cast<int>(draw(seed, p.id, year, 2) % 1000);
  if (m < h.reprimand) d.measure = core::DisciplineMeasure::kReprimand;
  else if (m < h.reprimand + h.warning) d.measure = core::DisciplineMeasure::kWarning;
  const int a = static_cast<int>(draw(seed, p.id, year, 3) % 1000);
  if (a < h.maternity) {
    d.absence = core::AbsenceReason::kMaternity;
    d.absence_days = 120;
  } else if (a < h.maternity + h.long_sickness) {
    d.absence = core::AbsenceReason::kSickness;
    d.absence_days = 45;
  } else if (a < h.maternity + h.long_sickness + h.short_sickness) {
    d.absence = core::AbsenceReason::kSickness;
    d.absence_days = 12;
  }
  d.initiative = d.rating == core::EvaluationRating::kExcellent &&
                 static_cast<int>(draw(seed, p.id, year, 4) % 1000) < h.initiative_if_excellent;
  d.province = d.initiative && static_cast<int>(draw(seed, p.id, year, 5) % 1000) < h.province_initiative;
  return d;
}

std::string name_of_award(const std::vector<AwardRules>& rules, std::string_view code) {
  for (const auto& set : rules) {
    if (set.code == code) return set.name;
  }
  return std::string();
}

core::EvaluationRating unit_rating(const DemoHistory& h, const core::Unit& u, uint64_t seed, int year) {
  const int r = static_cast<int>(draw(seed, -u.id, year, 11) % 1000);
  return r < h.unit_excellent               ? core::EvaluationRating::kExcellent
         : r < h.unit_excellent + h.unit_good ? core::EvaluationRating::kGood
                                              : core::EvaluationRating::kCompleted;
}

// The units' ratings of the year, then (with `titles`) the collective titles
// the year's rules find met on the facts already written (the members'
// titles and measures).
core::Status write_unit_year(store::Connection& conn, const DemoHistory& h, const std::vector<AwardRules>& rules,
                             const std::vector<core::Unit>& units, uint64_t seed, int year, const std::string& now,
                             int& decision_seq, DemoHistoryCounts& counts, bool titles) {
  std::vector<const core::Unit*> live;
  for (const auto& u : units) {
    if (!u.valid_to.empty()) continue;
    live.push_back(&u);
    core::UnitEvaluation e;
    e.unit_id = u.id;
    e.year = year;
    e.rating = unit_rating(h, u, seed, year);
    e.rated_on = std::to_string(year) + "-12-20";
    e.recorded_at = now;
    auto put = store::put_unit_evaluation(conn, e);
    if (!put.ok()) return put.error();
    ++counts.unit_ratings;
  }
  if (!titles) return {};
  const std::vector<AwardRules> in_force = rules_in_force(rules, year);
  struct Title {
    std::string_view code;
    const std::string* authority;
    const std::string* suffix;
  };
  for (const Title t : {Title{"TTLDTT", &h.title_authority, &h.title_decision_suffix},
                        Title{"TTLDXS", &h.province_initiative_authority, &h.province_decision_suffix}}) {
    const AwardRules* set = nullptr;
    for (const auto& s : in_force) {
      if (s.code == t.code) set = &s;
    }
    if (!set) continue;
    const std::string number = std::to_string(++decision_seq) + "/" + *t.suffix;
    for (const core::Unit* u : live) {
      auto facts = unit_facts(conn, u->id, u->path, year, year);
      if (!facts.ok()) return facts.error();
      if (core::judge_all(set->rules, *facts, year, false).verdict != core::Verdict::kMet) continue;
      core::AwardRecord a;
      a.subject = "collective";
      a.unit_id = u->id;
      a.recipient_name = u->name;
      a.unit_name = u->name;
      a.award_name = set->name;
      a.granted_by = *t.authority;
      a.decision_number_symbol = number;
      a.decision_date = std::to_string(year) + "-12-28";
      a.year = year;
      a.created_at = now;
      a.source = core::AwardSource::kImported;
      a.level = t.code == "TTLDXS" ? core::AwardLevel::kProvince : core::AwardLevel::kAgency;
      a.occasion = core::AwardOccasion::kAnnual;
      auto id = store::insert_award(conn, a);
      if (!id.ok()) return id.error();
      ++counts.unit_titles;
    }
  }
  return {};
}

}  // namespace

core::Result<DemoHistory> read_demo_history(std::string_view text) {
  return dj::read<DemoHistory>(kFile, text, [](const json::value& root) {
    const auto& o = dj::object(root, "");
    dj::only(o, {"about", "years", "per_mille", "title_authority", "title_decision_suffix", "initiative_authority",
                 "province_initiative_authority", "initiative_decision_suffix", "province_decision_suffix",
                 "discipline_authority", "discipline_decision_suffix", "initiative_titles", "star"},
             "");
    DemoHistory h;
    h.years = static_cast<int>(dj::count(o, "years", ""));
    if (h.years < 1 || h.years > 20) dj::bad_value("years");
    const auto& pm = dj::object(dj::member(o, "per_mille", ""), "per_mille");
    dj::only(pm, {"excellent", "good", "completed", "initiative_if_excellent", "province_initiative", "reprimand",
                  "warning", "maternity", "long_sickness", "short_sickness", "unit_excellent", "unit_good"},
             "per_mille");
    h.unit_excellent = per_mille(pm, "unit_excellent", "per_mille");
    h.unit_good = per_mille(pm, "unit_good", "per_mille");
    if (h.unit_excellent + h.unit_good > 1000) dj::bad_value("per_mille");
    h.excellent = per_mille(pm, "excellent", "per_mille");
    h.good = per_mille(pm, "good", "per_mille");
    h.completed = per_mille(pm, "completed", "per_mille");
    if (h.excellent + h.good + h.completed > 1000) dj::bad_value("per_mille");
    h.initiative_if_excellent = per_mille(pm, "initiative_if_excellent", "per_mille");
    h.province_initiative = per_mille(pm, "province_initiative", "per_mille");
    h.reprimand = per_mille(pm, "reprimand", "per_mille");
    h.warning = per_mille(pm, "warning", "per_mille");
    h.maternity = per_mille(pm, "maternity", "per_mille");
    h.long_sickness = per_mille(pm, "long_sickness", "per_mille");
    h.short_sickness = per_mille(pm, "short_sickness", "per_mille");
    if (h.reprimand + h.warning > 1000 || h.maternity + h.long_sickness + h.short_sickness > 1000) {
      dj::bad_value("per_mille");
    }
    h.title_authority = required_text(o, "title_authority", "");
    h.title_decision_suffix = required_text(o, "title_decision_suffix", "");
    h.initiative_authority = required_text(o, "initiative_authority", "");
    h.province_initiative_authority = required_text(o, "province_initiative_authority", "");
    h.initiative_decision_suffix = required_text(o, "initiative_decision_suffix", "");
    h.province_decision_suffix = required_text(o, "province_decision_suffix", "");
    h.discipline_authority = required_text(o, "discipline_authority", "");
    h.discipline_decision_suffix = required_text(o, "discipline_decision_suffix", "");
    const auto& titles = dj::array(dj::member(o, "initiative_titles", ""), "initiative_titles");
    if (titles.empty()) dj::bad_value("initiative_titles");
    for (size_t i = 0; i < titles.size(); ++i) {
      if (!titles[i].is_string() || titles[i].as_string().empty()) dj::bad_value(dj::at("initiative_titles", i));
      h.initiative_titles.emplace_back(titles[i].as_string());
    }
    const auto& star = dj::object(dj::member(o, "star", ""), "star");
    dj::only(star, {"full_name", "province_initiative_title"}, "star");
    h.star_name = required_text(star, "full_name", "star");
    h.star_province_title = required_text(star, "province_initiative_title", "star");
    return h;
  });
}

core::Result<DemoHistoryCounts> write_demo_history(store::Connection& conn, const DemoHistory& h,
                                                   const std::vector<DemoHistoryPerson>& people,
                                                   const std::vector<core::Unit>& units, uint64_t seed,
                                                   int this_year, const std::string& now,
                                                   bool leave_last_titles) {
  auto rules = shipped_award_rules();
  if (!rules.ok()) return rules.error();
  const std::string ldtt = name_of_award(*rules, "LDTT");
  const std::string cstdcs = name_of_award(*rules, "CSTDCS");
  DemoHistoryCounts counts;
  const int first = this_year - h.years;
  // Measures decided in a year count that year and the next (their period).
  std::map<int64_t, std::vector<int>> measure_years;
  int decision_seq = 0;
  std::set<int64_t> agencies;  // the declarations speak for the units' agencies
  for (const auto& u : units) agencies.insert(core::root_id_of_path(u.path));
  agencies.erase(0);
  for (int year = first; year < this_year; ++year) {
    const bool last = year == this_year - 1;
    std::vector<const DemoHistoryPerson*> advanced, outstanding;
    for (const auto& p : people) {
      const bool star = p.full_name == h.star_name;
      const YearDraw d = year_draw(h, p, seed, year, star, last);
      core::Evaluation e;
      e.person_id = p.id;
      e.year = year;
      e.rating = d.rating;
      e.rated_on = std::to_string(year) + "-12-20";
      e.created_at = now;
      THIDUA_TRY(store::insert_evaluation(conn, e));
      ++counts.ratings;
      if (d.measure) {
        core::DisciplineRecord m;
        m.person_id = p.id;
        m.measure = *d.measure;
        m.decided_on = std::to_string(year) + "-05-15";
        m.ends_on = std::to_string(year + 1) + "-05-14";
        m.decision_number = std::to_string(++decision_seq) + "/" + h.discipline_decision_suffix;
        m.authority = h.discipline_authority;
        m.created_at = now;
        THIDUA_TRY(store::insert_discipline(conn, m));
        ++counts.measures;
        measure_years[p.id].push_back(year);
      }
      int counted_days = 0;
      if (d.absence) {
        core::Absence a;
        a.person_id = p.id;
        a.year = year;
        a.days = d.absence_days;
        a.reason = *d.absence;
        a.created_at = now;
        THIDUA_TRY(store::insert_absence(conn, a));
        ++counts.absences;
        if (*d.absence != core::AbsenceReason::kMaternity) counted_days = d.absence_days;
      }
      auto write_initiative = [&](bool province, const std::string& title) -> core::Status {
        core::RecognisedInitiative i;
        i.title = title;
        i.scope = province ? core::InitiativeScope::kProvince : core::InitiativeScope::kAgency;
        i.year = year;
        i.decision_number =
            std::to_string(++decision_seq) + "/" + (province ? h.province_decision_suffix : h.initiative_decision_suffix);
        i.decision_date = std::to_string(year) + "-11-30";
        i.authority = province ? h.province_initiative_authority : h.initiative_authority;
        i.author_ids = {p.id};
        i.created_at = now;
        auto id = store::insert_recognised_initiative(conn, i);
        if (!id.ok()) return id.error();
        ++counts.initiatives;
        return {};
      };
      if (d.initiative) {
        const std::string& title = h.initiative_titles[draw(seed, p.id, year, 6) % h.initiative_titles.size()];
        THIDUA_TRY(write_initiative(false, title));
      }
      if (d.province) {
        THIDUA_TRY(write_initiative(true, star ? h.star_province_title
                                               : h.initiative_titles[draw(seed, p.id, year, 7) %
                                                                     h.initiative_titles.size()]));
      }
      // The rules of the year, as the shipped rules state them.
      const auto& measured = measure_years[p.id];
      const bool disciplined = std::any_of(measured.begin(), measured.end(), [&](int y) {
        return y == year || y == year - 1;
      });
      if (core::rating_at_least(d.rating, core::EvaluationRating::kGood) && !disciplined && counted_days < 40) {
        // The star first, so the quota never leaves them out.
        advanced.insert(star ? advanced.begin() : advanced.end(), &p);
        if (d.rating == core::EvaluationRating::kExcellent && d.initiative) {
          outstanding.insert(star ? outstanding.begin() : outstanding.end(), &p);
        }
      }
    }
    // The year's titles: one decision each, Chiến sĩ thi đua cơ sở within 15 %
    // of those reaching Lao động tiên tiến.
    const size_t quota = advanced.size() * 15 / 100;
    if (outstanding.size() > quota) outstanding.resize(quota);
    const bool decided = !(last && leave_last_titles);  // else left to the year's review
    if (!decided) {
      advanced.clear();
      outstanding.clear();
    }
    for (const auto& [list, name] : {std::pair{&advanced, ldtt}, std::pair{&outstanding, cstdcs}}) {
      const std::string number = std::to_string(++decision_seq) + "/" + h.title_decision_suffix;
      for (const DemoHistoryPerson* p : *list) {
        core::AwardRecord a;
        a.subject = "individual";
        a.person_id = p->id;
        a.unit_id = p->unit_id;
        a.recipient_name = p->full_name;
        a.unit_name = p->unit_name;
        a.award_name = name;
        a.granted_by = h.title_authority;
        a.decision_number_symbol = number;
        a.decision_date = std::to_string(year) + "-12-28";
        a.year = year;
        a.created_at = now;
        a.source = core::AwardSource::kImported;
        a.level = core::AwardLevel::kAgency;
        a.occasion = core::AwardOccasion::kAnnual;
        auto id = store::insert_award(conn, a);
        if (!id.ok()) return id.error();
        ++counts.titles;
      }
    }
    for (auto kind : core::kFactKinds) {
      if (!decided && kind == core::FactKind::kTitles) continue;
      for (int64_t agency : agencies) {
        auto declared = store::declare_fact_year(conn, agency, kind, year, 0, now);
        if (!declared.ok()) return declared.error();
      }
    }
    THIDUA_TRY(write_unit_year(conn, h, *rules, units, seed, year, now, decision_seq, counts, decided));
  }
  return counts;
}

}  // namespace thidua::app
