/**
 * The plain-text interchange form used by the corpus and by docx-text.ts: `**bold**` and
 * `*italic*` markers inside ordinary text. This module turns a marked paragraph into runs.
 *
 * Markers come in pairs; a marker without a partner is a literal asterisk (the header's
 * "*" under the committee name, a footnote star). Markers may span line breaks — the corpus
 * prints "**T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG**" — so pairing runs over a whole paragraph.
 */
import type { TextRun } from '../../shared/document/outline';

type Token = { kind: 'text'; text: string } | { kind: 'bold' | 'italic'; text: string };

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  const re = /\*\*|\*/g;
  let last = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    if (m.index > last) tokens.push({ kind: 'text', text: paragraph.slice(last, m.index) });
    tokens.push({ kind: m[0] === '**' ? 'bold' : 'italic', text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < paragraph.length) tokens.push({ kind: 'text', text: paragraph.slice(last) });
  return tokens;
}

/** Lines made only of stars are a printed ornament, never formatting. */
function isStarLine(line: string): boolean {
  return /^\s*\*{1,3}\s*$/.test(line);
}

/**
 * Splits a (possibly multi-line) paragraph into runs. Runs never contain markers; a "\n"
 * inside the paragraph stays inside the text of a run.
 */
export function parseMarkedRuns(paragraph: string): TextRun[] {
  // Most paragraphs carry no formatting at all.
  if (!paragraph.includes('*')) return paragraph === '' ? [] : [{ text: paragraph }];
  const lines = paragraph.split('\n');
  if (lines.some(isStarLine)) {
    // Ornament lines are parsed on their own so their star cannot pair with a real marker.
    const out: TextRun[] = [];
    let segment: string[] = [];
    const flush = (): void => {
      if (segment.length > 0) out.push(...parseMarkedSegment(segment.join('\n')));
      segment = [];
    };
    lines.forEach((line, i) => {
      if (isStarLine(line)) {
        flush();
        out.push({ text: line });
      } else {
        segment.push(line);
      }
      if (i < lines.length - 1) {
        if (isStarLine(line) || isStarLine(lines[i + 1] ?? '')) {
          flush();
          out.push({ text: '\n' });
        }
      }
    });
    flush();
    return mergeRuns(out);
  }
  return parseMarkedSegment(paragraph);
}

function parseMarkedSegment(paragraph: string): TextRun[] {
  const tokens = tokenize(paragraph);
  // Pair markers of each kind in order; the odd one out (if any) becomes literal text.
  const literal = new Set<number>();
  for (const kind of ['bold', 'italic'] as const) {
    const idx = tokens.flatMap((t, i) => (t.kind === kind ? [i] : []));
    if (idx.length % 2 === 1) {
      const odd = idx[idx.length - 1];
      if (odd !== undefined) literal.add(odd);
    }
  }
  const runs: TextRun[] = [];
  let bold = false;
  let italic = false;
  tokens.forEach((t, i) => {
    if (t.kind === 'text' || literal.has(i)) {
      const run: TextRun = { text: t.text };
      if (bold) run.bold = true;
      if (italic) run.italic = true;
      runs.push(run);
    } else if (t.kind === 'bold') {
      bold = !bold;
    } else {
      italic = !italic;
    }
  });
  return mergeRuns(runs);
}

function sameFormat(a: TextRun, b: TextRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);
}

/** Joins neighbouring runs with the same formatting and drops empty ones. */
export function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && sameFormat(prev, run)) prev.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** Removes leading whitespace from already tidy runs (after a label was cut off). */
export function trimRunsStart(runs: readonly TextRun[]): TextRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length > 0) {
    const first = out[0];
    if (!first) break;
    first.text = first.text.trimStart();
    if (first.text !== '') break;
    out.shift();
  }
  return out;
}

/** Removes the first `count` characters (a printed label and its space) from the runs. */
export function dropPrefix(runs: readonly TextRun[], count: number): TextRun[] {
  let rest = count;
  const out: TextRun[] = [];
  for (const run of runs) {
    if (rest >= run.text.length) {
      rest -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(rest) });
    rest = 0;
  }
  return out;
}

/** Trims whitespace at both ends of a run list and squashes inner whitespace runs. */
export function tidyRuns(runs: readonly TextRun[]): TextRun[] {
  const only = runs[0];
  if (runs.length === 1 && only) {
    const text = only.text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
    return text === '' ? [] : [{ ...only, text }];
  }
  const squashed = runs.map((r) => ({ ...r, text: r.text.replace(/\s{2,}|[^\S ]/g, ' ') }));
  const first = squashed[0];
  if (first) first.text = first.text.trimStart();
  const last = squashed[squashed.length - 1];
  if (last) last.text = last.text.trimEnd();
  // A space between two runs must not double up after squashing.
  for (let i = 1; i < squashed.length; i += 1) {
    const prev = squashed[i - 1];
    const cur = squashed[i];
    if (prev && cur && prev.text.endsWith(' ') && cur.text.startsWith(' ')) cur.text = cur.text.slice(1);
  }
  return mergeRuns(squashed);
}

/** Strips formatting markers from a marked paragraph (plain text, same line structure). */
export function stripMarkers(paragraph: string): string {
  return runsText(parseMarkedRuns(paragraph));
}
