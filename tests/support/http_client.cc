#include "support/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/serialize.hpp>

#include <optional>
#include <random>

#include "web/http.h"

namespace thidua::test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

std::string to_lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string HttpResult::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string form_urlencode(const Fields& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out.push_back('&');
    out += web::percent_encode(k) + "=" + web::percent_encode(v);
  }
  return out;
}

struct TestClient::Impl {
  std::string host;
  unsigned short port;
  asio::io_context ioc;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;
  std::map<std::string, std::string> jar;
  int connections = 0;

  tcp::resolver::results_type endpoints() {
    tcp::resolver resolver(ioc);
    return resolver.resolve(host, std::to_string(port));
  }

  void connect() {
    stream.emplace(ioc);
    stream->expires_after(std::chrono::seconds(30));
    stream->connect(endpoints());
    stream->expires_never();
    buffer.clear();
    ++connections;
  }

  void update_jar(const HttpResult& r) {
    for (const auto& line : r.set_cookies) {
      std::string_view pair = std::string_view(line).substr(0, line.find(';'));
      size_t eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      std::string name(pair.substr(0, eq));
      std::string value(pair.substr(eq + 1));
      std::string attrs = to_lower(line);
      if (attrs.find("max-age=0") != std::string::npos || value.empty()) {
        jar.erase(name);
      } else {
        jar[name] = value;
      }
    }
  }

  static HttpResult convert(http::response<http::string_body>&& res) {
    HttpResult r;
    r.status = res.result_int();
    for (const auto& f : res) {
      std::string name = to_lower(std::string(f.name_string()));
      std::string value(f.value());
      if (name == "set-cookie") r.set_cookies.push_back(value);
      auto [it, inserted] = r.headers.emplace(name, value);
      if (!inserted) it->second += ", " + value;
    }
    r.body = std::move(res.body());
    return r;
  }

  // Writes and reads one exchange on the kept-alive connection; reconnects once
  // if the server had closed it in the meantime.
  HttpResult exchange(http::request<http::string_body>& req) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      bool fresh = !stream || !stream->socket().is_open();
      if (fresh) connect();
      beast::error_code ec;
      stream->expires_after(std::chrono::seconds(60));
      http::write(*stream, req, ec);
      if (ec) {
        stream.reset();
        if (fresh) throw beast::system_error(ec);
        continue;
      }
      http::response_parser<http::string_body> parser;
      parser.body_limit(1024ull * 1024 * 1024);
      if (req.method() == http::verb::head) parser.skip(true);
      http::read(*stream, buffer, parser, ec);
      if (ec) {
        stream.reset();
        if (!fresh && (ec == http::error::end_of_stream || ec == asio::error::connection_reset)) continue;
        if (ec == http::error::end_of_stream || ec == asio::error::connection_reset) return HttpResult{};
        throw beast::system_error(ec);
      }
      stream->expires_never();
      auto res = parser.release();
      bool keep = res.keep_alive();
      HttpResult r = convert(std::move(res));
      if (!keep) stream.reset();
      update_jar(r);
      return r;
    }
    return HttpResult{};
  }

  HttpResult send(const std::string& method, const std::string& target, std::string body, const Headers& headers) {
    http::request<http::string_body> req;
    req.method_string(method);
    req.target(target);
    req.version(11);
    req.set(http::field::host, host + ":" + std::to_string(port));
    req.set(http::field::user_agent, "thidua-tests");
    if (!jar.empty()) {
      std::string cookie;
      for (const auto& [k, v] : jar) {
        if (!cookie.empty()) cookie += "; ";
        cookie += k + "=" + v;
      }
      req.set(http::field::cookie, cookie);
    }
    for (const auto& [k, v] : headers) req.set(k, v);
    req.body() = std::move(body);
    if (!req.body().empty() || method == "POST" || method == "PUT" || method == "PATCH") req.prepare_payload();
    return exchange(req);
  }
};

TestClient::TestClient(std::string host, unsigned short port) : impl_(std::make_unique<Impl>()) {
  impl_->host = std::move(host);
  impl_->port = port;
}

TestClient::~TestClient() = default;

HttpResult TestClient::get(std::string target, Headers headers) {
  return impl_->send("GET", target, "", headers);
}

HttpResult TestClient::head(std::string target, Headers headers) {
  return impl_->send("HEAD", target, "", headers);
}

HttpResult TestClient::post_form(std::string target, Fields fields, Headers headers) {
  headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  return impl_->send("POST", target, form_urlencode(fields), headers);
}

HttpResult TestClient::post_json(std::string target, const boost::json::value& body, Headers headers) {
  headers.emplace_back("Content-Type", "application/json");
  headers.emplace_back("Accept", "application/json");
  return impl_->send("POST", target, boost::json::serialize(body), headers);
}

HttpResult TestClient::post_multipart(std::string target, Fields fields, std::vector<UploadFile> files,
                                      Headers headers) {
  return send_multipart("POST", std::move(target), std::move(fields), std::move(files), std::move(headers));
}

HttpResult TestClient::send_multipart(std::string method, std::string target, Fields fields,
                                      std::vector<UploadFile> files, Headers headers) {
  std::mt19937_64 rng(std::random_device{}());
  std::string boundary = "----thiduatest" + std::to_string(rng());
  std::string body;
  for (const auto& [k, v] : fields) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
  }
  for (const auto& f : files) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + "\"; filename=\"" +
            f.filename + "\"\r\nContent-Type: " + (f.content_type.empty() ? "application/octet-stream" : f.content_type) +
            "\r\n\r\n" + f.data + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  headers.emplace_back("Content-Type", "multipart/form-data; boundary=" + boundary);
  return impl_->send(method, target, std::move(body), headers);
}

HttpResult TestClient::request(std::string method, std::string target, std::string body, Headers headers) {
  return impl_->send(method, target, std::move(body), headers);
}

HttpResult TestClient::raw(std::string bytes) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(30));
  tcp::resolver resolver(ioc);
  stream.connect(resolver.resolve(impl_->host, std::to_string(impl_->port)));
  ++impl_->connections;
  beast::error_code ec;
  asio::write(stream, asio::buffer(bytes), ec);
  // A write error is expected when the server answers early and closes; the
  // response may still be readable.
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(1024ull * 1024 * 1024);
  http::read(stream, buffer, parser, ec);
  if (ec) return HttpResult{};
  return Impl::convert(parser.release());
}

std::string TestClient::cookie(const std::string& name) const {
  auto it = impl_->jar.find(name);
  return it == impl_->jar.end() ? std::string() : it->second;
}

void TestClient::set_cookie(const std::string& name, const std::string& value) { impl_->jar[name] = value; }

void TestClient::clear_cookies() { impl_->jar.clear(); }

int TestClient::connections_opened() const { return impl_->connections; }

void TestClient::disconnect() { impl_->stream.reset(); }

}  // namespace thidua::test
