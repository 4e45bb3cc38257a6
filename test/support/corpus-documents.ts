/**
 * Documents of the corpus (/work/shared/corpus) rebuilt as app data, for the DOCX export tests
 * and the PNG render script. The Kiến Minh conclusion (62-TB/ĐU of 08/5/2026) is the reference:
 * its header, its outline, its recipients and its "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG"
 * signature, with the date written as the rule wants it ("tháng 5", not the corpus "tháng 05").
 */
import type { ConclusionContent } from '../../shared/conclusions/schema';
import { buildConclusionDocument, type ConclusionDocumentInput } from '../../shared/document/conclusion-document';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { buildMinutesDocument } from '../../shared/document/minutes-document';
import type { PartyDocument } from '../../shared/document/model';
import type { OutlineBlock, OutlineBlockKind } from '../../shared/document/outline';
import type { MeetingInput } from '../../shared/meetings/schema';

export const kienMinhProfile: DocumentProfile = {
  superiorCommittee: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
  committee: 'ĐẢNG ỦY XÃ KIẾN MINH',
  place: 'Kiến Minh',
  issuerAbbreviation: 'ĐU',
};

/** Two-line names on both sides of the header, to check the header table does not break. */
export const longNamesProfile: DocumentProfile = {
  superiorCommittee: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THANH HÓA',
  committee: 'ĐẢNG ỦY PHƯỜNG NGUYỄN TRUNG TRỰC',
  place: 'Nguyễn Trung Trực',
  issuerAbbreviation: 'ĐU',
};

function outlineFrom(rows: ReadonlyArray<readonly [OutlineBlockKind, string]>): OutlineBlock[] {
  return rows.map(([kind, text], index) => ({ id: `b${index + 1}`, kind, runs: [{ text }] }));
}

const kienMinhOutline: ReadonlyArray<readonly [OutlineBlockKind, string]> = [
  ['heading1', 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026'],
  ['paragraph', 'Trong tháng 4/2026, Ban Thường vụ Đảng ủy xã đã tập trung lãnh đạo, chỉ đạo toàn diện, quyết liệt, đồng bộ các nhiệm vụ chính trị; bám sát chủ đề năm 2026, các nghị quyết, kết luận của Trung ương, Thành ủy và Đảng ủy xã; kịp thời cụ thể hóa, triển khai thực hiện hiệu quả các nhiệm vụ trọng tâm trên các lĩnh vực. Công tác xây dựng Đảng tiếp tục được tăng cường; công tác tuyên giáo, dân vận, tổ chức cán bộ, kiểm tra, giám sát, nội chính và phòng, chống tham nhũng, lãng phí, tiêu cực được triển khai nghiêm túc, hiệu quả; nền nếp, chất lượng sinh hoạt chi bộ tiếp tục được nâng lên. Công tác nắm bắt tình hình tư tưởng, dư luận xã hội được thực hiện kịp thời; công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng được tăng cường, góp phần giữ vững ổn định chính trị, tư tưởng trong cán bộ, đảng viên và Nhân dân.'],
  ['paragraph', 'Kinh tế - xã hội cơ bản ổn định, nhiều lĩnh vực đạt kết quả tích cực; sản xuất nông nghiệp, chăn nuôi, nuôi trồng thủy sản được duy trì đúng kế hoạch; công tác quản lý đất đai, tài nguyên, môi trường được tăng cường; giải phóng mặt bằng các dự án trọng điểm, nhất là Dự án đường bộ cao tốc Ninh Bình - Hải Phòng được tập trung chỉ đạo quyết liệt, bảo đảm tiến độ. Thu ngân sách đạt khá; giải ngân vốn đầu tư công được đẩy mạnh; các dự án đầu tư xây dựng cơ bản triển khai cơ bản đúng kế hoạch. Công tác cải cách hành chính, chuyển đổi số tiếp tục được đẩy mạnh; hoạt động của Trung tâm Phục vụ hành chính công có chuyển biến tích cực; việc triển khai Đề án 06, tích hợp giấy tờ điện tử trên nền tảng VNeID, số sức khỏe điện tử được thực hiện đồng bộ. Văn hóa - xã hội, giáo dục, y tế, an sinh xã hội được quan tâm chỉ đạo thực hiện hiệu quả; các chế độ, chính sách được giải quyết đầy đủ, kịp thời. Quốc phòng - an ninh được giữ vững; an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; công tác tiếp công dân, giải quyết đơn thư được thực hiện nghiêm túc, không phát sinh điểm nóng.'],
  ['paragraph', 'Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: công tác quản lý đất đai, trật tự xây dựng ở một số khu vực chưa thật sự chặt chẽ; công tác bảo vệ môi trường, phân loại rác thải tại nguồn còn bất cập; tiêu thụ công nghiệp, thương mại - dịch vụ phát triển chưa tương xứng với tiềm năng, quy mô còn nhỏ; tiến độ thực hiện một số nhiệm vụ ở cơ sở còn chưa đồng đều.'],
  ['heading1', 'Phương hướng, nhiệm vụ trọng tâm tháng 5 năm 2026'],
  ['paragraph', 'Căn cứ kết quả thực hiện nhiệm vụ tháng 4 năm 2026 và yêu cầu nhiệm vụ chính trị trong thời gian tới, Ban Thường vụ Đảng ủy yêu cầu các cơ quan, đơn vị, địa phương tập trung lãnh đạo, chỉ đạo, triển khai quyết liệt, đồng bộ, hiệu quả các nhiệm vụ trọng tâm tháng 5 năm 2026 như sau:'],
  ['heading2', 'Lãnh đạo UBND xã'],
  ['bullet', 'Tập trung lãnh đạo, chỉ đạo thực hiện toàn diện nhiệm vụ phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng - an ninh; bám sát chủ đề năm 2026, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh từ cơ sở.'],
  ['bullet', 'Chỉ đạo sản xuất vụ Xuân, chủ động phòng, chống sâu bệnh cuối vụ; triển khai kế hoạch sản xuất vụ Mùa năm 2026; tăng cường phòng, chống dịch bệnh trên gia súc, gia cầm, thủy sản; rà soát, xử lý hiệu quả diện tích đất bỏ hoang; quan tâm đầu tư, sửa chữa hệ thống giao thông, thủy lợi nội đồng phục vụ sản xuất nông nghiệp, nhất là các khu vực xuống cấp, ảnh hưởng đến đi lại, tiêu thoát nước của Nhân dân.'],
  ['bullet', 'Tăng cường quản lý hoạt động điện phục vụ sản xuất, kinh doanh; chỉ đạo các đơn vị liên quan chủ động thông báo kế hoạch cắt điện, bảo đảm ổn định hoạt động sản xuất của Nhân dân, nhất là tại các làng nghề truyền thống trên địa bàn.'],
  ['bullet', 'Tăng cường lãnh đạo, chỉ đạo công tác quản lý đất đai, trật tự xây dựng, tài nguyên và môi trường; tập trung rà soát, xử lý dứt điểm các trường hợp vi phạm đất đai, san lấp trái phép; tăng cường quản lý các nghĩa trang Nhân dân; rà soát quy hoạch sử dụng đất, quy hoạch nghĩa trang; nâng cao hiệu quả công tác bảo vệ môi trường, thu gom, vận chuyển, xử lý rác thải sinh hoạt, bảo đảm đồng bộ, thống nhất trên toàn địa bàn xã.'],
  ['bullet', 'Tập trung lãnh đạo, chỉ đạo quyết liệt công tác giải phóng mặt bằng các dự án trọng điểm, nhất là Dự án đường bộ cao tốc Ninh Bình - Hải Phòng và các khu đất đấu giá quyền sử dụng đất; đẩy mạnh tuyên truyền, vận động, đối thoại với Nhân dân; kịp thời giải quyết các kiến nghị phát sinh từ cơ sở; bảo đảm tiến độ bàn giao mặt bằng theo kế hoạch đề ra.'],
  ['bullet', 'Đẩy nhanh tiến độ triển khai các công trình, dự án đầu tư xây dựng cơ bản; tăng cường công tác quản lý, giám sát thi công, bảo đảm chất lượng, tiến độ công trình; thực hiện công khai các dự án đầu tư công theo quy định để phát huy vai trò giám sát của Nhân dân và cộng đồng dân cư.'],
  ['bullet', 'Tăng cường quản lý thu, chi ngân sách; khai thác hiệu quả các nguồn thu, chống thất thu; thực hành tiết kiệm, chống lãng phí; đẩy nhanh tiến độ giải ngân vốn đầu tư công; nâng cao hiệu quả quản lý, sử dụng ngân sách và tài sản công theo đúng quy định.'],
  ['bullet', 'Đẩy mạnh cải cách hành chính, chuyển đổi số gắn với thực hiện Nghị quyết số 57-NQ/TW và Đề án 06; nâng cao chất lượng hoạt động Trung tâm Phục vụ hành chính công, tăng cường kỷ luật, kỷ cương công vụ; duy trì tỷ lệ giải quyết hồ sơ đúng hạn, tăng hồ sơ trực tuyến và thanh toán không dùng tiền mặt; triển khai hiệu quả VNeID, số sức khỏe điện tử; nâng cao chất lượng mô hình “Chính quyền thân thiện”, tăng cường kỷ luật, kỷ cương hành chính và trách nhiệm phục vụ Nhân dân của đội ngũ cán bộ, công chức.'],
  ['bullet', 'Tập trung chỉ đạo các lĩnh vực văn hóa - xã hội; tham mưu ban hành quy định thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội; tổ chức tốt các hoạt động tuyên truyền, văn hóa, văn nghệ, thể dục thể thao chào mừng Lễ hội Hoa Phượng Đỏ - Hải Phòng năm 2026. Hoàn thành năm học 2025-2026; triển khai tuyển sinh năm học 2026-2027; nâng cao chất lượng ôn thi vào lớp 10 THPT; xây dựng kế hoạch sửa chữa, nâng cấp cơ sở vật chất trường học; đẩy nhanh hoàn thiện các tiêu chí xây dựng trường chuẩn quốc gia mức độ 2 năm 2026.'],
  ['bullet', 'Triển khai kế hoạch hoạt động hè năm 2026; thực hiện tốt công tác bàn giao học sinh về sinh hoạt hè tại địa phương; tăng cường tuyên truyền, hướng dẫn kỹ năng phòng, chống tai nạn thương tích, đuối nước cho trẻ em, học sinh; rà soát, lắp đặt biển cảnh báo tại các khu vực nguy hiểm. Tiếp tục nâng cao chất lượng giáo dục, y tế; thực hiện đầy đủ, kịp thời các chế độ an sinh xã hội, chính sách đối với người có công và các đối tượng bảo trợ xã hội.'],
  ['bullet', 'Thực hiện nghiêm công tác tiếp công dân, giải quyết khiếu nại, tố cáo; chủ động nắm chắc tình hình cơ sở; tăng cường đối thoại, hòa giải, giải quyết kịp thời các vụ việc phát sinh ngay từ cơ sở, không để hình thành điểm nóng, vụ việc phức tạp kéo dài.'],
  ['bullet', 'Giữ vững quốc phòng - an ninh, trật tự an toàn xã hội; duy trì nghiêm chế độ trực sẵn sàng chiến đấu; nâng cao hiệu quả công tác phòng, chống tội phạm, phòng cháy chữa cháy và cứu nạn, cứu hộ; chủ động xây dựng phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026; bảo đảm ổn định tình hình địa bàn trong mọi tình huống.'],
  ['heading2', 'Hội đồng nhân dân xã'],
  ['bullet', 'Tiếp tục nâng cao chất lượng hoạt động của Thường trực HĐND, các Ban HĐND và đại biểu HĐND xã; tổ chức tốt các phiên họp, kỳ họp chuyên đề theo kế hoạch; rà soát, hoàn thiện chương trình giám sát năm 2026.'],
  ['bullet', 'Tăng cường giám sát việc thực hiện nhiệm vụ phát triển kinh tế - xã hội, trọng tâm là công tác quản lý đất đai, giải phóng mặt bằng, bảo vệ môi trường, đầu tư công, cải cách hành chính, chuyển đổi số và thực hiện các chế độ an sinh xã hội.'],
  ['bullet', 'Thực hiện nghiêm công tác tiếp công dân, theo dõi, đôn đốc giải quyết kiến nghị cử tri, khiếu nại, tố cáo; phối hợp chặt chẽ với UBND, Ủy ban MTTQ Việt Nam xã và các cơ quan liên quan trong triển khai thực hiện nhiệm vụ chính trị của địa phương.'],
  ['heading2', 'Các cơ quan tham mưu, giúp việc của Đảng ủy'],
  ['heading3', 'Ban Xây dựng Đảng Đảng ủy'],
  ['bullet', 'Tăng cường tham mưu Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo công tác giáo dục chính trị tư tưởng; tổ chức quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận, văn bản chỉ đạo của Trung ương, Thành ủy và Đảng ủy xã gắn với nhiệm vụ chính trị của địa phương; chủ động nắm bắt, định hướng dư luận xã hội; nâng cao hiệu quả hoạt động Ban Chỉ đạo 35, tăng cường đấu tranh phản bác các quan điểm sai trái, thù địch, lan tỏa thông tin tích cực, chính thống, tạo sự thống nhất trong cán bộ, đảng viên và đồng thuận trong Nhân dân.'],
  ['bullet', 'Tiếp tục tham mưu thực hiện hiệu quả quy chế dân chủ ở cơ sở, công tác dân vận của hệ thống chính trị; phát huy vai trò của MTTQ và các tổ chức chính trị - xã hội trong tuyên truyền, vận động Nhân dân thực hiện các nhiệm vụ trọng tâm; nhân rộng các mô hình “Dân vận khéo”.'],
  ['bullet', 'Tăng cường tham mưu công tác xây dựng Đảng về chính trị, tư tưởng, tổ chức và cán bộ; nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW; đẩy mạnh phát triển đảng viên, quản lý, chuẩn hóa dữ liệu đảng viên; thường xuyên rà soát, tham mưu công tác cán bộ, xây dựng kế hoạch đánh giá, xếp loại cán bộ quý II năm 2026 theo quy định; tham mưu ban hành quy định về thăm hỏi ốm đau, tổ chức tang lễ, lễ viếng đối với người có công với cách mạng, cán bộ, đảng viên, công chức, người lao động và thân nhân cán bộ, công chức, người lao động trong cơ quan; thực hiện nghiêm công tác bảo vệ chính trị nội bộ.'],
  ['bullet', 'Tham mưu triển khai hiệu quả Cuộc thi chính luận bảo vệ nền tảng tư tưởng của Đảng năm 2026 và Hội thi Báo cáo viên, Tuyên truyền viên giỏi; lựa chọn, bồi dưỡng các tập thể, cá nhân tham gia cấp thành phố; nâng cao chất lượng công tác tuyên truyền, đấu tranh bảo vệ nền tảng tư tưởng của Đảng.'],
  ['heading3', 'Ủy ban Kiểm tra Đảng ủy'],
  ['bullet', 'Tập trung tham mưu triển khai thực hiện các Quyết định kiểm tra của Ban Thường vụ Đảng ủy và Ủy ban Kiểm tra Đảng ủy đối với cấp ủy, người đứng đầu các chi bộ theo kế hoạch; trọng tâm kiểm tra việc quán triệt, triển khai thực hiện các nghị quyết của Đảng, xây dựng và thực hiện quy chế làm việc nhiệm kỳ 2025-2030, thực hiện Chỉ thị số 05-CT/TW gắn với Kết luận số 21-KL/TW và nhiệm vụ giải phóng mặt bằng.'],
  ['bullet', 'Tăng cường công tác giám sát thường xuyên; chủ động nắm chắc tình hình cơ sở, kịp thời phát hiện, phòng ngừa vi phạm; tập trung giám sát trách nhiệm cấp ủy, người đứng đầu trong thực hiện nhiệm vụ chính trị, quản lý đất đai, giải phóng mặt bằng, cải cách hành chính, chuyển đổi số và công tác cán bộ.'],
  ['bullet', 'Thực hiện nghiêm công tác tiếp nhận, phân loại, tham mưu giải quyết đơn thư khiếu nại, tố cáo; theo dõi, đôn đốc thực hiện các kết luận kiểm tra, giám sát; thực hiện nghiêm công tác bảo vệ chính trị nội bộ, bảo đảm an toàn, bảo mật trong hoạt động kiểm tra, giám sát.'],
  ['heading3', 'Văn phòng Đảng ủy'],
  ['bullet', 'Chủ động tham mưu Ban Thường vụ, Thường trực Đảng ủy ban hành Chương trình công tác tháng 5, các thông báo kết luận, nghị quyết, kế hoạch và văn bản lãnh đạo, chỉ đạo bảo đảm đúng thẩm quyền, tiến độ và chất lượng.'],
  ['bullet', 'Tham mưu triển khai hiệu quả Chương trình công tác tháng, tuần của Đảng ủy; phục vụ tốt các hội nghị, cuộc họp theo kế hoạch; nâng cao chất lượng công tác tổng hợp, theo dõi, đôn đốc thực hiện nhiệm vụ và kết luận của Ban Thường vụ, Thường trực Đảng ủy.'],
  ['bullet', 'Tiếp tục đẩy mạnh cải cách hành chính trong Đảng; tăng cường quản lý, số hóa hồ sơ, tài liệu; thực hiện tốt công tác văn thư, lưu trữ, bảo mật tài liệu; nâng cao chất lượng công tác tham mưu, tổng hợp, báo cáo phục vụ công tác lãnh đạo, chỉ đạo của Đảng ủy.'],
  ['heading2', 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'],
  ['bullet', 'Tiếp tục đổi mới nội dung, phương thức hoạt động; đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện các nhiệm vụ chính trị của địa phương.'],
  ['bullet', 'Phát huy vai trò giám sát, phản biện xã hội; phát huy hiệu quả hoạt động của Tổ công nghệ số cộng đồng; tăng cường hướng dẫn Nhân dân sử dụng dịch vụ công trực tuyến, tích hợp giấy tờ trên VNeID, số sức khỏe điện tử; tiếp tục triển khai, nhân rộng các mô hình “Dân vận khéo”; tổ chức tốt công tác giám sát cộng đồng đối với các công trình, dự án triển khai trên địa bàn theo quy định.'],
  ['bullet', 'Chủ động nắm tình hình Nhân dân, dư luận xã hội; kịp thời tổng hợp, phản ánh, phối hợp giải quyết kiến nghị ngay từ cơ sở; thực hiện tốt công tác an sinh xã hội, vận động các quỹ xã hội, từ thiện; phối hợp tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao, hoạt động hè năm 2026, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn.'],
  ['heading2', 'Các chi bộ, đảng bộ trực thuộc Đảng ủy'],
  ['bullet', 'Cấp ủy các chi bộ, đảng bộ trực thuộc bám sát Kết luận của Ban Thường vụ Đảng ủy và Chương trình công tác tháng 5 của Đảng ủy để xây dựng kế hoạch thực hiện cụ thể; phân công rõ người, rõ việc, rõ trách nhiệm; thực hiện nghiêm chế độ thông tin, báo cáo, bảo đảm kịp thời, chính xác phục vụ công tác lãnh đạo, chỉ đạo.'],
  ['bullet', 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW; phát huy vai trò nêu gương của người đứng đầu; tăng cường quản lý, giáo dục đảng viên; chủ động rà soát, phát hiện, chấn chỉnh kịp thời những hạn chế, khuyết điểm ngay từ cơ sở.'],
  ['bullet', 'Phối hợp chặt chẽ với UBND, MTTQ và các tổ chức chính trị - xã hội trong thực hiện các nhiệm vụ chính trị của địa phương, trọng tâm là công tác giải phóng mặt bằng, quản lý đất đai, bảo vệ môi trường, cải cách hành chính, chuyển đổi số và bảo đảm an sinh xã hội; tăng cường tuyên truyền, vận động Nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; chủ động nắm tình hình, giải quyết các vấn đề phát sinh ngay từ cơ sở.'],
  ['heading2', 'Các đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành Đảng bộ xã'],
  ['bullet', 'Các đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành Đảng bộ xã theo lĩnh vực, địa bàn được phân công chủ động bám sát cơ sở, nắm chắc tình hình; tăng cường kiểm tra, giám sát, đôn đốc việc triển khai thực hiện các nhiệm vụ chính trị; kịp thời tháo gỡ khó khăn, vướng mắc; chịu trách nhiệm trước Đảng ủy về kết quả thực hiện nhiệm vụ được giao.'],
  ['bullet', 'Tập trung theo dõi, chỉ đạo các nhiệm vụ trọng tâm tháng 5 năm 2026, nhất là công tác giải phóng mặt bằng, quản lý đất đai, cải cách hành chính, chuyển đổi số, bảo vệ môi trường và bảo đảm an ninh trật tự; chủ động phát hiện, xử lý hoặc kịp thời báo cáo Thường trực, Ban Thường vụ Đảng ủy các vấn đề phát sinh từ cơ sở.'],
  ['paragraph', 'Giao Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận; tổng hợp, báo cáo kết quả thực hiện theo quy định, bảo đảm phục vụ kịp thời, hiệu quả công tác lãnh đạo, chỉ đạo của Ban Thường vụ Đảng ủy.'],
];

export const kienMinhContent: ConclusionContent = {
  kind: 'TB',
  body: 'standingCommittee',
  meetingId: null,
  templateKey: null,
  subtitle: 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
  summary: 'về đánh giá kết quả thực hiện nhiệm vụ tháng 04;\ntriển khai nhiệm vụ trọng tâm tháng 05 năm 2026',
  preamble:
    'Ngày 07 tháng 05 năm 2026, Ban Thường vụ Đảng ủy xã tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 04; triển khai nhiệm vụ trọng tâm tháng 05 năm 2026. Đồng chí Vũ Bình Dương - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị. Tham dự có các đồng chí Ủy viên Ban Thường vụ Đảng ủy; đại diện Thường trực HĐND, lãnh đạo UBND xã; lãnh đạo các phòng, ban chuyên môn và Chánh Văn phòng Đảng ủy, Chánh Văn phòng HĐND và UBND xã. Sau khi nghe báo cáo, thảo luận dân chủ, Ban Thường vụ Đảng ủy thống nhất kết luận như sau:',
  outline: outlineFrom(kienMinhOutline),
  recipients: [
    { unitId: null, text: 'Thường trực Thành ủy', forReport: true },
    {
      unitId: null,
      text: 'Đ/c Bùi Văn Thăng, UVBTVTU, Giám đốc Sở Nông nghiệp và Môi trường, phụ trách Đảng bộ xã',
      forReport: true,
    },
    { unitId: null, text: 'Văn phòng Thành ủy', forReport: true },
    { unitId: null, text: 'Thường trực Đảng ủy, HĐND, UBND xã', forReport: false },
    { unitId: null, text: 'Các cơ quan tham mưu giúp việc của Đảng ủy xã', forReport: false },
    { unitId: null, text: 'Cơ quan Ủy ban MTTQ Việt Nam xã', forReport: false },
    { unitId: null, text: 'Các chi bộ, đảng ủy trực thuộc', forReport: false },
    { unitId: null, text: 'Các đồng chí Ủy viên BCHĐB xã', forReport: false },
  ],
  signature: {
    authority: 'T/L',
    onBehalfOf: 'BAN THƯỜNG VỤ',
    title: 'CHÁNH VĂN PHÒNG',
    signerName: 'Đỗ Đức Úy',
    signerId: null,
  },
  urgency: null,
  secrecy: null,
};

export const kienMinhInput: ConclusionDocumentInput = {
  ...kienMinhContent,
  profile: kienMinhProfile,
  numberSymbol: '62-TB/ĐU',
  issueDate: '2026-05-08',
  status: 'issued',
};

/** The issued Kiến Minh conclusion 62-TB/ĐU. */
export function kienMinhConclusion(overrides: Partial<ConclusionDocumentInput> = {}): PartyDocument {
  return buildConclusionDocument({ ...kienMinhInput, ...overrides });
}

/** The same conclusion as an unnumbered, undated draft. */
export function kienMinhDraft(): PartyDocument {
  return kienMinhConclusion({ status: 'draft', numberSymbol: null, issueDate: null });
}

/** A short conclusion from a ward with two-line names in the header. */
export function longNamesConclusion(): PartyDocument {
  return buildConclusionDocument({
    ...kienMinhInput,
    profile: longNamesProfile,
    numberSymbol: '05-TB/ĐU',
    issueDate: '2026-02-20',
    outline: kienMinhInput.outline.slice(0, 6),
  });
}

/** The same meeting as test/support/kien-minh.ts, recorded in full (attendees, agenda) for the minutes. */
export const kienMinhMinutesMeeting: MeetingInput = {
  body: 'standingCommittee',
  kind: 'conference',
  sequenceNumber: 2,
  termId: null,
  subject: 'đánh giá kết quả thực hiện nhiệm vụ tháng 4; triển khai nhiệm vụ trọng tâm tháng 5 năm 2026',
  date: '2026-05-07',
  startTime: '08:00',
  endTime: '11:30',
  place: 'Hội trường Đảng ủy xã Kiến Minh',
  chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
  secretary: { name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng Đảng ủy' },
  attendanceSummary: '',
  attendees: [
    { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Nguyễn Văn An', title: 'Phó Bí thư Thường trực Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Trần Thị Bình', title: 'Chủ tịch UBND xã', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Lê Văn Cường', title: 'Chủ nhiệm UBKT Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: 'đi học tập trung' },
  ],
  invitedDelegates: [{ name: 'Bùi Văn Thăng', title: 'Ủy viên Ban Thường vụ Thành ủy' }],
  presentedDocuments: [
    {
      kind: 'BC',
      numberSymbol: '125-BC/ĐU',
      date: '2026-05-05',
      presenter: 'đồng chí Nguyễn Văn An',
      title: 'về kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026',
    },
  ],
  agenda: [
    {
      title: 'Đánh giá kết quả thực hiện nhiệm vụ tháng 4 năm 2026',
      notes: 'Đồng chí Nguyễn Văn An trình bày dự thảo báo cáo.\n- Đồng chí Trần Thị Bình: đề nghị bổ sung kết quả thu ngân sách.\n+ Thu ngân sách đạt khá.',
    },
    { title: 'Triển khai nhiệm vụ trọng tâm tháng 5 năm 2026', notes: 'Các đồng chí dự hội nghị thống nhất với dự thảo.' },
  ],
  notes: '',
};

export function kienMinhMinutes(): PartyDocument {
  return buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: '15-BB/ĐU' });
}
