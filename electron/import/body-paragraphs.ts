/**
 * Rebuilds body paragraphs from lines, undoing page-break artefacts.
 *
 * Text copied out of a printed/PDF conclusion splits a sentence where the page ended:
 * "Quốc phòng - an ninh được giữ" / (blank) / "vững; an ninh chính trị …", or even
 * "… kế hoạch tuyên truyền cải cách hành chính năm" / "2026. Trung tâm …". A line that ends
 * without terminal punctuation and is followed by a line that cannot start a paragraph
 * (lower-case start, or a number that is not a heading label) is one paragraph with it.
 */
import type { TextRun } from '../../shared/document/outline';
import { isLowerLetter } from './fold-index';
import { mergeRuns } from './marked-text';
import { matchLabel } from './outline-labels';
import type { SourceLine } from './source-lines';

export interface BodyParagraph {
  runs: TextRun[];
  /** Plain text, single-spaced. */
  text: string;
  /** How many broken pieces were glued into this paragraph. */
  joins: number;
}

const TERMINAL = /[.;:!?…]["”’)\]»]*$/u;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/** Could `text` only be the tail of the previous paragraph? */
export function isContinuation(text: string): boolean {
  const first = text.charAt(0);
  if (isLowerLetter(first)) return matchLabel(text) === null;
  if (/\d/.test(first)) return matchLabel(text) === null;
  return false;
}

/**
 * Text copied from a PDF keeps the printed line breaks: every paragraph is several lines
 * with no blank line between paragraphs. Seen as a whole — most lines followed by another
 * line of the same paragraph — a break inside a sentence is then a wrap even before a
 * capital ("… nghe Ban Chỉ huy" / "Quân sự xã báo cáo …").
 */
export function isHardWrapped(lines: readonly SourceLine[]): boolean {
  if (lines.length < 6) return false;
  let sameParagraph = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) if (lines[i]?.paragraph === lines[i + 1]?.paragraph) sameParagraph += 1;
  return sameParagraph / (lines.length - 1) >= 0.6;
}

export function joinBrokenParagraphs(lines: readonly SourceLine[], hardWrapped = false): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let prevLine: SourceLine | undefined;
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wrap = hardWrapped && prevLine?.paragraph === line.paragraph && matchLabel(line.text) === null;
    prevLine = line;
    if (prev && !endsSentence(prev.text) && (wrap || isContinuation(line.text))) {
      prev.runs = mergeRuns([...prev.runs, { text: ' ' }, ...line.runs]);
      prev.text = `${prev.text} ${line.text}`;
      prev.joins += 1;
    } else {
      out.push({ runs: line.runs.map((r) => ({ ...r })), text: line.text, joins: 0 });
    }
  }
  return out;
}
