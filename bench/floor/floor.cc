// The floor: a bare HTTP server that bench/run.sh measures thidua against.
//
// What it is: Boost.Beast (C++20 coroutines) on --threads threads, and SQLite:
// thidua's own database file opened read-only, one connection per thread, each
// statement prepared once. It answers bench/run.sh's four workloads with the rows
// thidua answers, in the same order, by the SQL of store::list_people
// (src/store/people.cc): the page's ids from the indexes in name order (LIMIT
// page_size + 1 OFFSET), then those rows with their unit names; a search first
// counts its name-index matches (capped at 500), then either walks name order
// testing the folded name (common prefixes) or is driven by the name index.
//   GET /api/v1/people?page=N&page_size=S&q=Q  thidua's JSON, byte for byte
//   GET /nhan-su?trang=N&q=Q                    a bare HTML table of the same rows
//   GET /healthz
// What it is not: no authentication, no scoping (everyone is visible, as to
// thidua's administrator), no unit filter, no templates, page chrome or pager, no
// audit or access log, no security headers, no limits or timeouts, no UTF-8 check.
// Its folding of the query knows ASCII and Vietnamese letters (thidua's core::fold
// all of Latin). A benchmark reference: never expose it.
//
// Usage: thidua_floor --db [sqlite:]PATH --listen 127.0.0.1:PORT [--threads N]
#include <sqlite3.h>

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace asio = boost::asio;
namespace http = boost::beast::http;
using asio::ip::tcp;

namespace {

std::string g_db_path;
constexpr int64_t kIndexRowCost = 20, kMinDenseSearch = 500;  // as in store/people.cc
constexpr const char* kColumns =       // as store/people.cc reads a person
    "p.id, p.full_name, p.gender, p.birth_date, p.position, p.title, p.category, p.email, p.phone, p.unit_id, "
    "COALESCE(u.name, ''), p.unit_path, p.version";

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "thidua_floor: %s\n", what.c_str());
  std::exit(1);
}

// A prepared statement in use: binds in order, reads columns, resets when done.
struct Use {
  sqlite3_stmt* s;
  int n = 0;
  explicit Use(sqlite3_stmt* st) : s(st) {}
  Use(const Use&) = delete;
  ~Use() { sqlite3_reset(s); }
  Use& operator<<(std::string_view v) {
    sqlite3_bind_text(s, ++n, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Use& operator<<(int64_t v) { sqlite3_bind_int64(s, ++n, v); return *this; }
  bool step() {
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(sqlite3_db_handle(s)));
    return rc == SQLITE_ROW;
  }
  int64_t i64(int c) const { return sqlite3_column_int64(s, c); }
  bool null(int c) const { return sqlite3_column_type(s, c) == SQLITE_NULL; }
  std::string_view text(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s, c))) : std::string_view();
  }
};

// One read-only connection per thread, with thidua's cache settings
// (store/sqlite/sqlite_database.cc: no memory map, 16 MiB of page cache).
struct Db {
  sqlite3* db = nullptr;
  std::vector<sqlite3_stmt*> all;
  sqlite3_stmt *count, *list, *dense, *sparse;
  double people = 0;
  std::map<size_t, sqlite3_stmt*> rows;  // by the number of ids
  Db() {
    if (sqlite3_open_v2(g_db_path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
      die(g_db_path + ": " + sqlite3_errmsg(db));
    sqlite3_exec(db, "PRAGMA mmap_size=0; PRAGMA cache_size=-16384;", nullptr, nullptr, nullptr);
    sqlite3_stmt* n = prepare("SELECT COUNT(*) FROM people");  // no writes during a run: counted once
    if (sqlite3_step(n) == SQLITE_ROW) people = static_cast<double>(sqlite3_column_int64(n, 0));
    sqlite3_reset(n);
    const std::string ids = "SELECT p.id, p.sort_key FROM people p", order = " ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?";
    count = prepare(
        "SELECT COUNT(*) FROM (SELECT 1 FROM person_name_index WHERE suffix >= ? AND suffix < ? LIMIT ?) t");
    list = prepare(ids + order);
    dense = prepare(ids + " WHERE (p.name_folded LIKE ? ESCAPE '!' OR p.name_folded LIKE ? ESCAPE '!')" + order);
    sparse = prepare(ids + " WHERE p.id IN (SELECT person_id FROM person_name_index WHERE suffix >= ? AND suffix < ?)" +
                     order);
  }
  ~Db() {
    for (auto* s : all) sqlite3_finalize(s);
    sqlite3_close_v2(db);
  }
  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
      die(std::string(sqlite3_errmsg(db)) + " in " + sql);
    all.push_back(s);
    return s;
  }
  sqlite3_stmt* rows_of(size_t n) {  // the rows of n ids
    sqlite3_stmt*& s = rows[n];
    if (!s) {
      std::string in(2 * n - 1, ',');
      for (size_t i = 0; i < n; ++i) in[2 * i] = '?';
      s = prepare(std::string("SELECT ") + kColumns +
                  " FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id IN (" + in + ")");
    }
    return s;
  }
};

char32_t next_code_point(std::string_view s, size_t& i) {  // lenient UTF-8
  const auto c = static_cast<unsigned char>(s[i++]);
  int more = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = more ? c & (0x3F >> more) : c;
  for (; more && i < s.size(); --more) cp = cp << 6 | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

// core::fold for what people type: lower case, Vietnamese letters without marks,
// combining marks and control characters dropped, runs of spaces as one, trimmed.
std::string fold(std::string_view in) {
  static const std::unordered_map<char32_t, char> plain = [] {
    std::unordered_map<char32_t, char> m;
    for (const auto& [base, letters] : std::initializer_list<std::pair<char, std::string_view>>{
             {'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"}, {'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"}, {'i', "ìíỉĩịÌÍỈĨỊ"},
             {'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"}, {'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"}, {'y', "ỳýỷỹỵỲÝỶỸỴ"},
             {'d', "đĐ"}})
      for (size_t i = 0; i < letters.size();) m[next_code_point(letters, i)] = base;
    return m;
  }();
  std::string out;
  bool space = false;
  for (size_t i = 0; i < in.size();) {
    const size_t at = i;
    const char32_t c = next_code_point(in, i);
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0) { space = !out.empty(); continue; }
    if (c < 0x20 || c == 0x7F || (c >= 0x300 && c < 0x370)) continue;
    if (space) out += ' ';
    space = false;
    if (c < 0x80) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else if (auto it = plain.find(c); it != plain.end()) out += it->second;
    else out += in.substr(at, i - at);
  }
  if (out.size() > 100) out.resize(100);  // as app::people_query
  return out;
}

std::string prefix_upper_bound(std::string upper) {  // as store/scope_sql.cc
  for (; !upper.empty(); upper.pop_back())
    if (static_cast<unsigned char>(upper.back()) < 0x7E) { ++upper.back(); return upper; }
  return "~~~~";
}

std::string like_escape(std::string_view text) {  // for LIKE ... ESCAPE '!'
  std::string out;
  for (char c : text) {
    if (c == '!' || c == '%' || c == '_') out += '!';
    out += c;
  }
  return out;
}

void json_str(std::string& o, std::string_view s) {  // escaped as Boost.JSON does
  o += '"';
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') (o += '\\') += c;
    else if (u >= 0x20) o += c;
    else if (const char* e = std::strchr("\bb\tt\nn\ff\rr", c); e && c) (o += '\\') += e[1];  // \n, \t...
    else (o += "\\u00") += {"0123456789abcdef"[u >> 4], "0123456789abcdef"[u & 15]};
  }
  o += '"';
}
void json_opt(std::string& o, std::string_view s) { s.empty() ? void(o += "null") : json_str(o, s); }

void html(std::string& o, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += c;
    }
  }
}

// thidua reads the codes through core::parse_gender and parse_category.
struct Category { std::string_view code, label; };
constexpr Category kCategories[] = {
    {"civil_servant", "Công chức"}, {"public_employee", "Viên chức"}, {"worker", "Người lao động"}};
const Category& category(std::string_view code) {
  for (const auto& c : kCategories) if (c.code == code) return c;
  return kCategories[0];
}

void person_json(std::string& o, const Use& r) {  // app::to_json(core::Person)
  std::string_view gender = r.text(2);
  if (gender != "male" && gender != "female") gender = {};
  o += "{\"id\":" + std::to_string(r.i64(0)) + ",\"full_name\":"; json_str(o, r.text(1));
  o += ",\"gender\":"; json_opt(o, gender);
  o += ",\"birth_date\":"; json_opt(o, r.text(3));
  o += ",\"position\":"; json_str(o, r.text(4));
  o += ",\"title\":"; json_str(o, r.text(5));
  o += ",\"category\":"; json_str(o, category(r.text(6)).code);
  o += ",\"email\":"; json_str(o, r.text(7));
  o += ",\"phone\":"; json_str(o, r.text(8));
  o += ",\"unit_id\":" + (r.null(9) ? std::string("null") : std::to_string(r.i64(9))) + ",\"unit_name\":";
  json_str(o, r.text(10));
  o += ",\"version\":" + std::to_string(r.i64(12)) + "}";
}

void person_html(std::string& o, const Use& r) {  // the columns of thidua's /nhan-su table
  o += "<tr><td><a href=\"/nhan-su/" + std::to_string(r.i64(0)) + "\">"; html(o, r.text(1));
  o += "</a></td><td>"; html(o, r.text(4));
  o += "</td><td>"; html(o, r.text(5));
  o += "</td><td>"; html(o, category(r.text(6)).label);
  o += "</td><td>"; html(o, r.text(10));
  o += "</td></tr>\n";
}

// store::encode_person_cursor: "<id>.<hex of sort_key>".
std::string cursor(int64_t id, std::string_view key) {
  std::string out = std::to_string(id) + ".";
  for (unsigned char c : key) (out += "0123456789abcdef"[c >> 4]) += "0123456789abcdef"[c & 15];
  return out;
}

struct Page { std::string items; bool has_more = false; std::string first, last; };  // first/last: cursors

// store::list_people without a scope: the page's ids, then their rows in that order.
Page people(const std::string& folded, int page, int size, bool as_html) {
  thread_local Db db;
  sqlite3_stmt* ids_sql = db.list;
  std::vector<std::string> args;
  if (!folded.empty()) {
    const std::string upper = prefix_upper_bound(folded);
    // store/people.cc's threshold: the walk wins when matches² > rows read × people / kIndexRowCost.
    const double rows_read = static_cast<double>(page) * size + 1;
    const int64_t dense = std::max<int64_t>(
        kMinDenseSearch, static_cast<int64_t>(std::ceil(std::sqrt(rows_read * db.people / kIndexRowCost))));
    Use c(db.count);
    c << folded << upper << dense;
    c.step();
    if (c.i64(0) >= dense) {  // a common prefix: test the folded name (a word of it starts so)
      ids_sql = db.dense;
      args = {like_escape(folded) + "%", "% " + like_escape(folded) + "%"};
    } else {  // a rare one: driven by the name index
      ids_sql = db.sparse;
      args = {folded, upper};
    }
  }
  std::vector<int64_t> ids;
  Page out;
  {
    Use q(ids_sql);
    for (const auto& a : args) q << a;
    q << int64_t{size} + 1 << int64_t{page - 1} * size;
    while (q.step()) {
      if (ids.size() == static_cast<size_t>(size)) { out.has_more = true; break; }
      ids.push_back(q.i64(0));
      if (ids.size() == 1) out.first = cursor(ids.back(), q.text(1));
      out.last = cursor(ids.back(), q.text(1));
    }
  }
  if (ids.empty()) return out;
  std::unordered_map<int64_t, std::string> by_id;
  Use r(db.rows_of(ids.size()));
  for (int64_t id : ids) r << id;
  while (r.step()) (as_html ? person_html : person_json)(by_id[r.i64(0)], r);
  for (int64_t id : ids) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;  // deleted meanwhile
    if (!as_html && !out.items.empty()) out.items += ',';
    out.items += it->second;
  }
  return out;
}

std::optional<std::string> percent_decode(std::string_view in) {  // '+' is a space, as in a query
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '+') { out += ' '; continue; }
    if (in[i] != '%') { out += in[i]; continue; }
    unsigned v = 0;
    if (i + 2 >= in.size() || std::from_chars(in.data() + i + 1, in.data() + i + 3, v, 16).ptr != in.data() + i + 3)
      return std::nullopt;
    out += static_cast<char>(v);
    i += 2;
  }
  return out;
}

http::response<http::string_body> handle(const http::request<http::string_body>& req) {
  auto reply = [&](http::status status, const char* type, std::string body) {
    http::response<http::string_body> res{status, req.version()};
    res.set(http::field::content_type, type);
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();  // Content-Length
    return res;
  };
  const std::string_view target(req.target().data(), req.target().size());
  const size_t mark = target.find('?');
  const std::string_view path = target.substr(0, mark);
  std::map<std::string, std::string, std::less<>> params;  // the first of a repeated name wins, as in thidua
  for (std::string_view rest = mark == target.npos ? "" : target.substr(mark + 1); !rest.empty();) {
    const std::string_view pair = rest.substr(0, rest.find('&'));
    rest.remove_prefix(std::min(rest.size(), pair.size() + 1));
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    auto key = percent_decode(pair.substr(0, eq)), value = percent_decode(eq == pair.npos ? "" : pair.substr(eq + 1));
    if (!key || !value) return reply(http::status::bad_request, "text/plain", "bad query\n");
    params.emplace(std::move(*key), std::move(*value));
  }
  auto param = [&](std::string_view name) {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  };
  auto number = [&](std::string_view name, int fallback, int hi) {  // web::int_param
    const std::string s = param(name);
    int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return fallback;
    return static_cast<int>(std::min<int64_t>(v, hi));
  };
  if (req.method() != http::verb::get) return reply(http::status::method_not_allowed, "text/plain", "GET only\n");
  try {
    if (path == "/healthz") return reply(http::status::ok, "text/plain", "ok\n");
    if (path == "/api/v1/people") {
      const int page = number("page", 1, 1000000), size = number("page_size", 50, 200);
      const Page p = people(fold(param("q")), page, size, false);
      std::string next = "null", prev = "null";
      if (p.has_more) json_str(next = {}, p.last);
      if (page > 1 && !p.first.empty()) json_str(prev = {}, p.first);
      return reply(http::status::ok, "application/json",
                   "{\"items\":[" + p.items + "],\"page\":" + std::to_string(page) + ",\"page_size\":" +
                       std::to_string(size) + ",\"has_more\":" + (p.has_more ? "true" : "false") +
                       ",\"next_cursor\":" + next + ",\"prev_cursor\":" + prev + "}");
    }
    if (path == "/nhan-su") {
      const Page p = people(fold(param("q")), number("trang", 1, 1000000), 50, true);
      return reply(http::status::ok, "text/html; charset=utf-8",
                   "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Nhân sự</title>"
                   "</head><body>\n<table>\n<thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Chức danh</th>"
                   "<th>Loại</th><th>Đơn vị</th></tr></thead>\n<tbody>\n" +
                       p.items + "</tbody>\n</table>\n</body></html>\n");
    }
    return reply(http::status::not_found, "text/plain", "not found\n");
  } catch (const std::exception& e) {
    return reply(http::status::internal_server_error, "text/plain", std::string(e.what()) + "\n");
  }
}

asio::awaitable<void> session(tcp::socket socket) {  // keep-alive: one request after another
  boost::beast::flat_buffer buffer;
  boost::system::error_code ec;
  for (;;) {
    http::request<http::string_body> req;
    co_await http::async_read(socket, buffer, req, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) break;
    auto res = handle(req);
    co_await http::async_write(socket, res, asio::redirect_error(asio::use_awaitable, ec));
    if (ec || !res.keep_alive()) break;
  }
  socket.shutdown(tcp::socket::shutdown_send, ec);
}

asio::awaitable<void> accept_loop(tcp::acceptor acceptor) {
  for (boost::system::error_code ec;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
    if (ec) continue;
    socket.set_option(tcp::no_delay(true), ec);
    asio::co_spawn(acceptor.get_executor(), session(std::move(socket)), asio::detached);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const char* usage = "usage: thidua_floor --db [sqlite:]PATH --listen 127.0.0.1:PORT [--threads N]";
  std::string listen;
  int threads = 1;
  if (argc % 2 == 0) die(usage);
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view name = argv[i];
    if (name == "--db") g_db_path = argv[i + 1];
    else if (name == "--listen") listen = argv[i + 1];
    else if (name == "--threads") threads = std::max(1, std::atoi(argv[i + 1]));
    else die(usage);
  }
  if (g_db_path.rfind("sqlite:", 0) == 0) g_db_path.erase(0, 7);
  const size_t colon = listen.rfind(':');
  if (g_db_path.empty() || colon == std::string::npos) die(usage);
  { Db check; }  // a wrong path or schema fails now, not at the first request
  try {
    asio::io_context ioc(threads);
    tcp::endpoint at(asio::ip::make_address(listen.substr(0, colon)),
                     static_cast<unsigned short>(std::stoi(listen.substr(colon + 1))));
    asio::co_spawn(ioc, accept_loop(tcp::acceptor(ioc, at)), asio::detached);
    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&ioc](auto, auto) { ioc.stop(); });
    std::fprintf(stderr, "thidua_floor: %s on %s, %d threads\n", g_db_path.c_str(), listen.c_str(), threads);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
  } catch (const std::exception& e) {
    die(listen + ": " + e.what());
  }
}
