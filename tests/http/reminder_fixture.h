// The state both reminder suites (track_test.cc, mail_tls_test.cc) start from,
// on a demo TestSite: the seed campaign's registration deadline has passed, so
// units without a plan are late; the unit head of PTNMT-LN ("thutruong") has
// the e-mail address kUnitHeadEmail and its unit officer ("canbo") has none.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/test_server.h"

namespace thidua::test {

inline constexpr const char* kUnitHeadEmail = "hung.vm@lucnam.example";

// Sets that state up; a failing statement is a test failure and returns false.
inline bool make_units_late_with_one_contact_email(TestSite& site) {
  const std::string statements[] = {
      "UPDATE campaigns SET registration_deadline = '2023-07-15' WHERE id = 1",
      std::string("UPDATE people SET email = '") + kUnitHeadEmail +
          "' WHERE id = (SELECT person_id FROM users WHERE username = 'thutruong')",
      "UPDATE people SET email = '' WHERE id = (SELECT person_id FROM users WHERE username = 'canbo')",
  };
  auto conn = site.db().acquire();
  for (const auto& statement : statements) {
    auto r = conn->exec(statement);
    if (!r.ok()) {
      ADD_FAILURE() << r.error().message << "\n" << statement;
      return false;
    }
  }
  return true;
}

}  // namespace thidua::test
