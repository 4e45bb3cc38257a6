/**
 * The name a new term most likely takes after the current one: committees count their terms
 * in Roman numerals ("khóa I" → "khóa II"), some in Arabic ("khóa 21" → "khóa 22"). Only a
 * suggestion in the "Bắt đầu nhiệm kỳ mới" dialog; the clerk types what the congress said.
 */
const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let total = 0;
  let rest = text;
  for (const [value, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      total += value;
      rest = rest.slice(letters.length);
    }
  }
  // Only the canonical spelling counts: "IIII" is not a numeral a committee writes.
  return rest === '' && toRoman(total) === text ? total : null;
}

export function nextTermName(current: string): string {
  const m = /^(.*?)(\S+)$/u.exec(current.trim());
  if (!m) return '';
  const [, head, last] = m as unknown as [string, string, string];
  if (/^\d+$/.test(last)) return `${head}${Number(last) + 1}`;
  const roman = fromRoman(last);
  return roman === null ? '' : `${head}${toRoman(roman + 1)}`;
}
