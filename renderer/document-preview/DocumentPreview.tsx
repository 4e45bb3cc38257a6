/**
 * A PartyDocument drawn as an A4 page: the same model and the same format rules the DOCX
 * export uses, so what the clerk previews is what prints. Page 1 only carries the header; the
 * page grows downwards instead of breaking into sheets (Word decides the breaks).
 */
import { defaultFormatRules, pageGeometry, type FormatRules } from '../../shared/document/format-rules';
import type { PartyDocument } from '../../shared/document/model';
import { BodyView } from './BodyView';
import { ClosingView } from './ClosingView';
import { HeaderBlockView } from './HeaderBlockView';
import { TitleBlockView } from './TitleBlockView';
import { fontFamilyCss, twipsToCss } from './preview-style';

export function DocumentPreview({
  document: doc,
  rules = defaultFormatRules,
  label = 'Bản xem trước',
  zoom = 1,
}: {
  document: PartyDocument;
  rules?: FormatRules;
  label?: string;
  /** Below 1 to fit a narrow panel (version history); the layout inside stays in print units. */
  zoom?: number;
}) {
  const { widthTwips, heightTwips, textWidthTwips } = pageGeometry(rules, doc.orientation);
  const m = rules.page.margins;
  return (
    <div style={{ overflowX: 'auto', padding: '16px 0' }}>
      <article
        aria-label={label}
        style={{
          zoom,
          boxSizing: 'border-box',
          width: twipsToCss(widthTwips),
          minHeight: twipsToCss(heightTwips),
          margin: '0 auto',
          padding: `${twipsToCss(m.topTwips)} ${twipsToCss(m.rightTwips)} ${twipsToCss(m.bottomTwips)} ${twipsToCss(m.leftTwips)}`,
          background: '#fff',
          color: `#${rules.font.color}`,
          fontFamily: fontFamilyCss(rules),
          boxShadow: '0 1px 3px rgba(0,0,0,0.12), 0 4px 18px rgba(0,0,0,0.10)',
          border: '1px solid var(--mantine-color-gray-3)',
        }}
      >
        <HeaderBlockView header={doc.header} rules={rules} textWidthTwips={textWidthTwips} />
        <TitleBlockView title={doc.title} rules={rules} />
        <BodyView body={doc.body} rules={rules} />
        <ClosingView signatures={doc.signatures} recipients={doc.recipients} rules={rules} textWidthTwips={textWidthTwips} />
      </article>
    </div>
  );
}
