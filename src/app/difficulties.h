// Use cases for difficulties (khó khăn, vướng mắc): a participating unit
// raises one (kSubmitUnitWork on the unit); the secretariat answers
// (kAnswerDifficulties on the campaign's issuing unit). Units see theirs;
// trackers and answerers see all. Audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/difficulties.h"

namespace thidua::app {

struct DifficultyFilter {
  std::optional<bool> answered;  // only answered / open
  int page = 1;
  int page_size = 20;  // 1..100
};

struct DifficultyListing {
  core::CampaignSummary campaign;
  bool sees_all = false;    // trackers and answerers
  bool can_answer = false;  // kAnswerDifficulties on the issuing unit
  bool accepting = false;   // the campaign takes new difficulties
  // Units the actor may raise for, in path order: at most
  // kParticipatingUnitsListed (app/unit_work_access.h).
  std::vector<core::ParticipatingUnit> own_units;
  std::vector<core::Difficulty> items;
  int page = 1;
  int page_size = 20;
  int64_t total = 0;
};

core::Result<DifficultyListing> list_difficulties(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const DifficultyFilter& filter);

struct DifficultyInput {
  std::optional<int64_t> unit_id;  // may be omitted when the actor acts for one unit only
  std::string title;               // required, at most 300 characters
  std::string body;                // at most 10 000 characters
};

// Whether the actor may answer `d` of `listing`: they answer difficulties and
// did not raise this one themselves (core/own_records.h).
bool may_answer(const core::Actor& actor, const DifficultyListing& listing, const core::Difficulty& d);

// Audited "difficulty.raise". Returns the new id.
core::Result<int64_t> raise_difficulty(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       const DifficultyInput& input, const RequestMeta& meta);

// Stores (or corrects) the answer; audited "difficulty.answer". kForbidden for
// those who see the difficulty but may not answer, kNotFound for others,
// kOwnRecord for the account that raised it.
core::Status answer_difficulty(const Services& services, const core::Actor& actor, int64_t campaign_id,
                               int64_t difficulty_id, const std::string& answer, const RequestMeta& meta);

}  // namespace thidua::app
