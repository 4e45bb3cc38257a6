/**
 * Meeting → minutes (Biên bản) document model, in the parts Hướng dẫn 16-HD/VPTW lists
 * (applied by analogy at commune level): header "Số …-BB/ĐU", "BIÊN BẢN" + "Hội nghị …",
 * time (hour and date), place, content, chair, recorder; "1. Thành phần" (convened, present,
 * absent with reasons, invited delegates), "2. Tài liệu", "3. Diễn biến" (opinions by agenda
 * item), "4. Kết luận" (the issued conclusion's text when there is one), closing time, then
 * the recorder's and the chair's signatures. What the record does not hold is a "……" blank
 * to fill by hand; the office's internal notes are never printed.
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
  /** Conclusions issued from the meeting: their text is the minutes' conclusion section. */
  conclusions?: readonly MinutesConclusion[];
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

  /**
   * The outline of the conclusion, with the labels it was issued with ("I.", "1.", "a)"): they
   * are fixed here so the minutes' own numbering does not run on into them.
   */
  conclusion(outline: readonly OutlineBlock[]): void {
    const printed = outline.filter((block) => block.runs.some((r) => r.text.trim()));
    const labels = computeLabels(printed);
    printed.forEach((block, index) => {
      this.blocks.push({
        id: `minutes-${this.blocks.length + 1}`,
        kind: block.kind,
        label: labels[index] ?? '',
        runs: block.runs.map((r) => ({ ...r, text: nfc(r.text) })),
      });
    });
  }

  items(): BodyItem[] {
    // Labels of the minutes' own headings only: the conclusion's blocks carry theirs.
    const own = this.blocks.filter((b) => b.label === undefined || b.label === null);
    const labels = computeLabels(own);
    const byId = new Map(own.map((b, i) => [b.id, labels[i] ?? '']));
    return this.blocks.map((block) => ({ type: 'block', block, label: block.label ?? byId.get(block.id) ?? '' }));
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

/** What the minutes print for a fact the record does not hold: a blank to fill by hand. */
export const BLANK = '……';
const BLANK_TIME = `${BLANK} giờ ${BLANK} phút`;

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "- Đồng chí …;" lines of a list, the last one closed with "." */
function listEnd(index: number, count: number): string {
  return index === count - 1 ? '.' : ';';
}

/** A conclusion issued from the meeting, printed as the minutes' conclusion section. */
export interface MinutesConclusion {
  /** "62-TB/ĐU"; null for a draft. */
  numberSymbol: string | null;
  issueDate: string | null;
  /** "TB" → "Thông báo kết luận", "KL" → "Kết luận". */
  kind: 'TB' | 'KL';
  outline: OutlineBlock[];
}

function conclusionReference(c: MinutesConclusion): string {
  const name = c.kind === 'TB' ? 'Thông báo kết luận' : 'Kết luận';
  const number = c.numberSymbol ? ` số ${c.numberSymbol}` : '';
  const date = c.issueDate ? ` ngày ${formatShortDate(c.issueDate)}` : '';
  return `${name}${number}${date}`;
}

export function buildMinutesDocument(
  meeting: MeetingInput,
  profile: DocumentProfile,
  opts: MinutesDocumentOptions,
): PartyDocument {
  const body = new BodyWriter();

  // The opening facts, each on its own line; a fact not recorded is a blank to fill by hand.
  const start = meeting.startTime ? formatClockTime(meeting.startTime) : BLANK_TIME;
  body.field('Thời gian', `Bắt đầu vào hồi ${start}, ${formatPartyDate(meeting.date)}`);
  body.field('Địa điểm', nfc(meeting.place).trim() || BLANK);
  body.field('Nội dung', nfc(meeting.subject).trim() || BLANK);
  body.field('Chủ trì', meeting.chair?.name.trim() ? personLine(meeting.chair) : BLANK);
  body.field('Thư ký (người ghi biên bản)', meeting.secretary?.name.trim() ? personLine(meeting.secretary) : BLANK);

  body.add('heading2', [{ text: 'Thành phần' }]);
  // The office's own sentence for the conclusion's preamble, when the list is not kept.
  if (meeting.attendanceSummary.trim()) body.notes(meeting.attendanceSummary);
  const members = meeting.attendees;
  const present = members.filter((a) => a.present);
  const absent = members.filter((a) => !a.present);
  if (members.length === 0) {
    body.add('paragraph', [{ text: `Số đồng chí được triệu tập: ${BLANK}; có mặt: ${BLANK} đồng chí; vắng mặt: ${BLANK} đồng chí.` }]);
  } else {
    body.add('paragraph', [
      { text: `Số đồng chí được triệu tập: ${members.length}; có mặt: ${present.length} đồng chí; vắng mặt: ${absent.length} đồng chí.` },
    ]);
    if (present.length > 0) {
      body.add('paragraph', [{ text: 'Có mặt:', italic: true }]);
      present.forEach((a, index) => body.add('bullet', [{ text: `${capitalized(personLine(a))}${listEnd(index, present.length)}` }]));
    }
    if (absent.length === 0) {
      body.add('paragraph', [{ text: 'Vắng mặt: ', italic: true }, { text: 'không.' }]);
    } else {
      body.add('paragraph', [{ text: 'Vắng mặt:', italic: true }]);
      absent.forEach((a, index) => {
        const reason = nfc(a.absenceReason).trim() || BLANK;
        body.add('bullet', [{ text: `${capitalized(personLine(a))} (lý do: ${reason})${listEnd(index, absent.length)}` }]);
      });
    }
  }
  if (meeting.invitedDelegates.length > 0) {
    body.add('paragraph', [{ text: 'Đại biểu mời dự:', italic: true }]);
    meeting.invitedDelegates.forEach((guest, index, all) => {
      body.add('bullet', [{ text: `${capitalized(personLine(guest))}${listEnd(index, all.length)}` }]);
    });
  } else {
    body.add('paragraph', [{ text: 'Đại biểu mời dự: ', italic: true }, { text: BLANK }]);
  }

  body.add('heading2', [{ text: 'Tài liệu trình tại hội nghị' }]);
  if (meeting.presentedDocuments.length > 0) {
    meeting.presentedDocuments.forEach((doc, index, all) => {
      body.add('bullet', [{ text: `${presentedDocumentLine(doc)}${listEnd(index, all.length)}` }]);
    });
  } else {
    body.add('paragraph', [{ text: BLANK }]);
  }

  body.add('heading2', [{ text: 'Diễn biến hội nghị' }]);
  const agenda = meeting.agenda.filter((item) => item.title.trim() || item.notes.trim());
  if (agenda.length === 0) {
    body.add('paragraph', [{ text: `Ý kiến phát biểu, thảo luận: ${BLANK}` }]);
  }
  for (const item of agenda) {
    body.add('heading3', [{ text: nfc(item.title).trim() || BLANK }]);
    if (item.notes.trim()) body.notes(item.notes);
    else body.add('paragraph', [{ text: `Ý kiến phát biểu, thảo luận: ${BLANK}` }]);
  }
  // meeting.notes is the office's own note (where a record came from, what to check): never printed.

  body.add('heading2', [{ text: 'Kết luận của hội nghị' }]);
  const conclusions = (opts.conclusions ?? []).filter((c) => c.outline.some((b) => b.runs.some((r) => r.text.trim())));
  if (conclusions.length === 0) {
    body.add('paragraph', [{ text: BLANK }]);
  }
  for (const c of conclusions) {
    const chair = meeting.chair?.name.trim() ? `đồng chí ${nfc(meeting.chair.name).trim()}` : 'đồng chí chủ trì';
    body.add('paragraph', [{ text: `Thay mặt hội nghị, ${chair} kết luận (${conclusionReference(c)}):` }]);
    body.conclusion(c.outline);
  }

  const end = meeting.endTime ? formatClockTime(meeting.endTime) : BLANK_TIME;
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
    // Minutes are kept, not sent: no "Nơi nhận" unless the office names recipients.
    recipients: opts.recipients?.length ? buildRecipientLines(opts.recipients, profile.issuerAbbreviation) : [],
    orientation: 'portrait',
  };
}
