/**
 * A PartyDocument drawn as the A4 pages it prints on: the same model and the same format rules
 * the DOCX export uses, broken into pages as Word and LibreOffice break the exported file
 * (paginate.ts), with the page number centred at the top of every page but the first.
 *
 * Each part (header block, title, every body paragraph, the closing table) is laid out once in
 * an invisible column of the text width and measured; the pages then show the parts (or the
 * lines of a paragraph that fall on them) at those sizes.
 */
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultFormatRules, pageGeometry, type FormatRules } from '../../shared/document/format-rules';
import { keepWithNextFlags, isShortHeadingLine } from '../../shared/document/heading-emphasis';
import type { PartyDocument } from '../../shared/document/model';
import { BlockParagraph, TableView } from './BodyView';
import { ClosingView } from './ClosingView';
import { HeaderBlockView } from './HeaderBlockView';
import { paginate, type FlowPart, type Page } from './paginate';
import { fontFamilyCss, lineCss, twipsToCss } from './preview-style';
import { TitleBlockView } from './TitleBlockView';

/** CSS pixels per point (96 px to the inch, 72 pt to the inch). */
const PX_PER_PT = 96 / 72;

interface Part {
  key: string;
  /** Drawn on a page; `measuring` drops test ids so the invisible copy is never found twice. */
  render: (measuring: boolean) => ReactNode;
  spaceAfterPt: number;
  /** Exact line height of a paragraph that may break across pages. */
  lineHeightPt: number | null;
  keepWithNext: boolean;
}

function documentParts(doc: PartyDocument, rules: FormatRules, textWidthTwips: number): Part[] {
  const keep = keepWithNextFlags(doc.body);
  const body = rules.body;
  const parts: Part[] = [
    {
      key: 'header',
      render: (measuring) => <HeaderBlockView header={doc.header} rules={rules} textWidthTwips={textWidthTwips} testIds={!measuring} />,
      spaceAfterPt: 0,
      lineHeightPt: null,
      keepWithNext: false,
    },
    // The DOCX title keeps with the first paragraph of the body.
    { key: 'title', render: () => <TitleBlockView title={doc.title} rules={rules} />, spaceAfterPt: 0, lineHeightPt: null, keepWithNext: true },
  ];
  doc.body.forEach((item, i) => {
    if (item.type === 'block') {
      parts.push({
        key: `b-${item.block.id}-${i}`,
        render: () => <BlockParagraph block={item.block} label={item.label} rules={rules} spaced={false} />,
        spaceAfterPt: body.spaceAfterPt,
        // A short heading line keeps its lines together (keepLines in the DOCX).
        lineHeightPt: isShortHeadingLine(item.block) ? null : body.lineSpacingPt,
        keepWithNext: keep[i] ?? false,
      });
    } else {
      parts.push({
        key: `t-${i}`,
        render: () => <TableView table={item.table} rules={rules} spaced={false} />,
        spaceAfterPt: rules.table.spaceAfterPt,
        lineHeightPt: null,
        keepWithNext: keep[i] ?? false,
      });
    }
  });
  parts.push({
    key: 'closing',
    render: () => <ClosingView signatures={doc.signatures} recipients={doc.recipients} rules={rules} textWidthTwips={textWidthTwips} />,
    spaceAfterPt: 0,
    lineHeightPt: null,
    keepWithNext: false,
  });
  return parts;
}

/** One piece on a page: a whole part, or the lines [from, to) of a paragraph. */
function PieceView({ part, fromLine, toLine, last }: { part: Part; fromLine: number; toLine: number | null; last: boolean }) {
  const lh = part.lineHeightPt;
  // The space after the last piece of a page hangs below the text area, as in Word.
  const spaceAfter = last ? 0 : part.spaceAfterPt;
  if (!lh || (fromLine === 0 && toLine === null)) {
    return <div style={{ display: 'flow-root', marginBottom: `${spaceAfter}pt` }}>{part.render(false)}</div>;
  }
  // The paragraph is drawn whole and shifted up behind a window of its lines on this page; the
  // copy that continues a paragraph is hidden from screen readers, which read it on its first page.
  return (
    <div
      aria-hidden={fromLine > 0 ? true : undefined}
      data-continued={fromLine > 0 ? 'true' : undefined}
      style={{
        overflow: 'hidden',
        height: toLine === null ? undefined : `${(toLine - fromLine) * lh}pt`,
        marginBottom: toLine === null ? `${spaceAfter}pt` : 0,
      }}
    >
      <div style={{ marginTop: `${-fromLine * lh}pt` }}>{part.render(false)}</div>
    </div>
  );
}

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
  const parts = useMemo(() => documentParts(doc, rules, textWidthTwips), [doc, rules, textWidthTwips]);
  const measureRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Page[] | null>(null);
  const contentHeightPt = (heightTwips - m.topTwips - m.bottomTwips) / 20;

  useLayoutEffect(() => {
    let cancelled = false;
    const measure = (): void => {
      const column = measureRef.current;
      if (!column || cancelled) return;
      const flow: FlowPart[] = [...column.children].map((el, i) => ({
        heightPt: (el as HTMLElement).getBoundingClientRect().height / PX_PER_PT,
        spaceAfterPt: parts[i]?.spaceAfterPt ?? 0,
        lineHeightPt: parts[i]?.lineHeightPt ?? null,
        keepWithNext: parts[i]?.keepWithNext ?? false,
      }));
      setPages(paginate(flow, contentHeightPt));
    };
    measure();
    // Lines break differently once the document font has loaded: measure again then.
    void globalThis.document.fonts?.ready.then(measure);
    return () => {
      cancelled = true;
    };
  }, [parts, contentHeightPt]);

  const pageStyle = {
    position: 'relative' as const,
    boxSizing: 'border-box' as const,
    width: twipsToCss(widthTwips),
    minHeight: twipsToCss(heightTwips),
    margin: '0 auto 16px',
    padding: `${twipsToCss(m.topTwips)} ${twipsToCss(m.rightTwips)} ${twipsToCss(m.bottomTwips)} ${twipsToCss(m.leftTwips)}`,
    background: '#fff',
    boxShadow: '0 1px 3px rgba(0,0,0,0.12), 0 4px 18px rgba(0,0,0,0.10)',
    border: '1px solid var(--mantine-color-gray-3)',
  };
  const shown = pages ?? [parts.map((_, part) => ({ part, fromLine: 0, toLine: null }))];
  const showNumber = (index: number): boolean => index > 0 || rules.pageNumber.showOnFirstPage;

  return (
    <div style={{ overflowX: 'auto', padding: '16px 0', position: 'relative' }}>
      {/* The measuring column: the text width, out of sight, never read out. */}
      <div
        ref={measureRef}
        aria-hidden
        style={{
          position: 'absolute',
          visibility: 'hidden',
          pointerEvents: 'none',
          left: 0,
          top: 0,
          width: twipsToCss(textWidthTwips),
          color: `#${rules.font.color}`,
          fontFamily: fontFamilyCss(rules),
        }}
      >
        {parts.map((part) => (
          <div key={part.key} style={{ display: 'flow-root' }}>
            {part.render(true)}
          </div>
        ))}
      </div>
      <p style={{ textAlign: 'center', margin: '0 0 8px', fontSize: 13, color: 'var(--mantine-color-gray-7)' }} aria-live="polite">
        Khổ A4, {shown.length} trang khi in
      </p>
      <article
        aria-label={label}
        data-page-count={shown.length}
        style={{ zoom, color: `#${rules.font.color}`, fontFamily: fontFamilyCss(rules) }}
      >
        {shown.map((page, index) => (
          <section key={index} aria-label={`Trang ${index + 1}`} data-testid="preview-page" style={pageStyle}>
            {showNumber(index) && (
              <p
                aria-label={`Số trang ${index + 1}`}
                style={{
                  ...lineCss(rules.pageNumber.style),
                  position: 'absolute',
                  top: twipsToCss(rules.page.headerDistanceTwips),
                  left: twipsToCss(m.leftTwips),
                  right: twipsToCss(m.rightTwips),
                }}
              >
                {index + 1}
              </p>
            )}
            {page.map((piece, i) => {
              const part = parts[piece.part];
              return part ? (
                <PieceView key={`${part.key}-${piece.fromLine}`} part={part} fromLine={piece.fromLine} toLine={piece.toLine} last={i === page.length - 1} />
              ) : null;
            })}
          </section>
        ))}
      </article>
    </div>
  );
}
