// Loads the demo organisation (Sở TNMT Bắc Giang), generated people and one
// account per role, and the seed campaign (published, running) into an
// empty database.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/result.h"

namespace thidua::app {

struct DemoOptions {
  size_t people = 300;          // generated people (the accounts' people included)
  uint64_t seed = 1;
  std::string password = "ThiDua@2023";  // every demo account's password
};

struct DemoAccountInfo {
  std::string username;
  std::string role_label;
  std::string unit_name;
};

struct DemoSummary {
  size_t units = 0;
  size_t people = 0;
  std::vector<DemoAccountInfo> accounts;
  int64_t campaign_id = 0;  // the seed campaign (running)
};

// True when the database holds no unit yet.
core::Result<bool> database_is_empty(const Services& services);

// Writes the demo in one transaction (all or nothing) and one audit entry.
// Fails with kConflict when the database already holds units.
core::Result<DemoSummary> load_demo(const Services& services, const DemoOptions& options, const RequestMeta& meta);

}  // namespace thidua::app
