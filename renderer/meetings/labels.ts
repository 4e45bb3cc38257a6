/** Display words for meetings, as the office writes them. */
import { conclusionKindLabels, type ConclusionKind, type ConclusionStatus } from '../../shared/conclusions/schema';
import type { MeetingBody, MeetingKind } from '../../shared/meetings/schema';
import { documentTypes, type DocumentType } from '../../shared/register/schema';
import { foldVietnamese } from '../../shared/text/fold';

/**
 * "Kỳ họp thứ 10", "Hội nghị lần thứ 2", "Cuộc họp". Digits, not ordinal words: in a list
 * people scan numbers; the printed minutes spell them out on their own.
 */
export function meetingKindAndNumber(kind: MeetingKind, sequenceNumber: number | null): string {
  switch (kind) {
    case 'session':
      return sequenceNumber ? `Kỳ họp thứ ${sequenceNumber}` : 'Kỳ họp';
    case 'conference':
      return sequenceNumber ? `Hội nghị lần thứ ${sequenceNumber}` : 'Hội nghị';
    case 'briefing':
      return sequenceNumber ? `Cuộc họp lần thứ ${sequenceNumber}` : 'Cuộc họp';
  }
}

/**
 * What a body usually holds (glossary): the Ban Chấp hành meets in numbered conferences,
 * the Ban Thường vụ in numbered sessions, the Thường trực in briefings.
 */
export function defaultKindForBody(body: MeetingBody): MeetingKind {
  switch (body) {
    case 'standingCommittee':
      return 'session';
    case 'permanentBoard':
      return 'briefing';
    case 'executiveCommittee':
    case 'partyOrganization':
      return 'conference';
  }
}

/** Papers presented at a meeting are mostly these; the rest of the type list follows. */
const COMMON_PRESENTED: DocumentType[] = ['TTr', 'BC', 'KH', 'CTr', 'ĐA', 'NQ'];

export const presentedKindOptions: { value: string; label: string }[] = [
  ...COMMON_PRESENTED,
  ...(Object.keys(documentTypes) as DocumentType[]).filter((t) => !COMMON_PRESENTED.includes(t)),
].map((t) => ({ value: t, label: `${documentTypes[t]} (${t})` }));

export const conclusionStatusLabels: Record<ConclusionStatus, string> = {
  draft: 'Đang soạn',
  issued: 'Đã ban hành',
};

export function conclusionKindLabel(kind: ConclusionKind): string {
  return conclusionKindLabels[kind];
}

/** Categories offered for attendees; any other text may be typed. */
export const attendeeCategories = [
  'Ủy viên Ban Thường vụ',
  'Ủy viên Ban Chấp hành',
  'Đại biểu cấp trên',
  'Khách mời',
  'Cán bộ phục vụ',
];

/** Titles the office types again and again for chair and secretary. */
export const commonTitles = [
  'Bí thư Đảng ủy',
  'Bí thư Đảng ủy, Chủ tịch HĐND xã',
  'Phó Bí thư Thường trực Đảng ủy',
  'Phó Bí thư Đảng ủy, Chủ tịch UBND xã',
  'Chánh Văn phòng Đảng ủy',
  'Phó Chánh Văn phòng Đảng ủy',
  'Chuyên viên Văn phòng Đảng ủy',
];

/**
 * The template a meeting most likely calls for, from its body, kind and subject ("6 tháng",
 * "quý" …). Only a preselection: the person sees every template and may pick another.
 */
export function suggestTemplateKey(meeting: { body: MeetingBody; kind: MeetingKind; subject: string }, available: readonly string[]): string | null {
  const subject = foldVietnamese(meeting.subject);
  const wanted =
    /\b6 thang\b|sau thang/.test(subject)
      ? 'sixMonth'
      : /\b9 thang\b|chin thang/.test(subject)
        ? 'nineMonth'
        : /\bquy\b/.test(subject)
          ? 'quarterly'
          : meeting.body === 'standingCommittee' && meeting.kind === 'session'
            ? 'standingSession'
            : /\bthang\b/.test(subject)
              ? 'monthly'
              : null;
  if (wanted && available.includes(wanted)) return wanted;
  return available[0] ?? null;
}
