/**
 * Breaks the measured parts of a document into A4 pages the way Word and LibreOffice break the
 * exported DOCX: body paragraphs flow line by line across a page end (their lines sit on the
 * exact line-spacing grid, so a break falls between two lines), never leaving a single line
 * alone at either side of the break; the header block, the title, short heading lines and the
 * closing table never split; a part kept with the next goes to the next page when the start of
 * what follows does not fit after it; the space after the last line of a page hangs below the
 * text area. Pure: heights come in points from the preview's measuring pass.
 */

export interface FlowPart {
  /** Height of the part's own content, without the space after it (pt). */
  heightPt: number;
  /** Space below the part before the next one starts (pt). */
  spaceAfterPt: number;
  /** For paragraphs that may break across pages: their exact line height (pt); else null. */
  lineHeightPt: number | null;
  /** The part stays on the page of the start of the next part (short headings, the last paragraph). */
  keepWithNext: boolean;
}

/** A piece of a part on one page: whole, or lines [fromLine, toLine) of a paragraph. */
export interface PagePiece {
  part: number;
  fromLine: number;
  /** Exclusive; null = to the end of the part. */
  toLine: number | null;
}

export type Page = PagePiece[];

/** Rounding slack: measured heights are in CSS pixels, a hair off the point grid. */
const EPSILON_PT = 0.5;

/**
 * Widow and orphan control (on in the DOCX, and LibreOffice's default): a paragraph broken by
 * a page end leaves at least two lines at the foot of the page and carries two to the next.
 */
const MIN_LINES = 2;

/** How many of a paragraph's `left` lines go on this page when at most `room` fit: 0 = none. */
function linesHere(left: number, room: number): number {
  const here = Math.min(room, left - MIN_LINES);
  return here >= MIN_LINES ? here : 0;
}

export function lineCount(part: FlowPart): number {
  return part.lineHeightPt ? Math.max(1, Math.round(part.heightPt / part.lineHeightPt)) : 1;
}

export function paginate(parts: readonly FlowPart[], pageHeightPt: number): Page[] {
  const pages: Page[] = [];
  let page: Page = [];
  let used = 0;
  const newPage = (): void => {
    pages.push(page);
    page = [];
    used = 0;
  };

  /**
   * Room part `index` needs on the current page to start there: a part that cannot split in
   * full, and if it keeps with the next, what that one needs too; two lines of a paragraph
   * (a kept paragraph may break, its last lines going along with what follows).
   */
  const startNeed = (index: number): number => {
    const part = parts[index];
    if (!part) return 0;
    if (part.lineHeightPt) return Math.min(lineCount(part), MIN_LINES) * part.lineHeightPt;
    return part.heightPt + (part.keepWithNext ? part.spaceAfterPt + startNeed(index + 1) : 0);
  };

  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (page.length > 0) {
      const need = startNeed(index);
      // What cannot start here goes to the next page, unless it would not fit on any page.
      if (need > pageHeightPt - used + EPSILON_PT && need <= pageHeightPt + EPSILON_PT) newPage();
    }

    if (!part.lineHeightPt) {
      page.push({ part: index, fromLine: 0, toLine: null });
      used += part.heightPt + part.spaceAfterPt;
      continue;
    }

    const lines = lineCount(part);
    const lh = part.lineHeightPt;
    const after = part.keepWithNext ? startNeed(index + 1) : 0;
    let from = 0;
    for (;;) {
      const room = Math.floor((pageHeightPt - used + EPSILON_PT) / lh);
      const left = lines - from;
      // Keep with next: the tail of the paragraph goes over with what follows when both do
      // not fit here (unless what follows could not fit on any page).
      const tailFits = !part.keepWithNext || after > pageHeightPt || left * lh + part.spaceAfterPt + after <= pageHeightPt - used + EPSILON_PT;
      if (left <= room && tailFits) {
        page.push({ part: index, fromLine: from, toLine: null });
        used += left * lh + part.spaceAfterPt;
        break;
      }
      const here = linesHere(left, left <= room ? left - MIN_LINES : room);
      if (here === 0 && page.length === 0) {
        // Nothing fits even on an empty page: print the lines anyway rather than loop.
        page.push({ part: index, fromLine: from, toLine: left <= room ? null : from + Math.max(1, room) });
        if (left <= room) {
          used += left * lh + part.spaceAfterPt;
          break;
        }
        from += Math.max(1, room);
        newPage();
        continue;
      }
      if (here > 0) {
        page.push({ part: index, fromLine: from, toLine: from + here });
        from += here;
      }
      newPage();
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
