#include "web/client_address.h"

#include <boost/asio/ip/address.hpp>

#include <charconv>
#include <optional>

#include "core/blanks.h"
#include "core/messages_vi/config.h"

namespace thidua::web {
namespace {

namespace ip = boost::asio::ip;

// The address as 16 bytes (IPv4 mapped), nullopt when it is not one.
std::optional<std::array<std::uint8_t, 16>> bytes_of(std::string_view text) {
  text = core::trim_view(text);
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  boost::system::error_code ec;
  ip::address a = ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  if (a.is_v4()) a = ip::make_address_v6(ip::v4_mapped, a.to_v4());
  return a.to_v6().to_bytes();
}

}  // namespace

core::Result<TrustedProxies> TrustedProxies::parse(std::string_view list) {
  TrustedProxies out;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find_first_of(", \t", pos);
    if (end == std::string_view::npos) end = list.size();
    std::string_view entry = list.substr(pos, end - pos);
    pos = end + 1;
    if (entry.empty()) continue;
    std::string_view addr = entry;
    int prefix = -1;
    if (auto slash = entry.find('/'); slash != std::string_view::npos) {
      addr = entry.substr(0, slash);
      std::string_view bits = entry.substr(slash + 1);
      int n = 0;
      auto [p, ec] = std::from_chars(bits.data(), bits.data() + bits.size(), n);
      if (ec != std::errc() || p != bits.data() + bits.size()) {
        return core::make_error(core::errc::kValidation, core::messages_vi::config_bad_proxy(entry), "trusted_proxies");
      }
      prefix = n;
    }
    auto b = bytes_of(addr);
    if (!b) return core::make_error(core::errc::kValidation, core::messages_vi::config_bad_proxy(entry), "trusted_proxies");
    const bool v4 = addr.find(':') == std::string_view::npos;
    if (prefix < 0) prefix = v4 ? 32 : 128;
    if (prefix > (v4 ? 32 : 128)) {
      return core::make_error(core::errc::kValidation, core::messages_vi::config_bad_proxy(entry), "trusted_proxies");
    }
    out.ranges_.push_back(Range{*b, v4 ? prefix + 96 : prefix});
  }
  return out;
}

bool TrustedProxies::contains(std::string_view address) const {
  auto b = bytes_of(address);
  if (!b) return false;
  for (const auto& r : ranges_) {
    bool match = true;
    for (int bit = 0; bit < r.prefix && match; bit += 8) {
      const int take = std::min(8, r.prefix - bit);
      const std::uint8_t mask = static_cast<std::uint8_t>(0xFF << (8 - take));
      match = ((*b)[bit / 8] & mask) == (r.bytes[bit / 8] & mask);
    }
    if (match) return true;
  }
  return false;
}

std::string TrustedProxies::client_address(std::string_view peer, std::string_view forwarded_for) const {
  if (ranges_.empty() || !contains(peer)) return std::string(peer);
  std::string client(peer);
  size_t end = forwarded_for.size();
  while (end > 0) {
    size_t comma = forwarded_for.rfind(',', end - 1);
    const size_t start = comma == std::string_view::npos ? 0 : comma + 1;
    std::string_view entry = core::trim_view(forwarded_for.substr(start, end - start));
    if (!bytes_of(entry)) break;  // garbage: believe nothing further left
    client = std::string(entry);
    if (client.size() >= 2 && client.front() == '[' && client.back() == ']') client = client.substr(1, client.size() - 2);
    if (!contains(entry)) return client;
    if (comma == std::string_view::npos) break;
    end = comma;
  }
  return client;
}

}  // namespace thidua::web
