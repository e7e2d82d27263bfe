// Ballot receipts: deterministic for (secret, item, member, salt), different
// when any of them changes, short hex; the server secret is created once and
// read back.
#include "app/ballot_receipt.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "app/crypto.h"

namespace thidua::app {
namespace {

TEST(BallotReceipt, DependsOnEveryInputAndIsShortHex) {
  const std::string secret(32, 'k');
  const std::string r = ballot_receipt(secret, 7, 3, "salt");
  EXPECT_EQ(r.size(), 24u);
  EXPECT_EQ(r.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(r, ballot_receipt(secret, 7, 3, "salt"));
  std::set<std::string> all = {r, ballot_receipt(secret, 8, 3, "salt"), ballot_receipt(secret, 7, 4, "salt"),
                               ballot_receipt(secret, 7, 3, "other"), ballot_receipt(std::string(32, 'x'), 7, 3, "salt"),
                               // "7|31|..." must not collide with "73|1|...".
                               ballot_receipt(secret, 73, 1, "salt"), ballot_receipt(secret, 7, 31, "salt")};
  EXPECT_EQ(all.size(), 7u);
  EXPECT_EQ(format_receipt("0123456789ab"), "0123-4567-89ab");
}

TEST(BallotReceipt, TheSecretIsKeptInTheDataFolder) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("thidua-ballot-" + random_token(8));
  auto first = ballot_secret(dir.string());
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->size(), 32u);
  auto again = ballot_secret(dir.string());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*first, *again);
  EXPECT_EQ(fs::status(dir / "ballot.key").permissions() & fs::perms::others_read, fs::perms::none);
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace thidua::app
