import type { SnippetPart } from '../../shared/search/schema';
import { foldVietnamese } from '../../shared/text/fold';

/**
 * Folds one character at a time so that folded and original text line up index by index
 * (every precomposed Vietnamese letter folds to exactly one letter).
 */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    const folded = foldVietnamese(ch);
    f = folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    foldedChars.set(ch, f);
  }
  return f;
}

export function foldAligned(text: string): string {
  // Whole-string folding runs natively and lines up for Vietnamese (each precomposed letter
  // folds to one letter); only text where it does not (rare scripts) goes letter by letter.
  const fast = foldVietnamese(text);
  if (fast.length === text.length) return fast;
  const parts: string[] = [];
  for (const ch of text) parts.push(foldChar(ch));
  return parts.join('');
}

/** Marks every occurrence of the query words in text; returns the marked parts. */
export function markMatches(text: string, words: string[]): SnippetPart[] {
  const nfc = text.normalize('NFC');
  const folded = foldAligned(nfc);
  const ranges: Array<[number, number]> = [];
  for (const w of words) {
    if (!w) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(w, from);
      if (at < 0) break;
      const before = at === 0 ? '' : folded[at - 1]!;
      // Match from the start of a word only ("uy" must not light up inside "tuy").
      if (at === 0 || !/[\p{L}\p{N}]/u.test(before)) ranges.push([at, at + w.length]);
      from = at + w.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s < pos) continue;
    if (s > pos) parts.push({ text: nfc.slice(pos, s), match: false });
    parts.push({ text: nfc.slice(s, e), match: true });
    pos = e;
  }
  if (pos < nfc.length) parts.push({ text: nfc.slice(pos), match: false });
  return parts;
}

/**
 * Snippets look for the query in the first page or two of a record: a 20-page conclusion is read
 * whole only when its first pages hold none of the query words (folding all of it for each of
 * 30 hits cost more than the search itself).
 */
const FIRST_PAGES = 4_000;

function occurrencesIn(folded: string, words: string[]): Array<[number, string]> {
  const occurrences: Array<[number, string]> = [];
  for (const w of words) {
    let from = 0;
    for (let guard = 0; guard < 60; guard += 1) {
      const at = folded.indexOf(w, from);
      if (at < 0) break;
      occurrences.push([at, w]);
      from = at + w.length;
    }
  }
  return occurrences;
}

/** A window of about `width` characters around the first match, with matches marked. */
export function snippetAround(text: string, words: string[], width = 180): SnippetPart[] {
  const tidy = (t: string) => t.replace(/\s+/g, ' ').trim().normalize('NFC');
  let cut = text.length > FIRST_PAGES;
  let nfc = tidy(cut ? text.slice(0, FIRST_PAGES) : text);
  let occurrences = occurrencesIn(foldAligned(nfc), words);
  if (occurrences.length === 0 && cut) {
    nfc = tidy(text);
    occurrences = occurrencesIn(foldAligned(nfc), words);
    cut = false;
  }
  // Centre on the place where the most different query words appear close together:
  // a sliding window over the sorted occurrences, counting the distinct words inside.
  occurrences.sort((a, b) => a[0] - b[0]);
  const span = (width * 2) / 3;
  const inWindow = new Map<string, number>();
  let first = -1;
  let best = 0;
  let right = 0;
  for (let left = 0; left < occurrences.length; left += 1) {
    const start = occurrences[left]![0];
    while (right < occurrences.length && occurrences[right]![0] < start + span) {
      const w = occurrences[right]![1];
      inWindow.set(w, (inWindow.get(w) ?? 0) + 1);
      right += 1;
    }
    if (inWindow.size > best) {
      best = inWindow.size;
      first = start;
    }
    const w = occurrences[left]![1];
    const n = (inWindow.get(w) ?? 1) - 1;
    if (n === 0) inWindow.delete(w);
    else inWindow.set(w, n);
  }
  if (first < 0) first = 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = nfc.indexOf(' ', start);
    if (space > 0 && space < first) start = space + 1;
  }
  let end = Math.min(nfc.length, start + width);
  if (end < nfc.length) {
    const space = nfc.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const parts = markMatches(nfc.slice(start, end), words);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < nfc.length || cut) parts.push({ text: ' …', match: false });
  return parts;
}
