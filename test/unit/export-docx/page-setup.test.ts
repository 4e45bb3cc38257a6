import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFormatRules } from '../../../shared/document/format-rules';
import { kienMinhConclusion } from '../../support/corpus-documents';
import { attr, fontsOf, has, paragraphsOf, runsOf, sizeOf, type DocxParts, renderAndUnzip } from './docx-xml';

const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' };

describe('page setup (A4, margins, page numbers)', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await renderAndUnzip(kienMinhConclusion());
  });

  it('is A4 portrait: 11906 × 16838 twips', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.document)?.[0] ?? '';
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sectPr, 'w:pgSz', 'w:orient') ?? 'portrait').toBe('portrait');
  });

  it('has margins top 20, bottom 20, left 30, right 15 mm', () => {
    expect(attr(docx.document, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(docx.document, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(docx.document, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(docx.document, 'w:pgMar', 'w:right')).toBe('850');
    // Page number ~10 mm from the top edge.
    expect(attr(docx.document, 'w:pgMar', 'w:header')).toBe('567');
  });

  it('has a different first page (titlePg) whose header carries no number', () => {
    expect(has(docx.document, 'w:titlePg')).toBe(true);
    expect(docx.headers.first).not.toBeNull();
    expect(docx.headers.first).not.toContain('PAGE');
  });

  it('numbers the other pages with a centred 14 pt PAGE field at the top', () => {
    const header = docx.headers.default;
    expect(header).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(header).toContain('w:fldCharType="begin"');
    const [p] = paragraphsOf(header);
    expect(p).toBeDefined();
    expect(attr(p?.props ?? '', 'w:jc', 'w:val')).toBe('center');
    for (const run of runsOf(header)) {
      expect(sizeOf(run)).toBe(28);
      expect(fontsOf(run)).toEqual(TNR);
      // Upright, not bold.
      expect(run.props).not.toMatch(/<w:i\/>|<w:b\/>/);
    }
  });

  it('puts Times New Roman in ascii, hAnsi, eastAsia and cs of every run', () => {
    const runs = runsOf(docx.document);
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) expect(fontsOf(run)).toEqual(TNR);
    // The document defaults agree, for anything typed later in Word.
    const styles = docx.files['word/styles.xml'] ?? '';
    expect(attr(styles, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(styles, 'w:rFonts', 'w:cs')).toBe('Times New Roman');
  });

  it('turns a landscape document (appendix tables) by swapping the page size', async () => {
    const landscape = await renderAndUnzip({ ...kienMinhConclusion(), orientation: 'landscape' });
    expect(attr(landscape.document, 'w:pgSz', 'w:w')).toBe('16838');
    expect(attr(landscape.document, 'w:pgSz', 'w:h')).toBe('11906');
    expect(attr(landscape.document, 'w:pgSz', 'w:orient')).toBe('landscape');
    // Header table spans the wider text width.
    const text = 16838 - defaultFormatRules.page.margins.leftTwips - defaultFormatRules.page.margins.rightTwips;
    expect(attr(landscape.document, 'w:tblW', 'w:w')).toBe(String(text));
  });
});
