// Certificates on pre-printed blanks (issue 12 #2): N certificates of one
// decision printed on a blank in one PDF (the fields only, each in its box).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/certificate_blank.h"
#include "docs/certificate_blank_pdf.h"

namespace {

using namespace thidua;

void BM_CertificatesOnBlank(benchmark::State& state) {
  std::vector<docs::BlankTexts> batch(static_cast<size_t>(state.range(0)));
  for (size_t i = 0; i < batch.size(); ++i) {
    auto& t = batch[i];
    t[static_cast<size_t>(core::BlankField::kRecipient)] = "Ông Nguyễn Văn Khen " + std::to_string(i + 1);
    t[static_cast<size_t>(core::BlankField::kDetail)] = "Chuyên viên, Phòng Tài nguyên và Môi trường huyện Lục Nam";
    t[static_cast<size_t>(core::BlankField::kReason)] =
        "Đã có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng kỷ niệm 20 năm thành lập ngành";
    t[static_cast<size_t>(core::BlankField::kDecision)] = "Quyết định số 12/QĐ-STNMT ngày 10/11/2023\nSố: " +
                                                          std::to_string(i + 1) + "/GK-STNMT";
    t[static_cast<size_t>(core::BlankField::kDate)] = "Bắc Giang, ngày 10 tháng 11 năm 2023";
    t[static_cast<size_t>(core::BlankField::kSigner)] = "Bùi Quang Huy";
  }
  const core::BlankLayout layout = core::default_blank_layout();
  const std::string path = (std::filesystem::temp_directory_path() / "thidua-blank-bench.pdf").string();
  for (auto _ : state) {
    auto written = docs::write_blank_certificates_pdf(layout, batch, path);
    if (!written.ok()) state.SkipWithError("write_blank_certificates_pdf failed");
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_CertificatesOnBlank)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
