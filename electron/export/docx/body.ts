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
import { ptToTwips } from '../../../shared/document/format-rules';
import type { BodyItem, DocumentTable, TableCell as ModelTableCell } from '../../../shared/document/model';
import type { OutlineBlock } from '../../../shared/document/outline';
import { alignmentOf, runProperties, spacing, styledRun } from './fonts';

const HEADING_KINDS: ReadonlySet<OutlineBlock['kind']> = new Set(['heading1', 'heading2', 'heading3', 'heading4']);

export interface BlockOptions {
  /** Keep this paragraph on the page of what follows (set on the last one before the signature). */
  keepNext?: boolean;
}

export function blockParagraph(block: OutlineBlock, label: string, rules: FormatRules, options: BlockOptions = {}): Paragraph {
  const b = rules.body;
  const emphasis = b.kinds[block.kind];
  const labelText = label.trim();
  const runs = [];
  // The label is the first run and shares the paragraph's emphasis, so "I. Kết quả …" is bold throughout.
  if (labelText) runs.push(styledRun(`${labelText}${b.labelSeparator}`, b.style, rules, emphasis));
  for (const run of block.runs) {
    if (!run.text) continue;
    runs.push(
      styledRun(run.text, b.style, rules, {
        bold: run.bold ?? emphasis.bold,
        italic: run.italic ?? emphasis.italic,
        underline: run.underline ?? false,
      }),
    );
  }
  return new Paragraph({
    alignment: alignmentOf(b.alignment),
    indent: { firstLine: b.firstLineIndentTwips },
    spacing: { before: 0, after: ptToTwips(b.spaceAfterPt), line: ptToTwips(b.lineSpacingPt), lineRule: LineRuleType.EXACT },
    // A heading alone at the foot of a page is a layout fault in a signed document.
    ...(options.keepNext === true || HEADING_KINDS.has(block.kind) ? { keepNext: true } : {}),
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

export function documentTable(table: DocumentTable, rules: FormatRules, textWidthTwips: number): Table {
  const t = rules.table;
  const columnCount = Math.max(table.columnWidths.length, table.header.length, ...table.rows.map((r) => r.length), 1);
  const fractions = Array.from({ length: columnCount }, (_, i) => table.columnWidths[i] ?? 1 / columnCount);
  const widths = tableColumnWidths(fractions, textWidthTwips);
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
 * Every body item in order. The last paragraph keeps with the signature table that follows,
 * so a page break never leaves the signature alone on a page.
 */
export function bodyElements(items: readonly BodyItem[], rules: FormatRules, textWidthTwips: number): Array<Paragraph | Table> {
  const lastBlock = items.length - 1;
  const out: Array<Paragraph | Table> = [];
  items.forEach((item, index) => {
    if (item.type === 'table') {
      out.push(documentTable(item.table, rules, textWidthTwips));
      // A paragraph after a table keeps two tables from merging and gives the gap below the grid.
      out.push(
        new Paragraph({
          spacing: spacing(0, rules.table.spaceAfterPt),
          ...(index === lastBlock ? { keepNext: true } : {}),
          run: runProperties(rules.body.style, rules),
          children: [],
        }),
      );
    } else {
      out.push(blockParagraph(item.block, item.label, rules, { keepNext: index === lastBlock }));
    }
  });
  return out;
}
