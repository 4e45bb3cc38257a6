/** The paged preview's page breaks (renderer/document-preview/paginate.ts), on measured heights. */
import { describe, expect, it } from 'vitest';
import { paginate, type FlowPart } from '../../../renderer/document-preview/paginate';

const LH = 18;
const para = (lines: number, keepWithNext = false): FlowPart => ({ heightPt: lines * LH, spaceAfterPt: 6, lineHeightPt: LH, keepWithNext });
const block = (heightPt: number, keepWithNext = false): FlowPart => ({ heightPt, spaceAfterPt: 6, lineHeightPt: null, keepWithNext });
/** A page of exactly 10 lines. */
const PAGE = 10 * LH;

describe('paginate', () => {
  it('puts everything on one page when it fits, and breaks a paragraph between two lines', () => {
    expect(paginate([para(3), para(4)], PAGE)).toHaveLength(1);
    // 3 lines + 6 pt, then 9 lines: 6 fit (96 pt left), 3 go over.
    const pages = paginate([para(3), para(9)], PAGE);
    expect(pages).toEqual([
      [
        { part: 0, fromLine: 0, toLine: null },
        { part: 1, fromLine: 0, toLine: 6 },
      ],
      [{ part: 1, fromLine: 6, toLine: null }],
    ]);
  });

  it('lets the space after the last line of a page hang below the text area', () => {
    expect(paginate([para(10)], PAGE)).toHaveLength(1);
    expect(paginate([para(10), para(1)], PAGE)).toHaveLength(2);
    expect(paginate([block(PAGE), block(LH)], PAGE)).toHaveLength(2);
  });

  it('never splits a block that cannot split, and moves it whole', () => {
    const pages = paginate([para(7), block(5 * LH)], PAGE);
    expect(pages.map((p) => p.map((x) => x.part))).toEqual([[0], [1]]);
  });

  it('moves a heading kept with the next paragraph to the page where that paragraph starts', () => {
    // 8 lines + space: a one-line heading would fit, but not with the first line of its paragraph.
    const pages = paginate([para(8), block(LH, true), para(4)], PAGE - 6);
    expect(pages.map((p) => p.map((x) => x.part))).toEqual([[0], [1, 2]]);
  });

  it('keeps the last lines of the last paragraph with the closing table', () => {
    // The closing (5 lines) does not fit under a 4-line paragraph that itself fits.
    const pages = paginate([para(3), para(4, true), block(5 * LH)], PAGE);
    expect(pages).toEqual([
      [
        { part: 0, fromLine: 0, toLine: null },
        { part: 1, fromLine: 0, toLine: 2 },
      ],
      [
        { part: 1, fromLine: 2, toLine: null },
        { part: 2, fromLine: 0, toLine: null },
      ],
    ]);
  });

  it('never leaves one line of a paragraph alone at the foot or the top of a page', () => {
    // One line of room: a two-line paragraph goes over whole (no orphan).
    expect(paginate([para(8), para(2)], PAGE - 5).map((p) => p.map((x) => x.part))).toEqual([[0], [1]]);
    // Three lines of room for a four-line paragraph: two stay, two go (no widow).
    const pages = paginate([para(6), para(4)], PAGE - 6);
    expect(pages[0]?.[1]).toEqual({ part: 1, fromLine: 0, toLine: 2 });
    expect(pages[1]?.[0]).toEqual({ part: 1, fromLine: 2, toLine: null });
    // A heading kept with a paragraph needs two of its lines after it.
    expect(paginate([para(7), block(LH, true), para(5)], PAGE - 6).map((p) => p.map((x) => x.part))).toEqual([[0], [1, 2]]);
  });

  it('fills page after page for a long document and returns one page for an empty one', () => {
    const parts = Array.from({ length: 30 }, () => para(4));
    // 30 paragraphs of 4 lines + 6 pt: 120 lines and 174 pt of gaps on 10-line pages.
    const pages = paginate(parts, PAGE);
    expect(pages.length).toBeGreaterThanOrEqual(13);
    expect(pages.length).toBeLessThanOrEqual(15);
    const lines = pages.flat().reduce((n, p) => n + ((p.toLine ?? 4) - p.fromLine), 0);
    expect(lines).toBe(120);
    expect(paginate([], PAGE)).toEqual([[]]);
  });
});
