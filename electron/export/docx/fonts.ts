/**
 * Runs and paragraph basics shared by every document part. Every run names the font in all
 * four slots (ascii, hAnsi, eastAsia, cs): Word picks the slot by character class, and a
 * missing slot lets Vietnamese letters with stacked marks fall back to another font.
 */
import { AlignmentType, Paragraph, TextRun, UnderlineType, type IParagraphOptions } from 'docx';
import type { FormatRules, ParagraphAlignment, TextStyle } from '../../../shared/document/format-rules';
import { ptToHalfPoints, ptToTwips } from '../../../shared/document/format-rules';

export interface FontSlots {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}

export function fontSlots(rules: FormatRules): FontSlots {
  const family = rules.font.family;
  return { ascii: family, hAnsi: family, eastAsia: family, cs: family };
}

/** Emphasis that a run may set on top of its paragraph's style. */
export interface RunEmphasis {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}

/** Run properties of a style, for runs and for paragraph marks (blank lines keep the size). */
export function runProperties(style: TextStyle, rules: FormatRules, emphasis: RunEmphasis = {}) {
  const bold = emphasis.bold ?? style.bold;
  const italic = emphasis.italic ?? style.italic;
  const underline = emphasis.underline ?? style.underline;
  return {
    font: fontSlots(rules),
    size: ptToHalfPoints(style.sizePt),
    color: rules.font.color,
    bold,
    italics: italic,
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

/** A run in the document font; text is stored NFC so search and spell-check see one form. */
export function styledRun(text: string, style: TextStyle, rules: FormatRules, emphasis: RunEmphasis = {}): TextRun {
  return new TextRun({ text: text.normalize('NFC'), ...runProperties(style, rules, emphasis) });
}

export function alignmentOf(alignment: ParagraphAlignment) {
  switch (alignment) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justified':
      return AlignmentType.JUSTIFIED;
  }
}

/** Upper case as Vietnamese prints it; the user's spelling (ỦY / UỶ) survives. */
export function toCapitals(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** One line of text in a style: a single-spaced paragraph with no indents unless given. */
export function lineParagraph(
  text: string,
  style: TextStyle,
  rules: FormatRules,
  options: Omit<IParagraphOptions, 'children' | 'text' | 'run'> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...options,
    run: runProperties(style, rules),
    children: text ? [styledRun(text, style, rules)] : [],
  });
}

export function spacing(beforePt: number, afterPt: number) {
  return { before: ptToTwips(beforePt), after: ptToTwips(afterPt) };
}
