/**
 * Decoding text files from old office archives, where Vietnamese predates Unicode:
 *
 * - TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime/.VnTimeH): one byte per letter.
 *   Only the lower-case accented letters and Ă Â Ê Ô Ơ Ư Đ have codes; capitals were
 *   printed by switching to the ".VnTimeH" font, which shows the same byte as a capital.
 *   The font is lost in a text file, so capitals are restored by context (see
 *   `restoreTcvn3Capitals`).
 * - VNI (VNI-Times): a base letter followed by one mark byte ("Vieät" = "Việt").
 * - Windows-1258 (the Windows Vietnamese code page): Ă Â Ê Ô Ơ Ư Đ are letters, and the five
 *   tone marks are combining bytes after the vowel ("ê" 0xEA + acute 0xEC = "ế"). Read as
 *   Windows-1252 it looks much like VNI, so each reading is scored and the best one wins.
 *
 * Also decodes UTF-8 (with or without BOM) and UTF-16 LE/BE. The result is always NFC.
 * Detection never trusts one odd character: it compares how many accented words of each
 * candidate reading are real Vietnamese syllables.
 */
import { syllableScore } from './vietnamese-syllable';

export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'tcvn3' | 'vni' | 'cp1258';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when legacy-encoded text was converted to Unicode. */
  converted: boolean;
  detection: EncodingDetection;
}

export type DetectionConfidence = 'high' | 'medium' | 'low';

/** How sure the choice of encoding is, for the review screen. */
export interface EncodingDetection {
  confidence: DetectionConfidence;
  /** Share of accented words that are real Vietnamese syllables, per reading tried. */
  shares: Partial<Record<TextEncodingName, number>>;
}

// ---------------------------------------------------------------------------------------
// TCVN3 (VN3) — byte → Unicode. Bytes not listed read as Windows-1252.
// ---------------------------------------------------------------------------------------
const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map<number, string>([
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // Free-standing tone marks (grave, hook, tilde, acute, dot below).
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
]);

const UNICODE_TO_TCVN3: ReadonlyMap<string, number> = new Map(
  [...TCVN3_TO_UNICODE].map(([byte, ch]) => [ch, byte] as const),
);

/** Windows-1252 0x80–0x9F (the rest of the single-byte range is Latin-1). */
const CP1252_HIGH = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];
const CP1252_REVERSE: ReadonlyMap<string, number> = new Map(CP1252_HIGH.map((ch, i) => [ch, 0x80 + i] as const));

/** Reads bytes as Windows-1252, the code page legacy Vietnamese files were saved in. */
export function decodeSingleByte(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b);
  return out;
}

// ---------------------------------------------------------------------------------------
// Windows-1258 — where it differs from Windows-1252.
// ---------------------------------------------------------------------------------------
const CP1258_DIFF: ReadonlyMap<number, string> = new Map<number, string>([
  [0x8a, '\u008a'], [0x8e, '\u008e'], [0x9a, '\u009a'], [0x9e, '\u009e'],
  [0xc3, 'Ă'], [0xcc, '\u0300'], [0xd0, 'Đ'], [0xd2, '\u0309'], [0xd5, 'Ơ'], [0xdd, 'Ư'], [0xde, '\u0303'],
  [0xe3, 'ă'], [0xec, '\u0301'], [0xf0, 'đ'], [0xf2, '\u0323'], [0xf5, 'ơ'], [0xfd, 'ư'], [0xfe, '₫'],
]);
const CP1258_REVERSE: ReadonlyMap<string, number> = new Map([...CP1258_DIFF].map(([b, ch]) => [ch, b] as const));
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Reads Windows-1258 bytes; the combining tone marks are composed (NFC). */
export function decodeCp1258(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const diff = CP1258_DIFF.get(b);
    out += diff ?? (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b));
  }
  return out.normalize('NFC');
}

/**
 * Reads text that was Windows-1258 but was taken as Windows-1252 characters (a .docx or a
 * paste): each character back to its byte, then as Windows-1258.
 */
export function cp1258ToUnicode(text: string): string {
  return decodeCp1258(encodeSingleByte(text));
}

/** Unicode → Windows-1258 bytes (for tests and fixtures): tone marks as combining bytes. */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((c) => TONE_MARKS.has(c));
    const base = parts.filter((c) => !TONE_MARKS.has(c)).join('').normalize('NFC');
    for (const c of [base, ...tones]) {
      const code = c.charCodeAt(0);
      out.push(CP1258_REVERSE.get(c) ?? CP1252_REVERSE.get(c) ?? (c.length === 1 && code <= 0xff ? code : 0x3f));
    }
  }
  return Uint8Array.from(out);
}

/** Letters whose TCVN3 code is the lower-case one (everything from ă on). */
const TCVN3_CASELESS = new Set([...TCVN3_TO_UNICODE].filter(([b]) => b >= 0xa8).map(([, ch]) => ch));
/** Toned vowels: no capital code at all, so a capital at a sentence start was lost. */
const TCVN3_TONED = new Set([...TCVN3_TO_UNICODE].filter(([b]) => b >= 0xb5).map(([, ch]) => ch));

/**
 * Restores capitals lost with the ".VnTimeH" font: a word whose plain letters are all
 * capitals ("§¶NG" → "ĐẢNG"), every word of a line printed in capitals, and a toned vowel
 * opening a sentence ("ñy ban" at a line start → "Ủy ban"). `caseless` holds the offsets of
 * converted letters whose case is unknown.
 */
function restoreTcvn3Capitals(line: string, caseless: ReadonlySet<number>): string {
  if (caseless.size === 0) return line;
  // A capitals line: no ASCII lower-case anywhere and at least two words whose plain
  // letters are capitals ("Sè 62-TB/§U" has one — "TB" — and is not a capitals line).
  const words = line.match(/[\p{L}\p{M}]+/gu) ?? [];
  const capsWords = words.filter((w) => /[A-Z][^a-z]*[A-Z]/.test(w) && !/[a-z]/.test(w)).length;
  const lineCaps = !/[a-z]/.test(line) && capsWords >= 2;
  // A line of 2–6 capitalised words is a person's name ("§ç §øc óy" → "Đỗ Đức Úy"): the
  // words opening with a toned vowel were capitalised too.
  const nameWords = line.trim().split(/\s+/);
  const nameLine =
    nameWords.length >= 2 &&
    nameWords.length <= 6 &&
    nameWords.every((w) => /^[\p{L}\p{M}]+$/u.test(w)) &&
    nameWords.every((w) => {
      const at = line.indexOf(w);
      return caseless.has(at) ? TCVN3_TONED.has(w.charAt(0)) : w.charAt(0) !== w.charAt(0).toLowerCase();
    }) &&
    nameWords.some((w) => !caseless.has(line.indexOf(w)));
  const out = line.split('');
  for (const m of line.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0];
    const lower = (word.match(/[a-z]/g) ?? []).length;
    const upperInside = (word.slice(1).match(/[A-Z]/g) ?? []).length;
    const wordCaps = lower === 0 && (upperInside > 0 || lineCaps);
    let j = m.index - 1;
    while (j >= 0 && /[\s"“(]/.test(line.charAt(j))) j -= 1;
    const sentenceStart = j < 0 || /[.!?]/.test(line.charAt(j));
    for (let at = m.index; at < m.index + word.length; at += 1) {
      if (!caseless.has(at)) continue;
      const ch = out[at] ?? '';
      const opensWord = at === m.index && TCVN3_TONED.has(ch) && (sentenceStart || nameLine);
      if (wordCaps || opensWord) out[at] = ch.toUpperCase();
    }
  }
  return out.join('');
}

/** Converts TCVN3 text (already read as characters, e.g. from a .docx in .VnTime) to Unicode. */
export function tcvn3ToUnicode(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let converted = '';
      const caseless = new Set<number>();
      for (const ch of line) {
        const code = ch.length === 1 ? ch.charCodeAt(0) : 0;
        const mapped = code >= 0xa1 && code <= 0xfe ? TCVN3_TO_UNICODE.get(code) : undefined;
        if (mapped !== undefined) {
          if (TCVN3_CASELESS.has(mapped)) caseless.add(converted.length);
          converted += mapped;
        } else {
          converted += ch;
        }
      }
      return restoreTcvn3Capitals(converted, caseless);
    })
    .join('\n')
    .normalize('NFC');
}

/** Unicode → TCVN3 characters (capitals without a code take the lower-case one, as .VnTimeH does). */
export function unicodeToTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = UNICODE_TO_TCVN3.get(ch);
    const viaLower = direct ?? UNICODE_TO_TCVN3.get(ch.toLowerCase());
    out += viaLower !== undefined ? String.fromCharCode(viaLower) : ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// VNI (VNI-Times) — a base letter followed by a mark byte.
// ---------------------------------------------------------------------------------------
type Tone = 'none' | 'acute' | 'grave' | 'hook' | 'tilde' | 'dot';
const TONE_COMBINING: Record<Tone, string> = {
  none: '',
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const COMBINING_TONE: ReadonlyMap<string, Tone> = new Map(
  (Object.entries(TONE_COMBINING) as Array<[Tone, string]>).filter(([t]) => t !== 'none').map(([t, c]) => [c, t] as const),
);

/** Mark bytes, lower-case form; the capital form is the same letter in capitals. */
const VNI_TONE_MARK: Record<Exclude<Tone, 'none'>, string> = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' };
const VNI_CIRCUMFLEX_MARK: Record<Tone, string> = { none: 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
const VNI_BREVE_MARK: Record<Tone, string> = { none: 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
/** "i" and "ỵ" are single bytes in VNI. */
const VNI_I: Record<Tone, string> = { none: 'i', acute: 'í', grave: 'ì', hook: 'æ', tilde: 'ó', dot: 'ò' };
const VNI_Y_DOT = 'î';
const VNI_O_HORN = 'ô';
const VNI_U_HORN = 'ö';
const VNI_D_STROKE = 'ñ';

function upperIf(upper: boolean, s: string): string {
  return upper ? s.toUpperCase() : s;
}

/** Encodes one Unicode letter in VNI (the inverse of the decoding table). */
function vniEncodeChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return upperIf(ch === 'Đ', VNI_D_STROKE);
  const nfd = ch.normalize('NFD');
  const base = nfd.charAt(0);
  const marks = nfd.slice(1);
  if (!/^[aeiouyAEIOUY]$/.test(base) || marks === '') return ch;
  const upper = base !== base.toLowerCase();
  const lowerBase = base.toLowerCase();
  let tone: Tone = 'none';
  for (const m of marks) tone = COMBINING_TONE.get(m) ?? tone;
  const circumflex = marks.includes('\u0302');
  const breve = marks.includes('\u0306');
  const horn = marks.includes('\u031b');
  if (lowerBase === 'i') return upperIf(upper, VNI_I[tone]);
  if (lowerBase === 'y' && tone === 'dot') return upperIf(upper, VNI_Y_DOT);
  let head = base;
  let mark = tone === 'none' ? '' : VNI_TONE_MARK[tone];
  if (horn && lowerBase === 'o') head = upperIf(upper, VNI_O_HORN);
  else if (horn && lowerBase === 'u') head = upperIf(upper, VNI_U_HORN);
  else if (circumflex) mark = VNI_CIRCUMFLEX_MARK[tone];
  else if (breve) mark = VNI_BREVE_MARK[tone];
  return head + upperIf(upper, mark);
}

export function unicodeToVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += vniEncodeChar(ch);
  return out;
}

/** VNI sequence (1 or 2 characters) → Unicode letter, built from the encoding rules above. */
const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const tones: Tone[] = ['none', 'acute', 'grave', 'hook', 'tilde', 'dot'];
  const add = (letter: string): void => {
    for (const variant of [letter, letter.toUpperCase()]) {
      const encoded = vniEncodeChar(variant);
      if (encoded !== variant) table.set(encoded, variant);
    }
  };
  for (const vowel of ['a', 'e', 'i', 'o', 'u', 'y']) {
    for (const tone of tones) {
      add(`${vowel}${TONE_COMBINING[tone]}`.normalize('NFC'));
      if (vowel === 'a' || vowel === 'e' || vowel === 'o') add(`${vowel}\u0302${TONE_COMBINING[tone]}`.normalize('NFC'));
      if (vowel === 'a') add(`a\u0306${TONE_COMBINING[tone]}`.normalize('NFC'));
      if (vowel === 'o' || vowel === 'u') add(`${vowel}\u031b${TONE_COMBINING[tone]}`.normalize('NFC'));
    }
  }
  add('đ');
  return table;
})();

/** Converts VNI text (read as characters) to Unicode. Mark case follows the base letter. */
export function vniToUnicode(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    const pairHit = VNI_TO_UNICODE.get(pair) ?? caseMixedPair(pair);
    if (pair.length === 2 && pairHit !== undefined) {
      out += pairHit;
      i += 2;
      continue;
    }
    const one = text.charAt(i);
    out += VNI_TO_UNICODE.get(one) ?? one;
    i += 1;
  }
  return out.normalize('NFC');
}

/** "Aù" (capital letter, lower-case mark) in title-case VNI words. */
function caseMixedPair(pair: string): string | undefined {
  const first = pair.charAt(0);
  const second = pair.charAt(1);
  if (first === first.toLowerCase()) {
    const hit = VNI_TO_UNICODE.get(first + second.toLowerCase());
    return hit;
  }
  const hit = VNI_TO_UNICODE.get(first.toLowerCase() + second.toLowerCase());
  return hit?.toUpperCase();
}

// ---------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------
export type StringEncoding = 'unicode' | 'tcvn3' | 'vni' | 'cp1258';

function ratio(score: { valid: number; total: number }): number {
  return score.total === 0 ? 0 : score.valid / score.total;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

const LEGACY_READERS: ReadonlyArray<readonly [Exclude<StringEncoding, 'unicode'>, (text: string) => string]> = [
  ['tcvn3', tcvn3ToUnicode],
  ['vni', vniToUnicode],
  ['cp1258', cp1258ToUnicode],
];

/** Confidence from the winner's share of real syllables and its lead over the runner-up. */
function confidenceOf(best: number, runnerUp: number): DetectionConfidence {
  if (best >= 0.9 && best - runnerUp >= 0.3) return 'high';
  if (best >= 0.75 && best - runnerUp >= 0.15) return 'medium';
  return 'low';
}

export interface StringDetection {
  text: string;
  encoding: StringEncoding;
  converted: boolean;
  detection: EncodingDetection;
}

const shareKey = (e: StringEncoding): TextEncodingName => (e === 'unicode' ? 'utf8' : e);

/**
 * Decides whether characters already read as text are legacy Vietnamese and converts them.
 * Ordinary Unicode Vietnamese and plain ASCII are returned unchanged (NFC).
 */
export function convertLegacyVietnamese(text: string): StringDetection {
  const nfc = text.normalize('NFC');
  const original = syllableScore(nfc);
  if (original.total === 0) return { text: nfc, encoding: 'unicode', converted: false, detection: { confidence: 'high', shares: {} } };
  const originalShare = ratio(original);
  const candidates: Array<{ encoding: StringEncoding; text: string; score: number }> = [];
  for (const [encoding, read] of LEGACY_READERS) {
    const converted = read(nfc);
    if (converted === nfc) continue;
    candidates.push({ encoding, text: converted, score: ratio(syllableScore(converted)) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const shares: Partial<Record<TextEncodingName, number>> = { utf8: round2(originalShare) };
  for (const c of candidates) shares[shareKey(c.encoding)] = round2(c.score);
  const best = candidates[0];
  // Only switch for a clear win: one odd symbol in a Unicode file must not flip it.
  if (best && best.score >= 0.6 && best.score - originalShare >= 0.25) {
    const runnerUp = Math.max(originalShare, candidates[1]?.score ?? 0);
    return { text: best.text, encoding: best.encoding, converted: true, detection: { confidence: confidenceOf(best.score, runnerUp), shares } };
  }
  const runnerUp = best?.score ?? 0;
  return { text: nfc, encoding: 'unicode', converted: false, detection: { confidence: confidenceOf(originalShare, runnerUp), shares } };
}

function looksUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const usable = bytes.length - (bytes.length % 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, usable);
  let out = '';
  for (let i = 0; i < usable; i += 2) out += String.fromCharCode(view.getUint16(i, littleEndian));
  return out;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a text file's bytes, converting legacy Vietnamese encodings to Unicode (NFC). */
export function decodeTextBuffer(bytes: Uint8Array): DecodedText {
  const sure: EncodingDetection = { confidence: 'high', shares: {} };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fromUnicode(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf8', sure);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return fromUnicode(decodeUtf16(bytes.subarray(2), true), 'utf16le', sure);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return fromUnicode(decodeUtf16(bytes.subarray(2), false), 'utf16be', sure);
  }
  const utf16 = looksUtf16(bytes);
  if (utf16) return fromUnicode(decodeUtf16(bytes, utf16 === 'utf16le'), utf16, { confidence: 'medium', shares: {} });

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return fromUnicode(utf8, 'utf8', sure);

  // Not UTF-8: a single-byte legacy file. Every reading is scored by its real syllables.
  const raw = decodeSingleByte(bytes);
  const readings: Array<{ encoding: 'tcvn3' | 'vni' | 'cp1258'; text: string; share: number }> = [
    { encoding: 'tcvn3', text: tcvn3ToUnicode(raw), share: 0 },
    { encoding: 'vni', text: vniToUnicode(raw), share: 0 },
    { encoding: 'cp1258', text: decodeCp1258(bytes), share: 0 },
  ];
  for (const r of readings) r.share = ratio(syllableScore(r.text));
  readings.sort((a, b) => b.share - a.share);
  const [best, second] = readings;
  const shares: Partial<Record<TextEncodingName, number>> = {};
  for (const r of readings) shares[r.encoding] = round2(r.share);
  if (!best) return { text: raw, encoding: 'cp1258', converted: true, detection: { confidence: 'low', shares } };
  return {
    text: best.text,
    encoding: best.encoding,
    converted: true,
    detection: { confidence: confidenceOf(best.share, second?.share ?? 0), shares },
  };
}

/** Unicode text may still hold TCVN3/VNI characters (a legacy file re-saved as UTF-8). */
function fromUnicode(text: string, encoding: TextEncodingName, detection: EncodingDetection): DecodedText {
  const detected = convertLegacyVietnamese(text);
  if (detected.encoding === 'unicode') return { text: detected.text, encoding, converted: false, detection };
  return { text: detected.text, encoding: detected.encoding, converted: true, detection: detected.detection };
}

/** Legacy text as bytes (for tests and fixtures): characters ≤ U+00FF as Windows-1252 bytes. */
export function encodeSingleByte(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    out[i] = CP1252_REVERSE.get(ch) ?? (code <= 0xff ? code : 0x3f);
  }
  return out;
}
