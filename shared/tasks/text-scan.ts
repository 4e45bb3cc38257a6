/**
 * Folding with a position map, for the task-proposal rules. Patterns are written against
 * folded text (no diacritics, lower case, đ → d) so that "Ủy"/"Uỷ", "phấn đấu"/"phân đấu"
 * and upper-case headings all look alike, but what we hand back to the user (a deadline
 * phrase, a unit name) must be cut from the text as it was written — hence the map.
 */
import { foldVietnamese } from '../text/fold';

export interface FoldedText {
  /** The input in NFC: every position returned to callers refers to this string. */
  source: string;
  folded: string;
  /** origin[i] = index in `source` of the character that produced folded[i]; origin[folded.length] = source.length. */
  origin: number[];
  /** position[j] = index in `folded` of the first character produced from source[j] or later. */
  position: number[];
}

export function foldWithOrigin(text: string): FoldedText {
  const source = text.normalize('NFC');
  let folded = '';
  const origin: number[] = [];
  const position: number[] = new Array<number>(source.length + 1).fill(0);
  let index = 0;
  for (const ch of source) {
    // A character folds on its own: NFC Vietnamese letters are single code points, so the
    // folded form of each is one character (or nothing, for a stray combining mark).
    const piece = foldVietnamese(ch);
    for (let k = 0; k < ch.length; k += 1) position[index + k] = folded.length;
    for (let k = 0; k < piece.length; k += 1) origin.push(index);
    folded += piece;
    index += ch.length;
  }
  origin.push(source.length);
  position[source.length] = folded.length;
  return { source, folded, origin, position };
}

/** The source text behind folded[start, end). */
export function sourceSlice(ft: FoldedText, start: number, end: number): string {
  return ft.source.slice(ft.origin[start] ?? ft.source.length, ft.origin[end] ?? ft.source.length);
}

export interface Token {
  /** Folded word. */
  text: string;
  /** Folded positions. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** Folded word list of a name, as the matcher compares them. */
export function foldedWords(text: string): string[] {
  return tokenize(foldVietnamese(text.normalize('NFC'))).map((t) => t.text);
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence spans of folded text. A full stop ends a sentence only when followed by a space
 * and something that is not a digit, so "3.500" and "Số 05-NQ/TU." behave.
 */
export function sentenceSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+[^\d\s])|[.!?]\s*$|\n+/g;
  for (const m of folded.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (folded.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
  }
  if (folded.slice(start).trim() !== '') spans.push({ start, end: folded.length });
  return spans;
}
