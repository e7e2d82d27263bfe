// Difficulties (khó khăn, vướng mắc) raised by participating units during a
// campaign and the secretariat's answers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/unit_work.h"
#include "store/db.h"

namespace thidua::store {

struct DifficultyQuery {
  int64_t campaign_id = 0;
  // Raised by units inside these subtrees; nullopt: every unit.
  std::optional<std::vector<std::string>> within;
  std::optional<bool> answered;  // only answered (true) / open (false)
  int64_t offset = 0;
  int64_t limit = 50;
};

// Newest first; one query.
core::Result<std::vector<core::Difficulty>> list_difficulties(Connection& conn, const DifficultyQuery& q);
core::Result<int64_t> count_difficulties(Connection& conn, const DifficultyQuery& q);

// Difficulty `id` of campaign `campaign_id`; nullopt when absent.
core::Result<std::optional<core::Difficulty>> find_difficulty(Connection& conn, int64_t campaign_id, int64_t id);

// Returns the new id. A user id of 0 (the CLI operator) is stored as NULL, here and below.
core::Result<int64_t> insert_difficulty(Connection& conn, int64_t campaign_id, int64_t unit_id,
                                        const std::string& title, const std::string& body, int64_t raised_by,
                                        const std::string& now);

// Stores (or replaces) the answer.
core::Status answer_difficulty(Connection& conn, int64_t id, const std::string& answer, int64_t answered_by,
                               const std::string& now);

}  // namespace thidua::store
