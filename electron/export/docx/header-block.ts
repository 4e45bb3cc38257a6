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
import { AlignmentType, BorderStyle, Paragraph, type Table } from 'docx';
import {
  estimateTextWidthTwips,
  headerColumnWidths,
  type FormatRules,
  type TextStyle,
} from '../../../shared/document/format-rules';
import type { HeaderBlock } from '../../../shared/document/model';
import { lineParagraph, runProperties, styledRun, toCapitals } from './fonts';
import { layoutTable } from './layout-table';

/**
 * Left and right indents that make the bottom border of the party-name paragraph as long as
 * the text: a paragraph border spans the paragraph between its indents.
 */
export function partyNameRuleIndent(columnWidthTwips: number, rules: FormatRules): number {
  const { partyName, partyNameRule } = rules.headerBlock;
  const available = columnWidthTwips - 2 * rules.layoutTable.cellMarginTwips;
  const lineLength = estimateTextWidthTwips(partyName.text, partyName.style) + partyNameRule.extraLengthTwips;
  return Math.max(0, Math.floor((available - lineLength) / 2));
}

function partyNameParagraph(columnWidthTwips: number, rules: FormatRules): Paragraph {
  const { partyName, partyNameRule } = rules.headerBlock;
  const indent = partyNameRuleIndent(columnWidthTwips, rules);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: partyNameRule.widthEighthPt,
        color: rules.font.color,
        space: partyNameRule.spacePt,
      },
    },
    run: runProperties(partyName.style, rules),
    children: [styledRun(partyName.text, partyName.style, rules)],
  });
}

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
  const [, rightWidth] = widths;
  const paragraph = (line: { text: string; style: TextStyle }): Paragraph => lineParagraph(line.text, line.style, rules);

  return layoutTable(
    [
      [lines.committee.map(paragraph), [partyNameParagraph(rightWidth, rules)]],
      [lines.number.map(paragraph), [paragraph(lines.placeDate)]],
    ],
    widths,
    rules,
    { cantSplit: true },
  );
}
