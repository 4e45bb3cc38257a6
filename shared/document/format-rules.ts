/**
 * Every typographic value of a printed Party document, in one place.
 *
 * The DOCX writer (electron/export/docx) and the in-app preview read these values and nothing
 * else, so a rule set can be swapped when the rule changes (Hướng dẫn 36-HD/VPTW of 2018 is
 * reported to be replaced by a 2026 guide that keeps the same values). The source of every
 * value and its certainty (C confirmed, R reported, U uncertain and chosen from the corpus) is
 * in /work/shared/docs/party-document-format.md; U choices are marked here with "[U]".
 *
 * Pure data and arithmetic: no Node imports, because the renderer bundles this file.
 */
import type { OutlineBlockKind } from './outline';

export type ParagraphAlignment = 'left' | 'center' | 'right' | 'justified';

export interface TextStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface FormatSettings {
  /**
   * Whether the signer's title ("BÍ THƯ", "CHÁNH VĂN PHÒNG") is bold. [U] The reported rule
   * says regular; every conclusion in the corpus prints it bold together with the authority
   * line ("**T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG**"), and offices compare the export with what
   * they already sign, so the default follows the corpus.
   */
  signatureTitleBold: boolean;
}

export interface FormatRules {
  /** Stable identifier of the rule set, stored with exported documents. */
  id: string;
  /** Human-readable source of the values. */
  name: string;
  settings: FormatSettings;
  font: {
    /** Written into ascii, hAnsi, eastAsia and cs of every run. */
    family: string;
    /** Hex RGB without '#'. */
    color: string;
  };
  page: {
    /** A4 portrait in twips; landscape swaps them. */
    widthTwips: number;
    heightTwips: number;
    margins: { topTwips: number; bottomTwips: number; leftTwips: number; rightTwips: number };
    /** Distance of the page-number header from the top edge. */
    headerDistanceTwips: number;
    footerDistanceTwips: number;
    /**
     * Duplex printing: the back of a page mirrors the front, so the left margin is the
     * inside (binding) margin on every page (w:mirrorMargins in the settings part).
     */
    mirrorMargins: boolean;
  };
  pageNumber: {
    style: TextStyle;
    alignment: ParagraphAlignment;
    /** Page 1 carries the header block, so it has no number. */
    showOnFirstPage: boolean;
  };
  /** Borderless layout tables: header block, signatures and recipients. */
  layoutTable: {
    /** Left/right padding inside each cell. */
    cellMarginTwips: number;
    /** Share of the text width taken by the left column (committee / recipients). */
    leftColumnFraction: number;
    /**
     * Limits within which the header's left column may move away from leftColumnFraction so
     * that a name fitting on one line stays on one line (see headerColumnWidths).
     */
    headerLeftColumnMinFraction: number;
    headerLeftColumnMaxFraction: number;
  };
  headerBlock: {
    superiorCommittee: TextStyle;
    committee: TextStyle;
    star: { text: string; style: TextStyle };
    numberLine: TextStyle;
    marks: TextStyle;
    /** The trích yếu of a Công văn, under its number. */
    subjectLine: TextStyle;
    partyName: { text: string; style: TextStyle };
    /** The solid line under "ĐẢNG CỘNG SẢN VIỆT NAM": a paragraph bottom border. */
    partyNameRule: {
      /** Border width in eighths of a point (6 = 0.75 pt). */
      widthEighthPt: number;
      /** Gap between text and line, in points. */
      spacePt: number;
      /** Extra length beyond the measured text, split over both ends. */
      extraLengthTwips: number;
    };
    placeDate: TextStyle;
    /** Space between the header table and the title. */
    spaceAfterPt: number;
  };
  title: {
    spaceBeforePt: number;
    documentType: TextStyle;
    subtitle: TextStyle;
    summary: TextStyle;
    rule: { text: string; style: TextStyle };
    spaceAfterPt: number;
  };
  body: {
    style: TextStyle;
    alignment: ParagraphAlignment;
    firstLineIndentTwips: number;
    spaceAfterPt: number;
    /** Exact line height. */
    lineSpacingPt: number;
    /** Emphasis of each outline kind; the label takes the same emphasis as its paragraph. */
    kinds: Record<OutlineBlockKind, { bold: boolean; italic: boolean }>;
    /** Between a label ("I.", "-", "Một là,") and the text. */
    labelSeparator: string;
  };
  table: {
    style: TextStyle;
    headerBold: boolean;
    /** Grid line width in eighths of a point. */
    borderWidthEighthPt: number;
    cellMarginTwips: number;
    spaceAfterPt: number;
  };
  signature: {
    /** Gap between the last body paragraph and the signature table. */
    spaceBeforePt: number;
    authorityLine: TextStyle;
    /** Bold comes from settings.signatureTitleBold. */
    title: Omit<TextStyle, 'bold'>;
    /** Empty lines left for the handwritten signature and the seal. */
    blankLines: number;
    signerName: TextStyle;
  };
  recipients: {
    label: string;
    labelStyle: TextStyle;
    itemStyle: TextStyle;
  };
}

export const MM_PER_INCH = 25.4;
export const TWIPS_PER_INCH = 1440;
export const TWIPS_PER_POINT = 20;

export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}
export function ptToTwips(pt: number): number {
  return Math.round(pt * TWIPS_PER_POINT);
}
/** OOXML run sizes (w:sz) are half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

function style(sizePt: number, emphasis: Partial<Omit<TextStyle, 'sizePt'>> = {}): TextStyle {
  return { sizePt, bold: false, italic: false, underline: false, ...emphasis };
}

export const HD36_2018: FormatRules = {
  id: 'HD36_2018',
  name: 'Hướng dẫn 36-HD/VPTW (03/4/2018) về thể thức và kỹ thuật trình bày văn bản của Đảng',
  settings: { signatureTitleBold: true },
  font: { family: 'Times New Roman', color: '000000' },
  page: {
    widthTwips: 11906,
    heightTwips: 16838,
    // Reported values inside the state rule's range (20–25 / 20–25 / 30–35 / 15–20 mm).
    margins: { topTwips: 1134, bottomTwips: 1134, leftTwips: 1701, rightTwips: 850 },
    // "~10 mm from the edge"; the 20 mm top margin leaves room for one 14 pt line.
    headerDistanceTwips: 567,
    footerDistanceTwips: 567,
    // [R] "back of a duplex page mirrors left/right".
    mirrorMargins: true,
  },
  pageNumber: { style: style(14), alignment: 'center', showOnFirstPage: false },
  // [R] "about 45 % / 55 %"; a superior committee such as "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" needs
  // 50 % at 14 pt, so the header may widen its left column up to 55 % when the right side fits.
  layoutTable: { cellMarginTwips: 57, leftColumnFraction: 0.45, headerLeftColumnMinFraction: 0.35, headerLeftColumnMaxFraction: 0.55 },
  headerBlock: {
    superiorCommittee: style(14),
    committee: style(14, { bold: true }),
    // [U] the size of the star is not given; the corpus shows it at text size.
    star: { text: '*', style: style(14) },
    numberLine: style(14),
    // [U] draft / urgency / secrecy marks: capitals, bold, under the number.
    marks: style(14, { bold: true }),
    // [R] HD 36: the subject of a công văn under the number, 12 pt italic.
    subjectLine: style(12, { italic: true }),
    partyName: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style(15, { bold: true }) },
    partyNameRule: { widthEighthPt: 6, spacePt: 1, extraLengthTwips: 0 },
    placeDate: style(14, { italic: true }),
    spaceAfterPt: 12,
  },
  title: {
    spaceBeforePt: 12,
    // Rule allows 15–16 pt; 16 sets the type apart from the 14–15 pt lines under it.
    documentType: style(16, { bold: true }),
    // [R] 14–15 pt: 14 keeps a two-line subtitle + summary compact and matches the body.
    subtitle: style(14, { bold: true }),
    summary: style(14, { bold: true }),
    rule: { text: '-----', style: style(14) },
    spaceAfterPt: 6,
  },
  body: {
    style: style(14),
    alignment: 'justified',
    firstLineIndentTwips: 567,
    spaceAfterPt: 6,
    // [R] exactly 18–20 pt: 18 is the tighter end, used by the offices' own templates.
    lineSpacingPt: 18,
    kinds: {
      heading1: { bold: true, italic: false },
      heading2: { bold: true, italic: false },
      // [U] "bold or bold-italic": the corpus marks italics elsewhere but not on "2.1." lines.
      heading3: { bold: true, italic: false },
      heading4: { bold: false, italic: true },
      ordinal: { bold: false, italic: false },
      paragraph: { bold: false, italic: false },
      bullet: { bold: false, italic: false },
      subBullet: { bold: false, italic: false },
    },
    labelSeparator: ' ',
  },
  table: {
    // [U] the rule gives no size for tables; 13 pt fits wide follow-up tables and stays legible.
    style: style(13),
    headerBold: true,
    borderWidthEighthPt: 4,
    cellMarginTwips: 85,
    spaceAfterPt: 6,
  },
  signature: {
    spaceBeforePt: 6,
    authorityLine: style(14, { bold: true }),
    title: { sizePt: 14, italic: false, underline: false },
    blankLines: 4,
    signerName: style(14, { bold: true }),
  },
  recipients: {
    label: 'Nơi nhận:',
    // Upright and underlined at 14 pt; the state style (12 pt bold italic) is wrong here.
    labelStyle: style(14, { underline: true }),
    itemStyle: style(12),
  },
};

export const defaultFormatRules: FormatRules = HD36_2018;

export const formatRuleSets: Readonly<Record<string, FormatRules>> = { [HD36_2018.id]: HD36_2018 };

/** The rule set with that id, or the default when the id is unknown (e.g. from a newer app). */
export function getFormatRules(id: string | null | undefined): FormatRules {
  return (id ? formatRuleSets[id] : undefined) ?? defaultFormatRules;
}

/** A copy of a rule set with some settings changed (the office's preferences). */
export function withFormatSettings(rules: FormatRules, settings: Partial<FormatSettings>): FormatRules {
  return { ...rules, settings: { ...rules.settings, ...settings } };
}

export function signatureTitleStyle(rules: FormatRules): TextStyle {
  return { ...rules.signature.title, bold: rules.settings.signatureTitleBold };
}

export interface PageGeometry {
  widthTwips: number;
  heightTwips: number;
  /** Width between the left and right margins. */
  textWidthTwips: number;
}

export function pageGeometry(rules: FormatRules, orientation: 'portrait' | 'landscape'): PageGeometry {
  const portrait = orientation === 'portrait';
  const widthTwips = portrait ? rules.page.widthTwips : rules.page.heightTwips;
  const heightTwips = portrait ? rules.page.heightTwips : rules.page.widthTwips;
  const { leftTwips, rightTwips } = rules.page.margins;
  return { widthTwips, heightTwips, textWidthTwips: widthTwips - leftTwips - rightTwips };
}

/** Widths of the two columns of the signature and recipients table. */
export function layoutColumnWidths(rules: FormatRules, textWidthTwips: number): [number, number] {
  const left = Math.round(textWidthTwips * rules.layoutTable.leftColumnFraction);
  return [left, textWidthTwips - left];
}

/**
 * Slack for the reader's own line breaking (kerning, rounding, a glyph wider than the table
 * below): a line measured to fit exactly may not. LibreOffice's lines came within 0.5 pt of
 * the estimates; 8 pt leaves a wide margin and still lets "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"
 * stay on one line beside a place-date line.
 */
const FIT_SLACK_TWIPS = 160;

/** The printed lines of each side of the header block, as the renderer will write them. */
export interface HeaderLines {
  left: Array<{ text: string; style: TextStyle }>;
  right: Array<{ text: string; style: TextStyle }>;
}

/**
 * Widths of the header's two columns. The split starts at leftColumnFraction and moves, within
 * the min/max fractions, just enough for every line to stay on one line: first the right side
 * ("ĐẢNG CỘNG SẢN VIỆT NAM" and the place-date line must never wrap), then the left. A name too
 * long for any split wraps inside its column, which the table absorbs.
 */
export function headerColumnWidths(rules: FormatRules, textWidthTwips: number, lines: HeaderLines): [number, number] {
  const lt = rules.layoutTable;
  const padding = 2 * lt.cellMarginTwips + FIT_SLACK_TWIPS;
  const need = (side: HeaderLines['left']): number =>
    side.reduce((max, line) => Math.max(max, estimateTextWidthTwips(line.text, line.style)), 0) + padding;
  const min = Math.round(textWidthTwips * lt.headerLeftColumnMinFraction);
  const max = Math.round(textWidthTwips * lt.headerLeftColumnMaxFraction);
  let left = Math.round(textWidthTwips * lt.leftColumnFraction);
  const rightLimit = textWidthTwips - need(lines.right);
  const leftNeed = need(lines.left);
  if (leftNeed > left) left = Math.min(leftNeed, rightLimit);
  left = Math.min(Math.max(left, min), max);
  // The right side wins over the preferred limits: "ĐẢNG CỘNG SẢN VIỆT NAM" never wraps.
  left = Math.max(0, Math.min(left, rightLimit));
  return [left, textWidthTwips - left];
}

/*
 * The organisational part of a committee name ("ĐẢNG ỦY XÃ", "ĐẢNG BỘ TỈNH", "ĐẢNG BỘ KHỐI …
 * THÀNH PHỐ"): a name too long for its column breaks after it, so the place's own name stays
 * whole ("ĐẢNG ỦY XÃ" / "NGUYỄN LƯƠNG BẰNG"), as offices set it by hand.
 */
const NAME_SLACK_TWIPS = 60;
const NAME_PREFIX = /^(ĐẢNG\s+(?:BỘ|ỦY|UỶ)(?:\s+KHỐI)?\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU))\s+(\S.*)$/u;

/**
 * The lines a committee name prints on in a header column of that width: one when it fits;
 * else two, broken after the organisational prefix when both parts fit, or else where the two
 * lines come out most even (never next to a dash). A name that needs three lines is left
 * whole for the reader to wrap.
 */
export function headerNameLines(rules: FormatRules, text: string, textStyle: TextStyle, columnWidthTwips: number): string[] {
  // Less slack than for the right side: a misjudged name only wraps once more inside its column.
  const room = columnWidthTwips - 2 * rules.layoutTable.cellMarginTwips - NAME_SLACK_TWIPS;
  const width = (t: string) => estimateTextWidthTwips(t, textStyle);
  const name = text.trim();
  if (width(name) <= room) return [name];
  const prefixed = NAME_PREFIX.exec(name);
  if (prefixed && width(prefixed[1] ?? '') <= room && width(prefixed[2] ?? '') <= room) return [prefixed[1] ?? '', prefixed[2] ?? ''];
  const words = name.split(/\s+/u);
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    if (/[–—-]$/u.test(first) || /^[–—-]/u.test(second)) continue;
    const widest = Math.max(width(first), width(second));
    if (widest <= room && widest < bestWidth) {
      best = [first, second];
      bestWidth = widest;
    }
  }
  return best ?? [name];
}

/*
 * Advance widths of Times New Roman (per 1000 em) for the characters of the header lines.
 * They size the line under "ĐẢNG CỘNG SẢN VIỆT NAM" to the text, which neither Word nor
 * LibreOffice can do by themselves for a paragraph border, and they choose the header split. Liberation Serif, which shows the
 * documents where Times New Roman is absent, has the same metrics.
 */
const REGULAR_WIDTHS: Readonly<Record<string, number>> = {
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  ' ': 250, '*': 500, '-': 333, '/': 278, '.': 250, ',': 250, ':': 278, '(': 333, ')': 333,
  'Đ': 722, 'đ': 500, 'Ơ': 722, 'Ư': 776, 'ơ': 529, 'ư': 542,
};
const BOLD_WIDTHS: Readonly<Record<string, number>> = {
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  ' ': 250, '*': 500, '-': 333, '/': 278, '.': 250, ',': 250, ':': 333, '(': 333, ')': 333,
  'Đ': 722, 'đ': 556, 'Ơ': 778, 'Ư': 796, 'ơ': 554, 'ư': 600,
};
const ITALIC_WIDTHS: Readonly<Record<string, number>> = {
  A: 611, B: 611, C: 667, D: 722, E: 611, F: 611, G: 722, H: 722, I: 333, J: 444, K: 667, L: 556, M: 833,
  N: 667, O: 722, P: 611, Q: 722, R: 611, S: 500, T: 556, U: 722, V: 611, W: 833, X: 611, Y: 556, Z: 556,
  a: 500, b: 500, c: 444, d: 500, e: 444, f: 278, g: 500, h: 500, i: 278, j: 278, k: 444, l: 278, m: 722,
  n: 500, o: 500, p: 500, q: 500, r: 389, s: 389, t: 278, u: 500, v: 444, w: 667, x: 444, y: 444, z: 389,
  ' ': 250, '*': 500, '-': 333, '/': 278, '.': 250, ',': 250, ':': 333, '(': 333, ')': 333,
  'Đ': 722, 'đ': 500, 'Ơ': 722, 'Ư': 754, 'ơ': 534, 'ư': 545,
};
const DIGIT_WIDTH = 500;
const FALLBACK_WIDTH = 722;
const HORN = '\u031B';

/** Estimated printed width of one line of text in twips. */
export function estimateTextWidthTwips(text: string, textStyle: Pick<TextStyle, 'sizePt' | 'bold' | 'italic'>): number {
  // Bold italic is close enough to bold for sizing a line; the header uses no bold italic.
  const table = textStyle.bold ? BOLD_WIDTHS : textStyle.italic ? ITALIC_WIDTHS : REGULAR_WIDTHS;
  const widthOf = (ch: string): number => table[ch] ?? (/\d/.test(ch) ? DIGIT_WIDTH : FALLBACK_WIDTH);
  let units = 0;
  let base = '';
  // Tone marks do not change the advance of a Vietnamese letter; the horn (ơ, ư) does.
  for (const ch of text.normalize('NFD')) {
    if (ch === HORN && base) {
      units += widthOf(`${base}${HORN}`.normalize('NFC')) - widthOf(base);
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
    base = ch;
    units += widthOf(ch);
  }
  return Math.round((units / 1000) * textStyle.sizePt * TWIPS_PER_POINT);
}
