/**
 * Conclusions written for the tests, one per genre variation the parser must handle in
 * documents from other communes: "Số:" with a colon, UỶ spelling, BCH/BTV abbreviations,
 * "Hội nghị lần thứ Hai", "kỳ họp thứ 10", K/T and T/M signatures, "a)" headings, skipped
 * numbers, no header, Thường trực Đảng ủy, a signature before the recipients, noise lines.
 */

/** BCH conference "lần thứ Hai", state-style "Số:", KẾT LUẬN, skipped "2.", T/M + (Đã ký). */
export const conferenceConclusion = `ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG UỶ XÃ NAM ĐÀN
*
Số: 12-KL/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 5 tháng 3 năm 2026

KẾT LUẬN
CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ
về công tác chuẩn bị Đại hội Chi bộ nhiệm kỳ 2026 - 2028
-----

Ngày 03/3/2026, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ Hai (mở rộng) để đánh giá công tác chuẩn bị Đại hội các chi bộ trực thuộc. Chủ trì hội nghị: đồng chí Hoàng Văn Bình, Bí thư Đảng ủy xã.

Sau khi nghe Báo cáo số 45-BC/ĐU ngày 01/3/2026 của Ban Thường vụ và Tờ trình số 07 - TTr/ĐU ngày 02 tháng 3 năm 2026, Ban Chấp hành kết luận như sau:

I. ĐÁNH GIÁ CÔNG TÁC CHUẨN BỊ

1. Về văn kiện

Các chi bộ đã xây dựng dự thảo báo cáo chính trị đúng hướng dẫn; một số chi bộ còn chậm

tiến độ so với kế hoạch.

3. Về nhân sự

Công tác nhân sự được thực hiện đúng quy trình.

II. NHIỆM VỤ TRỌNG TÂM

a) Hoàn thiện văn kiện trước ngày 20/3/2026.

b) Tổ chức Đại hội điểm tại Chi bộ xóm 3.

+ Chi bộ xóm 3 chuẩn bị hội trường;

+ Văn phòng Đảng ủy bảo đảm tài liệu.

Nơi nhận:
- Ban Thường vụ Huyện ủy (để báo cáo),
- Các đồng chí Ủy viên BCH Đảng bộ xã,
- Các chi bộ trực thuộc,
- Lưu: VPĐU.

T/M BAN CHẤP HÀNH
BÍ THƯ
(Đã ký)

Hoàng Văn Bình
`;

/** BTV session "kỳ họp thứ 10", K/T signature, no header at all, "Một là" ordinals. */
export const sessionWithoutHeader = `THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG
tại kỳ họp thứ 10

Chiều ngày 14/4/2026, BTV Đảng ủy phường họp kỳ họp thứ 10 để cho ý kiến về Kế hoạch chuyển đổi số năm 2026. Đồng chí Lê Thị Mai, Phó Bí thư Thường trực Đảng ủy chủ trì kỳ họp.

Ban Thường vụ thống nhất kết luận như sau:

Một là, giao Ủy ban nhân dân phường hoàn thiện Kế hoạch trước ngày 30/4/2026.

Hai là, Văn phòng Đảng ủy theo dõi, đôn đốc.

Nơi nhận:
- Thường trực Đảng ủy;
- Lưu VPĐU.

K/T BÍ THƯ
PHÓ BÍ THƯ THƯỜNG TRỰC

(Handwritten signature)

Lê Thị Mai
`;

/** Thường trực Đảng ủy, "T/L", place-date line with "ngày 26/6/2026", Đảng bộ phường. */
export const permanentBoardBriefing = `THÀNH ỦY HÀ NỘI
ĐẢNG BỘ PHƯỜNG HÀ ĐÔNG
*
Số 105-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Đông, ngày 26/6/2026

THÔNG BÁO
Kết luận của Thường trực Đảng ủy tại buổi làm việc với Chi bộ Tổ dân phố số 5

Sáng ngày 25 tháng 6 năm 2026, Thường trực Đảng ủy phường làm việc với Chi bộ Tổ dân phố số 5 về công tác phát triển đảng viên. Đồng chí Trịnh Quốc Huy - Bí thư Đảng ủy phường chủ trì buổi làm việc. Sau khi nghe báo cáo của Chi bộ, đồng chí Bí thư Đảng ủy kết luận như sau:

1. Chi bộ cần rà soát quần chúng ưu tú.

2. Văn phòng Đảng ủy hướng dẫn thủ tục.

Nơi nhận:
- Chi bộ Tổ dân phố số 5,
- Lưu VPĐU.

T/L THƯỜNG TRỰC ĐẢNG ỦY
CHÁNH VĂN PHÒNG

Ngô Minh Tuấn
`;

/**
 * Copied out of Word: the header and closing tables come out as tab-separated cells,
 * the signature row interleaved with the recipients; lower-case "t/m"; "Lưu VT, VPĐU".
 */
export const flattenedTables = `ĐẢNG BỘ HUYỆN GIA LÂM\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ ĐA TỐN\tĐa Tốn, ngày 10 tháng 02 năm 2026
*
Số 31-TB/ĐU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
về việc tổ chức Tết Nguyên đán Bính Ngọ

Ngày 09/02/2026, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ. Đồng chí Vũ Văn Hải, Bí thư Đảng ủy chủ trì.

Ban Thường vụ kết luận:

1. Tổ chức thăm, tặng quà các gia đình chính sách.

2. Bảo đảm an ninh trật tự dịp Tết.

Nơi nhận:\tt/m BAN THƯỜNG VỤ
- Thường trực Huyện ủy (b/c),\tBÍ THƯ
- Các chi bộ trực thuộc,
- Lưu VT, VPĐU.\tVũ Văn Hải
`;
