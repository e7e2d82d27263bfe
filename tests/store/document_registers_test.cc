// Document numbers on the engine under test: consecutive per agency, type and
// year; never reused after a rollback's number is given back; distinct under
// concurrent issuers.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "store/document_registers.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class DocumentRegistersTest : public test::DatabaseTest {
 protected:
  int64_t agency(const std::string& code) {
    core::Unit u;
    u.code = code;
    u.name = "Sở " + code;
    u.kind = core::UnitKind::kAgency;
    auto conn = db_->acquire();
    return store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z")->id;
  }
  int64_t take(int64_t unit, const std::string& type, int year) {
    auto conn = db_->acquire();
    auto n = store::in_transaction<int64_t>(*conn, [&] { return store::take_document_number(*conn, unit, type, year); });
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message);
    return n.ok() ? *n : -1;
  }
};

TEST_F(DocumentRegistersTest, NumbersRunPerAgencyTypeAndYear) {
  const int64_t a = agency("STNMT"), b = agency("SNV");
  EXPECT_EQ(take(a, "QĐ", 2023), 1);
  EXPECT_EQ(take(a, "QĐ", 2023), 2);
  EXPECT_EQ(take(a, "KH", 2023), 1) << "each document type has its own register";
  EXPECT_EQ(take(b, "QĐ", 2023), 1) << "each agency has its own register";
  EXPECT_EQ(take(a, "QĐ", 2024), 1) << "numbering restarts every year";
  auto conn = db_->acquire();
  EXPECT_EQ(*store::last_document_number(*conn, a, "QĐ", 2023), 2);
  EXPECT_EQ(*store::last_document_number(*conn, a, "TTr", 2023), 0);
}

// A register continued from paper: the next number follows the last one
// issued before; a register already further on is never set back, and other
// years and types are untouched.
TEST_F(DocumentRegistersTest, ARegisterContinuesFromTheNumbersIssuedOnPaper) {
  const int64_t a = agency("STNMT");
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::continue_document_register(*conn, a, "KH", 2023, 37).ok());
  }
  EXPECT_EQ(take(a, "KH", 2023), 38);
  EXPECT_EQ(take(a, "KH", 2023), 39);
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::continue_document_register(*conn, a, "KH", 2023, 20).ok());
    ASSERT_TRUE(store::continue_document_register(*conn, a, "KH", 2023, 39).ok());
  }
  EXPECT_EQ(take(a, "KH", 2023), 40) << "never set back, never a number twice";
  EXPECT_EQ(take(a, "KH", 2024), 1);
  EXPECT_EQ(take(a, "QĐ", 2023), 1);
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::continue_document_register(*conn, a, "QĐ", 2023, 318).ok());
  }
  EXPECT_EQ(take(a, "QĐ", 2023), 319) << "raised past the number taken";
}

TEST_F(DocumentRegistersTest, ARolledBackIssueGivesItsNumberBack) {
  const int64_t a = agency("STNMT");
  EXPECT_EQ(take(a, "QĐ", 2023), 1);
  {
    auto conn = db_->acquire();
    auto st = store::in_transaction(*conn, [&]() -> core::Status {
      auto n = store::take_document_number(*conn, a, "QĐ", 2023);
      EXPECT_TRUE(n.ok());
      EXPECT_EQ(*n, 2);
      return core::make_error(core::errc::kValidation, "the decision failed later");
    });
    EXPECT_FALSE(st.ok());
  }
  EXPECT_EQ(take(a, "QĐ", 2023), 2) << "no gap: the failed issue did not consume a number";
}

TEST_F(DocumentRegistersTest, ConcurrentIssuersGetDistinctConsecutiveNumbers) {
  const int64_t a = agency("STNMT");
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::vector<int64_t>> got(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto conn = db_->acquire();
        auto n = store::in_transaction<int64_t>(*conn, [&] { return store::take_document_number(*conn, a, "QĐ", 2023); });
        if (n.ok()) got[t].push_back(*n);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::vector<int64_t> all;
  for (const auto& g : got) all.insert(all.end(), g.begin(), g.end());
  ASSERT_EQ(all.size(), static_cast<size_t>(kThreads * kEach));
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i], static_cast<int64_t>(i + 1));
}

}  // namespace
}  // namespace thidua
