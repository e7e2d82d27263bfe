// Form decoding: urlencoded and multipart bodies, limits and malformed input.
#include <gtest/gtest.h>

#include "web/form.h"

namespace thidua::web {
namespace {

const std::string kType = "multipart/form-data; boundary=XyZ";

std::string part(const std::string& headers, const std::string& data) {
  return "--XyZ\r\n" + headers + "\r\n\r\n" + data + "\r\n";
}

TEST(Urlencoded, DecodesPairs) {
  auto f = parse_urlencoded("ho_ten=Nguy%E1%BB%85n+V%C4%83n+A&don_vi=3&don_vi=4&flag&=x&&");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->find("ho_ten")->second, "Nguyễn Văn A");
  EXPECT_EQ(f->count("don_vi"), 2u);
  EXPECT_EQ(f->find("flag")->second, "");
  EXPECT_EQ(f->find("")->second, "x");
}

TEST(Urlencoded, RejectsBadEscapesAndLimits) {
  auto bad = parse_urlencoded("a=%G1");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::errc::kBadRequest);
  EXPECT_EQ(bad.error().field, "a");
  EXPECT_FALSE(parse_urlencoded("a=%4").ok());

  FormLimits limits;
  limits.max_fields = 2;
  limits.max_field_bytes = 3;
  auto many = parse_urlencoded("a=1&b=2&c=3", limits);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().code, core::errc::kTooLarge);
  auto long_value = parse_urlencoded("name=abcd", limits);
  ASSERT_FALSE(long_value.ok());
  EXPECT_EQ(long_value.error().field, "name");
}

TEST(Multipart, FieldsAndFiles) {
  std::string body = "preamble\r\n" + part("Content-Disposition: form-data; name=\"title\"", "Danh sách\r\nkhen thưởng") +
                     part("Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\tmp\\\\ds.xlsx\"\r\n"
                          "Content-Type: application/vnd.ms-excel",
                          std::string("PK\x03\x04\0\r\n--Xy", 11)) +
                     part("Content-Disposition: form-data; name=\"q\\\"x\"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o.pdf",
                          "%PDF") +
                     "--XyZ--\r\nepilogue";
  auto parts = parse_multipart(body, kType);
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "title");
  EXPECT_FALSE((*parts)[0].is_file);
  EXPECT_EQ((*parts)[0].data, "Danh sách\r\nkhen thưởng");
  EXPECT_EQ((*parts)[1].filename, "ds.xlsx");
  EXPECT_EQ((*parts)[1].content_type, "application/vnd.ms-excel");
  EXPECT_EQ((*parts)[1].data, std::string("PK\x03\x04\0\r\n--Xy", 11));
  EXPECT_EQ((*parts)[2].name, "q\"x");
  EXPECT_EQ((*parts)[2].filename, "báo cáo.pdf");
}

TEST(Multipart, QuotedBoundaryAndEmptyBody) {
  auto parts = parse_multipart("--a b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a b--",
                               "multipart/form-data; boundary=\"a b\"");
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  EXPECT_EQ((*parts)[0].data, "1");
  auto none = parse_multipart("--XyZ--\r\n", kType);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(Multipart, Malformed) {
  EXPECT_FALSE(parse_multipart("--XyZ--", "multipart/form-data").ok());  // no boundary
  EXPECT_FALSE(parse_multipart("no delimiter here", kType).ok());
  EXPECT_FALSE(parse_multipart(part("Content-Disposition: form-data; name=\"a\"", "x"), kType).ok());  // unterminated
  EXPECT_FALSE(parse_multipart(part("Content-Type: text/plain", "x") + "--XyZ--", kType).ok());  // no disposition
  EXPECT_FALSE(parse_multipart(part("Content-Disposition: attachment; name=\"a\"", "x") + "--XyZ--", kType).ok());
  EXPECT_FALSE(parse_multipart(part("Content-Disposition: form-data", "x") + "--XyZ--", kType).ok());
  EXPECT_FALSE(parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=\"a\"", kType).ok());
  EXPECT_FALSE(parse_multipart("--XyZjunk", kType).ok());
}

TEST(Multipart, Limits) {
  FormLimits limits;
  limits.max_fields = 1;
  limits.max_field_bytes = 4;
  limits.max_file_bytes = 8;
  limits.max_part_header_bytes = 100;
  std::string two = part("Content-Disposition: form-data; name=\"a\"", "1") +
                    part("Content-Disposition: form-data; name=\"b\"", "2") + "--XyZ--";
  auto many = parse_multipart(two, kType, limits);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().code, core::errc::kTooLarge);

  auto big_field = parse_multipart(part("Content-Disposition: form-data; name=\"a\"", "12345") + "--XyZ--", kType, limits);
  ASSERT_FALSE(big_field.ok());
  EXPECT_EQ(big_field.error().field, "a");

  std::string file_headers = "Content-Disposition: form-data; name=\"f\"; filename=\"x.bin\"";
  EXPECT_TRUE(parse_multipart(part(file_headers, "12345678") + "--XyZ--", kType, limits).ok());
  auto big_file = parse_multipart(part(file_headers, "123456789") + "--XyZ--", kType, limits);
  ASSERT_FALSE(big_file.ok());
  EXPECT_EQ(big_file.error().code, core::errc::kTooLarge);

  auto big_headers =
      parse_multipart(part("Content-Disposition: form-data; name=\"a\"\r\nX-Pad: " + std::string(200, 'p'), "1") +
                          "--XyZ--",
                      kType, limits);
  ASSERT_FALSE(big_headers.ok());
  EXPECT_EQ(big_headers.error().code, core::errc::kTooLarge);
}

TEST(ParseForm, DispatchesOnContentType) {
  Request req;
  req.headers["content-type"] = "application/x-www-form-urlencoded; charset=UTF-8";
  req.body = "a=1";
  auto f = parse_form(req);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->get("a"), "1");
  EXPECT_EQ(f->get("missing"), "");

  req.headers["content-type"] = kType;
  req.body = part("Content-Disposition: form-data; name=\"t\"", "x") +
             part("Content-Disposition: form-data; name=\"f\"; filename=\"\"\r\nContent-Type: application/octet-stream", "") +
             part("Content-Disposition: form-data; name=\"g\"; filename=\"a.csv\"", "1,2") + "--XyZ--\r\n";
  f = parse_form(req);
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_EQ(f->get("t"), "x");
  EXPECT_EQ(f->files.size(), 1u);  // the empty file input is dropped
  ASSERT_NE(f->file("g"), nullptr);
  EXPECT_EQ(f->file("g")->data, "1,2");
  EXPECT_EQ(f->file("f"), nullptr);

  req.headers["content-type"] = "application/json";
  req.body = "{}";
  auto json = parse_form(req);
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.error().code, core::errc::kUnsupported);

  Request empty;
  EXPECT_TRUE(parse_form(empty).ok());
}

TEST(HeaderParam, QuotedAndExtended) {
  EXPECT_EQ(header_param("form-data; name=\"a;b\"; filename=x.txt", "name"), "a;b");
  EXPECT_EQ(header_param("form-data; name=\"a;b\"; filename=x.txt", "filename"), "x.txt");
  EXPECT_EQ(header_param("form-data; name=a", "filename"), std::nullopt);
  EXPECT_EQ(header_param("attachment; filename=\"fallback.txt\"; filename*=UTF-8''%E1%BA%A2nh.png", "filename"),
            "Ảnh.png");
}

}  // namespace
}  // namespace thidua::web
