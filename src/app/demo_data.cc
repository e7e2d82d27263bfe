// The demo organisation and the staff generator. Name frequencies are rough
// shares of Vietnamese family, middle and given names, with the family names
// common in Bắc Giang (Thân, Giáp) added.
#include "app/demo_data.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "core/names.h"

namespace thidua::app {

using core::EmploymentCategory;
using core::Gender;
using core::Role;
using core::UnitKind;

namespace {

constexpr std::string_view kRootCode = "STNMT";
constexpr std::string_view kLucNamCode = "PTNMT-LN";

// The ten district-level administrations of Bắc Giang as named in 2023.
struct District {
  std::string_view suffix;  // code suffix
  std::string_view kind;    // "thành phố" or "huyện"
  std::string_view name;
};
constexpr std::array<District, 10> kDistricts{{
    {"BG", "thành phố", "Bắc Giang"},
    {"HH", "huyện", "Hiệp Hòa"},
    {"LG", "huyện", "Lạng Giang"},
    {"LN", "huyện", "Lục Nam"},
    {"LNG", "huyện", "Lục Ngạn"},
    {"SD", "huyện", "Sơn Động"},
    {"TY", "huyện", "Tân Yên"},
    {"VY", "huyện", "Việt Yên"},
    {"YD", "huyện", "Yên Dũng"},
    {"YT", "huyện", "Yên Thế"},
}};

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

// Where a fixed key person sits within their unit.
enum class Seat { kHead, kDeputy, kStaff };

struct KeyPerson {
  std::string_view full_name;
  Gender gender;
  std::string_view birth_date;
  Seat seat;
  std::string_view position;  // "" → the unit's head or deputy position
  std::string_view title;
  std::string_view phone;
  std::string_view unit_code;
};

// The people every demo has, in the order they are emitted. Accounts of
// demo_org() refer to them by full name.
constexpr std::array<KeyPerson, 8> kKeyPeople{{
    {"Bùi Quang Huy", Gender::kMale, "1971-08-14", Seat::kHead, "", "Chuyên viên cao cấp", "0912345178", kRootCode},
    {"Nguyễn Đức Thắng", Gender::kMale, "1974-03-22", Seat::kDeputy, "", "Chuyên viên chính", "0913602488", kRootCode},
    {"Giáp Văn Tuấn", Gender::kMale, "1976-11-05", Seat::kDeputy, "", "Chuyên viên chính", "0983117025", kRootCode},
    {"Trần Thị Minh Huệ", Gender::kFemale, "1978-06-19", Seat::kDeputy, "", "Chuyên viên chính", "0904552316", kRootCode},
    {"Phạm Thị Thu Hằng", Gender::kFemale, "1980-02-27", Seat::kHead, "", "Chuyên viên chính", "0977408213", "STNMT-VP"},
    {"Vũ Mạnh Hùng", Gender::kMale, "1977-09-09", Seat::kHead, "", "Chuyên viên chính", "0915276340", kLucNamCode},
    {"Hoàng Thị Thanh Tâm", Gender::kFemale, "1988-12-01", Seat::kStaff, "Chuyên viên", "Chuyên viên", "0968231557", kLucNamCode},
    {"Nguyễn Văn An", Gender::kMale, "1992-04-15", Seat::kStaff, "Chuyên viên", "Chuyên viên", "0986450192", kLucNamCode},
}};

// ---------------------------------------------------------------------------
// Weighted name tables.

struct Weighted {
  std::string_view text;
  uint32_t weight;
};

constexpr Weighted kFamilyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 90}, {"Phạm", 70}, {"Hoàng", 50}, {"Vũ", 40},
    {"Đỗ", 25},      {"Ngô", 20},   {"Đặng", 20}, {"Bùi", 20}, {"Thân", 18}, {"Dương", 15},
    {"Phan", 14},    {"Giáp", 12},  {"Đào", 12},  {"Hà", 10},  {"Đinh", 10}, {"Trịnh", 9},
    {"Lương", 8},    {"Trương", 8}, {"Hồ", 7},    {"Chu", 6},  {"Tạ", 5},    {"Mai", 5},
    {"Lý", 5},       {"Võ", 5},     {"Huỳnh", 4}, {"Lưu", 4},  {"Nông", 4},  {"Vi", 3},
};
constexpr Weighted kMaleMiddle[] = {
    {"Văn", 400}, {"Đức", 90}, {"Minh", 70}, {"Quang", 60}, {"Thanh", 45}, {"Hữu", 45},
    {"Xuân", 35}, {"Mạnh", 30}, {"Tiến", 25}, {"Trung", 20}, {"Công", 30}, {"Duy", 20},
    {"Ngọc", 25}, {"Việt", 20}, {"Anh", 15}, {"Đình", 30}, {"Hồng", 15}, {"Tuấn", 10},
};
constexpr Weighted kFemaleMiddle[] = {
    {"Thị", 520}, {"Thu", 60}, {"Ngọc", 50}, {"Thanh", 45}, {"Minh", 40}, {"Hồng", 35},
    {"Thúy", 25}, {"Phương", 25}, {"Kim", 20}, {"Hải", 15}, {"Diệu", 10}, {"Bích", 15},
    {"Khánh", 12}, {"Mai", 12}, {"Lan", 10},
};
// A second middle name after "Thị" ("Nguyễn Thị Thu Hà").
constexpr Weighted kFemaleSecondMiddle[] = {
    {"Thu", 30}, {"Minh", 20}, {"Thanh", 25}, {"Hồng", 20}, {"Kim", 10}, {"Ngọc", 15},
    {"Lan", 8},  {"Phương", 10}, {"Thúy", 8}, {"Bích", 6},
};
constexpr Weighted kMaleGiven[] = {
    {"An", 12},    {"Anh", 30},  {"Bình", 18}, {"Cường", 20}, {"Chiến", 10}, {"Công", 8},
    {"Dũng", 30},  {"Đạt", 18},  {"Đức", 20},  {"Hải", 25},   {"Hiếu", 14},  {"Hiệp", 10},
    {"Hòa", 12},   {"Hoàng", 14}, {"Hùng", 30}, {"Hưng", 16},  {"Huy", 22},   {"Khánh", 12},
    {"Khoa", 8},   {"Kiên", 10}, {"Lâm", 10},  {"Long", 22},  {"Mạnh", 14},  {"Minh", 28},
    {"Nam", 26},   {"Phong", 12}, {"Phúc", 10}, {"Quân", 14},  {"Quang", 14}, {"Sơn", 22},
    {"Thắng", 20}, {"Thành", 22}, {"Thịnh", 10}, {"Tiến", 14},  {"Toàn", 12},  {"Trung", 20},
    {"Tuấn", 28},  {"Tùng", 16}, {"Việt", 14}, {"Vinh", 14},
};
constexpr Weighted kFemaleGiven[] = {
    {"An", 8},    {"Anh", 24},  {"Chi", 12},   {"Dung", 16},  {"Duyên", 10}, {"Giang", 14},
    {"Hà", 24},   {"Hằng", 22}, {"Hạnh", 16},  {"Hiền", 18},  {"Hoa", 20},   {"Hồng", 12},
    {"Huệ", 10},  {"Hương", 26}, {"Hường", 10}, {"Huyền", 18}, {"Lan", 18},   {"Liên", 10},
    {"Linh", 22}, {"Loan", 10}, {"Lý", 6},     {"Mai", 16},   {"Nga", 14},   {"Ngân", 10},
    {"Ngọc", 14}, {"Nhàn", 8},  {"Nhung", 16}, {"Oanh", 10},  {"Phương", 18}, {"Quỳnh", 12},
    {"Tâm", 10},  {"Thảo", 20}, {"Thoa", 8},   {"Thu", 14},   {"Thủy", 20},  {"Trang", 24},
    {"Tuyết", 8}, {"Vân", 14},  {"Yến", 12},
};

// A table ready for sampling: cumulative weights and the ASCII fold of each
// entry (for e-mail addresses), computed once.
struct Table {
  std::vector<std::string_view> text;
  std::vector<std::string> ascii;
  std::vector<uint32_t> cumulative;

  template <size_t N>
  explicit Table(const Weighted (&rows)[N]) {
    uint32_t sum = 0;
    for (const Weighted& w : rows) {
      sum += w.weight;
      text.push_back(w.text);
      ascii.push_back(core::fold(w.text));
      cumulative.push_back(sum);
    }
  }
};

struct Tables {
  Table family{kFamilyNames};
  Table male_middle{kMaleMiddle};
  Table female_middle{kFemaleMiddle};
  Table female_second{kFemaleSecondMiddle};
  Table male_given{kMaleGiven};
  Table female_given{kFemaleGiven};
};

const Tables& tables() {
  static const Tables t;
  return t;
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

UnitProfile profile_of(const DemoUnit& u) {
  UnitProfile p;
  p.unit = &u;
  p.root = u.parent_code.empty();
  p.email_domain = u.host_agency.empty() ? "stnmt.bacgiang.gov.vn" : "bacgiang.gov.vn";
  switch (u.kind) {
    case UnitKind::kAgency:
      p.head_position = "Giám đốc";
      p.deputy_position = "Phó Giám đốc";
      p.deputies = p.root ? 3 : 2;
      p.staff_weight = p.root ? 0 : 8;
      break;
    case UnitKind::kOffice:
      p.head_position = "Chánh Văn phòng";
      p.deputy_position = "Phó Chánh Văn phòng";
      p.deputies = 2;
      p.staff_weight = 12;
      break;
    case UnitKind::kDivision:
      if (starts_with(u.short_name, "Thanh tra") || starts_with(u.name, "Thanh tra")) {
        p.head_position = "Chánh Thanh tra";
        p.deputy_position = "Phó Chánh Thanh tra";
        p.inspectorate = true;
        p.staff_weight = 7;
      } else {
        p.head_position = "Trưởng phòng";
        p.deputy_position = "Phó Trưởng phòng";
        p.staff_weight = 6;
      }
      break;
    case UnitKind::kSubDepartment:
      p.head_position = "Chi cục trưởng";
      p.deputy_position = "Phó Chi cục trưởng";
      p.deputies = 2;
      p.staff_weight = 11;
      break;
    case UnitKind::kCentre:
      if (starts_with(u.name, "Trung tâm")) {
        p.head_position = "Giám đốc Trung tâm";
        p.deputy_position = "Phó Giám đốc Trung tâm";
      } else {
        p.head_position = "Giám đốc";
        p.deputy_position = "Phó Giám đốc";
      }
      p.deputies = 2;
      p.staff_weight = 12;
      p.category = EmploymentCategory::kPublicEmployee;
      break;
    case UnitKind::kBranch:
      p.head_position = "Giám đốc Chi nhánh";
      p.deputy_position = "Phó Giám đốc Chi nhánh";
      p.staff_weight = 8;
      p.category = EmploymentCategory::kPublicEmployee;
      break;
    case UnitKind::kDistrictOffice:
      p.head_position = "Trưởng phòng";
      p.deputy_position = "Phó Trưởng phòng";
      p.staff_weight = 6;
      break;
    case UnitKind::kOther:
      p.head_position = "Trưởng đơn vị";
      p.deputy_position = "Phó Trưởng đơn vị";
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
  Generator(const DemoOrg& org, uint64_t seed, const std::function<void(const DemoPerson&)>& sink)
      : rng_(seed), sink_(sink) {
    for (const DemoUnit& u : org.units) {
      if (!u.valid_to.empty()) continue;
      profiles_.push_back(profile_of(u));
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
    for (const KeyPerson& k : kKeyPeople) {
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
    for (const KeyPerson& k : kKeyPeople) {
      if (name == k.full_name) return true;
    }
    return false;
  }

  void draw_name(Gender g) {
    const Tables& t = tables();
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
        if (middle == "Thị" && rng_.chance(22)) {
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
  static std::string_view senior_title(const UnitProfile& p, bool principal) {
    if (p.inspectorate) return principal ? "Thanh tra viên chính" : "Thanh tra viên";
    if (p.category == EmploymentCategory::kPublicEmployee) return principal ? "Kỹ sư chính" : "Kỹ sư";
    return principal ? "Chuyên viên chính" : "Chuyên viên";
  }

  // Position, title and category of an ordinary staff member; principal
  // grades ("... chính") only for those born before 1989.
  void staff_job(const UnitProfile& p) {
    const DemoUnit& u = *p.unit;
    bool senior = person_.birth_date.compare(0, 4, "1989") < 0;
    bool with_finance = u.kind == UnitKind::kOffice || u.kind == UnitKind::kSubDepartment ||
                        u.kind == UnitKind::kCentre;
    uint32_t r = rng_.below(100);
    if (r < 8) {  // người lao động on contract
      person_.category = EmploymentCategory::kWorker;
      person_.title = "Nhân viên";
      if (u.kind == UnitKind::kOffice) {
        static constexpr std::string_view kJobs[] = {"Lái xe", "Bảo vệ", "Nhân viên phục vụ"};
        person_.position.assign(kJobs[rng_.below(3)]);
      } else {
        person_.position = "Nhân viên";
      }
      return;
    }
    if (with_finance && r < 14) {
      person_.position = "Kế toán";
      person_.title = "Kế toán viên";
      return;
    }
    if (u.kind == UnitKind::kOffice && r < 19) {
      person_.position = "Văn thư";
      person_.title = "Văn thư viên";
      return;
    }
    uint32_t t = rng_.below(100);
    if (p.category == EmploymentCategory::kPublicEmployee) {
      person_.position = "Viên chức";
      if (t < 45) {
        person_.title = "Kỹ sư";
      } else if (t < 57) {
        person_.title = senior ? "Kỹ sư chính" : "Kỹ sư";
      } else if (t < 80) {
        person_.title = "Chuyên viên";
      } else if (t < 90) {
        person_.title = "Cán sự";
      } else {
        person_.title = "Lưu trữ viên";
      }
      return;
    }
    if (p.inspectorate && t < 60) {
      person_.position = "Thanh tra viên";
      person_.title = senior && t < 20 ? "Thanh tra viên chính" : "Thanh tra viên";
    } else if (t < 18) {
      person_.position = "Chuyên viên";
      person_.title = senior ? "Chuyên viên chính" : "Chuyên viên";
    } else if (t < 88) {
      person_.position = "Chuyên viên";
      person_.title = "Chuyên viên";
    } else {
      person_.position = "Cán sự";
      person_.title = "Cán sự";
    }
  }

  void finish(const UnitProfile& p) {
    emails_.make(base_, emitted_, p.email_domain, person_.email);
    ++emitted_;
    sink_(person_);
  }

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

DemoOrg demo_org() {
  DemoOrg org;
  auto add = [&](std::string code, std::string parent, std::string name, std::string short_name, UnitKind kind,
                 std::string host = {}, std::string from = {}, std::string to = {}, std::string successor = {}) {
    org.units.push_back(DemoUnit{std::move(code), std::move(parent), std::move(name), std::move(short_name), kind,
                                 std::move(host), std::move(from), std::move(to), std::move(successor)});
  };
  const std::string root(kRootCode);
  add(root, "", "Sở Tài nguyên và Môi trường tỉnh Bắc Giang", "Sở TNMT", UnitKind::kAgency, "", "2003-11-10");
  add("STNMT-VP", root, "Văn phòng Sở Tài nguyên và Môi trường", "Văn phòng Sở", UnitKind::kOffice, "",
      "2003-11-10");
  add("STNMT-TTRA", root, "Thanh tra Sở Tài nguyên và Môi trường", "Thanh tra Sở", UnitKind::kDivision, "",
      "2003-11-10");
  add("STNMT-KHTC", root, "Phòng Kế hoạch - Tài chính", "Phòng KH-TC", UnitKind::kDivision);
  add("STNMT-QLDD", root, "Phòng Quản lý đất đai", "Phòng QLĐĐ", UnitKind::kDivision);
  // Merged into the land management division: shows a unit with history.
  add("STNMT-DDBD", root, "Phòng Đo đạc, Bản đồ và Viễn thám", "Phòng ĐĐBĐ-VT", UnitKind::kDivision, "",
      "2009-01-01", "2021-06-30", "STNMT-QLDD");
  add("STNMT-TNKS", root, "Phòng Tài nguyên nước - Khoáng sản", "Phòng TNN-KS", UnitKind::kDivision);
  add("STNMT-CCBVMT", root, "Chi cục Bảo vệ môi trường", "Chi cục BVMT", UnitKind::kSubDepartment);
  add("STNMT-TTLT", root, "Trung tâm Lưu trữ và Phát triển quỹ đất", "Trung tâm LT-PTQĐ", UnitKind::kCentre);
  add("STNMT-VPDK", root, "Văn phòng Đăng ký đất đai", "VPĐKĐĐ", UnitKind::kCentre);
  for (const District& d : kDistricts) {
    add(cat({"VPDK-", d.suffix}), "STNMT-VPDK",
        cat({"Chi nhánh Văn phòng Đăng ký đất đai ", d.kind, " ", d.name}),
        cat({"Chi nhánh ", d.kind == "thành phố" ? "TP " : "", d.name}), UnitKind::kBranch);
  }
  add("STNMT-TTQT", root, "Trung tâm Quan trắc tài nguyên và môi trường", "Trung tâm Quan trắc",
      UnitKind::kCentre);
  add("STNMT-TTCNTT", root, "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Trung tâm CNTT",
      UnitKind::kCentre);
  for (const District& d : kDistricts) {
    add(cat({"PTNMT-", d.suffix}), root, cat({"Phòng Tài nguyên và Môi trường ", d.kind, " ", d.name}),
        cat({"Phòng TNMT ", d.kind == "thành phố" ? "TP " : "", d.name}), UnitKind::kDistrictOffice,
        cat({"UBND ", d.kind, " ", d.name}));
  }

  const std::string luc_nam(kLucNamCode);
  org.accounts = {
      {"admin", "Quản trị hệ thống", Role::kAdministrator, root, ""},
      {"lanhdao", "Bùi Quang Huy", Role::kLeader, root, "Bùi Quang Huy"},
      {"thuongtruc", "Phạm Thị Thu Hằng", Role::kSecretariat, root, "Phạm Thị Thu Hằng"},
      {"hoidong", "Giáp Văn Tuấn", Role::kCouncilMember, root, "Giáp Văn Tuấn"},
      {"thutruong", "Vũ Mạnh Hùng", Role::kUnitHead, luc_nam, "Vũ Mạnh Hùng"},
      {"canbo", "Hoàng Thị Thanh Tâm", Role::kUnitOfficer, luc_nam, "Hoàng Thị Thanh Tâm"},
      {"nhanvien", "Nguyễn Văn An", Role::kStaff, luc_nam, "Nguyễn Văn An"},
  };
  return org;
}

void generate_people(const DemoOrg& org, size_t count, uint64_t seed,
                     const std::function<void(const DemoPerson&)>& sink) {
  Generator gen(org, seed, sink);
  if (gen.empty() || count == 0) return;
  gen.run(count);
}

}  // namespace thidua::app
