/**
 * A permissive check that a word is a well-formed Vietnamese syllable. Used only to score
 * candidate decodings of a text (as-is, TCVN3, VNI): the right decoding is the one whose
 * accented words are real syllables. It does not need to be a full phonotactic model —
 * legacy-encoded text yields symbols ("§¶NG", "Vieät") that fail it outright.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
// Rhyme = optional medial (o/u) + nucleus (vowel or diphthong) + optional final
// (consonant or semivowel). "aung" or "aiu" are not Vietnamese; legacy encodings make them.
const RHYME = /^[ou]?(?:iê|yê|uô|ươ|ia|ya|ua|ưa|[aăâeêioôơuưy])(?:ch|ng|nh|c|m|n|p|t|i|y|o|u)?$/;

/** Marks sit on vowels only: "ñ" decomposes to n + tilde and is no Vietnamese letter. */
function marksSitOnVowels(decomposed: string): boolean {
  let onVowel = false;
  for (const ch of decomposed) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) {
      if (!onVowel) return false;
    } else {
      onVowel = ch.length === 1 && 'aeiouy'.includes(ch);
    }
  }
  return true;
}

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if (!marksSitOnVowels(decomposed)) return false;
  const tones = decomposed.match(TONES);
  if (tones && tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  if (!/^[a-zăâêôơưđ]+$/.test(base)) return false;
  for (const onset of ONSETS) {
    if (base.startsWith(onset) && RHYME.test(base.slice(onset.length))) return true;
  }
  // "gì", "gìn": the i of "gi" doubles as the vowel.
  return /^gi(?:[nmtcp]|ng|nh|ch)?$/.test(base);
}

const TOKEN = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;

/**
 * Share of the words containing non-ASCII characters that are valid syllables, and how many
 * such words there were. ASCII-only words read the same in every encoding, so they are
 * skipped.
 */
export function syllableScore(text: string, maxWords = 4000): { valid: number; total: number } {
  let valid = 0;
  let total = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    total += 1;
    if (isVietnameseSyllable(word)) valid += 1;
    if (total >= maxWords) break;
  }
  return { valid, total };
}
