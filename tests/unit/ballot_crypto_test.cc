// The ballot's cryptography: encryption and its proofs verify and every
// altered value is refused; sums decrypt to the right totals with the whole
// committee only; share codes, text encodings and trackers.
#include "core/ballot_crypto.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::core::ballot {
namespace {

constexpr std::string_view kContext = "session 7|item 3|member 12";

class BallotCrypto : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
};

Point base_point() {
  Scalar one{};
  one[0] = 1;
  return public_point(one);
}

// A key pair from three fresh shares.
struct Committee {
  std::vector<ShareSeed> seeds;
  std::vector<Scalar> scalars;
  Point key{};
  Scalar secret{};
};

Committee make_committee(int members = 3) {
  Committee c;
  std::vector<Point> points;
  for (int i = 0; i < members; ++i) {
    c.seeds.push_back(random_share_seed());
    c.scalars.push_back(share_scalar(c.seeds.back()));
    points.push_back(public_point(c.scalars.back()));
  }
  c.key = combine_public(points);
  c.secret = combine_secret(c.scalars);
  return c;
}

EncryptedBallot must_encrypt(const Point& key, int options, int chosen, std::string_view context = kContext) {
  auto ballot = encrypt_ballot(key, options, chosen, context);
  EXPECT_TRUE(ballot.has_value());
  return ballot.value_or(EncryptedBallot{});
}

// Every 32-byte field of a ballot, so a test can alter each in turn.
std::vector<std::array<uint8_t, 32>*> fields_of(EncryptedBallot& b) {
  std::vector<std::array<uint8_t, 32>*> out;
  for (auto& ct : b.choices) {
    out.push_back(&ct.a);
    out.push_back(&ct.b);
  }
  for (auto& p : b.bit_proofs) {
    out.push_back(&p.c0);
    out.push_back(&p.c1);
    out.push_back(&p.s0);
    out.push_back(&p.s1);
  }
  out.push_back(&b.sum_proof.c);
  out.push_back(&b.sum_proof.s);
  return out;
}

// x + ℓ as a 256-bit integer: the same scalar mod ℓ, but not canonical.
Scalar plus_group_order(const Scalar& x) {
  static constexpr Scalar kL = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                                0xa2, 0xde, 0xf9, 0xde, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};
  Scalar out{};
  unsigned carry = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned v = x[i] + kL[i] + carry;
    out[i] = static_cast<uint8_t>(v);
    carry = v >> 8;
  }
  return out;
}

// Enc(m; r) built by hand for m ≥ 1 (tests only).
Ciphertext encrypt_by_hand(const Point& key, uint8_t m) {
  Scalar r;
  crypto_core_ristretto255_scalar_random(r.data());
  Scalar ms{};
  ms[0] = m;
  Point mg, rh;
  Ciphertext ct;
  EXPECT_EQ(crypto_scalarmult_ristretto255_base(ct.a.data(), r.data()), 0);
  EXPECT_EQ(crypto_scalarmult_ristretto255_base(mg.data(), ms.data()), 0);
  EXPECT_EQ(crypto_scalarmult_ristretto255(rh.data(), r.data(), key.data()), 0);
  EXPECT_EQ(crypto_core_ristretto255_add(ct.b.data(), mg.data(), rh.data()), 0);
  return ct;
}

TEST_F(BallotCrypto, PublicPointOfOneIsTheBasePoint) {
  const Point g = base_point();
  EXPECT_EQ(to_hex(g), "e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76");
  EXPECT_EQ(public_point(Scalar{}), Point{});  // 0·G is the identity, all zero bytes
}

TEST_F(BallotCrypto, EveryChoiceOfTwoAndThreeOptionsEncryptsAndVerifies) {
  const Committee c = make_committee();
  for (int options = 1; options <= 3; ++options) {
    for (int chosen = 0; chosen < options; ++chosen) {
      const EncryptedBallot b = must_encrypt(c.key, options, chosen);
      ASSERT_EQ(b.choices.size(), static_cast<std::size_t>(options));
      ASSERT_EQ(b.bit_proofs.size(), static_cast<std::size_t>(options));
      EXPECT_TRUE(verify_ballot(c.key, b, kContext)) << options << " options, chose " << chosen;
      // Each choice decrypts to 1 for the chosen option and 0 elsewhere.
      for (int i = 0; i < options; ++i) {
        const auto dec = decrypt_total(c.secret, c.key, b.choices[static_cast<std::size_t>(i)], 1, kContext);
        ASSERT_TRUE(dec.has_value());
        EXPECT_EQ(dec->total, i == chosen ? 1 : 0);
      }
    }
  }
  const EncryptedBallot eight = must_encrypt(c.key, 8, 7);
  EXPECT_TRUE(verify_ballot(c.key, eight, kContext));
}

TEST_F(BallotCrypto, EncryptRefusesBadArguments) {
  const Committee c = make_committee();
  EXPECT_FALSE(encrypt_ballot(c.key, 0, 0, kContext));
  EXPECT_FALSE(encrypt_ballot(c.key, 9, 0, kContext));
  EXPECT_FALSE(encrypt_ballot(c.key, 2, -1, kContext));
  EXPECT_FALSE(encrypt_ballot(c.key, 2, 2, kContext));
  EXPECT_FALSE(encrypt_ballot(Point{}, 2, 0, kContext));  // the identity is no key
  Point bad;
  bad.fill(0xff);
  EXPECT_FALSE(encrypt_ballot(bad, 2, 0, kContext));
}

TEST_F(BallotCrypto, SumsOfBallotsDecryptToThePerOptionTotals) {
  const Committee c = make_committee();
  for (const int options : {2, 3}) {
    std::vector<Ciphertext> per_option[3];
    std::vector<int64_t> expected(static_cast<std::size_t>(options), 0);
    for (int i = 0; i < 25; ++i) {
      const int chosen = (i * i + 1) % options;  // a known, uneven pattern
      const std::string context = "ballot " + std::to_string(i);
      const EncryptedBallot b = must_encrypt(c.key, options, chosen, context);
      ASSERT_TRUE(verify_ballot(c.key, b, context));
      ++expected[static_cast<std::size_t>(chosen)];
      for (int o = 0; o < options; ++o) per_option[o].push_back(b.choices[static_cast<std::size_t>(o)]);
    }
    for (int o = 0; o < options; ++o) {
      const Ciphertext total = sum(per_option[o]);
      const int64_t want = expected[static_cast<std::size_t>(o)];
      const auto dec = decrypt_total(c.secret, c.key, total, 25, "count");
      ASSERT_TRUE(dec.has_value());
      EXPECT_EQ(dec->total, want) << options << " options, option " << o;
      EXPECT_TRUE(verify_decryption(c.key, total, *dec, "count"));
      // The bound: the total itself is the least max_total that finds it.
      EXPECT_TRUE(decrypt_total(c.secret, c.key, total, want, "count"));
      if (want > 0) {
        EXPECT_FALSE(decrypt_total(c.secret, c.key, total, want - 1, "count"));
      }
    }
  }
  EXPECT_FALSE(decrypt_total(c.secret, c.key, Ciphertext{}, -1, "count"));
}

TEST_F(BallotCrypto, AddAndSumAgree) {
  const Committee c = make_committee();
  const EncryptedBallot x = must_encrypt(c.key, 2, 0);
  const EncryptedBallot y = must_encrypt(c.key, 2, 1);
  const Ciphertext pair[] = {x.choices[0], y.choices[0]};
  const Ciphertext added = add(x.choices[0], y.choices[0]);
  EXPECT_EQ(added.a, sum(pair).a);
  EXPECT_EQ(added.b, sum(pair).b);
  EXPECT_EQ(add(Ciphertext{}, x.choices[0]).a, x.choices[0].a);
  EXPECT_EQ(sum({}).a, Point{});
  EXPECT_EQ(sum({}).b, Point{});
}

TEST_F(BallotCrypto, SharesCombineAndEveryShareIsNeeded) {
  const Committee c = make_committee(3);
  // The secret is the sum of the share scalars: its public point is the key.
  EXPECT_EQ(public_point(c.secret), c.key);
  Scalar by_hand{};
  for (const Scalar& s : c.scalars) crypto_core_ristretto255_scalar_add(by_hand.data(), by_hand.data(), s.data());
  EXPECT_EQ(by_hand, c.secret);
  // Shares are derived from their seeds, deterministically.
  EXPECT_EQ(share_scalar(c.seeds[0]), c.scalars[0]);
  EXPECT_NE(share_scalar(c.seeds[0]), share_scalar(c.seeds[1]));

  std::vector<Ciphertext> votes;
  for (int i = 0; i < 5; ++i) votes.push_back(must_encrypt(c.key, 2, i % 2).choices[0]);
  const Ciphertext total = sum(votes);
  const auto dec = decrypt_total(c.secret, c.key, total, 5, kContext);
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->total, 3);

  // One share missing.
  const Scalar two[] = {c.scalars[0], c.scalars[1]};
  EXPECT_FALSE(decrypt_total(combine_secret(two), c.key, total, 5, kContext));
  // One wrong share.
  const Scalar wrong[] = {c.scalars[0], c.scalars[1], share_scalar(random_share_seed())};
  EXPECT_FALSE(decrypt_total(combine_secret(wrong), c.key, total, 5, kContext));
  // A non-canonical secret (x + ℓ) is refused too.
  EXPECT_FALSE(decrypt_total(plus_group_order(c.secret), c.key, total, 5, kContext));
}

TEST_F(BallotCrypto, CombinePublicRefusesEmptyAndInvalidInput) {
  EXPECT_EQ(combine_public({}), Point{});
  Point bad;
  bad.fill(0xff);
  const Point points[] = {base_point(), bad};
  EXPECT_EQ(combine_public(points), Point{});
  EXPECT_EQ(combine_secret({}), Scalar{});
}

TEST_F(BallotCrypto, EveryAlteredFieldOfABallotIsRefused) {
  const Committee c = make_committee();
  for (const int options : {2, 3}) {
    const EncryptedBallot good = must_encrypt(c.key, options, 1);
    ASSERT_TRUE(verify_ballot(c.key, good, kContext));
    const std::size_t count = 6 * static_cast<std::size_t>(options) + 2;
    for (std::size_t f = 0; f < count; ++f) {
      for (const auto& [byte, mask] : {std::pair{0, 0x01}, std::pair{17, 0x20}, std::pair{31, 0x40}}) {
        EncryptedBallot bad = good;
        auto fields = fields_of(bad);
        ASSERT_EQ(fields.size(), count);
        (*fields[f])[static_cast<std::size_t>(byte)] ^= static_cast<uint8_t>(mask);
        EXPECT_FALSE(verify_ballot(c.key, bad, kContext)) << "field " << f << " byte " << byte;
      }
    }
  }
}

TEST_F(BallotCrypto, NonCanonicalScalarsAreRefused) {
  // s + ℓ acts as s in a scalar multiplication: only the canonical check
  // stops it.
  const Committee c = make_committee();
  const EncryptedBallot good = must_encrypt(c.key, 2, 0);
  for (std::size_t f = 4; f < 14; ++f) {  // every scalar: the bit proofs' and the sum proof's
    EncryptedBallot bad = good;
    auto fields = fields_of(bad);
    *fields[f] = plus_group_order(*fields[f]);
    EXPECT_FALSE(verify_ballot(c.key, bad, kContext)) << "field " << f;
  }
}

TEST_F(BallotCrypto, InvalidPointsAreRefused) {
  const Committee c = make_committee();
  const EncryptedBallot good = must_encrypt(c.key, 2, 0);
  for (std::size_t f = 0; f < 4; ++f) {
    EncryptedBallot bad = good;
    fields_of(bad)[f]->fill(0xff);
    EXPECT_FALSE(verify_ballot(c.key, bad, kContext));
  }
  Point bad_key;
  bad_key.fill(0xff);
  EXPECT_FALSE(verify_ballot(bad_key, good, kContext));
  EXPECT_FALSE(verify_ballot(Point{}, good, kContext));
}

TEST_F(BallotCrypto, BallotsOfTheWrongShapeAreRefused) {
  const Committee c = make_committee();
  const EncryptedBallot good = must_encrypt(c.key, 2, 0);
  EncryptedBallot fewer_proofs = good;
  fewer_proofs.bit_proofs.pop_back();
  EXPECT_FALSE(verify_ballot(c.key, fewer_proofs, kContext));
  EXPECT_FALSE(verify_ballot(c.key, EncryptedBallot{}, kContext));
  // Swapping the choices (with their proofs) changes the vote: refused.
  EncryptedBallot swapped = good;
  std::swap(swapped.choices[0], swapped.choices[1]);
  std::swap(swapped.bit_proofs[0], swapped.bit_proofs[1]);
  EXPECT_FALSE(verify_ballot(c.key, swapped, kContext));
}

TEST_F(BallotCrypto, ABallotChoosingTwoOrNoneIsRefused) {
  const Committee c = make_committee();
  const EncryptedBallot first = must_encrypt(c.key, 2, 0);
  const EncryptedBallot second = must_encrypt(c.key, 2, 1);
  // Two 1s: each choice with its own valid bit proof, the sum proof borrowed.
  for (const EqualityProof& sum_proof : {first.sum_proof, second.sum_proof}) {
    EncryptedBallot both;
    both.choices = {first.choices[0], second.choices[1]};
    both.bit_proofs = {first.bit_proofs[0], second.bit_proofs[1]};
    both.sum_proof = sum_proof;
    EXPECT_FALSE(verify_ballot(c.key, both, kContext));
    EncryptedBallot none;
    none.choices = {second.choices[0], first.choices[1]};
    none.bit_proofs = {second.bit_proofs[0], first.bit_proofs[1]};
    none.sum_proof = sum_proof;
    EXPECT_FALSE(verify_ballot(c.key, none, kContext));
  }
  // A choice encrypting 2, built by hand, with the honest proofs.
  EncryptedBallot two = first;
  two.choices[0] = encrypt_by_hand(c.key, 2);
  EXPECT_FALSE(verify_ballot(c.key, two, kContext));
  const auto dec = decrypt_total(c.secret, c.key, two.choices[0], 2, kContext);
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->total, 2);  // the hand-made ciphertext does encrypt 2
}

TEST_F(BallotCrypto, ProofsAreBoundToContextAndKey) {
  const Committee c = make_committee();
  const Committee other = make_committee();
  const EncryptedBallot b = must_encrypt(c.key, 2, 1);
  EXPECT_TRUE(verify_ballot(c.key, b, kContext));
  EXPECT_FALSE(verify_ballot(c.key, b, "session 7|item 3|member 13"));
  EXPECT_FALSE(verify_ballot(c.key, b, ""));
  EXPECT_FALSE(verify_ballot(other.key, b, kContext));
}

TEST_F(BallotCrypto, DecryptionProofVerifiesAndRefusesAlterations) {
  const Committee c = make_committee();
  std::vector<Ciphertext> votes, more;
  for (int i = 0; i < 6; ++i) votes.push_back(must_encrypt(c.key, 2, i % 3 == 0 ? 0 : 1).choices[0]);
  const Ciphertext total = sum(votes);
  more = votes;
  more.push_back(must_encrypt(c.key, 2, 1).choices[0]);  // encrypts 0: same total
  const Ciphertext other_total = sum(more);

  const auto dec = decrypt_total(c.secret, c.key, total, 6, kContext);
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->total, 2);
  EXPECT_TRUE(verify_decryption(c.key, total, *dec, kContext));

  Decryption bad = *dec;
  bad.total = 3;
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad.total = -2;
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad = *dec;
  bad.d[0] ^= 1;
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad = *dec;
  bad.d = Point{};
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad = *dec;
  bad.proof.c[0] ^= 1;
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad = *dec;
  bad.proof.s[0] ^= 1;
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));
  bad = *dec;
  bad.proof.s = plus_group_order(bad.proof.s);
  EXPECT_FALSE(verify_decryption(c.key, total, bad, kContext));

  EXPECT_FALSE(verify_decryption(c.key, other_total, *dec, kContext));
  EXPECT_FALSE(verify_decryption(c.key, total, *dec, "another item"));
  EXPECT_FALSE(verify_decryption(make_committee().key, total, *dec, kContext));

  // A ciphertext with the same A and B + G decrypts to one more with the
  // same d and a proof of the same statement: its total is still refused
  // for this sum.
  Ciphertext shifted = total;
  ASSERT_EQ(crypto_core_ristretto255_add(shifted.b.data(), total.b.data(), base_point().data()), 0);
  const auto lifted = decrypt_total(c.secret, c.key, shifted, 7, kContext);
  ASSERT_TRUE(lifted.has_value());
  EXPECT_EQ(lifted->total, 3);
  EXPECT_EQ(lifted->d, dec->d);
  EXPECT_TRUE(verify_decryption(c.key, shifted, *lifted, kContext));
  EXPECT_FALSE(verify_decryption(c.key, total, *lifted, kContext));
  bad = *lifted;
  bad.total = 2;
  EXPECT_FALSE(verify_decryption(c.key, shifted, bad, kContext));

  // The other sum's own decryption gives the same total but another proof.
  const auto dec2 = decrypt_total(c.secret, c.key, other_total, 7, kContext);
  ASSERT_TRUE(dec2.has_value());
  EXPECT_EQ(dec2->total, 2);
  EXPECT_TRUE(verify_decryption(c.key, other_total, *dec2, kContext));
  EXPECT_FALSE(verify_decryption(c.key, total, *dec2, kContext));
}

TEST_F(BallotCrypto, TheSumOfNoBallotsDecryptsToZero) {
  const Committee c = make_committee();
  const Ciphertext none = sum({});
  const auto dec = decrypt_total(c.secret, c.key, none, 10, kContext);
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->total, 0);
  EXPECT_EQ(dec->d, Point{});
  EXPECT_TRUE(verify_decryption(c.key, none, *dec, kContext));
  Decryption bad = *dec;
  bad.total = 1;
  EXPECT_FALSE(verify_decryption(c.key, none, bad, kContext));
  bad = *dec;
  bad.d = base_point();
  EXPECT_FALSE(verify_decryption(c.key, none, bad, kContext));
  bad = *dec;
  bad.proof.c[0] ^= 1;
  EXPECT_FALSE(verify_decryption(c.key, none, bad, kContext));
  // Nor does a proof made for an empty sum hold for a real one.
  const Ciphertext one = must_encrypt(c.key, 2, 0).choices[0];
  EXPECT_FALSE(verify_decryption(c.key, one, *dec, kContext));
}

TEST_F(BallotCrypto, ShareCodesRoundTripAndTolerateCopyingHabits) {
  for (int i = 0; i < 20; ++i) {
    const ShareSeed seed = random_share_seed();
    const std::string code = format_share_code(seed);
    ASSERT_EQ(code.size(), 39u);  // 32 characters in 8 groups of 4
    for (std::size_t p = 4; p < code.size(); p += 5) EXPECT_EQ(code[p], '-');
    EXPECT_EQ(code.find_first_not_of("0123456789ABCDEFGHJKMNPQRSTVWXYZ-"), std::string::npos);
    EXPECT_EQ(parse_share_code(code), seed);

    std::string relaxed;  // lower case, spaces instead of dashes, 1 as l/I and 0 as o/O
    for (const char ch : code) {
      if (ch == '-') {
        relaxed += ' ';
      } else if (ch == '1') {
        relaxed += (relaxed.size() % 2) ? 'l' : 'I';
      } else if (ch == '0') {
        relaxed += (relaxed.size() % 2) ? 'o' : 'O';
      } else {
        relaxed += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
      }
    }
    EXPECT_EQ(parse_share_code(relaxed), seed) << relaxed;
    std::string bare;
    for (const char ch : code) {
      if (ch != '-') bare += ch;
    }
    EXPECT_EQ(parse_share_code(bare), seed);
  }
}

TEST_F(BallotCrypto, ShareCodeMistakesAreRefused) {
  const ShareSeed seed = random_share_seed();
  const std::string code = format_share_code(seed);
  // Any single changed character, at any place, to any other character.
  const std::string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  for (std::size_t p = 0; p < code.size(); ++p) {
    if (code[p] == '-') continue;
    for (const char ch : alphabet) {
      if (ch == code[p]) continue;
      std::string typo = code;
      typo[p] = ch;
      EXPECT_FALSE(parse_share_code(typo)) << typo;
    }
  }
  EXPECT_FALSE(parse_share_code(code.substr(0, code.size() - 1)));  // one character short
  EXPECT_FALSE(parse_share_code(code + "0"));                       // one too many
  EXPECT_FALSE(parse_share_code(code + "-ZZZZ"));                   // a group too many
  EXPECT_FALSE(parse_share_code(""));
  std::string with_u = code;
  with_u[0] = 'U';
  EXPECT_FALSE(parse_share_code(with_u));
  std::string with_symbol = code;
  with_symbol[0] = '*';
  EXPECT_FALSE(parse_share_code(with_symbol));
  // Two adjacent characters swapped.
  std::string swapped = code;
  for (std::size_t p = 0; p + 1 < swapped.size(); ++p) {
    if (swapped[p] != '-' && swapped[p + 1] != '-' && swapped[p] != swapped[p + 1]) {
      std::swap(swapped[p], swapped[p + 1]);
      break;
    }
  }
  EXPECT_FALSE(parse_share_code(swapped));
}

TEST_F(BallotCrypto, HexIsStrict) {
  const std::array<uint8_t, 32> bytes = {0x00, 0x01, 0xab, 0xff};
  const std::string hex = to_hex(bytes);
  EXPECT_EQ(hex.substr(0, 8), "0001abff");
  EXPECT_EQ(hex.size(), 64u);
  EXPECT_EQ(from_hex32(hex), bytes);
  std::string upper = hex;
  for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'f' ? ch - 'a' + 'A' : ch);
  EXPECT_EQ(from_hex32(upper), bytes);
  EXPECT_FALSE(from_hex32(hex.substr(1)));
  EXPECT_FALSE(from_hex32(hex + "0"));
  EXPECT_FALSE(from_hex32(hex.substr(0, 62) + "0g"));
  EXPECT_FALSE(from_hex32(" " + hex.substr(1)));
  EXPECT_FALSE(from_hex32(""));
}

TEST_F(BallotCrypto, BallotTextRoundTripsAndMalformedTextIsRefused) {
  const Committee c = make_committee();
  for (const int options : {1, 2, 3}) {
    const EncryptedBallot b = must_encrypt(c.key, options, options - 1);
    const std::string text = serialize_ballot(b);
    const auto back = parse_ballot(text);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(serialize_ballot(*back), text);
    EXPECT_TRUE(verify_ballot(c.key, *back, kContext));
    EXPECT_EQ(ballot_tracker(*back, kContext), ballot_tracker(b, kContext));

    EXPECT_FALSE(parse_ballot(text.substr(0, text.size() - 1)));  // truncated hex
    EXPECT_FALSE(parse_ballot(text.substr(0, text.size() - 65)));  // a field short
    EXPECT_FALSE(parse_ballot(text + ":" + to_hex(b.sum_proof.c)));  // a field extra
    EXPECT_FALSE(parse_ballot(text + ":"));
    EXPECT_FALSE(parse_ballot(":" + text));
    EXPECT_FALSE(parse_ballot(text + "\n"));
    std::string bad_hex = text;
    bad_hex[10] = 'x';
    EXPECT_FALSE(parse_ballot(bad_hex));
    std::string bad_sep = text;
    bad_sep[64] = ',';
    EXPECT_FALSE(parse_ballot(bad_sep));
  }
  // Field counts that are no ballot's, and more options than a ballot has.
  const EncryptedBallot two = must_encrypt(c.key, 2, 0);
  const std::string text = serialize_ballot(two);
  EXPECT_FALSE(parse_ballot(text.substr(0, text.size() - 2 * 65)));  // wrong count
  EXPECT_FALSE(parse_ballot(""));
  std::string nine_options;
  {
    EncryptedBallot big;
    big.choices.resize(9);
    big.bit_proofs.resize(9);
    nine_options = serialize_ballot(big);
  }
  EXPECT_FALSE(parse_ballot(nine_options));
}

TEST_F(BallotCrypto, CiphertextAndDecryptionTextRoundTrip) {
  const Committee c = make_committee();
  const Ciphertext ct = must_encrypt(c.key, 2, 0).choices[0];
  const std::string text = serialize_ciphertext(ct);
  EXPECT_EQ(text.size(), 129u);
  EXPECT_EQ(text[64], ':');
  const auto back = parse_ciphertext(text);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->a, ct.a);
  EXPECT_EQ(back->b, ct.b);
  EXPECT_FALSE(parse_ciphertext(text.substr(0, 128)));
  EXPECT_FALSE(parse_ciphertext(text + ":" + to_hex(ct.a)));
  EXPECT_FALSE(parse_ciphertext(text.substr(0, 64)));
  EXPECT_FALSE(parse_ciphertext(""));

  const auto dec = decrypt_total(c.secret, c.key, ct, 1, kContext);
  ASSERT_TRUE(dec.has_value());
  const std::string dtext = serialize_decryption(*dec);
  EXPECT_EQ(dtext.substr(0, 2), "1:");
  const auto dback = parse_decryption(dtext);
  ASSERT_TRUE(dback.has_value());
  EXPECT_EQ(dback->total, dec->total);
  EXPECT_EQ(dback->d, dec->d);
  EXPECT_EQ(dback->proof.c, dec->proof.c);
  EXPECT_EQ(dback->proof.s, dec->proof.s);
  EXPECT_TRUE(verify_decryption(c.key, ct, *dback, kContext));

  const std::string rest = dtext.substr(1);  // ":d:c:s"
  EXPECT_FALSE(parse_decryption(rest));
  EXPECT_FALSE(parse_decryption("-1" + rest));
  EXPECT_FALSE(parse_decryption("+1" + rest));
  EXPECT_FALSE(parse_decryption("01" + rest));
  EXPECT_FALSE(parse_decryption("1x" + rest));
  EXPECT_FALSE(parse_decryption("99999999999999999999" + rest));  // overflows int64
  EXPECT_FALSE(parse_decryption(dtext.substr(0, dtext.size() - 1)));
  EXPECT_FALSE(parse_decryption(dtext + ":00"));
  EXPECT_FALSE(parse_decryption(dtext.substr(0, dtext.rfind(':'))));
  const auto big = parse_decryption("1234567" + rest);
  ASSERT_TRUE(big.has_value());
  EXPECT_EQ(big->total, 1234567);
  EXPECT_FALSE(verify_decryption(c.key, ct, *big, kContext));
}

TEST_F(BallotCrypto, TrackerIsDeterministicAndDependsOnBallotAndContext) {
  const Committee c = make_committee();
  const EncryptedBallot b = must_encrypt(c.key, 2, 0);
  const std::string t = ballot_tracker(b, kContext);
  EXPECT_EQ(t.size(), 32u);
  EXPECT_EQ(t.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(t, ballot_tracker(b, kContext));
  // The same choice encrypted again is another ballot: another tracker.
  std::set<std::string> all = {t, ballot_tracker(must_encrypt(c.key, 2, 0), kContext),
                               ballot_tracker(b, "session 7|item 3|member 13")};
  EncryptedBallot altered = b;
  altered.sum_proof.s[0] ^= 1;
  all.insert(ballot_tracker(altered, kContext));
  EXPECT_EQ(all.size(), 4u);
}

}  // namespace
}  // namespace thidua::core::ballot
