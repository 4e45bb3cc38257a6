/**
 * The centred title: document type, optional subtitle, the summary (trích yếu) and a short
 * rule under it. All lines keep with the next so the title never ends a page.
 */
import { AlignmentType, Paragraph } from 'docx';
import type { FormatRules, TextStyle } from '../../../shared/document/format-rules';
import type { TitleBlock } from '../../../shared/document/model';
import { runProperties, spacing, styledRun, toCapitals } from './fonts';

function lines(text: string | null): string[] {
  if (!text) return [];
  return text
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

function titleLine(text: string, style: TextStyle, rules: FormatRules, beforePt: number, afterPt: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: spacing(beforePt, afterPt),
    run: runProperties(style, rules),
    children: text ? [styledRun(text, style, rules)] : [],
  });
}

export function titleBlockParagraphs(title: TitleBlock, rules: FormatRules): Paragraph[] {
  const t = rules.title;
  const paragraphs: Paragraph[] = [
    titleLine(toCapitals(title.documentType), t.documentType, rules, rules.headerBlock.spaceAfterPt + t.spaceBeforePt, 0),
  ];
  for (const line of lines(title.subtitle)) paragraphs.push(titleLine(toCapitals(line), t.subtitle, rules, 0, 0));
  // The summary keeps the user's case: it starts lower-case ("về …") by rule.
  for (const line of lines(title.summary)) paragraphs.push(titleLine(line, t.summary, rules, 0, 0));
  paragraphs.push(titleLine(t.rule.text, t.rule.style, rules, 0, t.spaceAfterPt));
  return paragraphs;
}
