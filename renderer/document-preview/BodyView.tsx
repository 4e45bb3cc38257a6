/**
 * The body's parts: each outline block a justified paragraph opened by its computed label; a
 * heading's emphasis covers only its heading part (shared/document/heading-emphasis); tables
 * with a grid. DocumentPreview lays them out on pages.
 */
import type { FormatRules } from '../../shared/document/format-rules';
import type { DocumentTable } from '../../shared/document/model';
import { styledBlockRuns } from '../../shared/document/heading-emphasis';
import type { OutlineBlock } from '../../shared/document/outline';
import { textCss, twipsToCss } from './preview-style';

/** `spaced={false}`: the page puts the space after the paragraph itself (paged preview). */
export function BlockParagraph({ block, label, rules, spaced = true }: { block: OutlineBlock; label: string; rules: FormatRules; spaced?: boolean }) {
  const b = rules.body;
  return (
    <p
      data-outline-kind={block.kind}
      style={{
        ...textCss(b.style),
        margin: `0 0 ${spaced ? b.spaceAfterPt : 0}pt`,
        textAlign: b.alignment === 'justified' ? 'justify' : b.alignment,
        textIndent: twipsToCss(b.firstLineIndentTwips),
        lineHeight: `${b.lineSpacingPt}pt`,
        whiteSpace: 'pre-wrap',
      }}
    >
      {styledBlockRuns(block, label, rules).map((run, i) => (
        <span key={i} style={textCss(b.style, { bold: run.bold, italic: run.italic, underline: run.underline })}>
          {run.text.normalize('NFC')}
        </span>
      ))}
    </p>
  );
}

export function TableView({ table, rules, spaced = true }: { table: DocumentTable; rules: FormatRules; spaced?: boolean }) {
  const t = rules.table;
  const columnCount = Math.max(table.columnWidths.length, table.header.length, ...table.rows.map((r) => r.length), 1);
  const border = `${t.borderWidthEighthPt / 8}pt solid #${rules.font.color}`;
  const cellStyle = { border, padding: `2pt ${twipsToCss(t.cellMarginTwips)}`, verticalAlign: 'top' as const };
  const total = table.columnWidths.reduce((s, f) => s + Math.max(0, f), 0) || 1;
  return (
    <table style={{ ...textCss(t.style), width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', marginBottom: `${spaced ? t.spaceAfterPt : 0}pt` }}>
      <colgroup>
        {Array.from({ length: columnCount }, (_, i) => (
          <col key={i} style={{ width: `${((table.columnWidths[i] ?? 1 / columnCount) / total) * 100}%` }} />
        ))}
      </colgroup>
      {table.header.length > 0 && (
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} style={{ ...cellStyle, textAlign: cell.align ?? 'center', fontWeight: t.headerBold || cell.bold ? 700 : 400 }}>
                {cell.text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {Array.from({ length: columnCount }, (_, i) => {
              const cell = row[i] ?? { text: '' };
              return (
                <td key={i} style={{ ...cellStyle, textAlign: cell.align ?? 'left', fontWeight: cell.bold ? 700 : 400, whiteSpace: 'pre-wrap' }}>
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
