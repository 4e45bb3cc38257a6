/**
 * The closing table: "Nơi nhận:" with its list on the left, the signature block on the
 * right ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / name). Flattened to text, the two columns come out
 * one after the other — or interleaved row by row when copied out of Word — so each line is
 * classified by what it is, not by where it is.
 */
import { foldSameLength, isCapitals, isTitleCaseWord, isUpperWord, squashSpaces } from './fold-index';
import type { SourceLine } from './source-lines';

export type SignatureAuthority = 'T/M' | 'K/T' | 'T/L' | 'T/UQ';

export interface ParsedSignature {
  authority: SignatureAuthority | null;
  onBehalfOf: string | null;
  title: string | null;
  signer: string | null;
}

export interface ClosingInfo {
  recipientsFound: boolean;
  recipients: string[];
  signature: ParsedSignature;
  signatureFound: boolean;
}

const RECIPIENTS_LABEL = /^noi nhan\s*[:.]?\s*/;
const AUTHORITY =
  /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\s*\/\s*UQ|TM\.|KT\.|TL\.|TUQ\.|T\.M\.?|K\.T\.?|T\.L\.?)(?=\s|$)\s*(.*)$/i;
const ITEM = /^[-–—•●▪+]\s*/u;
const NOISE_FOLDED =
  /^(?:\(.*\)|\[.*\]|da ky|ky ten|ky,? dong dau|ky va dong dau|handwritten signature|signed|chu ky|dau)\.?$/;
const RULE = /^[-_–—=.*\s]+$/;
const TITLE_WORDS =
  /\b(?:bi thu|van phong|truong ban|chu nhiem|chu tich|uy vien|giam doc|thuong truc|pho truong|nguoi ghi|thu ky|uy ban kiem tra)\b/;
const TITLE_SUFFIX =
  /^(.*?)\s+((?:PHÓ\s+)?BÍ\s+THƯ(?:\s+THƯỜNG\s+TRỰC)?|(?:PHÓ\s+)?CHÁNH\s+VĂN\s+PHÒNG|(?:PHÓ\s+)?TRƯỞNG\s+BAN|(?:PHÓ\s+)?CHỦ\s+NHIỆM)$/u;

function normalizeAuthority(raw: string): SignatureAuthority {
  const key = raw.toUpperCase().replace(/[\s./]/g, '');
  if (key === 'KT') return 'K/T';
  if (key === 'TL') return 'T/L';
  if (key === 'TUQ') return 'T/UQ';
  return 'T/M';
}

export function isRecipientsLabel(line: SourceLine): boolean {
  return RECIPIENTS_LABEL.test(line.folded);
}

export function isAuthorityLine(line: SourceLine): boolean {
  return AUTHORITY.test(line.text);
}

export function isNoise(line: SourceLine): boolean {
  return NOISE_FOLDED.test(line.folded) || RULE.test(line.text);
}

/** Strips "(đã ký)" and the like glued to a name. */
function stripNoiseSuffix(text: string): string {
  return text.replace(/\s*[([](?:đã ký|ký|signed|handwritten signature|chữ ký)[^)\]]*[)\]]\s*$/iu, '').trim();
}

/** "Đỗ Đức Úy", "NGUYỄN VĂN A" — 2 to 6 words, each capitalised, no title words. */
export function isPersonName(text: string): boolean {
  const t = stripNoiseSuffix(text);
  if (TITLE_WORDS.test(foldSameLength(t))) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every(isTitleCaseWord) || words.every(isUpperWord);
}

function isTitleLine(text: string): boolean {
  return TITLE_WORDS.test(foldSameLength(text)) || (isCapitals(text) && !isPersonName(text));
}

/** First line of the closing part: "Nơi nhận:" or the signature authority line. */
export function findClosingStart(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i];
    if (line && (isRecipientsLabel(line) || isAuthorityLine(line))) return i;
  }
  // No label and no authority: a bare signature ("BÍ THƯ" / name) closing the document.
  let start = lines.length;
  let sawName = false;
  for (let i = lines.length - 1; i >= from && lines.length - i <= 6; i -= 1) {
    const line = lines[i];
    if (!line) break;
    if (isNoise(line)) {
      start = i;
    } else if (!sawName && isPersonName(line.text)) {
      sawName = true;
      start = i;
    } else if (sawName && line.text.length <= 60 && isTitleLine(line.text)) {
      start = i;
    } else {
      break;
    }
  }
  return sawName ? start : lines.length;
}

export function readClosing(lines: readonly SourceLine[]): ClosingInfo {
  const recipients: string[] = [];
  let recipientsFound = false;
  let recipientsClosed = false;
  let lastRaw = '';
  const signature: ParsedSignature = { authority: null, onBehalfOf: null, title: null, signer: null };
  const signatureLines: SignatureLine[] = [];
  let signatureFound = false;

  const addItem = (raw: string, continuation: boolean): void => {
    const cleaned = squashSpaces(raw.replace(ITEM, '')).replace(/[\s,;.]+$/, '');
    if (cleaned === '') return;
    const prev = recipients[recipients.length - 1];
    if (continuation && prev !== undefined) recipients[recipients.length - 1] = `${prev} ${cleaned}`;
    else recipients.push(cleaned);
    lastRaw = raw;
    if (/^luu\b/.test(foldSameLength(recipients[recipients.length - 1] ?? ''))) recipientsClosed = true;
  };

  for (const line of lines) {
    const text = line.text;
    if (isRecipientsLabel(line)) {
      recipientsFound = true;
      const rest = text.slice(RECIPIENTS_LABEL.exec(line.folded)?.[0].length ?? 0);
      if (rest.trim()) addItem(rest, false);
      continue;
    }
    if (isNoise(line)) continue;
    const authority = AUTHORITY.exec(text);
    if (authority) {
      signatureFound = true;
      signature.authority = normalizeAuthority(authority[1] ?? '');
      signatureLines.push({ text: squashSpaces(authority[2] ?? ''), authority: true });
      continue;
    }
    if (ITEM.test(text) && !recipientsClosed) {
      recipientsFound = true;
      addItem(text, false);
      continue;
    }
    if (recipientsFound && !recipientsClosed) {
      // Inside an open list, only a name or a capitals line without list punctuation can
      // belong to the signature; anything else is an item or the wrapped tail of one.
      const looksSignature = isPersonName(text) || (isCapitals(text) && !/[,;.]$/.test(text));
      if (!looksSignature) {
        const wrapped = recipients.length > 0 && !/[,;.]$/.test(lastRaw.trim());
        addItem(text, wrapped);
        continue;
      }
    }
    signatureLines.push({ text, authority: false });
  }

  readSignatureLines(signatureLines, signature);
  if (signature.signer || signature.title) signatureFound = true;
  return { recipientsFound, recipients, signature, signatureFound };
}

interface SignatureLine {
  /** For the authority line, the text after "T/M" (the body signed for). */
  text: string;
  authority: boolean;
}

/** Reads the body signed for, the title and the signer from the signature lines in order. */
function readSignatureLines(lines: readonly SignatureLine[], signature: ParsedSignature): void {
  const authorityAt = lines.findIndex((l) => l.authority);
  const afterAuthority = lines.slice(authorityAt + 1).map((l) => l.text);
  let onBehalfOf = lines[authorityAt]?.text ?? '';

  const nameIndex = findLastIndex(afterAuthority, (l) => isPersonName(l));
  const signer = nameIndex >= 0 ? stripNoiseSuffix(afterAuthority[nameIndex] ?? '') : null;
  const titleLines = afterAuthority.filter((l, i) => i !== nameIndex && (nameIndex < 0 || i < nameIndex) && isTitleLine(l));

  if (authorityAt >= 0 && onBehalfOf === '' && titleLines.length > 0) {
    // "T/M" printed alone, the body on the next line.
    onBehalfOf = titleLines.shift() ?? '';
  }
  let title = titleLines.length > 0 ? squashSpaces(titleLines.join(' ')) : '';
  if (authorityAt >= 0 && title === '') {
    // "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG" flattened onto one line.
    const split = TITLE_SUFFIX.exec(onBehalfOf);
    if (split?.[1] && split[2]) {
      onBehalfOf = split[1].trim();
      title = split[2];
    }
  }
  signature.onBehalfOf = onBehalfOf || null;
  signature.title = title || null;
  signature.signer = signer;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}
