/**
 * Reads the deadline (thời hạn) out of a task sentence of a conclusion.
 *
 * Conclusions write deadlines in many ways ("trước ngày 15/6", "trong tháng 02/2026",
 * "quý II năm 2026", "6 tháng cuối năm", "trước Tết Nguyên đán") and also cite documents by
 * date ("Nghị quyết số 05-NQ/TU ngày 14/01/2026 của …"), which are not deadlines. The rules
 * here are deliberately conservative: a proposal with no date is corrected by the user in
 * one click, a wrong date slips by unnoticed.
 *
 * Patterns run on folded text (see text-scan) so that capitals and diacritics — and the
 * common typo "phân đấu" for "phấn đấu" — do not matter; the phrase returned is cut from the
 * original text.
 */
import { daysInMonth, isValidDate, parseIsoDate, toIsoDate, type IsoDateParts } from '../text/party-date';
import { dayBefore, lunarNewYear, nextLunarNewYearAfter } from './lunar-new-year';
import { foldWithOrigin, sourceSlice, type FoldedText } from './text-scan';

export interface DeadlineContext {
  /** ISO date of the conclusion: the year of "15/6" and "trước Tết" are read relative to it. */
  referenceDate: string;
}

export interface Deadline {
  dueDate: string;
  /** The phrase as written, including its preposition: "trước ngày 15/6". */
  phrase: string;
}

type CandidateKind = 'tet' | 'day' | 'month' | 'quarter' | 'period' | 'yearEnd';

interface Candidate {
  kind: CandidateKind;
  /** Folded positions of the date expression itself (without its preposition). */
  start: number;
  end: number;
  /** Null when the expression is a date but an impossible one (31/02): it is still consumed. */
  dueDate: string | null;
  hasYear: boolean;
}

interface Matcher {
  kind: CandidateKind;
  pattern: RegExp;
  read: (m: RegExpExecArray, ref: IsoDateParts, refIso: string, f: string) => { dueDate: string | null; hasYear: boolean } | 'skip';
}

// ---------------------------------------------------------------------------------------
// Date arithmetic

function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12 || !isValidDate(year, month, 1)) return null;
  return toIsoDate(year, month, daysInMonth(year, month));
}

/**
 * A date written without its year belongs to the reference year, unless it is already past
 * at the reference date — then it means next year ("trước ngày 15/01" in a December notice).
 */
function withInferredYear(make: (year: number) => string | null, ref: IsoDateParts, refIso: string): string | null {
  const thisYear = make(ref.year);
  if (thisYear !== null && thisYear >= refIso) return thisYear;
  return make(ref.year + 1);
}

function dayIso(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Heavenly stems and earthly branches, folded; "tý" and "tỵ" both fold to "ty", which is
// harmless because the stem tells the two years apart.
const STEMS = ['giap', 'at', 'binh', 'dinh', 'mau', 'ky', 'canh', 'tan', 'nham', 'quy'];
const BRANCHES = ['ty', 'suu', 'dan', 'mao', 'thin', 'ty', 'ngo', 'mui', 'than', 'dau', 'tuat', 'hoi'];

function yearMatchesStemBranch(year: number, stem: string, branch: string): boolean {
  return STEMS[(year + 6) % 10] === stem && BRANCHES[(year + 8) % 12] === branch;
}

function num(s: string | undefined): number {
  return s === undefined ? Number.NaN : Number(s);
}

// ---------------------------------------------------------------------------------------
// The date expressions, most specific first: an earlier matcher consumes its span so that
// "ngày 15 tháng 6 năm 2026" is not read again as "tháng 6 năm 2026".

const L = '(?<![\\p{L}\\d])';

const matchers: Matcher[] = [
  {
    kind: 'tet',
    pattern: new RegExp(
      `${L}truoc\\s+(?:(?:dip|ky nghi|le)\\s+)?tet(?![\\p{L}])(?:\\s+(nguyen dan|am lich|co truyen|duong lich|trong cay))?(?:\\s+(?:xuan\\s+|nam\\s+)?(${STEMS.join('|')})\\s+(${[...new Set(BRANCHES)].join('|')})(?![\\p{L}]))?`,
      'gu',
    ),
    read: (m, ref, refIso) => {
      const which = m[1];
      if (which === 'trong cay') return 'skip'; // "Tết trồng cây" is a spring planting event
      if (which === 'duong lich') return { dueDate: toIsoDate(ref.year, 12, 31), hasYear: false };
      const stem = m[2];
      const branch = m[3];
      if (stem !== undefined && branch !== undefined) {
        for (const year of [ref.year, ref.year + 1]) {
          const tet = lunarNewYear(year);
          if (tet !== null && tet > refIso && yearMatchesStemBranch(year, stem, branch)) {
            return { dueDate: dayBefore(tet), hasYear: true };
          }
        }
      }
      const tet = nextLunarNewYearAfter(refIso);
      return { dueDate: tet === null ? null : dayBefore(tet), hasYear: false };
    },
  },
  {
    kind: 'day',
    pattern: new RegExp(`${L}ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s*,?\\s*nam\\s+(\\d{4}))?(?!\\d)`, 'gu'),
    read: (m, ref, refIso) => readDay(num(m[1]), num(m[2]), m[3], ref, refIso),
  },
  {
    kind: 'day',
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/gu,
    read: (m, ref, refIso) => readDay(num(m[1]), num(m[3]), m[4], ref, refIso),
  },
  {
    kind: 'day',
    pattern: /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/gu,
    read: (m, ref, refIso, f) => {
      // "tháng 5/6" or "6/2" right after "tháng" is a month/year pair, not a day.
      if (/thang\s*$/u.test(f.slice(Math.max(0, m.index - 8), m.index))) return 'skip';
      return readDay(num(m[1]), num(m[2]), undefined, ref, refIso);
    },
  },
  {
    kind: 'period',
    // "6 tháng đầu năm", "6 tháng cuối năm 2026", "9 tháng đầu năm"
    pattern: new RegExp(`${L}0?([369])\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?(?!\\d)`, 'gu'),
    read: (m, ref, refIso) => {
      const month = m[2] === 'cuoi' ? 12 : num(m[1]);
      return yearOrInferred(m[3], (y) => endOfMonth(y, month), ref, refIso);
    },
  },
  {
    kind: 'period',
    // "9 tháng", "6 tháng năm 2026" — the reporting periods; durations are excluded below.
    pattern: new RegExp(`${L}0?([369])\\s+thang(?:\\s+nam\\s+(\\d{4})|\\s*\\/\\s*(\\d{4}))?(?![\\p{L}\\d])`, 'gu'),
    read: (m, ref, refIso, f) => {
      const before = f.slice(Math.max(0, m.index - 12), m.index);
      if (/(?<![\p{L}])(?:trong|sau|moi|hon|khoang|duoi|tren|vong|tu|nhung)\s*$/u.test(before)) return 'skip';
      const after = f.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/^\s*(?:toi|qua|tiep|gan|lien|mot lan|\/\s*lan|mot)/u.test(after)) return 'skip';
      const month = num(m[1]);
      return yearOrInferred(m[2] ?? m[3], (y) => endOfMonth(y, month), ref, refIso);
    },
  },
  {
    kind: 'quarter',
    pattern: new RegExp(`${L}quy\\s+(iv|i{1,3}|[1-4])(?![\\p{L}\\d])(?:\\s*(?:\\/|-|nam)\\s*(\\d{4}))?`, 'gu'),
    read: (m, ref, refIso) => {
      const q = ROMAN_QUARTER[m[1] ?? ''];
      if (q === undefined) return 'skip';
      return yearOrInferred(m[2], (y) => endOfMonth(y, q * 3), ref, refIso);
    },
  },
  {
    kind: 'month',
    pattern: new RegExp(`${L}thang\\s+(\\d{1,2})(?:\\s*(?:\\/|-|nam)\\s*(\\d{4}))?(?![\\d/])`, 'gu'),
    read: (m, ref, refIso, f) => {
      // "6 tháng" is a duration or a period, handled above.
      if (/\d\s*$/u.test(f.slice(Math.max(0, m.index - 4), m.index))) return 'skip';
      const month = num(m[1]);
      if (month < 1 || month > 12) return { dueDate: null, hasYear: m[2] !== undefined };
      return yearOrInferred(m[2], (y) => endOfMonth(y, month), ref, refIso);
    },
  },
  {
    kind: 'yearEnd',
    pattern: new RegExp(`${L}(?:(?:den\\s+)?het|cuoi|trong)\\s+nam(?:\\s+(\\d{4})|\\s+nay)?(?![\\p{L}\\d])(?!\\s+(?:hoc|tai chinh|\\d))`, 'gu'),
    read: (m, ref) => {
      const year = m[1] === undefined ? ref.year : num(m[1]);
      return { dueDate: endOfMonth(year, 12), hasYear: m[1] !== undefined };
    },
  },
];

function readDay(day: number, month: number, yearText: string | undefined, ref: IsoDateParts, refIso: string): { dueDate: string | null; hasYear: boolean } {
  if (yearText !== undefined) return { dueDate: dayIso(num(yearText), month, day), hasYear: true };
  // An impossible day/month stays impossible whatever the year; 29/02 may exist next year.
  if (!isValidDate(2024, month, day)) return { dueDate: null, hasYear: false };
  return { dueDate: withInferredYear((y) => dayIso(y, month, day), ref, refIso), hasYear: false };
}

function yearOrInferred(
  yearText: string | undefined,
  make: (year: number) => string | null,
  ref: IsoDateParts,
  refIso: string,
): { dueDate: string | null; hasYear: boolean } {
  if (yearText !== undefined) return { dueDate: make(num(yearText)), hasYear: true };
  return { dueDate: withInferredYear(make, ref, refIso), hasYear: false };
}

// ---------------------------------------------------------------------------------------
// Context: which date expressions are deadlines

/** The words right before a date that make it a deadline ("trước ngày", "trong tháng", "đến hết"). */
const DIRECT_TRIGGER =
  /(?:(?:(?:hoan thanh|xong|phan dau|ket thuc|bao cao|nop)\s+)?(?:truoc|trong|den het|den|toi|het|vao|cham nhat(?:\s+(?:la|vao|truoc))?|han chot|thoi han|han|cuoi|trong suot)|hoan thanh|xong|phan dau|ket thuc)\s*(?:ngay\s+)?$/u;

/** After a period: it is past ("quý I vừa qua", "năm qua", "thời gian qua"). */
const PAST_AFTER = /^\s*(?:nam\s+\d{4}\s*)?(?:vua qua|qua)(?![\p{L}])/u;
/** Triggers that commit to a date even at the head of a sentence ("Trước ngày 15/6, …"). */
const COMMITTING_TRIGGER = /(?:truoc|den het|den|toi|het|cham nhat|han chot|thoi han|hoan thanh|xong|phan dau)/u;

/** Words earlier in the same sentence that make a later bare date part of a schedule. */
const SENTENCE_TRIGGER = /(?<![\p{L}])(?:phan dau|hoan thanh|xong|cham nhat|thoi han|han chot|ket thuc)(?![\p{L}])/u;

/** A document number or a document type right before "ngày": the date cites a document. */
const CITATION_BEFORE = new RegExp(
  '(?:\\d+\\p{L}*\\s*[-/]\\s*\\p{L}[\\p{L}\\d/.-]*' +
    '|(?:nghi quyet|ket luan|chi thi|quyet dinh|thong bao|cong van|ke hoach|bao cao|to trinh|huong dan|quy dinh|thong tri|de an|chuong trinh|van ban|thong tu|nghi dinh|luat|quy che)(?:\\s+so\\s+\\S+)?)' +
    '\\s*,?\\s*(?:ngay\\s*)?$',
  'u',
);
const CITATION_AFTER = /^\s*,?\s*(?:cua|ve viec|v\/v)(?![\p{L}])/u;

function sentenceStart(f: string, at: number): number {
  let start = 0;
  for (const m of f.slice(0, at).matchAll(/[;:!?\n]|\.(?=\s)/g)) start = m.index + 1;
  return start;
}

function isCitation(f: string, c: Candidate): boolean {
  const before = f.slice(Math.max(0, c.start - 60), c.start);
  if (CITATION_BEFORE.test(before)) return true;
  return CITATION_AFTER.test(f.slice(c.end, c.end + 20));
}

interface Accepted {
  dueDate: string;
  phraseStart: number;
  end: number;
  direct: boolean;
}

function collectCandidates(f: string, ref: IsoDateParts, refIso: string): Candidate[] {
  const taken: Array<{ start: number; end: number }> = [];
  const candidates: Candidate[] = [];
  for (const matcher of matchers) {
    for (const m of f.matchAll(matcher.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const read = matcher.read(m, ref, refIso, f);
      if (read === 'skip') continue;
      taken.push({ start, end });
      candidates.push({ kind: matcher.kind, start, end, dueDate: read.dueDate, hasYear: read.hasYear });
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
}

function accept(ft: FoldedText, candidates: Candidate[]): Accepted[] {
  const f = ft.folded;
  const accepted: Accepted[] = [];
  for (const c of candidates) {
    if (c.dueDate === null) continue;
    const before = f.slice(Math.max(0, c.start - 48), c.start);
    const trigger = DIRECT_TRIGGER.exec(before);
    const direct = trigger !== null;
    let phraseStart = direct ? c.start - trigger[0].length : c.start;
    if (!direct && c.kind === 'day') {
      const ngay = /ngay\s+$/u.exec(before);
      if (ngay) phraseStart = c.start - ngay[0].length;
    }

    // "quý I vừa qua", "tháng qua": a past period being evaluated, never a deadline.
    const after = f.slice(c.end, c.end + 20);
    if (PAST_AFTER.test(after)) continue;
    // "Trong 6 tháng đầu năm 2025, …", "Trong tháng 4/2026, …": a sentence framed by its
    // period reports on it; a deadline is what the task must meet, not its setting.
    const lead = f.slice(sentenceStart(f, c.start), phraseStart);
    const framing = /^\s*(?:(?:\p{L}+\s+la|thu\s+\p{L}+)\s*,\s*)?$/u.test(lead) && /^\s*,/u.test(after);
    if (framing && !(trigger && COMMITTING_TRIGGER.test(trigger[0]))) continue;

    let ok: boolean;
    switch (c.kind) {
      case 'tet':
      case 'quarter':
      case 'period':
      case 'yearEnd':
        ok = true;
        break;
      case 'day':
      case 'month': {
        if (c.kind === 'day' && isCitation(f, c)) {
          ok = false;
          break;
        }
        if (direct || (c.kind === 'day' && c.hasYear)) {
          ok = true;
          break;
        }
        // A bare date counts inside a schedule: "phấn đấu trong tháng 02/2026 hoàn thành
        // dự thảo, tháng 03/2026 lấy ý kiến…, tháng 05/2026 phê duyệt".
        const sStart = sentenceStart(f, c.start);
        ok = SENTENCE_TRIGGER.test(f.slice(sStart, c.start)) || accepted.some((a) => a.direct && a.end <= c.start && a.phraseStart >= sStart);
        break;
      }
    }
    if (ok) accepted.push({ dueDate: c.dueDate, phraseStart, end: c.end, direct });
  }
  return accepted;
}

/** Every deadline phrase of the text, in reading order. */
export function readDeadlines(text: string, context: DeadlineContext): Deadline[] {
  const ref = parseIsoDate(context.referenceDate);
  if (!ref) throw new RangeError(`Invalid reference date: ${context.referenceDate}`);
  const ft = foldWithOrigin(text);
  const candidates = collectCandidates(ft.folded, ref, context.referenceDate);
  return accept(ft, candidates).map((a) => ({
    dueDate: a.dueDate,
    phrase: sourceSlice(ft, a.phraseStart, a.end).trim(),
  }));
}

/**
 * The deadline of a task sentence: when it names several dates (a schedule of steps), the
 * task is done at the last of them.
 */
export function readDeadline(text: string, context: DeadlineContext): Deadline | null {
  let best: Deadline | null = null;
  for (const d of readDeadlines(text, context)) {
    if (best === null || d.dueDate > best.dueDate) best = d;
  }
  return best;
}
