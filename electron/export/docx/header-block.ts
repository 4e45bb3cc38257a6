/**
 * The header block of page 1: a borderless two-row, two-column table.
 *
 *   ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM
 *      ĐẢNG ỦY XÃ KIẾN MINH            ──────────────────────
 *               *
 *          Số 62-TB/ĐU         Kiến Minh, ngày 08 tháng 5 năm 2026
 *
 * The number and the place-date line sit in a second row so they stay on one level when a
 * long committee name wraps onto two lines in the first row.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type Table } from 'docx';
import {
  estimateTextWidthTwips,
  headerColumnWidths,
  headerNameLines,
  ptToTwips,
  type FormatRules,
  type TextStyle,
} from '../../../shared/document/format-rules';
import type { HeaderBlock } from '../../../shared/document/model';
import { lineParagraph, runProperties, toCapitals } from './fonts';
import { layoutTable } from './layout-table';

/**
 * Left and right indents that make the line under "ĐẢNG CỘNG SẢN VIỆT NAM" as long as the
 * text: a paragraph border spans the paragraph between its indents.
 */
export function partyNameRuleIndent(columnWidthTwips: number, rules: FormatRules): number {
  const { partyName, partyNameRule } = rules.headerBlock;
  const available = columnWidthTwips - 2 * rules.layoutTable.cellMarginTwips;
  const lineLength = estimateTextWidthTwips(partyName.text, partyName.style) + partyNameRule.extraLengthTwips;
  return Math.max(0, Math.floor((available - lineLength) / 2));
}

/**
 * "ĐẢNG CỘNG SẢN VIỆT NAM" over the whole column, then the line under it as the top border of
 * an empty, one-point-high paragraph indented to the text's length. The indents sit on the
 * empty paragraph, never on the text: indents sized to an estimated width leave the text no
 * slack, and one glyph wider than estimated wrapped the party's name onto two lines.
 */
function partyNameParagraphs(columnWidthTwips: number, rules: FormatRules): Paragraph[] {
  const { partyName, partyNameRule } = rules.headerBlock;
  const indent = partyNameRuleIndent(columnWidthTwips, rules);
  return [
    lineParagraph(partyName.text, partyName.style, rules),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: indent, right: indent },
      spacing: { before: ptToTwips(partyNameRule.spacePt), after: 0, line: RULE_LINE_TWIPS, lineRule: LineRuleType.EXACT },
      border: {
        top: { style: BorderStyle.SINGLE, size: partyNameRule.widthEighthPt, color: rules.font.color, space: 0 },
      },
      run: { ...runProperties(partyName.style, rules), size: 2 },
      children: [],
    }),
  ];
}

/** Height of the empty paragraph that carries the line: one point. */
const RULE_LINE_TWIPS = 20;

/** The header's lines, in capitals where the rule wants them, with their styles. */
export function headerLines(header: HeaderBlock, rules: FormatRules) {
  const hb = rules.headerBlock;
  const committee = [
    ...(header.superiorCommittee.trim() ? [{ text: toCapitals(header.superiorCommittee), style: hb.superiorCommittee }] : []),
    { text: toCapitals(header.committee), style: hb.committee },
    { text: hb.star.text, style: hb.star.style },
  ];
  const number = [
    { text: header.numberLine.normalize('NFC'), style: hb.numberLine },
    ...header.marks.map((mark) => ({ text: toCapitals(mark), style: hb.marks })),
    ...(header.subjectLine ? [{ text: header.subjectLine.normalize('NFC'), style: hb.subjectLine }] : []),
  ];
  const partyName = { text: hb.partyName.text, style: hb.partyName.style };
  const placeDate = { text: header.placeDateLine.normalize('NFC'), style: hb.placeDate };
  return { committee, number, partyName, placeDate };
}

export function headerBlockTable(header: HeaderBlock, rules: FormatRules, textWidthTwips: number): Table {
  const lines = headerLines(header, rules);
  const widths = headerColumnWidths(rules, textWidthTwips, {
    left: [...lines.committee, ...lines.number],
    right: [lines.partyName, lines.placeDate],
  });
  const [leftWidth, rightWidth] = widths;
  const paragraph = (line: { text: string; style: TextStyle }): Paragraph => lineParagraph(line.text, line.style, rules);
  // A long committee name breaks where offices break it, not wherever the reader would.
  const nameParagraph = (line: { text: string; style: TextStyle }): Paragraph => {
    const parts = headerNameLines(rules, line.text, line.style, leftWidth);
    if (parts.length === 1) return paragraph(line);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      run: runProperties(line.style, rules),
      children: parts.map((part, i) => new TextRun({ text: part.normalize('NFC'), ...(i > 0 ? { break: 1 } : {}), ...runProperties(line.style, rules) })),
    });
  };

  return layoutTable(
    [
      [lines.committee.map(nameParagraph), partyNameParagraphs(rightWidth, rules)],
      [lines.number.map(paragraph), [paragraph(lines.placeDate)]],
    ],
    widths,
    rules,
    { cantSplit: true },
  );
}
