/**
 * The closing, as the DOCX closing table: one signature in the right column with "Nơi nhận:"
 * on the left; two signatures (minutes) side by side with the recipients under them.
 */
import type { CSSProperties } from 'react';
import { layoutColumnWidths, signatureTitleStyle, type FormatRules, type TextStyle } from '../../shared/document/format-rules';
import type { RecipientLine, SignatureBlock } from '../../shared/document/model';
import { capitals, lineCss, ptCss, SINGLE_LINE, twipsToCss } from './preview-style';

function headingLineCount(signature: SignatureBlock): number {
  return (signature.authorityLine ? 1 : 0) + (signature.title ? 1 : 0);
}

export function SignatureView({ signature, rules, headingLines }: { signature: SignatureBlock; rules: FormatRules; headingLines?: number }) {
  const s = rules.signature;
  const lines: Array<{ text: string; style: TextStyle }> = [];
  if (signature.authorityLine) lines.push({ text: capitals(signature.authorityLine), style: s.authorityLine });
  if (signature.title) lines.push({ text: capitals(signature.title), style: signatureTitleStyle(rules) });
  // Blank lines in the name's size: the room for the handwritten signature and the seal; a
  // signature with fewer heading lines is padded so both names print on one level.
  const blanks = s.blankLines + Math.max(0, (headingLines ?? lines.length) - lines.length);
  return (
    <div aria-label="Chữ ký" role="group">
      {lines.map((line, i) => (
        <p key={i} style={lineCss(line.style)}>
          {line.text}
        </p>
      ))}
      <div style={{ height: `calc(${blanks} * ${ptCss(s.signerName.sizePt)} * ${SINGLE_LINE})` }} />
      <p style={lineCss(s.signerName)}>{signature.signerName.normalize('NFC') || '\u00a0'}</p>
    </div>
  );
}

export function RecipientsView({ recipients, rules }: { recipients: RecipientLine[]; rules: FormatRules }) {
  if (recipients.length === 0) return null;
  const r = rules.recipients;
  return (
    <div aria-label="Nơi nhận" role="group">
      <p style={lineCss(r.labelStyle, 'left')}>{r.label}</p>
      {recipients.map((line, i) => (
        <p key={i} style={lineCss(r.itemStyle, 'left')}>
          {line.text}
        </p>
      ))}
    </div>
  );
}

export function ClosingView({
  signatures,
  recipients,
  rules,
  textWidthTwips,
}: {
  signatures: SignatureBlock[];
  recipients: RecipientLine[];
  rules: FormatRules;
  textWidthTwips: number;
}) {
  const cell: CSSProperties = { padding: `0 ${twipsToCss(rules.layoutTable.cellMarginTwips)}` };
  // Padding, not margin: Word adds this gap to the last paragraph's space after; CSS margins would collapse.
  const gap = `${rules.signature.spaceBeforePt}pt`;

  if (signatures.length <= 1) {
    const [left, right] = layoutColumnWidths(rules, textWidthTwips);
    const signature = signatures[0];
    return (
      <div style={{ display: 'grid', gridTemplateColumns: `${twipsToCss(left)} ${twipsToCss(right)}`, paddingTop: gap, breakInside: 'avoid' }}>
        <div style={cell}>
          <RecipientsView recipients={recipients} rules={rules} />
        </div>
        <div style={cell}>{signature && <SignatureView signature={signature} rules={rules} />}</div>
      </div>
    );
  }

  const pairs: Array<[SignatureBlock, SignatureBlock | undefined]> = [];
  for (let i = 0; i < signatures.length; i += 2) pairs.push([signatures[i]!, signatures[i + 1]]);
  return (
    <div style={{ paddingTop: gap }}>
      {pairs.map(([a, b], i) => {
        const heading = Math.max(headingLineCount(a), b ? headingLineCount(b) : 0);
        return (
          <div key={i} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', breakInside: 'avoid' }}>
            <div style={cell}>
              <SignatureView signature={a} rules={rules} headingLines={heading} />
            </div>
            <div style={cell}>{b && <SignatureView signature={b} rules={rules} headingLines={heading} />}</div>
          </div>
        );
      })}
      <div style={{ marginTop: `${rules.body.spaceAfterPt * 2}pt` }}>
        <RecipientsView recipients={recipients} rules={rules} />
      </div>
    </div>
  );
}
