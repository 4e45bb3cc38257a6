import { describe, expect, it } from 'vitest';
import { fromRoman, nextTermName, toRoman } from '../../../shared/profile/term-names';

describe('the suggested name of the next term', () => {
  it.each([
    ['khóa I', 'khóa II'],
    ['Khóa III', 'Khóa IV'],
    ['khóa VIII', 'khóa IX'],
    ['khóa XIX', 'khóa XX'],
    ['khóa 21', 'khóa 22'],
    ['nhiệm kỳ hiện tại', ''],
    ['khóa IIII', ''],
    ['', ''],
  ])('%s → %s', (current, next) => {
    expect(nextTermName(current)).toBe(next);
  });

  it('reads and writes Roman numerals both ways', () => {
    for (let n = 1; n <= 60; n += 1) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman('VX')).toBeNull();
  });
});
