/**
 * Bold inside a plain-text field (the opening paragraphs of a conclusion): `**…**` marks it,
 * the form import already reads and the clerk can type in the textarea. Only bold is marked;
 * a single `*` (a footnote star, "Hội nghị lần thứ *") stays a literal asterisk, and so does
 * a `**` without a partner on its line.
 */
import type { TextRun } from './outline';

const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/gu;

/** One line of marked text as runs: bold where `**…**` says so, plain elsewhere. */
export function boldMarkedRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of line.matchAll(BOLD)) {
    if (m.index > last) runs.push({ text: line.slice(last, m.index) });
    runs.push({ text: m[1] ?? '', bold: true });
    last = m.index + m[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last) });
  return runs;
}

/** The line without its bold marks: what search, hashing and recognisers read. */
export function withoutBoldMarks(text: string): string {
  return text.replace(BOLD, '$1');
}

/** Runs → one marked line: bold runs wrapped in `**` (spaces at their edges left outside). */
export function markBold(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      if (!run.bold || run.text.trim() === '') return run.text;
      const lead = /^\s*/u.exec(run.text)?.[0] ?? '';
      const trail = /\s*$/u.exec(run.text)?.[0] ?? '';
      return `${lead}**${run.text.trim()}**${trail}`;
    })
    .join('')
    // Two bold runs side by side ("**a****b**") are one bold stretch.
    .replace(/\*\*\*\*/gu, '');
}
