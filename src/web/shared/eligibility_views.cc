#include "web/shared/eligibility_views.h"

#include <boost/json/object.hpp>

#include "core/evaluation.h"
#include "core/messages_vi/eligibility.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

json::array eligibility_view(const std::vector<app::AwardEligibility>& awards) {
  json::array out;
  for (const auto& a : awards) {
    json::array rules;
    for (const auto& r : a.judgement.rules) {
      json::array used(r.used.begin(), r.used.end()), wanting(r.wanting.begin(), r.wanting.end());
      rules.push_back(json::object{{"verdict", core::verdict_label(r.verdict)},
                                   {"asks", r.asks},
                                   {"has_used", !used.empty()},
                                   {"used", used},
                                   {"has_wanting", !wanting.empty()},
                                   {"wanting", wanting},
                                   {"citation", r.citation},
                                   {"to_confirm", r.to_confirm},
                                   {"to_confirm_text", msg::kRuleToConfirm}});
    }
    out.push_back(json::object{{"name", a.name},
                               {"verdict", core::verdict_label(a.judgement.verdict)},
                               {"not_met", a.judgement.verdict == core::Verdict::kNotMet},
                               {"rules", rules}});
  }
  return out;
}

namespace {

// What an award not met still wants: the lines of its rules not met.
json::array wanting_of(const core::Judgement& j) {
  json::array out;
  for (const auto& r : j.rules) {
    if (r.verdict == core::Verdict::kMet) continue;
    for (const auto& w : r.wanting) out.emplace_back(w);
  }
  return out;
}

}  // namespace

json::object within_reach_view(const std::vector<app::AwardEligibility>& awards,
                               const std::vector<core::WithinReach>& reach) {
  json::object out{{"all_met", !awards.empty() && reach.empty()}};
  if (reach.empty()) {
    out["next"] = nullptr;
    return out;
  }
  const auto& first = awards.at(reach.front().index);
  out["next"] = json::object{{"name", first.name},
                             {"short_of", reach.front().short_of},
                             {"wanting", wanting_of(first.judgement)}};
  json::array later;
  for (size_t i = 1; i < reach.size(); ++i) {
    later.push_back(json::object{{"name", awards.at(reach[i].index).name}, {"short_of", reach[i].short_of}});
  }
  out["has_later"] = !later.empty();
  out["later"] = std::move(later);
  return out;
}

json::array within_reach_json(const std::vector<app::AwardEligibility>& awards,
                              const std::vector<core::WithinReach>& reach) {
  json::array out;
  for (const auto& w : reach) {
    const auto& a = awards.at(w.index);
    out.push_back(json::object{{"code", a.code},
                               {"name", a.name},
                               {"short_of", w.short_of},
                               {"wanting", wanting_of(a.judgement)}});
  }
  return out;
}

json::array eligibility_json(const std::vector<app::AwardEligibility>& awards) {
  json::array out;
  for (const auto& a : awards) {
    json::array rules;
    for (const auto& r : a.judgement.rules) {
      rules.push_back(json::object{{"verdict", core::verdict_code(r.verdict)},
                                   {"asks", r.asks},
                                   {"used", json::array(r.used.begin(), r.used.end())},
                                   {"wanting", json::array(r.wanting.begin(), r.wanting.end())},
                                   {"citation", r.citation},
                                   {"to_confirm", r.to_confirm}});
    }
    out.push_back(json::object{
        {"code", a.code}, {"name", a.name}, {"verdict", core::verdict_code(a.judgement.verdict)}, {"rules", rules}});
  }
  return out;
}

boost::json::array rating_options(const std::string& chosen) {
  boost::json::array options;
  const auto picked = core::read_evaluation_rating(chosen);
  for (auto r : {core::EvaluationRating::kExcellent, core::EvaluationRating::kGood, core::EvaluationRating::kCompleted,
                 core::EvaluationRating::kNotCompleted}) {
    options.push_back(boost::json::object{{"value", core::evaluation_rating_code(r)},
                                          {"label", core::evaluation_rating_label(r)},
                                          {"selected", picked == r}});
  }
  return options;
}

}  // namespace thidua::web
