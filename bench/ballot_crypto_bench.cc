// Micro-benchmarks of the ballot's cryptography at a council session's scale:
// one ballot, one member's ballots on 50 items, and the count and public
// check of 25 members × 50 items.
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "core/ballot_crypto.h"

namespace {

namespace ballot = thidua::core::ballot;

constexpr int kItems = 50;
constexpr int kMembers = 25;

struct Keys {
  ballot::Point key{};
  ballot::Scalar secret{};
};

const Keys& keys() {
  static const Keys k = [] {
    if (sodium_init() < 0) std::abort();
    std::vector<ballot::Point> points;
    std::vector<ballot::Scalar> scalars;
    for (int i = 0; i < 3; ++i) {
      scalars.push_back(ballot::share_scalar(ballot::random_share_seed()));
      points.push_back(ballot::public_point(scalars.back()));
    }
    return Keys{ballot::combine_public(points), ballot::combine_secret(scalars)};
  }();
  return k;
}

std::string context(int item, int member) {
  return "session 1|item " + std::to_string(item) + "|member " + std::to_string(member);
}

// 25 members' 2-option ballots on 50 items, and the decrypted first-option
// total of each item.
struct Session {
  std::vector<std::vector<ballot::EncryptedBallot>> ballots;  // [item][member]
  std::vector<ballot::Decryption> decryptions;
};

const Session& session() {
  static const Session s = [] {
    Session out;
    for (int item = 0; item < kItems; ++item) {
      std::vector<ballot::EncryptedBallot> row;
      std::vector<ballot::Ciphertext> first;
      for (int member = 0; member < kMembers; ++member) {
        row.push_back(*ballot::encrypt_ballot(keys().key, 2, (item + member) % 3 == 0 ? 1 : 0, context(item, member)));
        first.push_back(row.back().choices[0]);
      }
      out.ballots.push_back(std::move(row));
      const ballot::Ciphertext total = ballot::sum(first);
      out.decryptions.push_back(*ballot::decrypt_total(keys().secret, keys().key, total, kMembers, "count"));
    }
    return out;
  }();
  return s;
}

void BM_EncryptBallot(benchmark::State& state) {
  const auto& k = keys();
  for (auto _ : state) benchmark::DoNotOptimize(ballot::encrypt_ballot(k.key, 2, 1, "session 1|item 1|member 1"));
}
BENCHMARK(BM_EncryptBallot)->Unit(benchmark::kMicrosecond);

void BM_VerifyBallot(benchmark::State& state) {
  const auto& k = keys();
  const auto b = *ballot::encrypt_ballot(k.key, 2, 1, "session 1|item 1|member 1");
  for (auto _ : state) benchmark::DoNotOptimize(ballot::verify_ballot(k.key, b, "session 1|item 1|member 1"));
}
BENCHMARK(BM_VerifyBallot)->Unit(benchmark::kMicrosecond);

// One member casting ballots on every item of a session.
void BM_CastMemberBallots50(benchmark::State& state) {
  const auto& k = keys();
  for (auto _ : state) {
    for (int item = 0; item < kItems; ++item) {
      benchmark::DoNotOptimize(ballot::encrypt_ballot(k.key, 2, item % 2, context(item, 1)));
    }
  }
}
BENCHMARK(BM_CastMemberBallots50)->Unit(benchmark::kMillisecond);

// The committee's count: sum 25 ballots per item and decrypt with proof.
void BM_CountSession50x25(benchmark::State& state) {
  const auto& k = keys();
  const auto& s = session();
  for (auto _ : state) {
    for (int item = 0; item < kItems; ++item) {
      std::vector<ballot::Ciphertext> first;
      for (const auto& b : s.ballots[static_cast<std::size_t>(item)]) first.push_back(b.choices[0]);
      benchmark::DoNotOptimize(ballot::decrypt_total(k.secret, k.key, ballot::sum(first), kMembers, "count"));
    }
  }
}
BENCHMARK(BM_CountSession50x25)->Unit(benchmark::kMillisecond);

// Anyone's check of the whole session: 25 × 50 ballots and 50 decryptions.
void BM_VerifySession50x25(benchmark::State& state) {
  const auto& k = keys();
  const auto& s = session();
  for (auto _ : state) {
    bool ok = true;
    for (int item = 0; item < kItems; ++item) {
      const auto i = static_cast<std::size_t>(item);
      std::vector<ballot::Ciphertext> first;
      for (int member = 0; member < kMembers; ++member) {
        const auto& b = s.ballots[i][static_cast<std::size_t>(member)];
        ok &= ballot::verify_ballot(k.key, b, context(item, member));
        first.push_back(b.choices[0]);
      }
      // The checker sums the ballots itself rather than trust the sums.
      ok &= ballot::verify_decryption(k.key, ballot::sum(first), s.decryptions[i], "count");
    }
    if (!ok) state.SkipWithError("the session does not verify");
    benchmark::DoNotOptimize(ok);
  }
}
BENCHMARK(BM_VerifySession50x25)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
