// The server-drawn charts (web/shared/bar_chart.h): captions, series, row
// labels and notes.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::core::messages_vi {

// The dashboard (theo dõi đợt thi đua).
inline constexpr const char* kChartOverviewCaption = "Tình hình chung của các đơn vị tham gia";
inline constexpr const char* kChartOverviewHead = "Chỉ số";
inline constexpr const char* kChartOverviewSeries = "Tỷ lệ";
inline constexpr const char* kChartPlansSubmitted = "Đơn vị đã nộp kế hoạch triển khai";
inline constexpr const char* kChartUnitsOnTime = "Đơn vị đúng tiến độ";
inline constexpr const char* kChartPeopleRegistered = "Người đã đăng ký thi đua";
inline constexpr const char* kChartAverageProgress = "Tiến độ bình quân các chỉ tiêu";
inline constexpr const char* kChartBandsCaption = "Số đơn vị theo tỷ lệ đăng ký và theo tiến độ";
inline constexpr const char* kChartBandsHead = "Mức";
inline constexpr const char* kChartBandsRate = "Theo tỷ lệ đăng ký";
inline constexpr const char* kChartBandsProgress = "Theo tiến độ";
inline constexpr const char* kChartBandUnknown = "Chưa có số liệu";
inline constexpr const char* kChartBandsNote =
    "Chưa có số liệu: đơn vị chưa có người (tỷ lệ đăng ký) hoặc chưa có chỉ tiêu đã đăng ký (tiến độ).";
inline constexpr const char* kChartBandLabels[] = {"Dưới 25 %", "Từ 25 % đến dưới 50 %", "Từ 50 % đến dưới 75 %",
                                                   "Từ 75 % đến dưới 100 %", "100 %"};
inline constexpr const char* kChartLateCaption = "Đơn vị chậm tiến độ theo lý do";
inline constexpr const char* kChartLateHead = "Lý do";
inline constexpr const char* kChartLateSeries = "Số đơn vị";
inline constexpr const char* kChartLatePlan = "Chưa nộp kế hoạch triển khai";
inline constexpr const char* kChartLateRegistrations = "Chưa đủ người đăng ký thi đua";
inline constexpr const char* kChartLateNote = "Một đơn vị có thể chậm vì cả hai lý do.";

// Awards (tổng kết, kết quả công khai).
inline constexpr const char* kChartAwardTypesCaption = "Số khen thưởng theo hình thức";
inline constexpr const char* kChartAwardTypesHead = "Hình thức khen thưởng";
inline constexpr const char* kChartUnitsCaption = "Số khen thưởng theo đơn vị";
inline constexpr const char* kChartUnitsHead = "Đơn vị";
inline constexpr const char* kChartIndividuals = "Cá nhân";
inline constexpr const char* kChartCollectives = "Tập thể";
inline constexpr const char* kChartNoUnit = "(không ghi đơn vị)";
// Under a chart that shows only the units with the most awards.
inline std::string chart_top_units_note(int64_t shown, int64_t all) {
  return "Biểu đồ nêu " + std::to_string(shown) + " trong " + std::to_string(all) +
         " đơn vị có nhiều khen thưởng nhất; số liệu của mọi đơn vị ở bảng tổng kết và tệp Excel.";
}
// "20 / 32".
inline std::string chart_part_of(int64_t part, int64_t whole) {
  return std::to_string(part) + " / " + std::to_string(whole);
}

}  // namespace thidua::core::messages_vi
