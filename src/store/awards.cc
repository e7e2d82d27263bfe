#include "store/awards.h"

#include <set>

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/names.h"
#include "store/scope_sql.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "a.id, a.campaign_id, a.award_type_id, a.decision_id, a.nomination_id, a.subject, a.person_id, "
    "a.unit_id, a.recipient_name, a.unit_name, a.award_name, a.granted_by, a.decision_number_symbol, "
    "a.decision_date, a.certificate_number, a.year, a.created_at, COALESCE(u.path, ''), a.source, a.level, "
    "a.occasion, a.campaign_title";

core::AwardRecord award_from(const Row& r) {
  core::AwardRecord a;
  a.id = r.i64(0);
  a.campaign_id = r.opt_i64(1);
  a.award_type_id = r.opt_i64(2);
  a.decision_id = r.opt_i64(3);
  a.nomination_id = r.opt_i64(4);
  a.subject = r.str(5);
  a.person_id = r.opt_i64(6);
  a.unit_id = r.opt_i64(7);
  a.recipient_name = r.str(8);
  a.unit_name = r.str(9);
  a.award_name = r.str(10);
  a.granted_by = r.str(11);
  a.decision_number_symbol = r.str(12);
  a.decision_date = r.str(13);
  a.certificate_number = r.str(14);
  a.year = static_cast<int>(r.i64(15));
  a.created_at = r.str(16);
  a.unit_path = r.str(17);
  a.source = core::parse_award_source(r.str(18)).value_or(core::AwardSource::kIssued);
  a.level = core::parse_award_level(r.str(19));  // "" (not stated): nullopt
  a.occasion = core::parse_award_occasion(r.str(20)).value_or(core::AwardOccasion::kCampaign);
  a.campaign_title = r.str(21);
  return a;
}

// A word prefix of a folded column: the text starts with it or has it after
// a space. LIKE wildcards typed by the user are matched literally.
std::string word_prefix(const char* column, const std::string& folded, Params& params) {
  std::string text;
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '!') text += '!';
    text += c;
  }
  params.emplace_back(text + "%");
  params.emplace_back("% " + text + "%");
  return std::string(" AND (") + column + " LIKE ? ESCAPE '!' OR " + column + " LIKE ? ESCAPE '!')";
}

std::string where(const AwardQuery& q, Params& params) {
  std::string w = " WHERE 1 = 1";
  if (!q.name_folded.empty()) w += word_prefix("a.recipient_folded", q.name_folded, params);
  if (!q.granted_by_folded.empty()) w += word_prefix("a.granted_by_folded", q.granted_by_folded, params);
  if (!q.award_folded.empty()) w += word_prefix("a.award_folded", q.award_folded, params);
  if (q.source) {
    w += " AND a.source = ?";
    params.emplace_back(std::string(core::award_source_code(*q.source)));
  }
  if (q.year) {
    w += " AND a.year = ?";
    params.emplace_back(static_cast<int64_t>(*q.year));
  }
  if (!q.award_name.empty()) {
    w += " AND a.award_name = ?";
    params.emplace_back(q.award_name);
  }
  if (q.unit_path) w += " AND " + scope_condition("u.path", {*q.unit_path}, params);
  if (q.scopes) w += " AND " + scope_condition("u.path", *q.scopes, params);
  if (q.person_id) {
    w += " AND a.person_id = ?";
    params.emplace_back(*q.person_id);
  }
  if (q.collective_unit_id) {
    w += " AND a.subject = 'collective' AND a.unit_id = ?";
    params.emplace_back(*q.collective_unit_id);
  }
  if (q.decision_id) {
    w += " AND a.decision_id = ?";
    params.emplace_back(*q.decision_id);
  }
  if (q.id) {
    w += " AND a.id = ?";
    params.emplace_back(*q.id);
  }
  if (q.campaign_id) {
    w += " AND a.campaign_id = ?";
    params.emplace_back(*q.campaign_id);
  }
  return w;
}

}  // namespace

namespace {

constexpr const char* kInsertAward =
    "INSERT INTO awards (campaign_id, award_type_id, decision_id, nomination_id, subject, person_id, unit_id, "
    "recipient_name, recipient_folded, unit_name, award_name, granted_by, decision_number_symbol, decision_date, "
    "certificate_number, year, created_at, source, level, occasion, campaign_title, granted_by_folded, "
    "award_folded) VALUES ";
constexpr const char* kAwardValues = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

// The folded form of the texts an import repeats row after row (the
// grantor, the award's name): folded once while they stay the same.
class FoldOnce {
 public:
  const std::string& operator()(const std::string& text) {
    if (!done_ || text != text_) {
      text_ = text;
      folded_ = core::fold(text);
      done_ = true;
    }
    return folded_;
  }

 private:
  bool done_ = false;
  std::string text_;
  std::string folded_;
};

void bind_award(const core::AwardRecord& a, Params& p, FoldOnce& granted_by, FoldOnce& award_name) {
  p.push_back(opt(a.campaign_id));
  p.push_back(opt(a.award_type_id));
  p.push_back(opt(a.decision_id));
  p.push_back(opt(a.nomination_id));
  p.emplace_back(a.subject);
  p.push_back(opt(a.person_id));
  p.push_back(opt(a.unit_id));
  p.emplace_back(a.recipient_name);
  p.emplace_back(core::fold(a.recipient_name));
  p.emplace_back(a.unit_name);
  p.emplace_back(a.award_name);
  p.emplace_back(a.granted_by);
  p.emplace_back(a.decision_number_symbol);
  p.emplace_back(a.decision_date);
  p.emplace_back(a.certificate_number);
  p.emplace_back(static_cast<int64_t>(a.year));
  p.emplace_back(a.created_at);
  p.emplace_back(std::string(core::award_source_code(a.source)));
  p.emplace_back(a.level ? std::string(core::award_level_code(*a.level)) : std::string());
  p.emplace_back(std::string(core::award_occasion_code(a.occasion)));
  p.emplace_back(a.campaign_title);
  p.emplace_back(granted_by(a.granted_by));
  p.emplace_back(award_name(a.award_name));
}

}  // namespace

core::Result<int64_t> insert_award(Connection& conn, const core::AwardRecord& a) {
  Params params;
  params.reserve(23);
  FoldOnce granted_by;
  FoldOnce award_name;
  bind_award(a, params, granted_by, award_name);
  auto rows = conn.query(std::string(kInsertAward) + kAwardValues + " RETURNING id", params);
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Status insert_awards(Connection& conn, std::vector<core::AwardRecord>& awards) {
  // 23 values a row; 50 rows a statement keeps well under every engine's limit.
  constexpr size_t kPerInsert = 50;
  FoldOnce granted_by;
  FoldOnce award_name;
  for (size_t from = 0; from < awards.size(); from += kPerInsert) {
    const size_t to = std::min(awards.size(), from + kPerInsert);
    std::string sql = kInsertAward;
    Params params;
    params.reserve((to - from) * 23);
    for (size_t i = from; i < to; ++i) {
      if (i > from) sql += ',';
      sql += kAwardValues;
      bind_award(awards[i], params, granted_by, award_name);
    }
    sql += " RETURNING id";
    auto rows = conn.query(sql, params);
    if (!rows.ok()) return rows.error();
    if (rows->size() != to - from) return driver_error(core::errc::kStorage, "awards insert returned a wrong count");
    std::vector<int64_t> ids;
    ids.reserve(rows->size());
    for (const auto& r : *rows) ids.push_back(r.i64(0));
    std::sort(ids.begin(), ids.end());
    for (size_t i = from; i < to; ++i) awards[i].id = ids[i - from];
  }
  return {};
}

core::Result<std::vector<core::AwardRecord>> find_awards(Connection& conn, const AwardQuery& q) {
  // Step 1: the page's ids in order (by unit and year, from the index of
  // migration 122 alone: rows skipped or sorted away are never read); step 2:
  // those rows.
  Params params;
  std::string sql = "SELECT a.id FROM awards a LEFT JOIN units u ON u.id = a.unit_id" + where(q, params) +
                    " ORDER BY a.decision_date DESC, a.id LIMIT ? OFFSET ?";
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto ids = conn.query(sql, params);
  if (!ids.ok()) return ids.error();
  if (ids->empty()) return std::vector<core::AwardRecord>();
  std::unordered_map<int64_t, size_t> place;
  Params id_params;
  for (size_t i = 0; i < ids->size(); ++i) {
    place.emplace((*ids)[i].i64(0), i);
    id_params.emplace_back((*ids)[i].i64(0));
  }
  std::vector<std::optional<core::AwardRecord>> placed(ids->size());
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE a.id IN (" +
                             sql_markers(id_params.size()) + ")",
                         id_params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) {
    core::AwardRecord a = award_from(r);
    auto it = place.find(a.id);
    if (it != place.end()) placed[it->second] = std::move(a);
  }
  std::vector<core::AwardRecord> out;
  out.reserve(placed.size());
  for (auto& a : placed) {
    if (a) out.push_back(std::move(*a));  // an award deleted meanwhile is left out
  }
  return out;
}

core::Status for_each_award(Connection& conn, const AwardQuery& q,
                            const std::function<void(const core::AwardRecord&)>& sink) {
  // Keyset pagination on (decision_date DESC, id): constant cost per batch.
  constexpr int64_t kBatch = 1000;
  std::optional<std::pair<std::string, int64_t>> after;
  while (true) {
    Params params;
    std::string w = where(q, params);
    if (after) {
      w += " AND (a.decision_date < ? OR (a.decision_date = ? AND a.id > ?))";
      params.emplace_back(after->first);
      params.emplace_back(after->first);
      params.emplace_back(after->second);
    }
    params.emplace_back(kBatch);
    auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM awards a LEFT JOIN units u ON u.id = a.unit_id" +
                               w + " ORDER BY a.decision_date DESC, a.id LIMIT ?",
                           params);
    if (!rows.ok()) return rows.error();
    core::AwardRecord last;
    for (const auto& r : *rows) {
      last = award_from(r);
      sink(last);
    }
    if (rows->size() < static_cast<size_t>(kBatch)) return {};
    after = std::make_pair(last.decision_date, last.id);
  }
}

core::Result<std::vector<core::AwardRecord>> annual_titles_of_year(Connection& conn,
                                                                   const std::vector<int64_t>& person_ids,
                                                                   const std::vector<int64_t>& unit_ids, int year) {
  constexpr size_t kIds = 1000;
  std::vector<core::AwardRecord> out;
  auto run = [&](const std::vector<int64_t>& ids, const char* who) -> core::Status {
    for (size_t from = 0; from < ids.size(); from += kIds) {
      const std::vector<int64_t> part(ids.begin() + static_cast<std::ptrdiff_t>(from),
                                      ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), from + kIds)));
      Params params{static_cast<int64_t>(year)};
      const std::string list = bind_ids(part, params);
      auto rows = conn.query(std::string("SELECT ") + kColumns +
                                 " FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE a.year = ? AND "
                                 "a.occasion = 'annual' AND " + who + " IN (" + list + ") ORDER BY a.id",
                             params);
      if (!rows.ok()) return rows.error();
      for (const auto& r : *rows) out.push_back(award_from(r));
    }
    return {};
  };
  THIDUA_TRY(run(person_ids, "a.person_id"));
  THIDUA_TRY(run(unit_ids, "a.subject = 'collective' AND a.unit_id"));
  return out;
}

core::Result<std::vector<core::AwardRecord>> awards_of_recipients(Connection& conn,
                                                                  const std::vector<int64_t>& person_ids,
                                                                  const std::vector<int64_t>& unit_ids) {
  if (person_ids.empty() && unit_ids.empty()) return std::vector<core::AwardRecord>{};
  Params params;
  std::string cond;
  auto in_list = [&](const std::vector<int64_t>& ids) {
    std::string list;
    for (int64_t id : ids) {
      list += list.empty() ? "?" : ",?";
      params.emplace_back(id);
    }
    return list;
  };
  if (!person_ids.empty()) cond += "a.person_id IN (" + in_list(person_ids) + ")";
  if (!unit_ids.empty()) {
    if (!cond.empty()) cond += " OR ";
    cond += "(a.subject = 'collective' AND a.unit_id IN (" + in_list(unit_ids) + "))";
  }
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE " + cond + " ORDER BY a.id",
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<core::AwardRecord> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(award_from(r));
  return out;
}

core::Result<std::vector<core::AwardRecord>> annual_titles_in(Connection& conn, const PersonSpan& span,
                                                              const std::vector<std::string>& any_year) {
  Params params{span.first_id, span.last_id, static_cast<int64_t>(span.first_year),
                static_cast<int64_t>(span.last_year),
                std::string(core::award_occasion_code(core::AwardOccasion::kAnnual))};
  std::string named;
  for (const auto& name : any_year) {
    named += named.empty() ? "?" : ",?";
    params.emplace_back(name);
  }
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE a.person_id BETWEEN ? AND ? "
                             // "+": not by the year index, which holds a whole year of the agency.
                             "AND (+a.year BETWEEN ? AND ? OR a.occasion <> ?" +
                             (named.empty() ? std::string() : " OR a.award_folded IN (" + named + ")") +
                             ") ORDER BY a.id",
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<core::AwardRecord> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(award_from(r));
  return out;
}

core::Status fold_award_names(Connection& conn) {
  int64_t after = 0;
  while (true) {
    auto rows = conn.query(
        "SELECT id, recipient_name, granted_by, award_name FROM awards WHERE id > ? AND (granted_by_folded = '' "
        "OR recipient_folded = '' OR award_folded = '') ORDER BY id LIMIT 1000",
        {after});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) {
      auto st = conn.exec("UPDATE awards SET recipient_folded = ?, granted_by_folded = ?, award_folded = ? WHERE id = ?",
                          {core::fold(r.str(1)), core::fold(r.str(2)), core::fold(r.str(3)), r.i64(0)});
      if (!st.ok()) return st.error();
      after = r.i64(0);
    }
    if (rows->size() < 1000) return {};
  }
}

core::Result<int64_t> count_awards(Connection& conn, const AwardQuery& q) {
  Params params;
  auto rows = conn.query("SELECT count(*) FROM awards a LEFT JOIN units u ON u.id = a.unit_id" + where(q, params),
                         params);
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<std::vector<core::AwardCount>> award_counts(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT a.unit_name, a.award_name, a.granted_by, "
      "SUM(CASE WHEN a.subject = 'individual' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN a.subject = 'collective' THEN 1 ELSE 0 END), "
      "COALESCE(u.path, '') "
      "FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE a.campaign_id = ? "
      "GROUP BY a.unit_name, a.award_name, a.granted_by, u.path "
      "ORDER BY u.path, a.unit_name, a.award_name, a.granted_by",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::AwardCount> out;
  for (const auto& r : *rows) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.i64(3), r.i64(4), r.str(5)});
  }
  return out;
}

core::Result<std::set<int64_t>> campaigns_with_decided_awards(Connection& conn,
                                                             const std::vector<int64_t>& campaign_ids) {
  std::set<int64_t> out;
  if (campaign_ids.empty()) return out;
  Params params;
  const std::string in = bind_ids(campaign_ids, params);
  auto rows = conn.query("SELECT DISTINCT campaign_id FROM awards WHERE campaign_id IN (" + in +
                             ") AND decision_id IS NOT NULL",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.insert(r.i64(0));
  return out;
}

}  // namespace thidua::store
