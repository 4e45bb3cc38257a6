/**
 * Documents of every kind the app prints, for a long and a short committee name, to render
 * with LibreOffice and look at (test/render, scripts/render-docx-png.sh --all). The texts are
 * our own, in the genre: unit headings with their tasks in the same numbered paragraph, long
 * bullet lists, a meeting with absences, a follow-up sheet and a period report with undated,
 * deferred and jointly led tasks.
 */
import { buildConclusionDocument } from '../../shared/document/conclusion-document';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { buildFollowUpSheetDocument, buildImplementationReportDocument } from '../../shared/document/followup-documents';
import { buildMinutesDocument } from '../../shared/document/minutes-document';
import type { PartyDocument } from '../../shared/document/model';
import type { OutlineBlock, OutlineBlockKind } from '../../shared/document/outline';
import type { MeetingInput } from '../../shared/meetings/schema';
import type { Task, TaskStatus } from '../../shared/tasks/schema';

/** Among the longest real names: a four-syllable commune under a province with a dash. */
export const longNameProfile: DocumentProfile = {
  superiorCommittee: 'ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU',
  committee: 'ĐẢNG ỦY XÃ NGUYỄN LƯƠNG BẰNG',
  place: 'Nguyễn Lương Bằng',
  issuerAbbreviation: 'ĐU',
};

export const shortNameProfile: DocumentProfile = {
  superiorCommittee: 'ĐẢNG BỘ TỈNH BẮC NINH',
  committee: 'ĐẢNG ỦY XÃ ĐÔNG',
  place: 'Đông',
  issuerAbbreviation: 'ĐU',
};

function outline(rows: ReadonlyArray<readonly [OutlineBlockKind, string]>): OutlineBlock[] {
  return rows.map(([kind, text], index) => ({ id: `p${index + 1}`, kind, runs: [{ text }] }));
}

const unitTask = (unit: string, task: string): string =>
  `${unit}: ${task} Chủ động rà soát, đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm; kịp thời đề xuất với Ban Thường vụ Đảng ủy những giải pháp tháo gỡ khó khăn, vướng mắc phát sinh từ cơ sở; phân công cụ thể cán bộ phụ trách, thời gian hoàn thành và báo cáo kết quả về Văn phòng Đảng ủy để tổng hợp, theo dõi, đôn đốc theo quy định.`;

const conclusionOutline = outline([
  ['heading1', 'Đánh giá kết quả thực hiện nhiệm vụ quý III năm 2026'],
  ['paragraph', 'Trong quý III, Đảng ủy xã đã lãnh đạo, chỉ đạo các cơ quan, đơn vị triển khai đồng bộ các nhiệm vụ chính trị; tình hình kinh tế - xã hội ổn định, quốc phòng - an ninh được giữ vững; công tác xây dựng Đảng và hệ thống chính trị có nhiều chuyển biến. Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm, công tác quản lý đất đai ở một số thôn chưa chặt chẽ.'],
  ['heading1', 'Nhiệm vụ trọng tâm quý IV năm 2026'],
  ['heading2', unitTask('Ủy ban nhân dân xã', 'Tập trung chỉ đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026, nhất là thu ngân sách và giải ngân vốn đầu tư công; hoàn thành trước ngày 15/12/2026.')],
  ['heading2', unitTask('Ban Tuyên giáo và Dân vận', 'Tham mưu tổ chức tuyên truyền kỷ niệm các ngày lễ lớn trong quý IV; nắm bắt tình hình tư tưởng, dư luận xã hội và định hướng thông tin kịp thời.')],
  ['heading2', unitTask('Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; vận động Nhân dân tham gia hiến đất làm đường giao thông nông thôn.')],
  ['heading2', 'Văn phòng Đảng ủy'],
  ['bullet', 'Theo dõi, đôn đốc việc thực hiện kết luận này; tổng hợp kết quả, báo cáo Thường trực Đảng ủy trước ngày 25/12/2026.'],
  ['bullet', 'Chuẩn bị nội dung, tài liệu hội nghị Ban Chấp hành Đảng bộ tổng kết công tác năm 2026.'],
  ['heading2', unitTask('Các chi bộ trực thuộc', 'Tổ chức sinh hoạt chuyên đề quý IV theo hướng dẫn; rà soát, phân loại đảng viên cuối năm, hoàn thành trong tháng 12/2026.')],
  ['heading2', unitTask('Hội Nông dân, Hội Cựu chiến binh xã', 'Vận động hội viên chuyển đổi cơ cấu cây trồng vụ Đông; nhân rộng mô hình sản xuất giỏi.')],
  ['heading1', 'Tổ chức thực hiện'],
  ['paragraph', 'Giao Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận; tổng hợp, báo cáo kết quả thực hiện theo quy định.'],
]);

function conclusion(profile: DocumentProfile, issueDate: string): PartyDocument {
  return buildConclusionDocument({
    profile,
    kind: 'TB',
    body: 'standingCommittee',
    meetingId: null,
    templateKey: null,
    subtitle: 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
    summary: 'về kết quả thực hiện nhiệm vụ quý III,\nnhiệm vụ trọng tâm quý IV năm 2026',
    preamble: 'Ngày 05/10/2026, Ban Thường vụ Đảng ủy xã tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý III, triển khai nhiệm vụ trọng tâm quý IV năm 2026. Sau khi nghe Báo cáo số 88-BC/ĐU ngày 01/10/2026 của Văn phòng Đảng ủy, thảo luận dân chủ, Ban Thường vụ Đảng ủy thống nhất kết luận như sau:',
    outline: conclusionOutline,
    recipients: [
      { unitId: null, text: 'Thường trực Tỉnh ủy', forReport: true },
      { unitId: null, text: 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã', forReport: false },
      { unitId: null, text: 'UBND, HĐND, UBMTTQ xã', forReport: false },
      { unitId: null, text: 'Các chi bộ trực thuộc;', forReport: false },
      { unitId: null, text: 'Lưu VT', forReport: false },
    ],
    signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Nguyễn Thị Phương Thảo', signerId: null },
    urgency: null,
    secrecy: null,
    numberSymbol: '112-TB/ĐU',
    issueDate,
    status: 'issued',
  });
}

const meeting: MeetingInput = {
  body: 'standingCommittee',
  kind: 'conference',
  sequenceNumber: 14,
  termId: null,
  subject: 'đánh giá kết quả thực hiện nhiệm vụ quý III, triển khai nhiệm vụ trọng tâm quý IV năm 2026',
  date: '2026-10-05',
  startTime: '14:00',
  endTime: null,
  place: '',
  chair: { name: 'Nguyễn Thị Phương Thảo', title: 'Bí thư Đảng ủy' },
  secretary: { name: 'Trần Minh Khoa', title: 'Chánh Văn phòng Đảng ủy' },
  attendanceSummary: '',
  attendees: [
    { name: 'Nguyễn Thị Phương Thảo', title: 'Bí thư Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Lê Văn Hùng', title: 'Phó Bí thư Thường trực Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Phạm Quốc Bảo', title: 'Chủ tịch UBND xã', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Đinh Thị Lan', title: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: 'ốm' },
    { name: 'Hoàng Văn Tú', title: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: '' },
  ],
  invitedDelegates: [{ name: 'Vương Đình Huệ', title: 'Ủy viên Ban Thường vụ Tỉnh ủy' }],
  presentedDocuments: [
    { kind: 'BC', numberSymbol: '88-BC/ĐU', date: '2026-10-01', presenter: 'đồng chí Lê Văn Hùng', title: 'về kết quả thực hiện nhiệm vụ quý III năm 2026' },
  ],
  agenda: [
    {
      title: 'Kết quả thực hiện nhiệm vụ quý III năm 2026',
      notes: 'Đồng chí Lê Văn Hùng trình bày dự thảo báo cáo.\n- Đồng chí Phạm Quốc Bảo: đề nghị bổ sung kết quả giải ngân vốn đầu tư công.\n- Đồng chí Nguyễn Thị Phương Thảo: đề nghị làm rõ nguyên nhân chậm tiến độ giải phóng mặt bằng.',
    },
    { title: 'Nhiệm vụ trọng tâm quý IV năm 2026', notes: '' },
  ],
  notes: 'Nhập từ văn bản kết luận đã ban hành.',
};

function minutes(profile: DocumentProfile): PartyDocument {
  return buildMinutesDocument(meeting, profile, {
    numberSymbol: null,
    conclusions: [{ kind: 'TB', numberSymbol: '112-TB/ĐU', issueDate: '2026-10-08', outline: conclusionOutline.slice(2, 8) }],
  });
}

const units = ['UBND xã', 'Ban Xây dựng Đảng', 'Ủy ban Kiểm tra Đảng ủy', 'Văn phòng Đảng ủy', 'Ủy ban MTTQ Việt Nam xã', 'Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã'];
const statuses: TaskStatus[] = ['done', 'inProgress', 'notStarted', 'doneLate', 'deferred', 'inProgress'];

/** 34 tasks of the fourth quarter, most without a due date, as an imported archive has them. */
export function quarterTasks(): Task[] {
  return Array.from({ length: 34 }, (_, i): Task => {
    const status = statuses[i % statuses.length] ?? 'inProgress';
    const dueDate = i % 4 === 0 ? `2026-1${i % 3}-${String(5 + (i % 20)).padStart(2, '0')}` : null;
    const closed = status === 'done' || status === 'doneLate' || status === 'deferred';
    const lead = i % 9 === 0 ? [units[0]!, units[5]!] : [units[i % units.length]!];
    return {
      id: `t${i + 1}`,
      conclusionId: 'c1',
      content: `${['Rà soát, hoàn thiện hồ sơ', 'Tổ chức tuyên truyền, vận động Nhân dân', 'Kiểm tra, giám sát việc thực hiện', 'Tham mưu ban hành kế hoạch'][i % 4]} ${['về quản lý đất đai, trật tự xây dựng trên địa bàn các thôn', 'về chuyển đổi số, thực hiện Đề án 06 và cấp căn cước', 'về công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2026', 'về sinh hoạt chi bộ chuyên đề quý IV'][i % 4]}${i % 5 === 0 ? '; báo cáo kết quả về Thường trực Đảng ủy để theo dõi, chỉ đạo, bảo đảm đúng tiến độ đề ra' : ''}.`,
      leadUnitIds: [],
      supportingUnitIds: [],
      leadUnitNames: lead,
      supportingUnitNames: i % 3 === 0 ? [units[(i + 2) % units.length]!] : [],
      responsibleMember: '',
      dueDate,
      recurrence: null,
      sourceBlockId: null,
      sourceSection: null,
      remarks: '',
      status,
      overdue: !closed && dueDate !== null && dueDate < '2026-12-20',
      completedDate: closed ? '2026-11-20' : null,
      lastNote: i % 2 === 0 ? 'Đã triển khai đến các thôn; đang tổng hợp kết quả.' : '',
      leadUnits: lead,
      supportingUnits: i % 3 === 0 ? [units[(i + 2) % units.length]!] : [],
      conclusionNumberSymbol: '112-TB/ĐU',
      conclusionDate: '2026-10-08',
      conclusionSummary: 'về kết quả thực hiện nhiệm vụ quý III',
      recursFromId: null,
      createdAt: '2026-10-08T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    };
  });
}

function followUpSheet(profile: DocumentProfile): PartyDocument {
  return buildFollowUpSheetDocument({ profile, tasks: quarterTasks(), scope: {}, today: '2026-12-20', officeSigner: { name: 'Trần Minh Khoa' } });
}

function report(profile: DocumentProfile): PartyDocument {
  return buildImplementationReportDocument({
    profile,
    tasks: quarterTasks(),
    from: '2026-10-01',
    to: '2026-12-31',
    today: '2026-12-28',
    officeSigner: { name: 'Trần Minh Khoa' },
    superiorRecipient: 'Thường trực Tỉnh ủy',
  });
}

/** Name → document, for both names: what the render test and the look at the pages use. */
export function printedDocuments(): Array<[string, PartyDocument]> {
  return [
    ['ket-luan-ten-dai', conclusion(longNameProfile, '2026-12-28')],
    ['ket-luan-ten-ngan', conclusion(shortNameProfile, '2026-03-05')],
    ['bien-ban-ten-dai', minutes(longNameProfile)],
    ['bien-ban-ten-ngan', minutes(shortNameProfile)],
    ['bang-theo-doi-ten-dai', followUpSheet(longNameProfile)],
    ['bang-theo-doi-ten-ngan', followUpSheet(shortNameProfile)],
    ['bao-cao-ten-dai', report(longNameProfile)],
    ['bao-cao-ten-ngan', report(shortNameProfile)],
  ];
}
