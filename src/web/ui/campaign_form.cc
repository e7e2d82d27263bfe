#include "web/ui/campaign_form.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/array.hpp>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/org.h"
#include "core/blanks.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/shared/params.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

constexpr int kBlankRows = 2;

std::vector<std::string> all_values(const Ctx& ctx, const std::string& name) {
  std::vector<std::string> out;
  auto [b, e] = ctx.form.equal_range(name);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

std::optional<std::string> opt_date(const std::string& s) {
  std::string t = core::trim_blanks(s);
  return t.empty() ? std::nullopt : std::optional<std::string>(t);
}

// Row `i` of the same-named fields `names`, or "" past the end.
struct Rows {
  const Ctx& ctx;
  size_t count = 0;
  std::map<std::string, std::vector<std::string>> columns;
  Rows(const Ctx& c, std::initializer_list<const char*> names) : ctx(c) {
    for (const char* n : names) {
      columns[n] = all_values(c, n);
      count = std::max(count, columns[n].size());
    }
  }
  std::string at(const char* name, size_t i) const {
    const auto& col = columns.at(name);
    return i < col.size() ? core::trim_blanks(col[i]) : std::string();
  }
  bool blank(size_t i, std::initializer_list<const char*> names) const {
    for (const char* n : names) {
      if (!at(n, i).empty()) return false;
    }
    return true;
  }
};

json::array options(const std::vector<std::pair<std::string, std::string>>& values, const std::string& selected) {
  json::array out;
  for (const auto& [v, label] : values) out.push_back(json::object{{"value", v}, {"label", label}, {"selected", v == selected}});
  return out;
}

std::vector<std::pair<std::string, std::string>> level_values() {
  std::vector<std::pair<std::string, std::string>> v;
  for (auto l : {core::AwardLevel::kAgency, core::AwardLevel::kProvince, core::AwardLevel::kMinistry,
                 core::AwardLevel::kNational}) {
    v.emplace_back(std::string(core::award_level_code(l)), std::string(core::award_level_label(l)));
  }
  return v;
}

const std::vector<core::DataCheck>& all_checks() {
  static const std::vector<core::DataCheck> kAll{core::DataCheck::kUnitPlanSubmitted,
                                                 core::DataCheck::kRegistrationApproved,
                                                 core::DataCheck::kInitiativeRegistered, core::DataCheck::kSignatureTask};
  return kAll;
}

// The plan edited by the form, on top of `base` (headings and what the form
// does not show are kept).

}  // namespace

core::Campaign plan_from_form(const Ctx& ctx, core::Campaign c) {
  c.title = core::trim_blanks(ctx.field("title"));
  c.kind = core::parse_campaign_kind(ctx.field("kind")).value_or(c.kind);
  c.doc_symbol = core::trim_blanks(ctx.field("doc_symbol"));
  c.document_type = core::trim_blanks(ctx.field("document_type"));
  c.governing_body = core::trim_blanks(ctx.field("governing_body"));
  c.issuing_body = core::trim_blanks(ctx.field("issuing_body"));
  c.place = core::trim_blanks(ctx.field("place"));
  c.date_text = core::trim_blanks(ctx.field("date_text"));
  c.basis = core::trim_blanks(ctx.field("basis"));
  if (auto unit = parse_id(ctx.field("issuing_unit_id"))) c.issuing_unit_id = *unit;

  Rows impl(ctx, {"impl_number", "impl_date", "impl_issuer", "impl_title"});
  c.implements.clear();
  for (size_t i = 0; i < impl.count; ++i) {
    if (impl.blank(i, {"impl_number", "impl_date", "impl_issuer", "impl_title"})) continue;
    c.implements.push_back(
        {impl.at("impl_number", i), impl.at("impl_date", i), impl.at("impl_issuer", i), impl.at("impl_title", i)});
  }
  auto numbered = [&](const char* label, const char* text) {
    Rows rows(ctx, {label, text});
    std::vector<core::NumberedItem> out;
    for (size_t i = 0; i < rows.count; ++i) {
      if (rows.blank(i, {label, text})) continue;
      out.push_back({rows.at(label, i), rows.at(text, i)});
    }
    return out;
  };
  c.purposes = numbered("purpose_label", "purpose_text");
  c.contents = numbered("content_label", "content_text");

  auto& p = c.participants;
  p.collectives = {core::trim_blanks(ctx.field("collectives_label")), core::trim_blanks(ctx.field("collectives_text"))};
  p.individuals = {core::trim_blanks(ctx.field("individuals_label")), core::trim_blanks(ctx.field("individuals_text"))};
  p.target_unit_ids.clear();
  for (const auto& v : all_values(ctx, "target_unit")) {
    if (auto id = parse_id(v)) p.target_unit_ids.push_back(*id);
  }
  p.target_unit_kinds.clear();
  for (const auto& v : all_values(ctx, "target_kind")) {
    if (auto k = core::parse_unit_kind(v)) p.target_unit_kinds.push_back(*k);
  }
  p.employment_categories.clear();
  for (const auto& v : all_values(ctx, "category")) {
    if (auto k = core::parse_category(v)) p.employment_categories.push_back(*k);
  }

  c.period.text = core::trim_blanks(ctx.field("period_text"));
  c.period.start_text = core::trim_blanks(ctx.field("period_start_text"));
  c.period.start_date = opt_date(ctx.field("period_start"));
  c.period.end_date = core::trim_blanks(ctx.field("period_end"));
  c.period.registration_deadline = opt_date(ctx.field("registration_deadline"));
  c.period.progress_deadline = opt_date(ctx.field("progress_deadline"));
  c.period.nomination_deadline = opt_date(ctx.field("nomination_deadline"));
  c.period.review_deadline = opt_date(ctx.field("review_deadline"));
  c.award_intro = core::trim_blanks(ctx.field("award_intro"));
  c.award_note = core::trim_blanks(ctx.field("award_note"));

  Rows aw(ctx, {"award_code", "award_name", "award_granted_by", "award_level", "award_own", "award_text",
                "award_ballot_kind", "award_base", "award_num", "award_den", "award_strict"});
  std::vector<core::AwardType> awards;
  for (size_t i = 0; i < aw.count; ++i) {
    if (aw.blank(i, {"award_code", "award_name", "award_granted_by", "award_text"})) continue;
    core::AwardType t;
    t.code = aw.at("award_code", i);
    for (const auto& old : c.award_types) {
      if (old.code == t.code) t = old;  // keeps the route, citations and quorum the form does not show
    }
    t.name = aw.at("award_name", i);
    t.granted_by = aw.at("award_granted_by", i);
    t.level = core::parse_award_level(aw.at("award_level", i)).value_or(t.level);
    t.own_authority = aw.at("award_own", i) != "no";
    t.text = aw.at("award_text", i);
    t.ballot.kind = core::parse_ballot_kind(aw.at("award_ballot_kind", i)).value_or(t.ballot.kind);
    t.ballot.base = core::parse_vote_base(aw.at("award_base", i)).value_or(t.ballot.base);
    auto num = parse_id(aw.at("award_num", i));
    auto den = parse_id(aw.at("award_den", i));
    // A malformed share is kept as 0/0 so that validate_plan names it.
    t.ballot.threshold = {num && *num <= 1000 ? static_cast<int>(*num) : 0,
                          den && *den <= 1000 ? static_cast<int>(*den) : 0};
    t.ballot.strictly_above = aw.at("award_strict", i) != "no";
    awards.push_back(std::move(t));
  }
  c.award_types = std::move(awards);

  Rows cr(ctx, {"criterion_row", "criterion_subject", "criterion_label", "criterion_text", "criterion_verification"});
  std::vector<core::Criterion> criteria;
  for (size_t i = 0; i < cr.count; ++i) {
    if (cr.blank(i, {"criterion_label", "criterion_text"})) continue;
    core::Criterion k;
    k.subject = core::parse_criterion_subject(cr.at("criterion_subject", i)).value_or(k.subject);
    k.label = cr.at("criterion_label", i);
    k.text = cr.at("criterion_text", i);
    k.verification = core::parse_verification(cr.at("criterion_verification", i)).value_or(k.verification);
    // The checks of a row are checkboxes named after the row's number.
    for (const auto& v : all_values(ctx, "criterion_check_" + cr.at("criterion_row", i))) {
      if (auto d = core::parse_data_check(v)) k.checks.push_back(*d);
    }
    if (k.verification == core::Verification::kAttested) k.checks.clear();
    criteria.push_back(std::move(k));
  }
  c.criteria = std::move(criteria);

  Rows tk(ctx, {"task_label", "task_assignee", "task_kind", "task_text", "task_unit_code", "task_unit_id"});
  std::vector<core::Assignment> tasks;
  for (size_t i = 0; i < tk.count; ++i) {
    if (tk.blank(i, {"task_label", "task_assignee", "task_text"})) continue;
    core::Assignment a;
    a.label = tk.at("task_label", i);
    a.assignee = tk.at("task_assignee", i);
    a.kind = core::parse_task_kind(tk.at("task_kind", i)).value_or(core::TaskKind::kOther);
    a.text = tk.at("task_text", i);
    a.unit_code = tk.at("task_unit_code", i);
    a.unit_id = parse_id(tk.at("task_unit_id", i));
    tasks.push_back(std::move(a));
  }
  c.assignments = std::move(tasks);

  c.recipients.clear();
  std::string lines = ctx.field("recipients");
  size_t start = 0;
  while (start <= lines.size()) {
    size_t nl = lines.find('\n', start);
    std::string line = core::trim_blanks(lines.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (line.rfind("- ", 0) == 0) line = core::trim_blanks(line.substr(2));
    if (!line.empty()) c.recipients.push_back(line);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  c.signer.authority = core::trim_blanks(ctx.field("signer_authority"));
  c.signer.position = core::trim_blanks(ctx.field("signer_position"));
  c.signer.name = core::trim_blanks(ctx.field("signer_name"));
  return c;
}

namespace {

const UnitField kIssuerUnit{"issuing_unit_id", "issuing_unit_code"};
const UnitField kTargetUnits{"target_unit", "target_unit_codes", true};
UnitKeep issuer_units(const core::Actor& actor) {
  return [&actor](const core::Unit& u) { return app::permits(actor, core::Action::kManageCampaigns, u.path); };
}

}  // namespace

core::Status take_plan_unit_codes(const app::Services& s, Ctx& ctx) {
  if (auto taken = take_unit_codes(s, ctx, kIssuerUnit, issuer_units(*ctx.actor)); !taken.ok()) return taken;
  return take_unit_codes(s, ctx, kTargetUnits);
}

json::object plan_form_data(const app::Services& s, const Ctx& ctx, const core::Campaign& c) {
  const core::Actor& actor = *ctx.actor;
  json::object d;
  for (auto [k, v] : std::initializer_list<std::pair<const char*, const std::string*>>{
           {"title", &c.title}, {"doc_symbol", &c.doc_symbol}, {"document_type", &c.document_type},
           {"governing_body", &c.governing_body}, {"issuing_body", &c.issuing_body}, {"place", &c.place},
           {"date_text", &c.date_text}, {"basis", &c.basis}, {"award_intro", &c.award_intro},
           {"award_note", &c.award_note}, {"period_text", &c.period.text},
           {"period_start_text", &c.period.start_text}, {"period_end", &c.period.end_date},
           {"collectives_label", &c.participants.collectives.label},
           {"collectives_text", &c.participants.collectives.text},
           {"individuals_label", &c.participants.individuals.label},
           {"individuals_text", &c.participants.individuals.text}, {"signer_authority", &c.signer.authority},
           {"signer_position", &c.signer.position}, {"signer_name", &c.signer.name}}) {
    d[k] = *v;
  }
  auto opt = [](const std::optional<std::string>& v) { return v.value_or(""); };
  d["period_start"] = opt(c.period.start_date);
  d["registration_deadline"] = opt(c.period.registration_deadline);
  d["progress_deadline"] = opt(c.period.progress_deadline);
  d["nomination_deadline"] = opt(c.period.nomination_deadline);
  d["review_deadline"] = opt(c.period.review_deadline);
  std::vector<std::pair<std::string, std::string>> kinds;
  for (auto k : {core::CampaignKind::kAnnual, core::CampaignKind::kThematic, core::CampaignKind::kSpecial}) {
    kinds.emplace_back(std::string(core::campaign_kind_code(k)), std::string(core::campaign_kind_label(k)));
  }
  d["kinds"] = options(kinds, std::string(core::campaign_kind_code(c.kind)));

  // Units the actor may issue plans for, and the units a plan may target.
  if (auto nodes = app::unit_tree(s, actor); nodes.ok()) {
    std::vector<int64_t> issuer;
    if (c.issuing_unit_id > 0) issuer.push_back(c.issuing_unit_id);
    json::object issuer_pick = unit_choice(**nodes, kIssuerUnit, issuer_units(actor), issuer, ctx.form);
    issuer_pick["required"] = true;
    d["issuer_pick"] = std::move(issuer_pick);
    d["targets_pick"] = unit_choice(**nodes, kTargetUnits, {}, c.participants.target_unit_ids, ctx.form);
  }
  json::array unit_kinds;
  for (auto k : {core::UnitKind::kAgency, core::UnitKind::kOffice, core::UnitKind::kDivision,
                 core::UnitKind::kSubDepartment, core::UnitKind::kCentre, core::UnitKind::kBranch,
                 core::UnitKind::kDistrictOffice, core::UnitKind::kOther}) {
    bool on = std::find(c.participants.target_unit_kinds.begin(), c.participants.target_unit_kinds.end(), k) !=
              c.participants.target_unit_kinds.end();
    unit_kinds.push_back(json::object{{"value", std::string(core::unit_kind_code(k))},
                                      {"label", std::string(core::unit_kind_label(k))},
                                      {"checked", on}});
  }
  d["unit_kinds"] = std::move(unit_kinds);
  json::array categories;
  for (auto k : {core::EmploymentCategory::kCivilServant, core::EmploymentCategory::kPublicEmployee,
                 core::EmploymentCategory::kWorker}) {
    bool on = std::find(c.participants.employment_categories.begin(), c.participants.employment_categories.end(),
                        k) != c.participants.employment_categories.end();
    categories.push_back(json::object{
        {"value", std::string(core::category_code(k))}, {"label", std::string(core::category_label(k))}, {"checked", on}});
  }
  d["categories"] = std::move(categories);

  json::array impl;
  for (const auto& x : c.implements) {
    impl.push_back(json::object{{"number", x.number_symbol}, {"date", x.date}, {"issuer", x.issuer}, {"title", x.title}});
  }
  for (int i = 0; i < kBlankRows; ++i) impl.push_back(json::object{});
  d["implements"] = std::move(impl);
  auto items = [](const std::vector<core::NumberedItem>& v) {
    json::array a;
    for (const auto& x : v) a.push_back(json::object{{"label", x.label}, {"text", x.text}});
    for (int i = 0; i < kBlankRows; ++i) a.push_back(json::object{{"label", ""}, {"text", ""}});
    return a;
  };
  d["purposes"] = items(c.purposes);
  d["contents"] = items(c.contents);

  const std::vector<std::pair<std::string, std::string>> yes_no{{"yes", msg::kPageChoiceYes},
                                                                {"no", msg::kPageChoiceNo}};
  const std::vector<std::pair<std::string, std::string>> own_values{{"yes", msg::kPageOwnAuthority},
                                                                      {"no", msg::kPageHigherAuthority}};
  const std::vector<std::pair<std::string, std::string>> strict_values{{"yes", msg::kPageThresholdAbove},
                                                                         {"no", msg::kPageThresholdAtLeast}};
  std::vector<std::pair<std::string, std::string>> ballot_kinds, bases;
  for (auto k : {core::BallotKind::kSecret, core::BallotKind::kOpen}) {
    ballot_kinds.emplace_back(std::string(core::ballot_kind_code(k)), std::string(core::ballot_kind_label(k)));
  }
  for (auto b : {core::VoteBase::kPresent, core::VoteBase::kTotal}) {
    bases.emplace_back(std::string(core::vote_base_code(b)), std::string(core::vote_base_label(b)));
  }
  json::array awards;
  auto award_row = [&](const core::AwardType& t) {
    return json::object{{"code", t.code},
                        {"name", t.name},
                        {"granted_by", t.granted_by},
                        {"text", t.text},
                        {"levels", options(level_values(), std::string(core::award_level_code(t.level)))},
                        {"own", options(own_values, t.own_authority ? "yes" : "no")},
                        {"ballot_kinds", options(ballot_kinds, std::string(core::ballot_kind_code(t.ballot.kind)))},
                        {"bases", options(bases, std::string(core::vote_base_code(t.ballot.base)))},
                        {"num", t.ballot.threshold.numerator},
                        {"den", t.ballot.threshold.denominator},
                        {"strict", options(strict_values, t.ballot.strictly_above ? "yes" : "no")}};
  };
  for (const auto& t : c.award_types) awards.push_back(award_row(t));
  core::AwardType blank;
  blank.ballot = core::default_campaign_award_rule();
  for (int i = 0; i < kBlankRows; ++i) {
    auto row = award_row(blank);
    row["num"] = "";
    row["den"] = "";
    awards.push_back(std::move(row));
  }
  d["award_types"] = std::move(awards);

  std::vector<std::pair<std::string, std::string>> subjects, verifications, task_kinds;
  for (auto k : {core::CriterionSubject::kCollective, core::CriterionSubject::kIndividual}) {
    subjects.emplace_back(std::string(core::criterion_subject_code(k)), std::string(core::criterion_subject_label(k)));
  }
  for (auto v : {core::Verification::kAttested, core::Verification::kData}) {
    verifications.emplace_back(std::string(core::verification_code(v)), std::string(core::verification_label(v)));
  }
  json::array criteria;
  int row = 0;
  auto criterion_row = [&](const core::Criterion& k) {
    json::array checks;
    for (auto dc : all_checks()) {
      bool on = std::find(k.checks.begin(), k.checks.end(), dc) != k.checks.end();
      checks.push_back(json::object{{"value", std::string(core::data_check_code(dc))},
                                    {"label", std::string(core::data_check_label(dc))},
                                    {"checked", on},
                                    {"row", row}});
    }
    return json::object{{"row", row++},
                        {"label", k.label},
                        {"text", k.text},
                        {"subjects", options(subjects, std::string(core::criterion_subject_code(k.subject)))},
                        {"verifications", options(verifications, std::string(core::verification_code(k.verification)))},
                        {"checks", std::move(checks)}};
  };
  for (const auto& k : c.criteria) criteria.push_back(criterion_row(k));
  for (int i = 0; i < kBlankRows; ++i) criteria.push_back(criterion_row(core::Criterion{}));
  d["criteria"] = std::move(criteria);

  for (auto k : {core::TaskKind::kUnitPlan, core::TaskKind::kPublishOnWebsite, core::TaskKind::kReviewAndPropose,
                 core::TaskKind::kMonitorAndReport, core::TaskKind::kOther}) {
    task_kinds.emplace_back(std::string(core::task_kind_code(k)), std::string(core::task_kind_label(k)));
  }
  json::array tasks;
  auto task_row = [&](const core::Assignment& a) {
    return json::object{{"label", a.label},
                        {"assignee", a.assignee},
                        {"text", a.text},
                        {"unit_code", a.unit_code},
                        {"unit_id", a.unit_id ? std::to_string(*a.unit_id) : std::string()},
                        {"kinds", options(task_kinds, std::string(core::task_kind_code(a.kind)))}};
  };
  for (const auto& a : c.assignments) tasks.push_back(task_row(a));
  for (int i = 0; i < kBlankRows; ++i) tasks.push_back(task_row(core::Assignment{}));
  d["tasks"] = std::move(tasks);
  std::string recipients;
  for (const auto& r : c.recipients) recipients += "- " + r + "\n";
  d["recipients"] = recipients;
  return d;
}

}  // namespace thidua::web
