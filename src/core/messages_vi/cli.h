// The Vietnamese message catalogue: the command line and the demo (UTF-8,
// NFC). Texts users see on the terminal (messages, help) and when the demo
// data is loaded; the code refers to them by meaning.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// --- The demo (thidua demo) ---
inline constexpr const char* kDemoDatabaseNotEmpty = "Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.";
// A demo data file (src/app/demo/*.json) that does not read; `where` is the
// member's path ("[3].kind") or a reason.
inline std::string demo_file_invalid(std::string_view file, std::string_view where) {
  return "Tệp dữ liệu mẫu " + std::string(file) + " không hợp lệ: " + std::string(where) + ".";
}
inline std::string demo_file_missing(std::string_view file) {
  return "Thiếu tệp dữ liệu mẫu " + std::string(file) + ".";
}
// The whole document, where a path would be empty.
inline constexpr const char* kDemoDocumentRoot = "(gốc)";
inline constexpr const char* kDemoJsonMalformed = "không phải JSON hợp lệ";
inline std::string demo_member_wrong(std::string_view where) {
  return "phần tử " + std::string(where) + " thiếu hoặc sai kiểu";
}
inline std::string demo_member_unknown(std::string_view where) {
  return "phần tử " + std::string(where) + " không được biết đến";
}
inline std::string demo_value_invalid(std::string_view where) {
  return "giá trị của " + std::string(where) + " không hợp lệ";
}
// References from one demo file to another that lead nowhere.
inline std::string demo_unit_unknown(std::string_view where) {
  return "giá trị của " + std::string(where) + " không phải mã đơn vị nào trong units.json";
}
inline std::string demo_unit_not_current(std::string_view where) {
  return "giá trị của " + std::string(where) + " không phải mã của một đơn vị đang hoạt động trong units.json";
}
inline std::string demo_account_unknown(std::string_view where) {
  return "giá trị của " + std::string(where) + " không phải tài khoản nào trong accounts.json hay extra_members";
}
inline std::string demo_value_missing(std::string_view value) {
  return "thiếu tài khoản " + std::string(value);
}
inline std::string demo_value_taken(std::string_view value) {
  return "giá trị " + std::string(value) + " đã được dùng trong units.json, accounts.json hoặc council.json";
}
// A code or account the demo names that the database does not hold.
inline std::string demo_code_absent(std::string_view code) {
  return "không có đơn vị hay tài khoản " + std::string(code) + " trong cơ sở dữ liệu";
}
inline std::string demo_issuing_unit_missing(std::string_view code) {
  return "thiếu đơn vị " + std::string(code) + ", đơn vị ban hành kế hoạch mẫu";
}

// --- Help ---
inline constexpr const char* kUsage = R"(thidua — quản lý thi đua, khen thưởng

Cách dùng: thidua <lệnh> [tùy chọn]

  migrate  --db URL                          tạo hoặc nâng cấp lược đồ cơ sở dữ liệu
  demo     --db URL [--people N] [--if-empty] [--no-history] [--no-review] [--no-activity] [--no-receiving] [--data-dir DIR]
                                              nạp dữ liệu mẫu: Sở TNMT Bắc Giang năm 2023, 5 năm lịch sử,
                                              sắp xếp tổ chức năm 2025 (Sở NN&MT Bắc Ninh) và các đợt thi đua sau đó
                                              và chứng thư số mẫu trong DIR/keys
  serve    --db URL [--listen HOST:PORT] [--config FILE] [--threads N] [--data-dir DIR]
  user     add|list|disable|enable|reset-password|grant|token ...
  import   people|units|awards|evaluations|initiatives|discipline|absences --db URL --file TỆP [--dry-run]
                                              nhập tất cả các dòng hoặc không dòng nào, liệt kê lỗi
  export   people|units|users|audit --db URL --out TỆP.xlsx [--q "nguyen van"]
  backup   --db URL --out ĐƯỜNG_DẪN           sao lưu nhất quán khi máy chủ vẫn chạy
  audit    verify|list --db URL                kiểm tra hoặc xem nhật ký hệ thống
  ballot   verify --session N --db URL          kiểm chứng kết quả bỏ phiếu kín của một phiên họp
  files    prune --db URL [--data-dir DIR] [--older-than-hours N] [--dry-run]
                                              xoá tệp mồ côi (không bản ghi nào dùng)
  signing  agency --unit MÃ | signer --user TÊN --p12 TỆP --passphrase-file TỆP --image TỆP.png
                                              cài chứng thư số (PKCS#12) và ảnh con dấu / chữ ký
  exchange export|answer|import|verify ...     gói trao đổi đề nghị khen thưởng với hệ thống khác

URL: sqlite:ĐƯỜNG_DẪN (mặc định sqlite:data/thidua.db, hoặc biến THIDUA_DB)
     postgresql://user:pass@host:port/dbname
)";
// A SQLite file named by --db (or the default) that is not there.
inline std::string db_missing(std::string_view path) {
  return "Không có cơ sở dữ liệu tại " + std::string(path) +
         ". Hãy tạo bằng: thidua migrate --db sqlite:" + std::string(path) +
         " (hoặc thidua demo để nạp dữ liệu mẫu), hoặc chỉ đúng tệp bằng --db.";
}
inline constexpr const char* kUserUsage =
    "Cách dùng:\n"
    "  thidua user add --username TÊN --name \"Họ tên\" [--role VAI_TRÒ --unit MÃ_ĐƠN_VỊ] [--password-stdin]\n"
    "  thidua user list\n"
    "  thidua user disable|enable|reset-password --username TÊN\n"
    "  thidua user grant --username TÊN --role VAI_TRÒ --unit MÃ_ĐƠN_VỊ\n"
    "  thidua user token --username TÊN --name \"tên mã\"   (in ra mã truy cập API)\n"
    "Vai trò: administrator, leader, secretariat, council_member, unit_head, unit_officer, staff\n"
    "Tất cả nhận thêm --db URL.\n";
inline constexpr const char* kAuditUsage =
    "Cách dùng: thidua audit verify|list --db URL [--limit N] [--entity person --entity-id 12]\n";
inline constexpr const char* kBallotUsage = "Cách dùng: thidua ballot verify --session N --db URL\n";
inline constexpr const char* kBallotSessionNotNumber = "--session phải là mã số phiên họp.";
inline constexpr const char* kBallotVerified = "Kết quả bỏ phiếu khớp với các phiếu đã công bố: ";
inline constexpr const char* kBallotVerifiedCounts = " phiếu, chứng minh giải mã: ";
inline constexpr const char* kBallotNotVerified = "KẾT QUẢ BỎ PHIẾU KHÔNG KHỚP với các phiếu đã công bố:\n";
inline constexpr const char* kBackupUsage = "Cách dùng: thidua backup --db URL --out ĐƯỜNG_DẪN (tệp chưa tồn tại)\n";
inline constexpr const char* kFilesUsage =
    "Cách dùng: thidua files prune --db URL [--data-dir DIR (mặc định data)] [--older-than-hours N (mặc định 24)] "
    "[--dry-run]\n"
    "Xoá các tệp trong DIR/files mà không bản ghi nào dùng (do một thao tác lưu bị huỷ giữa chừng) và tệp tạm "
    "của lần ghi bị ngắt, nếu đã ghi cách đây hơn N giờ.\n";
inline constexpr const char* kExchangeUsage =
    "Cách dùng:\n"
    "  thidua exchange export --campaign N --decision N --receiver-code MÃ --receiver-name TÊN [--note NỘI_DUNG] "
    "--out TỆP.zip\n"
    "      xuất tờ trình đã duyệt thành gói trao đổi có chữ ký số gửi cơ quan tiếp nhận ở hệ thống khác\n"
    "  thidua exchange answer --submission N --out TỆP.zip\n"
    "      xuất trả lời (quyết định hoặc trả lại) của hồ sơ đã nhận qua gói, gửi về nơi đề nghị\n"
    "  thidua exchange import --file TỆP.zip\n"
    "      nhận gói đề nghị (vào hàng chờ tiếp nhận) hoặc gói trả lời (vào sổ khen thưởng); nhận lại cùng gói "
    "không thay đổi gì\n"
    "  thidua exchange verify --file TỆP.zip\n"
    "      chỉ kiểm tra gói (toàn vẹn, chữ ký, mã băm), không ghi gì\n"
    "Tuỳ chọn chung: [--db URL] [--data-dir DIR (mặc định data; chứng thư gốc tin cậy ở DIR/trust)]\n";
inline std::string exchange_exported(const std::string& kind, const std::string& package_id, int round,
                                     const std::string& out, bool again) {
  return std::string(again ? "Gói đã xuất trước đó, ghi lại: " : "Đã xuất gói ") +
         (kind == "answer" ? "trả lời " : "đề nghị ") + package_id + " (lần gửi " + std::to_string(round) +
         ") vào " + out + ".\n";
}
inline std::string exchange_verified(const std::string& kind, const std::string& package_id,
                                     const std::string& sender, const std::string& signer, size_t files) {
  return "Gói " + std::string(kind == "answer" ? "trả lời " : "đề nghị ") + package_id + " của " + sender +
         " hợp lệ: chữ ký của “" + signer + "”, " + std::to_string(files) + " tệp đúng mã băm.\n";
}
inline std::string exchange_imported(const std::string& package_id, bool already, const std::string& where) {
  return already ? "Gói " + package_id + " đã được nhận trước đó; không có gì thay đổi.\n"
                 : "Đã nhận gói " + package_id + ": " + where + ".\n";
}
inline constexpr const char* kExchangeImportedProposal = "hồ sơ đề nghị số ";
inline constexpr const char* kExchangeImportedAnswer = "trả lời cho tờ trình ";
inline constexpr const char* kSigningUsage =
    "Cách dùng: thidua signing agency --unit MÃ_ĐƠN_VỊ | signer --user TÊN_ĐĂNG_NHẬP --p12 TỆP.p12 "
    "--passphrase-file TỆP --image TỆP.png [--db URL] [--data-dir DIR (mặc định data)]\n"
    "Cài chứng thư số (tệp PKCS#12 kèm mật khẩu) của cơ quan (với ảnh con dấu) hoặc của người ký (với ảnh chữ "
    "ký) vào DIR/keys, chỉ máy chủ đọc được. Từ đó các văn bản cơ quan ban hành được ký số.\n";
inline std::string signing_installed(const std::string& who, const std::string& common_name) {
  return "Đã cài chứng thư số cho " + who + " (chứng thư: " + common_name + ").\n";
}
inline std::string signing_name_differs(const std::string& common_name, const std::string& account_name) {
  return "Lưu ý: chứng thư mang tên “" + common_name + "”, khác tên tài khoản “" + account_name +
         "”. Văn bản chỉ được ký số khi tên người ký in trên văn bản trùng với tên trong chứng thư.\n";
}
inline constexpr const char* kSigningUnitNotFound = "Không có đơn vị mang mã này.";
inline constexpr const char* kSigningUserNotFound = "Không có tài khoản mang tên đăng nhập này.";
inline constexpr const char* kSigningPassphraseUnreadable = "Không đọc được tệp mật khẩu.";
inline constexpr const char* kExportUsage =
    "Cách dùng: thidua export people|units|users|audit --db URL --out TỆP.xlsx [--q \"tìm kiếm\"]\n";
inline constexpr const char* kImportUsage =
    "Cách dùng: thidua import people|units|awards|evaluations|initiatives|discipline|absences --db URL --file TỆP.xlsx|TỆP.csv [--dry-run]\n";

// --- Arguments and the program ---
inline std::string option_missing_value(std::string_view name) { return "Thiếu giá trị cho --" + std::string(name); }
inline std::string option_unknown(std::string_view name) { return "Tùy chọn không hợp lệ: --" + std::string(name); }
inline constexpr const char* kUnexpectedError = "thidua: lỗi không mong đợi: ";
inline constexpr const char* kUnknownCommand = "thidua: lệnh không hợp lệ: ";

// --- Database and schema (cli/common.cc, migrate) ---
inline std::string db_open_failed(std::string_view why) {
  return "không mở được cơ sở dữ liệu: " + std::string(why);
}
inline std::string schema_version_unreadable(std::string_view why) {
  return "không đọc được phiên bản lược đồ: " + std::string(why);
}
inline std::string schema_outdated(int64_t found, int64_t needed, std::string_view db) {
  return "lược đồ cơ sở dữ liệu ở phiên bản " + std::to_string(found) + ", chương trình cần phiên bản " +
         std::to_string(needed) + ". Hãy chạy: thidua migrate --db " + std::string(db);
}
inline std::string migrate_failed(std::string_view why) { return "nâng cấp lược đồ thất bại: " + std::string(why); }
inline constexpr const char* kSchemaAtVersion = "Lược đồ ở phiên bản ";
inline constexpr const char* kStepsJustRun = " bước vừa chạy).\n";

// --- audit ---
inline constexpr const char* kAuditTampered = "NHẬT KÝ BỊ SỬA ĐỔI: ";
inline constexpr const char* kAuditIntact = "Nhật ký toàn vẹn: ";
inline constexpr const char* kAuditIntactEntries = " mục, chuỗi băm khớp.\n";
inline constexpr const char* kLimitNotNumber = "--limit phải là số.";
inline constexpr const char* kAuditCommandUnknown = "Lệnh audit không hợp lệ: ";

// --- files ---
inline constexpr const char* kOlderThanHoursInvalid = "--older-than-hours phải là số nguyên từ 1 đến 87600.";
inline std::string files_prune_failed(std::string_view why) { return "dọn tệp thất bại: " + std::string(why); }
inline std::string files_prune_report(int64_t scanned, int64_t orphans, int64_t orphan_bytes, int64_t stale_temps,
                                      int64_t removed, bool dry_run) {
  return "Đã xem " + std::to_string(scanned) + " tệp; " + std::to_string(orphans) + " tệp mồ côi (" +
         std::to_string(orphan_bytes) + " byte), " + std::to_string(stale_temps) + " tệp tạm cũ; " +
         (dry_run ? "chạy thử, chưa xoá tệp nào.\n" : "đã xoá " + std::to_string(removed) + " tệp.\n");
}

// --- backup ---
inline std::string backup_failed(std::string_view why) { return "sao lưu thất bại: " + std::string(why); }
inline constexpr const char* kBackedUpTo = "Đã sao lưu vào ";

// --- demo ---
inline constexpr const char* kDemoPeopleSeedNumbers = "--people và --seed phải là số nguyên dương.";
inline constexpr const char* kDemoKeptExisting = "Cơ sở dữ liệu đã có dữ liệu; giữ nguyên.\n";
inline constexpr const char* kDemoAccountsIfUnchanged =
    "Tài khoản mẫu (nếu chưa đổi): admin, lanhdao, thuongtruc, hoidong, thutruong, canbo, nhanvien"
    " — mật khẩu ";
inline constexpr const char* kDemoNotEmptyUseIfEmpty = "cơ sở dữ liệu đã có dữ liệu; dùng --if-empty để bỏ qua.";
inline std::string demo_load_failed(std::string_view why) { return "nạp dữ liệu mẫu thất bại: " + std::string(why); }
inline std::string demo_loaded(std::size_t units, std::size_t people) {
  return "Đã nạp " + std::to_string(units) + " đơn vị, " + std::to_string(people) + " người.\n\n";
}
inline std::string demo_history_loaded(int64_t ratings, int64_t titles, int64_t initiatives, int64_t measures,
                                       int64_t absences) {
  return "Lịch sử năm năm: " + std::to_string(ratings) + " kết quả xếp loại, " + std::to_string(titles) +
         " danh hiệu, " + std::to_string(initiatives) + " sáng kiến, " + std::to_string(measures) + " quyết định kỷ luật, " +
         std::to_string(absences) + " lần nghỉ dài ngày.\n\n";
}
inline std::string demo_review_opened(int year, int64_t id) {
  return "Kế hoạch bình xét thi đua, khen thưởng năm " + std::to_string(year) + " đang diễn ra (/dot-thi-dua/" +
         std::to_string(id) + "): danh hiệu năm " + std::to_string(year) + " chờ các đơn vị đề xuất và Hội đồng xét.\n\n";
}
inline std::string demo_activity_loaded(int64_t finished_id, int64_t running_id, int64_t registrations,
                                        int64_t reports, int64_t difficulties, int64_t nominations) {
  return "Hai đợt thi đua đang vận hành: một đợt đã tổng kết năm trước (/dot-thi-dua/" + std::to_string(finished_id) +
         ", có phiên họp Hội đồng, quyết định khen thưởng và kết quả công khai), một đợt đang diễn ra (/dot-thi-dua/" +
         std::to_string(running_id) + "); " + std::to_string(registrations) + " bản đăng ký, " +
         std::to_string(reports) + " lần báo cáo tiến độ, " + std::to_string(difficulties) + " khó khăn, " +
         std::to_string(nominations) + " đề nghị khen thưởng.\n";
}
inline std::string demo_seed_campaign_run(int64_t campaign_id, int64_t decisions, int64_t answers) {
  return "Đợt thi đua năm 2023 (/dot-thi-dua/" + std::to_string(campaign_id) +
         ") đã ban hành, bình xét và tổng kết dưới tên gọi năm 2023: " + std::to_string(decisions) +
         " quyết định và tờ trình, " + std::to_string(answers) +
         " tờ trình đã có quyết định khen thưởng của cấp trên, kết quả đã công khai.\n";
}
inline std::string demo_reorganised(int64_t steps, int64_t units_closed, int64_t people_moved) {
  return "Sắp xếp tổ chức năm 2025 đã được ghi nhận (" + std::to_string(steps) + " lần, " +
         std::to_string(units_closed) + " đơn vị chấm dứt hoạt động, " + std::to_string(people_moved) +
         " người chuyển đơn vị; /don-vi/sap-xep/lich-su): Sở Tài nguyên và Môi trường tỉnh Bắc Giang nay là Sở Nông "
         "nghiệp và Môi trường tỉnh Bắc Ninh.\n";
}
inline std::string demo_reorganisation_failed(int64_t steps_done, const std::string& why) {
  return "Dữ liệu mẫu đã được nạp (các tài khoản trên dùng được), nhưng việc ghi nhận sắp xếp tổ chức năm 2025 "
         "dừng lại sau " + std::to_string(steps_done) + " lần (các lần đã ghi vẫn giữ; các đợt thi đua năm trước và "
         "năm nay chưa được dựng): " + why;
}
inline std::string demo_activity_failed(const std::string& why) {
  return "Dữ liệu mẫu đã được nạp (các tài khoản trên dùng được), nhưng chưa dựng xong các đợt thi đua đang vận "
         "hành: " + why;
}
inline std::string demo_review_failed(const std::string& why) {
  return "Dữ liệu mẫu đã được nạp (các tài khoản trên dùng được), nhưng chưa đưa được kế hoạch bình xét năm vào "
         "triển khai: " + why + ". Hãy mở, duyệt và triển khai kế hoạch bình xét năm trên trang Thi đua.";
}
inline std::string demo_receiving_loaded(int64_t submission_id) {
  return "Ban Thi đua - Khen thưởng tỉnh tiếp nhận đề nghị khen thưởng: hồ sơ đề nghị của đợt đã tổng kết (/ho-so-de-nghi/" +
         std::to_string(submission_id) + ") đang chờ tiếp nhận.\n";
}
inline std::string demo_receiving_failed(const std::string& why) {
  return "Dữ liệu mẫu đã được nạp (các tài khoản trên dùng được), nhưng chưa dựng xong cơ quan tiếp nhận đề nghị "
         "khen thưởng của tỉnh: " + why;
}
inline std::string demo_signing_failed(const std::string& why) {
  return "Dữ liệu mẫu đã được nạp, nhưng chưa tạo được chứng thư số mẫu để ký văn bản: " + why +
         ". Các văn bản sẽ được ban hành không có chữ ký số.";
}
inline std::string demo_signing_ready(const std::string& ca_path) {
  return "Chứng thư số mẫu đã sẵn sàng: Sở và Giám đốc Sở ký số các văn bản ban hành. Chứng thư của CA thử "
         "nghiệm (không có giá trị pháp lý), để trình đọc PDF tin cậy: " + ca_path + "\n";
}
inline constexpr const char* kDemoAccountsSharedPassword = "Tài khoản mẫu (mật khẩu chung: ";

// --- export ---
inline std::string exported_rows(int64_t rows, std::string_view out) {
  return "Đã xuất " + std::to_string(rows) + " dòng ra " + std::string(out) + ".\n";
}

// --- import ---
inline std::string import_summary(std::size_t rows, std::size_t issues) {
  return std::to_string(rows) + " dòng, " + std::to_string(issues) + " lỗi.\n";
}
// One issue: "  Dòng 3, cột "Email": ...".
inline std::string import_issue_line(int row, std::string_view column, std::string_view message) {
  std::string line = "  Dòng " + std::to_string(row);
  if (!column.empty()) line += ", cột \"" + std::string(column) + "\"";
  return line + ": " + std::string(message) + "\n";
}
inline std::string file_unreadable(std::string_view path) { return "không đọc được tệp " + std::string(path); }
inline std::string import_issues_not_listed(std::size_t more) {
  return "… và " + std::to_string(more) + " lỗi khác (không liệt kê).\n";
}
inline constexpr const char* kImportNothingWritten = "chưa ghi dòng nào vì tệp còn lỗi.";
inline constexpr const char* kDryRunNothingWritten = "Chạy thử: chưa ghi gì.\n";
// `kind`: app::ImportKind::key ("people", "units", "awards").
inline std::string imported_rows(std::string_view kind, int64_t n) {
  const char* what = kind == "people"        ? " người"
                     : kind == "units"       ? " đơn vị"
                     : kind == "evaluations" ? " kết quả xếp loại"
                                             : " khen thưởng vào sổ";
  return "Đã nhập " + std::to_string(n) + what + ".\n";
}

// --- serve ---
inline std::string config_invalid(std::string_view why) { return "cấu hình không hợp lệ: " + std::string(why); }
inline std::string server_start_failed(std::string_view why) {
  return "không khởi động được máy chủ: " + std::string(why);
}
// Numbers come as text (std::to_string of the caller's types).
inline std::string serving_at(std::string_view host, std::string_view port, std::string_view db,
                              std::string_view threads, std::string_view start_ms) {
  return "thidua: phục vụ tại http://" + std::string(host) + ":" + std::string(port) + " (" + std::string(db) +
         ", " + std::string(threads) + " luồng, khởi động " + std::string(start_ms) + " ms). Nhấn Ctrl+C để dừng.\n";
}
inline constexpr const char* kServerStopped = "thidua: đã dừng.\n";

// --- user ---
inline constexpr const char* kUserDisabledMark = "\t(bị khóa)";
inline std::string role_invalid(std::string_view role) { return "vai trò không hợp lệ: " + std::string(role); }
inline std::string no_unit_with_code(std::string_view code) { return "không có đơn vị mã " + std::string(code); }
inline std::string account_created(std::string_view username) {
  return "Đã tạo tài khoản " + std::string(username) + ".\n";
}
inline constexpr const char* kTemporaryPasswordFirstLogin = "Mật khẩu tạm (phải đổi khi đăng nhập lần đầu): ";
inline std::string no_account(std::string_view username) { return "không có tài khoản " + std::string(username); }
inline std::string account_disabled(std::string_view username) { return "Đã khóa " + std::string(username) + ".\n"; }
inline std::string account_enabled(std::string_view username) {
  return "Đã mở khóa " + std::string(username) + ".\n";
}
inline std::string temporary_password_of(std::string_view username) {
  return "Mật khẩu tạm của " + std::string(username) + ": ";
}
inline constexpr const char* kRoleGranted = "Đã cấp vai trò.\n";

}  // namespace thidua::core::messages_vi
