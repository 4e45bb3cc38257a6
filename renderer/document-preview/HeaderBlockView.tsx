/**
 * The header of page 1, laid out as the DOCX header table: two rows, two columns, the split
 * chosen by headerColumnWidths so long names stay on one line exactly where Word keeps them.
 *
 *   ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM
 *      ĐẢNG ỦY XÃ KIẾN MINH            ──────────────────────
 *               *
 *          Số 62-TB/ĐU         Kiến Minh, ngày 08 tháng 5 năm 2026
 */
import { headerColumnWidths, headerNameLines, type FormatRules, type TextStyle } from '../../shared/document/format-rules';
import type { HeaderBlock } from '../../shared/document/model';
import { capitals, lineCss, twipsToCss } from './preview-style';

interface Line {
  text: string;
  style: TextStyle;
}

export function headerLines(header: HeaderBlock, rules: FormatRules) {
  const hb = rules.headerBlock;
  const committee: Line[] = [
    ...(header.superiorCommittee.trim() ? [{ text: capitals(header.superiorCommittee), style: hb.superiorCommittee }] : []),
    { text: capitals(header.committee), style: hb.committee },
    { text: hb.star.text, style: hb.star.style },
  ];
  const number: Line[] = [
    { text: header.numberLine.normalize('NFC'), style: hb.numberLine },
    ...header.marks.map((mark) => ({ text: capitals(mark), style: hb.marks })),
    ...(header.subjectLine ? [{ text: header.subjectLine.normalize('NFC'), style: hb.subjectLine }] : []),
  ];
  return {
    committee,
    number,
    partyName: { text: hb.partyName.text, style: hb.partyName.style },
    placeDate: { text: header.placeDateLine.normalize('NFC'), style: hb.placeDate },
  };
}

function Lines({ lines, testId, split }: { lines: Line[]; testId?: string; split?: (line: Line) => string[] }) {
  return (
    <div data-testid={testId}>
      {lines.map((line, i) => (
        <p key={i} style={lineCss(line.style)}>
          {(split ? split(line) : [line.text]).map((part, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {part}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

export function HeaderBlockView({
  header,
  rules,
  textWidthTwips,
  testIds = true,
}: {
  header: HeaderBlock;
  rules: FormatRules;
  textWidthTwips: number;
  /** Off in the invisible measuring copy, so tests find one number line. */
  testIds?: boolean;
}) {
  const lines = headerLines(header, rules);
  const [left, right] = headerColumnWidths(rules, textWidthTwips, {
    left: [...lines.committee, ...lines.number],
    right: [lines.partyName, lines.placeDate],
  });
  const rule = rules.headerBlock.partyNameRule;
  const cell = { padding: `0 ${twipsToCss(rules.layoutTable.cellMarginTwips)}` };
  return (
    <div
      role="group"
      aria-label="Tiêu đề văn bản"
      style={{
        display: 'grid',
        gridTemplateColumns: `${twipsToCss(left)} ${twipsToCss(right)}`,
        // Padding, not margin: the gap adds to the title's own space before, as in Word.
        paddingBottom: `${rules.headerBlock.spaceAfterPt}pt`,
      }}
    >
      <div style={cell}>
        {/* Long names break where the DOCX breaks them (after "ĐẢNG ỦY XÃ"). */}
        <Lines lines={lines.committee} split={(line) => headerNameLines(rules, line.text, line.style, left)} />
      </div>
      <div style={{ ...cell, textAlign: 'center' }}>
        {/* The rule under the party name is as long as the text, like the DOCX paragraph border. */}
        <span
          style={{
            ...lineCss(lines.partyName.style),
            display: 'inline-block',
            borderBottom: `${rule.widthEighthPt / 8}pt solid #${rules.font.color}`,
            paddingBottom: `${rule.spacePt}pt`,
          }}
        >
          {lines.partyName.text}
        </span>
      </div>
      <div style={cell}>
        <Lines lines={lines.number} testId={testIds ? 'preview-number' : undefined} />
      </div>
      <div style={cell}>
        <Lines lines={[lines.placeDate]} testId={testIds ? 'preview-place-date' : undefined} />
      </div>
    </div>
  );
}
