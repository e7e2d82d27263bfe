// Exchange packages between deployments (issue 14, aim: a package of 2,000
// awardees exported and imported in under 5 s each). Two temporary SQLite
// deployments: the Department (the demo organisation with 2,000 generated
// people, its signing material, an approved proposal listing every one of
// them, each with a short achievement report) and the province's TĐKT body
// (a receiving agency trusting the Department's authority). Timed once each:
// app::export_proposal_package (the dossier drawn — the signed Tờ trình and
// its list of 2,000, the DOCX, the XLSX, 2,000 reports — then the manifest
// signed and the package stored) and app::import_exchange_package (every
// file hashed, the signature verified, the submission with its 2,000 items
// written). Counters: export_ms, import_ms, package_kb, files.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "app/access.h"
#include "app/demo.h"
#include "app/demo_signing.h"
#include "app/document_signing.h"
#include "app/exchange.h"
#include "app/exchange_package.h"
#include "store/campaigns.h"
#include "store/decisions.h"
#include "store/migrations.h"
#include "store/units.h"

namespace {

namespace fs = std::filesystem;
using namespace thidua;

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";
constexpr int64_t kAwardees = 2000;
constexpr const char* kBody = "Ban Thi đua - Khen thưởng tỉnh Bắc Ninh";

// The Department: the demo, its signing material, a proposal of 2,000. Returns the proposal's id.
core::Result<int64_t> prepare_sender(app::Services& services, int64_t& campaign_id) {
  app::DemoOptions demo;
  demo.people = kAwardees + 100;
  demo.history = false;
  demo.review = false;
  demo.activity = false;
  demo.receiving = false;
  auto loaded = app::load_demo(services, demo, {"127.0.0.1", "bench", "bench"});
  if (!loaded.ok()) return loaded.error();
  campaign_id = loaded->campaign_id;
  THIDUA_TRY(app::set_up_demo_signing(services, campaign_id));
  auto conn = services.db.acquire();
  auto c = store::find_campaign(*conn, campaign_id);
  if (!c.ok() || !c->has_value()) return core::make_error(core::errc::kInternal, "no campaign");
  const int64_t award = (*c)->award_types.at(1).id;  // Bằng khen of the Chairman
  const int64_t issuing = (*c)->issuing_unit_id;
  int64_t decision = 0;
  THIDUA_TRY(store::in_transaction(*conn, [&]() -> core::Status {
    auto n = conn->exec(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, state, "
        "submitted_at) SELECT ?, ?, p.unit_id, 'individual', p.id, 'p' || p.id, "
        "'Hoàn thành xuất sắc nhiệm vụ năm, có sáng kiến được công nhận.', 'proposed', ? FROM people p "
        "WHERE p.unit_id IS NOT NULL ORDER BY p.id LIMIT ?",
        {campaign_id, award, std::string(kNow), kAwardees});
    if (!n.ok()) return n.error();
    auto d = conn->query(
        "INSERT INTO decisions (campaign_id, award_type_id, kind, issuing_unit_id, state, doc_symbol, number, "
        "issue_date, title, drafted_at) VALUES (?, ?, 'proposal', ?, 'approved', 'TTr-STNMT', 15, '2025-12-01', "
        "'Tờ trình đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', ?) RETURNING id",
        {campaign_id, award, issuing, std::string(kNow)});
    if (!d.ok()) return d.error();
    decision = (*d)[0].i64(0);
    auto ids = conn->query("SELECT id FROM nominations WHERE campaign_id = ? AND award_type_id = ? ORDER BY id",
                           {campaign_id, award});
    if (!ids.ok()) return ids.error();
    std::vector<int64_t> list;
    for (const auto& r : *ids) list.push_back(r.i64(0));
    return store::insert_decision_items(*conn, decision, list);
  }));
  return decision;
}

// The body: a receiving agency trusting the Department's authority.
core::Status prepare_receiver(app::Services& services, const fs::path& sender_dir) {
  auto conn = services.db.acquire();
  core::Unit u;
  u.code = "BTDKT";
  u.name = kBody;
  u.kind = core::UnitKind::kAgency;
  auto r = store::insert_unit(*conn, u, kNow);
  if (!r.ok()) return r.error();
  auto a = conn->exec("INSERT INTO receiving_agencies (unit_id, decision_symbol, authority, created_at) "
                      "VALUES (?, 'QĐ-UBND', 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh', ?)",
                      {r->id, std::string(kNow)});
  if (!a.ok()) return a.error();
  std::error_code ec;
  fs::create_directories(fs::path(services.data_dir) / "trust", ec);
  fs::copy_file(app::demo_ca_certificate_path(sender_dir.string()),
                fs::path(services.data_dir) / "trust" / "so.cer", fs::copy_options::overwrite_existing, ec);
  if (ec) return core::make_error(core::errc::kStorage, "cannot copy the trust root");
  return {};
}

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void BM_ExchangePackage2000(benchmark::State& state) {
  const fs::path root = fs::temp_directory_path() / ("thidua_exchange_bench_" + std::to_string(::getpid()));
  const fs::path a_dir = root / "so", b_dir = root / "ban";
  fs::create_directories(a_dir);
  fs::create_directories(b_dir);
  auto a_db = store::open_database("sqlite:" + (a_dir / "a.db").string());
  auto b_db = store::open_database("sqlite:" + (b_dir / "b.db").string());
  if (!a_db.ok() || !b_db.ok() || !store::migrate(**a_db).ok() || !store::migrate(**b_db).ok()) {
    state.SkipWithError("no database");
    return;
  }
  app::SystemClock clock;
  app::Services a{**a_db, clock, app::SecurityPolicy{}, a_dir.string()};
  app::Services b{**b_db, clock, app::SecurityPolicy{}, b_dir.string()};
  int64_t campaign = 0;
  auto decision = prepare_sender(a, campaign);
  if (!decision.ok()) {
    state.SkipWithError(decision.error().message.c_str());
    return;
  }
  if (auto st = prepare_receiver(b, a_dir); !st.ok()) {
    state.SkipWithError(st.error().message.c_str());
    return;
  }
  const app::RequestMeta meta{"127.0.0.1", "bench", "bench"};
  double export_ms = 0, import_ms = 0, size = 0, files = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    auto made = app::export_proposal_package(a, app::system_actor(), campaign, *decision, {"BTDKT", kBody}, "", meta);
    export_ms = ms_since(t0);
    if (!made.ok()) {
      state.SkipWithError(made.error().message.c_str());
      break;
    }
    size = static_cast<double>(made->file.size) / 1024.0;
    t0 = std::chrono::steady_clock::now();
    auto taken = app::import_exchange_package(b, app::system_actor(), made->file.path, meta);
    import_ms = ms_since(t0);
    if (!taken.ok()) {
      state.SkipWithError(taken.error().message.c_str());
      break;
    }
    auto v = app::verify_package(made->file.path, app::read_trusted_roots(b_dir.string()));
    files = v.ok() ? static_cast<double>(v->manifest.files.size()) : 0;
    auto conn = b.db.acquire();
    auto items = conn->query("SELECT COUNT(*) FROM submission_items");
    if (!v.ok() || !items.ok() || (*items)[0].i64(0) != kAwardees || v->manifest.nominees.size() != kAwardees) {
      state.SkipWithError("the package does not carry the 2,000 awardees");
      break;
    }
  }
  state.counters["export_ms"] = export_ms;
  state.counters["import_ms"] = import_ms;
  state.counters["package_kb"] = size;
  state.counters["files"] = files;
  a_db->reset();
  b_db->reset();
  fs::remove_all(root);
}
BENCHMARK(BM_ExchangePackage2000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
