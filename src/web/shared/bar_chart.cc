#include "web/shared/bar_chart.h"

#include <boost/json/array.hpp>

#include <algorithm>
#include <cstdio>

#include "web/http.h"

namespace thidua::web {

namespace json = boost::json;

namespace {

// Fallback fills (app.css sets the same through the classes): contrast of
// at least 4.5:1 on white, told apart without colour by the legend's order.
constexpr const char* kSeriesFill[kChartMaxSeries] = {"#2f5d8a", "#a34a00", "#2e6b34"};
constexpr const char* kTrackFill = "#e3e7eb";

constexpr int kLegendHeight = 24;
constexpr int kLabelHeight = 18;  // one line of a label, baseline at 14
constexpr int kBarLine = 18;      // one series: a 12-pixel bar and its gap
constexpr int kRowGap = 8;

size_t characters(const std::string& text) {
  size_t n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

std::string percent_of(int64_t value, int64_t scale) {
  double p = scale > 0 ? 100.0 * static_cast<double>(std::max<int64_t>(value, 0)) / static_cast<double>(scale) : 0;
  p = std::clamp(p, 0.0, 100.0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", p);
  return buf;
}

size_t series_count(const BarChart& c) { return std::min(c.series.size(), kChartMaxSeries); }

std::string text_of(const ChartRow& row, size_t s) {
  if (s < row.texts.size()) return row.texts[s];
  return s < row.values.size() ? std::to_string(row.values[s]) : std::string("0");
}

int64_t value_of(const ChartRow& row, size_t s) { return s < row.values.size() ? row.values[s] : 0; }

// The first `max` characters of UTF-8 text.
std::string first_characters(const std::string& text, size_t max) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max) return text.substr(0, i);
    ++chars;
  }
  return text;
}

}  // namespace

std::vector<std::string> wrap_label(const std::string& label, size_t width, size_t lines) {
  std::vector<std::string> words;
  for (size_t at = 0; at < label.size();) {
    const size_t space = label.find(' ', at);
    const size_t end = space == std::string::npos ? label.size() : space;
    if (end > at) words.push_back(label.substr(at, end - at));
    at = end + 1;
  }
  std::vector<std::string> out;
  size_t i = 0;
  const std::string ellipsis = "\xE2\x80\xA6";
  while (i < words.size() && out.size() < lines) {
    std::string line = first_characters(words[i], width);
    const bool cut_word = line.size() < words[i].size();
    ++i;
    while (!cut_word && i < words.size() && characters(line) + 1 + characters(words[i]) <= width) {
      line += " " + words[i++];
    }
    if (cut_word) {
      // A word longer than a line: what does not fit is left out.
      out.push_back(first_characters(line, width - 1) + ellipsis);
      return out;
    }
    out.push_back(std::move(line));
  }
  if (i < words.size() && !out.empty()) {
    std::string& last = out.back();
    if (characters(last) + 1 > width) last = first_characters(last, width - 1);
    last += ellipsis;
  }
  return out;
}

std::string bar_chart_svg(const BarChart& c) {
  const size_t n = series_count(c);
  int64_t scale = c.scale;
  if (scale <= 0) {
    scale = 1;
    for (const auto& r : c.rows) {
      for (size_t s = 0; s < n; ++s) scale = std::max(scale, value_of(r, s));
    }
  }
  const int legend = n > 1 ? kLegendHeight : 0;
  std::vector<std::vector<std::string>> labels;
  labels.reserve(c.rows.size());
  int height = legend;
  for (const auto& r : c.rows) {
    labels.push_back(wrap_label(r.label, kChartLabelChars, kChartLabelLines));
    height += static_cast<int>(std::max<size_t>(labels.back().size(), 1)) * kLabelHeight +
              static_cast<int>(n) * kBarLine + kRowGap;
  }
  // The texts' share: two and a half percent a character (a 14-pixel
  // character on a 330-pixel phone chart is about 2 %).
  size_t longest = 0;
  for (const auto& r : c.rows) {
    for (size_t s = 0; s < n; ++s) longest = std::max(longest, characters(text_of(r, s)));
  }
  const int text_share =
      std::clamp(static_cast<int>(longest * 5 + 1) / 2 + 2, kChartMinTextShare, kChartMaxTextShare);
  const std::string bar_width = std::to_string(100 - text_share) + "%";

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"100%\" height=\"" +
                    std::to_string(height) + "\" aria-hidden=\"true\" focusable=\"false\" font-size=\"14\">";
  // The legend: one swatch and name per series, each in its share of the width.
  if (n > 1) {
    for (size_t s = 0; s < n; ++s) {
      const std::string x = std::to_string(100 * s / n) + "%";
      svg += "<svg x=\"" + x + "\" y=\"0\" width=\"" + std::to_string(100 / n) + "%\" height=\"" +
             std::to_string(kLegendHeight) + "\"><rect x=\"0\" y=\"5\" width=\"12\" height=\"12\" class=\"chart-s" +
             std::to_string(s) + "\" fill=\"" + kSeriesFill[s] + "\"/><text x=\"18\" y=\"16\">" +
             html_escape(c.series[s]) + "</text></svg>";
    }
  }
  int y = legend;
  for (size_t i = 0; i < c.rows.size(); ++i) {
    const auto& r = c.rows[i];
    svg += "<g><title>" + html_escape(r.label) + "</title>";
    int bar_y = y;
    for (const auto& line : labels[i]) {
      svg += "<text x=\"0\" y=\"" + std::to_string(bar_y + 14) + "\" class=\"chart-label\">" + html_escape(line) +
             "</text>";
      bar_y += kLabelHeight;
    }
    if (labels[i].empty()) bar_y += kLabelHeight;
    for (size_t s = 0; s < n; ++s) {
      svg += "<svg x=\"0\" y=\"" + std::to_string(bar_y) + "\" width=\"" + bar_width +
             "\" height=\"12\"><rect width=\"100%\" height=\"12\" class=\"chart-track\" fill=\"" + kTrackFill +
             "\"/>";
      if (value_of(r, s) > 0) {
        svg += "<rect width=\"" + percent_of(value_of(r, s), scale) + "\" height=\"12\" class=\"chart-s" +
               std::to_string(s) + "\" fill=\"" + kSeriesFill[s] + "\"/>";
      }
      svg += "</svg><text x=\"100%\" y=\"" + std::to_string(bar_y + 11) +
             "\" text-anchor=\"end\" class=\"chart-value\">" + html_escape(text_of(r, s)) + "</text>";
      bar_y += kBarLine;
    }
    svg += "</g>";
    y = bar_y + kRowGap;
  }
  return svg + "</svg>";
}

json::object bar_chart_json(const BarChart& c) {
  const size_t n = series_count(c);
  json::array heads;
  for (size_t s = 0; s < n; ++s) heads.push_back(json::value(c.series[s]));
  json::array lines;
  for (const auto& r : c.rows) {
    json::array cells;
    for (size_t s = 0; s < n; ++s) cells.push_back(json::value(text_of(r, s)));
    lines.push_back(json::object{{"label", r.label}, {"cells", std::move(cells)}});
  }
  return json::object{{"id", c.id},
                      {"caption", c.caption},
                      {"svg", bar_chart_svg(c)},
                      {"note", c.note},
                      {"has_note", !c.note.empty()},
                      {"has_table", c.table},
                      {"label_head", c.label_head},
                      {"heads", std::move(heads)},
                      {"lines", std::move(lines)}};
}

}  // namespace thidua::web
