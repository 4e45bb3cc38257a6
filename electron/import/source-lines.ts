/**
 * Turns the raw text of a document into lines the recognisers work on.
 *
 * Input comes from text files (the corpus form), from docx-text.ts, or from copy-paste out
 * of Word. The last one flattens the borderless header/signature tables into
 * tab-separated (or space-padded) cells, so a line like
 * "ĐẢNG BỘ TỈNH X\tĐẢNG CỘNG SẢN VIỆT NAM" is split back into its cells here.
 */
import type { TextRun } from '../../shared/document/outline';
import { foldSameLength } from './fold-index';
import { parseMarkedRuns, runsText, tidyRuns } from './marked-text';

export interface SourceLine {
  /** Paragraph number: lines separated by a single newline share it. */
  paragraph: number;
  /** Runs of this line with formatting resolved (markers removed). */
  runs: TextRun[];
  /** Plain text, trimmed, inner whitespace squashed. */
  text: string;
  /** `foldSameLength(text)`, for keyword matching at the same offsets. */
  folded: string;
}

/** NFC, one kind of newline, no invisible characters, the look-alike "Ð" read as "Đ". */
export function normalizeInput(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\v]/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    // Icelandic eth and the Latin capital D with stroke look alike; old fonts mix them.
    .replace(/\u00D0/g, 'Đ');
}

const CELL_HINT =
  /^(?:\**)\s*(?:đảng|tỉnh|thành|huyện|chi bộ|số(?=[\s:]|$)|nơi nhận|t\/m|k\/t|t\/l|t\/uq|tm\.|kt\.|tl\.|[^,]{1,40},\s*ngày)/iu;

/**
 * Drafts leave blanks with spaces — "Số      -TB/ĐU", "ngày    tháng    năm 2026" — which
 * must not be mistaken for gaps between table cells.
 */
function closeDraftBlanks(line: string): string {
  return line
    .replace(/(ngày)[ _.…]{2,}(tháng)[ _.…]{2,}(năm)/giu, '$1 $2 $3')
    .replace(/^(\**\s*Số\s*:?)[ _.…]{2,}(?=[-–])/iu, '$1 ');
}

/** Splits a flattened table row into its cells. */
function splitCells(raw: string): string[] {
  if (raw.includes('\t')) return raw.split(/\t+/).filter((c) => c.trim() !== '').map(closeDraftBlanks);
  const line = closeDraftBlanks(raw);
  if (!line.includes('    ') || !/\S\s{4,}\S/.test(line)) return [line];
  const cells = line.split(/\s{4,}/).filter((c) => c.trim() !== '');
  // Wide gaps inside ordinary prose are not cells; only split rows that look like the
  // header or signature table.
  const looksLikeRow =
    cells.every((c) => c.trim().length >= 4 && c.length <= 90) && cells.some((c) => CELL_HINT.test(c.trim()));
  return looksLikeRow ? cells : [line.replace(/\s{4,}/g, ' ')];
}

/**
 * Text copied from a PDF runs the header's two columns into one line with a single space:
 * "ĐẢNG BỘ TỈNH QUẢNG TRỊ ĐẢNG CỘNG SẢN VIỆT NAM", "* Hải Lăng, ngày 04 tháng 6 năm 2026".
 * The motto and the star are never part of the text beside them, so the line splits there.
 */
function splitInterleavedHeader(cell: string): string[] {
  const motto = /^(.*\S)\s+(\**ĐẢNG CỘNG SẢN VIỆT NAM\**)$|^(\**ĐẢNG CỘNG SẢN VIỆT NAM\**)\s+(\S.*)$/u.exec(cell.trim());
  if (motto) {
    const cells = motto[1] !== undefined ? [motto[1], motto[2] ?? ''] : [motto[3] ?? '', motto[4] ?? ''];
    // Only beside another header cell: "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM" in the body stays whole.
    const other = motto[1] !== undefined ? cells[0] : cells[1];
    if (CELL_HINT.test(other ?? '')) return cells.flatMap(splitInterleavedHeader);
  }
  const star = /^\*\s+([^*,]{1,40},\s*ngày\b.*)$/u.exec(cell.trim());
  if (star) return ['*', star[1] ?? ''];
  return [cell];
}

export function toSourceLines(raw: string): SourceLine[] {
  const text = normalizeInput(raw);
  const paragraphs = text.split(/\n[ \t]*\n/);
  const out: SourceLine[] = [];
  paragraphs.forEach((para, paragraph) => {
    const cellLines = para
      .split('\n')
      .flatMap(splitCells)
      .flatMap(splitInterleavedHeader)
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .filter((l) => l !== '');
    if (cellLines.length === 0) return;
    const runs = parseMarkedRuns(cellLines.join('\n'));
    for (const rawRuns of splitRunsByNewline(runs)) {
      // Tidy runs so that their text is exactly the line's plain text: label offsets
      // measured on the plain text can then be cut out of the runs.
      const lineRuns = tidyRuns(rawRuns);
      const plain = runsText(lineRuns);
      if (plain === '') continue;
      out.push({ paragraph, runs: lineRuns, text: plain, folded: foldSameLength(plain) });
    }
  });
  return out;
}

function splitRunsByNewline(runs: readonly TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ ...run, text: part });
    });
  }
  return lines;
}
