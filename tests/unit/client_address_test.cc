// web/client_address.h: whose X-Forwarded-For is believed, and which entry.
#include "web/client_address.h"

#include <gtest/gtest.h>

namespace thidua::web {
namespace {

TEST(TrustedProxiesTest, ParsesAddressesAndRangesAndRefusesTheRest) {
  auto p = TrustedProxies::parse("10.0.0.5, 192.168.10.0/24 ::1,fd00::/8");
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_TRUE(p->contains("10.0.0.5"));
  EXPECT_FALSE(p->contains("10.0.0.6"));
  EXPECT_TRUE(p->contains("192.168.10.200"));
  EXPECT_FALSE(p->contains("192.168.11.1"));
  EXPECT_TRUE(p->contains("::1"));
  EXPECT_TRUE(p->contains("fd12:3456::1"));
  EXPECT_TRUE(p->contains("::ffff:10.0.0.5")) << "an IPv4 peer seen on an IPv6 socket";
  EXPECT_FALSE(p->contains("khong-phai-dia-chi"));
  for (const char* bad : {"10.0.0.300", "10.0.0.0/33", "10.0.0.0/x", "nginx", "::1/129"}) {
    auto r = TrustedProxies::parse(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find(bad), std::string::npos);
  }
  EXPECT_TRUE(TrustedProxies::parse("").ok());
  EXPECT_TRUE(TrustedProxies::parse("")->empty());
}

TEST(TrustedProxiesTest, TheClientIsTheRightMostAddressNotAProxy) {
  auto p = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8");
  ASSERT_TRUE(p.ok());
  // Not from a proxy: the header is the client's own claim and is ignored.
  EXPECT_EQ(p->client_address("203.0.113.7", "198.51.100.1"), "203.0.113.7");
  // From nginx: the address nginx saw.
  EXPECT_EQ(p->client_address("127.0.0.1", "203.0.113.9"), "203.0.113.9");
  // A client forging the header gets its own address, appended by nginx, not its claim.
  EXPECT_EQ(p->client_address("127.0.0.1", "1.2.3.4, 203.0.113.9"), "203.0.113.9");
  // Through two of our proxies.
  EXPECT_EQ(p->client_address("127.0.0.1", "203.0.113.9, 10.1.2.3"), "203.0.113.9");
  // Garbage stops the walk at the last good entry.
  EXPECT_EQ(p->client_address("127.0.0.1", "<script>, 203.0.113.9"), "203.0.113.9");
  EXPECT_EQ(p->client_address("127.0.0.1", "rác"), "127.0.0.1");
  EXPECT_EQ(p->client_address("127.0.0.1", ""), "127.0.0.1");
  EXPECT_EQ(p->client_address("127.0.0.1", "[2001:db8::1]"), "2001:db8::1");
  // No proxies configured: the peer, always.
  EXPECT_EQ(TrustedProxies{}.client_address("127.0.0.1", "203.0.113.9"), "127.0.0.1");
}

}  // namespace
}  // namespace thidua::web
