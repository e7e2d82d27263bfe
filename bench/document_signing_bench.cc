// Digital signatures of issued documents (issue 12): BM_SignPdf adds the three
// signatures of a decision (the director, the agency, the agency on the list)
// to an already drawn PDF of N awardees: what signing adds to an issue.
// BM_SignedDecisionPdf is the whole signed issue: the document built, drawn
// with the visible marks, then signed three times.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/decision_document.h"
#include "app/seed_campaign.h"
#include "docs/demo_marks.h"
#include "docs/pdf_signature.h"
#include "docs/pdf_writer.h"
#include "docs/signing_identity.h"
#include "sample_decision.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

struct Material {
  docs::SigningIdentity ca, agency, director;
  docs::SignatureMarks marks;
};

const Material& material() {
  static const Material* m = [] {
    auto ca = docs::new_certificate_authority({"CA bench", "thidua", "Bắc Giang"});
    auto agency = docs::issue_signing_identity(*ca, {"Sở Tài nguyên và Môi trường", "UBND tỉnh Bắc Giang", "Bắc Giang"});
    auto director = docs::issue_signing_identity(*ca, {"Bùi Quang Huy", "Sở Tài nguyên và Môi trường", "Bắc Giang"});
    auto* out = new Material{std::move(*ca), std::move(*agency), std::move(*director), {}};
    const fs::path dir = fs::temp_directory_path();
    out->marks.signature_png = (dir / "thidua-bench-signature.png").string();
    out->marks.seal_png = (dir / "thidua-bench-seal.png").string();
    (void)docs::write_demo_signature_png(out->marks.signature_png, "Bùi Quang Huy");
    (void)docs::write_demo_seal_png(out->marks.seal_png, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH BẮC GIANG");
    out->marks.agency_name = "Sở Tài nguyên và Môi trường";
    out->marks.signing_time = "2023-11-10T09:30:15+07:00";
    out->marks.number_symbol = "12/QĐ-STNMT";
    return out;
  }();
  return *m;
}

docs::AdministrativeDocument decision(size_t rows) {
  return app::decision_document(app::seed_campaign({}), bench::sample_decision(), bench::sample_awardees(rows));
}

// Draws `doc` with the marks at `path` and signs it three times.
bool sign_three(const std::string& drawn, const docs::MarkPlaces& places, std::string* out) {
  const Material& m = material();
  const std::string t = m.marks.signing_time;
  auto one = docs::sign_pdf(drawn, {places.signature_page, places.signature, "A", "Bùi Quang Huy", "", "", t}, m.director);
  if (!one.ok()) return false;
  auto two = docs::sign_pdf(*one, {places.signature_page, places.seal, "B", "Sở", "", "", t}, m.agency);
  if (!two.ok()) return false;
  auto three = docs::sign_pdf(*two, {places.attachments.at(0).first, places.attachments.at(0).second, "C", "Sở", "", "",
                                     t},
                              m.agency);
  if (!three.ok()) return false;
  *out = std::move(*three);
  return true;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void BM_SignPdf(benchmark::State& state) {
  const auto doc = decision(static_cast<size_t>(state.range(0)));
  const std::string path = (fs::temp_directory_path() / "thidua-sign-bench.pdf").string();
  auto places = docs::write_signed_pdf(doc, material().marks, path);
  if (!places.ok()) {
    state.SkipWithError("write_signed_pdf failed");
    return;
  }
  const std::string drawn = read_all(path);
  std::string signed_pdf;
  for (auto _ : state) {
    if (!sign_three(drawn, *places, &signed_pdf)) state.SkipWithError("sign_pdf failed");
    benchmark::DoNotOptimize(signed_pdf.data());
  }
  state.counters["bytes"] = static_cast<double>(drawn.size());
  std::remove(path.c_str());
}
BENCHMARK(BM_SignPdf)->Arg(300)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_SignedDecisionPdf(benchmark::State& state) {
  const std::string path = (fs::temp_directory_path() / "thidua-signed-decision-bench.pdf").string();
  material();
  std::string signed_pdf;
  for (auto _ : state) {
    const auto doc = decision(static_cast<size_t>(state.range(0)));
    auto places = docs::write_signed_pdf(doc, material().marks, path);
    if (!places.ok() || !sign_three(read_all(path), *places, &signed_pdf)) state.SkipWithError("signed issue failed");
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_SignedDecisionPdf)->Arg(2000)->Unit(benchmark::kMillisecond);

// Reading one identity from its PKCS#12 file (AES-256, PBKDF2), as each
// signing does for the signer and the agency.
void BM_LoadPkcs12(benchmark::State& state) {
  const std::string path = (fs::temp_directory_path() / "thidua-bench-identity.p12").string();
  if (!docs::save_pkcs12(material().agency, path, "bench-passphrase").ok()) {
    state.SkipWithError("save_pkcs12 failed");
    return;
  }
  for (auto _ : state) {
    auto id = docs::load_pkcs12(path, "bench-passphrase");
    if (!id.ok()) state.SkipWithError("load_pkcs12 failed");
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_LoadPkcs12)->Unit(benchmark::kMillisecond);

}  // namespace
