// Vietnamese name folding, sorting and normalisation (core/names.h).
#include "core/names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace thidua::core {
namespace {

// The Vietnamese vowels by base letter and modifier; each row spells the six
// tones in the conventional order: none, huyền, hỏi, ngã, sắc, nặng.
struct VowelRow {
  const char* base;      // ASCII base letter
  const char* modifier;  // combining breve / circumflex / horn, or ""
  const char* lower;
  const char* upper;
};
const VowelRow kVowelRows[] = {
    {"a", "", "aàảãáạ", "AÀẢÃÁẠ"},
    {"a", "\u0306", "ăằẳẵắặ", "ĂẰẲẴẮẶ"},
    {"a", "\u0302", "âầẩẫấậ", "ÂẦẨẪẤẬ"},
    {"e", "", "eèẻẽéẹ", "EÈẺẼÉẸ"},
    {"e", "\u0302", "êềểễếệ", "ÊỀỂỄẾỆ"},
    {"i", "", "iìỉĩíị", "IÌỈĨÍỊ"},
    {"o", "", "oòỏõóọ", "OÒỎÕÓỌ"},
    {"o", "\u0302", "ôồổỗốộ", "ÔỒỔỖỐỘ"},
    {"o", "\u031B", "ơờởỡớợ", "ƠỜỞỠỚỢ"},
    {"u", "", "uùủũúụ", "UÙỦŨÚỤ"},
    {"u", "\u031B", "ưừửữứự", "ƯỪỬỮỨỰ"},
    {"y", "", "yỳỷỹýỵ", "YỲỶỸÝỴ"},
};
const char* const kToneMarks[] = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

// Splits a UTF-8 string of two- or three-byte characters into characters.
std::vector<std::string> chars_of(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

std::string upper_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return s;
}

std::vector<std::string> sorted_by_key(std::vector<std::string> names) {
  std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return name_sort_key(a) < name_sort_key(b);
  });
  return names;
}

// ---------------------------------------------------------------- fold

TEST(Fold, RemovesTonesLowersAndCollapsesSpaces) {
  EXPECT_EQ(fold("Nguyễn  Văn ĐẠT"), "nguyen van dat");
  EXPECT_EQ(fold("  Trần\tThị\u00A0 Bình \n"), "tran thi binh");
  EXPECT_EQ(fold(""), "");
  EXPECT_EQ(fold(" \t "), "");
}

TEST(Fold, DStrokeFoldsToD) {
  EXPECT_EQ(fold("Đặng"), "dang");
  EXPECT_EQ(fold("đặng"), "dang");
  EXPECT_EQ(fold("ĐẶNG"), "dang");
  EXPECT_EQ(fold("Đỗ Đức Đạt"), "do duc dat");
}

TEST(Fold, EveryVietnameseVowelInBothCasesFoldsToItsBase) {
  int letters = 0;
  for (const auto& row : kVowelRows) {
    const auto lower = chars_of(row.lower);
    const auto upper = chars_of(row.upper);
    ASSERT_EQ(lower.size(), 6u) << row.lower;
    ASSERT_EQ(upper.size(), 6u) << row.upper;
    for (int t = 0; t < 6; ++t) {
      EXPECT_EQ(fold(lower[t]), row.base) << lower[t];
      EXPECT_EQ(fold(upper[t]), row.base) << upper[t];
      letters += (lower[t].size() > 1) + (upper[t].size() > 1);
    }
  }
  EXPECT_EQ(letters + 2, 134);  // with đ and Đ: the whole precomposed repertoire
}

TEST(Fold, DecomposedInputFoldsLikePrecomposed) {
  EXPECT_EQ(fold("Nguye\u0302\u0303n Va\u0306n \u0110a\u0323\u0302t"), "nguyen van dat");
  EXPECT_EQ(fold("Nguye\u0302\u0303n"), fold("Nguyễn"));
  EXPECT_EQ(fold("Đa\u0323\u0306ng"), fold("Đặng"));
}

TEST(Fold, LatinOneAccentsFoldSensibly) {
  EXPECT_EQ(fold("Café Müller"), "cafe muller");
  EXPECT_EQ(fold("Ñandú Çelik Øre"), "nandu celik ore");
  EXPECT_EQ(fold("Straße Æsir"), "strasse aesir");
  EXPECT_EQ(fold("ŁÓDŹ Škoda"), "lodz skoda");
  EXPECT_EQ(fold("Mu\u0308ller"), "muller");
}

TEST(Fold, InvalidBytesAreDropped) {
  EXPECT_EQ(fold("Ng\xFFuy\xC3n V\xE1\xBA"), "nguyn v");
  EXPECT_EQ(fold("An\xC0\xAF"), "an");          // overlong "/"
  EXPECT_EQ(fold("\xED\xA0\x80" "Bình"), "binh");  // surrogate
}

TEST(Fold, KeepsOtherScriptsAndPunctuation) {
  EXPECT_EQ(fold("H'Hen Niê"), "h'hen nie");
  EXPECT_EQ(fold("ИВАН"), "иван");
  EXPECT_EQ(fold("Sở TNMT 2023"), "so tnmt 2023");
}

// ---------------------------------------------------------------- words

TEST(NameWords, SplitsOnAnyWhitespace) {
  EXPECT_EQ(name_words("  Nguyễn\tVăn\u00A0An  "), (std::vector<std::string>{"Nguyễn", "Văn", "An"}));
  EXPECT_EQ(name_words("nguyen van an"), (std::vector<std::string>{"nguyen", "van", "an"}));
  EXPECT_TRUE(name_words("   ").empty());
}

TEST(GivenName, IsTheLastWord) {
  EXPECT_EQ(given_name("Nguyễn Văn An"), "An");
  EXPECT_EQ(given_name("Tôn Nữ Thị Ngọc Hân "), "Hân");
  EXPECT_EQ(given_name("Mai"), "Mai");
  EXPECT_EQ(given_name(""), "");
}

// ---------------------------------------------------------------- search suffixes

TEST(NameSearchSuffixes, AreFoldedWordSuffixes) {
  EXPECT_EQ(name_search_suffixes("Nguyễn Văn An"),
            (std::vector<std::string>{"nguyen van an", "van an", "an"}));
  EXPECT_EQ(name_search_suffixes("  ĐẶNG   thị  Hồng Nhung "),
            (std::vector<std::string>{"dang thi hong nhung", "thi hong nhung", "hong nhung", "nhung"}));
  EXPECT_EQ(name_search_suffixes("Lan"), (std::vector<std::string>{"lan"}));
  EXPECT_TRUE(name_search_suffixes(" ").empty());
}

TEST(NameSearchSuffixes, FoldedQueryIsAPrefixOfASuffix) {
  const auto suffixes = name_search_suffixes("Đặng Thị Hồng Nhung");
  const auto matches = [&](std::string_view query) {
    const std::string q = fold(query);
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const std::string& s) { return s.starts_with(q); });
  };
  EXPECT_TRUE(matches("hồng nh"));
  EXPECT_TRUE(matches("HONG NHUNG"));
  EXPECT_TRUE(matches("dang"));
  EXPECT_TRUE(matches("Nhung"));
  EXPECT_TRUE(matches("thi ho"));
  EXPECT_FALSE(matches("ong"));
  EXPECT_FALSE(matches("nhung hong"));
}

// ---------------------------------------------------------------- UTF-8

TEST(IsValidUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("Nguyễn Văn An"));
  EXPECT_TRUE(is_valid_utf8("\u00E9 \u20AC \U0001F600 \U0010FFFF \uD7FF \uE000"));
}

TEST(IsValidUtf8, RejectsMalformedText) {
  EXPECT_FALSE(is_valid_utf8("\x80"));              // stray continuation
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated
  EXPECT_FALSE(is_valid_utf8("ab\xE1\xBA"));        // truncated three-byte
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));          // bad continuation
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong three-byte
  EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong four-byte
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800 surrogate
  EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

// ---------------------------------------------------------------- NFC

TEST(ToNfc, ComposesEveryVietnameseLetterFromBaseModifierAndTone) {
  for (const auto& row : kVowelRows) {
    const auto lower = chars_of(row.lower);
    const auto upper = chars_of(row.upper);
    for (int t = 0; t < 6; ++t) {
      const std::string nfd = std::string(row.base) + row.modifier + kToneMarks[t];
      EXPECT_EQ(to_nfc(nfd), lower[t]) << lower[t];
      EXPECT_EQ(to_nfc(upper_ascii(row.base) + row.modifier + kToneMarks[t]), upper[t]) << upper[t];
      EXPECT_EQ(to_nfc(lower[t]), lower[t]);
      EXPECT_EQ(to_nfc(upper[t]), upper[t]);
    }
  }
}

TEST(ToNfc, ComposesCanonicalDecompositions) {
  // Canonical order puts the horn (class 216) before the dot below (220)
  // before the other marks (230).
  EXPECT_EQ(to_nfc("a\u0323\u0306"), "ặ");
  EXPECT_EQ(to_nfc("A\u0323\u0302"), "Ậ");
  EXPECT_EQ(to_nfc("e\u0323\u0302"), "ệ");
  EXPECT_EQ(to_nfc("o\u0323\u0302"), "ộ");
  EXPECT_EQ(to_nfc("o\u031B\u0323"), "ợ");
  EXPECT_EQ(to_nfc("U\u031B\u0323"), "Ự");
  EXPECT_EQ(to_nfc("o\u0323\u031B"), "ợ");  // reordered before composing
  // Partly composed input.
  EXPECT_EQ(to_nfc("ạ\u0306"), "ặ");
  EXPECT_EQ(to_nfc("ă\u0323"), "ặ");
  EXPECT_EQ(to_nfc("ơ\u0301"), "ớ");
  EXPECT_EQ(to_nfc("Ê\u0300"), "Ề");
  EXPECT_EQ(to_nfc("ọ\u031B"), "ợ");
}

TEST(ToNfc, ConvertsWholeNames) {
  EXPECT_EQ(to_nfc("Nguye\u0302\u0303n Va\u0306n \u0110a\u0323t"), "Nguyễn Văn Đạt");
  EXPECT_EQ(to_nfc("Tru\u031B\u0300ng Thi\u0323 Ngo\u0323c A\u0301nh"), "Trừng Thị Ngọc Ánh");
  EXPECT_EQ(to_nfc("Sở Tài nguyên và Môi trường"), "Sở Tài nguyên và Môi trường");
}

TEST(ToNfc, LeavesMarksWithoutAPrecomposedLetter) {
  // An acute then a circumflex is not "ấ" (that is circumflex then acute).
  EXPECT_EQ(to_nfc("a\u0301\u0302"), "á\u0302");
  EXPECT_EQ(to_nfc("a\u0300\u0301"), "à\u0301");
  EXPECT_EQ(to_nfc("b\u0301"), "b\u0301");
  EXPECT_EQ(to_nfc("\u0301a"), "\u0301a");
  EXPECT_EQ(to_nfc("Mu\u0308ller"), "Mu\u0308ller");  // outside the Vietnamese repertoire
  // Marks with nothing to compose with still take their canonical order.
  EXPECT_EQ(to_nfc("h\u0301\u031B"), "h\u031B\u0301");
  EXPECT_EQ(to_nfc("\u0110\u0302\u0323"), "\u0110\u0323\u0302");
  EXPECT_EQ(to_nfc("\u0301\u031Ba"), "\u031B\u0301a");
}

TEST(ToNfc, InvalidUtf8GivesEmpty) {
  EXPECT_EQ(to_nfc("Nguy\xFFn"), "");
  EXPECT_EQ(to_nfc("\xED\xA0\x80"), "");
  EXPECT_EQ(to_nfc(""), "");
  // Before and after a combining mark, a truncated sequence at the end.
  EXPECT_EQ(to_nfc("Nguye\u0302\u0303n \xFF"), "");
  EXPECT_EQ(to_nfc("\xFF Nguye\u0302\u0303n"), "");
  EXPECT_EQ(to_nfc("Nguyễn Văn \xC3"), "");
}

TEST(ToNfc, ComposedTextComesBackAsItIs) {
  for (const char* text : {"Nguyễn Văn Đức", "Sở Tài nguyên và Môi trường", "2023-12-28", "Müller ИВАН 中文"}) {
    EXPECT_EQ(to_nfc(text), text);
  }
  // A mark anywhere is composed, however much composed text comes first.
  EXPECT_EQ(to_nfc("Sở Tài nguyên và Môi tru\u031Bo\u031B\u0300ng"), "Sở Tài nguyên và Môi trường");
}

// ---------------------------------------------------------------- sort key

TEST(NameSortKey, IsPrintableAscii) {
  for (const char* name : {"Nguyễn Văn An", "", "H'Hen Niê", "Müller", "ИВАН Петров", "Ng\xFFuyễn", "A\tB"}) {
    const std::string key = name_sort_key(name);
    EXPECT_FALSE(key.empty());
    for (const char c : key) {
      EXPECT_GE(static_cast<unsigned char>(c), 0x21) << name;
      EXPECT_LE(static_cast<unsigned char>(c), 0x7E) << name;
    }
  }
}

TEST(NameSortKey, NfcAndNfdGiveTheSameKey) {
  EXPECT_EQ(name_sort_key("Nguye\u0302\u0303n Va\u0306n \u0110a\u0323\u0302t"), name_sort_key("Nguyễn Văn Đật"));
  EXPECT_EQ(name_sort_key("Tra\u0302\u0300n Thi\u0323 Ho\u031B\u0323p"), name_sort_key("Trần Thị Hợp"));
  EXPECT_EQ(name_sort_key("Đa\u0323\u0306ng"), name_sort_key("Đặng"));
  for (const auto& row : kVowelRows) {
    const auto lower = chars_of(row.lower);
    for (int t = 0; t < 6; ++t) {
      EXPECT_EQ(name_sort_key(std::string("B") + row.base + row.modifier + kToneMarks[t]),
                name_sort_key("B" + lower[t]))
          << lower[t];
    }
  }
}

TEST(NameSortKey, IgnoresCaseAndSpacing) {
  EXPECT_EQ(name_sort_key("NGUYỄN VĂN AN"), name_sort_key("Nguyễn Văn An"));
  EXPECT_EQ(name_sort_key("nguyễn văn an"), name_sort_key("Nguyễn Văn An"));
  EXPECT_EQ(name_sort_key("  Nguyễn   Văn\tAn "), name_sort_key("Nguyễn Văn An"));
}

TEST(NameSortKey, DistinctNamesGetDistinctKeys) {
  const std::vector<std::string> names = {
      "Nguyễn Văn An", "Nguyen Van An", "Nguyễn Văn Ân", "Nguyễn Văn Án", "Nguyễn Văn",   "Văn An",
      "An",            "Müller",        "Muller",        "Mùller",        "H'Hen Niê",    "HHen Niê",
      "Y-Moan Êban",   "Y Moan Êban",   "Nguyễn Văn A1", "Nguyễn Văn A2", "Иван",         "Ивон",
      "O'Neil",        "ONeil",         "Nguyễn-Văn An", "Lê Ăn",         "Lê Ân",        "Lê Ẩn"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      EXPECT_NE(name_sort_key(names[i]), name_sort_key(names[j])) << names[i] << " / " << names[j];
    }
  }
}

TEST(NameSortKey, ComparesGivenNameThenFamilyNameThenMiddleNames) {
  EXPECT_EQ(sorted_by_key({"Trần Thị Bình", "Nguyễn Văn An", "Lê Ăn", "Phạm Đức Anh", "Nguyễn Văn Ân"}),
            (std::vector<std::string>{"Nguyễn Văn An", "Phạm Đức Anh", "Lê Ăn", "Nguyễn Văn Ân",
                                      "Trần Thị Bình"}));
  // Given names equal: the family name decides, then the middle names.
  EXPECT_LT(name_sort_key("Bùi Văn Hà"), name_sort_key("Nguyễn Thị Hà"));
  EXPECT_LT(name_sort_key("Đinh Thị Hà"), name_sort_key("Lý Thị Hà"));
  EXPECT_LT(name_sort_key("Trương Thị Tuyết"), name_sort_key("Trương Thị Ánh Tuyết"));
  // A word that is a prefix of another sorts first, word by word.
  EXPECT_LT(name_sort_key("Lê An"), name_sort_key("Lê Anh"));
  EXPECT_LT(name_sort_key("Trần Văn An"), name_sort_key("Lê Anh"));
  EXPECT_LT(name_sort_key("An"), name_sort_key("Lê An"));
  EXPECT_LT(name_sort_key("Hà Văn Thu"), name_sort_key("Cao Văn Thuận"));
}

// The issue's own examples (issue 13): a word is compared wholly, letters then
// tone, before the next word.
TEST(NameSortKey, EachWordWhollyBeforeTheNext) {
  EXPECT_EQ(sorted_by_key({"Hoàng Đình Dũng", "Phạm Hồng Dung", "Nguyễn Minh Dũng"}),
            (std::vector<std::string>{"Phạm Hồng Dung", "Hoàng Đình Dũng", "Nguyễn Minh Dũng"}));
  EXPECT_EQ(sorted_by_key({"Bùi Thị Hường", "Trần Văn Hương", "Lê Hường", "Vũ Thị Hương"}),
            (std::vector<std::string>{"Trần Văn Hương", "Vũ Thị Hương", "Bùi Thị Hường", "Lê Hường"}));
}

// Compound family names count as one word (core::family_name_words).
TEST(NameSortKey, CompoundFamilyNamesAreOneWord) {
  EXPECT_EQ(family_name_words("Tôn Nữ Thị Hà"), 2u);
  EXPECT_EQ(family_name_words("TÔN THẤT Thuyết"), 2u);
  EXPECT_EQ(family_name_words("Công Tằng Tôn Nữ Thị Phương"), 4u);
  EXPECT_EQ(family_name_words("Âu Dương Lân"), 2u);
  EXPECT_EQ(family_name_words("Tôn Nữ"), 1u) << "no given name after it: Nữ is the given name";
  EXPECT_EQ(family_name_words("Tôn Đức Thắng"), 1u);
  EXPECT_EQ(family_name_words("Nguyễn Văn An"), 1u);
  EXPECT_EQ(family_name_words("Mai"), 0u);
  EXPECT_EQ(family_name_words(""), 0u);
}

TEST(NameSortKey, FollowsTheVietnameseAlphabet) {
  // a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z
  const std::vector<std::string> letters = {"A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "F", "G",
                                            "H", "I", "J", "K", "L", "M", "N", "O", "Ô", "Ơ", "P",
                                            "Q", "R", "S", "T", "U", "Ư", "V", "W", "X", "Y", "Z"};
  for (std::size_t i = 0; i + 1 < letters.size(); ++i) {
    EXPECT_LT(name_sort_key(letters[i] + "n"), name_sort_key(letters[i + 1] + "n"))
        << letters[i] << " < " << letters[i + 1];
  }
  EXPECT_LT(name_sort_key("Chi"), name_sort_key("Cường"));  // h < ư
  EXPECT_LT(name_sort_key("Duy"), name_sort_key("Đức"));
  EXPECT_LT(name_sort_key("Thông"), name_sort_key("Thơ"));
  EXPECT_LT(name_sort_key("Thuận"), name_sort_key("Thư"));
}

TEST(NameSortKey, TonesBreakTiesWithinAWord) {
  EXPECT_EQ(sorted_by_key({"Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"}),
            (std::vector<std::string>{"Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"}));
  EXPECT_EQ(sorted_by_key({"Lê Văn Bạ", "Lê Văn Bá", "Lê Văn Bã", "Lê Văn Bả", "Lê Văn Bà", "Lê Văn Ba"}),
            (std::vector<std::string>{"Lê Văn Ba", "Lê Văn Bà", "Lê Văn Bả", "Lê Văn Bã", "Lê Văn Bá",
                                      "Lê Văn Bạ"}));
  // The given name's tone decides before the other words are read.
  EXPECT_LT(name_sort_key("Lê Văn Anh"), name_sort_key("Nguyễn Thị Ánh"));
  EXPECT_LT(name_sort_key("Nguyễn Văn Anh"), name_sort_key("Đặng Văn Ánh"));
  EXPECT_LT(name_sort_key("Lê Thị Ánh"), name_sort_key("Lệ Thị Ạnh"));
  EXPECT_LT(name_sort_key("Lệ Thị Ánh"), name_sort_key("Lê Thị Ạnh"));
}

// At least forty pairs people get wrong, each in the order a Vietnamese list
// puts them (a before b).
TEST(NameSortKey, TrickyPairs) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Phạm Hồng Dung", "Hoàng Đình Dũng"},          // the given name's tone before the family name
      {"Hoàng Đình Dũng", "Nguyễn Minh Dũng"},        // then the family name
      {"Trần Văn Hương", "Bùi Thị Hường"},            // every Hương before every Hường
      {"Vũ Thị Hương", "Lê Hường"},
      {"Trương Thị Tuyết", "Trương Thị Ánh Tuyết"},   // fewer middle names first
      {"Nguyễn Thị Ánh", "Nguyễn Thị Ngọc Ánh"},
      {"Chu An", "Chu Văn An"},
      {"Phan Anh", "Phan Bảo Anh"},
      {"Mai", "Nguyễn Mai"},                          // a single word first
      {"An", "Lê An"},
      {"Lê An", "Lê Anh"},                            // a shorter word first
      {"Bùi Quang Huy", "Bùi Quang Huỳnh"},
      {"Hà Văn Thu", "Cao Văn Thuận"},
      {"Bùi Văn Hà", "Nguyễn Thị Hà"},                // the family name before the middle names
      {"Đinh Thị Hà", "Lý Thị Hà"},
      {"Phan Bảo Anh", "Phan Đức Anh"},               // then the middle names
      {"Lê Văn Anh", "Nguyễn Thị Ánh"},
      {"Lê Thị Anh", "Lê Thị Ảnh"},                   // tones: none, huyền, hỏi, ngã, sắc, nặng
      {"Lê Thị Ảnh", "Lê Thị Ánh"},
      {"Lê Thị Ánh", "Lê Thị Ạnh"},
      {"Lê Thị Hài", "Ngô Văn Hải"},
      {"Lê Ba", "Lê Bà"},
      {"Lê Bã", "Lê Bá"},
      {"Lê Thị Quyên", "Lê Thị Quyền"},
      {"Hoàng Yên", "Hoàng Yến"},
      {"Nguyễn Văn An", "Nguyễn Văn Ân"},             // letters: a ă â
      {"Nguyễn Văn Ăn", "Nguyễn Văn Ân"},
      {"Trần Văn Đạt", "Trần Văn Đặt"},
      {"Đỗ Minh Duy", "Dương Minh Đức"},              // d before đ
      {"Trần Chi", "Trần Cường"},                     // h before ư
      {"Lò Văn Thông", "Lã Thị Thơ"},                 // ô before ơ
      {"Đặng Thu", "Đặng Thư"},                       // u before ư
      {"Cao Văn Thuận", "Đào Thị Thư"},
      {"Ngô Văn Hùng", "Bùi Quang Huy"},              // n before y
      {"Vi Thị Xuân", "Vi Thị Xuyến"},
      {"Nguyễn Văn A1", "Nguyễn Văn A2"},             // digits
      {"Tôn Văn Hà", "Tôn Nữ Thị Hà"},                // a compound family name is one word
      {"Tôn Hà", "Tôn Nữ Hà"},
      {"Tôn Nữ Hà", "Tôn Nữ Thị Hà"},
      {"Tôn Nữ Thị Hà", "Tôn Thất Hà"},
      {"Âu Lan", "Âu Dương Lan"},
      {"Âu Dương Lan", "Bùi Lan"},
      {"Công Văn Hà", "Công Tằng Tôn Nữ Thị Hà"},
      {"Nguyễn Quang Bảo", "Nguyễn Phúc Bảo"},
      {"Lê Đức Anh", "Lê Anh Đức"},                   // the given name first of all
  };
  ASSERT_GE(pairs.size(), 40u);
  for (const auto& [a, b] : pairs) EXPECT_LT(name_sort_key(a), name_sort_key(b)) << a << " < " << b;
}

TEST(NameSortKey, SortsARealisticList) {
  // Expected order worked out by hand: given name first, then family name,
  // then middle names; Vietnamese letter order, each word's tones after its
  // letters.
  const std::vector<std::string> expected = {
      "Lê Thị An",       "Nguyễn Văn An",  "Phạm Đức Anh",  "Trần Thị Ánh",   "Hoàng Ngọc Ân",
      "Lê Văn Bách",     "Nguyễn Thị Bắc", "Đặng Văn Bình", "Trần Thị Bình",  "Trần Thị Chi",
      "Phạm Văn Cường",  "Đỗ Minh Duy",    "Dương Minh Đức", "Đàm Thị Giang", "Đinh Thị Hà",
      "Lý Thị Hà",       "Ngô Văn Hùng",   "Bùi Quang Huy", "Lò Văn Thông",   "Lã Thị Thơ",
      "Hà Văn Thu",      "Cao Văn Thuận",  "Đào Thị Thư",   "Vi Văn Xuân",    "Lê Thị Yến"};
  std::vector<std::string> shuffled = expected;
  std::reverse(shuffled.begin(), shuffled.end());
  std::rotate(shuffled.begin(), shuffled.begin() + 7, shuffled.end());
  EXPECT_EQ(sorted_by_key(shuffled), expected);

  // Decomposed (NFD) spellings sort identically.
  std::vector<std::string> decomposed = {"Tra\u0302\u0300n Thi\u0323 A\u0301nh", "Pha\u0323m \u0110u\u031B\u0301c Anh",
                                         "Hoa\u0300ng Ngo\u0323c A\u0302n"};
  EXPECT_EQ(name_sort_key(decomposed[0]), name_sort_key("Trần Thị Ánh"));
  EXPECT_EQ(name_sort_key(decomposed[1]), name_sort_key("Phạm Đức Anh"));
  EXPECT_EQ(name_sort_key(decomposed[2]), name_sort_key("Hoàng Ngọc Ân"));
}

TEST(NameSortKey, ForeignAccentsAndPunctuationComeAfterThePlainSpelling) {
  EXPECT_LT(name_sort_key("Muller"), name_sort_key("Müller"));
  EXPECT_LT(name_sort_key("Müller"), name_sort_key("Mullers"));
  EXPECT_LT(name_sort_key("HHen Niê"), name_sort_key("H'Hen Niê"));
  EXPECT_LT(name_sort_key("H'Hen Niê"), name_sort_key("Hiền Niê"));
}

// ---------------------------------------------------------------- robustness

// Random mixtures of letters, Vietnamese marks, spaces, other scripts and
// malformed bytes: the functions never fail, keys stay printable, and the
// precomposed and decomposed spellings of one text fold and sort alike.
TEST(Names, PropertiesHoldForRandomText) {
  const std::vector<std::string> pieces = {
      "a", "o", "u", "e", "y", "i", "D", "đ", "Đ", "ư", "Ơ", "ặ", "Ễ", "h", "ng", " ", "\t", "\u00A0",
      "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031B", "\u0308",
      "ü", "ß", "'", "-", "7", "Ж", "\xFF", "\xC3", "\xED\xA0\x80", "\U0001F600"};
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::uint32_t n = next() % 12;
    for (std::uint32_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    const std::string key = name_sort_key(text);
    ASSERT_FALSE(key.empty());
    for (const char c : key) ASSERT_TRUE(c >= 0x21 && c <= 0x7E) << text;
    const std::string folded = fold(text);
    EXPECT_TRUE(is_valid_utf8(folded)) << text;
    if (is_valid_utf8(text)) {
      const std::string nfc = to_nfc(text);
      EXPECT_EQ(to_nfc(nfc), nfc) << text;
      EXPECT_EQ(name_sort_key(nfc), key) << text;
      EXPECT_EQ(fold(nfc), folded) << text;
    } else {
      EXPECT_EQ(to_nfc(text), "");
    }
  }
}

}  // namespace
}  // namespace thidua::core

namespace thidua::core {
namespace {

// The administrator's compound family names (issue 13 #6): parsed strictly,
// then sorted as one family name, the longest match winning.
TEST(FamilyNames, TheAdministratorsListIsParsedStrictly) {
  auto ok = parse_family_names("Phạm  Phú\r\nLê Văn, tôn thất ; PHẠM PHÚ\n\n  ");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(*ok, (std::vector<std::string>{"Phạm Phú", "Lê Văn"}))
      << "as written, single-spaced; a built-in one and a repeat left out";
  for (const char* bad : {"Nguyễn", "A B C D E", "Lê 3", "Lê-Văn Hồ", "Tôn Nữ Hoàng Phủ Gia Cát Tư Mã Lê Lê Lê Lê"}) {
    auto e = parse_family_names(std::string("Phạm Phú\n") + bad);
    ASSERT_FALSE(e.ok()) << bad;
    EXPECT_EQ(e.error().code, errc::kValidation);
    EXPECT_EQ(e.error().field, "family_names");
    EXPECT_NE(e.error().message.find("Dòng 2"), std::string::npos) << e.error().message;
  }
  std::string many;
  for (size_t i = 0; i <= kMaxExtraFamilyNames; ++i) {
    many += std::string("H") + static_cast<char>('a' + i % 26) + static_cast<char>('a' + i / 26) + " Kép\n";
  }
  auto too_many = parse_family_names(many);
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.error().message.find("quá 200"), std::string::npos) << too_many.error().message;
  EXPECT_TRUE(parse_family_names("").ok());
  auto line = parse_family_names("Phạm Phú, Lê Văn\nNguyễn");
  ASSERT_FALSE(line.ok());
  EXPECT_NE(line.error().message.find("Dòng 2 "), std::string::npos) << "lines, not entries: " << line.error().message;
}

TEST(FamilyNames, AnAddedCompoundFamilyNameSortsAsOneFamilyName) {
  const std::vector<std::string> extra{"pham phu", "le van"};
  EXPECT_EQ(family_name_words("Phạm Phú Thứ"), 1u);
  EXPECT_EQ(family_name_words("Phạm Phú Thứ", extra), 2u);
  EXPECT_EQ(family_name_words("Phạm Phú", extra), 1u) << "a given name must follow";
  EXPECT_EQ(family_name_words("Tôn Thất Thuyết", extra), 2u) << "built-in ones still count";
  // Without the list, "Phú" is a middle name and "Phạm Phú Thứ" sorts with
  // the Phạm family; with it, "Phạm Phú" is the family name and sorts after
  // every plain Phạm of the same given name.
  const std::string a = "Phạm Phú Thứ", b = "Phạm Xuân Thứ";
  EXPECT_LT(name_sort_key(a), name_sort_key(b)) << "middle name Phú before Xuân";
  EXPECT_GT(name_sort_key(a, extra), name_sort_key(b, extra)) << "family Phạm Phú after Phạm";
}

}  // namespace
}  // namespace thidua::core
