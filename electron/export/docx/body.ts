/**
 * The body: outline blocks as justified paragraphs opened by their label ("I.", "1.", "a)",
 * "Một là,", "-", "+"), and tables with a grid and a header row repeated on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { FormatRules } from '../../../shared/document/format-rules';
import { estimateTextWidthTwips, ptToTwips } from '../../../shared/document/format-rules';
import type { BodyItem, DocumentTable, TableCell as ModelTableCell } from '../../../shared/document/model';
import { isShortHeadingLine, keepWithNextFlags, styledBlockRuns } from '../../../shared/document/heading-emphasis';
import type { OutlineBlock } from '../../../shared/document/outline';
import { alignmentOf, runProperties, spacing, styledRun } from './fonts';

export interface BlockOptions {
  /**
   * Keep this paragraph on the page of what follows: by default only a short heading line;
   * bodyElements also sets it on the last paragraph before the signature.
   */
  keepNext?: boolean;
}

export function blockParagraph(block: OutlineBlock, label: string, rules: FormatRules, options: BlockOptions = {}): Paragraph {
  const b = rules.body;
  // Only the heading part (label + lead-in up to the colon, or a heading line) takes the
  // heading's emphasis; the task text after "3.2. Ban Tuyên giáo và Dân vận:" is regular.
  const runs = styledBlockRuns(block, label, rules).map((run) =>
    styledRun(run.text, b.style, rules, { bold: run.bold, italic: run.italic, underline: run.underline }),
  );
  // A short heading line alone at the foot of a page is a layout fault; a long headed
  // paragraph kept with the next would drag whole paragraphs over and leave half-empty pages.
  const shortHeading = isShortHeadingLine(block);
  const keepNext = options.keepNext ?? shortHeading;
  return new Paragraph({
    alignment: alignmentOf(b.alignment),
    indent: { firstLine: b.firstLineIndentTwips },
    spacing: { before: 0, after: ptToTwips(b.spaceAfterPt), line: ptToTwips(b.lineSpacingPt), lineRule: LineRuleType.EXACT },
    ...(keepNext ? { keepNext: true } : {}),
    ...(shortHeading ? { keepLines: true } : {}),
    // No line left alone at a page break, in Word as in LibreOffice (whose default it is); the
    // paged preview breaks pages by the same rule.
    widowControl: true,
    run: runProperties(b.style, rules),
    children: runs,
  });
}

function tableCellParagraphs(cell: ModelTableCell, bold: boolean, rules: FormatRules): Paragraph[] {
  const t = rules.table;
  const alignment = cell.align === 'center' ? AlignmentType.CENTER : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const lines = cell.text.normalize('NFC').split(/\r?\n/u);
  return lines.map(
    (line) =>
      new Paragraph({
        alignment,
        spacing: spacing(2, 2),
        run: runProperties(t.style, rules, { bold }),
        children: line ? [styledRun(line, t.style, rules, { bold })] : [],
      }),
  );
}

/** Column widths in twips from the model's fractions, summing exactly to the text width. */
export function tableColumnWidths(fractions: readonly number[], textWidthTwips: number): number[] {
  const total = fractions.reduce((sum, f) => sum + Math.max(0, f), 0) || 1;
  const widths = fractions.map((f) => Math.floor((Math.max(0, f) / total) * textWidthTwips));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + textWidthTwips - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/** Room for the reader's own measuring beyond the estimated width of a word. */
const WORD_SLACK_TWIPS = 60;

/**
 * Widths that let the longest word of every column fit on a line ("08/5/2026",
 * "62-TB/ĐU,", "Đang thực hiện"), so no word or date is broken mid-token: a column too narrow
 * for its longest word takes the room from the columns that have some to spare, in
 * proportion to what they can give. When the words cannot all fit, the widths stay as given.
 */
export function fitColumnWidths(table: DocumentTable, widths: readonly number[], rules: FormatRules): number[] {
  const t = rules.table;
  const longestWord = (text: string, bold: boolean) =>
    text
      .normalize('NFC')
      .split(/\s+/u)
      .reduce((max, word) => Math.max(max, word ? estimateTextWidthTwips(word, { sizePt: t.style.sizePt, bold, italic: false }) : 0), 0);
  const need = widths.map((_, i) => {
    const header = table.header[i];
    let max = header ? longestWord(header.text, t.headerBold || header.bold === true) : 0;
    for (const row of table.rows) {
      const cell = row[i];
      if (cell) max = Math.max(max, longestWord(cell.text, cell.bold === true));
    }
    return max + 2 * t.cellMarginTwips + WORD_SLACK_TWIPS;
  });
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (need[i] ?? 0) - w), 0);
  if (deficit === 0) return [...widths];
  const spare = widths.map((w, i) => Math.max(0, w - (need[i] ?? 0)));
  const totalSpare = spare.reduce((a, b) => a + b, 0);
  if (totalSpare < deficit) return [...widths];
  const out = widths.map((w, i) => (w < (need[i] ?? 0) ? (need[i] ?? 0) : w - Math.floor(((spare[i] ?? 0) * deficit) / totalSpare)));
  // Rounding: the last column that gave room absorbs the remainder, so the sum is unchanged.
  const diff = widths.reduce((a, b) => a + b, 0) - out.reduce((a, b) => a + b, 0);
  const giver = out.reduce((best, _, i) => ((spare[i] ?? 0) > 0 ? i : best), out.length - 1);
  out[giver] = (out[giver] ?? 0) + diff;
  return out;
}

export function documentTable(table: DocumentTable, rules: FormatRules, textWidthTwips: number): Table {
  const t = rules.table;
  const columnCount = Math.max(table.columnWidths.length, table.header.length, ...table.rows.map((r) => r.length), 1);
  const fractions = Array.from({ length: columnCount }, (_, i) => table.columnWidths[i] ?? 1 / columnCount);
  const widths = fitColumnWidths(table, tableColumnWidths(fractions, textWidthTwips), rules);
  const line = { style: BorderStyle.SINGLE, size: t.borderWidthEighthPt, color: rules.font.color };

  const row = (cells: readonly ModelTableCell[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: header || table.allowRowSplit !== true,
      children: widths.map((width, i) => {
        const cell = cells[i] ?? { text: '' };
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          children: tableCellParagraphs(
            header ? { align: 'center', ...cell } : cell,
            header ? t.headerBold || cell.bold === true : cell.bold === true,
            rules,
          ),
        });
      }),
    });

  const rows: TableRow[] = [];
  if (table.header.length > 0) rows.push(row(table.header, true));
  for (const cells of table.rows) rows.push(row(cells, false));
  if (rows.length === 0) rows.push(row([], false));

  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: t.cellMarginTwips, right: t.cellMarginTwips, top: 0, bottom: 0 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}

/**
 * Every body item in order, each keeping with the next where keepWithNextFlags says so
 * (short heading lines, the last paragraph before the signature).
 */
export function bodyElements(items: readonly BodyItem[], rules: FormatRules, textWidthTwips: number): Array<Paragraph | Table> {
  const keep = keepWithNextFlags(items);
  const out: Array<Paragraph | Table> = [];
  items.forEach((item, index) => {
    if (item.type === 'table') {
      out.push(documentTable(item.table, rules, textWidthTwips));
      // A paragraph after a table keeps two tables from merging and gives the gap below the grid.
      out.push(
        new Paragraph({
          spacing: spacing(0, rules.table.spaceAfterPt),
          ...(keep[index] ? { keepNext: true } : {}),
          run: runProperties(rules.body.style, rules),
          children: [],
        }),
      );
    } else {
      out.push(blockParagraph(item.block, item.label, rules, { keepNext: keep[index] ?? false }));
    }
  });
  return out;
}
