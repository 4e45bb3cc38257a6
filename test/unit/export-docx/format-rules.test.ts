import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultFormatRules,
  estimateTextWidthTwips,
  getFormatRules,
  headerColumnWidths,
  HD36_2018,
  mmToTwips,
  pageGeometry,
  signatureTitleStyle,
  withFormatSettings,
} from '../../../shared/document/format-rules';

describe('format rules (Hướng dẫn 36-HD/VPTW)', () => {
  it('is the named default rule set', () => {
    expect(defaultFormatRules).toBe(HD36_2018);
    expect(defaultFormatRules.id).toBe('HD36_2018');
    expect(getFormatRules('HD36_2018')).toBe(HD36_2018);
    expect(getFormatRules('unknown-future-set')).toBe(defaultFormatRules);
  });

  it('holds the page values of the spec', () => {
    const { page } = defaultFormatRules;
    expect([page.widthTwips, page.heightTwips]).toEqual([11906, 16838]);
    expect(page.margins).toEqual({ topTwips: mmToTwips(20), bottomTwips: mmToTwips(20), leftTwips: mmToTwips(30), rightTwips: 850 });
    expect([page.margins.topTwips, page.margins.leftTwips]).toEqual([1134, 1701]);
    expect(defaultFormatRules.font.family).toBe('Times New Roman');
    expect(pageGeometry(defaultFormatRules, 'portrait').textWidthTwips).toBe(9355);
    expect(pageGeometry(defaultFormatRules, 'landscape').textWidthTwips).toBe(14287);
  });

  it('holds the sizes and styles of the spec', () => {
    const r = defaultFormatRules;
    expect(r.headerBlock.partyName.style).toEqual({ sizePt: 15, bold: true, italic: false, underline: false });
    expect(r.headerBlock.superiorCommittee.bold).toBe(false);
    expect(r.headerBlock.committee.bold).toBe(true);
    expect(r.headerBlock.placeDate.italic).toBe(true);
    expect(r.title.documentType.sizePt).toBe(16);
    expect(r.body.style.sizePt).toBe(14);
    expect(r.body.firstLineIndentTwips).toBe(567);
    expect(r.body.spaceAfterPt).toBeGreaterThanOrEqual(6);
    expect(r.body.lineSpacingPt).toBeGreaterThanOrEqual(18);
    expect(r.body.lineSpacingPt).toBeLessThanOrEqual(20);
    expect(r.recipients.labelStyle).toEqual({ sizePt: 14, bold: false, italic: false, underline: true });
    expect(r.recipients.itemStyle.sizePt).toBe(12);
    expect(r.signature.blankLines).toBe(4);
    expect(r.pageNumber.showOnFirstPage).toBe(false);
  });

  it('makes the signer title bold a setting, on by default as the corpus prints it', () => {
    expect(signatureTitleStyle(defaultFormatRules).bold).toBe(true);
    const regular = withFormatSettings(defaultFormatRules, { signatureTitleBold: false });
    expect(signatureTitleStyle(regular).bold).toBe(false);
    expect(defaultFormatRules.settings.signatureTitleBold).toBe(true);
  });

  it('measures Times New Roman text close to its real width', () => {
    // 15 pt bold "ĐẢNG CỘNG SẢN VIỆT NAM" is 13.777 em wide.
    expect(estimateTextWidthTwips('ĐẢNG CỘNG SẢN VIỆT NAM', { sizePt: 15, bold: true, italic: false })).toBe(4133);
    // Tone marks add nothing; the horn does.
    const plain = estimateTextWidthTwips('U', { sizePt: 14, bold: false, italic: false });
    expect(estimateTextWidthTwips('Ú', { sizePt: 14, bold: false, italic: false })).toBe(plain);
    expect(estimateTextWidthTwips('Ự', { sizePt: 14, bold: false, italic: false })).toBeGreaterThan(plain);
  });

  it('starts the header at 45/55 and widens the left column only as far as the right side allows', () => {
    const style = defaultFormatRules.headerBlock;
    const short = headerColumnWidths(defaultFormatRules, 9355, {
      left: [{ text: 'ĐẢNG ỦY XÃ AN', style: style.committee }],
      right: [{ text: 'An, ngày 08 tháng 5 năm 2026', style: style.placeDate }],
    });
    expect(short).toEqual([Math.round(9355 * 0.45), 9355 - Math.round(9355 * 0.45)]);
    const [left] = headerColumnWidths(defaultFormatRules, 9355, {
      left: [{ text: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', style: style.superiorCommittee }],
      right: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style.partyName.style }],
    });
    expect(left).toBeGreaterThan(9355 * 0.45);
    expect(left).toBeLessThanOrEqual(9355 * 0.55);
  });

  it('keeps the shared document modules free of Node and docx imports (the preview bundles them)', () => {
    const dir = join(__dirname, '../../../shared/document');
    for (const file of ['format-rules.ts', 'document-parts.ts', 'conclusion-document.ts', 'minutes-document.ts']) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      for (const spec of imports) expect(spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
    }
  });
});
