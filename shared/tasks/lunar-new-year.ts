/**
 * Tết Nguyên đán (the first day of the first lunar month) by Gregorian year.
 *
 * The Vietnamese calendar reckons new moons and solar terms at UTC+7, so it can differ from
 * the Chinese (UTC+8) calendar: in this range it does so once — 2030, when the new moon
 * falls at 23:13 Hanoi time on 2 February (00:13 on the 3rd in Beijing). The values were
 * computed from the astronomical new moons and solar terms at UTC+7 (month 11 holds the
 * winter solstice; leap months 2033/11 and the others handled) and checked against the
 * published Chinese dates with the Vietnamese exceptions applied. Shipping a table keeps the
 * app offline and free of an astronomy engine; extend it before 2050 runs out.
 */
import { parseIsoDate, toIsoDate } from '../text/party-date';

export const lunarNewYearDates: Readonly<Record<number, string>> = {
  2020: '2020-01-25', // Canh Tý
  2021: '2021-02-12', // Tân Sửu
  2022: '2022-02-01', // Nhâm Dần
  2023: '2023-01-22', // Quý Mão
  2024: '2024-02-10', // Giáp Thìn
  2025: '2025-01-29', // Ất Tỵ
  2026: '2026-02-17', // Bính Ngọ
  2027: '2027-02-06', // Đinh Mùi
  2028: '2028-01-26', // Mậu Thân
  2029: '2029-02-13', // Kỷ Dậu
  2030: '2030-02-02', // Canh Tuất — China: 3 February
  2031: '2031-01-23', // Tân Hợi
  2032: '2032-02-11', // Nhâm Tý
  2033: '2033-01-31', // Quý Sửu
  2034: '2034-02-19', // Giáp Dần — after the leap 11th month of 2033
  2035: '2035-02-08', // Ất Mão
  2036: '2036-01-28', // Bính Thìn
  2037: '2037-02-15', // Đinh Tỵ
  2038: '2038-02-04', // Mậu Ngọ
  2039: '2039-01-24', // Kỷ Mùi
  2040: '2040-02-12', // Canh Thân
  2041: '2041-02-01', // Tân Dậu
  2042: '2042-01-22', // Nhâm Tuất
  2043: '2043-02-10', // Quý Hợi
  2044: '2044-01-30', // Giáp Tý
  2045: '2045-02-17', // Ất Sửu
  2046: '2046-02-06', // Bính Dần
  2047: '2047-01-26', // Đinh Mão
  2048: '2048-02-14', // Mậu Thìn
  2049: '2049-02-02', // Kỷ Tỵ
  2050: '2050-01-23', // Canh Ngọ
};

export const firstLunarNewYearYear = 2020;
export const lastLunarNewYearYear = 2050;

/** Tết of a Gregorian year, or null outside the table. */
export function lunarNewYear(year: number): string | null {
  return lunarNewYearDates[year] ?? null;
}

/** The first Tết strictly after the given ISO date, or null when beyond the table. */
export function nextLunarNewYearAfter(iso: string): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  for (const year of [d.year, d.year + 1]) {
    const tet = lunarNewYear(year);
    if (tet !== null && tet > iso) return tet;
  }
  return null;
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Invalid ISO date: ${iso}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
