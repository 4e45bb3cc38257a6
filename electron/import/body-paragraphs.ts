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

export function joinBrokenParagraphs(lines: readonly SourceLine[]): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !endsSentence(prev.text) && isContinuation(line.text)) {
      prev.runs = mergeRuns([...prev.runs, { text: ' ' }, ...line.runs]);
      prev.text = `${prev.text} ${line.text}`;
      prev.joins += 1;
    } else {
      out.push({ runs: line.runs.map((r) => ({ ...r })), text: line.text, joins: 0 });
    }
  }
  return out;
}
