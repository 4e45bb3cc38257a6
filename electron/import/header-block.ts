/**
 * The header block of page 1 (Hướng dẫn 36-HD/VPTW): superior committee, issuing committee,
 * a star, "Số 62-TB/ĐU" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and "Kiến Minh, ngày …" on the
 * right. Flattened to text the two columns come out in either order, so every line is
 * recognised by what it says, not where it stands.
 */
import { findDates } from './date-phrases';
import { foldSameLength, isCapitals, squashSpaces } from './fold-index';
import { NUMBER_SYMBOL_SOURCE, tidyNumberSymbol } from './number-symbol';
import type { SourceLine } from './source-lines';

export type UrgencyMark = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';
export type SecrecyMark = 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT';

export interface HeaderInfo {
  superiorCommittee: string | null;
  committee: string | null;
  numberSymbol: string | null;
  place: string | null;
  issueDate: string | null;
  urgency: UrgencyMark | null;
  secrecy: SecrecyMark | null;
  draft: boolean;
  /** True when at least one header element was recognised. */
  found: boolean;
  /** "Số" printed but the number left blank (an unnumbered draft). */
  blankNumber: boolean;
  /** A place/date line printed with the date left blank. */
  blankDate: boolean;
}

const MOTTO = /^dang cong san viet nam$/;
const COMMITTEE_START =
  /^(?:dang (?:bo|uy)|(?:tinh|thanh|huyen|quan|thi) uy|chi bo|dang doan|ban can su|ban chap hanh|ban thuong vu|thuong truc dang uy)\b/;
// "Số 62-TB/ĐU", "Số: 12-KL/ĐU", "Số 127/BC-ĐU", and a draft's blank "Số      -TB/ĐU".
const NUMBER_LINE = /^so\s*[:.]?\s*(?:\d{1,5}\s*[-/]|[._\s]*-\s*[a-z]{1,5}\s*\/)/;
const STAR = /^[*\s]+$/;
const LEADING_SYMBOL = new RegExp(`^(${NUMBER_SYMBOL_SOURCE})`);
const URGENCY: ReadonlyArray<[RegExp, UrgencyMark]> = [
  [/^thuong khan$/, 'THƯỢNG KHẨN'],
  [/^hoa toc$/, 'HỎA TỐC'],
  [/^khan$/, 'KHẨN'],
];
const SECRECY: ReadonlyArray<[RegExp, SecrecyMark]> = [
  [/^toi mat$/, 'TỐI MẬT'],
  [/^tuyet mat$/, 'TUYỆT MẬT'],
  [/^mat$/, 'MẬT'],
];

/** Does this line belong to a header block? (used to find where the header ends) */
export function isHeaderLine(line: SourceLine): boolean {
  const f = line.folded;
  return (
    MOTTO.test(f) ||
    STAR.test(line.text) ||
    (COMMITTEE_START.test(f) && isCapitals(line.text)) ||
    (NUMBER_LINE.test(f) && line.text.length < 60) ||
    placeDate(line) !== null ||
    URGENCY.some(([re]) => re.test(f)) ||
    SECRECY.some(([re]) => re.test(f)) ||
    /^du thao\b/.test(f)
  );
}

function placeDate(line: SourceLine): { place: string | null; iso: string | null; blank: boolean } | null {
  if (line.text.length > 90) return null;
  const at = line.folded.search(/(?:^|,\s*)ngay\b/);
  if (at < 0) return null;
  const dates = findDates(line.text);
  const placePart = line.text.slice(0, at).replace(/,\s*$/, '').trim();
  const date = dates[0];
  if (date) return { place: placePart || null, iso: date.iso, blank: false };
  // "Kiến Minh, ngày    tháng    năm 20  " — a draft with the date to fill by hand.
  if (/ngay\s+(?:\.+|_+|\s)*thang\s+(?:\.+|_+|\s)*nam\b/.test(line.folded)) {
    return { place: placePart || null, iso: null, blank: true };
  }
  return null;
}

export function readHeader(lines: readonly SourceLine[]): HeaderInfo {
  const info: HeaderInfo = {
    superiorCommittee: null,
    committee: null,
    numberSymbol: null,
    place: null,
    issueDate: null,
    urgency: null,
    secrecy: null,
    draft: false,
    found: false,
    blankNumber: false,
    blankDate: false,
  };
  const committees: string[] = [];
  let lastWasCommittee = false;

  for (const line of lines) {
    const f = line.folded;
    const text = line.text;
    let committeeLine = false;
    if (MOTTO.test(f) || STAR.test(text)) {
      info.found = true;
    } else if (COMMITTEE_START.test(f) && isCapitals(text)) {
      committees.push(squashSpaces(text));
      committeeLine = true;
      info.found = true;
    } else if (NUMBER_LINE.test(f) && text.length < 60) {
      const rest = text.replace(/^\S+\s*[:.]?\s*/u, '');
      const symbol = LEADING_SYMBOL.exec(rest)?.[1] ?? (/^\d/.test(rest) ? rest.split(/\s+/)[0] : undefined);
      if (symbol) info.numberSymbol = tidyNumberSymbol(symbol);
      else info.blankNumber = true;
      info.found = true;
    } else if (placeDate(line)) {
      const pd = placeDate(line);
      if (pd) {
        info.place = pd.place;
        info.issueDate = pd.iso;
        info.blankDate = pd.blank;
      }
      info.found = true;
    } else if (URGENCY.some(([re]) => re.test(f))) {
      info.urgency = URGENCY.find(([re]) => re.test(f))?.[1] ?? null;
      info.found = true;
    } else if (SECRECY.some(([re]) => re.test(f))) {
      info.secrecy = SECRECY.find(([re]) => re.test(f))?.[1] ?? null;
      info.found = true;
    } else if (/^du thao\b/.test(f)) {
      info.draft = true;
      info.found = true;
    } else if (lastWasCommittee && isCapitals(text) && text.length < 60 && committees.length > 0) {
      // A committee name wrapped over two lines: "ĐẢNG BỘ TỈNH" / "THÁI BÌNH".
      committees[committees.length - 1] = `${committees[committees.length - 1] ?? ''} ${squashSpaces(text)}`;
      committeeLine = true;
    }
    lastWasCommittee = committeeLine;
  }

  if (committees.length >= 2) {
    info.superiorCommittee = committees[0] ?? null;
    // With a third line ("BAN THƯỜNG VỤ" under the committee) the issuer is the line that
    // names the commune or ward.
    const rest = committees.slice(1);
    const local = rest.find((c) => /\b(?:xa|phuong|thi tran|dac khu)\b/.test(foldSameLength(c)));
    info.committee = local ?? rest[0] ?? null;
  } else if (committees.length === 1) {
    // One name alone is the issuer; the superior line is the one offices drop.
    info.committee = committees[0] ?? null;
  }
  return info;
}
