#!/usr/bin/env python3
"""National-scale data for bench/national.sh, written as one psql script.

    national_data.py load  --scale S --last-year Y --out DIR   > psql stdin
    national_data.py check-names FILE                           (see below)

`load` prints to stdout one SQL script for `psql -v ON_ERROR_STOP=1 -f -` on a
database that `thidua migrate` has just made (empty units and people). In one
transaction it empties the loaded tables (TRUNCATE, so that COPY ... FREEZE
applies and, with wal_level = minimal, nothing is written to the WAL), drops
their foreign keys and secondary indexes (their definitions are read from the
catalogue and kept in a temporary table), COPYs every row from the same
stream, fills the people counters of migration 070 set-based from its recount
view, recreates the indexes and foreign keys exactly as they were (PostgreSQL
validates every key) and sets the identity sequences. Nothing is inserted row
by row. After each step the script selects a line "mark<TAB>step<TAB>rows<TAB>
clock" that national.sh reads to time the steps.

What it writes (SCALE 1; counts scale with SCALE, the tree's upper levels do not):
- units: 20 ministries and central agencies and the 34 provinces of 2025 as top
  units (agencies), each ministry with its Văn phòng, Vụ, Cục and their national
  networks (Thuế, Kho bạc, Hải quan, BHXH, ...), hospitals, universities and
  institutes; each province with about 20 departments (Sở, Thanh tra, Văn phòng
  UBND, ...) and their sections, hospitals and upper-secondary schools, and its
  communes and wards (3,321 in all) with their offices, health station and
  schools; materialised paths and codes as thidua writes them;
- people: 2.5 million, spread over the units (ids contiguous per subtree, as
  imports per agency leave them), names drawn from weighted Vietnamese family,
  middle and given names (NFC), gender, birth date, position, title, category;
  name_folded, sort_key and person_name_index exactly as core::fold,
  core::name_sort_key and core::name_search_suffixes compute them (reimplemented
  below; national.sh checks them against people created over HTTP); one primary
  membership each; unit_path_people from its recount view;
- person_evaluations: one rating per person and year since they joined, for the
  10 years up to LAST_YEAR (about 21 million);
- person_discipline, person_absences, recognised_initiatives (+ authors): the
  facts behind the titles (reprimands, maternity and sick leave, recognised
  initiatives of the excellent);
- awards: the register, source 'imported': Lao động tiên tiến, Chiến sĩ thi đua
  cơ sở, Giấy khen, Bằng khen of the province or ministry, Chiến sĩ thi đua cấp
  tỉnh / cấp bộ, Bằng khen of the Prime Minister, Huân chương, collective titles
  and awards, each with its authority, decision number and date, consistent with
  the ratings and facts (about 30 million);
- unit_evaluations and agency_fact_years (the years declared complete).

It also writes into DIR: facts.json (ids and paths national.sh needs), the
request lists for bench/national.lua (search.txt, person.txt, register.txt,
summary.txt, write.txt, eligible.txt) and explain.sql (the SQL of src/store
behind each measured route with realistic parameters, for EXPLAIN).

`check-names FILE`: FILE holds lines "full_name<TAB>name_folded<TAB>sort_key
<TAB>suffix|suffix|..." as PostgreSQL stored them for people created over HTTP;
prints how many lines agree with this file's folding and the first differences.
Exits 1 on any difference.
"""
import argparse
import json
import math
import os
import random
import sys
import time
import unicodedata
from array import array

NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731


def say(*a):
    print("national_data:", *a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Folding, as src/core/names.cc (core::fold, core::name_sort_key,
# core::name_search_suffixes) for text made of Vietnamese letters, ASCII letters,
# digits, spaces and ASCII punctuation.

_SPACES = {0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000}
_TONES = {0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5}  # huyền hỏi ngã sắc nặng (core::vietnamese::Tone)
_MODIFIERS = {0x306: "breve", 0x302: "circumflex", 0x31B: "horn"}
_ALPHABET = [("a", None), ("a", "breve"), ("a", "circumflex"), ("b", None), ("c", None), ("d", None),
             ("d", "stroke"), ("e", None), ("e", "circumflex"), ("f", None), ("g", None), ("h", None), ("i", None),
             ("j", None), ("k", None), ("l", None), ("m", None), ("n", None), ("o", None), ("o", "circumflex"),
             ("o", "horn"), ("p", None), ("q", None), ("r", None), ("s", None), ("t", None), ("u", None),
             ("u", "horn"), ("v", None), ("w", None), ("x", None), ("y", None), ("z", None)]
_CODES = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg"
_LETTER_CODE = {k: _CODES[i] for i, k in enumerate(_ALPHABET)}
_COMPOUND_FAMILY = ["cong tang ton nu", "cong ton nu", "nguyen phuoc", "nguyen phuc", "ton that", "ton nu", "au duong",
                    "hoang phu", "gia cat", "tu ma"]


def _is_space(cp):
    return cp in _SPACES or 0x2000 <= cp <= 0x200A


def fold(text):
    """core::fold: lower case, marks removed, đ → d, spaces collapsed and trimmed."""
    out = []
    pending = False
    for ch in unicodedata.normalize("NFD", text):
        cp = ord(ch)
        if 0x300 <= cp <= 0x36F:
            continue
        if _is_space(cp):
            pending = bool(out)
            continue
        if cp < 0x20 or 0x7F <= cp <= 0x9F:
            continue
        if pending:
            out.append(" ")
        pending = False
        low = ch.lower()
        out.append("d" if low == "đ" else low)
    return "".join(out)


def _letter(ch):
    """(sort code, tone) of one lower-case NFC letter or digit."""
    if ch == "đ":
        return _LETTER_CODE[("d", "stroke")], 0
    if "0" <= ch <= "9":
        return ch, 0
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    modifier, tone = None, 0
    for m in marks:
        cp = ord(m)
        if cp in _MODIFIERS:
            modifier = _MODIFIERS[cp]
        elif cp in _TONES:
            tone = _TONES[cp]
        else:
            raise ValueError("unsupported mark in %r" % ch)
    code = _LETTER_CODE.get((base, modifier))
    if code is None:
        raise ValueError("unsupported letter %r" % ch)
    return code, tone


def family_name_words(full_name):
    words = full_name.split()
    if len(words) < 2:
        return 0
    folded = fold(full_name)
    best = 1
    for compound in _COMPOUND_FAMILY:
        parts = compound.count(" ") + 1
        if (parts > best and parts < len(words) and len(folded) > len(compound) and folded.startswith(compound)
                and folded[len(compound)] == " "):
            best = parts
    return best


def name_sort_key(full_name):
    """core::name_sort_key for names of Vietnamese letters (no extra family names)."""
    low = NFC(full_name).lower()
    words = low.split()
    family = family_name_words(low)
    ordered = []
    if words:
        ordered.append([words[-1]])
        if family > 0:
            ordered.append(words[:family])
        for w in range(family, len(words) - 1):
            ordered.append([words[w]])
    key = []
    for w, group in enumerate(ordered):
        if w:
            key.append('"')
        tones = []
        for p, part in enumerate(group):
            if p:
                key.append("$")
            for ch in part:
                code, tone = _letter(ch)
                key.append(code)
                tones.append(str(tone))
        key.append("#")
        key.extend(tones)
    key.append("!")
    return "".join(key)


def _upper(prefix):
    """store::prefix_upper_bound."""
    s = list(prefix)
    while s:
        if ord(s[-1]) < 0x7E:
            s[-1] = chr(ord(s[-1]) + 1)
            return "".join(s)
        s.pop()
    return "~~~~"


def name_search_suffixes(full_name):
    folded = fold(full_name)
    if not folded:
        return []
    out = [folded]
    at = folded.find(" ")
    while at != -1:
        out.append(folded[at + 1:])
        at = folded.find(" ", at + 1)
    return out


# ---------------------------------------------------------------------------
# Vocabulary. Weights are per mille of the public sector's staff, roughly.

FAMILY = [("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 20), ("Phan", 45),
          ("Vũ", 20), ("Võ", 19), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
          ("Lý", 5), ("Đào", 6), ("Đoàn", 6), ("Đinh", 6), ("Trịnh", 5), ("Trương", 6), ("Lâm", 5), ("Lương", 4),
          ("Mai", 4), ("Tạ", 3), ("Hà", 5), ("Cao", 4), ("Chu", 2), ("Lưu", 3), ("Thái", 2), ("Tô", 2), ("Kiều", 1),
          ("Quách", 1), ("La", 1), ("Châu", 2), ("Tăng", 1), ("Nông", 3), ("Lò", 2), ("Hứa", 1), ("Thân", 1),
          ("Giáp", 1), ("Sùng", 1), ("Giàng", 1), ("Vàng", 1), ("Thào", 1), ("Nguyễn Phúc", 1), ("Âu Dương", 1)]
MALE_MIDDLE = [("Văn", 350), ("Đức", 80), ("Minh", 70), ("Quang", 50), ("Thanh", 45), ("Hữu", 45), ("Xuân", 30),
               ("Mạnh", 25), ("Tiến", 25), ("Trung", 20), ("Công", 30), ("Duy", 20), ("Ngọc", 25), ("Việt", 20),
               ("Anh", 15), ("Đình", 35), ("Hồng", 15), ("Tuấn", 10), ("Hoàng", 15), ("Quốc", 30), ("Thế", 15),
               ("Bá", 10), ("Chí", 10), ("Trọng", 15), ("Nhật", 10), ("Gia", 10), ("Hải", 10), ("Tấn", 15),
               ("Thành", 15)]
FEMALE_MIDDLE = [("Thị", 480), ("Thu", 50), ("Ngọc", 50), ("Thanh", 45), ("Minh", 30), ("Hồng", 35), ("Thúy", 25),
                 ("Phương", 25), ("Kim", 25), ("Hải", 15), ("Diệu", 10), ("Bích", 15), ("Khánh", 12), ("Mai", 12),
                 ("Lan", 10), ("Mỹ", 15), ("Thùy", 20), ("Ánh", 10), ("Bảo", 10), ("Quỳnh", 10), ("Hoài", 10),
                 ("Xuân", 10), ("Cẩm", 8)]
FEMALE_SECOND = [("Thu", 30), ("Minh", 20), ("Thanh", 25), ("Hồng", 20), ("Kim", 10), ("Ngọc", 15), ("Lan", 8),
                 ("Phương", 10), ("Thúy", 8), ("Bích", 6), ("Mỹ", 8), ("Thùy", 8)]
MALE_GIVEN = [("An", 12), ("Anh", 30), ("Bảo", 10), ("Bình", 18), ("Cường", 20), ("Chiến", 10), ("Công", 8),
              ("Dũng", 30), ("Duy", 12), ("Dương", 8), ("Đạt", 18), ("Đức", 20), ("Giang", 8), ("Hải", 25),
              ("Hào", 6), ("Hiếu", 14), ("Hiệp", 10), ("Hòa", 12), ("Hoàng", 14), ("Hùng", 30), ("Hưng", 16),
              ("Huy", 22), ("Khang", 6), ("Khánh", 12), ("Khoa", 8), ("Khôi", 6), ("Kiên", 10), ("Lâm", 10),
              ("Long", 22), ("Lộc", 8), ("Mạnh", 14), ("Minh", 28), ("Nam", 26), ("Nghĩa", 10), ("Nguyên", 8),
              ("Nhân", 8), ("Phát", 6), ("Phong", 12), ("Phú", 8), ("Phúc", 10), ("Quân", 14), ("Quang", 14),
              ("Sang", 6), ("Sơn", 22), ("Tài", 8), ("Tân", 8), ("Thắng", 20), ("Thành", 22), ("Thiện", 6),
              ("Thịnh", 10), ("Tiến", 14), ("Toàn", 12), ("Trí", 8), ("Trung", 20), ("Trường", 10), ("Tú", 6),
              ("Tuấn", 28), ("Tùng", 16), ("Việt", 14), ("Vinh", 14), ("Vũ", 8)]
FEMALE_GIVEN = [("An", 8), ("Anh", 24), ("Ánh", 8), ("Bích", 6), ("Chi", 12), ("Diệp", 4), ("Dung", 16),
                ("Duyên", 10), ("Giang", 14), ("Hà", 24), ("Hạnh", 16), ("Hằng", 22), ("Hậu", 6), ("Hiền", 18),
                ("Hoa", 20), ("Hồng", 12), ("Huệ", 10), ("Hương", 26), ("Hường", 10), ("Huyền", 18), ("Khánh", 6),
                ("Lan", 18), ("Lệ", 6), ("Liên", 10), ("Linh", 22), ("Loan", 10), ("Lý", 6), ("Mai", 16), ("My", 8),
                ("Nga", 14), ("Ngân", 10), ("Ngọc", 14), ("Nguyệt", 6), ("Nhàn", 8), ("Nhi", 8), ("Nhung", 16),
                ("Oanh", 10), ("Phương", 18), ("Quyên", 6), ("Quỳnh", 12), ("Tâm", 10), ("Thảo", 20), ("Thắm", 4),
                ("Thoa", 8), ("Thu", 14), ("Thủy", 20), ("Thư", 8), ("Trang", 24), ("Trâm", 6), ("Trinh", 6),
                ("Tuyết", 8), ("Uyên", 6), ("Vân", 14), ("Yến", 12)]

# The 34 provinces and centrally run cities of 2025 (Resolution 202/2025/QH15),
# with a rough population in hundred thousands (the weight of their staff).
PROVINCES = [("Hà Nội", True, 87), ("Huế", True, 14), ("Lai Châu", False, 5), ("Điện Biên", False, 7),
             ("Sơn La", False, 13), ("Lạng Sơn", False, 8), ("Quảng Ninh", False, 14), ("Thanh Hóa", False, 43),
             ("Nghệ An", False, 38), ("Hà Tĩnh", False, 16), ("Cao Bằng", False, 6), ("Tuyên Quang", False, 18),
             ("Lào Cai", False, 18), ("Thái Nguyên", False, 18), ("Phú Thọ", False, 40), ("Bắc Ninh", False, 36),
             ("Hưng Yên", False, 36), ("Hải Phòng", True, 47), ("Ninh Bình", False, 44), ("Quảng Trị", False, 19),
             ("Đà Nẵng", True, 31), ("Quảng Ngãi", False, 22), ("Gia Lai", False, 36), ("Khánh Hòa", False, 22),
             ("Lâm Đồng", False, 39), ("Đắk Lắk", False, 33), ("Hồ Chí Minh", True, 140), ("Đồng Nai", False, 45),
             ("Tây Ninh", False, 33), ("Cần Thơ", True, 42), ("Vĩnh Long", False, 43), ("Đồng Tháp", False, 44),
             ("Cà Mau", False, 26), ("An Giang", False, 49)]
COMMUNES_IN_2025 = 3321

COMMUNE_FIRST = ["An", "Bình", "Cẩm", "Đại", "Đông", "Đồng", "Đức", "Gia", "Hải", "Hòa", "Hoàng", "Hồng", "Hưng",
                 "Hương", "Kim", "Lạc", "Liên", "Long", "Minh", "Mỹ", "Nam", "Ngọc", "Nghĩa", "Phú", "Phúc", "Phước",
                 "Quang", "Quảng", "Sơn", "Tam", "Tân", "Tây", "Thạch", "Thái", "Thanh", "Thạnh", "Thiện", "Thịnh",
                 "Thuận", "Thượng", "Tiên", "Tiến", "Trung", "Trường", "Tuy", "Vạn", "Vĩnh", "Xuân", "Yên", "Bắc",
                 "Cao", "Châu", "Diễn", "Hiệp", "Khánh", "Lâm", "Lương", "Mai", "Ninh", "Quỳnh", "Song", "Tường",
                 "Văn", "Vân", "Việt", "Hữu", "Kỳ", "Lộc", "Nhân", "Tịnh"]
COMMUNE_SECOND = ["An", "Bình", "Châu", "Cường", "Đạt", "Điền", "Định", "Đông", "Giang", "Hà", "Hải", "Hạnh",
                  "Hiệp", "Hòa", "Hội", "Hưng", "Khê", "Lạc", "Lâm", "Lập", "Linh", "Lộc", "Lợi", "Long", "Lương",
                  "Mỹ", "Nam", "Nghĩa", "Ninh", "Phong", "Phú", "Phúc", "Phước", "Quang", "Sơn", "Tân", "Thái",
                  "Thắng", "Thạnh", "Thành", "Thịnh", "Thọ", "Thuận", "Thủy", "Tiến", "Trạch", "Trung", "Trường",
                  "Tuyền", "Vinh", "Xuân", "Yên", "Hồng", "Kiên", "Khánh", "Mai", "Nguyên", "Quý", "Tài", "Toàn",
                  "Trà", "Vân", "Bảo", "Đức", "Hào", "Hiếu", "Hữu", "Kim", "Mậu"]

# Positions by sector: (position, weight, category, titles).
CS, VC, LD = "civil_servant", "public_employee", "worker"
STAFF = {
    "gov": [("Chuyên viên", 55, CS, ["Chuyên viên"]), ("Chuyên viên chính", 18, CS, ["Chuyên viên chính"]),
            ("Kế toán", 6, CS, ["Kế toán viên"]), ("Văn thư", 5, CS, ["Văn thư viên"]), ("Cán sự", 6, CS, ["Cán sự"]),
            ("Thanh tra viên", 4, CS, ["Thanh tra viên"]), ("Lái xe", 3, LD, [""]), ("Nhân viên", 3, LD, [""])],
    "school": [("Giáo viên", 86, VC, ["Giáo viên hạng III", "Giáo viên hạng II", "Giáo viên hạng I"]),
               ("Kế toán", 3, VC, ["Kế toán viên"]), ("Văn thư", 3, VC, ["Văn thư viên trung cấp"]),
               ("Nhân viên thiết bị, thí nghiệm", 3, VC, [""]), ("Nhân viên y tế trường học", 2, VC, [""]),
               ("Bảo vệ", 3, LD, [""])],
    "health": [("Bác sĩ", 24, VC, ["Bác sĩ hạng III", "Bác sĩ chính (hạng II)"]),
               ("Điều dưỡng", 40, VC, ["Điều dưỡng hạng IV", "Điều dưỡng hạng III"]),
               ("Hộ sinh", 5, VC, ["Hộ sinh hạng IV"]), ("Kỹ thuật viên", 10, VC, ["Kỹ thuật y hạng IV"]),
               ("Dược sĩ", 6, VC, ["Dược sĩ hạng III"]), ("Kế toán", 3, VC, ["Kế toán viên"]),
               ("Hộ lý", 7, LD, [""]), ("Nhân viên", 5, LD, [""])],
    "tax": [("Kiểm tra viên thuế", 50, CS, ["Kiểm tra viên thuế"]),
            ("Kiểm tra viên chính thuế", 22, CS, ["Kiểm tra viên chính thuế"]),
            ("Chuyên viên", 18, CS, ["Chuyên viên"]), ("Văn thư", 4, CS, ["Văn thư viên"]),
            ("Lái xe", 3, LD, [""]), ("Nhân viên", 3, LD, [""])],
    "customs": [("Kiểm tra viên hải quan", 55, CS, ["Kiểm tra viên hải quan"]),
                ("Kiểm tra viên chính hải quan", 25, CS, ["Kiểm tra viên chính hải quan"]),
                ("Chuyên viên", 14, CS, ["Chuyên viên"]), ("Nhân viên", 6, LD, [""])],
    "treasury": [("Kiểm soát viên", 45, CS, ["Kiểm soát viên"]), ("Kế toán viên", 35, CS, ["Kế toán viên"]),
                 ("Chuyên viên", 14, CS, ["Chuyên viên"]), ("Thủ quỹ", 6, CS, ["Cán sự"])],
    "insurance": [("Chuyên viên", 60, VC, ["Chuyên viên"]), ("Giám định viên", 20, VC, ["Giám định viên"]),
                  ("Kế toán", 12, VC, ["Kế toán viên"]), ("Nhân viên", 8, LD, [""])],
    "academic": [("Giảng viên", 55, VC, ["Giảng viên", "Giảng viên chính (hạng II)"]),
                 ("Nghiên cứu viên", 25, VC, ["Nghiên cứu viên", "Nghiên cứu viên chính"]),
                 ("Chuyên viên", 15, VC, ["Chuyên viên"]), ("Nhân viên", 5, LD, [""])],
    "media": [("Biên tập viên", 35, VC, ["Biên tập viên hạng III"]), ("Phóng viên", 35, VC, ["Phóng viên hạng III"]),
              ("Quay phim", 10, VC, ["Quay phim hạng III"]), ("Kỹ thuật viên", 15, VC, ["Kỹ thuật viên"]),
              ("Nhân viên", 5, LD, [""])],
    "diplomacy": [("Chuyên viên", 40, CS, ["Chuyên viên"]), ("Tùy viên", 20, CS, ["Chuyên viên"]),
                  ("Bí thư thứ ba", 15, CS, ["Chuyên viên chính"]), ("Bí thư thứ nhất", 10, CS, ["Chuyên viên chính"]),
                  ("Tham tán", 10, CS, ["Chuyên viên cao cấp"]), ("Nhân viên", 5, LD, [""])],
    "forest": [("Kiểm lâm viên", 70, CS, ["Kiểm lâm viên", "Kiểm lâm viên chính"]),
               ("Chuyên viên", 20, CS, ["Chuyên viên"]), ("Nhân viên", 10, LD, [""])],
}

# Initiative subjects by sector (recognised_initiatives.title = subject + " tại " + place + " năm " + year).
INITIATIVES = {
    "gov": ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Rút ngắn thời gian giải quyết hồ sơ một cửa",
            "Ứng dụng chữ ký số trong xử lý văn bản", "Chuẩn hóa cơ sở dữ liệu cán bộ, công chức",
            "Quy trình tiếp nhận và trả lời kiến nghị của người dân", "Lưu trữ điện tử hồ sơ công việc",
            "Nâng cao chất lượng tham mưu văn bản quy phạm pháp luật", "Công khai tiến độ giải quyết hồ sơ trực tuyến"],
    "school": ["Đổi mới phương pháp dạy học theo hướng phát triển năng lực", "Ứng dụng công nghệ thông tin trong giảng dạy",
               "Nâng cao kỹ năng đọc hiểu cho học sinh", "Tổ chức hoạt động trải nghiệm cho học sinh",
               "Xây dựng thư viện thân thiện", "Phối hợp với cha mẹ học sinh trong giáo dục đạo đức",
               "Bồi dưỡng học sinh giỏi", "Phụ đạo học sinh yếu kém"],
    "health": ["Cải tiến quy trình khám bệnh ngoại trú", "Giảm thời gian chờ kết quả xét nghiệm",
               "Ứng dụng bệnh án điện tử", "Nâng cao chất lượng chăm sóc người bệnh sau phẫu thuật",
               "Phòng chống nhiễm khuẩn bệnh viện", "Quản lý sử dụng thuốc an toàn, hợp lý",
               "Tư vấn dinh dưỡng cho người bệnh", "Sàng lọc sớm bệnh không lây nhiễm"],
    "tax": ["Quản lý nợ thuế bằng phân tích dữ liệu", "Hỗ trợ người nộp thuế khai thuế điện tử",
            "Kiểm tra hồ sơ hoàn thuế theo rủi ro", "Chống thất thu thuế thương mại điện tử",
            "Đối chiếu hóa đơn điện tử tự động", "Rút ngắn thời gian giải quyết hồ sơ hoàn thuế"],
    "customs": ["Phân luồng tờ khai theo quản lý rủi ro", "Thông quan hàng hóa điện tử tại cửa khẩu",
                "Kiểm tra sau thông quan theo dữ liệu", "Chống buôn lậu, gian lận thương mại"],
    "treasury": ["Kiểm soát chi điện tử", "Đối chiếu số liệu thu ngân sách tự động",
                 "Rút ngắn thời gian thanh toán vốn đầu tư"],
    "insurance": ["Giám định bảo hiểm y tế điện tử", "Phát triển người tham gia bảo hiểm xã hội tự nguyện",
                  "Chi trả chế độ qua tài khoản cá nhân"],
    "academic": ["Đổi mới phương pháp giảng dạy học phần", "Xây dựng học liệu số", "Ứng dụng kết quả nghiên cứu vào thực tiễn",
                 "Kiểm định chất lượng chương trình đào tạo"],
    "media": ["Sản xuất chương trình trên nền tảng số", "Đổi mới hình thức thông tin đối ngoại",
              "Tự động hóa khâu biên tập"],
    "diplomacy": ["Bảo hộ công dân ở nước ngoài", "Số hóa hồ sơ lãnh sự", "Xúc tiến thương mại, đầu tư"],
    "forest": ["Phòng cháy, chữa cháy rừng", "Giám sát mất rừng bằng ảnh vệ tinh", "Giao khoán bảo vệ rừng"],
}

GIVEN_CAMPAIGNS = ["Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” năm {y}",
                   "Phong trào thi đua “Chuyển đổi số, cải cách hành chính” năm {y}",
                   "Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” năm {y}",
                   "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {y}",
                   "Đã có thành tích trong công tác phòng, chống thiên tai năm {y}"]
SCHOOL_CAMPAIGNS = ["Đã có thành tích xuất sắc trong năm học {p}-{y}",
                    "Phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm học {p}-{y}"]
HEALTH_CAMPAIGNS = ["Phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế” năm {y}",
                    "Đã có thành tích xuất sắc trong công tác khám, chữa bệnh năm {y}"]

RATINGS = [None, "excellent", "good", "completed", "not_completed"]


class Weighted:
    """Draws from (text, weight) rows by an integer in [0, total)."""

    def __init__(self, rows):
        self.text = [NFC(t) for t, _ in rows]
        self.cum = []
        s = 0
        for _, w in rows:
            s += w
            self.cum.append(s)
        self.total = s
        # A lookup table for speed: one entry per unit of weight.
        self.table = []
        for t, (_, w) in zip(self.text, rows):
            self.table.extend([t] * w)

    def draw(self, rnd):
        return self.table[rnd.randrange(self.total)]


# ---------------------------------------------------------------------------
# The unit tree.

class Unit:
    __slots__ = ("id", "parent", "code", "name", "short", "kind", "path", "sort", "weight", "sector", "head",
                 "deputy", "issuer", "granted_by", "sym", "root", "place", "first_person", "people", "n_children",
                 "level", "depth", "total")


class Tree:
    def __init__(self, scale):
        self.scale = scale
        self.units = []
        self.roots = []  # (unit, "ministry" | "province", target people at SCALE 1)

    def rep(self, n, minimum=1):
        """How many of a repeated leaf to make at this scale."""
        return max(minimum, int(round(n * self.scale)))

    def add(self, parent, name, kind, weight=0.0, sector=None, head="Trưởng phòng", deputy="Phó Trưởng phòng",
            issuer=None, sym=None, short="", code=None, place=None):
        u = Unit()
        u.id = len(self.units) + 1
        u.parent = parent
        u.name = NFC(name)
        u.short = NFC(short)
        u.kind = kind
        u.weight = weight
        u.sector = sector or (parent.sector if parent else "gov")
        u.head, u.deputy = NFC(head), NFC(deputy)
        u.n_children = 0
        if parent is None:
            u.path = "/%d/" % u.id
            u.root = u
            u.depth = 1
            u.code = code
            u.sort = len(self.roots)
        else:
            u.path = parent.path + "%d/" % u.id
            u.root = parent.root
            u.depth = parent.depth + 1
            parent.n_children += 1
            u.sort = parent.n_children
            u.code = code or "%s.%02d" % (parent.code, parent.n_children)
        # The authority that grants this unit's people their titles: the
        # nearest unit with its own (issuer) head, else the parent's.
        if issuer:
            u.issuer = u
            u.granted_by = NFC(issuer)
            u.sym = sym
        else:
            u.issuer = parent.issuer if parent else u
            u.granted_by = None
            u.sym = None
        u.place = NFC(place) if place else u.name
        u.first_person = 0
        u.people = 0
        u.total = 0
        self.units.append(u)
        return u


def sections(tree, parent, names, weight, sector=None, head="Trưởng phòng", deputy="Phó Trưởng phòng"):
    for n in names:
        tree.add(parent, n, "division", weight, sector, head, deputy)


def build_provinces(tree):
    total_pop = sum(p for _, _, p in PROVINCES)
    rnd = random.Random(20250701)
    # Commune names unique nationwide, so that every place reads differently.
    pairs = [(a, b) for a in COMMUNE_FIRST for b in COMMUNE_SECOND if a != b]
    rnd.shuffle(pairs)
    pair_at = 0
    for k, (pname, city, pop) in enumerate(PROVINCES):
        tinh = "thành phố" if city else "tỉnh"
        full = "%s %s" % (tinh, pname)
        root = tree.add(None, "Ủy ban nhân dân " + full, "agency", 8, "gov", "Chủ tịch Ủy ban nhân dân",
                        "Phó Chủ tịch Ủy ban nhân dân", issuer="Chủ tịch Ủy ban nhân dân " + full, sym="QĐ-UBND",
                        short="UBND " + ("TP " if city else "tỉnh ") + pname, code="T%02d" % (k + 1))
        tree.roots.append((root, "province", pop))
        root.level = "province"
        vp = tree.add(root, "Văn phòng Ủy ban nhân dân " + full, "office", 25, "gov", "Chánh Văn phòng",
                      "Phó Chánh Văn phòng", place="Văn phòng Ủy ban nhân dân " + full)
        sections(tree, vp, ["Phòng Tổng hợp", "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã", "Phòng Hành chính - Tổ chức"],
                 12)

        def so(name, sym, secs, weight=10, sector="gov", head="Giám đốc", deputy="Phó Giám đốc", kind="agency"):
            u = tree.add(root, name, kind, 4, sector, head, deputy, issuer="%s %s %s" % (head, name, full), sym=sym,
                         place="%s %s" % (name, full))
            tree.add(u, "Văn phòng " + name.split(" ")[0] if name.startswith("Sở") else "Văn phòng", "office", 12,
                     "gov", "Chánh Văn phòng", "Phó Chánh Văn phòng")
            sections(tree, u, secs, weight, "gov")
            return u

        so("Sở Nội vụ", "QĐ-SNV", ["Phòng Tổ chức, biên chế", "Phòng Công chức, viên chức", "Phòng Thi đua - Khen thưởng",
                                    "Phòng Lao động - Việc làm"])
        so("Sở Tư pháp", "QĐ-STP", ["Phòng Xây dựng và kiểm tra văn bản", "Phòng Hành chính tư pháp",
                                     "Phòng Bổ trợ tư pháp"])
        so("Sở Tài chính", "QĐ-STC", ["Phòng Quản lý ngân sách", "Phòng Tài chính doanh nghiệp", "Phòng Quản lý giá, công sản",
                                       "Phòng Đầu tư"], 14)
        so("Sở Công Thương", "QĐ-SCT", ["Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng"])
        nn = so("Sở Nông nghiệp và Môi trường", "QĐ-SNNMT", ["Phòng Trồng trọt", "Phòng Chăn nuôi", "Phòng Đất đai",
                                                             "Phòng Môi trường", "Phòng Tài nguyên nước"], 12)
        kl = tree.add(nn, "Chi cục Kiểm lâm", "sub_department", 25, "forest", "Chi cục trưởng", "Phó Chi cục trưởng")
        for i in range(tree.rep(8)):
            tree.add(kl, "Hạt Kiểm lâm khu vực %d" % (i + 1), "branch", 30, "forest", "Hạt trưởng", "Phó Hạt trưởng")
        tree.add(nn, "Chi cục Thủy lợi", "sub_department", 30)
        dk = tree.add(nn, "Văn phòng Đăng ký đất đai", "centre", 30, "gov", "Giám đốc", "Phó Giám đốc")
        for i in range(tree.rep(10)):
            tree.add(dk, "Chi nhánh Văn phòng Đăng ký đất đai khu vực %d" % (i + 1), "branch", 25, "gov",
                     "Giám đốc Chi nhánh", "Phó Giám đốc Chi nhánh")
        so("Sở Xây dựng", "QĐ-SXD", ["Phòng Quy hoạch - Kiến trúc", "Phòng Quản lý xây dựng", "Phòng Quản lý giao thông",
                                      "Phòng Phát triển đô thị"])
        gd = so("Sở Giáo dục và Đào tạo", "QĐ-SGDĐT", ["Phòng Giáo dục phổ thông", "Phòng Giáo dục mầm non",
                                                     "Phòng Khảo thí và Quản lý chất lượng", "Phòng Tổ chức cán bộ"])
        yt = so("Sở Y tế", "QĐ-SYT", ["Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Tổ chức cán bộ",
                                       "Phòng Kế hoạch - Tài chính"])
        so("Sở Văn hóa, Thể thao và Du lịch", "QĐ-SVHTTDL", ["Phòng Quản lý văn hóa", "Phòng Quản lý thể dục thể thao",
                                                             "Phòng Quản lý du lịch"])
        so("Sở Khoa học và Công nghệ", "QĐ-SKHCN", ["Phòng Quản lý khoa học", "Phòng Chuyển đổi số",
                                                      "Phòng Bưu chính, viễn thông"])
        so("Sở Dân tộc và Tôn giáo", "QĐ-SDTTG", ["Phòng Chính sách dân tộc", "Phòng Tôn giáo"])
        if pop >= 30 or city:
            so("Sở Ngoại vụ", "QĐ-SNgV", ["Phòng Lãnh sự", "Phòng Hợp tác quốc tế"])
        so("Thanh tra " + tinh, "QĐ-TTr", ["Phòng Thanh tra kinh tế - xã hội", "Phòng Tiếp công dân, xử lý đơn",
                                           "Phòng Phòng, chống tham nhũng"], head="Chánh Thanh tra", deputy="Phó Chánh Thanh tra")
        so("Ban Quản lý các khu công nghiệp", "QĐ-BQL", ["Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp"],
           head="Trưởng ban", deputy="Phó Trưởng ban")
        tv = tree.add(root, "Báo và Phát thanh, Truyền hình " + pname, "centre", 6, "media", "Tổng Biên tập",
                      "Phó Tổng Biên tập", issuer="Tổng Biên tập Báo và Phát thanh, Truyền hình " + pname, sym="QĐ-BPTTH")
        sections(tree, tv, ["Ban Thời sự", "Ban Chuyên đề", "Ban Kỹ thuật", "Ban Điện tử"], 40, "media",
                 "Trưởng ban", "Phó Trưởng ban")
        tree.add(root, "Trường Chính trị " + pname, "centre", 60, "academic", "Hiệu trưởng", "Phó Hiệu trưởng",
                 issuer="Hiệu trưởng Trường Chính trị " + pname, sym="QĐ-TCT")
        tree.add(root, "Trung tâm Phục vụ hành chính công " + full, "centre", 40, "gov", "Giám đốc", "Phó Giám đốc")
        tree.add(root, "Ban Quản lý dự án đầu tư xây dựng " + full, "centre", 50, "gov", "Giám đốc", "Phó Giám đốc")

        # Hospitals of the Department of Health, each with its clinical departments.
        def hospital(name, weight):
            h = tree.add(yt, name, "centre", 8, "health", "Giám đốc", "Phó Giám đốc",
                         issuer="Giám đốc " + (name if full in name else "%s, %s" % (name, full)),
                         sym="QĐ-BV", place=name if full in name else "%s, %s" % (name, full))
            for khoa in ["Khoa Khám bệnh", "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Sản", "Khoa Nhi",
                         "Khoa Hồi sức tích cực - Chống độc", "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh"]:
                tree.add(h, khoa, "division", weight, "health", "Trưởng khoa", "Phó Trưởng khoa")

        hospital("Bệnh viện Đa khoa " + full, 110)
        hospital("Bệnh viện Sản - Nhi " + full, 50)
        hospital("Bệnh viện Y học cổ truyền " + full, 25)
        tree.add(yt, "Trung tâm Kiểm soát bệnh tật " + full, "centre", 150, "health", "Giám đốc", "Phó Giám đốc")

        communes = max(2, int(round(COMMUNES_IN_2025 * pop / total_pop * tree.scale)))
        names = []
        for _ in range(communes):
            a, b = pairs[pair_at % len(pairs)]
            names.append(a + " " + b if pair_at < len(pairs) else "%s %s %d" % (a, b, pair_at // len(pairs) + 1))
            pair_at += 1
        for i in range(max(1, communes // 14)):
            hospital("Bệnh viện Đa khoa khu vực " + names[i % len(names)], 35)
        for i in range(max(1, communes // 3)):
            tree.add(gd, "Trường Trung học phổ thông " + names[i % len(names)] + ("" if i < len(names) else " %d" % (i // len(names) + 1)),
                     "other", 75, "school", "Hiệu trưởng", "Phó Hiệu trưởng",
                     issuer=None, place=None)
        for i, n in enumerate(names):
            ward = city and i % 5 < 3 or (not city and i % 7 == 0)
            level = "phường" if ward else "xã"
            c = tree.add(root, "Ủy ban nhân dân %s %s" % (level, n), "agency", 5, "gov", "Chủ tịch Ủy ban nhân dân",
                         "Phó Chủ tịch Ủy ban nhân dân",
                         issuer="Chủ tịch Ủy ban nhân dân %s %s" % (level, n), sym="QĐ-UBND",
                         short="UBND %s %s" % (level, n))
            tree.add(c, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "office", 12, "gov", "Chánh Văn phòng",
                     "Phó Chánh Văn phòng")
            tree.add(c, "Phòng Kinh tế, Hạ tầng và Đô thị" if ward else "Phòng Kinh tế", "division", 8)
            tree.add(c, "Phòng Văn hóa - Xã hội", "division", 8)
            tree.add(c, "Trung tâm Phục vụ hành chính công", "centre", 8, "gov", "Giám đốc", "Phó Giám đốc")
            tree.add(c, "Trạm Y tế %s %s" % (level, n), "centre", 10, "health", "Trạm trưởng", "Phó Trạm trưởng")
            r = random.Random(hash_int(k, i))
            for kind, count, weight in (("Mầm non", r.randint(2, 3), 35), ("Tiểu học", r.randint(2, 3), 45),
                                        ("Trung học cơ sở", r.randint(1, 2), 50)):
                for j in range(count):
                    tree.add(c, "Trường %s %s%s" % (kind, n, "" if j == 0 else " %d" % (j + 1)), "other", weight,
                             "school", "Hiệu trưởng", "Phó Hiệu trưởng")


def hash_int(*values):
    h = 1469598103934665603
    for v in values:
        h = ((h ^ (v & 0xFFFFFFFFFFFF)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


# Ministries and central agencies: (name, short, symbol, people at SCALE 1, builder).
def build_ministries(tree):
    def ministry(k, name, short, sym, target, depts, networks=(), head="Bộ trưởng", deputy="Thứ trưởng"):
        root = tree.add(None, name, "agency", 10, "gov", head, deputy, issuer="%s %s" % (head, name), sym=sym,
                        short=short, code="B%02d" % (k + 1))
        root.level = "ministry"
        tree.roots.append((root, "ministry", target))
        vp = tree.add(root, "Văn phòng " + ("Bộ" if name.startswith("Bộ") else short), "office", 60, "gov",
                      "Chánh Văn phòng", "Phó Chánh Văn phòng", place="Văn phòng, " + name)
        sections(tree, vp, ["Phòng Tổng hợp", "Phòng Hành chính", "Phòng Quản trị"], 20)
        for d in depts:
            dname, dkind, dweight, dsector = d[:4]
            secs = d[4] if len(d) > 4 else []
            head = {"division": "Vụ trưởng", "agency": "Cục trưởng", "centre": "Giám đốc", "sub_department": "Cục trưởng"}.get(dkind, "Trưởng ban")
            if dname.startswith(("Trường", "Học viện")):
                head = "Hiệu trưởng" if dname.startswith("Trường") else "Giám đốc"
            if dname.startswith(("Bệnh viện", "Viện", "Trung tâm")):
                head = "Viện trưởng" if dname.startswith("Viện") else "Giám đốc"
            if dname.startswith("Ban"):
                head = "Trưởng ban"
            issuer = None
            if dkind in ("agency", "centre") or dname.startswith(("Ban", "Bệnh viện", "Trường", "Học viện", "Viện")):
                issuer = "%s %s" % (head, dname)
            u = tree.add(root, dname, dkind, dweight if not secs else 6, dsector, head, "Phó " + head,
                         issuer=issuer, sym="QĐ-" + sym.split("-")[-1], place="%s, %s" % (dname, name))
            for s in secs:
                tree.add(u, s, "division", dweight, dsector)
        for net in networks:
            net(root)
        return root

    VU = ["Vụ Tổ chức cán bộ", "Vụ Pháp chế", "Vụ Kế hoạch - Tài chính", "Vụ Hợp tác quốc tế"]

    def vus(extra=()):
        return [(v, "division", 25, "gov") for v in VU + list(extra)]

    def per_province(parent, prefix, sector, head, weight, sub=None, sub_count=0, sub_weight=0, kind="branch",
                     issuer_head=None, sym=None):
        for pname, city, _ in PROVINCES:
            n = "%s %s" % (prefix, pname)
            u = tree.add(parent, n, kind, weight, sector, head, "Phó " + head,
                         issuer=("%s %s" % (issuer_head, n)) if issuer_head else None, sym=sym)
            for i in range(tree.rep(sub_count, 0) if sub_count else 0):
                tree.add(u, "%s %d" % (sub, i + 1), "branch", sub_weight, sector, "Trưởng", "Phó Trưởng")

    def regional(parent, prefix, count, sector, head, weight, sub=None, sub_count=0, sub_weight=0, kind="branch",
                 issuer_head=None, sym=None, roman=True):
        for i in range(count):
            n = "%s %s" % (prefix, roman_numeral(i + 1) if roman else str(i + 1))
            u = tree.add(parent, n, kind, weight, sector, head, "Phó " + head,
                         issuer=("%s %s" % (issuer_head, n)) if issuer_head else None, sym=sym)
            for j in range(tree.rep(sub_count, 0) if sub_count else 0):
                tree.add(u, "%s %d" % (sub, j + 1), "branch", sub_weight, sector, "Trưởng", "Phó Trưởng")

    # Bộ Tài chính: the ~100,000-person agency (tax, customs, treasury, social insurance, statistics).
    def btc_networks(root):
        thue = tree.add(root, "Cục Thuế", "agency", 80, "tax", "Cục trưởng", "Phó Cục trưởng",
                        issuer="Cục trưởng Cục Thuế", sym="QĐ-CT", place="Cục Thuế, Bộ Tài chính")
        per_province(thue, "Thuế", "tax", "Trưởng Thuế", 120, "Thuế cơ sở", 10, 95, issuer_head="Trưởng", sym="QĐ-THUE")
        hq = tree.add(root, "Cục Hải quan", "agency", 80, "customs", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Hải quan", sym="QĐ-CHQ", place="Cục Hải quan, Bộ Tài chính")
        regional(hq, "Chi cục Hải quan khu vực", 20, "customs", "Chi cục trưởng", 60, "Hải quan cửa khẩu", 5, 80,
                 kind="sub_department", issuer_head="Chi cục trưởng", sym="QĐ-HQKV")
        kb = tree.add(root, "Kho bạc Nhà nước", "agency", 80, "treasury", "Tổng Giám đốc", "Phó Tổng Giám đốc",
                      issuer="Tổng Giám đốc Kho bạc Nhà nước", sym="QĐ-KBNN", place="Kho bạc Nhà nước, Bộ Tài chính")
        regional(kb, "Kho bạc Nhà nước khu vực", 20, "treasury", "Giám đốc", 90, "Phòng Giao dịch số", 6, 85,
                 issuer_head="Giám đốc", sym="QĐ-KBKV")
        bh = tree.add(root, "Bảo hiểm xã hội Việt Nam", "agency", 120, "insurance", "Giám đốc", "Phó Giám đốc",
                      issuer="Giám đốc Bảo hiểm xã hội Việt Nam", sym="QĐ-BHXH",
                      place="Bảo hiểm xã hội Việt Nam, Bộ Tài chính")
        regional(bh, "Bảo hiểm xã hội khu vực", 35, "insurance", "Giám đốc", 150, "Bảo hiểm xã hội cơ sở", 8, 45,
                 issuer_head="Giám đốc", sym="QĐ-BHXHKV", roman=False)
        tk = tree.add(root, "Cục Thống kê", "agency", 60, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Thống kê", sym="QĐ-CTK", place="Cục Thống kê, Bộ Tài chính")
        per_province(tk, "Thống kê", "gov", "Trưởng Thống kê", 160)
        dt = tree.add(root, "Cục Dự trữ Nhà nước", "agency", 40, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Dự trữ Nhà nước", sym="QĐ-CDT", place="Cục Dự trữ Nhà nước, Bộ Tài chính")
        regional(dt, "Chi cục Dự trữ Nhà nước khu vực", 15, "gov", "Chi cục trưởng", 120, kind="sub_department")

    ministry(0, "Bộ Tài chính", "BTC", "QĐ-BTC", 100000,
             vus(["Vụ Ngân sách nhà nước", "Vụ Đầu tư", "Vụ Tài chính - Kinh tế ngành", "Vụ Chính sách thuế, phí và lệ phí",
                  "Vụ Thi đua - Khen thưởng và Truyền thông"]) +
             [("Cục Quản lý nợ và Kinh tế đối ngoại", "agency", 40, "gov", ["Phòng Quản lý nợ trong nước", "Phòng Quản lý nợ nước ngoài"]),
              ("Cục Quản lý công sản", "agency", 40, "gov", ["Phòng Tài sản công", "Phòng Đất đai"]),
              ("Ủy ban Chứng khoán Nhà nước", "agency", 60, "gov", ["Vụ Phát triển thị trường", "Vụ Giám sát công ty đại chúng"]),
              ("Học viện Tài chính", "centre", 80, "academic", ["Khoa Thuế và Hải quan", "Khoa Kế toán", "Khoa Tài chính doanh nghiệp"])],
             [btc_networks])

    def byt_networks(root):
        for h in ["Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Hữu nghị Việt Đức", "Bệnh viện K",
                  "Bệnh viện Nhi Trung ương", "Bệnh viện Trung ương Huế", "Bệnh viện Phụ sản Trung ương",
                  "Bệnh viện Mắt Trung ương", "Bệnh viện Răng Hàm Mặt Trung ương", "Bệnh viện Nội tiết Trung ương",
                  "Bệnh viện Lão khoa Trung ương", "Bệnh viện Bệnh Nhiệt đới Trung ương", "Bệnh viện Thống Nhất",
                  "Bệnh viện E", "Bệnh viện Hữu Nghị", "Bệnh viện Phổi Trung ương"]:
            u = tree.add(root, h, "centre", 10, "health", "Giám đốc", "Phó Giám đốc", issuer="Giám đốc " + h,
                         sym="QĐ-BV", place=h)
            for khoa in ["Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Nội", "Khoa Ngoại", "Khoa Hồi sức tích cực",
                         "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Kiểm soát nhiễm khuẩn",
                         "Khoa Dinh dưỡng"]:
                tree.add(u, khoa, "division", 30, "health", "Trưởng khoa", "Phó Trưởng khoa")

    ministry(1, "Bộ Y tế", "BYT", "QĐ-BYT", 45000,
             vus(["Vụ Bảo hiểm y tế", "Vụ Truyền thông và Thi đua, khen thưởng"]) +
             [("Cục Quản lý Khám, chữa bệnh", "agency", 40, "gov"), ("Cục Quản lý Dược", "agency", 40, "gov"),
              ("Cục An toàn thực phẩm", "agency", 35, "gov"), ("Cục Phòng bệnh", "agency", 35, "gov"),
              ("Cục Bà mẹ và Trẻ em", "agency", 25, "gov"), ("Cục Khoa học công nghệ và Đào tạo", "agency", 25, "gov"),
              ("Viện Vệ sinh dịch tễ Trung ương", "centre", 60, "health", ["Khoa Vi rút", "Khoa Dịch tễ"]),
              ("Viện Pasteur Thành phố Hồ Chí Minh", "centre", 60, "health", ["Khoa Vi sinh", "Khoa Kiểm soát bệnh truyền nhiễm"]),
              ("Trường Đại học Y Hà Nội", "centre", 80, "academic", ["Khoa Y học cơ sở", "Khoa Răng Hàm Mặt", "Khoa Điều dưỡng"]),
              ("Trường Đại học Dược Hà Nội", "centre", 60, "academic", ["Khoa Bào chế", "Khoa Dược lý"])],
             [byt_networks])

    uni = ["Trường Đại học Sư phạm Hà Nội", "Đại học Bách khoa Hà Nội", "Đại học Kinh tế Quốc dân",
           "Trường Đại học Xây dựng Hà Nội", "Trường Đại học Sư phạm Thành phố Hồ Chí Minh", "Trường Đại học Cần Thơ",
           "Đại học Đà Nẵng", "Đại học Huế", "Đại học Thái Nguyên", "Trường Đại học Mỏ - Địa chất",
           "Trường Đại học Vinh", "Trường Đại học Quy Nhơn", "Trường Đại học Tây Nguyên", "Trường Đại học Hàng hải Việt Nam"]

    def bgd_networks(root):
        for n in uni:
            head = "Hiệu trưởng" if n.startswith("Trường") else "Giám đốc"
            u = tree.add(root, n, "centre", 20, "academic", head, "Phó " + head,
                         issuer="%s %s" % (head, n), sym="QĐ-ĐH", place=n)
            for k in ["Khoa Toán - Tin", "Khoa Ngữ văn", "Khoa Kinh tế", "Khoa Kỹ thuật", "Khoa Ngoại ngữ",
                      "Phòng Đào tạo", "Phòng Tổ chức - Hành chính"]:
                tree.add(u, k, "division", 25, "academic", "Trưởng khoa" if k.startswith("Khoa") else "Trưởng phòng",
                         "Phó Trưởng khoa" if k.startswith("Khoa") else "Phó Trưởng phòng")

    ministry(2, "Bộ Giáo dục và Đào tạo", "BGDĐT", "QĐ-BGDĐT", 25000,
             vus(["Vụ Giáo dục phổ thông", "Vụ Giáo dục mầm non", "Vụ Giáo dục đại học"]) +
             [("Cục Quản lý chất lượng", "agency", 30, "gov"), ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "agency", 30, "gov"),
              ("Cục Khoa học, Công nghệ và Thông tin", "agency", 30, "gov")], [bgd_networks])

    def bnn_networks(root):
        kt = tree.add(root, "Cục Khí tượng Thủy văn", "agency", 40, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Khí tượng Thủy văn", sym="QĐ-KTTV", place="Cục Khí tượng Thủy văn")
        regional(kt, "Đài Khí tượng Thủy văn khu vực", 9, "gov", "Giám đốc", 120, "Trạm Khí tượng", 12, 10)
        for v in ["Vườn quốc gia Cúc Phương", "Vườn quốc gia Ba Vì", "Vườn quốc gia Bạch Mã", "Vườn quốc gia Cát Tiên",
                  "Vườn quốc gia Tam Đảo", "Vườn quốc gia Yok Đôn"]:
            tree.add(root, v, "centre", 150, "forest", "Giám đốc", "Phó Giám đốc", issuer="Giám đốc " + v,
                     sym="QĐ-VQG", place=v)

    ministry(3, "Bộ Nông nghiệp và Môi trường", "BNNMT", "QĐ-BNNMT", 22000,
             vus(["Vụ Khoa học và Công nghệ"]) +
             [("Cục Trồng trọt và Bảo vệ thực vật", "agency", 40, "gov", ["Phòng Trồng trọt", "Phòng Bảo vệ thực vật"]),
              ("Cục Chăn nuôi và Thú y", "agency", 40, "gov", ["Phòng Chăn nuôi", "Phòng Thú y"]),
              ("Cục Thủy sản và Kiểm ngư", "agency", 50, "gov", ["Phòng Khai thác", "Chi cục Kiểm ngư Vùng I"]),
              ("Cục Lâm nghiệp và Kiểm lâm", "agency", 50, "forest", ["Phòng Quản lý rừng", "Phòng Thanh tra, pháp chế"]),
              ("Cục Quản lý đất đai", "agency", 40, "gov"), ("Cục Môi trường", "agency", 40, "gov"),
              ("Cục Quản lý tài nguyên nước", "agency", 30, "gov"), ("Cục Biến đổi khí hậu", "agency", 25, "gov"),
              ("Cục Quản lý đê điều và Phòng, chống thiên tai", "agency", 30, "gov"),
              ("Viện Khoa học Nông nghiệp Việt Nam", "centre", 120, "academic", ["Phòng Nghiên cứu cây lương thực"]),
              ("Viện Khoa học Thủy lợi Việt Nam", "centre", 100, "academic", ["Phòng Nghiên cứu thủy lực"])],
             [bnn_networks])

    def bxd_networks(root):
        db = tree.add(root, "Cục Đường bộ Việt Nam", "agency", 50, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Đường bộ Việt Nam", sym="QĐ-CĐBVN", place="Cục Đường bộ Việt Nam")
        regional(db, "Khu Quản lý đường bộ", 4, "gov", "Giám đốc", 120, "Trạm Quản lý đường bộ", 10, 20)
        hh = tree.add(root, "Cục Hàng hải và Đường thủy Việt Nam", "agency", 50, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Hàng hải và Đường thủy Việt Nam", sym="QĐ-CHHĐTVN",
                      place="Cục Hàng hải và Đường thủy Việt Nam")
        for p in ["Hải Phòng", "Quảng Ninh", "Đà Nẵng", "Quy Nhơn", "Nha Trang", "Vũng Tàu", "Thành phố Hồ Chí Minh",
                  "Cần Thơ", "Nghệ An", "Thanh Hóa", "Quảng Ngãi", "Đồng Nai", "An Giang", "Cà Mau", "Quảng Trị"]:
            tree.add(hh, "Cảng vụ Hàng hải " + p, "branch", 70, "gov", "Giám đốc", "Phó Giám đốc")
        dk = tree.add(root, "Cục Đăng kiểm Việt Nam", "agency", 50, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Đăng kiểm Việt Nam", sym="QĐ-ĐKVN", place="Cục Đăng kiểm Việt Nam")
        regional(dk, "Trung tâm Đăng kiểm phương tiện thủy", 10, "gov", "Giám đốc", 40, roman=False)

    ministry(4, "Bộ Xây dựng", "BXD", "QĐ-BXD", 18000,
             vus(["Vụ Quy hoạch - Kiến trúc", "Vụ Kết cấu hạ tầng"]) +
             [("Cục Hàng không Việt Nam", "agency", 80, "gov", ["Cảng vụ Hàng không miền Bắc", "Cảng vụ Hàng không miền Nam"]),
              ("Cục Đường sắt Việt Nam", "agency", 40, "gov"), ("Cục Kinh tế - Quản lý đầu tư xây dựng", "agency", 30, "gov"),
              ("Cục Giám định nhà nước về chất lượng công trình xây dựng", "agency", 30, "gov"),
              ("Trường Đại học Giao thông vận tải", "centre", 120, "academic", ["Khoa Công trình", "Khoa Vận tải - Kinh tế"]),
              ("Viện Khoa học Công nghệ Xây dựng", "centre", 80, "academic")], [bxd_networks])

    def bct_networks(root):
        ql = tree.add(root, "Cục Quản lý và Phát triển thị trường trong nước", "agency", 60, "gov", "Cục trưởng",
                      "Phó Cục trưởng", issuer="Cục trưởng Cục Quản lý và Phát triển thị trường trong nước",
                      sym="QĐ-QLTT", place="Cục Quản lý và Phát triển thị trường trong nước")
        per_province(ql, "Chi cục Quản lý thị trường", "gov", "Chi cục trưởng", 40, "Đội Quản lý thị trường số", 6, 22,
                     kind="sub_department")

    ministry(5, "Bộ Công Thương", "BCT", "QĐ-BCT", 15000,
             vus(["Vụ Thị trường trong nước", "Vụ Phát triển thị trường nước ngoài"]) +
             [("Cục Xuất nhập khẩu", "agency", 40, "gov"), ("Cục Điện lực", "agency", 30, "gov"),
              ("Cục Hóa chất", "agency", 25, "gov"), ("Cục Công nghiệp", "agency", 30, "gov"),
              ("Cục Thương mại điện tử và Kinh tế số", "agency", 30, "gov"),
              ("Trường Đại học Công nghiệp Hà Nội", "centre", 150, "academic", ["Khoa Cơ khí", "Khoa Điện", "Khoa Công nghệ thông tin"])],
             [bct_networks])

    def btp_networks(root):
        th = tree.add(root, "Cục Quản lý thi hành án dân sự", "agency", 40, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Quản lý thi hành án dân sự", sym="QĐ-QLTHADS",
                      place="Cục Quản lý thi hành án dân sự")
        per_province(th, "Thi hành án dân sự", "gov", "Trưởng Thi hành án dân sự", 40,
                     "Phòng Thi hành án dân sự khu vực", 6, 25, issuer_head="Trưởng", sym="QĐ-THADS")

    ministry(6, "Bộ Tư pháp", "BTP", "QĐ-BTP", 12000,
             vus(["Vụ Các vấn đề chung về xây dựng pháp luật", "Vụ Pháp luật hình sự - hành chính"]) +
             [("Cục Hộ tịch, quốc tịch, chứng thực", "agency", 25, "gov"), ("Cục Bổ trợ tư pháp", "agency", 25, "gov"),
              ("Cục Đăng ký biện pháp bảo đảm", "agency", 25, "gov"),
              ("Trường Đại học Luật Hà Nội", "centre", 100, "academic", ["Khoa Luật Hiến pháp", "Khoa Luật Dân sự"]),
              ("Học viện Tư pháp", "centre", 60, "academic")], [btp_networks])

    def bnv_networks(root):
        lt = tree.add(root, "Cục Văn thư và Lưu trữ nhà nước", "agency", 30, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Văn thư và Lưu trữ nhà nước", sym="QĐ-VTLTNN",
                      place="Cục Văn thư và Lưu trữ nhà nước")
        regional(lt, "Trung tâm Lưu trữ quốc gia", 4, "gov", "Giám đốc", 60)

    ministry(7, "Bộ Nội vụ", "BNV", "QĐ-BNV", 6000,
             vus(["Vụ Tổ chức - Biên chế", "Vụ Công chức - Viên chức", "Vụ Chính quyền địa phương"]) +
             [("Ban Thi đua - Khen thưởng Trung ương", "agency", 60, "gov",
               ["Vụ Thi đua - Khen thưởng các Bộ, ngành Trung ương", "Vụ Thi đua - Khen thưởng các địa phương",
                "Phòng Hồ sơ, thẩm định"]),
              ("Cục Việc làm", "agency", 30, "gov"), ("Cục Người có công", "agency", 30, "gov"),
              ("Trường Đại học Nội vụ Hà Nội", "centre", 90, "academic", ["Khoa Hành chính học", "Khoa Văn thư - Lưu trữ"])],
             [bnv_networks])

    def bng_networks(root):
        for c in ["Nhật Bản", "Hàn Quốc", "Trung Quốc", "Hoa Kỳ", "Liên bang Nga", "Pháp", "Cộng hòa Liên bang Đức",
                  "Vương quốc Anh", "Ô-xtơ-rây-li-a", "Ca-na-đa", "Ấn Độ", "Xin-ga-po", "Thái Lan", "Lào",
                  "Cam-pu-chia", "In-đô-nê-xi-a", "Ma-lai-xi-a", "Phi-líp-pin", "Mi-an-ma", "I-ta-li-a",
                  "Tây Ban Nha", "Ba Lan", "Séc", "Hung-ga-ri", "Bra-xin", "Ác-hen-ti-na", "Ai Cập", "Nam Phi",
                  "Các Tiểu vương quốc Ả-rập Thống nhất", "Cu-ba"]:
            tree.add(root, "Đại sứ quán Việt Nam tại " + c, "branch", 30, "diplomacy", "Đại sứ", "Tham tán Công sứ")

    ministry(8, "Bộ Ngoại giao", "BNG", "QĐ-BNG", 5000,
             vus(["Vụ Đông Bắc Á", "Vụ Châu Âu", "Vụ Châu Mỹ", "Vụ ASEAN", "Vụ Luật pháp và Điều ước quốc tế"]) +
             [("Cục Lãnh sự", "agency", 60, "diplomacy"), ("Cục Lễ tân Nhà nước", "agency", 40, "diplomacy"),
              ("Học viện Ngoại giao", "centre", 80, "academic", ["Khoa Chính trị quốc tế", "Khoa Kinh tế quốc tế"])],
             [bng_networks])

    ministry(9, "Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL", "QĐ-BVHTTDL", 8000,
             vus(["Vụ Gia đình", "Vụ Đào tạo"]) +
             [("Cục Di sản văn hóa", "agency", 30, "gov"), ("Cục Nghệ thuật biểu diễn", "agency", 30, "gov"),
              ("Cục Thể dục thể thao", "agency", 50, "gov"), ("Cục Du lịch Quốc gia Việt Nam", "agency", 40, "gov"),
              ("Cục Báo chí", "agency", 30, "media"), ("Bảo tàng Lịch sử quốc gia", "centre", 80, "academic"),
              ("Bảo tàng Dân tộc học Việt Nam", "centre", 60, "academic"), ("Nhà hát Lớn Hà Nội", "centre", 50, "media"),
              ("Nhà hát Tuổi trẻ", "centre", 50, "media"),
              ("Trường Đại học Văn hóa Hà Nội", "centre", 90, "academic", ["Khoa Văn hóa học", "Khoa Du lịch học"])])

    def bkh_networks(root):
        ts = tree.add(root, "Cục Tần số vô tuyến điện", "agency", 40, "gov", "Cục trưởng", "Phó Cục trưởng",
                      issuer="Cục trưởng Cục Tần số vô tuyến điện", sym="QĐ-CTS", place="Cục Tần số vô tuyến điện")
        regional(ts, "Trung tâm Tần số vô tuyến điện khu vực", 8, "gov", "Giám đốc", 45)

    ministry(10, "Bộ Khoa học và Công nghệ", "BKHCN", "QĐ-BKHCN", 10000,
             vus(["Vụ Khoa học xã hội, nhân văn và tự nhiên", "Vụ Kinh tế số"]) +
             [("Cục Bưu điện Trung ương", "agency", 80, "gov"), ("Cục An toàn thông tin", "agency", 40, "gov"),
              ("Cục Viễn thông", "agency", 40, "gov"), ("Cục Sở hữu trí tuệ", "agency", 60, "gov"),
              ("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", "agency", 80, "gov"),
              ("Học viện Công nghệ Bưu chính Viễn thông", "centre", 150, "academic", ["Khoa Viễn thông", "Khoa Công nghệ thông tin"]),
              ("Viện Năng lượng nguyên tử Việt Nam", "centre", 100, "academic")], [bkh_networks])

    ministry(11, "Bộ Dân tộc và Tôn giáo", "BDTTG", "QĐ-BDTTG", 1500,
             vus(["Vụ Chính sách dân tộc", "Vụ Địa phương"]) +
             [("Ban Tôn giáo Chính phủ", "agency", 60, "gov", ["Vụ Phật giáo", "Vụ Công giáo"]),
              ("Học viện Dân tộc", "centre", 80, "academic")])

    def nhnn_networks(root):
        regional(root, "Chi nhánh Ngân hàng Nhà nước Khu vực", 15, "treasury", "Giám đốc", 300, roman=False,
                 issuer_head="Giám đốc", sym="QĐ-NHNNKV")

    ministry(12, "Ngân hàng Nhà nước Việt Nam", "NHNN", "QĐ-NHNN", 6000,
             vus(["Vụ Chính sách tiền tệ", "Vụ Thanh toán", "Vụ Tín dụng các ngành kinh tế", "Vụ Dự báo, thống kê"]) +
             [("Cục Quản lý dự trữ ngoại hối Nhà nước", "agency", 40, "treasury"), ("Cục Quản trị", "agency", 60, "gov"),
              ("Cục Quản lý, giám sát tổ chức tín dụng", "agency", 80, "treasury"),
              ("Học viện Ngân hàng", "centre", 120, "academic", ["Khoa Ngân hàng", "Khoa Kế toán - Kiểm toán"])],
             [nhnn_networks], "Thống đốc", "Phó Thống đốc")

    ministry(13, "Thanh tra Chính phủ", "TTCP", "QĐ-TTCP", 1200,
             [("Cục Thanh tra khu vực I", "agency", 50, "gov"), ("Cục Thanh tra khu vực II", "agency", 50, "gov"),
              ("Cục Thanh tra khu vực III", "agency", 50, "gov"), ("Cục Phòng, chống tham nhũng", "agency", 40, "gov"),
              ("Vụ Tổ chức cán bộ", "division", 25, "gov"), ("Vụ Pháp chế", "division", 25, "gov"),
              ("Trường Cán bộ thanh tra", "centre", 40, "academic")], (), "Tổng Thanh tra Chính phủ",
             "Phó Tổng Thanh tra Chính phủ")

    ministry(14, "Văn phòng Chính phủ", "VPCP", "QĐ-VPCP", 1200,
             [(v, "division", 25, "gov") for v in ["Vụ Tổng hợp", "Vụ Pháp luật", "Vụ Kinh tế tổng hợp",
                                                     "Vụ Nông nghiệp", "Vụ Công nghiệp", "Vụ Khoa giáo - Văn xã",
                                                     "Vụ Quan hệ quốc tế", "Vụ Tổ chức công vụ", "Vụ Đổi mới doanh nghiệp",
                                                     "Vụ Thư ký - Biên tập"]] +
             [("Cục Hành chính - Quản trị I", "agency", 120, "gov"), ("Cục Hành chính - Quản trị II", "agency", 80, "gov"),
              ("Cục Kiểm soát thủ tục hành chính", "agency", 40, "gov")], (), "Bộ trưởng, Chủ nhiệm",
             "Phó Chủ nhiệm")

    ministry(15, "Đài Truyền hình Việt Nam", "THVN", "QĐ-THVN", 4000,
             [(b, "division", 60, "media") for b in ["Ban Thời sự", "Ban Khoa giáo", "Ban Văn nghệ", "Ban Thể thao",
                                                       "Ban Truyền hình Đối ngoại", "Ban Kỹ thuật sản xuất chương trình",
                                                       "Ban Tổ chức cán bộ", "Ban Kế hoạch - Tài chính"]] +
             [("Trung tâm Truyền hình Việt Nam tại " + p, "centre", 120, "media") for p in
              ["Thành phố Hồ Chí Minh", "thành phố Đà Nẵng", "thành phố Huế", "thành phố Cần Thơ", "khu vực Tây Bắc"]],
             (), "Tổng Giám đốc", "Phó Tổng Giám đốc")

    def ttx_networks(root):
        per_province(root, "Phân xã", "media", "Trưởng Phân xã", 30)

    ministry(16, "Thông tấn xã Việt Nam", "TTXVN", "QĐ-TTXVN", 3000,
             [(b, "division", 60, "media") for b in ["Ban Biên tập tin Trong nước", "Ban Biên tập tin Thế giới",
                                                       "Ban Biên tập Ảnh", "Ban Kỹ thuật", "Ban Tổ chức cán bộ"]] +
             [("Trung tâm Thông tin tư liệu", "centre", 60, "media")], [ttx_networks], "Tổng Giám đốc",
             "Phó Tổng Giám đốc")

    ministry(17, "Đài Tiếng nói Việt Nam", "TNVN", "QĐ-TNVN", 3000,
             [(b, "division", 60, "media") for b in ["Ban Thời sự", "Ban Văn hóa - Xã hội", "Ban Đối ngoại",
                                                       "Ban Kỹ thuật", "Ban Tổ chức cán bộ"]] +
             [("Cơ quan thường trú khu vực " + p, "centre", 80, "media") for p in
              ["miền Trung", "Tây Nguyên", "đồng bằng sông Cửu Long", "Tây Bắc", "Đông Bắc", "Thành phố Hồ Chí Minh"]],
             (), "Tổng Giám đốc", "Phó Tổng Giám đốc")

    ministry(18, "Học viện Chính trị quốc gia Hồ Chí Minh", "HVCTQG", "QĐ-HVCTQG", 3000,
             [("Học viện Chính trị khu vực " + roman_numeral(i), "centre", 120, "academic",
               ["Khoa Lý luận chính trị", "Khoa Nhà nước và pháp luật"]) for i in range(1, 5)] +
             [("Học viện Hành chính và Quản trị công", "centre", 150, "academic", ["Khoa Quản lý nhà nước", "Khoa Quản trị công"]),
              ("Học viện Báo chí và Tuyên truyền", "centre", 120, "academic", ["Khoa Báo chí", "Khoa Tuyên truyền"])] +
             [("Viện " + v, "centre", 40, "academic") for v in ["Triết học", "Kinh tế", "Xây dựng Đảng", "Lịch sử Đảng",
                                                                  "Chính trị học", "Nhà nước và Pháp luật"]],
             (), "Giám đốc", "Phó Giám đốc")

    ministry(19, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "VHLKHCNVN", "QĐ-VHL", 4500,
             [("Viện " + v, "centre", 60, "academic") for v in
              ["Toán học", "Vật lý", "Hóa học", "Cơ học", "Công nghệ thông tin", "Công nghệ sinh học", "Địa chất",
               "Địa lý", "Hải dương học", "Sinh thái và Tài nguyên sinh vật", "Khoa học vật liệu", "Công nghệ môi trường",
               "Vật lý địa cầu", "Hóa sinh biển", "Công nghệ vũ trụ"]] +
             [("Bảo tàng Thiên nhiên Việt Nam", "centre", 40, "academic"),
              ("Học viện Khoa học và Công nghệ", "centre", 60, "academic")], (), "Chủ tịch", "Phó Chủ tịch")


def roman_numeral(n):
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def allocate(counts_weights, total):
    """Largest-remainder rounding of `total` over weights."""
    s = sum(counts_weights)
    if s <= 0:
        return [0] * len(counts_weights)
    out = []
    acc = 0.0
    given = 0
    for w in counts_weights:
        acc += w * total / s
        n = int(round(acc)) - given
        out.append(n)
        given += n
    return out


# ---------------------------------------------------------------------------
# COPY text.

def esc(s):
    if "\\" in s or "\t" in s or "\n" in s or "\r" in s:
        s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return s


class Out:
    def __init__(self, stream):
        self.s = stream
        self.buf = []
        self.n = 0

    def sql(self, text):
        self.flush()
        self.s.write(text)
        if not text.endswith("\n"):
            self.s.write("\n")

    def mark(self, step, rows=0):
        self.sql("SELECT 'mark', '%s', %d, to_char(clock_timestamp(), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS');" % (step, rows))

    def begin_copy(self, table, columns):
        self.sql("COPY %s (%s) FROM STDIN WITH (FREEZE);" % (table, ", ".join(columns)))

    def row(self, line):
        self.buf.append(line)
        if len(self.buf) >= 8192:
            self.s.write("".join(self.buf))
            self.buf.clear()

    def end_copy(self):
        self.flush()
        self.s.write("\\.\n")

    def flush(self):
        if self.buf:
            self.s.write("".join(self.buf))
            self.buf.clear()


# ---------------------------------------------------------------------------

LOADED_TABLES = ["units", "people", "person_name_index", "memberships", "unit_path_people", "person_evaluations",
                 "person_discipline", "person_absences", "recognised_initiatives", "recognised_initiative_authors",
                 "awards", "unit_evaluations", "agency_fact_years"]

PRELUDE = r"""
\set ON_ERROR_STOP 1
\pset tuples_only on
\pset format unaligned
\pset fieldsep '\t'
SET client_min_messages = warning;
SET maintenance_work_mem = '%(mwm)s';
SET max_parallel_maintenance_workers = %(pmw)d;
SET synchronous_commit = off;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM units) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM users) THEN
    RAISE EXCEPTION 'national_data.py loads only into a database that thidua migrate has just made';
  END IF;
END $$;
BEGIN;
CREATE TEMP TABLE bench_saved_fk ON COMMIT DROP AS
  SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
  FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY (ARRAY[%(tables)s]);
CREATE TEMP TABLE bench_saved_ix ON COMMIT DROP AS
  SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS tbl, pg_get_indexdef(i.indexrelid) AS def
  FROM pg_index i
  WHERE i.indrelid::regclass::text = ANY (ARRAY[%(tables)s])
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM bench_saved_fk LOOP
    EXECUTE format('ALTER TABLE %%s DROP CONSTRAINT %%I', r.tbl, r.conname);
  END LOOP;
END $$;
-- Emptied in this transaction: COPY FREEZE applies and, under wal_level =
-- minimal, the rows skip the WAL. CASCADE reaches only tables that are empty
-- after thidua migrate (checked above for the ones that matter).
TRUNCATE %(truncate)s CASCADE;
-- The people counters (migration 070) are filled set-based after the COPY.
ALTER TABLE people DISABLE TRIGGER USER;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM bench_saved_ix LOOP
    EXECUTE format('DROP INDEX %%s', r.name);
  END LOOP;
END $$;
"""

EPILOGUE_COUNTERS = r"""
-- Migration 070's counters, set-based from its own recount view (the row
-- triggers would have done the same one person at a time).
INSERT INTO unit_path_people (unit_path, people) SELECT unit_path, people FROM unit_path_people_recount;
"""


def main_load(args):
    t_start = time.time()
    scale = args.scale
    last_year = args.last_year
    years = list(range(last_year - 9, last_year + 1))
    NY = len(years)
    first_year = years[0]
    os.makedirs(args.out, exist_ok=True)
    stream = open(sys.stdout.fileno(), "w", encoding="utf-8", buffering=1 << 20, closefd=False)
    out = Out(stream)

    # ---- the tree
    tree = Tree(scale)
    build_ministries(tree)
    build_provinces(tree)
    units = tree.units
    say("%d units (%d top units)" % (len(units), len(tree.roots)))

    # ---- people per unit: ministries their size, provinces the rest by population
    total_people = int(round(2_500_000 * scale))
    ministry_total = sum(t for _, kind, t in tree.roots if kind == "ministry") * scale
    province_pop = sum(t for _, kind, t in tree.roots if kind == "province")
    root_target = []
    for root, kind, t in tree.roots:
        root_target.append(t * scale if kind == "ministry" else (total_people - ministry_total) * t / province_pop)
    root_counts = allocate(root_target, total_people)
    by_root = {}
    for u in units:
        by_root.setdefault(u.root.id, []).append(u)
    for (root, _, _), n in zip(tree.roots, root_counts):
        members = by_root[root.id]
        for u, c in zip(members, allocate([u.weight for u in members], n)):
            u.people = c
    # Ids contiguous per subtree: units are numbered depth-first already
    # (a child is added after its parent but siblings' subtrees interleave),
    # so number people in path order.
    ordered_units = sorted(units, key=lambda u: [int(x) for x in u.path.strip("/").split("/")])
    pid = 0
    for u in ordered_units:
        u.first_person = pid + 1
        pid += u.people
    P = pid
    for u in units:
        t = u
        while t is not None:
            t.total += u.people
            t = t.parent
    say("%d people" % P)

    # ---- prelude
    tables = ", ".join("'%s'" % t for t in LOADED_TABLES)
    stream.write(PRELUDE % {"tables": tables, "truncate": ", ".join(LOADED_TABLES), "mwm": args.maintenance_work_mem,
                            "pmw": args.parallel_workers})
    out.mark("prepared")

    now = "%d-01-15T02:00:00.000Z" % (last_year + 1)

    # ---- units
    out.begin_copy("units", ["id", "parent_id", "code", "name", "short_name", "kind", "host_agency", "valid_from",
                             "valid_to", "successor_id", "path", "sort_order", "version", "created_at", "updated_at"])
    for u in units:
        out.row("%d\t%s\t%s\t%s\t%s\t%s\t\t\\N\t\\N\t\\N\t%s\t%d\t1\t%s\t%s\n" % (
            u.id, "\\N" if u.parent is None else u.parent.id, esc(u.code), esc(u.name), esc(u.short), u.kind,
            u.path, u.sort, now, now))
    out.end_copy()
    out.mark("units", len(units))

    # ---- people (+ their years: ratings and facts, kept in byte arrays)
    rnd = random.Random(args.seed)
    getrandbits = rnd.getrandbits
    randrange = rnd.randrange
    family = Weighted(FAMILY)
    mmid, fmid, fsec = Weighted(MALE_MIDDLE), Weighted(FEMALE_MIDDLE), Weighted(FEMALE_SECOND)
    mgiv, fgiv = Weighted(MALE_GIVEN), Weighted(FEMALE_GIVEN)
    staff = {k: (Weighted([(p, w) for p, w, _, _ in v]), {p: (c, t) for p, _, c, t in v}) for k, v in STAFF.items()}
    name_cache = {}  # full name -> (folded, sort key, suffixes)
    p_name = [None] * (P + 1)
    p_unit = array("i", [0]) * (P + 1)
    p_birth = array("h", [0]) * (P + 1)
    p_female = bytearray(P + 1)
    R = bytearray((P + 1) * NY)  # rating index 1..4, 0 = not yet employed
    F = bytearray((P + 1) * NY)  # bit flags below
    DISC, LONGABS, MATERNITY, SHORTABS, STUDY, INIT, CSTD, LDTT = 1, 2, 4, 8, 16, 32, 64, 128
    out.begin_copy("people", ["id", "full_name", "name_folded", "sort_key", "gender", "birth_date", "position", "title",
                              "category", "email", "phone", "unit_id", "unit_path", "version", "created_at",
                              "updated_at"])
    female_share = {"school": 78, "health": 68, "insurance": 62, "treasury": 55, "academic": 52}
    n_rows = 0
    for u in ordered_units:
        if not u.people:
            continue
        sector = u.sector
        wstaff, sinfo = staff[sector]
        fshare = female_share.get(sector, 45)
        deputies = 0 if u.people < 4 else (1 if u.people < 15 else (2 if u.people < 60 else 3))
        uid, upath = u.id, u.path
        for k in range(u.people):
            pid = u.first_person + k
            female = randrange(100) < fshare
            if female:
                # Tôn Nữ: the compound family name of the royal clan's women.
                fam = "Tôn Nữ" if randrange(1500) == 0 else family.draw(rnd)
                mid = fmid.draw(rnd)
                if mid == "Thị" and (fam == "Tôn Nữ" or randrange(5) == 0):
                    mid = ("" if fam == "Tôn Nữ" else "Thị ") + fsec.draw(rnd)
                name = "%s %s %s" % (fam, mid, fgiv.draw(rnd))
            else:
                fam = "Tôn Thất" if randrange(3000) == 0 else family.draw(rnd)
                name = "%s %s %s" % (fam, mmid.draw(rnd), mgiv.draw(rnd))
            cached = name_cache.get(name)
            if cached is None:
                cached = (fold(name), name_sort_key(name), name_search_suffixes(name), name)
                name_cache[name] = cached
            name = cached[3]  # one string object per distinct name
            # Ages 23 to 60 in the last year, more of them in their forties.
            age = 23 + min(randrange(38), randrange(38) + randrange(12))
            birth = last_year - age
            joined = birth + 23 + randrange(5)
            if k == 0:
                position, category, title = u.head, CS if sector in ("gov", "tax", "customs", "treasury", "forest", "diplomacy") else VC, "Chuyên viên chính"
                joined = min(joined, birth + 24)
            elif k <= deputies:
                position, category, title = u.deputy, CS if sector in ("gov", "tax", "customs", "treasury", "forest", "diplomacy") else VC, "Chuyên viên chính"
            else:
                position = wstaff.draw(rnd)
                category, titles = sinfo[position]
                title = titles[randrange(len(titles))]
            p_name[pid] = name
            p_unit[pid] = uid
            p_birth[pid] = birth
            p_female[pid] = female
            out.row("%d\t%s\t%s\t%s\t%s\t%d-%02d-%02d\t%s\t%s\t%s\t\t\t%d\t%s\t1\t%s\t%s\n" % (
                pid, name, cached[0], cached[1], "female" if female else "male", birth, 1 + randrange(12),
                1 + randrange(28), position, title, category, uid, upath, now, now))
            n_rows += 1
            # The person's years: rating and facts.
            merit = randrange(100)
            exc_cut = 460 if merit < 15 else (120 if merit < 85 else 20)
            good_cut = 950 if merit < 15 else (880 if merit < 85 else 720)
            base = pid * NY
            prev_disc = False
            for y in range(NY):
                if first_year + y < joined:
                    continue
                bits = getrandbits(50)
                a = bits & 1023
                rating = 1 if a < exc_cut else (2 if a < good_cut else (3 if a < 1005 else 4))
                flags = 0
                b = (bits >> 10) & 1023
                if b < (40 if rating == 4 else 4):
                    flags |= DISC
                c = (bits >> 20) & 1023
                age_y = first_year + y - birth
                if c < 30:
                    if female and 24 <= age_y <= 40:
                        flags |= MATERNITY
                    else:
                        flags |= SHORTABS
                elif c < 46:
                    flags |= LONGABS
                elif c < 80:
                    flags |= SHORTABS
                elif c < 86 and age_y < 45:
                    flags |= STUDY
                if rating == 1 and ((bits >> 30) & 1023) < 730:
                    flags |= INIT
                if (rating <= 2 and not (flags & (DISC | LONGABS)) and not prev_disc
                        and ((bits >> 40) & 1023) < 1000):
                    flags |= LDTT
                    if rating == 1 and flags & INIT:
                        flags |= CSTD
                prev_disc = bool(flags & DISC)
                R[base + y] = rating
                F[base + y] = flags
    out.end_copy()
    out.mark("people", n_rows)
    say("people written (%d distinct names) %.0fs" % (len(name_cache), time.time() - t_start))

    # ---- person_name_index
    out.begin_copy("person_name_index", ["suffix", "person_id"])
    n_rows = 0
    row = out.row
    for pid in range(1, P + 1):
        for s in name_cache[p_name[pid]][2]:
            row("%s\t%d\n" % (s, pid))
            n_rows += 1
    out.end_copy()
    out.mark("person_name_index", n_rows)

    # ---- memberships (one primary membership each, since they joined)
    out.begin_copy("memberships", ["id", "person_id", "unit_id", "valid_from", "valid_to", "is_primary"])
    for pid in range(1, P + 1):
        base = pid * NY
        y0 = 0
        while y0 < NY and not R[base + y0]:
            y0 += 1
        start = first_year + y0 if y0 < NY else last_year
        row("%d\t%d\t%d\t%d-%02d-01\t\\N\t1\n" % (pid, pid, p_unit[pid], start, 1 + pid % 12))
    out.end_copy()
    out.mark("memberships", P)
    say("name index and memberships written %.0fs" % (time.time() - t_start))

    # ---- person_evaluations, year by year (as each year's ratings come in)
    out.begin_copy("person_evaluations", ["id", "person_id", "year", "rating", "rated_on", "note", "created_at"])
    eid = 0
    for y in range(NY):
        year = first_year + y
        created = "%d-01-10T02:00:00.000Z" % (year + 1)
        pre = ["", "\t%d\texcellent\t%d-12-%%02d\t\t%s\n" % (year, year, created),
               "\t%d\tgood\t%d-12-%%02d\t\t%s\n" % (year, year, created),
               "\t%d\tcompleted\t%d-12-%%02d\t\t%s\n" % (year, year, created),
               "\t%d\tnot_completed\t%d-12-%%02d\t\t%s\n" % (year, year, created)]
        for pid in range(1, P + 1):
            r = R[pid * NY + y]
            if r:
                eid += 1
                row(("%d\t%d" % (eid, pid)) + pre[r] % (15 + p_unit[pid] % 14))
    out.end_copy()
    out.mark("person_evaluations", eid)
    say("evaluations written %.0fs" % (time.time() - t_start))

    # ---- discipline and absences
    out.begin_copy("person_discipline", ["id", "person_id", "measure", "severity", "decided_on", "ends_on",
                                         "decision_number", "authority", "note", "created_at"])
    did = 0
    for pid in range(1, P + 1):
        base = pid * NY
        for y in range(NY):
            if F[base + y] & DISC:
                did += 1
                year = first_year + y
                warning = (pid + y) % 4 == 0
                iss = units[p_unit[pid] - 1].issuer
                out.row("%d\t%d\t%s\t%d\t%d-%02d-15\t%d-%02d-14\t%d/QĐ-KL\t%s\t\t%d-%02d-20T02:00:00.000Z\n" % (
                    did, pid, "warning" if warning else "reprimand", 2 if warning else 1, year, 3 + pid % 8,
                    year + 1, 3 + pid % 8, (pid + y * 13) % 500 + 1, esc(iss.granted_by), year, 3 + pid % 8))
    out.end_copy()
    out.mark("person_discipline", did)
    out.begin_copy("person_absences", ["id", "person_id", "year", "days", "reason", "note", "created_at"])
    aid = 0
    for pid in range(1, P + 1):
        base = pid * NY
        for y in range(NY):
            f = F[base + y]
            if f & (MATERNITY | LONGABS | SHORTABS | STUDY):
                aid += 1
                if f & MATERNITY:
                    days, reason = 132, "maternity"
                elif f & LONGABS:
                    days, reason = 40 + (pid * 7 + y) % 60, "sickness"
                elif f & STUDY:
                    days, reason = 60 + (pid + y) % 120, "assigned_study"
                else:
                    days, reason = 3 + (pid * 3 + y) % 30, "sickness" if (pid + y) % 3 else "personal"
                out.row("%d\t%d\t%d\t%d\t%s\t\t%d-01-10T02:00:00.000Z\n" % (aid, pid, first_year + y, days, reason,
                                                                            first_year + y + 1))
    out.end_copy()
    out.mark("person_absences", aid)

    # ---- recognised initiatives: one per issuing agency, year and subject
    # (the subjects of the authors' sector); the authors are the people of that
    # agency who drew the subject that year (ids are the key, so sparse).
    issuers = [u for u in units if u.issuer is u]
    issuer_index = {u.id: i for i, u in enumerate(issuers)}
    sectors = sorted(INITIATIVES)
    sector_index = {s: i for i, s in enumerate(sectors)}
    NS = max(len(v) for v in INITIATIVES.values())
    NSEC = len(sectors)
    used = bytearray(len(issuers) * NY * NSEC * NS)
    out.begin_copy("recognised_initiative_authors", ["initiative_id", "person_id"])
    n_auth = 0
    for y in range(NY):
        for pid in range(1, P + 1):
            if F[pid * NY + y] & INIT:
                u = units[p_unit[pid] - 1]
                sec = u.sector if u.sector in INITIATIVES else "gov"
                s = (pid * 31 + y * 7) % len(INITIATIVES[sec])
                key = ((issuer_index[u.issuer.id] * NY + y) * NSEC + sector_index[sec]) * NS + s
                used[key] = 1
                row("%d\t%d\n" % (key + 1, pid))
                n_auth += 1
    out.end_copy()
    out.mark("recognised_initiative_authors", n_auth)
    out.begin_copy("recognised_initiatives", ["id", "kind", "title", "title_folded", "scope", "year",
                                              "decision_number", "decision_date", "authority", "created_at"])
    n_init = 0
    key = used.find(1)
    while key != -1:
        s = key % NS
        sec = sectors[(key // NS) % NSEC]
        y = (key // (NS * NSEC)) % NY
        i = key // (NS * NSEC * NY)
        iss = issuers[i]
        year = first_year + y
        title = "%s tại %s năm %d" % (NFC(INITIATIVES[sec][s]), iss.place, year)
        n_init += 1
        # One recognition decision per agency and year, numbered by the agency's
        # place in the list: two agencies of one place name never share a number
        # (decision number and title are unique together).
        row("%d\tinitiative\t%s\t%s\tagency\t%d\t%d/QĐ-HĐSK\t%d-11-%02d\t%s\t%d-12-01T02:00:00.000Z\n" % (
            key + 1, esc(title), esc(fold(title)), year, i + 1, year, 10 + i % 18,
            esc(iss.granted_by), year))
        key = used.find(1, key + 1)
    out.end_copy()
    out.mark("recognised_initiatives", n_init)
    del used
    say("facts written %.0fs" % (time.time() - t_start))

    # ---- awards, year by year; then each year's collective awards
    out.begin_copy("awards", ["id", "subject", "person_id", "unit_id", "recipient_name", "unit_name",
                              "recipient_folded", "award_name", "granted_by", "decision_number_symbol",
                              "decision_date", "certificate_number", "year", "created_at", "source", "level",
                              "occasion", "campaign_title", "granted_by_folded", "award_folded"])
    fold_cache = {}

    def folded(text):
        f = fold_cache.get(text)
        if f is None:
            f = fold_cache[text] = fold(text)
        return f

    def award_block(award, granted_by, number, date, year, level, occasion, campaign_title):
        # award_name ... award_folded, the part shared by a decision's rows.
        return "%s\t%s\t%s\t%s\t\t%d\t%d-01-20T02:00:00.000Z\timported\t%s\t%s\t%s\t%s\t%s\n" % (
            award, esc(granted_by), number, date, year, year + 1, level, occasion, esc(campaign_title),
            folded(granted_by), folded(award))

    blocks = {}
    awd = 0
    wrow = out.row
    n_ind = n_col = 0
    rnd2 = random.Random(args.seed + 1)
    rb = rnd2.getrandbits
    LDTT_NAME, CSTDCS_NAME = "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"
    for y in range(NY):
        year = first_year + y
        for pid in range(1, P + 1):
            base = pid * NY + y
            r = R[base]
            if not r:
                continue
            f = F[base]
            uid = p_unit[pid]
            u = units[uid - 1]
            iss = u.issuer
            rootu = u.root
            name = p_name[pid]
            head = "individual\t%d\t%d\t%s\t%s\t%s\t" % (pid, uid, name, u.name, name_cache[name][0])
            key = (iss.id, year)
            b = blocks.get(key)
            if b is None:
                n0 = 1 + (iss.id * 37 + year * 11) % 380
                sym = iss.sym or "QĐ"
                dd = 20 + iss.id % 10
                campaigns = (SCHOOL_CAMPAIGNS if iss.sector == "school" else
                             HEALTH_CAMPAIGNS if iss.sector == "health" else GIVEN_CAMPAIGNS)
                gks = []
                for ci, ct in enumerate(campaigns):
                    ctitle = NFC(ct.format(y=year, p=year - 1))
                    gks.append(award_block("Giấy khen", iss.granted_by, "%d/%s" % (n0 + 3 + ci, sym),
                                           "%d-%02d-%02d" % (year, 5 + ci * 2 if ci < 4 else 12, 5 + iss.id % 20),
                                           year, "agency", "campaign", ctitle))
                rg = rootu.granted_by
                if rootu.level == "province":
                    bk_name, cstd_name = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Chiến sĩ thi đua cấp tỉnh"
                    lvl = "province"
                else:
                    bk_name, cstd_name = "Bằng khen của " + rg, "Chiến sĩ thi đua cấp bộ"
                    lvl = "ministry"
                bn = 1 + (rootu.id * 53 + year * 17) % 900
                b = (award_block(LDTT_NAME, iss.granted_by, "%d/%s" % (n0, sym), "%d-12-%02d" % (year, dd), year,
                                 "agency", "annual", ""),
                     award_block(CSTDCS_NAME, iss.granted_by, "%d/%s" % (n0 + 1, sym), "%d-12-%02d" % (year, dd), year,
                                 "agency", "annual", ""),
                     gks,
                     award_block(bk_name, rg, "%d/%s" % (bn, rootu.sym), "%d-04-%02d" % (year + 1, 10 + rootu.id % 15),
                                 year, lvl, "campaign",
                                 "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %d và năm %d" % (year - 1, year)),
                     award_block(cstd_name, rg, "%d/%s" % (bn + 1, rootu.sym), "%d-04-%02d" % (year + 1, 10 + rootu.id % 15),
                                 year, lvl, "annual", ""),
                     award_block("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ",
                                 "%d/QĐ-TTg" % (1 + (rootu.id * 7 + year) % 2000), "%d-08-%02d" % (year + 1, 1 + rootu.id % 28),
                                 year, "national", "campaign",
                                 "Đã có thành tích xuất sắc trong công tác từ năm %d đến năm %d" % (year - 4, year)),
                     award_block("Huân chương Lao động hạng Ba", "Chủ tịch nước",
                                 "%d/QĐ-CTN" % (1 + (rootu.id * 11 + year) % 1500), "%d-09-%02d" % (year + 1, 1 + rootu.id % 28),
                                 year, "national", "campaign",
                                 "Đã có thành tích xuất sắc trong công tác từ năm %d đến năm %d" % (year - 4, year)))
                blocks[key] = b
            if f & LDTT:
                awd += 1
                wrow("%d\t%s%s" % (awd, head, b[0]))
            if f & CSTD:
                awd += 1
                wrow("%d\t%s%s" % (awd, head, b[1]))
            bits = rb(40)
            if r <= 2:
                g = bits & 1023
                gks = b[2]
                if g < 540:
                    awd += 1
                    wrow("%d\t%s%s" % (awd, head, gks[g % len(gks)]))
                    if g < 130:
                        awd += 1
                        wrow("%d\t%s%s" % (awd, head, gks[(g + 1) % len(gks)]))
            if r == 1 and y >= 1:
                prev = pid * NY + y - 1
                if R[prev] == 1 and (f | F[prev]) & INIT and ((bits >> 10) & 1023) < 330:
                    awd += 1
                    wrow("%d\t%s%s" % (awd, head, b[3]))
                if y >= 2 and f & CSTD and F[prev] & CSTD and F[prev - 1] & CSTD and ((bits >> 20) & 1023) < 420:
                    awd += 1
                    wrow("%d\t%s%s" % (awd, head, b[4]))
                if y >= 4 and all(R[pid * NY + z] == 1 for z in range(y - 4, y)) and ((bits >> 30) & 1023) < 40:
                    awd += 1
                    wrow("%d\t%s%s" % (awd, head, b[5]))
                    if year - p_birth[pid] > 45 and (bits & 7) == 0:
                        awd += 1
                        wrow("%d\t%s%s" % (awd, head, b[6]))
        # The year's collective awards (units rated good or better), from the
        # authority above the unit.
        for u in units:
            if u.parent is None:
                continue
            h = hash_int(u.id, year) % 1000
            rating = 1 if h < 250 else (2 if h < 800 else 3)
            up = u.parent.issuer
            key = ("c", up.id, year)
            b = blocks.get(key)
            if b is None:
                n0 = 1 + (up.id * 41 + year * 13) % 380
                rootu = u.root
                lvl = "province" if rootu.level == "province" else "ministry"
                b = (award_block("Tập thể lao động tiên tiến", up.granted_by, "%d/%s" % (n0, up.sym or "QĐ"),
                                 "%d-12-%02d" % (year, 20 + up.id % 10), year, "agency", "annual", ""),
                     award_block("Tập thể lao động xuất sắc", rootu.granted_by, "%d/%s" % (n0 + 1, rootu.sym),
                                 "%d-01-%02d" % (year + 1, 10 + rootu.id % 15), year, lvl, "annual", ""),
                     award_block("Giấy khen", up.granted_by, "%d/%s" % (n0 + 2, up.sym or "QĐ"),
                                 "%d-12-%02d" % (year, 20 + up.id % 10), year, "agency", "campaign",
                                 "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %d" % year),
                     award_block("Cờ thi đua của Ủy ban nhân dân tỉnh" if lvl == "province" else "Cờ thi đua của " + rootu.name,
                                 rootu.granted_by, "%d/%s" % (n0 + 3, rootu.sym),
                                 "%d-01-%02d" % (year + 1, 10 + rootu.id % 15), year, lvl, "annual", ""))
                blocks[key] = b
            cname = esc(u.name)
            head = "collective\t\\N\t%d\t%s\t%s\t%s\t" % (u.id, cname, cname, folded(u.name))
            if rating <= 2:
                awd += 1
                wrow("%d\t%s%s" % (awd, head, b[1] if rating == 1 else b[0]))
                n_col += 1
            if h % 9 == 0:
                awd += 1
                wrow("%d\t%s%s" % (awd, head, b[2]))
                n_col += 1
            if rating == 1 and u.kind == "agency" and h % 10 == 0:
                awd += 1
                wrow("%d\t%s%s" % (awd, head, b[3]))
                n_col += 1
        say("awards of %d written (%d so far) %.0fs" % (year, awd, time.time() - t_start))
    out.end_copy()
    out.mark("awards", awd)

    # ---- unit ratings and the declared years
    out.begin_copy("unit_evaluations", ["id", "unit_id", "year", "rating", "rated_on", "note", "recorded_by",
                                        "recorded_at"])
    ueid = 0
    for y in range(NY):
        year = first_year + y
        for u in units:
            h = hash_int(u.id, year) % 1000
            ueid += 1
            row("%d\t%d\t%d\t%s\t%d-12-20\t\t\\N\t%d-01-10T02:00:00.000Z\n" % (
                ueid, u.id, year, "excellent" if h < 250 else ("good" if h < 800 else "completed"), year, year + 1))
    out.end_copy()
    out.mark("unit_evaluations", ueid)
    out.begin_copy("agency_fact_years", ["agency_id", "kind", "year", "declared_by", "declared_at"])
    n_fy = 0
    for root, _, _ in tree.roots:
        for kind in ("titles", "initiatives", "discipline", "absences"):
            for year in years:
                row("%d\t%s\t%d\t\\N\t%d-02-01T02:00:00.000Z\n" % (root.id, kind, year, year + 1))
                n_fy += 1
    out.end_copy()
    out.mark("agency_fact_years", n_fy)

    # ---- counters, indexes, keys, sequences
    out.sql(EPILOGUE_COUNTERS)
    out.mark("unit_path_people")
    out.sql("ALTER TABLE people ENABLE TRIGGER USER;")
    # psql's \gexec runs each generated statement: each index, then its mark.
    out.sql(r"""SELECT def || ';', format('SELECT ''mark'', ''index %s'', 0, to_char(clock_timestamp(), ''YYYY-MM-DD"T"HH24:MI:SS.MS'');', name) FROM bench_saved_ix ORDER BY tbl, name \gexec""")
    out.sql(r"""SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s;', tbl, conname, def), format('SELECT ''mark'', ''fk %s'', 0, to_char(clock_timestamp(), ''YYYY-MM-DD"T"HH24:MI:SS.MS'');', conname) FROM bench_saved_fk ORDER BY tbl, conname \gexec""")
    for t in ("units", "people", "memberships", "person_evaluations", "person_discipline", "person_absences",
              "recognised_initiatives", "awards", "unit_evaluations"):
        out.sql("SELECT setval(pg_get_serial_sequence('%s', 'id'), COALESCE((SELECT MAX(id) FROM %s), 0) + 1, false) "
                "\\g /dev/null" % (t, t))
    out.sql("COMMIT;")
    out.mark("committed")
    out.flush()
    stream.flush()

    # ---- what national.sh needs: facts and request lists
    write_side_files(args, tree, units, ordered_units, P, p_name, p_unit, R, NY, first_year, last_year, name_cache,
                     {"units": len(units), "people": P,
                      "person_name_index": sum(len(name_cache[p_name[i]][2]) for i in range(1, P + 1)),
                      "person_evaluations": eid, "person_discipline": did, "person_absences": aid,
                      "recognised_initiatives": n_init, "recognised_initiative_authors": n_auth,
                      "awards": awd, "awards_individual": awd - n_col, "awards_collective": n_col,
                      "unit_evaluations": ueid, "agency_fact_years": n_fy})
    say("generation done in %.0fs" % (time.time() - t_start))
    with open(os.path.join(args.out, "generator_time"), "w") as f:
        f.write("%.1f %.1f\n" % (time.time() - t_start, time.process_time()))


def write_side_files(args, tree, units, ordered_units, P, p_name, p_unit, R, NY, first_year, last_year, name_cache,
                     counts):
    rnd = random.Random(args.seed + 7)
    ministries = [r for r, kind, _ in tree.roots if kind == "ministry"]
    provinces = [r for r, kind, _ in tree.roots if kind == "province"]
    btc = ministries[0]
    writes = ministries[1]

    def subtree(root):
        return [u for u in units if u.path.startswith(root.path)]

    def people_in(root):
        return root.total

    biggest_province = max(provinces, key=people_in)
    facts = {
        "scale": args.scale, "last_year": last_year, "first_year": first_year, "counts": counts,
        "roots": [{"id": r.id, "code": r.code, "name": r.name, "kind": k, "people": people_in(r)}
                  for r, k, _ in tree.roots],
        "ministry": {"id": btc.id, "code": btc.code, "name": btc.name, "path": btc.path, "people": people_in(btc),
                     "first_person": btc.first_person},
        "write_ministry": {"id": writes.id, "code": writes.code, "name": writes.name, "people": writes.total},
        "province": {"id": biggest_province.id, "code": biggest_province.code, "name": biggest_province.name,
                     "path": biggest_province.path, "people": people_in(biggest_province)},
        "root_paths": [r.path for r, _, _ in tree.roots],
    }
    # The register's filter: departments, communes, Cục and Vụ (the second level) × a year.
    second = [u for u in units if u.depth == 2 and u.total]
    level2_sizes = sorted(((u.total, u) for u in second), key=lambda t: t[0])
    big2 = level2_sizes[-1][1]
    facts["register_unit"] = {"id": big2.id, "name": big2.name, "path": big2.path,
                              "people": level2_sizes[-1][0]}
    mid2 = level2_sizes[len(level2_sizes) // 2][1]
    facts["register_unit_median"] = {"id": mid2.id, "name": mid2.name, "path": mid2.path,
                                     "people": level2_sizes[len(level2_sizes) // 2][0]}
    # People with a long history, for the person page.
    long_history = [pid for pid in (rnd.randrange(1, P + 1) for _ in range(20000)) if R[pid * NY]][:2000]
    if not long_history:
        long_history = [rnd.randrange(1, P + 1) for _ in range(100)]
    facts["person"] = long_history[0]
    with open(os.path.join(args.out, "facts.json"), "w", encoding="utf-8") as f:
        json.dump(facts, f, ensure_ascii=False, indent=1)

    def q(s):
        from urllib.parse import quote
        return quote(s, safe="")

    searches = ["nguyen van", "tran thi", "le", "pham duc", "hoang", "ngo", "nguyen thi huong", "tran van hung",
                "le thi thu", "pham minh tuan", "vu thi lan", "dang van", "Nguyễn Thị Hương", "Trần Quốc Tuấn",
                "Lê Văn Nam", "thao", "hung", "linh", "tuan anh", "quach", "ton nu", "lo van", "au duong",
                "kieu thi", "ng", "nguyen v", "tr", "bui thi ngoc", "do duc", "huynh"]
    with open(os.path.join(args.out, "search.txt"), "w", encoding="utf-8") as f:
        for s in searches:
            f.write("GET /api/v1/people?q=%s&page_size=50\n" % q(s))
    with open(os.path.join(args.out, "search_terms.tsv"), "w", encoding="utf-8") as f:
        for s in searches:
            folded_s = fold(s)
            f.write("%s\t%s\t%s\t/api/v1/people?q=%s&page_size=50\n" % (s, folded_s, _upper(folded_s), q(s)))
    with open(os.path.join(args.out, "person.txt"), "w", encoding="utf-8") as f:
        for pid in long_history:
            f.write("GET /nhan-su/%d\n" % pid)
    with open(os.path.join(args.out, "register.txt"), "w", encoding="utf-8") as f:
        for _ in range(2000):
            u = second[rnd.randrange(len(second))]
            f.write("GET /api/v1/awards?unit_id=%d&year=%d&page_size=50\n" % (u.id, first_year + rnd.randrange(NY)))
    with open(os.path.join(args.out, "summary.txt"), "w", encoding="utf-8") as f:
        for m in ministries:
            f.write("GET /api/v1/fairness?unit_id=%d&from_year=%d&to_year=%d\n" % (m.id, first_year, last_year))
    with open(os.path.join(args.out, "eligible.txt"), "w", encoding="utf-8") as f:
        f.write("GET /api/v1/eligibility?award=LDTT&year=%d&unit_id=%d&page_size=50\n" % (last_year, btc.id))
    # The write path: new people in the units of another ministry (so that the
    # "eligible now" ministry keeps its people), named as loaded people are
    # (national.sh compares what thidua stores for them with the loaded rows).
    target_units = subtree(writes)
    names = sorted(name_cache)
    with open(os.path.join(args.out, "write.txt"), "w", encoding="utf-8") as f:
        for i in range(args.write_bodies):
            name = names[rnd.randrange(len(names))]
            female = " Thị " in name or name.startswith("Tôn Nữ") or rnd.randrange(2) == 0
            u = target_units[rnd.randrange(len(target_units))]
            body = {"full_name": name, "gender": "female" if female else "male",
                    "birth_date": "%d-%02d-%02d" % (1970 + rnd.randrange(32), 1 + rnd.randrange(12), 1 + rnd.randrange(28)),
                    "position": "Chuyên viên", "title": "Chuyên viên", "category": "civil_servant", "unit_id": u.id}
            f.write("POST /api/v1/people %s\n" % json.dumps(body, ensure_ascii=False, separators=(",", ":")))
    write_explain(args, facts, tree, btc, biggest_province, big2, long_history[0], first_year, last_year)


def write_explain(args, facts, tree, btc, province, unit2, person, first_year, last_year):
    """The SQL of src/store behind each measured route, with realistic values
    (the national account's scope: every top unit), for EXPLAIN (ANALYZE, BUFFERS)."""

    def lit(v):
        if isinstance(v, int):
            return str(v)
        return "'" + str(v).replace("'", "''") + "'"

    upper = _upper

    def scope(col, paths):  # store::scope_condition
        return "(" + " OR ".join("(%s >= %s AND %s < %s)" % (col, lit(p), col, lit(upper(p))) for p in paths) + ")"

    roots = sorted(facts["root_paths"])
    award_cols = ("a.id, a.campaign_id, a.award_type_id, a.decision_id, a.nomination_id, a.subject, a.person_id, "
                  "a.unit_id, a.recipient_name, a.unit_name, a.award_name, a.granted_by, a.decision_number_symbol, "
                  "a.decision_date, a.certificate_number, a.year, a.created_at, COALESCE(u.path, ''), a.source, a.level, "
                  "a.occasion, a.campaign_title")
    person_cols = ("p.id, p.full_name, p.gender, p.birth_date, p.position, p.title, p.category, p.email, p.phone, "
                   "p.unit_id, COALESCE(u.name, ''), p.unit_path, p.version")
    depth = "(LENGTH(u.path) - LENGTH(REPLACE(u.path, '/', '')) - 1)"
    today = "%d-12-07" % (last_year + 1)
    in_force = ("(u.valid_from IS NULL OR u.valid_from = '' OR u.valid_from <= %s) AND "
                "(u.valid_to IS NULL OR u.valid_to = '' OR u.valid_to > %s)" % (lit(today), lit(today)))
    fp = facts["ministry"]["first_person"]
    Q = []
    # people search (store::list_people: plan_for, then the ids, then the rows);
    # a first page walks name order from max(500, sqrt(51 x people / 20)) matches
    n_people = facts["counts"]["people"]
    dense_from = max(500, math.ceil(math.sqrt(51 * n_people / 20)))
    Q.append(("search", "plan_for: the people in the national scope (the counters of migration 070)",
              "SELECT COALESCE(SUM(people), 0) FROM unit_path_people WHERE 1 = 1"))
    for term, dense in (("nguyen van", True), ("thao", True), ("quach thi", False)):
        Q.append(("search", "plan_for count: '%s'" % term,
                  "SELECT COUNT(*) FROM (SELECT 1 FROM person_name_index WHERE suffix >= %s AND suffix < %s LIMIT %d) t"
                  % (lit(term), lit(upper(term)), dense_from)))
        if dense:
            cond = "(p.name_folded LIKE %s ESCAPE '!' OR p.name_folded LIKE %s ESCAPE '!')" % (lit(term + "%"), lit("% " + term + "%"))
        else:
            cond = "p.id IN (SELECT person_id FROM person_name_index WHERE suffix >= %s AND suffix < %s)" % (lit(term), lit(upper(term)))
        Q.append(("search", "page ids, national scope (%d top units): '%s' (%s)" % (len(roots), term, "dense: name-order walk" if dense else "sparse: name index"),
                  "SELECT p.id FROM people p WHERE %s AND %s ORDER BY p.sort_key, p.id LIMIT 51 OFFSET 0"
                  % (scope("p.unit_path", roots), cond)))
    Q.append(("search", "for comparison, a rewrite (not what thidua runs): 'thao', the matches taken from the name "
              "index first, then sorted",
              "WITH m AS MATERIALIZED (SELECT DISTINCT p.id, p.sort_key FROM person_name_index i JOIN people p ON p.id = i.person_id "
              "WHERE i.suffix >= %s AND i.suffix < %s AND %s) SELECT id FROM m ORDER BY sort_key, id LIMIT 51 OFFSET 0"
              % (lit("thao"), lit(upper("thao")), scope("p.unit_path", roots))))
    rare = "quach"
    Q.append(("search", "page ids, dense walk for a rare term: '%s' (the plan once %d or more people match it, "
              "as about 2,700 do at SCALE 1)" % (rare, dense_from),
              "SELECT p.id FROM people p WHERE %s AND (p.name_folded LIKE %s ESCAPE '!' OR p.name_folded LIKE %s ESCAPE '!') "
              "ORDER BY p.sort_key, p.id LIMIT 51 OFFSET 0" % (scope("p.unit_path", roots), lit(rare + "%"), lit("% " + rare + "%"))))
    Q.append(("search", "page rows (50 ids)",
              "SELECT %s FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id IN (%s)"
              % (person_cols, ",".join(str(1 + (i * 7919) % n_people) for i in range(50)))))
    # person page /nhan-su/{id}
    Q.append(("person", "find_person", "SELECT %s FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = %d" % (person_cols, person)))
    Q.append(("person", "memberships_of",
              "SELECT m.id, m.person_id, m.unit_id, COALESCE((SELECT n.name FROM unit_names n WHERE n.unit_id = m.unit_id "
              "AND m.valid_from IS NOT NULL AND (n.valid_from IS NULL OR n.valid_from <= m.valid_from) "
              "AND (n.valid_to IS NULL OR n.valid_to > m.valid_from) ORDER BY n.id DESC LIMIT 1), u.name), "
              "m.valid_from, m.valid_to, m.is_primary FROM memberships m "
              "JOIN units u ON u.id = m.unit_id WHERE m.person_id = %d ORDER BY m.valid_from DESC, m.id DESC" % person))
    Q.append(("person", "person_evaluations",
              "SELECT id, person_id, year, rating, rated_on, note, created_at FROM person_evaluations WHERE person_id IN (%d) ORDER BY person_id, year" % person))
    Q.append(("person", "person_awards (find_awards person_id, limit 1000)",
              "SELECT %s FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE 1 = 1 AND a.person_id = %d "
              "ORDER BY a.decision_date DESC, a.id LIMIT 1000 OFFSET 0" % (award_cols, person)))
    # award register by unit and year (store::find_awards / count_awards) as the national account
    for label, u in (("a department/commune (largest level-2 unit, %d people)" % facts["register_unit"]["people"], unit2),
                     ("a whole ministry (%s)" % btc.name, btc)):
        where = " WHERE 1 = 1 AND a.year = %d AND %s AND %s" % (last_year, scope("u.path", [u.path]), scope("u.path", roots))
        # since migration 122: the page ids first (index-only), then the rows
        Q.append(("register", "find_awards, page ids: %s, %d" % (label, last_year),
                  "SELECT a.id FROM awards a LEFT JOIN units u ON u.id = a.unit_id%s ORDER BY a.decision_date DESC, a.id LIMIT 50 OFFSET 0" % where))
        Q.append(("register", "count_awards: %s, %d" % (label, last_year),
                  "SELECT count(*) FROM awards a LEFT JOIN units u ON u.id = a.unit_id" + where))
    # ministry-wide summary: store::fairness_people / fairness_units over the decade
    Q.append(("summary", "fairness_people: people", "SELECT p.gender, p.category, p.position, u.kind, %s, COUNT(*) FROM people p "
              "JOIN units u ON u.id = p.unit_id WHERE %s AND %s GROUP BY 1, 2, 3, 4, 5" % (depth, scope("p.unit_path", [btc.path]), in_force)))
    # store::fairness_people since migration 120: awards through the unit they name, plus those naming none.
    Q.append(("summary", "fairness_people: awards %d-%d through the unit they name" % (first_year, last_year),
              "SELECT p.gender, p.category, p.position, u.kind, %s, COUNT(*) FROM units u JOIN awards a ON a.unit_id = u.id "
              "JOIN people p ON p.id = a.person_id WHERE %s AND a.subject = 'individual' AND a.year >= %d AND a.year <= %d "
              "GROUP BY 1, 2, 3, 4, 5" % (depth, scope("u.path", [btc.path]), first_year, last_year)))
    Q.append(("summary", "fairness_people: awards %d-%d naming no unit" % (first_year, last_year),
              "SELECT p.gender, p.category, p.position, u.kind, %s, COUNT(*) FROM awards a JOIN people p ON p.id = a.person_id "
              "JOIN units u ON u.id = p.unit_id WHERE a.unit_id IS NULL AND a.subject = 'individual' AND a.year >= %d "
              "AND a.year <= %d AND %s GROUP BY 1, 2, 3, 4, 5" % (depth, first_year, last_year, scope("u.path", [btc.path]))))
    Q.append(("summary", "fairness_units: units", "SELECT u.kind, %s, COUNT(*) FROM units u WHERE %s AND %s GROUP BY 1, 2"
              % (depth, scope("u.path", [btc.path]), in_force)))
    Q.append(("summary", "fairness_units: collective awards", "SELECT u.kind, %s, COUNT(*) FROM awards a JOIN units u ON u.id = a.unit_id "
              "WHERE a.subject = 'collective' AND a.year >= %d AND a.year <= %d AND %s GROUP BY 1, 2" % (depth, first_year, last_year, scope("u.path", [btc.path]))))
    # eligible now (app::eligible_list, LDTT, the ministry): first batch of each pass and its facts
    mscope = "%s AND %s" % (scope("p.unit_path", roots), scope("p.unit_path", [btc.path]))
    Q.append(("eligible", "for_each_person_ids by id (first batch of 1000)",
              "SELECT p.id, p.sort_key FROM people p WHERE %s ORDER BY p.id LIMIT 1000" % mscope))
    Q.append(("eligible", "agencies_of_people_in (1000 ids)",
              "SELECT id, unit_path FROM people WHERE id BETWEEN %d AND %d" % (fp, fp + 999)))
    Q.append(("eligible", "evaluations_in (1000 ids, 1 year)",
              "SELECT id, person_id, year, rating, rated_on, note, created_at FROM person_evaluations "
              "WHERE person_id BETWEEN %d AND %d AND year BETWEEN %d AND %d ORDER BY person_id, year" % (fp, fp + 999, last_year, last_year)))
    Q.append(("eligible", "discipline_in (1000 ids)",
              "SELECT id, person_id, measure, decided_on, ends_on, decision_number, authority, note, created_at "
              "FROM person_discipline WHERE person_id BETWEEN %d AND %d ORDER BY person_id, decided_on, id" % (fp, fp + 999)))
    Q.append(("eligible", "absences_in (1000 ids, 1 year)",
              "SELECT id, person_id, year, days, reason, note, created_at FROM person_absences "
              "WHERE person_id BETWEEN %d AND %d AND year BETWEEN %d AND %d ORDER BY person_id, year, id" % (fp, fp + 999, last_year, last_year)))
    Q.append(("eligible", "for_each_person_ids by name (first batch of 1000)",
              "SELECT p.id, p.sort_key FROM people p WHERE %s ORDER BY p.sort_key, p.id LIMIT 1000" % mscope))
    Q.append(("eligible", "history_facts of the page: awards_of_recipients (50 ids)",
              "SELECT %s FROM awards a LEFT JOIN units u ON u.id = a.unit_id WHERE a.person_id IN (%s) ORDER BY a.id"
              % (award_cols, ",".join(str(fp + 17 * i) for i in range(50)))))
    # the write path: POST /api/v1/people (store::insert_person; rolled back)
    Q.append(("write", "insert_person (with the counter trigger; rolled back)",
              "INSERT INTO people (full_name, name_folded, sort_key, gender, birth_date, position, title, category, email, "
              "phone, unit_id, unit_path, version, created_at, updated_at) VALUES ('Nguyễn Văn Bình', 'nguyen van binh', %s, "
              "'male', '1990-01-01', 'Chuyên viên', 'Chuyên viên', 'civil_servant', '', '', %d, %s, 1, '2026-12-07T00:00:00.000Z', "
              "'2026-12-07T00:00:00.000Z') RETURNING id" % (lit(name_sort_key("Nguyễn Văn Bình")), btc.id, lit(btc.path))))
    with open(os.path.join(args.out, "explain.tsv"), "w", encoding="utf-8") as f:
        for route, label, sql in Q:
            f.write("%s\t%s\t%s\n" % (route, label, sql.replace("\t", " ").replace("\n", " ")))


def main_abbreviate():
    """Shortens a plan for the report: a long OR of path ranges becomes its
    first range and a count, and a run of sibling Bitmap Index Scans on one
    index its first two and a count (KEEP_TMP=1 keeps the plans whole)."""
    import re
    text = sys.stdin.read()
    ranges = re.compile(r"(\(\(([\w.]+) >= '[^']*'::text\) AND \(\2 < '[^']*'::text\)\))"
                        r"((?: OR \(\(\2 >= '[^']*'::text\) AND \(\2 < '[^']*'::text\)\)){2,})")
    text = ranges.sub(lambda m: "%s OR … %d more ranges of %s" % (m.group(1), m.group(3).count(" OR "), m.group(2)),
                      text)
    lines = text.split("\n")
    out = []
    i = 0

    def indent(line):
        return len(line) - len(line.lstrip())

    def block_end(i):
        ind = indent(lines[i])
        j = i + 1
        while j < len(lines) and lines[j].strip() and indent(lines[j]) > ind:
            j += 1
        return j

    while i < len(lines):
        m = re.match(r"^(\s*)->  (Bitmap Index Scan on \S+)", lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        blocks = []
        j = i
        while j < len(lines):
            m2 = re.match(r"^(\s*)->  (Bitmap Index Scan on \S+)", lines[j])
            if not m2 or m2.group(1) != m.group(1) or m2.group(2) != m.group(2):
                break
            k = block_end(j)
            blocks.append(lines[j:k])
            j = k
        for b in blocks[:2]:
            out.extend(b)
        if len(blocks) > 2:
            out.append("%s->  … %d more %s (one per range)" % (
                m.group(1), len(blocks) - 2, m.group(2).replace("Scan on", "Scans on")))
        i = j
    sys.stdout.write("\n".join(out))


def main_check(path):
    bad = 0
    n = 0
    shown = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            full, folded, key, suffixes = line.split("\t")
            n += 1
            mine = (fold(full), name_sort_key(full), "|".join(sorted(name_search_suffixes(full))))
            theirs = (folded, key, "|".join(sorted(suffixes.split("|"))))
            if mine != theirs:
                bad += 1
                if shown < 5:
                    print("differs: %r\n  thidua %r\n  python %r" % (full, theirs, mine))
                    shown += 1
    print("%d names compared, %d differ" % (n, bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    lp = sub.add_parser("load")
    lp.add_argument("--scale", type=float, default=1.0)
    lp.add_argument("--last-year", type=int, required=True)
    lp.add_argument("--out", required=True)
    lp.add_argument("--seed", type=int, default=15)
    lp.add_argument("--write-bodies", type=int, default=20000)
    lp.add_argument("--maintenance-work-mem", default="1GB")
    lp.add_argument("--parallel-workers", type=int, default=1)
    cp = sub.add_parser("check-names")
    cp.add_argument("file")
    sub.add_parser("abbreviate-plan")
    args = ap.parse_args()
    if args.cmd == "abbreviate-plan":
        main_abbreviate()
        return
    if args.cmd == "check-names":
        sys.exit(main_check(args.file))
    if not 0 < args.scale <= 4:
        sys.exit("national_data.py: --scale must be in (0, 4]")
    main_load(args)


if __name__ == "__main__":
    main()
