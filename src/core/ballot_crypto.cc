#include "core/ballot_crypto.h"

#include <sodium.h>

#include <charconv>
#include <cstddef>
#include <cstring>
#include <system_error>

namespace thidua::core::ballot {
namespace {

// The identity's canonical ristretto255 encoding is 32 zero bytes. libsodium's
// scalar multiplications refuse to produce it (they return -1), so every
// group operation below goes through helpers that treat it explicitly.
constexpr Point kIdentity{};

// G, the ristretto255 base point (1·G); checked against libsodium by the tests.
constexpr Point kBase{0xe2, 0xf2, 0xae, 0x0a, 0x6a, 0xbc, 0x4e, 0x71, 0xa8, 0x84, 0xa9,
                      0x61, 0xc5, 0x00, 0x51, 0x5f, 0x58, 0xe3, 0x0b, 0x6a, 0xa5, 0x82,
                      0xdd, 0x8d, 0xb6, 0xa6, 0x59, 0x45, 0xe0, 0x8d, 0x2d, 0x76};

constexpr int kMaxOptions = 8;

// Domain tags: one per hash use, so no hash can stand for another.
constexpr std::string_view kShareKey = "thidua-ballot-share-v1";
constexpr std::string_view kShareCodeKey = "thidua-ballot-share-code-v1";
constexpr std::string_view kBitTag = "thidua-ballot-bit-v1";
constexpr std::string_view kSumTag = "thidua-ballot-sum-v1";
constexpr std::string_view kDecryptionTag = "thidua-ballot-decryption-v1";
constexpr std::string_view kTrackerTag = "thidua-ballot-tracker-v1";

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kShareCheckBytes = 4;
constexpr std::size_t kShareCodeChars = 32;  // (16 + 4) bytes · 8 / 5

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

bool is_identity(const Point& p) { return sodium_is_zero(p.data(), p.size()) == 1; }

// A canonical encoding of a group element, the identity included.
bool valid_point(const Point& p) { return is_identity(p) || crypto_core_ristretto255_is_valid_point(p.data()) == 1; }

// A valid point other than the identity: what a key must be.
bool valid_key(const Point& p) { return !is_identity(p) && crypto_core_ristretto255_is_valid_point(p.data()) == 1; }

bool is_zero(const Scalar& s) { return sodium_is_zero(s.data(), s.size()) == 1; }

Scalar reduce64(const std::array<uint8_t, 64>& wide) {
  Scalar out;
  crypto_core_ristretto255_scalar_reduce(out.data(), wide.data());
  return out;
}

// True when s < ℓ (its reduction is itself).
bool canonical_scalar(const Scalar& s) {
  std::array<uint8_t, 64> wide{};
  std::memcpy(wide.data(), s.data(), s.size());
  return reduce64(wide) == s;
}

Scalar random_scalar() {
  Scalar s;
  crypto_core_ristretto255_scalar_random(s.data());
  return s;
}

Scalar scalar_add(const Scalar& x, const Scalar& y) {
  Scalar z;
  crypto_core_ristretto255_scalar_add(z.data(), x.data(), y.data());
  return z;
}

Scalar scalar_sub(const Scalar& x, const Scalar& y) {
  Scalar z;
  crypto_core_ristretto255_scalar_sub(z.data(), x.data(), y.data());
  return z;
}

Scalar scalar_mul(const Scalar& x, const Scalar& y) {
  Scalar z;
  crypto_core_ristretto255_scalar_mul(z.data(), x.data(), y.data());
  return z;
}

// A non-negative integer as a scalar (little-endian; below ℓ).
Scalar scalar_of(uint64_t v) {
  Scalar s{};
  for (std::size_t i = 0; i < 8; ++i) s[i] = static_cast<uint8_t>(v >> (8 * i));
  return s;
}

// The group operations on valid points (the callers check validity). The
// libsodium calls cannot fail on valid non-identity inputs with a canonical
// non-zero scalar in a prime-order group; should one fail anyway the result
// is the identity, which no proof then accepts by accident: every caller
// either checks its inputs first or compares the result with a hash.
Point point_add(const Point& p, const Point& q) {
  if (is_identity(p)) return q;
  if (is_identity(q)) return p;
  Point r;
  if (crypto_core_ristretto255_add(r.data(), p.data(), q.data()) != 0) return kIdentity;
  return r;
}

Point point_sub(const Point& p, const Point& q) {
  if (is_identity(q)) return p;
  Point r;
  // libsodium 1.0.18 decodes the identity; p = identity gives −q.
  if (crypto_core_ristretto255_sub(r.data(), p.data(), q.data()) != 0) return kIdentity;
  return r;
}

// s·p, the identity when s ≡ 0 or p is the identity.
Point mul(const Scalar& s, const Point& p) {
  if (is_zero(s) || is_identity(p)) return kIdentity;
  Point r;
  if (crypto_scalarmult_ristretto255(r.data(), s.data(), p.data()) != 0) return kIdentity;
  return r;
}

// s·G.
Point mul_base(const Scalar& s) {
  if (is_zero(s)) return kIdentity;
  Point r;
  if (crypto_scalarmult_ristretto255_base(r.data(), s.data()) != 0) return kIdentity;
  return r;
}

// m·G for any m < 2^64 (below ℓ).
Point small_multiple(uint64_t m) { return mul_base(scalar_of(m)); }

// The Fiat–Shamir transcript: SHA-512 over a domain tag, the length-prefixed
// context and then points and integers in a fixed order; the challenge is
// the digest reduced mod ℓ.
class Transcript {
 public:
  Transcript(std::string_view tag, std::string_view context) {
    crypto_hash_sha512_init(&state_);
    absorb_string(tag);
    absorb_string(context);
  }
  Transcript(const Transcript&) = default;
  Transcript& operator=(const Transcript&) = default;
  ~Transcript() { sodium_memzero(&state_, sizeof state_); }

  void absorb(const Point& p) { crypto_hash_sha512_update(&state_, p.data(), p.size()); }
  void absorb_u64(uint64_t v) {
    const Scalar le = scalar_of(v);
    crypto_hash_sha512_update(&state_, le.data(), 8);
  }
  Scalar challenge() {
    std::array<uint8_t, 64> digest;
    crypto_hash_sha512_final(&state_, digest.data());
    return reduce64(digest);
  }

 private:
  void absorb_string(std::string_view s) {
    absorb_u64(s.size());
    crypto_hash_sha512_update(&state_, bytes_of(s), s.size());
  }

  crypto_hash_sha512_state state_;
};

// Chaum–Pedersen: knowledge of w with p = w·g1 and q = w·g2; the transcript
// already holds what the proof is bound to.
EqualityProof prove_equality(Transcript t, const Point& g1, const Point& p, const Point& g2, const Point& q,
                             const Scalar& w) {
  Scalar k = random_scalar();
  t.absorb(g1);
  t.absorb(p);
  t.absorb(g2);
  t.absorb(q);
  t.absorb(mul(k, g1));
  t.absorb(mul(k, g2));
  EqualityProof proof;
  proof.c = t.challenge();
  proof.s = scalar_add(k, scalar_mul(proof.c, w));
  sodium_memzero(k.data(), k.size());
  return proof;
}

// The verifier's side: s·g1 − c·p and s·g2 − c·q are the prover's
// commitments when the proof holds; their hash must give back c. The points
// must have been checked valid by the caller.
bool check_equality(Transcript t, const Point& g1, const Point& p, const Point& g2, const Point& q,
                    const EqualityProof& proof) {
  if (!canonical_scalar(proof.c) || !canonical_scalar(proof.s)) return false;
  t.absorb(g1);
  t.absorb(p);
  t.absorb(g2);
  t.absorb(q);
  t.absorb(point_sub(mul(proof.s, g1), mul(proof.c, p)));
  t.absorb(point_sub(mul(proof.s, g2), mul(proof.c, q)));
  return sodium_memcmp(t.challenge().data(), proof.c.data(), proof.c.size()) == 0;
}

// The bit proof's transcript: the key, the choice's place in its ballot (so
// that choices cannot be swapped) and the ciphertext.
Transcript bit_transcript(const Point& key, std::size_t index, std::size_t options, const Ciphertext& ct,
                          std::string_view context) {
  Transcript t(kBitTag, context);
  t.absorb(key);
  t.absorb_u64(index);
  t.absorb_u64(options);
  t.absorb(ct.a);
  t.absorb(ct.b);
  return t;
}

// The CDS proof that ct = Enc(bit; r), bit ∈ {0, 1}. Branch j is the
// statement (A, B − j·G) = (r·G, r·H): the real branch is proven, the other
// simulated with a chosen challenge and response.
BitProof prove_bit(const Point& key, std::size_t index, std::size_t options, const Ciphertext& ct, int bit,
                   const Scalar& r, std::string_view context) {
  const Point b_minus[2] = {ct.b, point_sub(ct.b, kBase)};
  const int fake = 1 - bit;
  Scalar c[2], s[2];
  Point commit_g[2], commit_h[2];

  Scalar k = random_scalar();
  commit_g[bit] = mul(k, kBase);
  commit_h[bit] = mul(k, key);

  c[fake] = random_scalar();
  s[fake] = random_scalar();
  commit_g[fake] = point_sub(mul_base(s[fake]), mul(c[fake], ct.a));
  commit_h[fake] = point_sub(mul(s[fake], key), mul(c[fake], b_minus[fake]));

  Transcript t = bit_transcript(key, index, options, ct, context);
  for (int j = 0; j < 2; ++j) {
    t.absorb(commit_g[j]);
    t.absorb(commit_h[j]);
  }
  c[bit] = scalar_sub(t.challenge(), c[fake]);
  s[bit] = scalar_add(k, scalar_mul(c[bit], r));
  sodium_memzero(k.data(), k.size());
  return BitProof{c[0], c[1], s[0], s[1]};
}

bool check_bit(const Point& key, std::size_t index, std::size_t options, const Ciphertext& ct, const BitProof& proof,
               std::string_view context) {
  const Scalar c[2] = {proof.c0, proof.c1};
  const Scalar s[2] = {proof.s0, proof.s1};
  for (int j = 0; j < 2; ++j) {
    if (!canonical_scalar(c[j]) || !canonical_scalar(s[j])) return false;
  }
  const Point b_minus[2] = {ct.b, point_sub(ct.b, kBase)};
  Transcript t = bit_transcript(key, index, options, ct, context);
  for (int j = 0; j < 2; ++j) {
    t.absorb(point_sub(mul_base(s[j]), mul(c[j], ct.a)));
    t.absorb(point_sub(mul(s[j], key), mul(c[j], b_minus[j])));
  }
  const Scalar sum_c = scalar_add(c[0], c[1]);
  return sodium_memcmp(t.challenge().data(), sum_c.data(), sum_c.size()) == 0;
}

// The sum proof's transcript binds every choice in order.
Transcript sum_transcript(const Point& key, std::span<const Ciphertext> choices, std::string_view context) {
  Transcript t(kSumTag, context);
  t.absorb(key);
  t.absorb_u64(choices.size());
  for (const Ciphertext& ct : choices) {
    t.absorb(ct.a);
    t.absorb(ct.b);
  }
  return t;
}


// --- Text --------------------------------------------------------------------------

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The value of one share-code character, -1 for one that is not part of
// the code.
int crockford_value(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'I' || c == 'L') return 1;
  if (c == 'O') return 0;
  for (int v = 0; v < 32; ++v) {
    if (kCrockford[v] == c) return v;
  }
  return -1;
}

std::array<uint8_t, kShareCheckBytes> share_check(const ShareSeed& seed) {
  std::array<uint8_t, 32> digest;
  crypto_generichash(digest.data(), digest.size(), seed.data(), seed.size(), bytes_of(kShareCodeKey),
                     kShareCodeKey.size());
  std::array<uint8_t, kShareCheckBytes> check;
  std::memcpy(check.data(), digest.data(), check.size());
  return check;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> fields;
  for (;;) {
    const std::size_t pos = text.find(sep);
    fields.push_back(text.substr(0, pos));
    if (pos == std::string_view::npos) return fields;
    text.remove_prefix(pos + 1);
  }
}

// A non-negative decimal integer without sign or leading zeros.
std::optional<int64_t> parse_count(std::string_view text) {
  if (text.empty() || (text.size() > 1 && text[0] == '0')) return std::nullopt;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

void append_hex(std::string& out, std::span<const uint8_t> bytes) { out += to_hex(bytes); }

}  // namespace

// --- The committee's key ------------------------------------------------------------

ShareSeed random_share_seed() {
  ShareSeed seed;
  randombytes_buf(seed.data(), seed.size());
  return seed;
}

Scalar share_scalar(const ShareSeed& seed) {
  std::array<uint8_t, 64> wide;
  crypto_generichash(wide.data(), wide.size(), seed.data(), seed.size(), bytes_of(kShareKey), kShareKey.size());
  Scalar s = reduce64(wide);
  sodium_memzero(wide.data(), wide.size());
  return s;
}

Point public_point(const Scalar& s) { return mul_base(s); }

Point combine_public(std::span<const Point> share_points) {
  Point total = kIdentity;
  for (const Point& p : share_points) {
    if (!valid_point(p)) return kIdentity;
    total = point_add(total, p);
  }
  return total;
}

Scalar combine_secret(std::span<const Scalar> share_scalars) {
  Scalar total{};
  for (const Scalar& s : share_scalars) total = scalar_add(total, s);
  return total;
}

std::string format_share_code(const ShareSeed& seed) {
  std::array<uint8_t, sizeof(ShareSeed) + kShareCheckBytes> raw;
  std::memcpy(raw.data(), seed.data(), seed.size());
  const auto check = share_check(seed);
  std::memcpy(raw.data() + seed.size(), check.data(), check.size());

  std::string out;
  out.reserve(kShareCodeChars + kShareCodeChars / 4 - 1);
  for (std::size_t i = 0; i < kShareCodeChars; ++i) {
    // Bits 5i .. 5i+4, most significant first.
    unsigned v = 0;
    for (std::size_t bit = 5 * i; bit < 5 * i + 5; ++bit) v = (v << 1) | ((raw[bit / 8] >> (7 - bit % 8)) & 1u);
    if (i > 0 && i % 4 == 0) out += '-';
    out += kCrockford[v];
  }
  sodium_memzero(raw.data(), raw.size());
  return out;
}

std::optional<ShareSeed> parse_share_code(std::string_view code) {
  std::array<uint8_t, sizeof(ShareSeed) + kShareCheckBytes> raw{};
  std::size_t count = 0;
  for (const char c : code) {
    if (c == ' ' || c == '-') continue;
    const int v = crockford_value(c);
    if (v < 0 || count == kShareCodeChars) return std::nullopt;
    for (int b = 4; b >= 0; --b) {
      const std::size_t bit = 5 * count + static_cast<std::size_t>(4 - b);
      if ((v >> b) & 1) raw[bit / 8] = static_cast<uint8_t>(raw[bit / 8] | (0x80u >> (bit % 8)));
    }
    ++count;
  }
  if (count != kShareCodeChars) return std::nullopt;
  ShareSeed seed;
  std::memcpy(seed.data(), raw.data(), seed.size());
  const auto check = share_check(seed);
  const bool ok = sodium_memcmp(check.data(), raw.data() + seed.size(), check.size()) == 0;
  sodium_memzero(raw.data(), raw.size());
  if (!ok) return std::nullopt;
  return seed;
}

// --- Casting ----------------------------------------------------------------------

std::optional<EncryptedBallot> encrypt_ballot(const Point& election_key, int options, int chosen,
                                              std::string_view context) {
  if (!valid_key(election_key) || options < 1 || options > kMaxOptions || chosen < 0 || chosen >= options) {
    return std::nullopt;
  }
  const auto n = static_cast<std::size_t>(options);
  EncryptedBallot ballot;
  ballot.choices.resize(n);
  ballot.bit_proofs.resize(n);
  std::vector<Scalar> rs(n);
  Scalar r_total{};
  for (std::size_t i = 0; i < n; ++i) {
    const int bit = static_cast<int>(i) == chosen ? 1 : 0;
    rs[i] = random_scalar();
    Ciphertext& ct = ballot.choices[i];
    ct.a = mul_base(rs[i]);
    const Point rh = mul(rs[i], election_key);
    ct.b = bit == 1 ? point_add(kBase, rh) : rh;  // 0·G is the identity: just r·H
    r_total = scalar_add(r_total, rs[i]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const int bit = static_cast<int>(i) == chosen ? 1 : 0;
    ballot.bit_proofs[i] = prove_bit(election_key, i, n, ballot.choices[i], bit, rs[i], context);
  }
  const Ciphertext total = sum(ballot.choices);
  ballot.sum_proof = prove_equality(sum_transcript(election_key, ballot.choices, context), kBase, total.a,
                                    election_key, point_sub(total.b, kBase), r_total);
  for (Scalar& r : rs) sodium_memzero(r.data(), r.size());
  sodium_memzero(r_total.data(), r_total.size());
  return ballot;
}

bool verify_ballot(const Point& election_key, const EncryptedBallot& ballot, std::string_view context) {
  const std::size_t n = ballot.choices.size();
  if (!valid_key(election_key) || n < 1 || n > static_cast<std::size_t>(kMaxOptions) ||
      ballot.bit_proofs.size() != n) {
    return false;
  }
  for (const Ciphertext& ct : ballot.choices) {
    if (!valid_point(ct.a) || !valid_point(ct.b)) return false;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!check_bit(election_key, i, n, ballot.choices[i], ballot.bit_proofs[i], context)) return false;
  }
  const Ciphertext total = sum(ballot.choices);
  return check_equality(sum_transcript(election_key, ballot.choices, context), kBase, total.a, election_key,
                        point_sub(total.b, kBase), ballot.sum_proof);
}

std::optional<EncryptedBallot> encrypt_yes_no(const Point& election_key, bool yes, std::string_view context) {
  if (!valid_key(election_key)) return std::nullopt;
  EncryptedBallot ballot;
  Scalar r = random_scalar();
  Ciphertext ct;
  ct.a = mul_base(r);
  const Point rh = mul(r, election_key);
  ct.b = yes ? point_add(kBase, rh) : rh;
  ballot.choices.push_back(ct);
  ballot.bit_proofs.push_back(prove_bit(election_key, 0, 1, ct, yes ? 1 : 0, r, context));
  sodium_memzero(r.data(), r.size());
  return ballot;
}

bool verify_yes_no(const Point& election_key, const EncryptedBallot& ballot, std::string_view context) {
  if (!valid_key(election_key) || ballot.choices.size() != 1 || ballot.bit_proofs.size() != 1) return false;
  if (!is_zero(ballot.sum_proof.c) || !is_zero(ballot.sum_proof.s)) return false;
  const Ciphertext& ct = ballot.choices[0];
  if (!valid_point(ct.a) || !valid_point(ct.b)) return false;
  return check_bit(election_key, 0, 1, ct, ballot.bit_proofs[0], context);
}

std::string ballot_tracker(const EncryptedBallot& ballot, std::string_view context) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  const auto absorb_u64 = [&state](uint64_t v) {
    const Scalar le = scalar_of(v);
    crypto_hash_sha256_update(&state, le.data(), 8);
  };
  const auto absorb = [&state](const std::array<uint8_t, 32>& x) { crypto_hash_sha256_update(&state, x.data(), 32); };
  absorb_u64(kTrackerTag.size());
  crypto_hash_sha256_update(&state, bytes_of(kTrackerTag), kTrackerTag.size());
  absorb_u64(context.size());
  crypto_hash_sha256_update(&state, bytes_of(context), context.size());
  absorb_u64(ballot.choices.size());
  for (const Ciphertext& ct : ballot.choices) {
    absorb(ct.a);
    absorb(ct.b);
  }
  absorb_u64(ballot.bit_proofs.size());
  for (const BitProof& p : ballot.bit_proofs) {
    absorb(p.c0);
    absorb(p.c1);
    absorb(p.s0);
    absorb(p.s1);
  }
  absorb(ballot.sum_proof.c);
  absorb(ballot.sum_proof.s);
  std::array<uint8_t, crypto_hash_sha256_BYTES> digest;
  crypto_hash_sha256_final(&state, digest.data());
  return to_hex(std::span<const uint8_t>(digest.data(), 16));
}

// --- Counting -----------------------------------------------------------------

Ciphertext add(const Ciphertext& x, const Ciphertext& y) { return {point_add(x.a, y.a), point_add(x.b, y.b)}; }

Ciphertext sum(std::span<const Ciphertext> cts) {
  Ciphertext total;
  for (const Ciphertext& ct : cts) total = add(total, ct);
  return total;
}

std::optional<Decryption> decrypt_total(const Scalar& secret, const Point& election_key, const Ciphertext& sum,
                                        int64_t max_total, std::string_view context) {
  if (max_total < 0 || !valid_key(election_key) || !canonical_scalar(secret) ||
      public_point(secret) != election_key || !valid_point(sum.a) || !valid_point(sum.b)) {
    return std::nullopt;
  }
  Decryption dec;
  dec.d = mul(secret, sum.a);  // the identity when A is (the sum of no ciphertexts)
  const Point m = point_sub(sum.b, dec.d);
  // The discrete log of m, by stepping k·G from the identity.
  Point step = kIdentity;
  int64_t k = 0;
  for (;; ++k) {
    if (step == m) break;
    if (k == max_total) return std::nullopt;
    step = point_add(step, kBase);
  }
  dec.total = k;
  // The proof is of (G, H, A, D) only: B and the total are tied to it by
  // the verifier's own check that B − D = total·G.
  dec.proof = prove_equality(Transcript(kDecryptionTag, context), kBase, election_key, sum.a, dec.d, secret);
  return dec;
}

bool verify_decryption(const Point& election_key, const Ciphertext& sum, const Decryption& dec,
                       std::string_view context) {
  if (dec.total < 0 || !valid_key(election_key) || !valid_point(sum.a) || !valid_point(sum.b) ||
      !valid_point(dec.d)) {
    return false;
  }
  // x·identity is the identity; the proof below would force it too, this
  // says it plainly.
  if (is_identity(sum.a) && !is_identity(dec.d)) return false;
  if (point_sub(sum.b, dec.d) != small_multiple(static_cast<uint64_t>(dec.total))) return false;
  return check_equality(Transcript(kDecryptionTag, context), kBase, election_key, sum.a, dec.d, dec.proof);
}

// --- Text encodings (storage and publication) ------------------------------------

std::optional<std::array<uint8_t, 32>> from_hex32(std::string_view hex) {
  std::array<uint8_t, 32> out;
  if (hex.size() != 2 * out.size()) return std::nullopt;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = hex_value(hex[2 * i]);
    const int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return out;
}

// The ballot: a:b for each choice, c0:c1:s0:s1 for each bit proof, then c:s;
// the number of options is (fields − 2) / 6.
std::string serialize_ballot(const EncryptedBallot& ballot) {
  std::string out;
  const auto field = [&out](const std::array<uint8_t, 32>& x) {
    if (!out.empty()) out += ':';
    append_hex(out, x);
  };
  for (const Ciphertext& ct : ballot.choices) {
    field(ct.a);
    field(ct.b);
  }
  for (const BitProof& p : ballot.bit_proofs) {
    field(p.c0);
    field(p.c1);
    field(p.s0);
    field(p.s1);
  }
  field(ballot.sum_proof.c);
  field(ballot.sum_proof.s);
  return out;
}

std::optional<EncryptedBallot> parse_ballot(std::string_view text) {
  const std::vector<std::string_view> fields = split(text, ':');
  if (fields.size() < 8 || (fields.size() - 2) % 6 != 0) return std::nullopt;
  const std::size_t n = (fields.size() - 2) / 6;
  if (n > static_cast<std::size_t>(kMaxOptions)) return std::nullopt;
  std::vector<std::array<uint8_t, 32>> values;
  values.reserve(fields.size());
  for (const std::string_view f : fields) {
    const auto v = from_hex32(f);
    if (!v) return std::nullopt;
    values.push_back(*v);
  }
  EncryptedBallot ballot;
  ballot.choices.resize(n);
  ballot.bit_proofs.resize(n);
  std::size_t at = 0;
  for (Ciphertext& ct : ballot.choices) {
    ct.a = values[at++];
    ct.b = values[at++];
  }
  for (BitProof& p : ballot.bit_proofs) {
    p.c0 = values[at++];
    p.c1 = values[at++];
    p.s0 = values[at++];
    p.s1 = values[at++];
  }
  ballot.sum_proof.c = values[at++];
  ballot.sum_proof.s = values[at++];
  return ballot;
}

std::string serialize_ciphertext(const Ciphertext& ct) { return to_hex(ct.a) + ':' + to_hex(ct.b); }

std::optional<Ciphertext> parse_ciphertext(std::string_view text) {
  const std::vector<std::string_view> fields = split(text, ':');
  if (fields.size() != 2) return std::nullopt;
  const auto a = from_hex32(fields[0]);
  const auto b = from_hex32(fields[1]);
  if (!a || !b) return std::nullopt;
  return Ciphertext{*a, *b};
}

std::string serialize_decryption(const Decryption& dec) {
  return std::to_string(dec.total) + ':' + to_hex(dec.d) + ':' + to_hex(dec.proof.c) + ':' + to_hex(dec.proof.s);
}

std::optional<Decryption> parse_decryption(std::string_view text) {
  const std::vector<std::string_view> fields = split(text, ':');
  if (fields.size() != 4) return std::nullopt;
  const auto total = parse_count(fields[0]);
  const auto d = from_hex32(fields[1]);
  const auto c = from_hex32(fields[2]);
  const auto s = from_hex32(fields[3]);
  if (!total || !d || !c || !s) return std::nullopt;
  Decryption dec;
  dec.total = *total;
  dec.d = *d;
  dec.proof = EqualityProof{*c, *s};
  return dec;
}

}  // namespace thidua::core::ballot
