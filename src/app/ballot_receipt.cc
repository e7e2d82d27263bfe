#include "app/ballot_receipt.h"

#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>

#include "app/crypto.h"
#include "core/messages_vi/council.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace fs = std::filesystem;

core::Result<std::string> ballot_secret(const std::string& data_dir) {
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  const fs::path path = fs::path(data_dir) / "ballot.key";
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    fs::create_directories(path.parent_path(), ec);
    std::string key(32, '\0');
    randombytes_buf(key.data(), key.size());
    const fs::path tmp = path.string() + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) return core::make_error(core::errc::kInternal, msg::kBallotKeyCannotCreate);
      out.write(key.data(), static_cast<std::streamsize>(key.size()));
      if (!out) return core::make_error(core::errc::kInternal, msg::kBallotKeyCannotWrite);
    }
    ::chmod(tmp.c_str(), 0600);
    fs::rename(tmp, path, ec);
    if (ec) return core::make_error(core::errc::kInternal, msg::kBallotKeyCannotSave);
  }
  std::ifstream in(path, std::ios::binary);
  std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (key.size() != 32) return core::make_error(core::errc::kInternal, msg::kBallotKeyDamaged);
  return key;
}

std::string ballot_receipt(const std::string& secret, int64_t item_id, int64_t member_id, const std::string& salt) {
  init_crypto();
  const std::string message = std::to_string(item_id) + "|" + std::to_string(member_id) + "|" + salt;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&st, mac);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < 12; ++i) {
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 15];
  }
  return out;
}

std::string format_receipt(const std::string& receipt) {
  std::string out;
  for (size_t i = 0; i < receipt.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += '-';
    out += receipt[i];
  }
  return out;
}

}  // namespace thidua::app
