/**
 * Short conclusions of the test office (Kiến Minh) with a chosen number, date and subject: the
 * register cases need several documents that differ only where the case needs it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NumberedConclusion {
  /** "63-TB/ĐU" */
  numberSymbol: string;
  /** ISO date of issue; the meeting is held the day before. */
  issueDate: string;
  /** The "về …" line. */
  subject: string;
  /** One task sentence, for the UBND xã. */
  task?: string;
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function numberedConclusionText(c: NumberedConclusion): string {
  return [
    'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
    'ĐẢNG ỦY XÃ KIẾN MINH',
    '*',
    `Số ${c.numberSymbol}`,
    '',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '',
    `Kiến Minh, ${vnDate(c.issueDate)}`,
    '',
    'THÔNG BÁO',
    'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
    c.subject,
    '',
    `${vnDate(dayBefore(c.issueDate)).replace(/^n/, 'N')}, Ban Thường vụ Đảng ủy xã họp kỳ họp thường kỳ. Đồng chí Vũ Bình Dương - Bí thư Đảng ủy xã chủ trì. Sau khi nghe Văn phòng Đảng ủy báo cáo, Ban Thường vụ Đảng ủy kết luận như sau:`,
    '',
    '1. Ban Thường vụ Đảng ủy thống nhất nội dung báo cáo, ghi nhận các đơn vị đã hoàn thành nhiệm vụ được giao.',
    '',
    `2. Giao Ủy ban nhân dân xã ${c.task ?? 'chỉ đạo các thôn rà soát, báo cáo kết quả về Văn phòng Đảng ủy'}.`,
    '',
    'Nơi nhận:',
    '- Các đồng chí Đảng ủy viên,',
    '- Các chi bộ trực thuộc,',
    '- Lưu Văn phòng Đảng ủy.',
    '',
    'T/L BAN THƯỜNG VỤ',
    'CHÁNH VĂN PHÒNG',
    '',
    'Đỗ Đức Úy',
    '',
  ].join('\n');
}

/** Writes the conclusion as a UTF-8 text file and returns its path. */
export function writeNumberedConclusion(dir: string, name: string, c: NumberedConclusion): string {
  const path = join(dir, name);
  writeFileSync(path, numberedConclusionText(c), 'utf8');
  return path;
}
