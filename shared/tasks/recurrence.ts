/**
 * Recurring tasks ("báo cáo hằng tháng", "định kỳ hằng quý", "hằng năm"): the follow-up
 * screen creates the next occurrence when one is reported done.
 */
import { daysInMonth, parseIsoDate, toIsoDate } from '../text/party-date';
import { foldVietnamese } from '../text/fold';

export type Recurrence = 'monthly' | 'quarterly' | 'yearly';

// "hằng"/"hàng" both fold to "hang". The unit word must end there: "quy định", "quy hoạch"
// and "năm học" are not periods.
const PERIOD_WORD = '(?:hang|moi|tung)\\s+|dinh ky\\s+(?:hang\\s+)?';
const patterns: ReadonlyArray<[Recurrence, RegExp]> = [
  ['monthly', new RegExp(`(?<![\\p{L}])(?:${PERIOD_WORD})thang(?![\\p{L}\\d])`, 'u')],
  ['quarterly', new RegExp(`(?<![\\p{L}])(?:${PERIOD_WORD})quy(?![\\p{L}\\d])`, 'u')],
  ['yearly', new RegExp(`(?<![\\p{L}])(?:(?:${PERIOD_WORD})nam(?![\\p{L}\\d])(?!\\s+hoc)|thuong nien)`, 'u')],
];

/**
 * The recurrence a task text asks for, or null. When a text names several ("báo cáo hằng
 * tháng, tổng hợp hằng năm"), the most frequent wins: that is the rhythm the office must
 * follow up.
 */
export function readRecurrence(text: string): Recurrence | null {
  const folded = foldVietnamese(text.normalize('NFC'));
  for (const [recurrence, pattern] of patterns) {
    if (pattern.test(folded)) return recurrence;
  }
  return null;
}

const MONTHS: Readonly<Record<Recurrence, number>> = { monthly: 1, quarterly: 3, yearly: 12 };

/**
 * The next due date after `iso`. A due date on the last day of its month stays on the last
 * day (30/4 → 31/5), because "trong tháng" deadlines are month ends; other days are clamped
 * to the target month (31/01 → 28/02).
 */
export function nextOccurrence(iso: string, recurrence: Recurrence): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Invalid ISO date: ${iso}`);
  const index = d.year * 12 + (d.month - 1) + MONTHS[recurrence];
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const day = d.day === daysInMonth(d.year, d.month) ? last : Math.min(d.day, last);
  return toIsoDate(year, month, day);
}
