/**
 * The closing of a document: one borderless table after the body. One signature goes in the
 * right column with the recipients on the left; two signatures (minutes: recorder, chair)
 * take both columns and the recipients follow under the table.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { layoutColumnWidths, signatureTitleStyle, type FormatRules, type TextStyle } from '../../../shared/document/format-rules';
import type { RecipientLine, SignatureBlock } from '../../../shared/document/model';
import { runProperties, spacing, styledRun, toCapitals } from './fonts';
import { layoutTable } from './layout-table';
import { recipientParagraphs } from './recipients';

function headingLineCount(signature: SignatureBlock): number {
  return (signature.authorityLine ? 1 : 0) + (signature.title ? 1 : 0);
}

/**
 * The lines of one signature, centred. `headingLines` pads a signature with fewer heading
 * lines than its neighbour so both signers' names print on the same level.
 */
export function signatureParagraphs(
  signature: SignatureBlock,
  rules: FormatRules,
  spaceBeforePt = 0,
  headingLines = headingLineCount(signature),
): Paragraph[] {
  const s = rules.signature;
  const lines: Array<{ text: string; style: TextStyle }> = [];
  if (signature.authorityLine) lines.push({ text: toCapitals(signature.authorityLine), style: s.authorityLine });
  if (signature.title) lines.push({ text: toCapitals(signature.title), style: signatureTitleStyle(rules) });
  const padding = Math.max(0, headingLines - lines.length);
  // Blank lines in the name's size: the room for the handwritten signature and the seal.
  for (let i = 0; i < s.blankLines + padding; i += 1) lines.push({ text: '', style: s.signerName });
  lines.push({ text: signature.signerName.normalize('NFC'), style: s.signerName });
  return lines.map(
    ({ text, style }, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(index === 0 ? spaceBeforePt : 0, 0),
        run: runProperties(style, rules),
        children: text ? [styledRun(text, style, rules)] : [],
      }),
  );
}

function blankCell(rules: FormatRules): Paragraph[] {
  return [new Paragraph({ run: runProperties(rules.body.style, rules), children: [] })];
}

export function closingElements(
  signatures: readonly SignatureBlock[],
  recipients: readonly RecipientLine[],
  rules: FormatRules,
  textWidthTwips: number,
): Array<Paragraph | Table> {
  const widths = layoutColumnWidths(rules, textWidthTwips);
  const gap = rules.signature.spaceBeforePt;

  if (signatures.length <= 1) {
    const signature = signatures[0];
    const left = recipientParagraphs(recipients, rules, gap);
    const right = signature ? signatureParagraphs(signature, rules, gap) : [];
    // Nothing to place: no empty table at the end of the document.
    if (left.length === 0 && right.length === 0) return [];
    return [
      layoutTable([[left.length > 0 ? left : blankCell(rules), right.length > 0 ? right : blankCell(rules)]], widths, rules, {
        cantSplit: true,
      }),
    ];
  }

  // Two or more signatures: pairs side by side, the two columns of equal width.
  const half = Math.floor(textWidthTwips / 2);
  const pairWidths = [half, textWidthTwips - half];
  const rows: Paragraph[][][] = [];
  for (let i = 0; i < signatures.length; i += 2) {
    const left = signatures[i];
    const right = signatures[i + 1];
    const heading = Math.max(left ? headingLineCount(left) : 0, right ? headingLineCount(right) : 0);
    rows.push([
      left ? signatureParagraphs(left, rules, gap, heading) : blankCell(rules),
      right ? signatureParagraphs(right, rules, gap, heading) : blankCell(rules),
    ]);
  }
  const out: Array<Paragraph | Table> = [layoutTable(rows, pairWidths, rules, { cantSplit: true })];
  out.push(...recipientParagraphs(recipients, rules, rules.body.spaceAfterPt * 2));
  return out;
}
