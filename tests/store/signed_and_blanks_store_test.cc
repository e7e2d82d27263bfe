// Issued documents' rows and certificate blanks on the engine under test: an
// issued document is stored once (a second insert for the same subject keeps
// the first); a blank's layout survives the round trip through its JSON, a
// wrong member type is named, and a stale version saves nothing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/certificate_blanks.h"
#include "store/file_store.h"
#include "store/issued_documents.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class SignedAndBlanksStoreTest : public test::DatabaseTest {
 protected:
  int64_t agency() {
    core::Unit u;
    u.code = "STNMT";
    u.name = "Sở Tài nguyên và Môi trường";
    u.kind = core::UnitKind::kAgency;
    auto conn = db_->acquire();
    return store::insert_unit(*conn, u, kNow)->id;
  }
  std::string file(const std::string& bytes) {
    auto conn = db_->acquire();
    const std::string dir = (std::filesystem::temp_directory_path() / ("thidua-store-" + std::to_string(::getpid()))).string();
    auto f = store::put_file(*conn, dir, bytes, 1 << 20, kNow);
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return f.ok() ? f->sha256 : "";
  }
};

TEST_F(SignedAndBlanksStoreTest, AnIssuedDocumentIsStoredOnce) {
  const int64_t unit = agency();
  core::IssuedDocument d;
  d.subject = core::kIssuedDecision;
  d.subject_id = 7;
  d.sha256 = file("%PDF-1.5\n% first signing\n%%EOF\n");
  d.size = 30;
  d.signed_at = "2026-01-01T07:00:00+07:00";
  d.agency_unit_id = unit;
  d.signer_cert_sha256 = std::string(64, 'a');
  d.agency_cert_sha256 = std::string(64, 'b');
  auto conn = db_->acquire();
  auto first = store::insert_issued_document(*conn, d);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(*first);
  core::IssuedDocument racer = d;
  racer.sha256 = file("%PDF-1.5\n% a racing signing\n%%EOF\n");
  auto second = store::insert_issued_document(*conn, racer);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_FALSE(*second) << "the first signed file stands";
  auto found = store::find_issued_document(*conn, core::kIssuedDecision, 7);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->sha256, d.sha256);
  EXPECT_FALSE((*found)->signer_user_id.has_value());
  auto other = store::find_issued_document(*conn, core::kIssuedPlan, 7);
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->has_value()) << "subjects are apart";
}

TEST_F(SignedAndBlanksStoreTest, ABlanksLayoutRoundTripsAndAStaleVersionSavesNothing) {
  const int64_t unit = agency();
  core::CertificateBlank b;
  b.unit_id = unit;
  b.name = "Phôi Giấy khen";
  b.layout = core::default_blank_layout();
  b.layout.offset_x_mm = -1.25;
  b.layout.box(core::BlankField::kDetail).printed = false;
  b.layout.box(core::BlankField::kReason).size_pt = 13.5;
  auto conn = db_->acquire();
  auto id = store::insert_certificate_blank(*conn, b, std::nullopt, kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto back = store::find_certificate_blank(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_EQ((*back)->unit_name, "Sở Tài nguyên và Môi trường");
  EXPECT_DOUBLE_EQ((*back)->layout.offset_x_mm, -1.25);
  EXPECT_FALSE((*back)->layout.box(core::BlankField::kDetail).printed);
  EXPECT_DOUBLE_EQ((*back)->layout.box(core::BlankField::kReason).size_pt, 13.5);
  EXPECT_EQ(store::encode_blank_layout((*back)->layout), store::encode_blank_layout(b.layout));

  b.id = *id;
  b.name = "Phôi Giấy khen (2024)";
  ASSERT_TRUE(store::update_certificate_blank(*conn, b, 1, std::nullopt, kNow).ok());
  auto stale = store::update_certificate_blank(*conn, b, 1, std::nullopt, kNow);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  auto listed = store::list_certificate_blanks(*conn, {"/"}, 10);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().version, 2);
  auto none = store::list_certificate_blanks(*conn, {}, 10);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  auto wrong = store::decode_blank_layout(R"({"boxes":{"signer":{"x_mm":"bên phải"}}})");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "signer.x_mm");
  EXPECT_FALSE(store::decode_blank_layout("[1,2]").ok());
}

}  // namespace
}  // namespace thidua
