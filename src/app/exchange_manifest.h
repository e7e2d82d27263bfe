// The manifest of an exchange package (issue 14 #3; docs/exchange.md, schema
// docs/exchange-manifest.schema.json): what a package between two
// deployments carries, as JSON. Format "thidua-exchange", version 1.
//
// A package is a ZIP: manifest.json, manifest.p7s (a detached CMS signature
// over manifest.json's bytes by the sending agency) and the files the
// manifest lists, each with its size and SHA-256. The signature covers the
// manifest, the manifest covers every file: nothing else in the ZIP is read.
//
// Kinds: "proposal" (an approved proposal with its list and dossier, from the
// sending agency to the receiving one) and "answer" (the receiver's decision
// or return, back to the sender; it names the proposal package it answers).
//
// Reading is strict: an unknown format, another version, a member missing or
// of the wrong type, a file name that could leave the package's folder or
// collide with the manifest, a duplicate, a bad hash: kValidation with the
// member's path in the message (Vietnamese), field "package". Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::app {

inline constexpr const char* kExchangeFormat = "thidua-exchange";
inline constexpr int kExchangeVersion = 1;
inline constexpr const char* kManifestName = "manifest.json";
inline constexpr const char* kSignatureName = "manifest.p7s";
inline constexpr size_t kMaxManifestBytes = 16u << 20;
inline constexpr size_t kMaxExchangeFiles = 20000;
inline constexpr size_t kMaxExchangeNominees = 20000;

// An agency at either end: its code (the unit code in its own deployment,
// [A-Za-z0-9._-], 1..40) and its name.
struct ExchangeParty {
  std::string code;
  std::string name;
};

struct ExchangeFile {
  std::string name;  // the path inside the ZIP
  int64_t bytes = 0;
  std::string sha256;  // 64 lower-case hex digits
};

struct ExchangeNominee {
  int64_t ref = 0;  // the sender's number of the nominee (its nomination id), unique in the package
  int order = 0;
  std::string subject;  // "individual", "collective"
  std::string name;
  std::string position;
  std::string unit_name;
  std::vector<std::string> report_files;  // names among `files`
};

// kind "proposal": the sender's approved proposal.
struct ExchangeProposal {
  std::string reference;  // the proposal's key at the sender (stable across rounds), 1..64 characters
  int round = 1;          // 1, then one more for each resend after a return
  std::string number_symbol;  // "15/TTr-STNMT"
  std::optional<std::string> date;  // ISO date of the proposal
  std::string title;
  std::string campaign_title;
  std::string award_code;
  std::string award_name;        // with its granting authority, as the sender writes it
  std::string legal_citation;    // the award's legal grounds
  std::string eligibility_code;  // the sender's rule set, "" when none
  int year = 0;                  // the year of achievement
  std::string note;              // the sender's note of this round
};

// kind "answer": what the receiver concluded on a proposal package.
struct ExchangeAnswer {
  std::string refers_to;  // the package_id of the proposal (its round) answered
  std::string reference;  // the proposal's reference, as the proposal gave it
  int round = 1;
  std::string outcome;    // "decided" or "returned"
  std::string reason;     // returned: why (not empty)
  std::optional<int64_t> decision_number;  // decided with someone agreed
  std::string decision_symbol;             // "QĐ-UBND"
  std::optional<std::string> decision_date;
  std::string authority;  // "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"
  std::string signer;
  std::vector<int64_t> agreed;  // decided: the refs of the nominees granted
};

struct ExchangeManifest {
  int version = kExchangeVersion;
  std::string package_id;  // a UUID, lower case
  std::string kind;        // "proposal" or "answer"
  std::string created_at;  // ISO instant (UTC)
  int64_t sequence = 0;    // the sender's count of packages to this receiver, from 1, increasing
  ExchangeParty sender;
  ExchangeParty receiver;
  std::optional<ExchangeProposal> proposal;
  std::vector<ExchangeNominee> nominees;  // proposal: the list (at least one)
  std::optional<ExchangeAnswer> answer;
  std::vector<ExchangeFile> files;
};

// The manifest's JSON (members in a fixed order, UTF-8).
std::string manifest_to_json(const ExchangeManifest& m);

// Reads and checks a manifest (see above).
core::Result<ExchangeManifest> manifest_from_json(std::string_view text);

// True for an agency code: [A-Za-z0-9._-], 1..40 characters.
bool is_agency_code(std::string_view code);

// True for a UUID written 8-4-4-4-12 in lower-case hex digits.
bool is_package_id(std::string_view text);

// True for a name a package may hold: relative, '/'-separated, no empty, "."
// or ".." part, no backslash or control character, valid UTF-8, at most 255
// bytes, and neither manifest.json nor manifest.p7s.
bool is_package_file_name(std::string_view name);

}  // namespace thidua::app
