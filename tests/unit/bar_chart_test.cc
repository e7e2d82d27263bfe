// The server-drawn bar charts (web/shared/bar_chart.h) and the charts the
// dashboard and the awards pages build from their figures.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <string>

#include "core/unit_progress.h"
#include "web/shared/award_charts.h"
#include "web/shared/bar_chart.h"
#include "web/shared/dashboard_charts.h"
#include "web/template.h"

namespace thidua::web {
namespace {

size_t count_of(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

BarChart two_series() {
  return BarChart{"c", "Số khen thưởng", "Đơn vị", {"Cá nhân", "Tập thể"},
                  {{"Phòng A", {30, 10}, {}}, {"Phòng B", {60, 0}, {"60 người", "không"}}}, 0, ""};
}

TEST(BarChart, BarsAreShareOfTheScaleAndZeroDrawsNoBar) {
  const std::string svg = bar_chart_svg(two_series());
  // Scale 0: the largest value (60) is a full bar.
  EXPECT_NE(svg.find("width=\"50.0%\" height=\"12\" class=\"chart-s0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("width=\"16.7%\" height=\"12\" class=\"chart-s1\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"100.0%\" height=\"12\" class=\"chart-s0\""), std::string::npos);
  EXPECT_EQ(count_of(svg, "class=\"chart-s1\" fill"), 2u) << "one legend swatch and one bar: Phòng B's 0 has none";
  EXPECT_EQ(count_of(svg, "class=\"chart-track\""), 4u);
  EXPECT_NE(svg.find(">60 người</text>"), std::string::npos);
  EXPECT_NE(svg.find(">30</text>"), std::string::npos) << "a missing text is the value";

  BarChart fixed = two_series();
  fixed.scale = 40;  // 60 is above the scale: a full bar, not a wider one
  const std::string capped = bar_chart_svg(fixed);
  EXPECT_NE(capped.find("width=\"75.0%\" height=\"12\" class=\"chart-s0\""), std::string::npos);
  EXPECT_EQ(count_of(capped, "width=\"100.0%\""), 1u);
  EXPECT_EQ(capped.find("150"), std::string::npos);
}

TEST(BarChart, FitsAnyWidthAndIsHiddenFromScreenReaders) {
  const std::string svg = bar_chart_svg(two_series());
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"100%\" height=\"", 0), 0u);
  EXPECT_NE(svg.find("aria-hidden=\"true\""), std::string::npos);
  EXPECT_EQ(svg.find("viewBox"), std::string::npos) << "text keeps its size: no scaling";
  // Legend 24 + 2 rows of (18 + 2 x 18 + 8).
  EXPECT_NE(svg.find("height=\"148\""), std::string::npos);
  BarChart one = two_series();
  one.series = {"Cá nhân"};
  const std::string single = bar_chart_svg(one);
  EXPECT_EQ(single.find("<rect x=\"0\" y=\"5\""), std::string::npos) << "no legend for one series";
  EXPECT_NE(single.find("height=\"88\""), std::string::npos);  // 2 rows of (18 + 18 + 8)
  // The texts keep a share of the width by the longest ("60 người": 8 characters).
  EXPECT_NE(svg.find("<svg x=\"0\" y=\"42\" width=\"78%\" height=\"12\">"), std::string::npos) << svg;
  one.rows = {{"A", {1}, {"1"}}};
  EXPECT_NE(bar_chart_svg(one).find("width=\"88%\" height=\"12\">"), std::string::npos) << "at least 12 %";
  one.rows = {{"A", {1}, {std::string(60, 'x')}}};
  EXPECT_NE(bar_chart_svg(one).find("width=\"60%\" height=\"12\">"), std::string::npos) << "at most 40 %";
}

TEST(BarChart, EscapesEveryTextAndCutsLongLabelsOnACharacter) {
  BarChart c{"c", "x", "y", {"<b>s</b>"}, {{"<script>alert(1)</script> & \"q\"", {1}, {"<i>"}}}, 0, ""};
  const std::string svg = bar_chart_svg(c);
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_EQ(svg.find("<i>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), std::string::npos);
  EXPECT_NE(svg.find("&lt;i&gt;"), std::string::npos);

  std::string label;
  for (int i = 0; i < 60; ++i) label += "ữ";  // three bytes each
  c.rows = {{label, {1}, {}}};
  const std::string cut = bar_chart_svg(c);
  std::string shown;
  for (size_t i = 0; i + 1 < kChartLabelChars; ++i) shown += "ữ";
  EXPECT_NE(cut.find("class=\"chart-label\">" + shown + "\xE2\x80\xA6</text>"), std::string::npos) << cut;
  EXPECT_NE(cut.find("<title>" + label + "</title>"), std::string::npos) << "the whole label as a tooltip";
}

TEST(BarChart, LabelsWrapBetweenWordsOnTwoLinesAtMost) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(wrap_label("Phòng Tài nguyên và Môi trường", 40, 2), Lines{"Phòng Tài nguyên và Môi trường"});
  EXPECT_EQ(wrap_label("Chi nhánh Văn phòng Đăng ký đất đai huyện Lục Ngạn", 40, 2),
            (Lines{"Chi nhánh Văn phòng Đăng ký đất đai", "huyện Lục Ngạn"}));
  EXPECT_EQ(wrap_label("  một   hai  ", 40, 2), Lines{"một hai"});
  EXPECT_EQ(wrap_label("", 40, 2), Lines{});
  EXPECT_EQ(wrap_label("aaa bbb ccc ddd", 7, 2), (Lines{"aaa bbb", "ccc ddd"}));
  EXPECT_EQ(wrap_label("aaa bbb ccc ddd eee", 7, 2), (Lines{"aaa bbb", "ccc dd\xE2\x80\xA6"}));
  EXPECT_EQ(wrap_label("aaa bbb ccc dddd", 7, 2), (Lines{"aaa bbb", "ccc\xE2\x80\xA6"}));
  EXPECT_EQ(wrap_label("aaa bbbbbbb", 7, 2), (Lines{"aaa", "bbbbbbb"})) << "a word as long as a line fits";
  EXPECT_EQ(wrap_label("aaa bbbbbbb ccc", 7, 2), (Lines{"aaa", "bbbbbb\xE2\x80\xA6"})) << "room made for the ellipsis";
  EXPECT_EQ(wrap_label("aaaaaaaaaa", 7, 2), Lines{"aaaaaa\xE2\x80\xA6"}) << "a word longer than a line is cut";
  EXPECT_EQ(wrap_label("Đường Đường", 6, 1), Lines{"Đường\xE2\x80\xA6"}) << "characters, not bytes";
}

TEST(BarChart, TheTableHoldsTheSameFigures) {
  const auto o = bar_chart_json(two_series());
  EXPECT_EQ(boost::json::serialize(o.at("heads")), R"(["Cá nhân","Tập thể"])");
  EXPECT_EQ(boost::json::serialize(o.at("lines")),
            R"([{"label":"Phòng A","cells":["30","10"]},{"label":"Phòng B","cells":["60 người","không"]}])");
  EXPECT_EQ(o.at("has_note").as_bool(), false);

  // Rendered through the real partial.
  auto html = Templates::embedded().render("chart", o);
  ASSERT_TRUE(html.ok());
  EXPECT_NE(html->find("<th scope=\"row\">Phòng B</th><td>60 người</td><td>không</td>"), std::string::npos) << *html;
  EXPECT_NE(html->find("<caption>Số khen thưởng</caption>"), std::string::npos);
}

TEST(DashboardCharts, OverviewBandsAndLatenessComeFromTheTotals) {
  core::ProgressTotals t;
  EXPECT_TRUE(dashboard_charts(t).empty()) << "no unit, no chart";
  t.units = 32;
  t.plans_submitted = 20;
  t.late_units = 13;
  t.plan_late_units = 12;
  t.registration_late_units = 5;
  t.figures.people = 400;
  t.figures.registered = 300;
  t.rate_bands = {3, 2, 4, 10, 13};
  t.progress_bands = {1, 1, 1, 1, 0};
  t.progress_unknown = 28;
  const auto charts = dashboard_charts(t);
  ASSERT_EQ(charts.size(), 3u);
  const std::string overview = boost::json::serialize(charts[0].at("lines"));
  EXPECT_NE(overview.find(R"x(["20 / 32 (62 %)"])x"), std::string::npos) << overview;
  EXPECT_NE(overview.find(R"x(["19 / 32 (59 %)"])x"), std::string::npos);
  EXPECT_NE(overview.find(R"x(["300 / 400 (75 %)"])x"), std::string::npos);
  EXPECT_EQ(charts[0].at("lines").as_array().size(), 3u) << "no target: no average progress row";
  const auto& bands = charts[1].at("lines").as_array();
  ASSERT_EQ(bands.size(), 6u);
  EXPECT_EQ(boost::json::serialize(bands[4].at("cells")), R"(["13","0"])");
  EXPECT_EQ(boost::json::serialize(bands[5].at("cells")), R"(["0","28"])");
  EXPECT_EQ(boost::json::serialize(charts[2].at("lines")),
            R"([{"label":"Chưa nộp kế hoạch triển khai","cells":["12"]},{"label":"Chưa đủ người đăng ký thi đua","cells":["5"]}])");
  t.late_units = 0;
  EXPECT_EQ(dashboard_charts(t).size(), 2u) << "nobody late: no lateness chart";
}

TEST(AwardCharts, PerAwardTypeAndTheUnitsWithTheMostAwardsFirst) {
  EXPECT_TRUE(award_charts({}).empty());
  std::vector<core::AwardCount> counts;
  for (int i = 0; i < 20; ++i) {
    counts.push_back({"Đơn vị " + std::to_string(i), "Giấy khen", "Giám đốc Sở", i, i % 2, "/" + std::to_string(i) + "/"});
  }
  counts.push_back({"Đơn vị 3", "Bằng khen", "Chủ tịch UBND tỉnh", 0, 40, "/3/"});
  const auto charts = award_charts(counts);
  ASSERT_EQ(charts.size(), 2u);
  const auto& types = charts[0].at("lines").as_array();
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(boost::json::serialize(types[0].at("cells")), R"(["190","10"])");
  EXPECT_EQ(boost::json::serialize(types[1].at("cells")), R"(["0","40"])");
  const auto& units = charts[1].at("lines").as_array();
  ASSERT_EQ(units.size(), kChartTopUnits);
  EXPECT_EQ(units[0].at("label").as_string(), "Đơn vị 3") << "3 + 1 + 40 awards";
  EXPECT_EQ(units[1].at("label").as_string(), "Đơn vị 19");
  EXPECT_EQ(units[2].at("label").as_string(), "Đơn vị 17") << "ties keep the tree order";
  EXPECT_EQ(units[14].at("label").as_string(), "Đơn vị 5");
  EXPECT_EQ(charts[1].at("note").as_string(),
            "Biểu đồ nêu 15 trong 20 đơn vị có nhiều khen thưởng nhất; số liệu của mọi đơn vị ở bảng tổng kết và tệp Excel.");
}

}  // namespace
}  // namespace thidua::web
