/**
 * Which part of a heading block prints in the heading's emphasis. Real conclusions often put
 * a unit heading and its tasks in one numbered paragraph ("3.2. Ban Tuyên giáo và Dân vận:
 * Tham mưu …", nine lines): only the label and the lead-in up to the first colon are bold,
 * the task text after it is regular. A heading line on its own ("1. Ủy ban nhân dân xã") is
 * bold throughout. The DOCX writer and the preview both print the runs this module returns,
 * and the writer keeps only short heading lines with the next paragraph.
 *
 * Pure, no Node imports: the renderer bundles it.
 */
import type { FormatRules } from './format-rules';
import type { BodyItem } from './model';
import type { OutlineBlock, OutlineBlockKind } from './outline';
import { blockText } from './outline';

export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const HEADING_KINDS: ReadonlySet<OutlineBlockKind> = new Set(['heading1', 'heading2', 'heading3', 'heading4']);

/** A lead-in ends at a colon within this many characters ("2. Đối với Đoàn Thanh niên xã:"). */
const LEAD_IN_MAX_CHARS = 200;
/**
 * Above this length a heading block without a colon is a paragraph, not a heading line: about
 * three printed lines at 14 pt on A4 (≈ 75 characters a line).
 */
const HEADING_LINE_MAX_CHARS = 225;
/** About one printed line at 14 pt: a heading this long that ends like a sentence is one. */
const ONE_LINE_CHARS = 90;
/** Short enough to keep with the next paragraph without leaving a gap: two printed lines. */
const SHORT_HEADING_MAX_CHARS = 150;

export function isHeadingKind(kind: OutlineBlockKind): boolean {
  return HEADING_KINDS.has(kind);
}

/**
 * Length (in characters of the block's text, label excluded) of the part printed in the
 * heading's emphasis: up to the lead-in's colon; the whole text for a heading line; the first
 * sentence of a long heading paragraph; 0 (the label alone) for a numbered sentence.
 */
export function headingPartLength(text: string): number {
  const trimmedEnd = text.trimEnd().length;
  const colon = text.indexOf(':');
  if (colon >= 0 && colon < LEAD_IN_MAX_CHARS && text.slice(colon + 1).trim() !== '') return colon + 1;
  // "1. Việc đổi mới … còn hạn chế; … của cấp trên." is a numbered sentence, not a heading.
  const sentenceLike = trimmedEnd > ONE_LINE_CHARS && /[.;!?…]$/u.test(text.trimEnd());
  if (!sentenceLike && trimmedEnd <= HEADING_LINE_MAX_CHARS) return text.length;
  // A long heading paragraph: its first sentence is the heading, if short and not the whole.
  const sentence = /[.!?](\s|$)/u.exec(text);
  if (sentence && sentence.index < LEAD_IN_MAX_CHARS && sentence.index + 1 < trimmedEnd) return sentence.index + 1;
  return 0;
}

/** A heading that is only a heading line and short: it keeps with the paragraph after it. */
export function isShortHeadingLine(block: Pick<OutlineBlock, 'kind' | 'runs'>): boolean {
  if (!isHeadingKind(block.kind)) return false;
  const text = blockText(block);
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length <= SHORT_HEADING_MAX_CHARS && headingPartLength(text) >= text.trimEnd().length;
}

/** At most this many paragraphs in a row are kept together: a longer chain leaves a gap. */
export const MAX_KEEP_CHAIN = 3;

/**
 * Which body items keep with the next one (the DOCX writer's keepNext; the paged preview breaks
 * pages by the same flags): short heading lines, three in a row at most, and the last item,
 * so a page break never leaves the signature alone on a page.
 */
export function keepWithNextFlags(items: readonly BodyItem[]): boolean[] {
  let chain = 0;
  return items.map((item, index) => {
    const last = index === items.length - 1;
    if (item.type === 'table') {
      chain = 0;
      return last;
    }
    const keep = isShortHeadingLine(item.block) && chain < MAX_KEEP_CHAIN;
    chain = keep ? chain + 1 : 0;
    return keep || last;
  });
}

/**
 * The runs of a block as printed: the label first (when there is one), then the block's runs
 * split where the heading part ends. A run's own emphasis (bold typed by the user, italics
 * kept from an imported document) wins over the kind's.
 */
export function styledBlockRuns(block: Pick<OutlineBlock, 'kind' | 'runs'>, label: string, rules: FormatRules): StyledRun[] {
  const b = rules.body;
  const emphasis = b.kinds[block.kind];
  const plain = { bold: false, italic: false };
  const text = blockText(block);
  const headingEnd = isHeadingKind(block.kind) ? headingPartLength(text) : text.length;
  const out: StyledRun[] = [];
  const labelText = label.trim();
  if (labelText) out.push({ text: `${labelText}${b.labelSeparator}`, bold: emphasis.bold, italic: emphasis.italic, underline: false });
  let offset = 0;
  for (const run of block.runs) {
    if (!run.text) continue;
    const start = offset;
    offset += run.text.length;
    const pieces: Array<[string, { bold: boolean; italic: boolean }]> =
      offset <= headingEnd
        ? [[run.text, emphasis]]
        : start >= headingEnd
          ? [[run.text, plain]]
          : [
              [run.text.slice(0, headingEnd - start), emphasis],
              [run.text.slice(headingEnd - start), plain],
            ];
    for (const [piece, base] of pieces) {
      if (!piece) continue;
      out.push({ text: piece, bold: run.bold ?? base.bold, italic: run.italic ?? base.italic, underline: run.underline ?? false });
    }
  }
  return out;
}
