/**
 * Diacritic- and case-insensitive folding of Vietnamese text, used for search and for
 * matching names written in many forms. SQLite's lower()/LIKE are ASCII-only and Unicode
 * decomposition does not turn đ/Đ into d, so both are done here, once, in JavaScript.
 */
export function foldVietnamese(text: string): string {
  // NFKD, not NFD: full-width letters and digits typed by some Vietnamese input methods
  // ("ＵＢＮＤ", "２０２６") fold to plain ones, one character for one, like the accents do.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Folds and collapses punctuation/whitespace to single spaces (for name matching). */
export function foldForMatching(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
