/**
 * Pieces every document builder needs: the number line, the marks, the recipient list with
 * its punctuation and archive line, the signature lines. Pure, shared with the preview.
 */
import { foldVietnamese } from '../text/fold';
import type { RecipientLine, SignatureAuthority, SignatureBlock } from './model';

/** What the office profile contributes to every document it issues. */
export interface DocumentProfile {
  /** "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" */
  superiorCommittee: string;
  /** "ĐẢNG ỦY XÃ KIẾN MINH" */
  committee: string;
  /** "Kiến Minh" — the place written before the date. */
  place: string;
  /** "ĐU" — issuer part of the number-symbol. */
  issuerAbbreviation: string;
}

export type DocumentStatus = 'draft' | 'issued';

export const DRAFT_MARK = 'DỰ THẢO';
/** The blank left for a number written by hand: "Số      -TB/ĐU" (six spaces after "Số"). */
const BLANK_NUMBER = '     ';

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * "Số 62-TB/ĐU". Party documents write no colon after "Số" (the state style "Số:" is wrong),
 * so a "Số:" typed into the number-symbol is dropped rather than doubled.
 */
export function formatNumberLine(
  numberSymbol: string | null,
  typeAbbreviation: string,
  issuerAbbreviation: string,
): string {
  const symbol = numberSymbol ? nfc(numberSymbol).replace(/^\s*số\s*:?\s*/iu, '').trim() : '';
  if (symbol) return `Số ${symbol}`;
  return `Số ${BLANK_NUMBER}-${typeAbbreviation}/${nfc(issuerAbbreviation).trim()}`;
}

/** Marks printed under the number: urgency, secrecy, then the draft mark. */
export function documentMarks(options: {
  urgency?: string | null;
  secrecy?: string | null;
  status: DocumentStatus;
}): string[] {
  const marks: string[] = [];
  if (options.urgency) marks.push(nfc(options.urgency));
  if (options.secrecy) marks.push(nfc(options.secrecy));
  if (options.status === 'draft') marks.push(DRAFT_MARK);
  return marks;
}

/**
 * The archive copy's holder: the committee's office ("ĐU" → "VPĐU", "TU" → "VPTU"); a
 * document already issued by an office ("VPĐU") keeps its own name. [U] A chi bộ has no
 * office, so it archives under its own abbreviation ("CB").
 */
export function archiveHolder(issuerAbbreviation: string): string {
  const issuer = nfc(issuerAbbreviation).trim();
  if (!issuer) return 'VP';
  if (/^VP/u.test(issuer) || issuer === 'CB') return issuer;
  return `VP${issuer}`;
}

export interface RecipientInput {
  text: string;
  forReport?: boolean;
}

const TRAILING_PUNCTUATION = /[\s,;.]+$/u;
const LEADING_DASH = /^[\s\-–—+•]+/u;
const REPORT_SUFFIX = /\((để\s+)?(báo\s+cáo|bc)\)$/iu;

function isArchiveLine(text: string): boolean {
  return /^luu\b/.test(foldVietnamese(text.replace(LEADING_DASH, '').trim()));
}

/**
 * "- Thường trực Thành ủy (để báo cáo)," … "- Lưu VPĐU." Each line starts with "- " and ends
 * with ","; the archive line is last and ends with ".". It is added by rule unless the user
 * already wrote one, in which case their wording is kept (moved last).
 */
export function buildRecipientLines(
  recipients: readonly RecipientInput[],
  issuerAbbreviation: string,
): RecipientLine[] {
  const regular: string[] = [];
  const archive: string[] = [];
  for (const recipient of recipients) {
    let text = nfc(recipient.text).replace(LEADING_DASH, '').replace(TRAILING_PUNCTUATION, '').trim();
    if (!text) continue;
    if (isArchiveLine(text)) {
      archive.push(text);
      continue;
    }
    if (recipient.forReport && !REPORT_SUFFIX.test(text)) text = `${text} (để báo cáo)`;
    regular.push(text);
  }
  if (archive.length === 0) archive.push(`Lưu ${archiveHolder(issuerAbbreviation)}`);
  const all = [...regular, ...archive];
  return all.map((text, index) => ({ text: `- ${text}${index === all.length - 1 ? '.' : ','}` }));
}

/** "T/M BAN THƯỜNG VỤ"; null for a personal signature. */
export function authorityLine(authority: SignatureAuthority | null, onBehalfOf: string): string | null {
  if (!authority) return null;
  const body = nfc(onBehalfOf).trim().toLocaleUpperCase('vi');
  return body ? `${authority} ${body}` : authority;
}

export function signatureBlock(options: {
  authority: SignatureAuthority | null;
  onBehalfOf: string;
  title: string;
  signerName: string;
}): SignatureBlock {
  return {
    authorityLine: authorityLine(options.authority, options.onBehalfOf),
    title: nfc(options.title).trim().toLocaleUpperCase('vi'),
    signerName: nfc(options.signerName).trim(),
  };
}

/** Splits free text into paragraphs: one per non-empty line. */
export function splitParagraphs(text: string): string[] {
  return nfc(text)
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
