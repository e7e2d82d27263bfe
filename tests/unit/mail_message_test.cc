// E-mail formatting: base64, RFC 2047 subjects that never split a UTF-8
// character, dot-stuffing, and addresses that cannot inject commands.
#include <gtest/gtest.h>

#include "mail/message.h"
#include "support/smtp_sink.h"

namespace thidua {
namespace {

TEST(MailMessage, Base64MatchesRfc4648Vectors) {
  EXPECT_EQ(mail::base64(""), "");
  EXPECT_EQ(mail::base64("f"), "Zg==");
  EXPECT_EQ(mail::base64("fo"), "Zm8=");
  EXPECT_EQ(mail::base64("foo"), "Zm9v");
  EXPECT_EQ(mail::base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(test::decode_base64(mail::base64("Thi đua – Khen thưởng")), "Thi đua – Khen thưởng");
}

TEST(MailMessage, SubjectIsEncodedInWordsOfAtMost75CharactersOnCharacterBoundaries) {
  EXPECT_EQ(mail::encode_subject("Reminder"), "Reminder");
  const std::string subject =
      "Nhắc nhở tiến độ đợt thi đua: Phong trào thi đua “Ngành Tài nguyên và Môi trường chung sức xây dựng nông "
      "thôn mới” năm 2023";
  const std::string encoded = mail::encode_subject(subject);
  EXPECT_EQ(encoded.find_first_of("ắởộđư“”"), std::string::npos);
  size_t pos = 0;
  while (pos < encoded.size()) {
    size_t eol = encoded.find("\r\n", pos);
    if (eol == std::string::npos) eol = encoded.size();
    std::string line = encoded.substr(pos, eol - pos);
    if (!line.empty() && line[0] == ' ') line.erase(0, 1);
    EXPECT_LE(line.size(), 75u) << line;
    ASSERT_EQ(line.rfind("=?UTF-8?B?", 0), 0u) << line;
    // Each word decodes to whole UTF-8 characters: its first byte is no continuation byte.
    const std::string part = test::decode_base64(line.substr(10, line.size() - 12));
    ASSERT_FALSE(part.empty());
    EXPECT_NE(static_cast<unsigned char>(part[0]) & 0xC0, 0x80) << "a word starts inside a character";
    pos = eol + 2;
  }
  EXPECT_EQ(test::decode_rfc2047(encoded), subject);
}

TEST(MailMessage, MessageHasMimeHeadersAndBase64BodyInShortLines) {
  mail::MailMessage m{"thidua@stnmt.example", "tam@lucnam.example", "Nhắc nhở", "Dòng một\n.dòng bắt đầu bằng chấm\n"};
  const std::string text = mail::format_message(m, "Tue, 24 Nov 2026 09:00:00 +0000", "1@stnmt.example");
  EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: <tam@lucnam.example>\r\n"), std::string::npos);
  test::ReceivedMail r;
  r.data = text;
  EXPECT_EQ(r.subject(), "Nhắc nhở");
  EXPECT_EQ(r.body(), "Dòng một\r\n.dòng bắt đầu bằng chấm\r\n");
  for (size_t pos = 0, eol; (eol = text.find("\r\n", pos)) != std::string::npos; pos = eol + 2) {
    EXPECT_LE(eol - pos, 78u);
  }
}

TEST(MailMessage, DotStuffingDoublesLeadingDotsAndEndsTheData) {
  EXPECT_EQ(mail::dot_stuff("a\r\n.b\r\n..c\r\n"), "a\r\n..b\r\n...c\r\n.\r\n");
  EXPECT_EQ(mail::dot_stuff(".\nx"), "..\r\nx\r\n.\r\n");
}

TEST(MailMessage, AddressesWithControlsOrBracketsAreRefused) {
  EXPECT_TRUE(mail::check_address("tam@lucnam.example").ok());
  EXPECT_FALSE(mail::check_address("").ok());
  EXPECT_FALSE(mail::check_address("khong-co-a-con").ok());
  EXPECT_FALSE(mail::check_address("a@b\r\nRCPT TO:<x@y>").ok());
  EXPECT_FALSE(mail::check_address("a b@c").ok());
  EXPECT_FALSE(mail::check_address("<a@b>").ok());
}

}  // namespace
}  // namespace thidua
