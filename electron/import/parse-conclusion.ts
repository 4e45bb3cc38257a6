/**
 * Parses the text of an existing conclusion (Thông báo kết luận / Kết luận) into structured
 * data: header, title, meeting facts from the preamble, the numbered outline, recipients and
 * the signature. Pure and synchronous; the text may carry `**bold**` / `*italic*` markers.
 *
 * The document is cut into zones — header, title, preamble, body, closing — by recognisers
 * that know the genre (Hướng dẫn 36-HD/VPTW and office practice), not any particular file.
 * Anything not recognised is left null and explained in `warnings` (Vietnamese, for users).
 */
import { markBold, withoutBoldMarks } from '../../shared/document/bold-marks';
import type { OutlineBlock } from '../../shared/document/outline';
import { isHardWrapped, joinBrokenParagraphs, type BodyParagraph } from './body-paragraphs';
import { findClosingStart, readClosing, type ParsedSignature } from './closing-block';
import { isHeaderLine, readHeader, type SecrecyMark, type UrgencyMark } from './header-block';
import {
  bodyFromText,
  numberFromText,
  readMeeting,
  type MeetingBody,
  type PresentedDocumentRef,
} from './meeting-preamble';
import { checkGenre, type GenreCheck } from './genre-check';
import { documentTypeOf } from './number-symbol';
import { matchLabel } from './outline-labels';
import { buildOutline, type ParsedSection } from './outline-recognition';
import { toSourceLines } from './source-lines';
import { findTypeLine, readTitle, type ConclusionKind } from './title-block';

export type { ConclusionKind } from './title-block';
export type { MeetingBody, PresentedDocumentRef } from './meeting-preamble';
export type { ParsedSection } from './outline-recognition';
export type { ParsedSignature, SignatureAuthority } from './closing-block';

export interface ParsedMeeting {
  /** ISO date of the meeting, from the preamble. */
  date: string | null;
  body: MeetingBody | null;
  /** Ordinal as printed: "10" for "kỳ họp thứ 10", "Hai" for "Hội nghị lần thứ Hai". */
  number: string | null;
  /** Full name of the person who chaired. */
  chair: string | null;
  /** Their titles as printed: "Bí thư Đảng ủy, Chủ tịch HĐND xã". */
  chairTitle: string | null;
  /** What the meeting was about: "đánh giá kết quả thực hiện nhiệm vụ tháng 04; …". */
  subject: string | null;
  presentedDocuments: PresentedDocumentRef[];
}

export interface ParsedConclusion {
  kind: ConclusionKind;
  /** The title as printed: type line + capitals lines ("THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY"). */
  title: string;
  /** Trích yếu: "về …" or the descriptive lines under the title, joined with spaces. */
  summary: string | null;
  /** The capitals second title line alone ("KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY"), if printed. */
  subtitle: string | null;
  superiorCommittee: string | null;
  committee: string | null;
  /** "62-TB/ĐU" — without "Số". */
  numberSymbol: string | null;
  place: string | null;
  issueDate: string | null;
  urgency: UrgencyMark | null;
  secrecy: SecrecyMark | null;
  meeting: ParsedMeeting;
  /** Tree of numbered headings with their printed numbers. */
  sections: ParsedSection[];
  /** Items under "Nơi nhận:", without the dash and the trailing ",;.". */
  recipients: string[];
  signature: ParsedSignature;
  /** Opening paragraphs before the body, one paragraph per line; bold kept as `**…**`. */
  preamble: string;
  /** The body as outline blocks (ids b1, b2 …), labels kept as printed. */
  outline: OutlineBlock[];
  /** Is the text a Party conclusion at all (see genre-check.ts)? */
  genre: GenreCheck;
  warnings: string[];
}

export interface ParseConclusionOptions {
  /** Year for dates printed without one ("ngày 26/6"); the issue date's year wins if known. */
  referenceYear?: number;
}

const TITLE_SEARCH_LIMIT = 40;
const PREAMBLE_COLON_LIMIT = 4;

/** Where the preamble ends: before the first labelled paragraph, or after "… như sau:". */
function splitPreamble(paragraphs: readonly BodyParagraph[]): number {
  const firstLabel = paragraphs.findIndex((p) => matchLabel(p.text) !== null);
  const colon = paragraphs.findIndex(
    (p, i) => i < PREAMBLE_COLON_LIMIT && /:\s*$/.test(p.text) && /kết luận|như sau|sau\s*:\s*$/iu.test(p.text),
  );
  const ends = [firstLabel, colon >= 0 ? colon + 1 : -1].filter((n) => n >= 0);
  if (ends.length > 0) return Math.min(...ends);
  const first = paragraphs[0];
  return first && /hội nghị|kỳ họp|cuộc họp|phiên họp|chủ trì/iu.test(first.text) ? 1 : 0;
}

function emptyResult(warnings: string[]): ParsedConclusion {
  return {
    kind: 'TB',
    title: '',
    summary: null,
    subtitle: null,
    superiorCommittee: null,
    committee: null,
    numberSymbol: null,
    place: null,
    issueDate: null,
    urgency: null,
    secrecy: null,
    meeting: {
      date: null,
      body: null,
      number: null,
      chair: null,
      chairTitle: null,
      subject: null,
      presentedDocuments: [],
    },
    sections: [],
    recipients: [],
    signature: { authority: null, onBehalfOf: null, title: null, signer: null },
    preamble: '',
    outline: [],
    genre: { isConclusion: false, confidence: 'high', score: 0, reasons: ['văn bản trống'], otherGenre: null },
    warnings,
  };
}

export function parseConclusionText(text: string, options: ParseConclusionOptions = {}): ParsedConclusion {
  const lines = toSourceLines(text);
  if (lines.length === 0) return emptyResult(['Văn bản trống, không có nội dung để nhận dạng.']);
  const warnings: string[] = [];

  // Header and title.
  const typeIndex = findTypeLine(lines, TITLE_SEARCH_LIMIT);
  // Without a title, the header is the run of header-like lines at the top.
  const firstNonHeader = lines.findIndex((l) => !isHeaderLine(l));
  const headerEnd = typeIndex >= 0 ? typeIndex : firstNonHeader < 0 ? lines.length : firstNonHeader;
  const header = readHeader(lines.slice(0, headerEnd));
  const title = typeIndex >= 0 ? readTitle(lines, typeIndex) : null;
  const bodyStart = title ? title.end : headerEnd;

  // Closing, then what lies between: preamble and body.
  const closingStart = findClosingStart(lines, bodyStart);
  const closing = readClosing(lines.slice(closingStart));
  const bodyLines = lines.slice(bodyStart, closingStart);
  const paragraphs = joinBrokenParagraphs(bodyLines, isHardWrapped(bodyLines));
  const preambleEnd = splitPreamble(paragraphs);
  const preambleParagraphs = paragraphs.slice(0, preambleEnd);
  // Bold typed in the opening (the meeting's date, a report's number) travels as `**…**`.
  const preamble = preambleParagraphs.map((p) => markBold(p.runs)).join('\n');
  const outline = buildOutline(paragraphs.slice(preambleEnd));

  const issueYear = header.issueDate ? Number(header.issueDate.slice(0, 4)) : undefined;
  const referenceYear = issueYear ?? options.referenceYear;
  const meetingInfo = readMeeting(preambleParagraphs.map((p) => p.text).join(' '), referenceYear);
  const titleText = title ? [title.title, title.summary ?? ''].join(' ') : '';
  const meeting: ParsedMeeting = {
    ...meetingInfo,
    body:
      meetingInfo.body ??
      bodyFromText(titleText) ??
      (closing.signature.onBehalfOf ? bodyFromText(closing.signature.onBehalfOf) : null),
    number: meetingInfo.number ?? numberFromText(titleText),
  };

  const typeFromNumber = header.numberSymbol ? documentTypeOf(header.numberSymbol) : null;
  const kindFromNumber: ConclusionKind | null =
    typeFromNumber === 'KL' ? 'KL' : typeFromNumber === 'TB' ? 'TB' : null;
  const kind: ConclusionKind = title?.kind ?? kindFromNumber ?? 'TB';

  // Warnings, in reading order of the document.
  if (!header.found) {
    warnings.push(
      'Văn bản không có phần đầu (tên cấp ủy, số và ký hiệu, địa danh và ngày ban hành); các trường này để trống.',
    );
  } else {
    if (!header.committee) warnings.push('Không tìm thấy tên cấp ủy ban hành văn bản ở phần đầu.');
    if (!header.superiorCommittee) warnings.push('Không tìm thấy tên cấp ủy cấp trên ở phần đầu.');
    if (!header.numberSymbol) {
      warnings.push(header.blankNumber ? 'Văn bản chưa có số (dòng “Số” để trống).' : 'Không tìm thấy số và ký hiệu văn bản.');
    }
    if (!header.issueDate) {
      warnings.push(header.blankDate ? 'Ngày ban hành còn để trống.' : 'Không tìm thấy địa danh và ngày ban hành.');
    }
  }
  if (!title) {
    warnings.push(
      kindFromNumber
        ? 'Không tìm thấy tên loại văn bản (THÔNG BÁO hoặc KẾT LUẬN); đã suy ra từ ký hiệu văn bản.'
        : 'Không tìm thấy tên loại văn bản (THÔNG BÁO hoặc KẾT LUẬN); tạm coi là Thông báo kết luận.',
    );
  } else {
    if (!title.summary) warnings.push('Không tìm thấy trích yếu dưới tên văn bản.');
    if (kindFromNumber && kindFromNumber !== title.kind) {
      warnings.push(`Tên loại văn bản (${title.documentType ?? ''}) không khớp với ký hiệu “${header.numberSymbol ?? ''}”.`);
    }
  }
  if (preamble === '') {
    warnings.push('Không tìm thấy phần mở đầu về hội nghị (ngày họp, người chủ trì).');
  } else {
    if (!meeting.date) warnings.push('Không nhận ra ngày họp trong phần mở đầu.');
    if (!meeting.body) warnings.push('Không nhận ra cơ quan họp (Ban Chấp hành, Ban Thường vụ hay Thường trực Đảng ủy).');
    if (!meeting.chair) warnings.push('Không nhận ra họ tên người chủ trì trong phần mở đầu.');
  }
  if (meeting.date && header.issueDate && meeting.date > header.issueDate) {
    warnings.push(`Ngày họp (${meeting.date}) sau ngày ban hành (${header.issueDate}); cần kiểm tra lại.`);
  }
  if (outline.sections.length === 0) {
    warnings.push('Không tìm thấy mục nào được đánh số (I., 1., a), Một là, …) trong nội dung.');
  }
  warnings.push(...outline.warnings);
  if (!closing.recipientsFound) warnings.push('Không tìm thấy mục “Nơi nhận”.');
  if (!closing.signatureFound) {
    warnings.push('Không tìm thấy phần chữ ký (T/M, K/T, T/L …).');
  } else {
    if (!closing.signature.authority) warnings.push('Không thấy thể thức đề ký (T/M, K/T, T/L, T/UQ) ở phần chữ ký.');
    if (!closing.signature.signer) warnings.push('Không nhận ra họ tên người ký.');
  }

  const genre = checkGenre({
    title: title?.title ?? '',
    subtitle: title?.subtitle ?? null,
    summary: title?.summary ?? null,
    numberSymbol: header.numberSymbol,
    committee: header.committee,
    preamble: withoutBoldMarks(preamble),
    outlineBlocks: outline.blocks.length,
    recipients: closing.recipients,
    signatureAuthority: closing.signature.authority,
    meetingDate: meeting.date,
    meetingBody: meeting.body,
    firstLines: lines.slice(0, TITLE_SEARCH_LIMIT).map((l) => l.text),
  });

  return {
    kind,
    title: title?.title ?? '',
    summary: title?.summary ?? null,
    subtitle: title?.subtitle ?? null,
    superiorCommittee: header.superiorCommittee,
    committee: header.committee,
    numberSymbol: header.numberSymbol,
    place: header.place,
    issueDate: header.issueDate,
    urgency: header.urgency,
    secrecy: header.secrecy,
    meeting,
    sections: outline.sections,
    recipients: closing.recipients,
    signature: closing.signature,
    preamble,
    outline: outline.blocks,
    genre,
    warnings,
  };
}
