// The council's secret ballot as cryptography (issue 8, docs/architecture.md
// "Secret ballot"): exponential ElGamal over ristretto255 (libsodium), the
// counting committee's key as a sum of secret shares, encrypted choices with
// proofs that each encrypts 0 or 1 and that a ballot chooses exactly one
// option, homomorphic sums, and decryption of the totals only, with
// Chaum–Pedersen proofs anyone can check.
//
// Pure computation: no storage, no files, no logging. Randomness comes from
// libsodium's CSPRNG; init (sodium_init) is the caller's (app::init_crypto).
// Every proof is bound by Fiat–Shamir to a caller-given `context` (the
// session, item and ballot it belongs to), so it cannot be replayed elsewhere.
//
// Notation: G is the ristretto255 base point, x the election secret,
// H = x·G the election public key; Enc(m; r) = (A, B) = (r·G, m·G + r·H).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/hex.h"

namespace thidua::core::ballot {

// A ristretto255 group element (canonical encoding) and a scalar mod ℓ.
using Point = std::array<uint8_t, 32>;
using Scalar = std::array<uint8_t, 32>;

struct Ciphertext {
  Point a{};  // r·G
  Point b{};  // m·G + r·H
};

// --- The committee's key --------------------------------------------------------

// A share seed: 16 random bytes held by one member of the counting committee
// (Ban kiểm phiếu). Its scalar is derived from it; it is never stored.
using ShareSeed = std::array<uint8_t, 16>;

ShareSeed random_share_seed();
// The share's scalar: BLAKE2b-512 of the seed (domain-separated) reduced mod ℓ.
Scalar share_scalar(const ShareSeed& seed);
// s·G.
Point public_point(const Scalar& s);
// The election public key: the sum of the shares' public points (the secret
// x is the sum of the share scalars). Empty input gives the identity, which
// is refused as a key by every function below; so is any invalid point.
Point combine_public(std::span<const Point> share_points);
// The sum of the share scalars (the election secret x).
Scalar combine_secret(std::span<const Scalar> share_scalars);

// The share as a person copies it: 32 Crockford base32 characters (the seed
// and a 4-byte check of it) in eight groups of four joined by '-'.
std::string format_share_code(const ShareSeed& seed);
// Reads a share code: case-insensitive, ignores spaces and '-', reads
// I/L as 1 and O as 0. nullopt when the length or the check is wrong (a
// typing mistake), never a wrong seed for a well-formed code.
std::optional<ShareSeed> parse_share_code(std::string_view code);

// --- Casting ----------------------------------------------------------------------

// Disjunctive Chaum–Pedersen proof (Cramer–Damgård–Schoenmakers) that a
// ciphertext encrypts 0 or 1 under H.
struct BitProof {
  Scalar c0{}, c1{}, s0{}, s1{};
};
// Chaum–Pedersen proof of equality of discrete logs: knowledge of w with
// P = w·G1 and Q = w·G2 for the (G1, P, G2, Q) the verifier recomputes.
struct EqualityProof {
  Scalar c{}, s{};
};

// One member's ballot on one question with `options` answers (đồng ý,
// không đồng ý): one ciphertext per option, each of 0 or 1 with its proof,
// and the proof that they add up to exactly 1.
struct EncryptedBallot {
  std::vector<Ciphertext> choices;
  std::vector<BitProof> bit_proofs;
  EqualityProof sum_proof;  // (G, ΣA, H, ΣB − G)
};

// Encrypts the choice `chosen` (0 ≤ chosen < options) of a question with
// `options` answers (1 ≤ options ≤ 8) under `election_key`. nullopt when the
// key is not a valid non-identity point or the arguments are out of range.
std::optional<EncryptedBallot> encrypt_ballot(const Point& election_key, int options, int chosen,
                                              std::string_view context);
// True when every bit proof and the sum proof hold for this key and context
// and every point is a valid encoding.
bool verify_ballot(const Point& election_key, const EncryptedBallot& ballot, std::string_view context);

// A yes/no question (the council's đồng ý / không đồng ý): one ciphertext of
// 1 (yes) or 0 (no) with its bit proof, and a sum proof of zeros (unused: a
// single bit needs none). The "no" total of a question is the number of
// valid ballots minus the "yes" total, so a second ciphertext would add
// nothing but cost. nullopt for an invalid key.
std::optional<EncryptedBallot> encrypt_yes_no(const Point& election_key, bool yes, std::string_view context);
// True when the ballot has exactly one ciphertext, its bit proof holds for
// this key and context, and its sum proof is all zeros.
bool verify_yes_no(const Point& election_key, const EncryptedBallot& ballot, std::string_view context);

// The ballot tracker (mã theo dõi phiếu): lower-case hex of the first 16
// bytes of SHA-256 over the context and every point and scalar of the ballot.
// It says nothing of the choice and cannot be derived from who cast it.
std::string ballot_tracker(const EncryptedBallot& ballot, std::string_view context);

// --- Counting -----------------------------------------------------------------

// The homomorphic sum of ciphertexts (the identity pair for none).
Ciphertext add(const Ciphertext& x, const Ciphertext& y);
Ciphertext sum(std::span<const Ciphertext> cts);

// A decrypted total with its proof: D = x·A, B − D = total·G, and the
// Chaum–Pedersen proof that log_G H = log_A D.
struct Decryption {
  int64_t total = 0;
  Point d{};
  EqualityProof proof;
};

// Decrypts a sum known to lie in [0, max_total] with the election secret.
// nullopt when the secret does not match `election_key` or the total is not
// in range (the discrete log is found by stepping through 0..max_total).
std::optional<Decryption> decrypt_total(const Scalar& secret, const Point& election_key, const Ciphertext& sum,
                                        int64_t max_total, std::string_view context);
// True when d, total and proof are consistent with the key and the sum.
bool verify_decryption(const Point& election_key, const Ciphertext& sum, const Decryption& dec,
                       std::string_view context);

// --- Text encodings (storage and publication) ------------------------------------

using thidua::core::to_hex;  // core/hex.h
// Exactly 32 bytes of lower- or upper-case hex; nullopt otherwise.
std::optional<std::array<uint8_t, 32>> from_hex32(std::string_view hex);

// A ballot as one line of text: hex fields separated by ':' (choices as a,b
// pairs, then bit proofs, then the sum proof). parse_ballot is strict:
// nullopt for any malformed input (wrong counts, bad hex).
std::string serialize_ballot(const EncryptedBallot& ballot);
std::optional<EncryptedBallot> parse_ballot(std::string_view text);
std::string serialize_ciphertext(const Ciphertext& ct);  // "a:b"
std::optional<Ciphertext> parse_ciphertext(std::string_view text);
std::string serialize_decryption(const Decryption& dec);  // "total:d:c:s"
std::optional<Decryption> parse_decryption(std::string_view text);

}  // namespace thidua::core::ballot
