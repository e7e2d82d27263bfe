// The template's example row left in an upload (app/import_pipeline.h
// is_template_example): recognised however the spreadsheet retyped it, and
// only it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/import_pipeline.h"

namespace thidua::app {
namespace {

const std::vector<std::string> kExample = {"", "Nguyễn Văn An", "15/03/1985", "2023", "Hoàn thành xuất sắc nhiệm vụ",
                                           "20/12/2023", ""};

TEST(ImportExample, TheExampleRowIsRecognised) {
  EXPECT_TRUE(is_template_example(kExample, kExample));
  // Dates retyped by a spreadsheet, case and spacing changed, a column moved.
  EXPECT_TRUE(is_template_example({"", "NGUYỄN  VĂN AN", "1985-03-15", "2023", "hoàn thành xuất sắc nhiệm vụ",
                                   "2023-12-20", ""},
                                  kExample));
  EXPECT_TRUE(is_template_example({"2023-12-20", "Hoàn thành xuất sắc nhiệm vụ", "2023", "Nguyễn Văn An", "15-03-1985"},
                                  kExample));
}

TEST(ImportExample, RealRowsAreNot) {
  EXPECT_FALSE(is_template_example({"", "Nguyễn Văn An", "15/03/1985", "2023", "Hoàn thành tốt nhiệm vụ", "", ""},
                                   kExample))
      << "a real Nguyễn Văn An with another rating";
  EXPECT_FALSE(is_template_example({"", "Nguyễn Văn An", "02/09/1990", "2023", "Hoàn thành xuất sắc nhiệm vụ",
                                    "20/12/2023", ""},
                                   kExample))
      << "another Nguyễn Văn An, born another day";
  EXPECT_FALSE(is_template_example({"", "Nguyễn Văn Anh", "15/03/1985", "2023", "Hoàn thành xuất sắc nhiệm vụ"},
                                   kExample));
  EXPECT_FALSE(is_template_example({"", "", "", ""}, kExample));
  EXPECT_FALSE(is_template_example(kExample, {}));
  EXPECT_FALSE(is_template_example({}, {"", "15/03/1985"})) << "an example of dates only matches nothing";
}

}  // namespace
}  // namespace thidua::app
