import { describe, expect, it } from 'vitest';
import { dayBefore, lunarNewYear, lunarNewYearDates, nextLunarNewYearAfter } from '../../../shared/tasks/lunar-new-year';

describe('Tết Nguyên đán table', () => {
  // Dates every Vietnamese calendar prints; 2030 is the one year in the range where the
  // Vietnamese calendar (UTC+7) is a day ahead of the Chinese one.
  const known: ReadonlyArray<readonly [number, string]> = [
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2030, '2030-02-02'],
    [2034, '2034-02-19'],
  ];
  it.each(known)('Tết %i is %s', (year, iso) => {
    expect(lunarNewYear(year)).toBe(iso);
  });

  it('covers 2020–2050, each Tết between 21 January and 20 February, 354–385 days apart', () => {
    const years = Object.keys(lunarNewYearDates).map(Number).sort((a, b) => a - b);
    expect(years[0]).toBe(2020);
    expect(years[years.length - 1]).toBe(2050);
    expect(years).toHaveLength(31);
    let previous: number | null = null;
    for (const year of years) {
      const iso = lunarNewYearDates[year] ?? '';
      expect(iso.startsWith(`${year}-`)).toBe(true);
      expect(iso >= `${year}-01-21` && iso <= `${year}-02-20`).toBe(true);
      const t = Date.parse(`${iso}T00:00:00Z`);
      if (previous !== null) {
        const days = (t - previous) / 86_400_000;
        // 12 lunar months are 354–355 days, 13 months 383–385.
        expect([353, 354, 355, 383, 384, 385]).toContain(days);
      }
      previous = t;
    }
  });

  it('finds the next Tết after a date', () => {
    expect(nextLunarNewYearAfter('2026-01-29')).toBe('2026-02-17');
    expect(nextLunarNewYearAfter('2026-02-17')).toBe('2027-02-06');
    expect(nextLunarNewYearAfter('2026-12-31')).toBe('2027-02-06');
    expect(nextLunarNewYearAfter('2050-06-01')).toBeNull();
    expect(lunarNewYear(2051)).toBeNull();
  });

  it('steps back a day across months and years', () => {
    expect(dayBefore('2026-02-17')).toBe('2026-02-16');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});
