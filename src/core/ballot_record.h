// What a closed secret ballot publishes and how anyone checks it (issue 8):
// the election key, every ballot (tracker and ciphertexts with their proofs)
// and, per item, the decrypted totals with their Chaum–Pedersen proofs.
// verify_record recomputes every tracker, checks every ballot's proofs, adds
// the valid ballots up per option and checks each decryption against that
// sum: a changed ciphertext, total, tracker or proof fails it. Pure: the
// record is read by the caller (app::load_ballot_record).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/ballot_crypto.h"

namespace thidua::core::ballot {

// The two answers of every question the council votes on. A ballot is one
// yes/no ciphertext (core::ballot::encrypt_yes_no): 1 for agree, 0 for
// disagree; an item's disagree total is its valid ballots minus its agree
// total, which alone is decrypted.
enum Option : int { kAgree = 0, kDisagree = 1 };

// The Fiat–Shamir contexts: a ballot is bound to its session and item, the
// decryption of an item's agree total to its session and item.
std::string ballot_context(int64_t session_id, int64_t item_id);
std::string decryption_context(int64_t session_id, int64_t item_id);

struct PublishedBallot {
  int64_t item_id = 0;
  std::string tracker;
  std::string ballot;  // serialize_ballot
  bool valid = true;
};

struct PublishedItem {
  int64_t item_id = 0;
  int ord = 0;
  int agree = 0, disagree = 0, invalid = 0;
  std::string agree_decryption;  // serialize_decryption of the agree total
};

struct PublishedRecord {
  int64_t session_id = 0;
  std::string election_key;  // hex
  std::vector<PublishedItem> items;
  std::vector<PublishedBallot> ballots;
};

struct RecordCheck {
  bool ok = false;
  // A session closed before the encrypted ballot (migration 080): it has no
  // key and no published ballots, so there is nothing to check (ok is false,
  // problems empty). A key missing beside published ballots is a problem.
  bool nothing_to_verify = false;
  int ballots_checked = 0;
  int decryptions_checked = 0;
  std::vector<std::string> problems;  // Vietnamese, one line each; empty when ok
};

RecordCheck verify_record(const PublishedRecord& record);

// The homomorphic sum of the valid ballots of one item (an encryption of its
// agree total), and how many ballots were valid and invalid (their proof
// failed or they could not be read). Used by the close (before decrypting)
// and by verify_record.
struct ItemSums {
  Ciphertext agree;
  int valid = 0;
  int invalid = 0;
};
// `ballots` are the item's; `valid_out` (same size) receives each ballot's
// validity.
ItemSums sum_item(const Point& election_key, int64_t session_id, int64_t item_id,
                  const std::vector<PublishedBallot>& ballots, std::vector<bool>* valid_out);

}  // namespace thidua::core::ballot
