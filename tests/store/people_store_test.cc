// Repositories of units and people on the engine under test: Vietnamese order
// computed in SQL, diacritics-free search, subtree scopes, pagination, moves.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/names.h"
#include "store/people.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

const std::string kNow = "2026-11-24T09:00:00.000Z";
const std::string kToday = "2026-11-24";

class PeopleStoreTest : public test::DatabaseTest {
 protected:
  core::Unit add_unit(const std::string& code, const std::string& name, std::optional<int64_t> parent) {
    core::Unit u;
    u.code = code;
    u.name = name;
    u.kind = core::UnitKind::kDivision;
    u.parent_id = parent;
    auto conn = db_->acquire();
    auto r = store::insert_unit(*conn, u, kNow);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return *r;
  }
  core::Person add_person(const std::string& name, int64_t unit_id) {
    core::Person p;
    p.full_name = name;
    p.unit_id = unit_id;
    auto conn = db_->acquire();
    auto r = store::insert_person(*conn, p, kNow, kToday);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return *r;
  }
  std::vector<std::string> names(const store::PeopleQuery& q) {
    auto conn = db_->acquire();
    auto page = store::list_people(*conn, q);
    EXPECT_TRUE(page.ok());
    std::vector<std::string> out;
    for (const auto& p : page->people) out.push_back(p.full_name);
    return out;
  }
};

TEST_F(PeopleStoreTest, ListsInVietnameseNameOrderOnTheEngine) {
  auto root = add_unit("S", "Sở", std::nullopt);
  // Inserted in an order unrelated to the expected one.
  for (const char* n : {"Trần Thị Ân", "Nguyễn Văn Bình", "Lê An", "Phạm Đức Anh", "Đỗ Thị Ăn", "Vũ Văn Đạt",
                        "Hoàng Văn Dũng", "Bùi Thị Bà", "Ngô Văn Ba"}) {
    add_person(n, root.id);
  }
  store::PeopleQuery q;
  q.scopes = {"/"};
  q.limit = 50;
  // Given names first (An < Anh < Ăn < Ân < Ba < Bà < Bình < Dũng < Đạt),
  // each wholly — letters, then tone — before the family and middle names,
  // so "Ngô Văn Ba" precedes "Bùi Thị Bà".
  EXPECT_EQ(names(q), (std::vector<std::string>{"Lê An", "Phạm Đức Anh", "Đỗ Thị Ăn", "Trần Thị Ân", "Ngô Văn Ba",
                                                "Bùi Thị Bà", "Nguyễn Văn Bình", "Hoàng Văn Dũng", "Vũ Văn Đạt"}));
}

// Keys stored before the word-by-word order (migration 108) are rebuilt by
// its data step: the list then reads in the new order.
TEST_F(PeopleStoreTest, RekeyingRebuildsStoredKeysInTheWordByWordOrder) {
  auto root = add_unit("S", "Sở", std::nullopt);
  for (const char* n : {"Nguyễn Minh Dũng", "Hoàng Đình Dũng", "Phạm Hồng Dung", "Trương Thị Ánh Tuyết",
                        "Trương Thị Tuyết"}) {
    add_person(n, root.id);
  }
  auto conn = db_->acquire();
  // As an older release left them: every key stale (reversed insertion order).
  ASSERT_TRUE(conn->exec("UPDATE people SET sort_key = CAST(1000000 - id AS TEXT)").ok());
  store::PeopleQuery q;
  q.scopes = {"/"};
  EXPECT_EQ(names(q).front(), "Trương Thị Tuyết") << "the stale keys order the list";
  ASSERT_TRUE(store::rekey_people_names(*conn).ok());
  EXPECT_EQ(names(q), (std::vector<std::string>{"Phạm Hồng Dung", "Hoàng Đình Dũng", "Nguyễn Minh Dũng",
                                                "Trương Thị Tuyết", "Trương Thị Ánh Tuyết"}));
  auto rows = conn->query("SELECT full_name, sort_key FROM people");
  ASSERT_TRUE(rows.ok());
  for (const auto& r : *rows) EXPECT_EQ(r.str(1), core::name_sort_key(r.str(0))) << r.str(0);
}

TEST_F(PeopleStoreTest, SearchIgnoresDiacriticsCaseAndMatchesWordPrefixes) {
  auto root = add_unit("S", "Sở", std::nullopt);
  add_person("Nguyễn Văn An", root.id);
  add_person("Nguyễn Văn Anh", root.id);
  add_person("Nguyễn Thị Đào", root.id);
  add_person("Trần Văn An", root.id);
  store::PeopleQuery q;
  q.scopes = {"/"};
  q.folded_query = core::fold("nguyen van an");
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Nguyễn Văn Anh"}));
  q.folded_query = core::fold("Nguyễn Văn An");
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Nguyễn Văn Anh"}));
  q.folded_query = core::fold("dao");  // đ found by d, a word in the middle of the name
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Thị Đào"}));
  q.folded_query = core::fold("van an");
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Trần Văn An", "Nguyễn Văn Anh"}));
  q.folded_query = core::fold("'; DROP TABLE people; --");
  EXPECT_TRUE(names(q).empty());
  q.folded_query = core::fold("%");
  EXPECT_TRUE(names(q).empty()) << "LIKE wildcards are not interpreted";
}

TEST_F(PeopleStoreTest, CommonWordsTakeTheDensePathWithTheSameMatches) {
  auto root = add_unit("S", "Sở", std::nullopt);
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::in_transaction(*conn, [&]() -> core::Status {
                  for (int i = 0; i < 2100; ++i) {
                    core::Person p;
                    p.full_name = "Trần Văn An";
                    p.unit_id = root.id;
                    THIDUA_TRY(store::insert_person(*conn, p, kNow, kToday).ok() ? core::Status{}
                                                                                   : core::Status{core::make_error(
                                                                                         core::errc::kStorage, "insert")});
                  }
                  return {};
                }).ok());
  }
  add_person("Lê Thị Văn", root.id);
  add_person("Phạm Vân Anh", root.id);
  add_person("Ngô Thị Hoa", root.id);
  add_person("Đỗ 100% Văn", root.id);
  auto count = [&](const std::string& query) {
    store::PeopleQuery q;
    q.scopes = {"/"};
    q.folded_query = core::fold(query);
    auto conn = db_->acquire();
    int64_t n = 0;
    EXPECT_TRUE(store::for_each_person(*conn, q, [&](const core::Person&) { ++n; }).ok());
    return n;
  };
  EXPECT_EQ(count("van"), 2103) << "word starts anywhere in the name";
  EXPECT_EQ(count("van a"), 2101);
  EXPECT_EQ(count("tran van an"), 2100);
  EXPECT_EQ(count("an"), 2101) << "\"an\" starts the given name An and Anh, not inside \"Van\"";
  EXPECT_EQ(count("ran"), 0) << "not the middle of a word";
  EXPECT_EQ(count("100%"), 1) << "LIKE wildcards in the query are literal";
  EXPECT_EQ(count("%"), 0);
  store::PeopleQuery q;
  q.scopes = {"/"};
  q.folded_query = "van";
  q.limit = 3;
  auto conn = db_->acquire();
  auto page = store::list_people(*conn, q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->people.size(), 3u);
  EXPECT_TRUE(page->has_more);
  EXPECT_EQ(page->people[0].full_name, "Trần Văn An") << "given name An sorts first";
}

TEST_F(PeopleStoreTest, ScopesLimitRowsToSubtreesAndStaffSeeThemselves) {
  auto root = add_unit("S", "Sở", std::nullopt);
  auto a = add_unit("A", "Phòng A", root.id);
  auto a1 = add_unit("A1", "Tổ A1", a.id);
  auto b = add_unit("B", "Phòng B", root.id);
  add_person("Người Ở A", a.id);
  add_person("Người Ở A Một", a1.id);
  auto in_b = add_person("Người Ở B", b.id);
  store::PeopleQuery q;
  q.scopes = {a.path};
  EXPECT_EQ(names(q).size(), 2u);
  q.scopes = {a1.path, b.path};
  EXPECT_EQ(names(q).size(), 2u);
  q.scopes = {};
  EXPECT_TRUE(names(q).empty()) << "no scope sees nothing";
  q.only_person = in_b.id;
  EXPECT_EQ(names(q), std::vector<std::string>{"Người Ở B"});
  // A unit "/1/4/" must not cover "/1/45/": make ids differ by a digit prefix.
  for (int i = 0; i < 12; ++i) add_unit("X" + std::to_string(i), "Đơn vị " + std::to_string(i), root.id);
  auto conn = db_->acquire();
  auto units = store::list_units(*conn, {a.path});
  ASSERT_TRUE(units.ok());
  for (const auto& u : *units) EXPECT_TRUE(core::path_within(u.path, a.path)) << u.path;
  EXPECT_EQ(units->size(), 2u);
}

TEST_F(PeopleStoreTest, PaginationAndStreamingCoverEveryoneOnce) {
  auto root = add_unit("S", "Sở", std::nullopt);
  for (int i = 0; i < 2345; ++i) add_person("Người Thứ " + std::to_string(100000 + i), root.id);
  store::PeopleQuery q;
  q.scopes = {"/"};
  q.limit = 1000;
  auto conn = db_->acquire();
  auto p1 = store::list_people(*conn, q);
  ASSERT_TRUE(p1.ok());
  EXPECT_EQ(p1->people.size(), 1000u);
  EXPECT_TRUE(p1->has_more);
  q.offset = 2000;
  auto p3 = store::list_people(*conn, q);
  ASSERT_TRUE(p3.ok());
  EXPECT_EQ(p3->people.size(), 345u);
  EXPECT_FALSE(p3->has_more);
  std::vector<int64_t> seen;
  ASSERT_TRUE(store::for_each_person(*conn, q, [&](const core::Person& p) { seen.push_back(p.id); }).ok());
  EXPECT_EQ(seen.size(), 2345u);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
}

// The ids of a scope's people, by id and by name, a few at a time: each once,
// in order, from the first in the scope to the last, with people outside it
// before, between and after them (by id and by name); a unit's too; a scope
// with nobody in it gives no batch.
TEST_F(PeopleStoreTest, StreamedIdsOfAScopeAreItsPeopleInOrder) {
  auto root = add_unit("S", "Sở", std::nullopt);
  auto a = add_unit("A", "Phòng A", root.id);
  auto a1 = add_unit("A1", "Tổ A1", a.id);
  auto b = add_unit("B", "Phòng B", root.id);
  auto empty = add_unit("E", "Phòng trống", root.id);
  // Outside A before, between and after A's people, by id and by name.
  add_person("An Văn Ngoài", b.id);
  add_person("Yên Văn Ngoài", b.id);
  std::vector<core::Person> inside;
  const std::vector<std::string> given = {"Bình", "Xuân", "Cường", "Vân", "Dũng", "Tâm", "Hà"};
  for (size_t i = 0; i < given.size(); ++i) {
    inside.push_back(add_person("Lê Văn " + given[i], i % 2 == 0 ? a.id : a1.id));
    add_person((i % 2 == 0 ? "Ân Thị " : "Ý Thị ") + given[i], b.id);
  }
  add_person("Ánh Thị Sau", b.id);
  add_person("Ỳ Thị Sau", b.id);
  auto conn = db_->acquire();
  auto stream = [&](const store::PeopleQuery& q, store::PersonOrder order) {
    std::vector<int64_t> ids;
    int batches = 0;
    auto done = store::for_each_person_ids(*conn, q, order, 2, [&](const std::vector<int64_t>& batch) {
      ++batches;
      EXPECT_FALSE(batch.empty());
      ids.insert(ids.end(), batch.begin(), batch.end());
      return true;
    });
    EXPECT_TRUE(done.ok()) << done.error().message;
    return std::make_pair(ids, batches);
  };
  std::vector<int64_t> by_id;
  for (const auto& p : inside) by_id.push_back(p.id);
  store::PeopleQuery scoped;
  scoped.scopes = {a.path};
  scoped.limit = 100;
  std::vector<int64_t> by_name;  // the list's name order
  auto listed = store::list_people(*conn, scoped);
  ASSERT_TRUE(listed.ok());
  for (const auto& p : listed->people) by_name.push_back(p.id);
  ASSERT_EQ(by_name.size(), by_id.size());
  ASSERT_NE(by_id, by_name) << "the two orders differ here";

  EXPECT_EQ(stream(scoped, store::PersonOrder::kById).first, by_id);
  EXPECT_EQ(stream(scoped, store::PersonOrder::kByName).first, by_name);
  store::PeopleQuery unit;  // everyone's reader, filtered to the unit
  unit.scopes = {"/"};
  unit.unit_path = a.path;
  EXPECT_EQ(stream(unit, store::PersonOrder::kById).first, by_id);
  EXPECT_EQ(stream(unit, store::PersonOrder::kByName).first, by_name);
  store::PeopleQuery nobody;
  nobody.scopes = {empty.path};
  EXPECT_EQ(stream(nobody, store::PersonOrder::kById), std::make_pair(std::vector<int64_t>{}, 0));
  EXPECT_EQ(stream(nobody, store::PersonOrder::kByName), std::make_pair(std::vector<int64_t>{}, 0));
  store::PeopleQuery everyone;
  everyone.scopes = {"/"};
  EXPECT_EQ(stream(everyone, store::PersonOrder::kById).first.size(), inside.size() * 2 + 4);
}

// Keyset pages (after / before a cursor) give the same rows as offset pages,
// forwards and back, with duplicate names, in a subtree and in a search.
TEST_F(PeopleStoreTest, KeysetPagesMatchOffsetPagesBothWays) {
  auto root = add_unit("S", "Sở", std::nullopt);
  auto a = add_unit("A", "Phòng A", root.id);
  const char* given[] = {"An", "Anh", "Bình", "Dũng", "Đạt", "Hà", "Lan", "Minh"};
  for (int i = 0; i < 230; ++i) {
    // Many people share a name: only the id orders them.
    add_person(std::string(i % 3 == 0 ? "Nguyễn Văn " : "Trần Thị ") + given[i % 8], i % 2 == 0 ? root.id : a.id);
  }
  auto conn = db_->acquire();
  for (const auto& [scope, query] : std::vector<std::pair<std::string, std::string>>{
           {"/", ""}, {a.path, ""}, {"/", "van"}, {"/", "an"}}) {
    store::PeopleQuery q;
    q.scopes = {scope};
    q.folded_query = query;
    q.limit = 1000;
    auto all = store::list_people(*conn, q);
    ASSERT_TRUE(all.ok());
    std::vector<int64_t> expected;
    for (const auto& p : all->people) expected.push_back(p.id);
    ASSERT_GT(expected.size(), 20u) << scope << " " << query;

    // Forwards by cursor, 7 at a time.
    q.limit = 7;
    std::vector<int64_t> forwards;
    std::vector<store::PersonKey> firsts;
    std::optional<store::PersonKey> after;
    for (int guard = 0; guard < 100; ++guard) {
      q.after = after;
      auto page = store::list_people(*conn, q);
      ASSERT_TRUE(page.ok());
      for (const auto& p : page->people) forwards.push_back(p.id);
      if (page->first) firsts.push_back(*page->first);
      if (!page->has_more) break;
      auto cursor = store::decode_person_cursor(store::encode_person_cursor(*page->last));
      ASSERT_TRUE(cursor.has_value());
      EXPECT_EQ(*cursor, *page->last);
      after = cursor;
    }
    EXPECT_EQ(forwards, expected) << scope << " " << query;

    // Backwards from the last page's first row, page by page.
    q.after.reset();
    std::vector<int64_t> backwards;
    std::optional<store::PersonKey> before = firsts.back();
    for (int guard = 0; guard < 100 && before; ++guard) {
      q.before = before;
      auto page = store::list_people(*conn, q);
      ASSERT_TRUE(page.ok());
      std::vector<int64_t> ids;
      for (const auto& p : page->people) ids.push_back(p.id);
      backwards.insert(backwards.begin(), ids.begin(), ids.end());
      before = page->has_more ? page->first : std::nullopt;
    }
    const size_t last_page = forwards.size() - (forwards.size() % 7 == 0 ? 7 : forwards.size() % 7);
    EXPECT_EQ(backwards, std::vector<int64_t>(expected.begin(), expected.begin() + last_page)) << scope << " " << query;
  }
}

// A scope over every root lists without a test per row; the rows are the
// same as with the test: not another root's people, not someone with no unit.
TEST_F(PeopleStoreTest, AScopeOverEveryRootListsTheSameRowsAsTheTestedOne) {
  auto one = add_unit("S", "Sở", std::nullopt);
  auto two = add_unit("T", "Sở khác", std::nullopt);
  auto inner = add_unit("A", "Phòng A", one.id);
  add_person("Nguyễn Văn An", one.id);
  add_person("Trần Thị Bình", inner.id);
  add_person("Lê Văn Cường", two.id);
  store::PeopleQuery q;
  q.limit = 50;
  q.scopes = {one.path};
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Trần Thị Bình"})) << "one root of two";
  q.scopes = {one.path, two.path};
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}));
  q.scopes = {"/"};
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}));
  q.offset = 1;
  EXPECT_EQ(names(q), (std::vector<std::string>{"Trần Thị Bình", "Lê Văn Cường"}));
  q.offset = 0;
  // Someone with no unit is in no scope: listed by nobody, as before.
  {
    auto conn = db_->acquire();
    core::Person p;
    p.full_name = "Phạm Văn Dũng";
    ASSERT_TRUE(store::insert_person(*conn, p, kNow, kToday).ok());
  }
  EXPECT_EQ(names(q), (std::vector<std::string>{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}));
  q.folded_query = "dung";
  EXPECT_TRUE(names(q).empty());
}

TEST(PersonCursor, OnlyCursorsItWroteAreRead) {
  const store::PersonKey key{std::string("an\x01\xff nguyen", 12), 4711};
  const std::string cursor = store::encode_person_cursor(key);
  EXPECT_EQ(cursor.find_first_not_of("0123456789abcdef."), std::string::npos) << "URL-safe";
  EXPECT_EQ(store::decode_person_cursor(cursor), std::optional<store::PersonKey>(key));
  for (const char* bad : {"", ".", "12", "x.00", "12.0", "12.0g", "12.ABCD", "-1.00", "1 2.00", "12.00.00",
                          "1234567890123456789.00"}) {
    EXPECT_FALSE(store::decode_person_cursor(bad).has_value()) << bad;
  }
  EXPECT_FALSE(store::decode_person_cursor("1." + std::string(4096, 'a')).has_value()) << "bounded";
}

TEST_F(PeopleStoreTest, MovingAUnitRewritesPathsOfItsSubtreeAndPeople) {
  auto root = add_unit("S", "Sở", std::nullopt);
  auto a = add_unit("A", "Phòng A", root.id);
  auto a1 = add_unit("A1", "Tổ A1", a.id);
  auto b = add_unit("B", "Phòng B", root.id);
  auto person = add_person("Lê Văn Tám", a1.id);
  auto conn = db_->acquire();
  core::Unit moved = a;
  moved.parent_id = b.id;
  auto r = store::update_unit(*conn, moved, kNow, kToday);
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto a1_after = store::find_unit(*conn, a1.id);
  ASSERT_TRUE(a1_after.ok() && a1_after->has_value());
  EXPECT_EQ((*a1_after)->path, b.path + std::to_string(a.id) + "/" + std::to_string(a1.id) + "/");
  auto p = store::find_person(*conn, person.id);
  ASSERT_TRUE(p.ok() && p->has_value());
  EXPECT_EQ((*p)->unit_path, (*a1_after)->path);
  // A unit cannot move into its own subtree.
  core::Unit loop = **store::find_unit(*conn, a.id);
  loop.parent_id = a1.id;
  auto bad = store::update_unit(*conn, loop, kNow, kToday);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "parent_id");
}

TEST_F(PeopleStoreTest, RenamingKeepsTheOldNameInHistoryAndStaleVersionsConflict) {
  auto root = add_unit("STNMT", "Sở Tài nguyên và Môi trường", std::nullopt);
  auto conn = db_->acquire();
  core::Unit renamed = root;
  renamed.name = "Sở Nông nghiệp và Môi trường";
  auto r = store::update_unit(*conn, renamed, kNow, "2025-03-01");
  ASSERT_TRUE(r.ok());
  auto history = store::unit_name_history(*conn, root.id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].name, "Sở Tài nguyên và Môi trường");
  EXPECT_EQ((*history)[0].valid_to, "2025-03-01");
  EXPECT_EQ((*history)[1].name, "Sở Nông nghiệp và Môi trường");
  auto stale = store::update_unit(*conn, renamed, kNow, kToday);  // version 1 again
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  core::Unit dup;
  dup.code = "STNMT";
  dup.name = "Khác";
  auto clash = store::insert_unit(*conn, dup, kNow);
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().code, core::errc::kConflict);
  EXPECT_EQ(clash.error().field, "code");
}

TEST_F(PeopleStoreTest, ChangingUnitClosesTheOldMembership) {
  auto root = add_unit("S", "Sở", std::nullopt);
  auto a = add_unit("A", "Phòng A", root.id);
  auto person = add_person("Hà Thị Thu", root.id);
  auto conn = db_->acquire();
  core::Person moved = person;
  moved.unit_id = a.id;
  auto r = store::update_person(*conn, moved, kNow, "2026-12-01");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->unit_path, a.path);
  auto ms = store::memberships_of(*conn, person.id);
  ASSERT_TRUE(ms.ok());
  ASSERT_EQ(ms->size(), 2u);
  EXPECT_EQ((*ms)[0].unit_id, a.id);
  EXPECT_TRUE((*ms)[0].valid_to.empty());
  EXPECT_EQ((*ms)[1].valid_to, "2026-12-01");
  auto stale = store::update_person(*conn, moved, kNow, kToday);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
}

}  // namespace
}  // namespace thidua
