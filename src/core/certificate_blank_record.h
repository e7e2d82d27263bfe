// A stored certificate blank (store/certificate_blanks.h): an agency's
// pre-printed design and where its fields print.
#pragma once

#include <cstdint>
#include <string>

#include "core/certificate_blank.h"

namespace thidua::core {

struct CertificateBlank {
  int64_t id = 0;
  int64_t unit_id = 0;       // the agency whose blank it is
  std::string unit_name;     // filled when read
  std::string unit_path;     // filled when read (materialised path, for scope checks)
  std::string name;          // "Phôi Giấy khen của Giám đốc Sở (mẫu 2023)"
  BlankLayout layout;
  int64_t version = 1;
  std::string updated_at;
};

}  // namespace thidua::core
