/**
 * Turns the plain text of a corpus conclusion into outline blocks by simple line rules, for
 * the task-proposal tests: "I." heading1, "1." heading2, "3.1." heading3, "a)" heading4,
 * "- " bullet, "+ " subBullet, "Một là," ordinal, anything else a paragraph. Printed
 * labels are kept in `label`, as an import would keep them.
 *
 * The corpus text was copied from PDFs, so a paragraph may be cut by a page break
 * ("… kiến nghị\n\ncử tri, …"): a line that starts in lower case, or follows a line with no
 * closing punctuation, continues the block before it (never a heading). `**`/`*` mark bold
 * and italic; a line with a lone "*" is the star under the committee's name.
 */
import type { OutlineBlock, OutlineBlockKind, TextRun } from '../../shared/document/outline';

interface RawBlock {
  kind: OutlineBlockKind;
  label: string | null;
  raw: string;
}

const ORDINAL =
  /^((?:Mười(?: một| hai| ba| bốn| lăm)?|Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín) là,)\s*(.*)$/u;

function classify(line: string): RawBlock | null {
  let m: RegExpExecArray | null;
  if ((m = /^([IVXLC]+\.)\s+(.*)$/u.exec(line))) return { kind: 'heading1', label: m[1] ?? null, raw: m[2] ?? '' };
  if ((m = /^(\d{1,2}\.\d{1,2}\.?)\s+(.*)$/u.exec(line))) {
    const label = m[1] ?? '';
    return { kind: 'heading3', label: label.endsWith('.') ? label : `${label}.`, raw: m[2] ?? '' };
  }
  if ((m = /^(\d{1,2}\.)\s+(.*)$/u.exec(line))) return { kind: 'heading2', label: m[1] ?? null, raw: m[2] ?? '' };
  if ((m = /^([a-zđ]\))\s+(.*)$/u.exec(line))) return { kind: 'heading4', label: m[1] ?? null, raw: m[2] ?? '' };
  if ((m = /^[-–]\s*(.*)$/u.exec(line))) return { kind: 'bullet', label: null, raw: m[1] ?? '' };
  if ((m = /^\+\s*(.*)$/u.exec(line))) return { kind: 'subBullet', label: null, raw: m[1] ?? '' };
  if ((m = ORDINAL.exec(line))) return { kind: 'ordinal', label: m[1] ?? null, raw: m[2] ?? '' };
  return null;
}

function toRuns(raw: string, state: { bold: boolean; italic: boolean }): TextRun[] {
  const runs: TextRun[] = [];
  let text = '';
  const flush = (): void => {
    if (text === '') return;
    const run: TextRun = { text };
    if (state.bold) run.bold = true;
    if (state.italic) run.italic = true;
    runs.push(run);
    text = '';
  };
  for (let i = 0; i < raw.length; i += 1) {
    if (raw.startsWith('**', i)) {
      flush();
      state.bold = !state.bold;
      i += 1;
    } else if (raw[i] === '*') {
      flush();
      state.italic = !state.italic;
    } else {
      text += raw[i];
    }
  }
  flush();
  return runs;
}

export function outlineFromText(text: string): OutlineBlock[] {
  const raws: RawBlock[] = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = rawLine.trim();
    if (line === '' || line === '*') continue;
    const marked = classify(line);
    const previous = raws[raws.length - 1];
    const continues =
      marked === null &&
      previous !== undefined &&
      !previous.kind.startsWith('heading') &&
      (/^\p{Ll}/u.test(line) || !/[.;:!?”"…)]\**$/u.test(previous.raw.trim()));
    if (continues) {
      previous.raw = `${previous.raw} ${line}`;
    } else {
      raws.push(marked ?? { kind: 'paragraph', label: null, raw: line });
    }
  }
  const state = { bold: false, italic: false };
  return raws.map((b, i) => ({
    id: `b${i + 1}`,
    kind: b.kind,
    runs: toRuns(b.raw, state),
    label: b.label,
  }));
}
