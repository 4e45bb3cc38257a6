import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldForMatching, foldVietnamese } from '../../../shared/text/fold';
import { formatPartyDate, formatPlaceDateLine, formatShortDate, parseIsoDate } from '../../../shared/text/party-date';

describe('Vietnamese folding', () => {
  it('folds accents, case and đ/Đ', () => {
    expect(foldVietnamese('Đảng ủy Kiến Minh')).toBe('dang uy kien minh');
    expect(foldVietnamese('ĐẢNG UỶ')).toBe('dang uy');
    expect(foldVietnamese('Thường trực HĐND')).toBe('thuong truc hdnd');
  });
  it('folds decomposed input the same as composed', () => {
    expect(foldVietnamese('Ủy ban'.normalize('NFD'))).toBe(foldVietnamese('Ủy ban'));
  });
  it('collapses punctuation for matching', () => {
    expect(foldForMatching('Ủy ban MTTQ  Việt Nam – xã;')).toBe('uy ban mttq viet nam xa');
  });
  it('sorts in Vietnamese order', () => {
    expect(['Đông', 'Dương', 'An', 'Ân', 'Ăn'].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Dương', 'Đông']);
  });
});

describe('Party dates', () => {
  it('puts a zero before days under 10 and months 1 and 2 only', () => {
    expect(formatPartyDate('2026-05-08')).toBe('ngày 08 tháng 5 năm 2026');
    expect(formatPartyDate('2018-02-20')).toBe('ngày 20 tháng 02 năm 2018');
    expect(formatPartyDate('2026-01-29')).toBe('ngày 29 tháng 01 năm 2026');
    expect(formatPartyDate('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });
  it('writes the place-date line, with blanks for an undated draft', () => {
    expect(formatPlaceDateLine('Kiến Minh', '2026-05-08')).toBe('Kiến Minh, ngày 08 tháng 5 năm 2026');
    expect(formatPlaceDateLine('Kiến Minh', null)).toMatch(/^Kiến Minh, ngày\s+tháng\s+năm 20/);
  });
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('08/05/2026')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => formatPartyDate('2026-02-31')).toThrow(RangeError);
  });
  it('writes short dates', () => {
    expect(formatShortDate('2026-05-08')).toBe('08/5/2026');
  });
});

describe('full-width folding', () => {
  it('folds full-width letters and digits to plain ones, one for one', () => {
    expect(foldVietnamese('ＵＢＮＤ ｘã ２０２６')).toBe('ubnd xa 2026');
    expect(foldVietnamese('ＫＩẾＮ ＭＩＮＨ').length).toBe('kien minh'.length);
  });
});
