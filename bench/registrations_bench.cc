// The registration write path on SQLite (package reg): app::create_registration
// by a unit officer for one person after another, each in its own transaction
// with its audit entry, on a temporary database with the seed campaign.
// The aim (issue §2): at least 1000 registrations per second.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/access.h"
#include "app/clock.h"
#include "app/registrations.h"
#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/migrations.h"
#include "store/people.h"
#include "store/units.h"

namespace {

using namespace thidua;

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

void BM_CreateRegistration(benchmark::State& state) {
  const auto dir = std::filesystem::temp_directory_path() / ("thidua_reg_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto db = store::open_database("sqlite:" + (dir / "bench.db").string());
  if (!db.ok() || !store::migrate(**db).ok()) {
    state.SkipWithError("no database");
    return;
  }
  // Two units, the seed campaign and enough people, written directly.
  int64_t campaign = 0;
  core::Unit office;
  std::vector<int64_t> ids;
  {
    auto conn = (*db)->acquire();
    core::Unit root;
    root.code = "STNMT";
    root.name = "Sở Tài nguyên và Môi trường";
    root.kind = core::UnitKind::kAgency;
    auto r = store::insert_unit(*conn, root, kNow);
    office.code = "STNMT-VP";
    office.name = "Văn phòng Sở";
    office.kind = core::UnitKind::kOffice;
    office.parent_id = r.ok() ? r->id : 0;
    auto o = store::insert_unit(*conn, office, kNow);
    if (!r.ok() || !o.ok()) {
      state.SkipWithError("no units");
      return;
    }
    office = *o;
    auto c = store::insert_campaign(*conn, app::seed_campaign({{"STNMT", r->id}, {"STNMT-VP", o->id}}),
                                    std::nullopt, "Hệ thống", kNow);
    if (!c.ok()) {
      state.SkipWithError("no campaign");
      return;
    }
    campaign = *c;
    const size_t people = static_cast<size_t>(state.max_iterations) + 10;
    (void)conn->begin();
    for (size_t i = 0; i < people; ++i) {
      core::Person p;
      p.full_name = "Nguyễn Văn Thử " + std::to_string(i);
      p.unit_id = office.id;
      auto stored = store::insert_person(*conn, p, kNow, "2026-01-01");
      if (stored.ok()) ids.push_back(stored->id);
    }
    (void)conn->commit();
  }
  app::SystemClock clock;
  app::Services services{**db, clock, app::SecurityPolicy{}, dir.string()};
  core::Actor officer;
  officer.user_id = 0;
  officer.grants = {{core::Role::kUnitOfficer, office.id, office.path}};
  size_t next = 0;
  for (auto _ : state) {
    core::Registration reg;
    reg.person_id = ids[next++ % ids.size()];
    reg.signature_task = "Số hóa hồ sơ địa chính";
    reg.targets = {{0, "1", "Hoàn thành 100% nhiệm vụ đúng hạn"}, {0, "2", "Số hóa 500 hồ sơ"},
                   {0, "3", "Không vi phạm kỷ luật, văn hóa công sở"}};
    reg.initiatives = {{0, "Quy trình quét hồ sơ", "Chuẩn hóa các bước", "Giảm 30% thời gian tra cứu"}};
    auto id = app::create_registration(services, officer, campaign, reg, {});
    if (!id.ok()) {
      state.SkipWithError(id.error().message.c_str());
      break;
    }
  }
  state.SetItemsProcessed(state.iterations());
  db->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CreateRegistration)->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace
