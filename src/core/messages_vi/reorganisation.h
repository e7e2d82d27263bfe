// The Vietnamese message catalogue: reorganisations of agencies and units
// (core/reorganisation.h, app/reorganisations.h, their pages). UTF-8, NFC.
#pragma once

#include <cstddef>
#include <string>

namespace thidua::core::messages_vi {

// Kinds (core::ReorgKind).
inline constexpr const char* kReorgKindMerge = "Hợp nhất, sáp nhập";
inline constexpr const char* kReorgKindSplit = "Chia tách";
inline constexpr const char* kReorgKindRename = "Đổi tên";
inline constexpr const char* kReorgKindMove = "Chuyển đơn vị";
inline constexpr const char* kReorgKindDissolve = "Giải thể";

// Validation of a request.
inline constexpr const char* kReorgKindInvalid = "Loại sắp xếp tổ chức không hợp lệ.";
inline constexpr const char* kReorgDateInvalid = "Ngày hiệu lực không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kReorgDateFuture =
    "Ngày hiệu lực không được sau hôm nay: chỉ ghi nhận việc sắp xếp đã có hiệu lực.";
inline constexpr const char* kReorgDateBeforeHistory =
    "Ngày hiệu lực phải sau ngày thành lập, lần đổi tên và lần sắp xếp gần nhất của đơn vị.";
inline constexpr const char* kReorgTextInvalid = "Căn cứ hoặc ghi chú chứa ký tự không hợp lệ.";
inline constexpr const char* kReorgLegalBasisTooLong = "Căn cứ dài tối đa 500 ký tự.";
inline constexpr const char* kReorgNoteTooLong = "Ghi chú dài tối đa 2000 ký tự.";
inline constexpr const char* kReorgNoSource = "Hãy chọn đơn vị được sắp xếp.";
inline constexpr const char* kReorgTooManySources = "Một lần sắp xếp chọn tối đa 50 đơn vị.";
inline constexpr const char* kReorgOneSource = "Loại sắp xếp này áp dụng cho đúng một đơn vị.";
inline constexpr const char* kReorgDuplicateSource = "Một đơn vị được chọn hai lần.";
inline constexpr const char* kReorgUnitMissing = "Đơn vị được chọn không tồn tại.";
inline constexpr const char* kReorgSourceClosed = "Đơn vị đã giải thể hoặc đã sáp nhập trước đó.";
inline constexpr const char* kReorgSourcesNested =
    "Các đơn vị được hợp nhất không được nằm trong nhau; hãy chọn đơn vị cấp trên.";
inline constexpr const char* kReorgMergeTarget =
    "Hãy chọn hoặc đơn vị tiếp nhận có sẵn, hoặc một đơn vị mới được thành lập (không chọn cả hai).";
inline constexpr const char* kReorgMergeNeedsTwo = "Hợp nhất thành đơn vị mới cần ít nhất hai đơn vị.";
inline constexpr const char* kReorgTargetClosed = "Đơn vị tiếp nhận đã giải thể hoặc sáp nhập.";
inline constexpr const char* kReorgTargetIsSource = "Đơn vị tiếp nhận không được là đơn vị bị sắp xếp.";
inline constexpr const char* kReorgTargetInsideSource =
    "Đơn vị tiếp nhận không được nằm trong đơn vị bị sắp xếp.";
inline constexpr const char* kReorgSplitNeedsTwo = "Chia tách cần ít nhất hai đơn vị mới.";
inline constexpr const char* kReorgSplitIndex = "Đơn vị mới được chọn không có trong danh sách.";
inline constexpr const char* kReorgSplitChild = "Đơn vị trực thuộc được chọn không thuộc đơn vị bị chia tách.";
inline constexpr const char* kReorgNoNewUnits = "Loại sắp xếp này không thành lập đơn vị mới.";
inline constexpr const char* kReorgNoTarget = "Loại sắp xếp này không có đơn vị tiếp nhận.";
inline constexpr const char* kReorgCodeTaken = "Mã đơn vị mới đã được dùng.";
inline constexpr const char* kReorgCodeRepeated = "Hai đơn vị mới trùng mã.";
inline constexpr const char* kReorgParentClosed = "Đơn vị cấp trên đã giải thể hoặc sáp nhập.";
inline constexpr const char* kReorgParentInsideSource =
    "Đơn vị cấp trên không được nằm trong đơn vị bị sắp xếp.";
inline constexpr const char* kReorgHeaderRequired =
    "Cơ quan mới (không có cấp trên) cần dòng tên cơ quan chủ quản, tên cơ quan ban hành và địa danh.";
inline constexpr const char* kReorgHeaderOnlyAgency =
    "Dòng tiêu đề văn bản chỉ đặt cho cơ quan (đơn vị không có cấp trên).";
inline constexpr const char* kReorgHeaderEmpty =
    "Tên cơ quan chủ quản, tên cơ quan ban hành và địa danh không được để trống.";
inline constexpr const char* kReorgHeaderInvalid = "Dòng tiêu đề chứa ký tự không hợp lệ.";
inline constexpr const char* kReorgHeaderTooLong = "Mỗi dòng tiêu đề dài tối đa 255 ký tự.";
inline constexpr const char* kReorgHeaderSymbolInvalid =
    "Chữ viết tắt tên cơ quan gồm 1 đến 20 chữ in hoa, chữ số hoặc dấu &, không dấu cách, "
    "không có dấu gạch (ví dụ: SNNMT).";
inline constexpr const char* kReorgHeaderSameDate = "Cơ quan đã có dòng tiêu đề văn bản từ ngày này.";
inline constexpr const char* kReorgRenameNothing = "Hãy nhập tên mới hoặc dòng tiêu đề mới.";
inline constexpr const char* kReorgRenameSame = "Tên mới trùng tên hiện tại.";
inline constexpr const char* kReorgMoveSameParent = "Đơn vị đã ở đúng vị trí này.";
inline constexpr const char* kReorgMoveIntoItself = "Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc.";
inline constexpr const char* kReorgDissolveNeedsReceiver =
    "Đơn vị còn nhân sự hoặc đơn vị trực thuộc: hãy chọn đơn vị tiếp nhận.";

// Use cases (app/reorganisations.h).
inline constexpr const char* kActionReorganise = "sắp xếp các đơn vị này";
inline constexpr const char* kActionReorganiseAgency = "thành lập hoặc đưa cơ quan lên cấp cao nhất";
inline constexpr const char* kReorgChangedSincePreview =
    "Các đơn vị đã thay đổi kể từ khi xem trước. Hãy xem trước lại rồi xác nhận.";

// The pages (web/ui/reorganisation_pages.cc).
inline constexpr const char* kPageTitleReorganise = "Sắp xếp tổ chức";
inline constexpr const char* kPageTitleReorganisePreview = "Xem trước sắp xếp tổ chức";
inline constexpr const char* kPageTitleReorganiseHistory = "Lịch sử sắp xếp tổ chức";
// The first, empty choice of each unit field of the form.
inline constexpr const char* kReorgChooseUnit = "— Chọn đơn vị —";
inline constexpr const char* kReorgMergeIntoNew = "— Không: thành lập đơn vị mới (điền bên dưới) —";
inline constexpr const char* kReorgNoReceiver = "— Không có (đơn vị không còn nhân sự) —";
inline constexpr const char* kReorgMoveToTop = "— Lên cấp cao nhất (thành cơ quan) —";
inline constexpr const char* kReorgNewUnitAtTop = "— Cơ quan mới (cấp cao nhất) —";
inline constexpr const char* kReorgNewUnitMerged = "Đơn vị mới (khi không sáp nhập vào đơn vị có sẵn)";
// "Đơn vị mới thứ 2".
inline std::string reorg_new_unit_legend(size_t n) { return "Đơn vị mới thứ " + std::to_string(n); }

// The JSON API (web/api/api_reorganisations.cc).
inline constexpr const char* kApiReorgSourcesNotArray = "sources phải là một mảng mã đơn vị.";
inline constexpr const char* kApiReorgNewUnitsInvalid =
    "new_units phải là danh sách đơn vị mới {code, name, short_name, kind, parent_id, header}.";
inline constexpr const char* kApiReorgHeaderInvalid = "header phải là {governing_body, issuing_body, place}.";
inline constexpr const char* kApiReorgChildrenToInvalid =
    "children_to phải là {mã đơn vị trực thuộc: số thứ tự đơn vị mới}.";
inline constexpr const char* kApiReorgTokenMissing = "Thiếu token (lấy từ kết quả xem trước).";

}  // namespace thidua::core::messages_vi
