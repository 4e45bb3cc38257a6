/**
 * Dates as Party documents print them (Hướng dẫn 36-HD/VPTW): days below 10 and the months
 * 1 and 2 take a leading zero; months 3–12 do not — "ngày 08 tháng 5 năm 2026",
 * "ngày 20 tháng 02 năm 2018". Dates travel inside the app as ISO "YYYY-MM-DD" strings.
 */
export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): IsoDateParts | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function partyDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function partyMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 08 tháng 5 năm 2026" */
export function formatPartyDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Invalid ISO date: ${iso}`);
  return `ngày ${partyDay(d.day)} tháng ${partyMonth(d.month)} năm ${d.year}`;
}

/** "Kiến Minh, ngày 08 tháng 5 năm 2026"; without a date the blanks are left to fill by hand. */
export function formatPlaceDateLine(place: string, iso: string | null): string {
  if (!iso) return `${place}, ngày    tháng    năm 20   `;
  return `${place}, ${formatPartyDate(iso)}`;
}

/** Short numeric form used in tables and lists: "08/5/2026". */
export function formatShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${partyDay(d.day)}/${partyMonth(d.month)}/${d.year}`;
}
