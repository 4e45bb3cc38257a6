/**
 * Templates for the common kinds of conclusion seen in practice, with their usual sections.
 * Headings are outline blocks; numbering is computed, so sections can be reordered.
 */
import type { OutlineBlock, OutlineBlockKind } from '../document/outline';

export interface ConclusionTemplate {
  key: string;
  label: string;
  description: string;
  /** Builds the outline; `period` names the period under review ("tháng 4 năm 2026"). */
  outline: (period: { current: string; next: string }) => Array<[OutlineBlockKind, string]>;
}

const unitTasks: Array<[OutlineBlockKind, string]> = [
  ['heading2', 'Ủy ban nhân dân xã'],
  ['bullet', ''],
  ['heading2', 'Hội đồng nhân dân xã'],
  ['bullet', ''],
  ['heading2', 'Các cơ quan tham mưu, giúp việc của Đảng ủy'],
  ['heading3', 'Ban Xây dựng Đảng'],
  ['bullet', ''],
  ['heading3', 'Ủy ban Kiểm tra Đảng ủy'],
  ['bullet', ''],
  ['heading3', 'Văn phòng Đảng ủy'],
  ['bullet', ''],
  ['heading2', 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'],
  ['bullet', ''],
  ['heading2', 'Các chi bộ, đảng bộ trực thuộc'],
  ['bullet', ''],
];

const followUp: [OutlineBlockKind, string] = [
  'paragraph',
  'Giao Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận; tổng hợp, báo cáo kết quả thực hiện theo quy định.',
];

export const conclusionTemplates: ConclusionTemplate[] = [
  {
    key: 'monthly',
    label: 'Kết luận giao ban tháng',
    description: 'Đánh giá kết quả tháng, nhiệm vụ trọng tâm tháng tới, giao nhiệm vụ theo đơn vị',
    outline: ({ current, next }) => [
      ['heading1', `Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ ${current}`],
      ['paragraph', ''],
      ['paragraph', 'Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: '],
      ['heading1', `Phương hướng, nhiệm vụ trọng tâm ${next}`],
      ...unitTasks,
      followUp,
    ],
  },
  {
    key: 'quarterly',
    label: 'Kết luận sơ kết quý',
    description: 'Kết quả quý, hạn chế, nhiệm vụ quý tiếp theo theo lĩnh vực',
    outline: ({ current, next }) => [
      ['heading1', `Kết quả thực hiện nhiệm vụ ${current}`],
      ['heading2', 'Công tác xây dựng Đảng và hệ thống chính trị'],
      ['paragraph', ''],
      ['heading2', 'Phát triển kinh tế - xã hội, quốc phòng - an ninh'],
      ['paragraph', ''],
      ['heading1', 'Những tồn tại, hạn chế'],
      ['bullet', ''],
      ['heading1', `Nhiệm vụ trọng tâm ${next}`],
      ...unitTasks,
      ['heading1', 'Tổ chức thực hiện'],
      followUp,
    ],
  },
  {
    key: 'sixMonth',
    label: 'Kết luận sơ kết 6 tháng',
    description: 'Sơ kết 6 tháng đầu năm, bổ khuyết nhiệm vụ, giải pháp 6 tháng cuối năm',
    outline: ({ current, next }) => [
      ['heading1', `Về tình hình, kết quả thực hiện nhiệm vụ ${current}`],
      ['bullet', ''],
      ['paragraph', 'Tuy nhiên, bên cạnh những kết quả đạt được, vẫn còn những tồn tại, hạn chế đó là:'],
      ['bullet', ''],
      ['heading1', `Một số nhiệm vụ trọng tâm ${next}`],
      ['heading2', 'Về công tác xây dựng đảng, hệ thống chính trị và vận động Nhân dân'],
      ['bullet', ''],
      ['paragraph', 'Giao các cơ quan tham mưu, giúp việc của Đảng ủy, MTTQ và các tổ chức chính trị - xã hội xã tổ chức thực hiện nhiệm vụ trên.'],
      ['heading2', 'Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ, giải pháp phát triển kinh tế - xã hội, quốc phòng - an ninh'],
      ['bullet', ''],
      ['paragraph', 'Giao Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã chỉ đạo tổ chức thực hiện các nhiệm vụ trên.'],
      ['heading1', 'Tổ chức thực hiện'],
      followUp,
    ],
  },
  {
    key: 'nineMonth',
    label: 'Kết luận sơ kết 9 tháng',
    description: 'Kết quả 9 tháng, nhiệm vụ trọng tâm quý IV',
    outline: ({ current }) => [
      ['heading1', `Kết quả thực hiện nhiệm vụ ${current}`],
      ['bullet', ''],
      ['heading1', 'Hạn chế, nguyên nhân'],
      ['bullet', ''],
      ['heading1', 'Nhiệm vụ trọng tâm quý IV'],
      ['ordinal', ''],
      ['ordinal', ''],
      ['heading1', 'Tổ chức thực hiện'],
      followUp,
    ],
  },
  {
    key: 'standingSession',
    label: 'Kết luận kỳ họp Ban Thường vụ',
    description: 'Kết luận từng nội dung trình kỳ họp và giao nhiệm vụ',
    outline: () => [
      ['heading1', 'Về nội dung thứ nhất'],
      ['paragraph', 'Ban Thường vụ Đảng ủy thống nhất '],
      ['heading1', 'Về nội dung thứ hai'],
      ['paragraph', ''],
      ['heading1', 'Tổ chức thực hiện'],
      followUp,
    ],
  },
  {
    key: 'blank',
    label: 'Mẫu trống',
    description: 'Chỉ có phần mở đầu từ hội nghị',
    outline: () => [['paragraph', '']],
  },
];

export function templateByKey(key: string | null | undefined): ConclusionTemplate | undefined {
  return conclusionTemplates.find((t) => t.key === key);
}

/** Names the reviewed and the coming period from the meeting date and the template. */
export function periodsFor(templateKey: string, meetingDate: string): { current: string; next: string } {
  const [y, m] = meetingDate.split('-').map(Number) as [number, number];
  switch (templateKey) {
    case 'quarterly': {
      const q = Math.floor((m - 1) / 3); // the quarter just ended, meeting held early next quarter
      const cur = q === 0 ? 4 : q;
      const curYear = q === 0 ? y - 1 : y;
      const next = (cur % 4) + 1;
      const roman = ['I', 'II', 'III', 'IV'];
      return { current: `quý ${roman[cur - 1]} năm ${curYear}`, next: `quý ${roman[next - 1]} năm ${next === 1 ? curYear + 1 : curYear}` };
    }
    case 'sixMonth':
      return { current: `6 tháng đầu năm ${y}`, next: `6 tháng cuối năm ${y}` };
    case 'nineMonth':
      return { current: `9 tháng đầu năm ${y}`, next: `quý IV năm ${y}` };
    default: {
      // A monthly review meets early in the month: it reviews the previous month.
      const prev = m === 1 ? 12 : m - 1;
      const prevYear = m === 1 ? y - 1 : y;
      return { current: `tháng ${prev} năm ${prevYear}`, next: `tháng ${m} năm ${y}` };
    }
  }
}

export function buildTemplateOutline(templateKey: string | null, meetingDate: string, newId: () => string): OutlineBlock[] {
  const template = templateByKey(templateKey) ?? templateByKey('blank')!;
  return template.outline(periodsFor(template.key, meetingDate)).map(([kind, text]) => ({
    id: newId(),
    kind,
    runs: text ? [{ text }] : [],
  }));
}
