// Number and place/date lines of administrative documents (Decree 30/2020/NĐ-CP).
#include <gtest/gtest.h>

#include "core/document_lines.h"

namespace thidua::core {
namespace {

TEST(VnFormat, DocumentNumberTakesLeadingZeroBelowTen) {
  EXPECT_EQ(format_document_number(5, "QĐ-STNMT"), "Số: 05/QĐ-STNMT");
  EXPECT_EQ(format_document_number(9, "KH-STNMT"), "Số: 09/KH-STNMT");
  EXPECT_EQ(format_document_number(10, "QĐ-STNMT"), "Số: 10/QĐ-STNMT");
  EXPECT_EQ(format_document_number(123, "STNMT-VP"), "Số: 123/STNMT-VP");
}

TEST(VnFormat, DraftNumberIsBlank) {
  EXPECT_EQ(format_document_number(0, "QĐ-STNMT"), "Số:      /QĐ-STNMT");
  EXPECT_EQ(format_document_number(-3, "KH-STNMT"), "Số:      /KH-STNMT");
}

TEST(VnFormat, PlaceDateLeadingZeros) {
  EXPECT_EQ(format_place_date("Bắc Giang", 2023, 2, 5), "Bắc Giang, ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(format_place_date("Bắc Giang", 2023, 1, 31), "Bắc Giang, ngày 31 tháng 01 năm 2023");
  EXPECT_EQ(format_place_date("Hà Nội", 2024, 3, 9), "Hà Nội, ngày 09 tháng 3 năm 2024");
  EXPECT_EQ(format_place_date("Hà Nội", 2024, 12, 10), "Hà Nội, ngày 10 tháng 12 năm 2024");
}

TEST(VnFormat, PlaceDateBlanksForDrafts) {
  EXPECT_EQ(format_place_date("Bắc Giang", 2023, 6, 0), "Bắc Giang, ngày      tháng 6 năm 2023");
  EXPECT_EQ(format_place_date("Bắc Giang", 2023, 0, 0), "Bắc Giang, ngày      tháng      năm 2023");
}

}  // namespace
}  // namespace thidua::core
