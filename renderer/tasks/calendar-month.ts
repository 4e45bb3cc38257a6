/** Month arithmetic for the calendar view, on ISO strings ("2026-05", "2026-05-31"). */
import { daysInMonth, toIsoDate } from '../../shared/text/party-date';

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

function parts(month: string): { year: number; month: number } {
  const [y, m] = month.split('-').map(Number);
  return { year: y ?? 1970, month: m ?? 1 };
}

export function shiftMonth(month: string, delta: number): string {
  const p = parts(month);
  const index = p.year * 12 + (p.month - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthBounds(month: string): { from: string; to: string } {
  const p = parts(month);
  return { from: toIsoDate(p.year, p.month, 1), to: toIsoDate(p.year, p.month, daysInMonth(p.year, p.month)) };
}

export function monthTitle(month: string): string {
  const p = parts(month);
  return `Tháng ${p.month} năm ${p.year}`;
}

/** Vietnamese weeks start on Monday (Thứ Hai) and end on Sunday (Chủ nhật). */
export const weekdayLabels = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;

/** The month as weeks of seven ISO dates; days of the neighbouring months are null. */
export function monthGrid(month: string): Array<Array<string | null>> {
  const p = parts(month);
  const first = new Date(Date.UTC(p.year, p.month - 1, 1)).getUTCDay();
  const lead = (first + 6) % 7; // Sunday is 0 in JavaScript, last in a Vietnamese week.
  const days = daysInMonth(p.year, p.month);
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d += 1) cells.push(toIsoDate(p.year, p.month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
