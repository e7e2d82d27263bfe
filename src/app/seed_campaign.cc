// The seed plan (../shared/seed/000_52f098578dc998ab.txt) as data, word for
// word: Kế hoạch phát động đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày
// thành lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang.
#include "app/seed_campaign.h"

#include <optional>
#include <utility>
#include <vector>

#include "core/campaign_vote.h"

namespace thidua::app {
namespace {

using core::AwardLevel;
using core::CriterionSubject;
using core::DataCheck;
using core::TaskKind;
using core::Verification;

std::optional<int64_t> unit_id(const std::map<std::string, int64_t>& ids, const std::string& code) {
  const auto it = ids.find(code);
  if (it == ids.end()) return std::nullopt;
  return it->second;
}

core::Criterion criterion(CriterionSubject subject, std::string text, std::vector<DataCheck> checks = {}) {
  core::Criterion c;
  c.subject = subject;
  c.label = "-";
  c.text = std::move(text);
  c.verification = checks.empty() ? Verification::kAttested : Verification::kData;
  c.checks = std::move(checks);
  return c;
}

core::AwardType award(std::string code, std::string name, std::string granted_by, AwardLevel level,
                      bool own_authority, std::string proposal_route, std::string text) {
  core::AwardType a;
  a.code = std::move(code);
  a.name = std::move(name);
  a.granted_by = std::move(granted_by);
  a.level = level;
  a.own_authority = own_authority;
  a.proposal_route = std::move(proposal_route);
  a.text = std::move(text);
  // The council's own rule for campaign awards: more than half of the members
  // present, quorum two thirds (legal.md §3; Law 06/2022/QH15, Decree
  // 98/2023/NĐ-CP; (confirm)). Data, changeable per award type.
  a.ballot = core::default_campaign_award_rule();
  return a;
}

core::Assignment assignment(std::string label, std::string assignee, std::string unit_code, TaskKind kind,
                            std::string text, const std::map<std::string, int64_t>& ids) {
  core::Assignment a;
  a.label = std::move(label);
  a.assignee = std::move(assignee);
  a.unit_id = unit_code.empty() ? std::nullopt : unit_id(ids, unit_code);
  a.unit_code = std::move(unit_code);
  a.kind = kind;
  a.text = std::move(text);
  return a;
}

}  // namespace

core::Campaign seed_campaign(const std::map<std::string, int64_t>& unit_ids_by_code) {
  core::Campaign c;
  c.issuing_unit_id = unit_id(unit_ids_by_code, std::string(kSeedIssuingUnitCode)).value_or(0);
  c.governing_body = "UBND TỈNH BẮC GIANG";
  c.issuing_body = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  c.document_type = "KẾ HOẠCH";
  c.doc_symbol = "KH-STNMT";
  c.place = "Bắc Giang";
  // The copy leaves the number and the day blank, as a draft does.
  c.date_text = "ngày   tháng 6 năm 2023";
  c.title =
      "Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm "
      "20 năm Ngày thành lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang "
      "(10/11/2003-10/11/2023)";
  c.kind = core::CampaignKind::kSpecial;
  c.implements.push_back({"25/KH-STNMT", "2023-04-18", "Giám đốc Sở",
                           "về tổ chức các hoạt động hướng tới Kỷ niệm 20 năm Ngày thành lập Sở Tài nguyên và "
                           "Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023)"});
  c.basis =
      "Thực hiện Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở về "
      "tổ chức các hoạt động hướng tới Kỷ niệm 20 năm Ngày thành lập "
      "Sở Tài nguyên và Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023); Giám "
      "đốc Sở ban hành Kế hoạch phát động đợt thi đua đặc biệt lập "
      "thành tích chào mừng Kỷ niệm 20 năm Sở Tài nguyên và Môi trường "
      "tỉnh Bắc Giang (10/11/2003-10/11/2023) với các nội dung cụ thể sau:";

  c.headings.purposes = "I. MỤC ĐÍCH YÊU CẦU:";
  c.headings.participants_and_contents = "II. ĐỐI TƯỢNG, NỘI DUNG";
  c.headings.participants = "1. Đối tượng";
  c.headings.contents = "2. Nội dung thi đua";
  c.headings.period_and_awards = "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG";
  c.headings.period = "1. Thời gian thi đua:";
  c.headings.awards = "2. Hình thức khen thưởng";
  c.headings.criteria = "IV. TIÊU CHÍ THI ĐUA";
  c.headings.criteria_intro = "1. Tiêu chí thi đua";
  c.headings.collective_criteria = "1.1. Đối với tập thể";
  // As issued: "2." where "1.2." was meant.
  c.headings.individual_criteria = "2. Đối với cá nhân";
  c.headings.implementation = "V. TỔ CHỨC THỰC HIỆN";

  c.purposes = {
      {"1.",
       "Thông qua đợt thi đua đặc biệt nhằm tuyên truyền sâu rộng truyền "
       "thống tự hào của ngành tài nguyên và môi trường sau 20 năm thành lập, "
       "đã đóng góp tích cực vào sự phát triển kinh tế- xã hội, an ninh "
       "quốc phòng an ninh, tăng cường quản lý tài nguyên, bảo vệ môi "
       "trường, góp phần đẩy mạnh sự nghiệp công nghiệp hóa, hiện đại "
       "hóa đất nước trên địa bàn tỉnh Bắc Giang."},
      {"2.",
       "Phát động đợt thi đua đặc biệt nhằm động viên đội ngũ công "
       "chức, viên chức và người lao động phát huy những thành quả đạt "
       "được trong sự nghiệp xây dựng, hội nhập và phát triển của Ngành, "
       "đoàn kết, năng động, sáng tạo, chung sức đồng lòng, hăng hái thi đua "
       "yêu nước góp phần hoàn thành xuất sắc nhiệm vụ năm 2023."},
      {"3.",
       "Các hoạt động chào mừng Kỷ niệm 20 năm Ngày thành lập Sở phải "
       "thiết thực, hiệu quả, gắn với các nhiệm vụ chính trị của đơn "
       "vị, không phô trương, hình thức, phù hợp với điều kiện thực tế."},
      {"4.",
       "Biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu có "
       "thành tích xuất sắc trong đợt thi đua đặc biệt."},
  };

  c.participants.collectives = {"1.1.",
                                "Tập thể: Sở Tài nguyên và Môi trường; các phòng, đơn vị thuộc Sở "
                                "TNMT; phòng TNMT các huyện, thành phố."};
  c.participants.individuals = {"1.2.",
                                "Cá nhân: Công chức, viên chức và người lao động thuộc ngành Tài "
                                "nguyên và môi trường trên địa bàn tỉnh Bắc Giang."};
  if (const auto root = unit_id(unit_ids_by_code, std::string(kSeedIssuingUnitCode))) {
    c.participants.target_unit_ids.push_back(*root);
  }
  // The Department, its divisions and units, and the district/city TNMT offices.
  c.participants.target_unit_kinds = {core::UnitKind::kAgency,   core::UnitKind::kOffice,
                                      core::UnitKind::kDivision, core::UnitKind::kSubDepartment,
                                      core::UnitKind::kCentre,   core::UnitKind::kBranch,
                                      core::UnitKind::kDistrictOffice};
  c.participants.employment_categories = {core::EmploymentCategory::kCivilServant,
                                          core::EmploymentCategory::kPublicEmployee,
                                          core::EmploymentCategory::kWorker};

  // Item 4 is missing in the plan as issued; the labels are kept so. Item 1
  // spans two paragraphs in the copy, joined here with one space.
  c.contents = {
      {"1.",
       "Xây dựng và triển khai thực hiện các kế hoạch công tác của ngành; "
       "đẩy mạnh thực hiện các tiêu chí của phong trào thi đua năm 2023 đã "
       "đề ra, trong đó tập trung đua đầy nhanh tiến độ, đảm bảo chất "
       "lượng, đổi mới sáng tạo và đạt kết quả nổi bật trong việc "
       "triển khai các nhiệm vụ chính trị, nhất là các nhiệm vụ trọng tâm "
       "được giao năm 2023; bám sát mục tiêu của tỉnh về thực hiện Nghị "
       "quyết của chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện "
       "kế hoạch phát triển kinh tế xã hội năm 2023 và quan điểm chỉ đạo, "
       "điều hành của Bộ Tài nguyên và Môi trường, Tỉnh ủy, HĐND, UBND "
       "tỉnh với phương châm “Kỷ cương, trách nhiệm, đoàn kết, sáng tạo, "
       "nỗ lực phấn đấu thi đua hoàn thành xuất sắc nhiệm vụ được "
       "giao”."},
      {"2.",
       "Tổ chức các phong trào thi đua sôi nổi và thiết thực nhằm phát huy "
       "sức mạnh của cả hệ thống chính trị, tạo sự đồng thuận trong "
       "toàn ngành Tài nguyên và môi trường, phấn đấu thực hiện thắng lợi "
       "các mục tiêu, chỉ tiêu, nhiệm vụ của ngành."},
      {"3.",
       "Tích cực hưởng ứng phong trào thi đua yêu nước do Thủ tướng Chính "
       "phủ phát động như: phong trào “Cả nước chung sức xây dựng nông "
       "thôn mới” giai đoạn 2021- 2025; “Cán bộ, công chức, viên chức thi "
       "đua thực hiện văn hóa công sở”;.. phong trào thi đua yêu nước do Bộ "
       "trưởng Bộ Tài nguyên và Môi trường phát động như: Phong trào “Đoàn "
       "kết, sáng tạo, hội nhập và phát triển” giai đoạn 2020 – 2025; "
       "“Đoàn kết, kỷ cương, đổi mới, sáng tạo, chuyển đổi số, chuyển "
       "đổi xanh” để đẩy mạnh chuyển đổi số, chuyển đổi xanh, phát huy "
       "các nguồn lực tài nguyên và môi trường cho tương lai bền vững; Phong "
       "trào thi đua yêu nước do Chủ tịch UBND tỉnh phát động với chủ đề: "
       "“Đoàn kết, kỷ cương, đổi mới, sáng tạo thi đua thực hiện thắng "
       "lợi các mục tiêu, nhiệm vụ chính trị năm 2023, xây dựng quê hương "
       "Bắc Giang ngày càng phát triển giàu đẹp, văn minh”."},
      {"5.",
       "Thi đua đẩy mạnh phong trào văn nghệ, thể dục, thể thao nhằm nâng cao "
       "sức khỏe và đời sống tinh thần cho công chức, viên chức và người "
       "lao động, góp phần thực hiện thắng lợi nhiệm vụ chính trị của cơ "
       "quan, đơn vị."},
  };

  c.period.text = "Từ ngày phát động đợt thi đua đến hết ngày 30/9/2023.";
  c.period.start_text = "Từ ngày phát động đợt thi đua";
  c.period.end_date = "2023-09-30";

  c.award_intro =
      "Kết thúc đợt thi đua, Hội đồng thi đua khen thưởng ngành Tài nguyên "
      "và Môi trường tổ chức bình xét, lựa chọn các tập thể, cá nhân có "
      "thành tích tiêu biểu, xuất sắc nhất trong đợt thi đua để đề nghị:";
  core::AwardType director = award("GK-GD-SO", "Giấy khen", "Giám đốc Sở", AwardLevel::kAgency, true, "",
                                   "Giám đốc Sở tặng giấy khen");
  director.legal_citation = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP";
  core::AwardType province =
      award("BK-CT-UBND-TINH", "Bằng khen", "Chủ tịch UBND tỉnh", AwardLevel::kProvince, false,
            "Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ)", "Chủ tịch UBND tỉnh tặng bằng khen");
  province.legal_citation = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP";
  core::AwardType ministry =
      award("BK-BO-TNMT", "Bằng khen", "Bộ Tài nguyên và Môi trường", AwardLevel::kMinistry, false, "",
            "Bộ Tài nguyên và Môi trường tặng bằng khen");
  ministry.legal_citation = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP";
  c.award_types = {std::move(director), std::move(province), std::move(ministry)};
  c.award_note =
      "Sở Tài nguyên và Môi trường sẽ có hướng dẫn riêng về tổng kết "
      "thi đua và xét, đề nghị khen thưởng vào cuối đợt thi đua";

  // The first collective criterion spans two paragraphs in the copy ("giải" /
  // "pháp"), joined here with one space.
  c.criteria = {
      criterion(CriterionSubject::kCollective,
                "Hưởng ứng và phát động đợt thi đua đặc biệt thiết thực, hiệu "
                "quả gắn với các nhiệm vụ chính trị của cơ quan, đơn vị và của "
                "Ngành, cụ thể: có kế hoạch, giải pháp thực hiện; có đăng ký chỉ "
                "tiêu thi đua; có nhiệm vụ tiêu biểu chào mừng Kỷ niệm 20 năm Ngày "
                "thành lập Sở.",
                {DataCheck::kUnitPlanSubmitted, DataCheck::kRegistrationApproved, DataCheck::kSignatureTask}),
      criterion(CriterionSubject::kCollective,
                "Có thành tích xuất sắc trong đợt thi đua và trong các hoạt động Kỷ "
                "niệm 20 năm Ngày thành lập Sở"),
      criterion(CriterionSubject::kCollective,
                "Nội bộ đoàn kết; thực hiện tốt chủ trương của Đảng, chính sách, "
                "pháp luật của Nhà nước; nâng cao đời sống vật chất, tinh thần của "
                "người lao động."),
      criterion(CriterionSubject::kIndividual,
                "Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến; có nhiệm vụ, phần "
                "việc tiêu biểu lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành "
                "lập Sở",
                {DataCheck::kRegistrationApproved, DataCheck::kInitiativeRegistered, DataCheck::kSignatureTask}),
      criterion(CriterionSubject::kIndividual,
                "Thực hiện tốt kỷ luật, kỷ cương hành chính, quy định văn hóa công "
                "sở và nội quy của cơ quan, đơn vị, không uống rượu bia, hút thuốc "
                "lá tại nơi làm việc..."),
      criterion(CriterionSubject::kIndividual,
                "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà "
                "nước, nội quy, quy chế của cơ quan, đơn vị, có tinh thần tự lực, "
                "tự cường; đoàn kết, tương trợ, tích cực tham gia các phong trào thi "
                "đua; có đạo đức, lối sống lành mạnh."),
      criterion(CriterionSubject::kIndividual,
                "Có thành tích xuất sắc, được bình xét trong đợt thi đua và trong các "
                "hoạt động Kỷ niệm 20 năm Ngày thành lập Sở."),
  };

  c.assignments = {
      assignment("1.", "Các đơn vị trực thuộc Sở, phòng Tài nguyên và Môi trường các huyện, thành phố", "",
                 TaskKind::kUnitPlan,
                 "Các đơn vị trực thuộc Sở, phòng Tài nguyên và Môi trường các "
                 "huyện, thành phố căn cứ vào Kế hoạch và điều kiện thực tế, chức "
                 "năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể triển khai "
                 "bảo đảm thực hiện có hiệu quả đợt thi đua đặc biệt đáp ứng "
                 "mục đích, yêu cầu đề ra.",
                 unit_ids_by_code),
      assignment("2.", "Trung tâm Lưu trữ và Phát triển quỹ đất", "STNMT-TTLT", TaskKind::kPublishOnWebsite,
                 "Trung tâm Lưu trữ và Phát triển quỹ đất: Đăng tải kế hoạch phát "
                 "động phong trào thi đua trên trang Website của Sở nhằm tuyên truyền, "
                 "tạo sức lan tỏa trong thực hiện phong trào thi đua đặc biệt chào "
                 "mừng 20 năm thành lập Sở.",
                 unit_ids_by_code),
      assignment("3.", "Thường trực Hội đồng TĐKT của Ngành (Văn phòng Sở)", "STNMT-VP",
                 TaskKind::kReviewAndPropose,
                 "Thường trực Hội đồng TĐKT của Ngành (Văn phòng Sở) phối hợp với "
                 "các đơn vị có liên quan, các tổ chức đoàn thể tạo môi trường "
                 "thuận lợi để công chức, viên chức, người lao động, đoàn viên tham "
                 "gia phong trào thi đua. Giúp Giám đốc Sở tổng kết phong trào thi đua "
                 "của cơ quan, bình xét, lựa chọn những tập thể, cá nhân có thành tích "
                 "xuất sắc biểu biểu trình Giám đốc Sở tặng giấy khen hoặc đề "
                 "nghị Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh tặng bằng "
                 "khen.",
                 unit_ids_by_code),
      assignment("4.", "Văn phòng Sở", "STNMT-VP", TaskKind::kMonitorAndReport,
                 "Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực "
                 "hiện Kế hoạch này; tổng hợp khó khăn, vướng mắc trong quá trình tổ "
                 "chức thực hiện, kịp thời báo cáo Lãnh đạo Sở chỉ đạo giải "
                 "quyết./.",
                 unit_ids_by_code),
  };

  c.recipients = {
      "Bộ TNMT (b/c);",
      "UBND tỉnh (b/c);",
      "Ban TĐKT tỉnh-Sở Nội vụ (b/c);",
      "Lãnh đạo Sở;",
      "Phòng TNMT các huyện, thành phố;",
      "Các phòng, đơn vị thuộc Sở;",
      "Lưu: VT, VP.",
  };
  c.signer.authority = "GIÁM ĐỐC";
  c.signer.name = "Bùi Quang Huy";
  c.state = core::CampaignState::kRunning;
  return c;
}

}  // namespace thidua::app
