// Phrases of the award documents built from data: the legal grounds ("Căn cứ")
// of an award type, a campaign named inside a sentence. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::core {

// The "Căn cứ" texts of an award type's legal basis, as stored
// ("Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP"):
// one per part that names a legal instrument (a law, decree, circular,
// decision...), in order and without repeats; the Law on Emulation and
// Commendation 2022 and Decree 98/2023 are cited in full with their dates and
// issuers, other instruments as written. Parts that name no instrument (a
// council's voting rule) are left out.
std::vector<std::string> legal_grounds(std::string_view citation);

// A campaign's title as it reads inside a sentence ("đã có thành tích xuất
// sắc trong …", "xét khen thưởng …"): "Phát động đợt thi đua đặc biệt …"
// gives "đợt thi đua đặc biệt …"; otherwise the first letter is made lower
// case, unless the first word is in capitals ("UBND", "COVID-19") or the
// second word begins with a capital (a name: "Hà Nội chung sức …"). A title
// with nothing left gives "đợt thi đua".
std::string campaign_in_sentence(std::string_view title);

}  // namespace thidua::core
