#include "store/campaigns.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "core/messages_vi/storage.h"
#include "store/campaign_json.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

Param opt_int(const std::optional<int>& v) { return v ? Param{int64_t{*v}} : Param{nullptr}; }

std::string checks_text(const std::vector<core::DataCheck>& checks) {
  std::string out;
  for (auto c : checks) {
    if (!out.empty()) out += ',';
    out += core::data_check_code(c);
  }
  return out;
}

std::vector<core::DataCheck> parse_checks(const std::string& text) {
  std::vector<core::DataCheck> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (auto c = core::parse_data_check(text.substr(start, comma - start))) out.push_back(*c);
    start = comma + 1;
  }
  return out;
}

// The date in Vietnam (UTC+7) of an ISO instant ("2026-11-24T18:30:00.000Z"
// is "2026-11-25"), the day units' closings are judged on; the instant's own
// first ten characters when it does not read as one.
std::string vietnam_day(const std::string& instant) {
  int y = 0;
  unsigned m = 0, d = 0, h = 0;
  if (instant.size() < 13 || std::sscanf(instant.c_str(), "%4d-%2u-%2uT%2u", &y, &m, &d, &h) != 4) {
    return instant.substr(0, std::min<size_t>(instant.size(), 10));
  }
  using namespace std::chrono;
  const year_month_day local{floor<days>(sys_days{year{y} / month{m} / day{d}} + hours(h + 7))};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(local.year()),
                static_cast<unsigned>(local.month()), static_cast<unsigned>(local.day()));
  return out;
}

core::Status write_units(Connection& conn, int64_t id, const core::Campaign& c, const std::string& now);

core::Status write_parts(Connection& conn, int64_t id, const core::Campaign& c, const std::string& now) {
  THIDUA_TRY(conn.exec("DELETE FROM campaign_award_types WHERE campaign_id = ?", {id}));
  THIDUA_TRY(conn.exec("DELETE FROM campaign_criteria WHERE campaign_id = ?", {id}));
  int64_t ord = 0;
  for (const auto& a : c.award_types) {
    THIDUA_TRY(conn.exec(
        "INSERT INTO campaign_award_types (campaign_id, ord, code, name, granted_by, level, own_authority, "
        "proposal_route, text, legal_citation, ballot_kind, vote_base, threshold_num, threshold_den, strictly_above, "
        "quorum_num, quorum_den, ballot_citation, ballot_citation_confirmed, recused_leave_base, eligibility_code) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        {id, ++ord, a.code, a.name, a.granted_by, std::string(core::award_level_code(a.level)), a.own_authority,
         a.proposal_route, a.text, a.legal_citation, std::string(core::ballot_kind_code(a.ballot.kind)),
         std::string(core::vote_base_code(a.ballot.base)), int64_t{a.ballot.threshold.numerator},
         int64_t{a.ballot.threshold.denominator}, a.ballot.strictly_above, int64_t{a.ballot.quorum.numerator},
         int64_t{a.ballot.quorum.denominator}, a.ballot.legal_citation, a.ballot.citation_confirmed,
         a.ballot.recused_leave_base, a.eligibility_code}));
  }
  ord = 0;
  for (const auto& k : c.criteria) {
    THIDUA_TRY(conn.exec(
        "INSERT INTO campaign_criteria (campaign_id, ord, subject, label, text, verification, checks) "
        "VALUES (?,?,?,?,?,?,?)",
        {id, ++ord, std::string(core::criterion_subject_code(k.subject)), k.label, k.text,
         std::string(core::verification_code(k.verification)), checks_text(k.checks)}));
  }
  return write_units(conn, id, c, now);
}

core::Status write_units(Connection& conn, int64_t id, const core::Campaign& c, const std::string& now) {
  THIDUA_TRY(conn.exec("DELETE FROM campaign_units WHERE campaign_id = ?", {id}));
  // Participating units: each target subtree, restricted to the kinds named,
  // without the units closed by the campaign's first day (its start, else its
  // issue date, else the day in Vietnam the plan is written): a unit
  // dissolved or merged before then has nobody left to take part.
  const std::string first_day = c.period.start_date ? c.period.start_date->substr(0, 10)
                                : c.issue_date       ? c.issue_date->substr(0, 10)
                                                     : vietnam_day(now);
  for (int64_t root : c.participants.target_unit_ids) {
    auto path = conn.query("SELECT path FROM units WHERE id = ?", {root});
    if (!path.ok()) return path.error();
    if (path->empty()) return core::Error{core::errc::kValidation, msg::kCampaignTargetUnitMissing, "participants"};
    Params params{id};
    const std::string in_subtree = scope_condition("u.path", {(*path)[0].str(0)}, params);
    params.emplace_back(first_day);
    params.emplace_back(id);
    std::string sql = "INSERT INTO campaign_units (campaign_id, unit_id) SELECT ?, u.id FROM units u WHERE " +
                      in_subtree +
                      " AND (u.valid_to IS NULL OR u.valid_to > ?)"
                      " AND NOT EXISTS (SELECT 1 FROM campaign_units x WHERE x.campaign_id = ? AND x.unit_id = u.id)";
    if (!c.participants.target_unit_kinds.empty()) {
      sql += " AND u.kind IN (" + sql_markers(c.participants.target_unit_kinds.size()) + ")";
      for (auto kind : c.participants.target_unit_kinds) params.emplace_back(std::string(core::unit_kind_code(kind)));
    }
    THIDUA_TRY(conn.exec(sql, params));
  }
  return core::Status{};
}

// The last column: the issuing unit's name in force on the plan's issue date
// (unit_names), "" when it has none recorded or is not issued yet.
constexpr const char* kSummaryColumns =
    "c.id, c.issuing_unit_id, u.name, u.path, c.state, c.kind, c.doc_symbol, c.number, c.issue_date, c.title, "
    "c.period_start, c.period_end, c.version, "
    "COALESCE((SELECT n.name FROM unit_names n WHERE n.unit_id = c.issuing_unit_id AND c.issue_date IS NOT NULL "
    "AND COALESCE(n.valid_from, '') <= c.issue_date AND (n.valid_to IS NULL OR n.valid_to > c.issue_date) "
    "ORDER BY n.id DESC LIMIT 1), '')";

core::CampaignSummary to_summary(const Row& r) {
  core::CampaignSummary s;
  s.id = r.i64(0);
  s.issuing_unit_id = r.i64(1);
  s.issuing_unit_name = r.str(2);
  s.issuing_unit_path = r.str(3);
  s.state = core::parse_campaign_state(r.str(4)).value_or(core::CampaignState::kDraft);
  s.kind = core::parse_campaign_kind(r.str(5)).value_or(core::CampaignKind::kThematic);
  s.doc_symbol = r.str(6);
  if (auto n = r.opt_i64(7)) s.number = static_cast<int>(*n);
  s.issue_date = r.opt_str(8);
  s.title = r.str(9);
  s.period_start = r.opt_str(10);
  s.period_end = r.str(11);
  s.version = r.i64(12);
  if (std::string then = r.str(13); then != s.issuing_unit_name) s.issuing_unit_name_then = std::move(then);
  return s;
}

std::string where_of(const CampaignQuery& q, Params& params) {
  std::string where = "1=1";
  if (q.id) {
    where += " AND c.id = ?";
    params.emplace_back(*q.id);
  }
  if (q.issued_by) {
    where += " AND c.issuing_unit_id = ?";
    params.emplace_back(*q.issued_by);
  }
  if (q.kind) {
    where += " AND c.kind = ?";
    params.emplace_back(std::string(core::campaign_kind_code(*q.kind)));
  }
  if (!q.states.empty()) {
    where += " AND c.state IN (" + sql_markers(q.states.size()) + ")";
    for (auto st : q.states) params.emplace_back(std::string(core::campaign_state_code(st)));
  }
  if (q.visible_in) {
    // Each scope_condition() appends its values: call them in SQL order.
    const std::string issued_in = scope_condition("u.path", *q.visible_in, params);
    const std::string taking_part = scope_condition("pu.path", *q.visible_in, params);
    where += " AND (" + issued_in +
             " OR EXISTS (SELECT 1 FROM campaign_units cu JOIN units pu ON pu.id = cu.unit_id "
             "WHERE cu.campaign_id = c.id AND " + taking_part + "))";
  }
  if (q.unpublished_in) {
    params.emplace_back(std::string(core::campaign_state_code(core::CampaignState::kDraft)));
    params.emplace_back(std::string(core::campaign_state_code(core::CampaignState::kApproved)));
    const std::string issued_in = scope_condition("u.path", *q.unpublished_in, params);
    where += " AND (c.state NOT IN (?, ?) OR " + issued_in + ")";
  }
  return where;
}

}  // namespace

core::Result<int64_t> insert_campaign(Connection& conn, const core::Campaign& c, std::optional<int64_t> actor_user_id,
                                      const std::string& actor_name, const std::string& now) {
  auto inserted = conn.query(
      "INSERT INTO campaigns (issuing_unit_id, kind, state, document_type, doc_symbol, number, place, issue_date, "
      "date_text, title, period_start, period_end, registration_deadline, progress_deadline, nomination_deadline, "
      "review_deadline, content_json, version, created_by, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?) RETURNING id",
      {c.issuing_unit_id, std::string(core::campaign_kind_code(c.kind)),
       std::string(core::campaign_state_code(c.state)), c.document_type, c.doc_symbol, opt_int(c.number), c.place,
       opt(c.issue_date), c.date_text, c.title, opt(c.period.start_date), c.period.end_date,
       opt(c.period.registration_deadline), opt(c.period.progress_deadline), opt(c.period.nomination_deadline),
       opt(c.period.review_deadline), campaign_content_json(c), opt(actor_user_id), now, now});
  if (!inserted.ok()) return inserted.error();
  const int64_t id = (*inserted)[0].i64(0);
  THIDUA_TRY(write_parts(conn, id, c, now));
  THIDUA_TRY(conn.exec(
      "INSERT INTO campaign_events (campaign_id, from_state, to_state, at, actor_user_id, actor_name, note) "
      "VALUES (?, NULL, ?, ?, ?, ?, '')",
      {id, std::string(core::campaign_state_code(c.state)), now, opt(actor_user_id), actor_name}));
  return id;
}

core::Status update_campaign(Connection& conn, const core::Campaign& c, int64_t expected_version,
                             const std::string& now) {
  auto changed = conn.exec(
      "UPDATE campaigns SET issuing_unit_id = ?, kind = ?, document_type = ?, doc_symbol = ?, place = ?, "
      "date_text = ?, title = ?, period_start = ?, period_end = ?, registration_deadline = ?, progress_deadline = ?, "
      "nomination_deadline = ?, review_deadline = ?, content_json = ?, version = version + 1, updated_at = ? "
      "WHERE id = ? AND version = ?",
      {c.issuing_unit_id, std::string(core::campaign_kind_code(c.kind)), c.document_type, c.doc_symbol, c.place,
       c.date_text, c.title, opt(c.period.start_date), c.period.end_date, opt(c.period.registration_deadline),
       opt(c.period.progress_deadline), opt(c.period.nomination_deadline), opt(c.period.review_deadline),
       campaign_content_json(c), now, c.id, expected_version});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return core::Error{core::errc::kConflict, msg::kCampaignStale, "version", {}};
  return write_parts(conn, c.id, c, now);
}

core::Result<std::optional<core::Campaign>> find_campaign(Connection& conn, int64_t id) {
  auto rows = conn.query(
      "SELECT id, issuing_unit_id, kind, state, document_type, doc_symbol, number, place, issue_date, date_text, "
      "title, period_start, period_end, registration_deadline, progress_deadline, nomination_deadline, "
      "review_deadline, content_json FROM campaigns WHERE id = ?",
      {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Campaign>{};
  const Row& r = (*rows)[0];
  core::Campaign c;
  c.id = r.i64(0);
  c.issuing_unit_id = r.i64(1);
  c.kind = core::parse_campaign_kind(r.str(2)).value_or(core::CampaignKind::kThematic);
  c.state = core::parse_campaign_state(r.str(3)).value_or(core::CampaignState::kDraft);
  c.document_type = r.str(4);
  c.doc_symbol = r.str(5);
  if (auto n = r.opt_i64(6)) c.number = static_cast<int>(*n);
  c.place = r.str(7);
  c.issue_date = r.opt_str(8);
  c.date_text = r.str(9);
  c.title = r.str(10);
  c.period.start_date = r.opt_str(11);
  c.period.end_date = r.str(12);
  c.period.registration_deadline = r.opt_str(13);
  c.period.progress_deadline = r.opt_str(14);
  c.period.nomination_deadline = r.opt_str(15);
  c.period.review_deadline = r.opt_str(16);
  THIDUA_TRY(read_campaign_content(r.str(17), c));

  auto awards = conn.query(
      "SELECT id, code, name, granted_by, level, own_authority, proposal_route, text, legal_citation, ballot_kind, "
      "vote_base, threshold_num, threshold_den, strictly_above, quorum_num, quorum_den, ballot_citation, "
      "ballot_citation_confirmed, recused_leave_base, eligibility_code FROM campaign_award_types WHERE campaign_id = ? "
      "ORDER BY ord",
      {id});
  if (!awards.ok()) return awards.error();
  for (const Row& a : *awards) {
    core::AwardType t;
    t.id = a.i64(0);
    t.code = a.str(1);
    t.name = a.str(2);
    t.granted_by = a.str(3);
    t.level = core::parse_award_level(a.str(4)).value_or(core::AwardLevel::kAgency);
    t.own_authority = a.i64(5) != 0;
    t.proposal_route = a.str(6);
    t.text = a.str(7);
    t.legal_citation = a.str(8);
    t.ballot.kind = core::parse_ballot_kind(a.str(9)).value_or(core::BallotKind::kSecret);
    t.ballot.base = core::parse_vote_base(a.str(10)).value_or(core::VoteBase::kPresent);
    t.ballot.threshold = {static_cast<int>(a.i64(11)), static_cast<int>(a.i64(12))};
    t.ballot.strictly_above = a.i64(13) != 0;
    t.ballot.quorum = {static_cast<int>(a.i64(14)), static_cast<int>(a.i64(15))};
    t.ballot.legal_citation = a.str(16);
    t.ballot.citation_confirmed = a.i64(17) != 0;
    t.ballot.recused_leave_base = a.i64(18) != 0;
    t.eligibility_code = a.str(19);
    c.award_types.push_back(std::move(t));
  }
  auto criteria = conn.query(
      "SELECT id, subject, label, text, verification, checks FROM campaign_criteria WHERE campaign_id = ? ORDER BY ord",
      {id});
  if (!criteria.ok()) return criteria.error();
  for (const Row& k : *criteria) {
    core::Criterion cr;
    cr.id = k.i64(0);
    cr.subject = core::parse_criterion_subject(k.str(1)).value_or(core::CriterionSubject::kIndividual);
    cr.label = k.str(2);
    cr.text = k.str(3);
    cr.verification = core::parse_verification(k.str(4)).value_or(core::Verification::kAttested);
    cr.checks = parse_checks(k.str(5));
    c.criteria.push_back(std::move(cr));
  }
  return std::optional<core::Campaign>(std::move(c));
}

core::Result<std::vector<core::CampaignSummary>> list_campaigns(Connection& conn, const CampaignQuery& q) {
  Params params;
  std::string sql = std::string("SELECT ") + kSummaryColumns +
                    " FROM campaigns c JOIN units u ON u.id = c.issuing_unit_id WHERE " + where_of(q, params) +
                    " ORDER BY c.id DESC LIMIT ? OFFSET ?";
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::CampaignSummary> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back(to_summary(r));
  return out;
}

core::Result<int64_t> count_campaigns(Connection& conn, const CampaignQuery& q) {
  Params params;
  auto rows = conn.query("SELECT COUNT(*) FROM campaigns c JOIN units u ON u.id = c.issuing_unit_id WHERE " +
                             where_of(q, params),
                         params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Status change_campaign_state(Connection& conn, int64_t campaign_id, const StateChange& ch,
                                   const std::string& now) {
  Params params{std::string(core::campaign_state_code(ch.to)), now};
  std::string sql = "UPDATE campaigns SET state = ?, updated_at = ?, version = version + 1";
  if (ch.number) {
    sql += ", number = ?, issue_date = ?, date_text = ?";
    params.emplace_back(int64_t{*ch.number});
    params.push_back(opt(ch.issue_date));
    params.emplace_back(ch.date_text.value_or(""));
  }
  sql += " WHERE id = ? AND state = ? AND version = ?";
  params.emplace_back(campaign_id);
  params.emplace_back(std::string(core::campaign_state_code(ch.from)));
  params.emplace_back(ch.expected_version);
  auto changed = conn.exec(sql, params);
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return core::Error{core::errc::kConflict, msg::kCampaignStale, "version", {}};
  THIDUA_TRY(conn.exec(
      "INSERT INTO campaign_events (campaign_id, from_state, to_state, at, actor_user_id, actor_name, note) "
      "VALUES (?,?,?,?,?,?,?)",
      {campaign_id, std::string(core::campaign_state_code(ch.from)), std::string(core::campaign_state_code(ch.to)),
       now, opt(ch.actor_user_id), ch.actor_name, ch.note}));
  return core::Status{};
}

core::Result<std::vector<core::CampaignEvent>> campaign_events(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT from_state, to_state, at, actor_name, note FROM campaign_events WHERE campaign_id = ? ORDER BY id",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::CampaignEvent> out;
  for (const Row& r : *rows) {
    core::CampaignEvent e;
    if (!r.is_null(0)) e.from = core::parse_campaign_state(r.str(0));
    e.to = core::parse_campaign_state(r.str(1)).value_or(core::CampaignState::kDraft);
    e.at = r.str(2);
    e.actor_name = r.str(3);
    e.note = r.str(4);
    out.push_back(std::move(e));
  }
  return out;
}

core::Status drop_closed_units(Connection& conn, int64_t campaign_id, const std::string& first_day) {
  auto n = conn.exec(
      "DELETE FROM campaign_units WHERE campaign_id = ? AND unit_id IN "
      "(SELECT id FROM units WHERE valid_to IS NOT NULL AND valid_to <= ?)",
      {campaign_id, first_day});
  if (!n.ok()) return n.error();
  return {};
}

core::Result<std::vector<core::ParticipatingUnit>> campaign_units(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT u.id, u.code, u.name, u.path FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
      "WHERE cu.campaign_id = ? ORDER BY u.path",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::ParticipatingUnit> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3)});
  return out;
}

core::Result<ParticipatingSlice> campaign_units_within(Connection& conn, int64_t campaign_id,
                                                       const std::optional<std::vector<std::string>>& within,
                                                       size_t limit) {
  Params params{campaign_id};
  std::string sql;
  if (within) {
    // The units inside the paths in tree order (units_path), each looked up
    // among the plan's: an officer's few units cost a few lookups, however
    // large the plan, and the walk stops at the limit.
    sql = std::string("SELECT u.id, u.code, u.name, u.path FROM units u ") + join_left_first(conn.engine()) +
          " campaign_units cu ON cu.unit_id = u.id AND cu.campaign_id = ? WHERE " +
          scope_condition("u.path", *within, params);
  } else {
    sql = "SELECT u.id, u.code, u.name, u.path FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
          "WHERE cu.campaign_id = ?";
  }
  sql += " ORDER BY u.path LIMIT ?";
  params.emplace_back(static_cast<int64_t>(limit) + 1);
  ParticipatingSlice out;
  auto read = conn.query_each(sql, params, [&](const RowView& r) {
    if (out.units.size() == limit) {
      out.more = true;
      return;
    }
    out.units.push_back({r.i64(0), std::string(r.text(1)), std::string(r.text(2)), std::string(r.text(3))});
  });
  if (!read.ok()) return read.error();
  return out;
}

core::Result<std::optional<core::ParticipatingUnit>> campaign_unit(Connection& conn, int64_t campaign_id,
                                                                   int64_t unit_id) {
  auto rows = conn.query(
      "SELECT u.id, u.code, u.name, u.path FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
      "WHERE cu.campaign_id = ? AND cu.unit_id = ?",
      {campaign_id, unit_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::ParticipatingUnit>();
  const Row& r = (*rows)[0];
  return std::optional<core::ParticipatingUnit>(core::ParticipatingUnit{r.i64(0), r.str(1), r.str(2), r.str(3)});
}

core::Result<std::map<std::string, core::ParticipatingUnit>> campaign_unit_holders(
    Connection& conn, int64_t campaign_id, const std::vector<std::string>& unit_paths) {
  // A unit and its ancestors are the prefixes of its path ending in '/'.
  std::set<std::string> prefixes;
  for (const auto& path : unit_paths) {
    for (auto& p : path_and_ancestors(path)) prefixes.insert(std::move(p));
  }
  std::map<std::string, core::ParticipatingUnit> taking_part;  // by path
  constexpr size_t kChunk = 400;
  std::vector<std::string> chunk;
  const auto flush = [&]() -> core::Status {
    if (chunk.empty()) return {};
    Params params{campaign_id};
    for (auto& p : chunk) params.emplace_back(std::move(p));
    chunk.clear();
    auto read = conn.query_each(
        std::string("SELECT u.id, u.code, u.name, u.path FROM units u ") + join_left_first(conn.engine()) +
            " campaign_units cu ON cu.unit_id = u.id AND cu.campaign_id = ? WHERE u.path IN (" +
            sql_markers(params.size() - 1) + ")",
        params, [&](const RowView& r) {
          std::string path(r.text(3));
          taking_part.emplace(path, core::ParticipatingUnit{r.i64(0), std::string(r.text(1)),
                                                            std::string(r.text(2)), path});
        });
    if (!read.ok()) return read.error();
    return {};
  };
  for (const auto& p : prefixes) {
    chunk.push_back(p);
    if (chunk.size() == kChunk) THIDUA_TRY(flush());
  }
  THIDUA_TRY(flush());
  std::map<std::string, core::ParticipatingUnit> out;
  for (const auto& path : unit_paths) {
    const auto ancestors = path_and_ancestors(path);
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {  // the deepest first
      if (auto found = taking_part.find(*it); found != taking_part.end()) {
        out.emplace(path, found->second);
        break;
      }
    }
  }
  return out;
}

core::Result<bool> unit_takes_part(Connection& conn, int64_t campaign_id, int64_t unit_id) {
  auto rows = conn.query("SELECT 1 FROM campaign_units WHERE campaign_id = ? AND unit_id = ?", {campaign_id, unit_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

}  // namespace thidua::store
