/** "Nơi nhận:" — 14 pt, upright, underlined — and the 12 pt lines under it. */
import { AlignmentType, Paragraph } from 'docx';
import type { FormatRules } from '../../../shared/document/format-rules';
import type { RecipientLine } from '../../../shared/document/model';
import { runProperties, spacing, styledRun } from './fonts';

export function recipientParagraphs(recipients: readonly RecipientLine[], rules: FormatRules, spaceBeforePt = 0): Paragraph[] {
  if (recipients.length === 0) return [];
  const r = rules.recipients;
  const label = new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: spacing(spaceBeforePt, 0),
    keepNext: true,
    run: runProperties(r.labelStyle, rules),
    children: [styledRun(r.label, r.labelStyle, rules)],
  });
  const items = recipients.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: spacing(0, 0),
        ...(index < recipients.length - 1 ? { keepNext: true } : {}),
        run: runProperties(r.itemStyle, rules),
        children: [styledRun(line.text, r.itemStyle, rules)],
      }),
  );
  return [label, ...items];
}
