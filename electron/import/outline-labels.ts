/**
 * Recognises the printed label that opens a body paragraph: "I.", "II-", "1.", "2.1.",
 * "a)", "(i)", "Một là,", "Thứ nhất,", "-", "+". The label is kept exactly as printed; its style
 * (not its value) decides the nesting, because real conclusions skip or mix numbers.
 */
export type LabelStyle =
  | 'upperLetter' // "A." — rare top level above roman numerals
  | 'roman' // "I."
  | 'arabic' // "1."
  | 'decimal' // "1.1.", "1.1.1."
  | 'letter' // "a)"
  | 'ordinal' // "Một là,", "Thứ nhất,"
  | 'parenthesized' // "(i)", "(ii)", "(1)", "(a)" — points listed inside a paragraph's topic
  | 'bullet' // "-"
  | 'subBullet'; // "+"

export interface LabelMatch {
  style: LabelStyle;
  /** As printed, without the following space: "I.", "2.1.", "a)", "Một là,", "-". */
  label: string;
  /** Position in its sequence (1-based); null for bullets. */
  value: number | null;
  /** Number of decimal components ("2.1." → 2); 1 otherwise. */
  depth: number;
  /** Characters taken by the label and the whitespace after it. */
  consumed: number;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(roman: string): number | null {
  if (roman === '' || !/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const cur = ROMAN_VALUES[roman.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[roman.charAt(i + 1)] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total > 0 ? total : null;
}

const ORDINAL_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const THU_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const UNIT_WORDS: Record<string, number> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

function ordinalValue(words: string): number | null {
  const parts = words.toLowerCase().split(/\s+/);
  const first = parts[0] ?? '';
  if (parts.length === 1) {
    if (first === 'tư' || first === 'bẩy') return first === 'tư' ? 4 : 7;
    const i = ORDINAL_WORDS.indexOf(first);
    return i >= 0 ? i + 1 : null;
  }
  if (first === 'mười') {
    const unit = UNIT_WORDS[parts[1] ?? ''];
    return unit === undefined ? null : 10 + unit;
  }
  return null;
}

const ROMAN_RE = /^([IVXLC]{1,7})\s*([.\-–)])(?=\s|$)\s*/;
const UPPER_LETTER_RE = /^([A-Z])\.(?=\s)\s*/;
const DECIMAL_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?)(?=\s)\s*/;
const ARABIC_RE = /^(\d{1,2})\s*([.)]|-(?=\s))(?=\s|$)\s*/;
const LETTER_RE = /^([a-zđ])\s*([).])(?=\s)\s*/u;
const ORDINAL_RE =
  /^((?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín))?)\s+là\s*([,:]?)\s*/iu;
const THU_RE = /^(thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*([,:])\s*/iu;
const PAREN_RE = /^\((?:([ivxlc]{1,6})|(\d{1,2})|([a-zđ]))\)(?=\s)\s*/u;
const BULLET_RE = /^([-–—•●▪■◦])\s*(?=\S)/u;
const SUB_BULLET_RE = /^(\+)\s*(?=\S)/;

export interface LabelContext {
  /** Value of the last "A." style label seen, so "C." after "B." stays a letter. */
  lastUpperLetter: number | null;
}

/** The label at the start of `text` (plain, markers removed), or null. */
export function matchLabel(text: string, context?: LabelContext): LabelMatch | null {
  let m: RegExpExecArray | null;
  if ((m = UPPER_LETTER_RE.exec(text))) {
    const letter = m[1] ?? 'A';
    const value = letter.charCodeAt(0) - 64;
    const continuesLetters = context?.lastUpperLetter != null && context.lastUpperLetter + 1 === value;
    if (!/^[IVXLC]$/.test(letter) || continuesLetters) {
      return { style: 'upperLetter', label: `${letter}.`, value, depth: 1, consumed: m[0].length };
    }
  }
  if ((m = ROMAN_RE.exec(text))) {
    const value = romanValue(m[1] ?? '');
    if (value !== null && value <= 40) {
      return { style: 'roman', label: `${m[1] ?? ''}${m[2] ?? ''}`, value, depth: 1, consumed: m[0].length };
    }
  }
  if ((m = DECIMAL_RE.exec(text))) {
    const parts = (m[1] ?? '').split('.').map(Number);
    if (parts.every((p) => p >= 1 && p <= 40)) {
      return {
        style: 'decimal',
        label: `${m[1] ?? ''}${m[2] ?? ''}`,
        value: parts[parts.length - 1] ?? null,
        depth: parts.length,
        consumed: m[0].length,
      };
    }
  }
  if ((m = ARABIC_RE.exec(text))) {
    const value = Number(m[1]);
    if (value >= 1 && value <= 60) {
      return { style: 'arabic', label: `${m[1] ?? ''}${m[2] ?? ''}`, value, depth: 1, consumed: m[0].length };
    }
  }
  if ((m = LETTER_RE.exec(text))) {
    const letter = m[1] ?? 'a';
    // "đ)" sits between "d)" and "e)" where offices use it.
    const value = letter === 'đ' ? 4.5 : letter.charCodeAt(0) - 96;
    return { style: 'letter', label: `${letter}${m[2] ?? ''}`, value, depth: 1, consumed: m[0].length };
  }
  if ((m = ORDINAL_RE.exec(text))) {
    const value = ordinalValue(m[1] ?? '');
    if (value !== null) {
      const label = `${m[1] ?? ''} là${m[2] ?? ''}`;
      return { style: 'ordinal', label, value, depth: 1, consumed: m[0].length };
    }
  }
  if ((m = THU_RE.exec(text))) {
    const value = THU_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    return { style: 'ordinal', label: `${m[1] ?? ''}${m[3] ?? ''}`, value, depth: 1, consumed: m[0].length };
  }
  if ((m = PAREN_RE.exec(text))) {
    const value = m[1] ? romanValue(m[1].toUpperCase()) : m[2] ? Number(m[2]) : (m[3] ?? 'a').charCodeAt(0) - 96;
    if (value !== null && value >= 1) {
      const label = `(${m[1] ?? m[2] ?? m[3] ?? ''})`;
      return { style: 'parenthesized', label, value, depth: 1, consumed: m[0].length };
    }
  }
  if ((m = SUB_BULLET_RE.exec(text))) {
    return { style: 'subBullet', label: m[1] ?? '+', value: null, depth: 1, consumed: m[0].length };
  }
  if ((m = BULLET_RE.exec(text))) {
    return { style: 'bullet', label: m[1] ?? '-', value: null, depth: 1, consumed: m[0].length };
  }
  return null;
}

/** Headings make sections; bullets never do. */
export function isSectionStyle(style: LabelStyle): boolean {
  return style !== 'bullet' && style !== 'subBullet';
}

/**
 * Nesting rank by style: a heading nests under the nearest earlier heading of a lower rank.
 * Decimal labels rank by their depth, so "2.1." sits under "2." and "2.1.1." under "2.1.".
 */
export function styleRank(match: Pick<LabelMatch, 'style' | 'depth'>): number {
  switch (match.style) {
    case 'upperLetter':
      return 0;
    case 'roman':
      return 1;
    case 'arabic':
      return 2;
    case 'decimal':
      return 1 + match.depth;
    case 'letter':
      return 10;
    case 'ordinal':
      return 11;
    case 'parenthesized':
      return 12;
    case 'bullet':
      return 20;
    case 'subBullet':
      return 21;
  }
}
