// Horizontal bar charts drawn on the server as inline SVG (no script, no
// library), for the pages where people would rather look than read: the
// campaign dashboard, the closing summary, the public results, the fairness
// figures. Each chart comes with the same figures as a table for screen
// readers (the SVG itself is hidden from them), so nothing is said only by a
// picture.
//
// The SVG fits any width without scaling its text: it is 100 % wide with a
// fixed height; each row is its label, wrapped between words into at most
// kChartLabelLines lines of kChartLabelChars characters (cut with "…" beyond,
// the whole label in a tooltip), then one bar per series drawn in a nested
// viewport, with the series' text to its right in what is left of the width:
// from kChartMinTextShare % to kChartMaxTextShare %, by the longest text. Bar lengths are percentages of that viewport, so a 375-pixel phone
// and a desktop show the same chart without a sideways scroll. Colours come
// from classes (app.css: .chart-s0 .. .chart-s2) with fallbacks as
// attributes; every text is HTML-escaped.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace thidua::web {

inline constexpr size_t kChartLabelChars = 40;
inline constexpr size_t kChartLabelLines = 2;
inline constexpr int kChartMinTextShare = 12;
inline constexpr int kChartMaxTextShare = 40;
inline constexpr size_t kChartMaxSeries = 3;

struct ChartRow {
  std::string label;
  std::vector<int64_t> values;     // one per series; negative counts as 0
  std::vector<std::string> texts;  // beside each bar and in the table; a missing one is the value
};

struct BarChart {
  std::string id;          // unique on the page (the figure's id)
  std::string caption;     // what the chart shows: figcaption and the table's caption
  std::string label_head;  // the table's first column head ("Đơn vị")
  std::vector<std::string> series;  // 1 to kChartMaxSeries names: legend (when more than one) and table heads
  std::vector<ChartRow> rows;
  int64_t scale = 0;  // the value of a full bar; 0: the largest value shown (at least 1)
  std::string note;   // a line under the chart (rows left out, how figures are counted); may be empty
  bool table = true;  // false when the page shows the same figures in a table of its own
};

// `label` in lines of at most `width` characters, broken between words (a
// word longer than a line is cut), at most `lines` of them, the last ending
// in "…" when text is left out.
std::vector<std::string> wrap_label(const std::string& label, size_t width, size_t lines);

// The chart's SVG element (aria-hidden). Series beyond kChartMaxSeries and
// values beyond a row's series are ignored; a value above the scale draws a
// full bar.
std::string bar_chart_svg(const BarChart& chart);

// What the "chart" template partial renders: id, caption, svg (raw), note,
// has_note, has_table, label_head, heads (series names), lines [{label, cells}]. Every
// key is always present, so that the partial never picks up a name of the
// page around it.
boost::json::object bar_chart_json(const BarChart& chart);

}  // namespace thidua::web
