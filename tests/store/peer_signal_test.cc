// Servers sharing one database hear each other (store/peer_signal.h): on
// PostgreSQL a topic told by one is heard by the listener of another within
// moments (tests wait at most a few seconds), and a listener says "*" when it (re)connects; on SQLite there is
// no one to tell.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "store/peer_signal.h"
#include "support/test_db.h"

namespace thidua::store {
namespace {

struct Heard {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::string> topics;

  void add(const std::string& topic) {
    {
      std::lock_guard lock(mu);
      topics.push_back(topic);
    }
    cv.notify_all();
  }
  bool wait_for(const std::string& topic, std::chrono::milliseconds within) {
    std::unique_lock lock(mu);
    return cv.wait_for(lock, within, [&] {
      for (const auto& t : topics) {
        if (t == topic) return true;
      }
      return false;
    });
  }
  size_t count(const std::string& topic) {
    std::lock_guard lock(mu);
    size_t n = 0;
    for (const auto& t : topics) n += t == topic ? 1 : 0;
    return n;
  }
};

TEST(PeerSignal, AServerHearsWhatAnotherTellsAtOnce) {
  const std::string url = test::fresh_database_url();
  if (url.empty()) return;
  auto db = open_database(url);
  ASSERT_TRUE(db.ok()) << db.error().message;
  Heard heard;
  auto listener = listen_to_peers(**db, url, [&heard](const std::string& topic) { heard.add(topic); });
  if ((*db)->engine() == Engine::kSqlite) {
    EXPECT_EQ(listener, nullptr) << "one server per SQLite file: no one to tell";
    EXPECT_TRUE(tell_peers(**db, kPeerTopicActors).ok());
    return;
  }
  ASSERT_NE(listener, nullptr);
  ASSERT_TRUE(heard.wait_for(kPeerTopicAll, std::chrono::seconds(10))) << "the listener connected";
  ASSERT_TRUE(tell_peers(**db, kPeerTopicActors).ok());
  ASSERT_TRUE(heard.wait_for(kPeerTopicActors, std::chrono::seconds(5)));
  EXPECT_EQ(heard.count(kPeerTopicActors), 1u);

  // What is said inside a transaction that rolls back is never heard.
  {
    auto conn = (*db)->acquire();
    ASSERT_TRUE(conn->exec_script("BEGIN").ok());
    ASSERT_TRUE(conn->query(std::string("SELECT pg_notify('") + kPeerChannel + "', 'rolled-back')").ok());
    ASSERT_TRUE(conn->exec_script("ROLLBACK").ok());
  }
  ASSERT_TRUE(tell_peers(**db, "after").ok());
  ASSERT_TRUE(heard.wait_for("after", std::chrono::seconds(5)));
  EXPECT_EQ(heard.count("rolled-back"), 0u);
}

}  // namespace
}  // namespace thidua::store
