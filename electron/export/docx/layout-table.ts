/** Borderless tables that place blocks side by side (header block, signatures, recipients). */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { FormatRules } from '../../../shared/document/format-rules';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export const noTableBorders = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

export const noCellBorders = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** Cell content; a cell must end with a paragraph, so an empty one gets a blank paragraph. */
export type CellContent = Paragraph[];

export function layoutTable(
  rows: CellContent[][],
  columnWidths: readonly number[],
  rules: FormatRules,
  options: { cantSplit?: boolean } = {},
): Table {
  const margin = rules.layoutTable.cellMarginTwips;
  const total = columnWidths.reduce((sum, w) => sum + w, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    borders: noTableBorders,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit ?? false,
          children: cells.map(
            (children, index) =>
              new TableCell({
                width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
                borders: noCellBorders,
                verticalAlign: VerticalAlignTable.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}
