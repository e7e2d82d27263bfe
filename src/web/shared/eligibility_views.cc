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
