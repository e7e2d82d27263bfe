// PDF and DOCX writers of administrative documents, checked on the reference
// plan of the seed (Sở TNMT Bắc Giang, Kế hoạch phát động đợt thi đua đặc biệt).
#include <cairo.h>
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "docs/docx_writer.h"
#include "docs/document.h"
#include "docs/fonts.h"
#include "docs/pdf_writer.h"
#include "core/document_lines.h"
#include "support/pdf_text.h"

namespace thidua::docs {
namespace {

namespace fs = std::filesystem;
using core::format_document_number;
using core::format_place_date;

// Pango, cairo and fontconfig keep process-wide font caches until exit. They
// are released after the last test so that LeakSanitizer (scripts/test runs
// with detect_leaks=1) reports only real leaks. fontconfig is reached through
// pangocairo's own dependency, hence dlsym.
class FontCaches : public ::testing::Environment {
 public:
  void TearDown() override {
    release_document_fonts();
    pango_cairo_font_map_set_default(nullptr);
    cairo_debug_reset_static_data();
    if (void* fini = dlsym(RTLD_DEFAULT, "FcFini")) reinterpret_cast<void (*)()>(fini)();
  }
};
[[maybe_unused]] const ::testing::Environment* const kFontCaches =
    ::testing::AddGlobalTestEnvironment(new FontCaches);

AdministrativeDocument seed_plan() {
  AdministrativeDocument d;
  d.governing_body = "UBND TỈNH BẮC GIANG";
  d.issuing_body = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d.number_line = format_document_number(0, "KH-STNMT");
  d.place_date_line = format_place_date("Bắc Giang", 2023, 6, 0);
  d.doc_type = "KẾ HOẠCH";
  d.summary =
      "Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập "
      "Sở Tài nguyên và Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023)";
  d.preamble.push_back(RichText{{
      "Thực hiện Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở về tổ chức các hoạt động "
      "hướng tới Kỷ niệm 20 năm Ngày thành lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang "
      "(10/11/2003-10/11/2023); Giám đốc Sở ban hành Kế hoạch phát động đợt thi đua đặc biệt lập "
      "thành tích chào mừng Kỷ niệm 20 năm Sở Tài nguyên và Môi trường tỉnh Bắc Giang "
      "(10/11/2003-10/11/2023) với các nội dung cụ thể sau:"}});
  auto& b = d.body;
  b.push_back(heading1("I. MỤC ĐÍCH YÊU CẦU:"));
  b.push_back(numbered("1.", "Thông qua đợt thi đua đặc biệt nhằm tuyên truyền sâu rộng truyền thống tự hào của ngành tài nguyên và môi trường sau 20 năm thành lập, đã đóng góp tích cực vào sự phát triển kinh tế- xã hội, an ninh quốc phòng an ninh, tăng cường quản lý tài nguyên, bảo vệ môi trường, góp phần đẩy mạnh sự nghiệp công nghiệp hóa, hiện đại hóa đất nước trên địa bàn tỉnh Bắc Giang."));
  b.push_back(numbered("2.", "Phát động đợt thi đua đặc biệt nhằm động viên đội ngũ công chức, viên chức và người lao động phát huy những thành quả đạt được trong sự nghiệp xây dựng, hội nhập và phát triển của Ngành, đoàn kết, năng động, sáng tạo, chung sức đồng lòng, hăng hái thi đua yêu nước góp phần hoàn thành xuất sắc nhiệm vụ năm 2023."));
  b.push_back(numbered("3.", "Các hoạt động chào mừng Kỷ niệm 20 năm Ngày thành lập Sở phải thiết thực, hiệu quả, gắn với các nhiệm vụ chính trị của đơn vị, không phô trương, hình thức, phù hợp với điều kiện thực tế."));
  b.push_back(numbered("4.", "Biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu có thành tích xuất sắc trong đợt thi đua đặc biệt."));
  b.push_back(heading1("II. ĐỐI TƯỢNG, NỘI DUNG"));
  b.push_back(heading2("1. Đối tượng"));
  b.push_back(numbered("1.1.", "Tập thể: Sở Tài nguyên và Môi trường; các phòng, đơn vị thuộc Sở TNMT; phòng TNMT các huyện, thành phố."));
  b.push_back(numbered("1.2.", "Cá nhân: Công chức, viên chức và người lao động thuộc ngành Tài nguyên và môi trường trên địa bàn tỉnh Bắc Giang."));
  b.push_back(heading2("2. Nội dung thi đua"));
  b.push_back(numbered("1.", "Xây dựng và triển khai thực hiện các kế hoạch công tác của ngành; đẩy mạnh thực hiện các tiêu chí của phong trào thi đua năm 2023 đã đề ra, trong đó tập trung đua đầy nhanh tiến độ, đảm bảo chất lượng, đổi mới sáng tạo và đạt kết quả nổi bật trong việc triển khai các nhiệm vụ chính trị, nhất là các nhiệm vụ trọng tâm được giao năm 2023; bám sát mục tiêu của tỉnh về thực hiện Nghị quyết của chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế xã hội năm 2023 và quan điểm chỉ đạo, điều hành của Bộ Tài nguyên và Môi trường, Tỉnh ủy, HĐND, UBND tỉnh với phương châm “Kỷ cương, trách nhiệm, đoàn kết, sáng tạo, nỗ lực phấn đấu thi đua hoàn thành xuất sắc nhiệm vụ được giao”."));
  b.push_back(numbered("2.", "Tổ chức các phong trào thi đua sôi nổi và thiết thực nhằm phát huy sức mạnh của cả hệ thống chính trị, tạo sự đồng thuận trong toàn ngành Tài nguyên và môi trường, phấn đấu thực hiện thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ của ngành."));
  b.push_back(numbered("3.", "Tích cực hưởng ứng phong trào thi đua yêu nước do Thủ tướng Chính phủ phát động như: phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021- 2025; “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”;.. phong trào thi đua yêu nước do Bộ trưởng Bộ Tài nguyên và Môi trường phát động như: Phong trào “Đoàn kết, sáng tạo, hội nhập và phát triển” giai đoạn 2020 – 2025; “Đoàn kết, kỷ cương, đổi mới, sáng tạo, chuyển đổi số, chuyển đổi xanh” để đẩy mạnh chuyển đổi số, chuyển đổi xanh, phát huy các nguồn lực tài nguyên và môi trường cho tương lai bền vững; Phong trào thi đua yêu nước do Chủ tịch UBND tỉnh phát động với chủ đề: “Đoàn kết, kỷ cương, đổi mới, sáng tạo thi đua thực hiện thắng lợi các mục tiêu, nhiệm vụ chính trị năm 2023, xây dựng quê hương Bắc Giang ngày càng phát triển giàu đẹp, văn minh”."));
  b.push_back(numbered("5.", "Thi đua đẩy mạnh phong trào văn nghệ, thể dục, thể thao nhằm nâng cao sức khỏe và đời sống tinh thần cho công chức, viên chức và người lao động, góp phần thực hiện thắng lợi nhiệm vụ chính trị của cơ quan, đơn vị."));
  b.push_back(heading1("III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG"));
  b.push_back(numbered("1.", RichText{{"Thời gian thi đua:", true}, {" Từ ngày phát động đợt thi đua đến hết ngày 30/9/2023."}}));
  b.push_back(heading2("2. Hình thức khen thưởng"));
  b.push_back(bullet("Kết thúc đợt thi đua, Hội đồng thi đua khen thưởng ngành Tài nguyên và Môi trường tổ chức bình xét, lựa chọn các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc nhất trong đợt thi đua để đề nghị:"));
  b.push_back(bullet("Giám đốc Sở tặng giấy khen"));
  b.push_back(bullet("Chủ tịch UBND tỉnh tặng bằng khen"));
  b.push_back(bullet("Bộ Tài nguyên và Môi trường tặng bằng khen"));
  b.push_back(note("(Sở Tài nguyên và Môi trường sẽ có hướng dẫn riêng về tổng kết thi đua và xét, đề nghị khen thưởng vào cuối đợt thi đua)"));
  b.push_back(heading1("IV. TIÊU CHÍ THI ĐUA"));
  b.push_back(heading2("1. Tiêu chí thi đua"));
  b.push_back(heading2("1.1. Đối với tập thể"));
  b.push_back(bullet("Hưởng ứng và phát động đợt thi đua đặc biệt thiết thực, hiệu quả gắn với các nhiệm vụ chính trị của cơ quan, đơn vị và của Ngành, cụ thể: có kế hoạch, giải pháp thực hiện; có đăng ký chỉ tiêu thi đua; có nhiệm vụ tiêu biểu chào mừng Kỷ niệm 20 năm Ngày thành lập Sở."));
  b.push_back(bullet("Có thành tích xuất sắc trong đợt thi đua và trong các hoạt động Kỷ niệm 20 năm Ngày thành lập Sở"));
  b.push_back(bullet("Nội bộ đoàn kết; thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; nâng cao đời sống vật chất, tinh thần của người lao động."));
  b.push_back(heading2("2. Đối với cá nhân"));
  b.push_back(bullet("Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến; có nhiệm vụ, phần việc tiêu biểu lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Sở"));
  b.push_back(bullet("Thực hiện tốt kỷ luật, kỷ cương hành chính, quy định văn hóa công sở và nội quy của cơ quan, đơn vị, không uống rượu bia, hút thuốc lá tại nơi làm việc..."));
  b.push_back(bullet("Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, nội quy, quy chế của cơ quan, đơn vị, có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia các phong trào thi đua; có đạo đức, lối sống lành mạnh."));
  b.push_back(bullet("Có thành tích xuất sắc, được bình xét trong đợt thi đua và trong các hoạt động Kỷ niệm 20 năm Ngày thành lập Sở."));
  b.push_back(heading1("V. TỔ CHỨC THỰC HIỆN"));
  b.push_back(numbered("1.", "Các đơn vị trực thuộc Sở, phòng Tài nguyên và Môi trường các huyện, thành phố căn cứ vào Kế hoạch và điều kiện thực tế, chức năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể triển khai bảo đảm thực hiện có hiệu quả đợt thi đua đặc biệt đáp ứng mục đích, yêu cầu đề ra."));
  b.push_back(numbered("2.", "Trung tâm Lưu trữ và Phát triển quỹ đất: Đăng tải kế hoạch phát động phong trào thi đua trên trang Website của Sở nhằm tuyên truyền, tạo sức lan tỏa trong thực hiện phong trào thi đua đặc biệt chào mừng 20 năm thành lập Sở."));
  b.push_back(numbered("3.", "Thường trực Hội đồng TĐKT của Ngành (Văn phòng Sở) phối hợp với các đơn vị có liên quan, các tổ chức đoàn thể tạo môi trường thuận lợi để công chức, viên chức, người lao động, đoàn viên tham gia phong trào thi đua. Giúp Giám đốc Sở tổng kết phong trào thi đua của cơ quan, bình xét, lựa chọn những tập thể, cá nhân có thành tích xuất sắc biểu biểu trình Giám đốc Sở tặng giấy khen hoặc đề nghị Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh tặng bằng khen."));
  b.push_back(numbered("4.", "Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp khó khăn, vướng mắc trong quá trình tổ chức thực hiện, kịp thời báo cáo Lãnh đạo Sở chỉ đạo giải quyết./."));
  d.signature = Signature{{"GIÁM ĐỐC"}, "Bùi Quang Huy"};
  d.recipients = {"Bộ TNMT (b/c);", "UBND tỉnh (b/c);", "Ban TĐKT tỉnh-Sở Nội vụ (b/c);", "Lãnh đạo Sở;",
                  "Phòng TNMT các huyện, thành phố;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."};
  return d;
}

// A decision with a long list of awardees.
AdministrativeDocument awardee_decision(int rows) {
  AdministrativeDocument d;
  d.governing_body = "UBND TỈNH BẮC GIANG";
  d.issuing_body = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d.number_line = format_document_number(5, "QĐ-STNMT");
  d.place_date_line = format_place_date("Bắc Giang", 2023, 2, 5);
  d.doc_type = "QUYẾT ĐỊNH";
  d.summary = "Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc";
  d.body.push_back(paragraph("Tặng Giấy khen của Giám đốc Sở cho các cá nhân có tên sau:"));
  Table t;
  t.columns = {{"STT", 0.08, true}, {"Họ và tên", 0.32}, {"Chức vụ, đơn vị công tác", 0.6}};
  const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Vũ Đức Giang"};
  for (int i = 1; i <= rows; ++i) {
    t.rows.push_back({std::to_string(i), names[i % 5], "Chuyên viên Văn phòng Sở Tài nguyên và Môi trường"});
  }
  d.body.push_back(table(std::move(t)));
  d.signature = Signature{{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Thị Hoa"};
  d.recipients = {"Như Điều 3;", "Lưu: VT, VP."};
  return d;
}

fs::path scratch_dir() {
  fs::path dir = fs::temp_directory_path() /
                 ("thidua-docs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::create_directories(dir);
  return dir;
}

bool have_tool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Collapses every run of whitespace to one space.
std::string squash(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// Expects each needle to occur in text after the previous one.
void expect_in_order(const std::string& text, const std::vector<std::string>& needles) {
  std::size_t pos = 0;
  for (const auto& n : needles) {
    auto at = text.find(n, pos);
    ASSERT_NE(at, std::string::npos) << "missing or out of order: " << n;
    pos = at + n.size();
  }
}

TEST(DocsPdf, SeedPlanHasTheKeyLinesInOrder) {
  fs::path pdf = scratch_dir() / "ke_hoach.pdf";
  ASSERT_TRUE(write_pdf(seed_plan(), pdf.string()).ok());
  std::string raw = test::pdf_file_text(pdf.string());
  std::string text = squash(raw);
  expect_in_order(text, {"UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Số: /KH-STNMT", "Bắc Giang, ngày tháng 6 năm 2023", "KẾ HOẠCH",
                         "Phát động đợt thi đua đặc biệt", "I. MỤC ĐÍCH YÊU CẦU", "II. ĐỐI TƯỢNG, NỘI DUNG",
                         "3. Tích cực hưởng ứng", "5. Thi đua đẩy mạnh phong trào văn nghệ",
                         "III. THỜI GIAN THI ĐUA", "V. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Lưu: VT, VP."});
  expect_in_order(text, {"V. TỔ CHỨC THỰC HIỆN", "GIÁM ĐỐC", "Bùi Quang Huy"});
  expect_in_order(text, {"Số: /KH-STNMT", "Phòng TNMT các huyện, thành phố;"});

  // Item 5 follows item 3 directly: labels are data, the missing 4 stays missing.
  auto from = raw.find("3. Tích cực hưởng ứng");
  auto to = raw.find("5. Thi đua đẩy mạnh");
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  ASSERT_LT(from, to);
  for (const auto& line : split(raw.substr(from, to - from), '\n')) {
    EXPECT_NE(trim(line).rfind("4.", 0), 0u) << line;
  }
  // A multi-page plan: page 2 carries its number, page 1 does not.
  auto pages = split(raw, '\f');
  ASSERT_GE(pages.size(), 2u);
  EXPECT_EQ(trim(split(pages[1].substr(pages[1].find_first_not_of("\n ")), '\n')[0]), "2");
  fs::remove_all(pdf.parent_path());
}

TEST(DocsPdf, LongTableSpansPagesWithRepeatedHeader) {
  fs::path pdf = scratch_dir() / "quyet_dinh.pdf";
  ASSERT_TRUE(write_pdf(awardee_decision(300), pdf.string()).ok());
  std::string raw = test::pdf_file_text(pdf.string());
  auto pages = split(raw, '\f');
  if (!pages.empty() && trim(squash(pages.back())).empty()) pages.pop_back();
  ASSERT_GE(pages.size(), 5u);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::string& page = pages[i];
    auto first = page.find_first_not_of("\n ");
    ASSERT_NE(first, std::string::npos);
    std::string first_line = trim(split(page.substr(first), '\n')[0]);
    if (i == 0) {
      EXPECT_NE(first_line, "1");
    } else {
      EXPECT_EQ(first_line, std::to_string(i + 1)) << "page " << i + 1;
    }
    // Every page holding rows starts them under the header row.
    if (page.find("Chuyên viên") != std::string::npos) {
      EXPECT_NE(page.find("Họ và tên"), std::string::npos) << "page " << i + 1;
    }
  }
  std::string text = squash(raw);
  expect_in_order(text, {"QUYẾT ĐỊNH", "Họ và tên", "1 Trần Thị Bình", "300 Nguyễn Văn An", "Nơi nhận:",
                         "- Lưu: VT, VP."});
  expect_in_order(text, {"300 Nguyễn Văn An", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hoa"});
  fs::remove_all(pdf.parent_path());
}

TEST(DocsPdf, RejectsMalformedTextAndUnwritablePath) {
  AdministrativeDocument d = seed_plan();
  d.summary = std::string("K\xff\xfe");
  auto st = write_pdf(d, (fs::temp_directory_path() / "thidua-docs-never.pdf").string());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_FALSE(fs::exists(fs::temp_directory_path() / "thidua-docs-never.pdf"));
  auto st2 = write_pdf(seed_plan(), "/nonexistent-dir/thidua/x.pdf");
  ASSERT_FALSE(st2.ok());
  EXPECT_EQ(st2.error().code, core::errc::kStorage);
}

// Reads one entry of a ZIP archive; empty when absent.
std::string zip_entry(const fs::path& archive, const std::string& name) {
  int err = 0;
  zip_t* za = zip_open(archive.c_str(), ZIP_RDONLY, &err);
  if (za == nullptr) return {};
  std::string out;
  zip_stat_t st;
  if (zip_stat(za, name.c_str(), 0, &st) == 0) {
    zip_file_t* f = zip_fopen(za, name.c_str(), 0);
    if (f != nullptr) {
      out.resize(st.size);
      zip_int64_t n = zip_fread(f, out.data(), st.size);
      if (n < 0) out.clear();
      zip_fclose(f);
    }
  }
  zip_close(za);
  return out;
}

// Minimal well-formedness check: tags nest and close in order.
bool tags_balanced(const std::string& xml) {
  std::vector<std::string> stack;
  std::size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string::npos) {
    auto end = xml.find('>', pos);
    if (end == std::string::npos) return false;
    std::string tag = xml.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    if (tag.back() == '/') continue;
    std::string name = tag.substr(tag[0] == '/' ? 1 : 0);
    name = name.substr(0, name.find_first_of(" \t\n"));
    if (tag[0] == '/') {
      if (stack.empty() || stack.back() != name) return false;
      stack.pop_back();
    } else {
      stack.push_back(name);
    }
  }
  return stack.empty();
}

TEST(DocsDocx, SeedPlanIsAWellFormedPackage) {
  fs::path dir = scratch_dir();
  fs::path docx = dir / "ke_hoach.docx";
  AdministrativeDocument d = seed_plan();
  d.body.push_back(paragraph("Ký hiệu đặc biệt: <b> & \"trích dẫn\" 'đơn'"));
  ASSERT_TRUE(write_docx(d, docx.string()).ok());
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                           "word/settings.xml", "word/_rels/document.xml.rels", "docProps/core.xml",
                           "docProps/app.xml"}) {
    std::string xml = zip_entry(docx, part);
    ASSERT_FALSE(xml.empty()) << part;
    EXPECT_TRUE(tags_balanced(xml)) << part;
  }
  std::string doc = zip_entry(docx, "word/document.xml");
  EXPECT_NE(doc.find("w:w=\"11906\" w:h=\"16838\""), std::string::npos);
  EXPECT_NE(doc.find("w:top=\"1134\""), std::string::npos);
  EXPECT_NE(doc.find("w:bottom=\"1134\""), std::string::npos);
  EXPECT_NE(doc.find("w:left=\"1701\""), std::string::npos);
  EXPECT_NE(doc.find("w:right=\"850\""), std::string::npos);
  EXPECT_NE(doc.find("<w:titlePg/>"), std::string::npos);
  EXPECT_NE(doc.find("&lt;b&gt; &amp; &quot;trích dẫn&quot; &apos;đơn&apos;"), std::string::npos);
  expect_in_order(doc, {"UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "/KH-STNMT", "KẾ HOẠCH", "Phát động đợt thi đua đặc biệt", "3.", "Tích cực hưởng ứng",
                        "5.", "Thi đua đẩy mạnh phong trào văn nghệ", "Nơi nhận:", "- Lưu: VT, VP.", "GIÁM ĐỐC",
                        "Bùi Quang Huy"});
  std::string styles = zip_entry(docx, "word/styles.xml");
  EXPECT_NE(styles.find("Times New Roman"), std::string::npos);
  std::string header = zip_entry(docx, "word/header1.xml");
  EXPECT_NE(header.find("PAGE"), std::string::npos);

  // Labels are data: item 5 follows item 3 with no item 4 between them.
  auto from = doc.find("Tích cực hưởng ứng");
  auto to = doc.find("Thi đua đẩy mạnh phong trào văn nghệ");
  ASSERT_LT(from, to);
  EXPECT_EQ(doc.substr(from, to - from).find(">4. <"), std::string::npos);

  // Each part is well-formed XML (xmllint: libxml2-utils, installed by scripts/setup).
  ASSERT_TRUE(have_tool("xmllint")) << "xmllint (libxml2-utils) checks the DOCX parts";
  for (const char* part : {"word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml",
                           "[Content_Types].xml", "docProps/core.xml"}) {
    fs::path extracted = dir / "part.xml";
    std::ofstream(extracted, std::ios::binary) << zip_entry(docx, part);
    EXPECT_EQ(std::system(("xmllint --noout '" + extracted.string() + "' 2>/dev/null").c_str()), 0) << part;
  }
  fs::remove_all(dir);
}

TEST(DocsDocx, TableHeaderRepeats) {
  fs::path dir = scratch_dir();
  fs::path docx = dir / "quyet_dinh.docx";
  ASSERT_TRUE(write_docx(awardee_decision(300), docx.string()).ok());
  std::string doc = zip_entry(docx, "word/document.xml");
  EXPECT_NE(doc.find("<w:tblHeader/>"), std::string::npos);
  EXPECT_NE(doc.find("Nguyễn Văn An"), std::string::npos);
  EXPECT_TRUE(tags_balanced(doc));
  fs::remove_all(dir);
}

TEST(DocsDocx, ATableMayUseASmallerSize) {
  fs::path dir = scratch_dir();
  fs::path docx = dir / "bien_ban.docx";
  AdministrativeDocument d = awardee_decision(3);
  for (auto& b : d.body) {
    if (b.kind == BlockKind::kTable) b.table.font_size = 11;
  }
  ASSERT_TRUE(write_docx(d, docx.string()).ok());
  std::string doc = zip_entry(docx, "word/document.xml");
  const std::string sized = "<w:r><w:rPr><w:sz w:val=\"22\"/>";
  EXPECT_NE(doc.find(sized + "<w:szCs w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">Trần Thị Bình"),
            std::string::npos)
      << "table runs carry 11 pt";
  EXPECT_TRUE(tags_balanced(doc));
  ASSERT_TRUE(write_docx(awardee_decision(3), docx.string()).ok());
  EXPECT_EQ(zip_entry(docx, "word/document.xml").find(sized), std::string::npos) << "the default leaves runs alone";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace thidua::docs
