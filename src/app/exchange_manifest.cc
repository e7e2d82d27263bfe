#include "app/exchange_manifest.h"

#include <boost/json.hpp>

#include <set>

#include "core/messages_vi/exchange.h"
#include "core/names.h"
#include "core/org.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

json::value opt_text(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }

core::Error bad(const std::string& path) {
  return core::make_error(core::errc::kValidation, msg::exchange_member_invalid(path), "package");
}

bool is_hex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool is_code(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool has_control(std::string_view s, bool allow_newlines) {
  for (unsigned char c : s) {
    if (c < 0x20 && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t'))) return true;
    if (c == 0x7f) return true;
  }
  return false;
}

// Reads the members of one object, each once, by its path.
class Reader {
 public:
  Reader(const json::value* v, std::string path) : path_(std::move(path)) {
    if (v != nullptr && v->is_object()) o_ = &v->get_object();
  }
  bool ok() const { return o_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string at(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }

  const json::value* member(std::string_view key) const {
    if (o_ == nullptr) return nullptr;
    auto it = o_->find(key);
    return it == o_->end() ? nullptr : &it->value();
  }

  // Text of 0..max characters (min 1 when `required`), valid UTF-8, no control
  // characters (newlines only when `multiline`).
  core::Result<std::string> text(std::string_view key, size_t max, bool required, bool multiline = false) const {
    const json::value* v = member(key);
    if (v == nullptr && !required) return std::string();
    if (v == nullptr || !v->is_string()) return bad(at(key));
    std::string s(v->get_string());
    if (!core::is_valid_utf8(s) || has_control(s, multiline) || s.size() > max * 4 ||
        code_points(s) > max || (required && s.empty())) {
      return bad(at(key));
    }
    return s;
  }
  core::Result<std::optional<std::string>> date(std::string_view key) const {
    const json::value* v = member(key);
    if (v == nullptr || v->is_null()) return std::optional<std::string>();
    if (!v->is_string() || !core::is_iso_date(std::string(v->get_string()))) return bad(at(key));
    return std::optional<std::string>(std::string(v->get_string()));
  }
  core::Result<int64_t> integer(std::string_view key, int64_t min, int64_t max) const {
    const json::value* v = member(key);
    if (v == nullptr) return bad(at(key));
    int64_t n = 0;
    if (v->is_int64()) {
      n = v->get_int64();
    } else if (v->is_uint64() && v->get_uint64() <= static_cast<uint64_t>(INT64_MAX)) {
      n = static_cast<int64_t>(v->get_uint64());
    } else {
      return bad(at(key));
    }
    if (n < min || n > max) return bad(at(key));
    return n;
  }
  core::Result<std::optional<int64_t>> opt_integer(std::string_view key, int64_t min, int64_t max) const {
    const json::value* v = member(key);
    if (v == nullptr || v->is_null()) return std::optional<int64_t>();
    auto n = integer(key, min, max);
    if (!n.ok()) return n.error();
    return std::optional<int64_t>(*n);
  }
  const json::array* array(std::string_view key) const {
    const json::value* v = member(key);
    return v != nullptr && v->is_array() ? &v->get_array() : nullptr;
  }

 private:
  const json::object* o_ = nullptr;
  std::string path_;
};

#define THIDUA_READ(var, expr) \
  auto var##_r = (expr);       \
  if (!var##_r.ok()) return var##_r.error();

core::Result<ExchangeParty> read_party(const Reader& top, std::string_view key) {
  Reader r(top.member(key), top.at(key));
  if (!r.ok()) return bad(top.at(key));
  ExchangeParty p;
  THIDUA_READ(code, r.text("code", 40, true));
  if (!is_code(*code_r)) return bad(r.at("code"));
  THIDUA_READ(name, r.text("name", 255, true));
  p.code = std::move(*code_r);
  p.name = std::move(*name_r);
  return p;
}

core::Result<ExchangeProposal> read_proposal(const Reader& top) {
  Reader r(top.member("proposal"), "proposal");
  if (!r.ok()) return bad("proposal");
  ExchangeProposal p;
  THIDUA_READ(reference, r.text("reference", 64, true));
  THIDUA_READ(round, r.integer("round", 1, 1000));
  THIDUA_READ(number_symbol, r.text("number_symbol", 80, false));
  THIDUA_READ(date, r.date("date"));
  THIDUA_READ(title, r.text("title", 1000, true));
  THIDUA_READ(campaign_title, r.text("campaign_title", 1000, false));
  Reader award(r.member("award"), "proposal.award");
  if (!award.ok()) return bad("proposal.award");
  THIDUA_READ(award_code, award.text("code", 80, false));
  THIDUA_READ(award_name, award.text("name", 500, true));
  THIDUA_READ(citation, award.text("legal_citation", 4000, false, true));
  THIDUA_READ(eligibility, r.text("eligibility_code", 80, false));
  THIDUA_READ(year, r.integer("year", 1945, 9999));
  THIDUA_READ(note, r.text("note", 2000, false, true));
  p.reference = std::move(*reference_r);
  p.round = static_cast<int>(*round_r);
  p.number_symbol = std::move(*number_symbol_r);
  p.date = std::move(*date_r);
  p.title = std::move(*title_r);
  p.campaign_title = std::move(*campaign_title_r);
  p.award_code = std::move(*award_code_r);
  p.award_name = std::move(*award_name_r);
  p.legal_citation = std::move(*citation_r);
  p.eligibility_code = std::move(*eligibility_r);
  p.year = static_cast<int>(*year_r);
  p.note = std::move(*note_r);
  return p;
}

core::Result<ExchangeAnswer> read_answer(const Reader& top) {
  Reader r(top.member("answer"), "answer");
  if (!r.ok()) return bad("answer");
  ExchangeAnswer a;
  THIDUA_READ(refers_to, r.text("refers_to", 36, true));
  if (!is_package_id(*refers_to_r)) return bad("answer.refers_to");
  THIDUA_READ(reference, r.text("reference", 64, true));
  THIDUA_READ(round, r.integer("round", 1, 1000));
  THIDUA_READ(outcome, r.text("outcome", 20, true));
  if (*outcome_r != "decided" && *outcome_r != "returned") return bad("answer.outcome");
  THIDUA_READ(reason, r.text("reason", 2000, *outcome_r == "returned", true));
  THIDUA_READ(number, r.opt_integer("decision_number", 1, 1000000000));
  THIDUA_READ(symbol, r.text("decision_symbol", 40, false));
  THIDUA_READ(date, r.date("decision_date"));
  THIDUA_READ(authority, r.text("authority", 255, false));
  THIDUA_READ(signer, r.text("signer", 120, false));
  a.refers_to = std::move(*refers_to_r);
  a.reference = std::move(*reference_r);
  a.round = static_cast<int>(*round_r);
  a.outcome = std::move(*outcome_r);
  a.reason = std::move(*reason_r);
  a.decision_number = *number_r;
  a.decision_symbol = std::move(*symbol_r);
  a.decision_date = std::move(*date_r);
  a.authority = std::move(*authority_r);
  a.signer = std::move(*signer_r);
  const json::array* agreed = r.array("agreed");
  if (agreed == nullptr) return bad("answer.agreed");
  std::set<int64_t> seen;
  for (size_t i = 0; i < agreed->size(); ++i) {
    const auto& v = (*agreed)[i];
    const std::string path = "answer.agreed[" + std::to_string(i) + "]";
    if (!v.is_int64() || v.get_int64() < 1 || !seen.insert(v.get_int64()).second) return bad(path);
    a.agreed.push_back(v.get_int64());
  }
  // A decision with someone agreed has its number, date and authority; a
  // return or a decision agreeing to no one grants nothing.
  if (a.outcome == "decided" && !a.agreed.empty() &&
      (!a.decision_number || a.decision_symbol.empty() || !a.decision_date || a.authority.empty())) {
    return bad("answer.decision_number");
  }
  if (a.outcome == "returned" && !a.agreed.empty()) return bad("answer.agreed");
  return a;
}

}  // namespace

bool is_agency_code(std::string_view code) { return is_code(code); }

bool is_package_id(std::string_view t) {
  if (t.size() != 36) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? t[i] != '-' : !is_hex(t.substr(i, 1))) return false;
  }
  return true;
}

bool is_package_file_name(std::string_view name) {
  if (name.empty() || name.size() > 255 || name == kManifestName || name == kSignatureName) return false;
  if (!core::is_valid_utf8(name) || has_control(name, false)) return false;
  if (name.find('\\') != std::string_view::npos || name.find(':') != std::string_view::npos) return false;
  size_t start = 0;
  while (true) {
    const size_t slash = name.find('/', start);
    const std::string_view part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

std::string manifest_to_json(const ExchangeManifest& m) {
  json::object o;
  o["format"] = kExchangeFormat;
  o["version"] = m.version;
  o["package_id"] = m.package_id;
  o["kind"] = m.kind;
  o["created_at"] = m.created_at;
  o["sequence"] = m.sequence;
  o["sender"] = json::object{{"code", m.sender.code}, {"name", m.sender.name}};
  o["receiver"] = json::object{{"code", m.receiver.code}, {"name", m.receiver.name}};
  if (m.proposal) {
    const auto& p = *m.proposal;
    o["proposal"] = json::object{{"reference", p.reference},
                                 {"round", p.round},
                                 {"number_symbol", p.number_symbol},
                                 {"date", opt_text(p.date)},
                                 {"title", p.title},
                                 {"campaign_title", p.campaign_title},
                                 {"award", json::object{{"code", p.award_code},
                                                        {"name", p.award_name},
                                                        {"legal_citation", p.legal_citation}}},
                                 {"eligibility_code", p.eligibility_code},
                                 {"year", p.year},
                                 {"note", p.note}};
    json::array nominees;
    for (const auto& n : m.nominees) {
      json::array reports;
      for (const auto& f : n.report_files) reports.push_back(json::value(f));
      nominees.push_back(json::object{{"ref", n.ref},
                                      {"order", n.order},
                                      {"subject", n.subject},
                                      {"name", n.name},
                                      {"position", n.position},
                                      {"unit_name", n.unit_name},
                                      {"report_files", reports}});
    }
    o["nominees"] = std::move(nominees);
  }
  if (m.answer) {
    const auto& a = *m.answer;
    json::array agreed;
    for (int64_t ref : a.agreed) agreed.push_back(json::value(ref));
    o["answer"] = json::object{{"refers_to", a.refers_to},
                               {"reference", a.reference},
                               {"round", a.round},
                               {"outcome", a.outcome},
                               {"reason", a.reason},
                               {"decision_number", a.decision_number ? json::value(*a.decision_number) : json::value(nullptr)},
                               {"decision_symbol", a.decision_symbol},
                               {"decision_date", opt_text(a.decision_date)},
                               {"authority", a.authority},
                               {"signer", a.signer},
                               {"agreed", agreed}};
  }
  json::array files;
  for (const auto& f : m.files) {
    files.push_back(json::object{{"name", f.name}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  }
  o["files"] = std::move(files);
  return json::serialize(o);
}

core::Result<ExchangeManifest> manifest_from_json(std::string_view text) {
  if (text.size() > kMaxManifestBytes) {
    return core::make_error(core::errc::kValidation, msg::kExchangeManifestNotJson, "package");
  }
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return core::make_error(core::errc::kValidation, msg::kExchangeManifestNotJson, "package");
  Reader top(&v, "");
  const json::value* format = top.member("format");
  if (format == nullptr || !format->is_string() || format->get_string() != kExchangeFormat) {
    return core::make_error(core::errc::kValidation, msg::kExchangeFormatUnknown, "package");
  }
  const json::value* version = top.member("version");
  if (version == nullptr || !version->is_int64() || version->get_int64() != kExchangeVersion) {
    return core::make_error("exchange_version_unsupported", msg::kExchangeVersionUnsupported, "package");
  }
  ExchangeManifest m;
  THIDUA_READ(package_id, top.text("package_id", 36, true));
  if (!is_package_id(*package_id_r)) return bad("package_id");
  m.package_id = std::move(*package_id_r);
  THIDUA_READ(kind, top.text("kind", 20, true));
  if (*kind_r != "proposal" && *kind_r != "answer") return bad("kind");
  m.kind = std::move(*kind_r);
  THIDUA_READ(created_at, top.text("created_at", 40, true));
  m.created_at = std::move(*created_at_r);
  THIDUA_READ(sequence, top.integer("sequence", 1, INT64_MAX));
  m.sequence = *sequence_r;
  THIDUA_READ(sender, read_party(top, "sender"));
  THIDUA_READ(receiver, read_party(top, "receiver"));
  m.sender = std::move(*sender_r);
  m.receiver = std::move(*receiver_r);

  const json::array* files = top.array("files");
  if (files == nullptr) return bad("files");
  if (files->size() > kMaxExchangeFiles) {
    return core::make_error(core::errc::kValidation, msg::kExchangeTooManyFiles, "package");
  }
  std::set<std::string> names;
  for (size_t i = 0; i < files->size(); ++i) {
    Reader f(&(*files)[i], "files[" + std::to_string(i) + "]");
    if (!f.ok()) return bad(f.path());
    THIDUA_READ(name, f.text("name", 255, true));
    if (!is_package_file_name(*name_r)) {
      return core::make_error(core::errc::kValidation, std::string(msg::kExchangeFileNameInvalid) + *name_r, "package");
    }
    if (!names.insert(*name_r).second) {
      return core::make_error(core::errc::kValidation, std::string(msg::kExchangeFileDuplicate) + *name_r, "package");
    }
    THIDUA_READ(bytes, f.integer("bytes", 0, INT64_MAX));
    THIDUA_READ(sha, f.text("sha256", 64, true));
    if (sha_r->size() != 64 || !is_hex(*sha_r)) return bad(f.at("sha256"));
    m.files.push_back({std::move(*name_r), *bytes_r, std::move(*sha_r)});
  }

  if (m.kind == "proposal") {
    THIDUA_READ(proposal, read_proposal(top));
    m.proposal = std::move(*proposal_r);
    const json::array* nominees = top.array("nominees");
    if (nominees == nullptr || nominees->empty()) return bad("nominees");  // a proposal proposes someone
    if (nominees->size() > kMaxExchangeNominees) {
      return core::make_error(core::errc::kValidation, msg::kExchangeTooManyNominees, "package");
    }
    std::set<int64_t> refs;
    for (size_t i = 0; i < nominees->size(); ++i) {
      Reader n(&(*nominees)[i], "nominees[" + std::to_string(i) + "]");
      if (!n.ok()) return bad(n.path());
      ExchangeNominee x;
      THIDUA_READ(ref, n.integer("ref", 1, INT64_MAX));
      if (!refs.insert(*ref_r).second) {
        return core::make_error(core::errc::kValidation, msg::kExchangeNomineeDuplicate, "package");
      }
      THIDUA_READ(order, n.integer("order", 1, 1000000));
      THIDUA_READ(subject, n.text("subject", 20, true));
      if (*subject_r != "individual" && *subject_r != "collective") return bad(n.at("subject"));
      THIDUA_READ(name, n.text("name", 255, true));
      THIDUA_READ(position, n.text("position", 255, false));
      THIDUA_READ(unit_name, n.text("unit_name", 255, false));
      x.ref = *ref_r;
      x.order = static_cast<int>(*order_r);
      x.subject = std::move(*subject_r);
      x.name = std::move(*name_r);
      x.position = std::move(*position_r);
      x.unit_name = std::move(*unit_name_r);
      if (const json::array* reports = n.array("report_files")) {
        for (size_t k = 0; k < reports->size(); ++k) {
          const auto& r = (*reports)[k];
          if (!r.is_string() || !names.count(std::string(r.get_string()))) {
            return bad(n.at("report_files[" + std::to_string(k) + "]"));
          }
          x.report_files.emplace_back(r.get_string());
        }
      } else if (n.member("report_files") != nullptr) {
        return bad(n.at("report_files"));
      }
      m.nominees.push_back(std::move(x));
    }
    if (top.member("answer") != nullptr) return bad("answer");
  } else {
    THIDUA_READ(answer, read_answer(top));
    m.answer = std::move(*answer_r);
    if (top.member("proposal") != nullptr) return bad("proposal");
    if (top.member("nominees") != nullptr) return bad("nominees");
  }
  return m;
}

}  // namespace thidua::app
