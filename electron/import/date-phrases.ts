/**
 * Reading the dates Party documents print: "ngày 08 tháng 05 năm 2026", "ngày 26/6/2026",
 * "29 tháng 01 năm 2026", "ngày 26-6-2026", "ngày 26 và 27/6/2026", and — when the year is
 * left out ("ngày 26/6") — a reference year supplied by the caller.
 */
import { isValidDate, toIsoDate } from '../../shared/text/party-date';
import { LETTER_CLASS } from './fold-index';

export interface DateMatch {
  iso: string;
  /** Offset of the match in the searched text (including a leading "ngày"). */
  index: number;
  length: number;
}

// Written-out form; "ngày" is optional because the corpus has "Sáng ngày 29 tháng 01 …" and
// "29 tháng 01 năm 2026" alike.
const WORDS = new RegExp(
  String.raw`(?<![${LETTER_CLASS}\d])(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})(?!\d)`,
  'gi',
);
// Numeric form, optionally a day range "26 và 27/6/2026", "26-27/6/2026".
const NUMERIC = new RegExp(
  String.raw`(?<![${LETTER_CLASS}\d/.-])(?:ngày\s+)?(?:(\d{1,2})\s*(?:,|và|-|–|đến)\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/])`,
  'gi',
);
// Without a year; only read when the caller gives a reference year.
const NO_YEAR = new RegExp(String.raw`(?<![${LETTER_CLASS}\d])ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-]*\d)`, 'gi');
const NO_YEAR_WORDS = new RegExp(
  String.raw`(?<![${LETTER_CLASS}\d])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:,\s*)?năm)(?!\d)`,
  'gi',
);

function iso(day: number, month: number, year: number): string | null {
  return isValidDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

/** Every date in `text`, in order of appearance. */
export function findDates(text: string, referenceYear?: number): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  const push = (value: string | null, index: number, length: number): void => {
    if (!value || overlaps(index, index + length)) return;
    taken.push([index, index + length]);
    found.push({ iso: value, index, length });
  };

  for (const m of text.matchAll(WORDS)) {
    push(iso(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m[0].length);
  }
  for (const m of text.matchAll(NUMERIC)) {
    // In a range the first day is the start; the month and year come from the second part.
    const day = Number(m[1] ?? m[2]);
    push(iso(day, Number(m[3]), Number(m[4])), m.index, m[0].length);
  }
  if (referenceYear !== undefined) {
    for (const re of [NO_YEAR_WORDS, NO_YEAR]) {
      for (const m of text.matchAll(re)) {
        push(iso(Number(m[1]), Number(m[2]), referenceYear), m.index, m[0].length);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, or null. */
export function readFirstDate(text: string, referenceYear?: number): string | null {
  return findDates(text, referenceYear)[0]?.iso ?? null;
}
