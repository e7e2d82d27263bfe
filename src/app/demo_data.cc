// The demo organisation and the staff generator. The data (units, accounts,
// key people, the weighted name tables and the words of positions and
// titles) lives in src/app/demo/*.json, embedded at build time; this file
// reads it strictly and draws people from it.
#include "app/demo_data.h"

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include <boost/json/value.hpp>

#include "app/demo_json.h"
#include "core/names.h"

namespace thidua::app {

using core::EmploymentCategory;
using core::Gender;
using core::Role;
using core::UnitKind;

namespace {

namespace json = boost::json;
using demo_json::Invalid;

// Where a fixed key person sits within their unit.
enum class Seat { kHead, kDeputy, kStaff };

struct KeyPerson {
  std::string full_name;
  Gender gender = Gender::kUnspecified;
  std::string birth_date;
  Seat seat = Seat::kStaff;
  std::string position;  // "" → the unit's head or deputy position
  std::string title;
  std::string phone;
  std::string unit_code;
};

// A table ready for sampling: cumulative weights and the ASCII fold of each
// entry (for e-mail addresses), computed once.
struct Table {
  std::vector<std::string> text;
  std::vector<std::string> ascii;
  std::vector<uint32_t> cumulative;
};

// The head's and deputies' positions of one kind of unit.
struct SeatNames {
  std::string head;
  std::string deputy;
};

// people.json: the key people and the words the generator draws from.
struct PeopleData {
  std::vector<KeyPerson> key_people;  // emitted first, in this order
  Table family, male_middle, female_middle, female_second, male_given, female_given;
  std::string female_middle_before_second;  // "Thị": may take a second middle name
  std::string department_domain, hosted_domain;
  SeatNames agency, office, inspectorate, division, sub_department, named_centre, centre, branch,
      district_office, other;
  std::string inspectorate_prefix, named_centre_prefix;
  struct {
    std::string inspector, principal_inspector, engineer, principal_engineer, specialist, principal_specialist,
        worker, accountant, clerk, assistant, archivist;
  } titles;
  struct {
    std::string worker, accountant, clerk, public_employee, inspector, specialist, assistant;
    std::vector<std::string> office_workers;
  } positions;
};

Table read_table(const json::value& v, const std::string& where) {
  Table t;
  uint32_t sum = 0;
  const json::array& rows = demo_json::array(v, where);
  if (rows.empty()) demo_json::bad_value(where);
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string row_at = demo_json::at(where, i);
    const json::array& row = demo_json::array(rows[i], row_at);
    if (row.size() != 2 || !row[0].is_string() || !row[1].is_int64() || row[1].get_int64() <= 0 ||
        row[1].get_int64() > 1'000'000) {
      demo_json::bad_value(row_at);
    }
    sum += static_cast<uint32_t>(row[1].get_int64());
    t.text.emplace_back(row[0].get_string());
    t.ascii.push_back(core::fold(t.text.back()));
    t.cumulative.push_back(sum);
  }
  return t;
}

SeatNames read_seats(const json::object& o, std::string_view key, const std::string& where) {
  const std::string w = demo_json::at(where, key);
  const json::object& s = demo_json::object(demo_json::member(o, key, where), w);
  demo_json::only(s, {"head", "deputy"}, w);
  return {demo_json::text(s, "head", w), demo_json::text(s, "deputy", w)};
}

core::Result<PeopleData> parse_people(std::string_view text) {
  return demo_json::read<PeopleData>("people.json", text, [](const json::value& root) {
    PeopleData d;
    const json::object& o = demo_json::object(root, "");
    demo_json::only(o, {"key_people", "names", "female_middle_before_second", "email_domains", "seats_by_unit_kind",
                        "inspectorate_name_prefix", "named_centre_prefix", "titles", "positions"},
                    "");
    const json::array& keys = demo_json::array(demo_json::member(o, "key_people", ""), "key_people");
    for (size_t i = 0; i < keys.size(); ++i) {
      const std::string w = demo_json::at("key_people", i);
      const json::object& k = demo_json::object(keys[i], w);
      demo_json::only(k, {"full_name", "gender", "birth_date", "seat", "position", "title", "phone", "unit_code"}, w);
      KeyPerson kp;
      kp.full_name = demo_json::text(k, "full_name", w);
      const auto gender = core::parse_gender(demo_json::text(k, "gender", w));
      if (!gender || *gender == Gender::kUnspecified) demo_json::bad_value(demo_json::at(w, "gender"));
      kp.gender = *gender;
      kp.birth_date = demo_json::text(k, "birth_date", w);
      const std::string seat = demo_json::text(k, "seat", w);
      if (seat == "head") kp.seat = Seat::kHead;
      else if (seat == "deputy") kp.seat = Seat::kDeputy;
      else if (seat == "staff") kp.seat = Seat::kStaff;
      else demo_json::bad_value(demo_json::at(w, "seat"));
      kp.position = demo_json::text(k, "position", w, false);
      kp.title = demo_json::text(k, "title", w);
      kp.phone = demo_json::text(k, "phone", w);
      kp.unit_code = demo_json::text(k, "unit_code", w);
      d.key_people.push_back(std::move(kp));
    }
    const json::object& names = demo_json::object(demo_json::member(o, "names", ""), "names");
    demo_json::only(names, {"family", "male_middle", "female_middle", "female_second_middle", "male_given",
                            "female_given"},
                    "names");
    auto table = [&](std::string_view key) {
      return read_table(demo_json::member(names, key, "names"), demo_json::at("names", key));
    };
    d.family = table("family");
    d.male_middle = table("male_middle");
    d.female_middle = table("female_middle");
    d.female_second = table("female_second_middle");
    d.male_given = table("male_given");
    d.female_given = table("female_given");
    d.female_middle_before_second = demo_json::text(o, "female_middle_before_second", "");
    const json::object& domains = demo_json::object(demo_json::member(o, "email_domains", ""), "email_domains");
    demo_json::only(domains, {"department", "hosted"}, "email_domains");
    d.department_domain = demo_json::text(domains, "department", "email_domains");
    d.hosted_domain = demo_json::text(domains, "hosted", "email_domains");
    const std::string sw = "seats_by_unit_kind";
    const json::object& seats = demo_json::object(demo_json::member(o, sw, ""), sw);
    demo_json::only(seats, {"agency", "office", "inspectorate", "division", "sub_department", "named_centre", "centre",
                            "branch", "district_office", "other"},
                    sw);
    d.agency = read_seats(seats, "agency", sw);
    d.office = read_seats(seats, "office", sw);
    d.inspectorate = read_seats(seats, "inspectorate", sw);
    d.division = read_seats(seats, "division", sw);
    d.sub_department = read_seats(seats, "sub_department", sw);
    d.named_centre = read_seats(seats, "named_centre", sw);
    d.centre = read_seats(seats, "centre", sw);
    d.branch = read_seats(seats, "branch", sw);
    d.district_office = read_seats(seats, "district_office", sw);
    d.other = read_seats(seats, "other", sw);
    d.inspectorate_prefix = demo_json::text(o, "inspectorate_name_prefix", "");
    d.named_centre_prefix = demo_json::text(o, "named_centre_prefix", "");
    const json::object& t = demo_json::object(demo_json::member(o, "titles", ""), "titles");
    demo_json::only(t, {"inspector", "principal_inspector", "engineer", "principal_engineer", "specialist",
                        "principal_specialist", "worker", "accountant", "clerk", "assistant", "archivist"},
                    "titles");
    auto& ti = d.titles;
    ti.inspector = demo_json::text(t, "inspector", "titles");
    ti.principal_inspector = demo_json::text(t, "principal_inspector", "titles");
    ti.engineer = demo_json::text(t, "engineer", "titles");
    ti.principal_engineer = demo_json::text(t, "principal_engineer", "titles");
    ti.specialist = demo_json::text(t, "specialist", "titles");
    ti.principal_specialist = demo_json::text(t, "principal_specialist", "titles");
    ti.worker = demo_json::text(t, "worker", "titles");
    ti.accountant = demo_json::text(t, "accountant", "titles");
    ti.clerk = demo_json::text(t, "clerk", "titles");
    ti.assistant = demo_json::text(t, "assistant", "titles");
    ti.archivist = demo_json::text(t, "archivist", "titles");
    const json::object& ps = demo_json::object(demo_json::member(o, "positions", ""), "positions");
    demo_json::only(ps, {"worker", "office_workers", "accountant", "clerk", "public_employee", "inspector",
                         "specialist", "assistant"},
                    "positions");
    auto& po = d.positions;
    po.worker = demo_json::text(ps, "worker", "positions");
    po.accountant = demo_json::text(ps, "accountant", "positions");
    po.clerk = demo_json::text(ps, "clerk", "positions");
    po.public_employee = demo_json::text(ps, "public_employee", "positions");
    po.inspector = demo_json::text(ps, "inspector", "positions");
    po.specialist = demo_json::text(ps, "specialist", "positions");
    po.assistant = demo_json::text(ps, "assistant", "positions");
    const std::string ow = "positions.office_workers";
    const json::array& jobs = demo_json::array(demo_json::member(ps, "office_workers", "positions"), ow);
    for (size_t i = 0; i < jobs.size(); ++i) {
      if (!jobs[i].is_string()) demo_json::bad_value(demo_json::at(ow, i));
      po.office_workers.emplace_back(jobs[i].get_string());
    }
    if (po.office_workers.empty()) demo_json::bad_value(ow);
    return d;
  });
}


// splitmix64: small, fast, and the same sequence on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed ^ 0x7468696475612d31ULL) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(next() % n); }
  bool chance(uint32_t percent) { return below(100) < percent; }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1))); }
  size_t pick(const Table& t) {
    uint32_t r = below(t.cumulative.back());
    return static_cast<size_t>(std::upper_bound(t.cumulative.begin(), t.cumulative.end(), r) -
                               t.cumulative.begin());
  }

 private:
  uint64_t state_;
};

// ---------------------------------------------------------------------------
// Positions and categories by unit.

struct UnitProfile {
  const DemoUnit* unit = nullptr;
  bool root = false;
  std::string head_position;
  std::string deputy_position;
  int deputies = 1;
  bool inspectorate = false;  // staff hold inspector ranks (thanh tra viên)
  uint32_t staff_weight = 0;
  EmploymentCategory category = EmploymentCategory::kCivilServant;
  std::string email_domain;
};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

UnitProfile profile_of(const DemoUnit& u, const PeopleData& d) {
  UnitProfile p;
  p.unit = &u;
  p.root = u.parent_code.empty();
  p.email_domain = u.host_agency.empty() ? d.department_domain : d.hosted_domain;
  auto seats = [&](const SeatNames& n) {
    p.head_position = n.head;
    p.deputy_position = n.deputy;
  };
  switch (u.kind) {
    case UnitKind::kAgency:
      seats(d.agency);
      p.deputies = p.root ? 3 : 2;
      p.staff_weight = p.root ? 0 : 8;
      break;
    case UnitKind::kOffice:
      seats(d.office);
      p.deputies = 2;
      p.staff_weight = 12;
      break;
    case UnitKind::kDivision:
      if (starts_with(u.short_name, d.inspectorate_prefix) || starts_with(u.name, d.inspectorate_prefix)) {
        seats(d.inspectorate);
        p.inspectorate = true;
        p.staff_weight = 7;
      } else {
        seats(d.division);
        p.staff_weight = 6;
      }
      break;
    case UnitKind::kSubDepartment:
      seats(d.sub_department);
      p.deputies = 2;
      p.staff_weight = 11;
      break;
    case UnitKind::kCentre:
      seats(starts_with(u.name, d.named_centre_prefix) ? d.named_centre : d.centre);
      p.deputies = 2;
      p.staff_weight = 12;
      p.category = EmploymentCategory::kPublicEmployee;
      break;
    case UnitKind::kBranch:
      seats(d.branch);
      p.staff_weight = 8;
      p.category = EmploymentCategory::kPublicEmployee;
      break;
    case UnitKind::kDistrictOffice:
      seats(d.district_office);
      p.staff_weight = 6;
      break;
    case UnitKind::kOther:
      seats(d.other);
      p.staff_weight = 4;
      break;
  }
  return p;
}

// ---------------------------------------------------------------------------
// E-mail addresses: "an.nv@stnmt.bacgiang.gov.vn". For the first
// kExactEmailLimit people a clash gets a counter ("an.nv2"); after that every
// address carries the person's ordinal ("an.nv.20001"), which is unique by
// construction and keeps memory bounded. Base parts are letters and one dot,
// so the two forms never meet.
constexpr size_t kExactEmailLimit = 20000;

class EmailBook {
 public:
  void make(const std::string& base, size_t ordinal, const std::string& domain, std::string& out) {
    out.assign(base);
    if (ordinal < kExactEmailLimit) {
      uint32_t& n = seen_[base];
      ++n;
      if (n > 1) out.append(std::to_string(n));
    } else {
      out.push_back('.');
      out.append(std::to_string(ordinal + 1));
    }
    out.push_back('@');
    out.append(domain);
  }

 private:
  std::unordered_map<std::string, uint32_t> seen_;
};

// "an.nv" from folded words {"nguyen", "van", "an"}.
void email_base(const std::vector<std::string_view>& folded_words, std::string& out) {
  out.clear();
  if (folded_words.empty()) return;
  out.append(folded_words.back());
  out.push_back('.');
  for (size_t i = 0; i + 1 < folded_words.size(); ++i) {
    if (!folded_words[i].empty()) out.push_back(folded_words[i][0]);
  }
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

void random_date(Rng& rng, int from_year, int to_year, std::string& out) {
  int y = rng.between(from_year, to_year);
  int m = rng.between(1, 12);
  int d = rng.between(1, days_in_month(y, m));
  char buf[16];
  buf[0] = static_cast<char>('0' + y / 1000);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d / 10);
  buf[9] = static_cast<char>('0' + d % 10);
  out.assign(buf, 10);
}

void random_phone(Rng& rng, std::string& out) {
  out.assign("09");
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>('0' + rng.below(10)));
}

// Generates people one at a time into a reused DemoPerson.
class Generator {
 public:
  Generator(const DemoOrg& org, const PeopleData& data, uint64_t seed,
            const std::function<void(const DemoPerson&)>& sink)
      : data_(data), rng_(seed), sink_(sink) {
    for (const DemoUnit& u : org.units) {
      if (!u.valid_to.empty()) continue;
      profiles_.push_back(profile_of(u, data_));
    }
    uint32_t sum = 0;
    for (const UnitProfile& p : profiles_) {
      sum += p.staff_weight;
      staff_cumulative_.push_back(sum);
    }
  }

  bool empty() const { return profiles_.empty(); }

  // Emits up to `count` people in total; see generate_people().
  void run(size_t count) {
    // 1. Key people whose unit exists.
    std::vector<int> heads(profiles_.size(), 0);
    std::vector<int> deputies(profiles_.size(), 0);
    for (const KeyPerson& k : data_.key_people) {
      if (emitted_ >= count) return;
      const UnitProfile* p = find(k.unit_code);
      if (p == nullptr) continue;
      size_t idx = static_cast<size_t>(p - profiles_.data());
      if (k.seat == Seat::kHead) ++heads[idx];
      if (k.seat == Seat::kDeputy) ++deputies[idx];
      emit_key(k, *p);
    }
    // 2. A head and deputies for every current unit.
    for (size_t i = 0; i < profiles_.size(); ++i) {
      const UnitProfile& p = profiles_[i];
      for (int h = heads[i]; h < 1; ++h) {
        if (emitted_ >= count) return;
        emit_random(p, Seat::kHead);
      }
      for (int d = deputies[i]; d < p.deputies; ++d) {
        if (emitted_ >= count) return;
        emit_random(p, Seat::kDeputy);
      }
    }
    // 3. Staff, spread by unit weight (units of weight 0 get none).
    if (staff_cumulative_.empty() || staff_cumulative_.back() == 0) {
      // No unit takes staff (an organisation of one root agency): the root
      // does, so that `count` is honoured.
      while (emitted_ < count) emit_random(profiles_.front(), Seat::kStaff);
      return;
    }
    while (emitted_ < count) {
      uint32_t r = rng_.below(staff_cumulative_.back());
      size_t idx = static_cast<size_t>(
          std::upper_bound(staff_cumulative_.begin(), staff_cumulative_.end(), r) - staff_cumulative_.begin());
      emit_random(profiles_[idx], Seat::kStaff);
    }
  }

 private:
  const UnitProfile* find(std::string_view code) const {
    for (const UnitProfile& p : profiles_) {
      if (p.unit->code == code) return &p;
    }
    return nullptr;
  }

  void emit_key(const KeyPerson& k, const UnitProfile& p) {
    person_.full_name.assign(k.full_name);
    person_.gender = k.gender;
    person_.birth_date.assign(k.birth_date);
    if (!k.position.empty()) {
      person_.position.assign(k.position);
    } else {
      person_.position = k.seat == Seat::kHead ? p.head_position : p.deputy_position;
    }
    person_.title.assign(k.title);
    person_.category = p.category;
    person_.phone.assign(k.phone);
    person_.unit_code = p.unit->code;
    std::string folded = core::fold(k.full_name);
    std::vector<std::string_view> words;
    std::string_view rest = folded;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      words.push_back(rest.substr(0, sp));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
    email_base(words, base_);
    finish(p);
  }

  // True when the drawn name equals a key person's name (kept unique so that
  // accounts can find their person by name).
  bool is_key_name(const std::string& name) const {
    for (const KeyPerson& k : data_.key_people) {
      if (name == k.full_name) return true;
    }
    return false;
  }

  void draw_name(Gender g) {
    const PeopleData& t = data_;
    do {
      words_.clear();
      person_.full_name.clear();
      size_t f = rng_.pick(t.family);
      append_word(t.family, f);
      std::string_view middle;
      if (g == Gender::kMale) {
        size_t m = rng_.pick(t.male_middle);
        append_word(t.male_middle, m);
        middle = t.male_middle.text[m];
        append_given(t.male_given, middle);
      } else {
        size_t m = rng_.pick(t.female_middle);
        append_word(t.female_middle, m);
        middle = t.female_middle.text[m];
        if (middle == t.female_middle_before_second && rng_.chance(22)) {
          size_t s2 = rng_.pick(t.female_second);
          append_word(t.female_second, s2);
          middle = t.female_second.text[s2];
        }
        append_given(t.female_given, middle);
      }
    } while (is_key_name(person_.full_name));
    email_base(words_, base_);
  }

  // Appends a given name different from the last middle name ("Đức Đức" is not a name).
  void append_given(const Table& t, std::string_view middle) {
    size_t i = rng_.pick(t);
    while (t.text[i] == middle) i = rng_.pick(t);
    append_word(t, i);
  }

  void append_word(const Table& t, size_t i) {
    if (!person_.full_name.empty()) person_.full_name.push_back(' ');
    person_.full_name.append(t.text[i]);
    words_.push_back(t.ascii[i]);
  }

  void emit_random(const UnitProfile& p, Seat seat) {
    bool public_employee = p.category == EmploymentCategory::kPublicEmployee;
    Gender g = rng_.chance(seat == Seat::kStaff ? 47 : 28) ? Gender::kFemale : Gender::kMale;
    draw_name(g);
    person_.gender = g;
    person_.category = p.category;
    person_.unit_code = p.unit->code;
    switch (seat) {
      case Seat::kHead:
        random_date(rng_, 1965, 1980, person_.birth_date);
        person_.position = p.head_position;
        person_.title = senior_title(p, rng_.chance(public_employee ? 60 : 80));
        break;
      case Seat::kDeputy:
        random_date(rng_, 1970, 1988, person_.birth_date);
        person_.position = p.deputy_position;
        person_.title = senior_title(p, rng_.chance(50));
        break;
      case Seat::kStaff:
        random_date(rng_, 1965, 2000, person_.birth_date);
        staff_job(p);
        break;
    }
    random_phone(rng_, person_.phone);
    finish(p);
  }

  // The rank of a head or deputy: the principal grade when `principal`.
  const std::string& senior_title(const UnitProfile& p, bool principal) const {
    const auto& t = data_.titles;
    if (p.inspectorate) return principal ? t.principal_inspector : t.inspector;
    if (p.category == EmploymentCategory::kPublicEmployee) return principal ? t.principal_engineer : t.engineer;
    return principal ? t.principal_specialist : t.specialist;
  }

  // Position, title and category of an ordinary staff member; principal
  // grades ("... chính") only for those born before 1989.
  void staff_job(const UnitProfile& p) {
    const DemoUnit& u = *p.unit;
    const auto& title = data_.titles;
    const auto& position = data_.positions;
    bool senior = person_.birth_date.compare(0, 4, "1989") < 0;
    bool with_finance = u.kind == UnitKind::kOffice || u.kind == UnitKind::kSubDepartment ||
                        u.kind == UnitKind::kCentre;
    uint32_t r = rng_.below(100);
    if (r < 8) {  // người lao động on contract
      person_.category = EmploymentCategory::kWorker;
      person_.title = title.worker;
      if (u.kind == UnitKind::kOffice) {
        const auto& jobs = position.office_workers;
        person_.position = jobs[rng_.below(static_cast<uint32_t>(jobs.size()))];
      } else {
        person_.position = position.worker;
      }
      return;
    }
    if (with_finance && r < 14) {
      person_.position = position.accountant;
      person_.title = title.accountant;
      return;
    }
    if (u.kind == UnitKind::kOffice && r < 19) {
      person_.position = position.clerk;
      person_.title = title.clerk;
      return;
    }
    uint32_t t = rng_.below(100);
    if (p.category == EmploymentCategory::kPublicEmployee) {
      person_.position = position.public_employee;
      if (t < 45) {
        person_.title = title.engineer;
      } else if (t < 57) {
        person_.title = senior ? title.principal_engineer : title.engineer;
      } else if (t < 80) {
        person_.title = title.specialist;
      } else if (t < 90) {
        person_.title = title.assistant;
      } else {
        person_.title = title.archivist;
      }
      return;
    }
    if (p.inspectorate && t < 60) {
      person_.position = position.inspector;
      person_.title = senior && t < 20 ? title.principal_inspector : title.inspector;
    } else if (t < 18) {
      person_.position = position.specialist;
      person_.title = senior ? title.principal_specialist : title.specialist;
    } else if (t < 88) {
      person_.position = position.specialist;
      person_.title = title.specialist;
    } else {
      person_.position = position.assistant;
      person_.title = title.assistant;
    }
  }

  void finish(const UnitProfile& p) {
    emails_.make(base_, emitted_, p.email_domain, person_.email);
    ++emitted_;
    sink_(person_);
  }

  const PeopleData& data_;
  Rng rng_;
  const std::function<void(const DemoPerson&)>& sink_;
  std::vector<UnitProfile> profiles_;
  std::vector<uint32_t> staff_cumulative_;
  EmailBook emails_;
  DemoPerson person_;
  std::vector<std::string_view> words_;
  std::string base_;
  size_t emitted_ = 0;
};

}  // namespace

core::Result<DemoOrg> read_demo_org(std::string_view units_json, std::string_view accounts_json) {
  DemoOrg org;
  auto units = demo_json::read<std::vector<DemoUnit>>("units.json", units_json, [](const json::value& root) {
    std::vector<DemoUnit> out;
    std::set<std::string> codes;
    const json::array& rows = demo_json::array(root, "");
    for (size_t i = 0; i < rows.size(); ++i) {
      const std::string w = demo_json::at("", i);
      const json::object& o = demo_json::object(rows[i], w);
      demo_json::only(o, {"code", "parent_code", "name", "short_name", "kind", "host_agency", "valid_from",
                          "valid_to", "successor_code"},
                      w);
      DemoUnit u;
      u.code = demo_json::text(o, "code", w);
      u.parent_code = demo_json::text(o, "parent_code", w, false);
      u.name = demo_json::text(o, "name", w);
      u.short_name = demo_json::text(o, "short_name", w, false);
      const auto kind = core::parse_unit_kind(demo_json::text(o, "kind", w));
      if (!kind) demo_json::bad_value(demo_json::at(w, "kind"));
      u.kind = *kind;
      u.host_agency = demo_json::text(o, "host_agency", w, false);
      u.valid_from = demo_json::text(o, "valid_from", w, false);
      u.valid_to = demo_json::text(o, "valid_to", w, false);
      u.successor_code = demo_json::text(o, "successor_code", w, false);
      if (u.code.empty() || !codes.insert(u.code).second) demo_json::bad_value(demo_json::at(w, "code"));
      // Parents come first; the root (no parent) comes first of all.
      if (u.parent_code.empty() != out.empty() || (!u.parent_code.empty() && !codes.count(u.parent_code))) {
        demo_json::bad_value(demo_json::at(w, "parent_code"));
      }
      out.push_back(std::move(u));
    }
    for (size_t i = 0; i < out.size(); ++i) {
      if (!out[i].successor_code.empty() && !codes.count(out[i].successor_code)) {
        demo_json::bad_value(demo_json::at(demo_json::at("", i), "successor_code"));
      }
    }
    if (out.empty()) demo_json::bad_value("");
    return out;
  });
  if (!units.ok()) return units.error();
  org.units = std::move(*units);
  auto accounts = demo_json::read<std::vector<DemoAccount>>(
      "accounts.json", accounts_json, [&](const json::value& root) {
        std::vector<DemoAccount> out;
        const json::array& rows = demo_json::array(root, "");
        for (size_t i = 0; i < rows.size(); ++i) {
          const std::string w = demo_json::at("", i);
          const json::object& o = demo_json::object(rows[i], w);
          demo_json::only(o, {"username", "display_name", "role", "unit_code", "person_full_name"}, w);
          DemoAccount a;
          a.username = demo_json::text(o, "username", w);
          a.display_name = demo_json::text(o, "display_name", w);
          const auto role = core::parse_role(demo_json::text(o, "role", w));
          if (!role) demo_json::bad_value(demo_json::at(w, "role"));
          a.role = *role;
          a.unit_code = demo_json::text(o, "unit_code", w);
          bool known = false;
          for (const DemoUnit& u : org.units) known = known || u.code == a.unit_code;
          if (!known) demo_json::bad_value(demo_json::at(w, "unit_code"));
          a.person_full_name = demo_json::text(o, "person_full_name", w, false);
          out.push_back(std::move(a));
        }
        return out;
      });
  if (!accounts.ok()) return accounts.error();
  org.accounts = std::move(*accounts);
  return org;
}

struct DemoPeople {
  PeopleData data;
};

std::vector<std::string> demo_key_people_unit_codes(const DemoPeople& people) {
  std::vector<std::string> out;
  out.reserve(people.data.key_people.size());
  for (const KeyPerson& k : people.data.key_people) out.push_back(k.unit_code);
  return out;
}

core::Result<std::shared_ptr<const DemoPeople>> read_demo_people(std::string_view people_json) {
  auto r = parse_people(people_json);
  if (!r.ok()) return r.error();
  return std::make_shared<const DemoPeople>(DemoPeople{std::move(*r)});
}

core::Result<std::shared_ptr<const DemoPeople>> embedded_demo_people() {
  const auto file = demo_json::embedded("people.json");
  if (!file.found) return demo_json::missing("people.json");
  return read_demo_people(file.text);
}

core::Result<DemoOrg> embedded_demo_org() {
  for (std::string_view name : {"units.json", "accounts.json"}) {
    if (!demo_json::embedded(name).found) return demo_json::missing(name);
  }
  return read_demo_org(demo_json::embedded("units.json").text, demo_json::embedded("accounts.json").text);
}

DemoOrg demo_org() {
  auto org = embedded_demo_org();
  if (!org.ok()) throw std::logic_error(org.error().message);
  return std::move(*org);
}

void generate_people(const DemoOrg& org, const DemoPeople& people, size_t count, uint64_t seed,
                     const std::function<void(const DemoPerson&)>& sink) {
  Generator gen(org, people.data, seed, sink);
  if (gen.empty() || count == 0) return;
  gen.run(count);
}

void generate_people(const DemoOrg& org, size_t count, uint64_t seed,
                     const std::function<void(const DemoPerson&)>& sink) {
  // The embedded people.json, read once; embedded_demo_people() and the
  // tests check it, so a failure here is a broken build.
  static const std::shared_ptr<const DemoPeople> people = [] {
    auto r = embedded_demo_people();
    if (!r.ok()) throw std::logic_error(r.error().message);
    return *r;
  }();
  generate_people(org, *people, count, seed, sink);
}

}  // namespace thidua::app
