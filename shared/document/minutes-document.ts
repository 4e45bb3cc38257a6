/**
 * Meeting → minutes (Biên bản) document model, in the parts Hướng dẫn 16-HD/VPTW lists
 * (applied by analogy at commune level): header "Số …-BB/ĐU", "BIÊN BẢN" + "Hội nghị …",
 * time, place, content, chair, recorder, documents used, "1. Thành phần", "2. Diễn biến",
 * closing time, then the recorder's and the chair's signatures.
 */
import { documentTypes } from '../register/schema';
import type { MeetingBody, MeetingInput, Person } from '../meetings/schema';
import { formatPartyDate, formatPlaceDateLine, formatShortDate } from '../text/party-date';
import {
  buildRecipientLines,
  documentMarks,
  formatNumberLine,
  nfc,
  splitParagraphs,
  type DocumentProfile,
  type DocumentStatus,
  type RecipientInput,
} from './document-parts';
import type { BodyItem, PartyDocument, SignatureBlock } from './model';
import { computeLabels, type OutlineBlock, type OutlineBlockKind, type TextRun } from './outline';

export const MINUTES_TYPE = 'BB';

export interface MinutesDocumentOptions {
  /** "15-BB/ĐU"; null leaves the number blank. */
  numberSymbol: string | null;
  /** Date in the header; defaults to the meeting date (minutes are dated the day they are taken). */
  issueDate?: string | null;
  status?: DocumentStatus;
  /** Overrides the "Hội nghị …" line under "BIÊN BẢN". */
  meetingTitle?: string;
  /**
   * Line above "CHỦ TRÌ"; undefined = by the meeting body (see defaultChairAuthorityLine),
   * null = none.
   */
  chairAuthorityLine?: string | null;
  recipients?: readonly RecipientInput[];
}


const ORDINALS = ['Nhất', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];

/** "lần thứ Hai" as the glossary writes it; digits past ten ("lần thứ 12"). */
export function conferenceOrdinal(n: number): string {
  return ORDINALS[n - 1] ?? String(n);
}

/** "ĐẢNG ỦY XÃ KIẾN MINH" → "xã Kiến Minh"; '' when the name has no "Đảng ủy" prefix. */
export function localityFromCommittee(committee: string): string {
  const rest = nfc(committee).trim().replace(/^đảng\s+(ủy|uỷ)\s+/iu, '');
  if (rest === nfc(committee).trim()) return '';
  const words = rest.split(/\s+/u).filter(Boolean);
  return words
    .map((word, index) => {
      const lower = word.toLocaleLowerCase('vi');
      if (index === 0) return lower;
      return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
    })
    .join(' ');
}

export function meetingBodyName(body: MeetingBody, locality: string): string {
  const suffix = locality ? ` ${locality}` : '';
  switch (body) {
    case 'executiveCommittee':
      return `Ban Chấp hành Đảng bộ${suffix}`;
    case 'standingCommittee':
      return `Ban Thường vụ Đảng ủy${suffix}`;
    case 'permanentBoard':
      return `Thường trực Đảng ủy${suffix}`;
    case 'partyOrganization':
      return `Đảng bộ${suffix}`;
  }
}

/** "Hội nghị Ban Chấp hành Đảng bộ xã Kiến Minh lần thứ Hai" and the like. */
export function defaultMeetingTitle(meeting: MeetingInput, profile: DocumentProfile): string {
  const bodyName = meetingBodyName(meeting.body, localityFromCommittee(profile.committee));
  const n = meeting.sequenceNumber;
  switch (meeting.kind) {
    case 'conference':
      return n ? `Hội nghị ${bodyName} lần thứ ${conferenceOrdinal(n)}` : `Hội nghị ${bodyName}`;
    case 'session':
      return n ? `Kỳ họp thứ ${n} ${bodyName}` : `Kỳ họp ${bodyName}`;
    case 'briefing':
      return `Cuộc họp ${bodyName}`;
  }
}

/**
 * [U] The chair signs with the seal for the collective body that met (T/M); the Thường trực
 * and a conference of the whole Party organization have no such body line by default.
 */
export function defaultChairAuthorityLine(body: MeetingBody): string | null {
  switch (body) {
    case 'executiveCommittee':
      return 'T/M BAN CHẤP HÀNH';
    case 'standingCommittee':
      return 'T/M BAN THƯỜNG VỤ';
    case 'permanentBoard':
    case 'partyOrganization':
      return null;
  }
}

/** "08:30" → "08 giờ 30 phút" */
export function formatClockTime(time: string): string {
  const [hours = '', minutes = ''] = time.split(':');
  return `${hours.padStart(2, '0')} giờ ${minutes.padStart(2, '0')} phút`;
}

function personLine(person: Person): string {
  const name = nfc(person.name).trim();
  const title = nfc(person.title).trim();
  return title ? `đồng chí ${name}, ${title}` : `đồng chí ${name}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.:;!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

class BodyWriter {
  private readonly blocks: OutlineBlock[] = [];

  add(kind: OutlineBlockKind, runs: TextRun[]): void {
    this.blocks.push({ id: `minutes-${this.blocks.length + 1}`, kind, runs: runs.map((r) => ({ ...r, text: nfc(r.text) })) });
  }

  /** A paragraph opened by an italic field name: "Thời gian: …". */
  field(name: string, value: string): void {
    this.add('paragraph', [{ text: `${name}: `, italic: true }, { text: sentence(value) }]);
  }

  /** Free notes: "- " lines become bullets, "+ " lines sub-bullets, others paragraphs. */
  notes(text: string): void {
    for (const line of splitParagraphs(text)) {
      if (/^[-–]\s*/u.test(line) && line.length > 1) this.add('bullet', [{ text: line.replace(/^[-–]\s*/u, '') }]);
      else if (/^\+\s*/u.test(line) && line.length > 1) this.add('subBullet', [{ text: line.replace(/^\+\s*/u, '') }]);
      else this.add('paragraph', [{ text: line }]);
    }
  }

  items(): BodyItem[] {
    const labels = computeLabels(this.blocks);
    return this.blocks.map((block, index) => ({ type: 'block', block, label: labels[index] ?? '' }));
  }
}

function presentedDocumentLine(doc: MeetingInput['presentedDocuments'][number]): string {
  const parts: string[] = [];
  const typeName = (documentTypes as Readonly<Record<string, string>>)[doc.kind] ?? doc.kind;
  if (typeName) parts.push(typeName);
  if (doc.numberSymbol) parts.push(`số ${doc.numberSymbol}`);
  if (doc.date) parts.push(`ngày ${formatShortDate(doc.date)}`);
  if (doc.title) parts.push(doc.title);
  let line = parts.join(' ');
  if (doc.presenter) line = `${line} (${doc.presenter} trình bày)`;
  return nfc(line.charAt(0).toLocaleUpperCase('vi') + line.slice(1));
}

export function buildMinutesDocument(
  meeting: MeetingInput,
  profile: DocumentProfile,
  opts: MinutesDocumentOptions,
): PartyDocument {
  const body = new BodyWriter();

  const start = meeting.startTime ? `${formatClockTime(meeting.startTime)}, ` : '';
  body.field('Thời gian', `Bắt đầu vào hồi ${start}${formatPartyDate(meeting.date)}`);
  if (meeting.place) body.field('Địa điểm', meeting.place);
  if (meeting.subject) body.field('Nội dung', meeting.subject);
  if (meeting.chair?.name) body.field('Chủ trì', personLine(meeting.chair));
  if (meeting.secretary?.name) body.field('Thư ký (người ghi biên bản)', personLine(meeting.secretary));
  if (meeting.presentedDocuments.length > 0) {
    body.add('paragraph', [{ text: 'Tài liệu sử dụng tại hội nghị:', italic: true }]);
    meeting.presentedDocuments.forEach((doc, index, all) => {
      body.add('bullet', [{ text: `${presentedDocumentLine(doc)}${index === all.length - 1 ? '.' : ';'}` }]);
    });
  }

  body.add('heading2', [{ text: 'Thành phần' }]);
  if (meeting.attendanceSummary.trim()) body.notes(meeting.attendanceSummary);
  const members = meeting.attendees;
  if (members.length > 0) {
    const present = members.filter((a) => a.present).length;
    body.add('paragraph', [{ text: `Có mặt: ${present}/${members.length} đồng chí được triệu tập.` }]);
    const absent = members.filter((a) => !a.present);
    if (absent.length === 0) {
      body.add('paragraph', [{ text: 'Vắng mặt: không.' }]);
    } else {
      body.add('paragraph', [{ text: `Vắng mặt: ${absent.length} đồng chí:` }]);
      absent.forEach((a, index) => {
        const who = personLine(a);
        const reason = nfc(a.absenceReason).trim();
        const end = index === absent.length - 1 ? '.' : ';';
        body.add('bullet', [{ text: `${who.charAt(0).toUpperCase()}${who.slice(1)}${reason ? ` (lý do: ${reason})` : ' (không rõ lý do)'}${end}` }]);
      });
    }
  }
  if (meeting.invitedDelegates.length > 0) {
    body.add('paragraph', [{ text: 'Đại biểu dự:' }]);
    meeting.invitedDelegates.forEach((guest, index, all) => {
      const who = personLine(guest);
      body.add('bullet', [{ text: `${who.charAt(0).toUpperCase()}${who.slice(1)}${index === all.length - 1 ? '.' : ';'}` }]);
    });
  }

  body.add('heading2', [{ text: 'Diễn biến hội nghị' }]);
  for (const item of meeting.agenda) {
    body.add('heading3', [{ text: nfc(item.title) }]);
    body.notes(item.notes);
  }
  if (meeting.notes.trim()) body.notes(meeting.notes);

  const end = meeting.endTime ? formatClockTime(meeting.endTime) : '…… giờ …… phút';
  body.add('paragraph', [{ text: `Hội nghị kết thúc vào hồi ${end} cùng ngày.` }]);

  const recorder: SignatureBlock = {
    authorityLine: null,
    title: 'NGƯỜI GHI BIÊN BẢN',
    signerName: nfc(meeting.secretary?.name ?? '').trim(),
  };
  const chair: SignatureBlock = {
    authorityLine: opts.chairAuthorityLine === undefined ? defaultChairAuthorityLine(meeting.body) : opts.chairAuthorityLine,
    title: 'CHỦ TRÌ',
    signerName: nfc(meeting.chair?.name ?? '').trim(),
  };

  return {
    header: {
      superiorCommittee: nfc(profile.superiorCommittee).trim(),
      committee: nfc(profile.committee).trim(),
      numberLine: formatNumberLine(opts.numberSymbol, MINUTES_TYPE, profile.issuerAbbreviation),
      placeDateLine: nfc(formatPlaceDateLine(profile.place.trim(), opts.issueDate === undefined ? meeting.date : opts.issueDate)),
      marks: documentMarks({ status: opts.status ?? 'issued' }),
    },
    title: {
      documentType: 'BIÊN BẢN',
      subtitle: null,
      summary: nfc(opts.meetingTitle ?? defaultMeetingTitle(meeting, profile)),
    },
    body: body.items(),
    signatures: [recorder, chair],
    recipients: buildRecipientLines(opts.recipients ?? [], profile.issuerAbbreviation),
    orientation: 'portrait',
  };
}
