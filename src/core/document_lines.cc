#include "core/document_lines.h"

#include "core/messages_vi/documents.h"

namespace thidua::core {

namespace {

constexpr std::string_view kBlank = "      ";

std::string two_digits(int n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

}  // namespace

std::string number_symbol_text(int number, std::string_view symbol) {
  // A draft's blank follows the prefix's space: six spaces in all after "Số:".
  std::string out = number > 0 ? two_digits(number) : std::string(kBlank.substr(1));
  out += '/';
  out += symbol;
  return out;
}

std::string format_document_number(int number, std::string_view symbol) {
  return messages_vi::kDocNumberPrefix + number_symbol_text(number, symbol);
}

std::string format_place_date(std::string_view place, int year, int month, int day) {
  return std::string(place) + ", " + format_date_words(year, month, day);
}

std::string format_date_words(int year, int month, int day) {
  std::string out = messages_vi::kDocDateDay;
  out += day > 0 ? " " + two_digits(day) + " " : std::string(kBlank);
  out += messages_vi::kDocDateMonth;
  if (month > 0) {
    // Months 1 and 2 take a leading zero so that "01", "02" cannot be altered
    // into "11", "12" (Decree 30/2020/NĐ-CP, appendix I, section II.5).
    out += " " + (month <= 2 ? two_digits(month) : std::to_string(month)) + " ";
  } else {
    out += kBlank;
  }
  out += messages_vi::kDocDateYear + std::to_string(year);

  return out;
}

}  // namespace thidua::core
