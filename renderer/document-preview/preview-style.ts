/**
 * Format rules → CSS for the on-screen page. Every size, emphasis and distance comes from
 * shared/document/format-rules (the module the DOCX writer reads), converted here unit by unit,
 * so the preview cannot drift from the printed file by keeping values of its own.
 */
import type { CSSProperties } from 'react';
import type { FormatRules, TextStyle } from '../../shared/document/format-rules';
import { TWIPS_PER_POINT } from '../../shared/document/format-rules';

/** A length in twips as CSS points (1 pt = 20 twips). */
export function twipsToCss(twips: number): string {
  return `${+(twips / TWIPS_PER_POINT).toFixed(2)}pt`;
}

export function ptCss(pt: number): string {
  return `${pt}pt`;
}

/**
 * The document font first; Liberation Serif and Tinos share Times New Roman's metrics, so a
 * machine without Times still breaks lines where Word will.
 */
export function fontFamilyCss(rules: FormatRules): string {
  return `"${rules.font.family}", "Liberation Serif", Tinos, serif`;
}

export interface Emphasis {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}

export function textCss(style: TextStyle, emphasis: Emphasis = {}): CSSProperties {
  const bold = emphasis.bold ?? style.bold;
  const italic = emphasis.italic ?? style.italic;
  const underline = emphasis.underline ?? style.underline;
  return {
    fontSize: ptCss(style.sizePt),
    fontWeight: bold ? 700 : 400,
    fontStyle: italic ? 'italic' : 'normal',
    textDecoration: underline ? 'underline' : 'none',
  };
}

/** Single line spacing of a one-line paragraph (Word's "single" for Times is about 1.15). */
export const SINGLE_LINE = 1.15;

/** Upper case as Vietnamese prints it; the user's spelling (ỦY / UỶ) survives. */
export function capitals(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** A line of the page: centred, single-spaced, keeping the blanks a draft leaves to fill by hand. */
export function lineCss(style: TextStyle, align: CSSProperties['textAlign'] = 'center'): CSSProperties {
  return { ...textCss(style), textAlign: align, lineHeight: SINGLE_LINE, margin: 0, whiteSpace: 'pre-wrap' };
}
