/**
 * Text pasted from Word or an e-mail, made into outline blocks: one block per line, the label
 * the author typed ("-", "+", "1.", "a)", "I.") turned into the block's kind (the editor draws
 * labels itself, so a typed one would print twice: "- - …"), non-breaking spaces and runs of
 * spaces made single.
 */
import type { OutlineBlockKind } from '../../../shared/document/outline';

export interface PastedBlock {
  kind: OutlineBlockKind;
  text: string;
}

/** Spaces as Word leaves them: nbsp, tabs and runs of spaces become one space. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\t ]+/g, ' ').trim();
}

const LABELS: ReadonlyArray<[RegExp, OutlineBlockKind]> = [
  [/^[-–—•]\s+/, 'bullet'],
  [/^\+\s+/, 'subBullet'],
  [/^[IVXLC]+\.\s+/, 'heading1'],
  [/^\d+\.\d+\.?\s+/, 'heading3'],
  [/^\d+[.)]\s+/, 'heading2'],
  [/^[a-zđ]\)\s+/, 'heading4'],
];

export function pastedBlocks(text: string): PastedBlock[] {
  const out: PastedBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = cleanSpaces(raw);
    if (line === '') continue;
    let kind: OutlineBlockKind = 'paragraph';
    let body = line;
    for (const [pattern, k] of LABELS) {
      const m = pattern.exec(line);
      if (m) {
        kind = k;
        body = line.slice(m[0].length);
        break;
      }
    }
    out.push({ kind, text: body });
  }
  return out;
}
