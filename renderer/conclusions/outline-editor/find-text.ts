/**
 * Finding a phrase in one paragraph's text, as the clerk means it: by default "kien lai" finds
 * "Kiến Lai" (accents and case ignored, like the app's search); either can be made to count.
 *
 * The text is cut into clusters (a letter with the marks that follow it) and each cluster is
 * folded on its own, so a match in the folded text maps back to whole letters of the original
 * — whether the original was typed precomposed (NFC) or as letter + combining marks (NFD).
 */
export interface FindOptions {
  /** "Phân biệt chữ hoa, chữ thường". */
  matchCase: boolean;
  /** "Phân biệt dấu": "Lai" no longer finds "Lại". */
  matchDiacritics: boolean;
}

/** [from, to) offsets in the searched text (UTF-16 code units, as ProseMirror counts). */
export interface TextMatch {
  from: number;
  to: number;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function foldCluster(cluster: string, options: FindOptions): string {
  let s = cluster.normalize('NFC');
  if (!options.matchDiacritics) {
    // NFKD as in search: full-width "ＵＢＮＤ" is the same letters.
    s = s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
  }
  if (!options.matchCase) s = s.toLowerCase();
  return s;
}

interface Folded {
  text: string;
  /** For each code unit of `text`: where its cluster starts and ends in the original. */
  starts: number[];
  ends: number[];
}

function fold(text: string, options: FindOptions): Folded {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const f = foldCluster(m[0], options);
    const start = m.index;
    const end = start + m[0].length;
    for (let i = 0; i < f.length; i += 1) {
      starts.push(start);
      ends.push(end);
    }
    out += f;
  }
  return { text: out, starts, ends };
}

/** The query as the matcher compares it; empty when there is nothing to look for. */
export function foldQuery(query: string, options: FindOptions): string {
  return fold(query, options).text;
}

/** Every non-overlapping occurrence of `query` in `text`, left to right. */
export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = foldQuery(query, options);
  if (needle === '' || text === '') return [];
  const hay = fold(text, options);
  const matches: TextMatch[] = [];
  let at = hay.text.indexOf(needle);
  while (at !== -1) {
    const match = { from: hay.starts[at]!, to: hay.ends[at + needle.length - 1]! };
    // A ligature folds to two letters; a match starting inside one already taken is skipped.
    if (matches.length === 0 || match.from >= matches[matches.length - 1]!.to) matches.push(match);
    at = hay.text.indexOf(needle, at + needle.length);
  }
  return matches;
}
