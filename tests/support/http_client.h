// A small blocking HTTP/1.1 client for tests: keeps one keep-alive connection,
// a cookie jar like a browser's, and can send raw bytes to probe the parser.
#pragma once

#include <boost/json/value.hpp>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace thidua::test {

struct HttpResult {
  unsigned status = 0;  // 0: the connection closed without a response
  std::map<std::string, std::string> headers;  // lower-case names; repeats joined by ", "
  std::vector<std::string> set_cookies;        // every Set-Cookie value, in order
  std::string body;
  std::string header(const std::string& lower_name) const;  // "" if absent
};

struct UploadFile {
  std::string name;  // form field
  std::string filename;
  std::string content_type;
  std::string data;
};

using Headers = std::vector<std::pair<std::string, std::string>>;
using Fields = std::vector<std::pair<std::string, std::string>>;

class TestClient {
 public:
  TestClient(std::string host, unsigned short port);
  ~TestClient();
  TestClient(const TestClient&) = delete;
  TestClient& operator=(const TestClient&) = delete;

  HttpResult get(std::string target, Headers headers = {});
  HttpResult head(std::string target, Headers headers = {});
  HttpResult post_form(std::string target, Fields fields, Headers headers = {});
  HttpResult post_json(std::string target, const boost::json::value& body, Headers headers = {});
  HttpResult post_multipart(std::string target, Fields fields, std::vector<UploadFile> files, Headers headers = {});
  // The same with another method ("PUT").
  HttpResult send_multipart(std::string method, std::string target, Fields fields, std::vector<UploadFile> files,
                            Headers headers = {});
  // Any method and body; Content-Type goes in `headers`.
  HttpResult request(std::string method, std::string target, std::string body, Headers headers = {});

  // Sends `bytes` on a fresh connection and reads one response; status 0 when
  // the server closed without answering. Does not use or update the cookie jar.
  HttpResult raw(std::string bytes);

  // Cookie jar: Set-Cookie responses update it, requests send it.
  std::string cookie(const std::string& name) const;  // "" if absent
  void set_cookie(const std::string& name, const std::string& value);
  void clear_cookies();

  // Number of TCP connections opened so far (keep-alive reuses one).
  int connections_opened() const;
  // Closes the kept-alive connection.
  void disconnect();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Encodes fields as application/x-www-form-urlencoded ("a=1&b=x%20y").
std::string form_urlencode(const Fields& fields);

}  // namespace thidua::test
