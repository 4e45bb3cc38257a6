/** The centred title: document type, subtitle, trích yếu and the short rule under them. */
import type { FormatRules } from '../../shared/document/format-rules';
import type { TitleBlock } from '../../shared/document/model';
import { capitals, lineCss } from './preview-style';

function lines(text: string | null): string[] {
  if (!text) return [];
  return text
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function TitleBlockView({ title, rules }: { title: TitleBlock; rules: FormatRules }) {
  const t = rules.title;
  return (
    <div role="group" aria-label="Tên văn bản" style={{ paddingTop: `${t.spaceBeforePt}pt`, paddingBottom: `${t.spaceAfterPt}pt` }}>
      <p style={lineCss(t.documentType)}>{capitals(title.documentType)}</p>
      {lines(title.subtitle).map((line, i) => (
        <p key={`s${i}`} style={lineCss(t.subtitle)}>
          {capitals(line)}
        </p>
      ))}
      {/* The summary keeps the user's case: it starts lower-case ("về …") by rule. */}
      {lines(title.summary).map((line, i) => (
        <p key={`t${i}`} style={lineCss(t.summary)}>
          {line}
        </p>
      ))}
      <p style={lineCss(t.rule.style)}>{t.rule.text}</p>
    </div>
  );
}
