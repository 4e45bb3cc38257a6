import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate, parseTypedTime } from '../../../renderer/components/date-text';
import { cleanSpaces, pastedBlocks } from '../../../renderer/conclusions/outline-editor/paste-text';

describe('dates and times as typed', () => {
  it('reads day first, with any separator, and ISO', () => {
    expect(parseTypedDate('5/3/2026')).toBe('2026-03-05');
    expect(parseTypedDate('05/03/2026')).toBe('2026-03-05');
    expect(parseTypedDate('5-3-2026')).toBe('2026-03-05');
    expect(parseTypedDate('5.3.26')).toBe('2026-03-05');
    expect(parseTypedDate('2026-03-05')).toBe('2026-03-05');
    expect(formatTypedDate('2026-03-05')).toBe('05/03/2026');
  });
  it('refuses days that do not exist', () => {
    expect(parseTypedDate('31/4/2026')).toBeNull();
    expect(parseTypedDate('29/2/2026')).toBeNull();
    expect(parseTypedDate('29/2/2028')).toBe('2028-02-29');
    expect(parseTypedDate('5/13/2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
  it('reads times on a 24-hour clock', () => {
    expect(parseTypedTime('14:30')).toBe('14:30');
    expect(parseTypedTime('8:5')).toBe('08:05');
    expect(parseTypedTime('14h')).toBe('14:00');
    expect(parseTypedTime('14h30')).toBe('14:30');
    expect(parseTypedTime('1430')).toBe('14:30');
    expect(parseTypedTime('24:00')).toBeNull();
    expect(parseTypedTime('2:30 PM')).toBeNull();
  });
});

describe('text pasted from Word', () => {
  it('makes one block per line, the typed label its kind, spaces single', () => {
    expect(pastedBlocks('- Rà soát\u00a0\u00a0 hồ sơ  đảng viên;\r\n+ chi bộ thôn;\r\n\r\nI. KẾT QUẢ\n1. Ủy ban nhân dân xã\n1.1. Ban Xây dựng Đảng\na) Về kinh tế\nĐoạn thường.')).toEqual([
      { kind: 'bullet', text: 'Rà soát hồ sơ đảng viên;' },
      { kind: 'subBullet', text: 'chi bộ thôn;' },
      { kind: 'heading1', text: 'KẾT QUẢ' },
      { kind: 'heading2', text: 'Ủy ban nhân dân xã' },
      { kind: 'heading3', text: 'Ban Xây dựng Đảng' },
      { kind: 'heading4', text: 'Về kinh tế' },
      { kind: 'paragraph', text: 'Đoạn thường.' },
    ]);
  });
  it('leaves a hyphen inside a line and a number without a dot alone', () => {
    expect(pastedBlocks('kinh tế - xã hội\n2026 là năm bản lề')).toEqual([
      { kind: 'paragraph', text: 'kinh tế - xã hội' },
      { kind: 'paragraph', text: '2026 là năm bản lề' },
    ]);
    expect(cleanSpaces('\u00a0 a\t\tb  ')).toBe('a b');
  });
});

describe('pickers and filters fold diacritics like search', () => {
  it('finds "Kiến Lai" from "kien lai", every word anywhere', async () => {
    const { matchesFolded, foldedOptionsFilter } = await import('../../../renderer/components/folded-filter');
    expect(matchesFolded('Chi bộ thôn Kiến Lai', 'kien lai')).toBe(true);
    expect(matchesFolded('Đảng ủy xã', 'dang uy')).toBe(true);
    expect(matchesFolded('Chi bộ thôn Kiến Lai', 'kien minh')).toBe(false);
    const options = [{ value: 'a', label: 'UBND xã' }, { group: 'Chi bộ', items: [{ value: 'b', label: 'Chi bộ thôn Kiến Lai' }] }];
    expect(foldedOptionsFilter({ options, search: 'kien', limit: 10 })).toEqual([{ group: 'Chi bộ', items: [{ value: 'b', label: 'Chi bộ thôn Kiến Lai' }] }]);
  });
});
