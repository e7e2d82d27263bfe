// Number and date lines of administrative documents, formatted as Decree
// 30/2020/NĐ-CP (appendix I) prescribes.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core {

// "Số: 05/QĐ-STNMT". Numbers below 10 take a leading zero. A draft (number
// <= 0) keeps a blank for the number: "Số:      /QĐ-STNMT". `symbol` is the
// part after the slash (type abbreviation and issuer, e.g. "KH-STNMT").
std::string format_document_number(int number, std::string_view symbol);

// What follows "Số: " there: "05/QĐ-STNMT", or a draft's "     /QĐ-STNMT"
// (the attached list's reference repeats it).
std::string number_symbol_text(int number, std::string_view symbol);

// "Bắc Giang, ngày 05 tháng 02 năm 2023". Days below 10 and the months 1 and
// 2 take a leading zero; other months do not ("tháng 6", "tháng 11"). A day
// or month of 0 leaves a blank to be filled in by hand on signing
// ("Bắc Giang, ngày      tháng 6 năm 2023").
std::string format_place_date(std::string_view place, int year, int month, int day);

// The date part alone: "ngày 05 tháng 02 năm 2023" (same rules and blanks).
std::string format_date_words(int year, int month, int day);

}  // namespace thidua::core
