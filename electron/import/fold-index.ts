/**
 * Length-preserving folding for keyword matching.
 *
 * Recognisers match keywords ("ban thuong vu", "noi nhan", "chu tri") on a folded copy of a
 * line and then cut the value out of the ORIGINAL line at the same offsets. That only works
 * if folding never changes the length, which `foldVietnamese` (NFD + strip + NFC) does not
 * promise. Here every UTF-16 unit maps to exactly one unit, so offsets stay valid; it also
 * makes "ỦY" and "UỶ" (two spellings offices use) fold to the same "uy".
 */
const cache = new Map<string, string>();

// Vietnamese letters folded by table: String#normalize loads ICU data on first use, which
// costs milliseconds on the parser's first call. Other characters fall back to NFD.
const VIETNAMESE_FOLDS: ReadonlyArray<[string, string]> = [
  ['àáảãạăằắẳẵặâầấẩẫậ', 'a'],
  ['èéẻẽẹêềếểễệ', 'e'],
  ['ìíỉĩị', 'i'],
  ['òóỏõọôồốổỗộơờớởỡợ', 'o'],
  ['ùúủũụưừứửữự', 'u'],
  ['ỳýỷỹỵ', 'y'],
];
for (const [letters, base] of VIETNAMESE_FOLDS) {
  for (const ch of letters) {
    cache.set(ch, base);
    cache.set(ch.toUpperCase(), base);
  }
}

function foldUncached(ch: string): string {
  if (ch === 'đ' || ch === 'Đ' || ch === 'Ð') return 'd';
  const base = ch.normalize('NFD').charAt(0);
  // A standalone combining mark folds to nothing useful, but must keep its slot.
  const code = base.charCodeAt(0);
  if (code >= 0x300 && code <= 0x36f) return ' ';
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const out = foldUncached(ch);
  cache.set(ch, out);
  return out;
}

/** Folded code unit per UTF-16 code unit, filled on first sight (0 = not yet known). */
const FOLD_TABLE = new Uint16Array(0x10000);
// ignoreBOM keeps a leading U+FEFF in the output, so the length never changes.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Lower-case, diacritic-free copy of `text` with exactly the same length. */
export function foldSameLength(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[i] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
    } else {
      let folded = FOLD_TABLE[code] ?? 0;
      if (folded === 0) {
        folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
        FOLD_TABLE[code] = folded;
      }
      out[i] = folded;
    }
  }
  return utf16.decode(out);
}

/*
 * Case tests by case mapping rather than \p{Lu}/\p{Ll}: Unicode property classes cost
 * milliseconds to compile in V8, and the parser must be fast on its first call too.
 */
export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when `text` has letters and none of them is lower-case (a line printed in capitals). */
export function isCapitals(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (isLowerLetter(ch)) return false;
    if (isUpperLetter(ch)) letters += 1;
  }
  return letters > 0;
}

/** "Dương", "Úy": a capital followed by lower-case letters only. */
export function isTitleCaseWord(word: string): boolean {
  const chars = [...word];
  const first = chars[0];
  return first !== undefined && isUpperLetter(first) && chars.slice(1).every(isLowerLetter);
}

/** "DƯƠNG": capitals only. */
export function isUpperWord(word: string): boolean {
  const chars = [...word];
  return chars.length > 0 && chars.every(isUpperLetter);
}

/** Letters of Vietnamese text (Latin, Latin-1, Latin Extended A/B and Additional) for regex classes. */
export const LETTER_CLASS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';

/** Collapses runs of whitespace to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
