#include "app/campaign_json.h"

#include <functional>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "core/messages_vi/campaigns.h"
#include "store/campaign_json.h"

namespace thidua::app {
namespace {
namespace json = boost::json;
namespace msg = core::messages_vi;


json::value opt(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }

json::object share_json(const core::Share& s) {
  return json::object{{"numerator", s.numerator}, {"denominator", s.denominator}};
}

json::object ballot_json(const core::BallotRule& b) {
  return json::object{{"kind", std::string(core::ballot_kind_code(b.kind))},
                      {"base", std::string(core::vote_base_code(b.base))},
                      {"threshold", share_json(b.threshold)},
                      {"strictly_above", b.strictly_above},
                      {"quorum", share_json(b.quorum)},
                      {"recused_leave_base", b.recused_leave_base},
                      {"legal_citation", b.legal_citation},
                      {"citation_confirmed", b.citation_confirmed}};
}

// A strict reader over one JSON object; the first error wins and names the
// member by its full path.
class In {
 public:
  In(const json::object& o, std::string path, std::optional<core::Error>& error)
      : o_(o), path_(std::move(path)), error_(error) {}

  std::string at(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }
  bool failed() const { return error_.has_value(); }
  void fail(const std::string& field, const std::string& message) {
    if (!error_) error_ = core::make_error(core::errc::kValidation, message, field);
  }
  const json::value* get(std::string_view key) const { return o_.if_contains(key); }

  void text(std::string_view key, std::string& out) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (!v->is_string()) return fail(at(key), msg::json_field_not_string(at(key)));
    out = std::string(v->as_string());
  }
  void opt_text(std::string_view key, std::optional<std::string>& out) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (v->is_null()) {
      out.reset();
      return;
    }
    if (!v->is_string()) return fail(at(key), msg::json_field_not_string_or_null(at(key)));
    out = v->as_string().empty() ? std::nullopt : std::optional<std::string>(std::string(v->as_string()));
  }
  void integer(std::string_view key, int64_t& out) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (!v->is_int64()) return fail(at(key), msg::json_field_not_integer(at(key)));
    out = v->as_int64();
  }
  void small(std::string_view key, int& out) {
    int64_t n = out;
    integer(key, n);
    if (failed()) return;
    if (n < 0 || n > 1000000) return fail(at(key), msg::json_field_out_of_range(at(key)));
    out = static_cast<int>(n);
  }
  void opt_id(std::string_view key, std::optional<int64_t>& out) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (v->is_null()) {
      out.reset();
      return;
    }
    if (!v->is_int64() || v->as_int64() <= 0) return fail(at(key), msg::json_field_not_id_or_null(at(key)));
    out = v->as_int64();
  }
  void boolean(std::string_view key, bool& out) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (!v->is_bool()) return fail(at(key), msg::json_field_not_bool(at(key)));
    out = v->as_bool();
  }
  template <class E>
  void code(std::string_view key, E& out, std::optional<E> (*parse)(std::string_view), const char* allowed) {
    std::string s;
    const auto* v = get(key);
    if (!v || failed()) return;
    text(key, s);
    if (failed()) return;
    auto parsed = parse(s);
    if (!parsed) return fail(at(key), msg::json_value_not_allowed(at(key), allowed));
    out = *parsed;
  }
  // Calls `each(In&)` for every object of the array member `key`.
  bool objects(std::string_view key, const std::function<void(In&)>& each) {
    const auto* v = get(key);
    if (!v || failed()) return false;
    if (!v->is_array()) {
      fail(at(key), msg::json_field_not_array(at(key)));
      return false;
    }
    size_t i = 0;
    for (const auto& e : v->as_array()) {
      std::string p = at(key) + "[" + std::to_string(i++) + "]";
      if (!e.is_object()) {
        fail(p, msg::json_item_not_object(p));
        return false;
      }
      In in(e.as_object(), p, error_);
      each(in);
      if (failed()) return false;
    }
    return true;
  }
  // Calls `each(In&)` for the object member `key`, if present.
  void object(std::string_view key, const std::function<void(In&)>& each) {
    const auto* v = get(key);
    if (!v || failed()) return;
    if (!v->is_object()) return fail(at(key), msg::json_field_not_object(at(key)));
    In in(v->as_object(), at(key), error_);
    each(in);
  }
  // Reads an array of scalars, each through `one(value, path)`.
  bool values(std::string_view key, const std::function<void(const json::value&, const std::string&)>& one) {
    const auto* v = get(key);
    if (!v || failed()) return false;
    if (!v->is_array()) {
      fail(at(key), msg::json_field_not_array(at(key)));
      return false;
    }
    size_t i = 0;
    for (const auto& e : v->as_array()) {
      one(e, at(key) + "[" + std::to_string(i++) + "]");
      if (failed()) return false;
    }
    return true;
  }
  void items(std::string_view key, std::vector<core::NumberedItem>& out) {
    std::vector<core::NumberedItem> read;
    if (objects(key, [&](In& in) {
          core::NumberedItem item;
          in.text("label", item.label);
          in.text("text", item.text);
          read.push_back(std::move(item));
        })) {
      out = std::move(read);
    }
  }

 private:
  const json::object& o_;
  std::string path_;
  std::optional<core::Error>& error_;
};

void read_share(In& in, std::string_view key, core::Share& s) {
  in.object(key, [&](In& sh) {
    sh.small("numerator", s.numerator);
    sh.small("denominator", s.denominator);
  });
}

}  // namespace

json::object campaign_to_json(const core::Campaign& c) {
  // The plan's text parts under the names the store keeps them by (cited
  // documents, basis, headings, purposes, participants, contents, the award
  // lead and note, assignments, recipients, signer), then the rest.
  json::object o = json::parse(store::campaign_content_json(c)).as_object();
  o["id"] = c.id;
  o["state"] = std::string(core::campaign_state_code(c.state));
  o["issuing_unit_id"] = c.issuing_unit_id;
  o["document_type"] = c.document_type;
  o["doc_symbol"] = c.doc_symbol;
  o["number"] = c.number ? json::value(*c.number) : json::value(nullptr);
  o["number_line"] = core::number_line(c);
  o["place"] = c.place;
  o["issue_date"] = opt(c.issue_date);
  o["date_text"] = c.date_text;
  o["title"] = c.title;
  o["kind"] = std::string(core::campaign_kind_code(c.kind));
  const auto& p = c.period;
  o["period"] = json::object{{"text", p.text},
                             {"start_text", p.start_text},
                             {"start_date", opt(p.start_date)},
                             {"end_date", p.end_date},
                             {"registration_deadline", opt(p.registration_deadline)},
                             {"progress_deadline", opt(p.progress_deadline)},
                             {"nomination_deadline", opt(p.nomination_deadline)},
                             {"review_deadline", opt(p.review_deadline)}};
  // Optional ids are null in the API (the store leaves them out).
  for (auto& a : o["assignments"].as_array()) {
    if (!a.as_object().contains("unit_id")) a.as_object()["unit_id"] = nullptr;
  }
  if (!o["signer"].as_object().contains("person_id")) o["signer"].as_object()["person_id"] = nullptr;
  json::array awards;
  for (const auto& a : c.award_types) {
    awards.push_back(json::object{{"id", a.id},
                                  {"code", a.code},
                                  {"name", a.name},
                                  {"granted_by", a.granted_by},
                                  {"level", std::string(core::award_level_code(a.level))},
                                  {"own_authority", a.own_authority},
                                  {"proposal_route", a.proposal_route},
                                  {"text", a.text},
                                  {"legal_citation", a.legal_citation},
                                  {"eligibility_code", a.eligibility_code},
                                  {"ballot", ballot_json(a.ballot)}});
  }
  o["award_types"] = std::move(awards);
  json::array criteria;
  for (const auto& cr : c.criteria) {
    json::array checks;
    for (auto k : cr.checks) checks.push_back(json::string(core::data_check_code(k)));
    criteria.push_back(json::object{{"id", cr.id},
                                    {"subject", std::string(core::criterion_subject_code(cr.subject))},
                                    {"label", cr.label},
                                    {"text", cr.text},
                                    {"verification", std::string(core::verification_code(cr.verification))},
                                    {"checks", std::move(checks)}});
  }
  o["criteria"] = std::move(criteria);
  return o;
}

core::Result<core::Campaign> campaign_from_json(const json::object& o, core::Campaign c) {
  std::optional<core::Error> error;
  In in(o, "", error);
  if (const auto* v = in.get("issuing_unit_id"); v) {
    if (!v->is_int64() || v->as_int64() <= 0) in.fail("issuing_unit_id", msg::kJsonIssuingUnitInvalid);
    else c.issuing_unit_id = v->as_int64();
  }
  in.text("governing_body", c.governing_body);
  in.text("issuing_body", c.issuing_body);
  in.text("document_type", c.document_type);
  in.text("doc_symbol", c.doc_symbol);
  in.text("place", c.place);
  in.text("date_text", c.date_text);
  in.text("title", c.title);
  in.code("kind", c.kind, core::parse_campaign_kind, "annual, thematic, special");
  {
    std::vector<core::CitedDocument> docs;
    if (in.objects("implements", [&](In& d) {
          core::CitedDocument doc;
          d.text("number_symbol", doc.number_symbol);
          d.text("date", doc.date);
          d.text("issuer", doc.issuer);
          d.text("title", doc.title);
          docs.push_back(std::move(doc));
        })) {
      c.implements = std::move(docs);
    }
  }
  in.text("basis", c.basis);
  in.object("headings", [&](In& h) {
    auto& t = c.headings;
    h.text("purposes", t.purposes);
    h.text("participants_and_contents", t.participants_and_contents);
    h.text("participants", t.participants);
    h.text("contents", t.contents);
    h.text("period_and_awards", t.period_and_awards);
    h.text("period", t.period);
    h.text("awards", t.awards);
    h.text("criteria", t.criteria);
    h.text("criteria_intro", t.criteria_intro);
    h.text("collective_criteria", t.collective_criteria);
    h.text("individual_criteria", t.individual_criteria);
    h.text("implementation", t.implementation);
  });
  in.items("purposes", c.purposes);
  in.object("participants", [&](In& p) {
    auto& t = c.participants;
    p.object("collectives", [&](In& i) {
      i.text("label", t.collectives.label);
      i.text("text", t.collectives.text);
    });
    p.object("individuals", [&](In& i) {
      i.text("label", t.individuals.label);
      i.text("text", t.individuals.text);
    });
    std::vector<int64_t> ids;
    if (p.values("target_unit_ids", [&](const json::value& v, const std::string& path) {
          if (!v.is_int64() || v.as_int64() <= 0) return p.fail(path, msg::json_item_not_unit_id(path));
          ids.push_back(v.as_int64());
        })) {
      t.target_unit_ids = std::move(ids);
    }
    std::vector<core::UnitKind> kinds;
    if (p.values("target_unit_kinds", [&](const json::value& v, const std::string& path) {
          auto k = v.is_string() ? core::parse_unit_kind(std::string(v.as_string())) : std::nullopt;
          if (!k) return p.fail(path, msg::json_unit_kind_invalid(path));
          kinds.push_back(*k);
        })) {
      t.target_unit_kinds = std::move(kinds);
    }
    std::vector<core::EmploymentCategory> cats;
    if (p.values("employment_categories", [&](const json::value& v, const std::string& path) {
          auto k = v.is_string() ? core::parse_category(std::string(v.as_string())) : std::nullopt;
          if (!k) return p.fail(path, msg::json_employment_category_invalid(path));
          cats.push_back(*k);
        })) {
      t.employment_categories = std::move(cats);
    }
  });
  in.items("contents", c.contents);
  in.object("period", [&](In& p) {
    auto& t = c.period;
    p.text("text", t.text);
    p.text("start_text", t.start_text);
    p.opt_text("start_date", t.start_date);
    p.text("end_date", t.end_date);
    p.opt_text("registration_deadline", t.registration_deadline);
    p.opt_text("progress_deadline", t.progress_deadline);
    p.opt_text("nomination_deadline", t.nomination_deadline);
    p.opt_text("review_deadline", t.review_deadline);
  });
  in.text("award_intro", c.award_intro);
  {
    std::vector<core::AwardType> awards;
    if (in.objects("award_types", [&](In& a) {
          core::AwardType t;
          a.text("code", t.code);
          a.text("name", t.name);
          a.text("granted_by", t.granted_by);
          a.code("level", t.level, core::parse_award_level, "agency, province, ministry, national");
          a.boolean("own_authority", t.own_authority);
          a.text("proposal_route", t.proposal_route);
          a.text("text", t.text);
          a.text("legal_citation", t.legal_citation);
          a.text("eligibility_code", t.eligibility_code);
          a.object("ballot", [&](In& b) {
            b.code("kind", t.ballot.kind, core::parse_ballot_kind, "secret, open");
            b.code("base", t.ballot.base, core::parse_vote_base, "present, total");
            read_share(b, "threshold", t.ballot.threshold);
            b.boolean("strictly_above", t.ballot.strictly_above);
            read_share(b, "quorum", t.ballot.quorum);
            b.boolean("recused_leave_base", t.ballot.recused_leave_base);
            b.text("legal_citation", t.ballot.legal_citation);
            b.boolean("citation_confirmed", t.ballot.citation_confirmed);
          });
          awards.push_back(std::move(t));
        })) {
      c.award_types = std::move(awards);
    }
  }
  in.text("award_note", c.award_note);
  {
    std::vector<core::Criterion> criteria;
    if (in.objects("criteria", [&](In& k) {
          core::Criterion cr;
          k.code("subject", cr.subject, core::parse_criterion_subject, "collective, individual");
          k.text("label", cr.label);
          k.text("text", cr.text);
          k.code("verification", cr.verification, core::parse_verification, "data, attested");
          k.values("checks", [&](const json::value& v, const std::string& path) {
            auto d = v.is_string() ? core::parse_data_check(std::string(v.as_string())) : std::nullopt;
            if (!d) {
              return k.fail(path, msg::json_data_check_invalid(path));
            }
            cr.checks.push_back(*d);
          });
          criteria.push_back(std::move(cr));
        })) {
      c.criteria = std::move(criteria);
    }
  }
  {
    std::vector<core::Assignment> tasks;
    if (in.objects("assignments", [&](In& a) {
          core::Assignment t;
          a.text("label", t.label);
          a.text("assignee", t.assignee);
          a.text("unit_code", t.unit_code);
          a.opt_id("unit_id", t.unit_id);
          a.code("kind", t.kind, core::parse_task_kind,
                 "unit_plan, publish_on_website, review_and_propose, monitor_and_report, other");
          a.text("text", t.text);
          tasks.push_back(std::move(t));
        })) {
      c.assignments = std::move(tasks);
    }
  }
  {
    std::vector<std::string> recipients;
    if (in.values("recipients", [&](const json::value& v, const std::string& path) {
          if (!v.is_string()) return in.fail(path, msg::json_item_not_string(path));
          recipients.emplace_back(v.as_string());
        })) {
      c.recipients = std::move(recipients);
    }
  }
  in.object("signer", [&](In& s) {
    s.text("authority", c.signer.authority);
    s.text("position", c.signer.position);
    s.text("name", c.signer.name);
    s.opt_id("person_id", c.signer.person_id);
  });
  if (error) return *error;
  return c;
}

}  // namespace thidua::app
