/**
 * Body paragraphs → outline blocks (for the app to save) and the tree of numbered sections
 * (for review and for the CLI). Nesting follows the style of each label, never its value:
 * "I." then "2." puts "2." under "I.", as printed, and a warning points at the oddity.
 */
import type { OutlineBlock, OutlineBlockKind } from '../../shared/document/outline';
import type { BodyParagraph } from './body-paragraphs';
import { squashSpaces } from './fold-index';
import { dropPrefix, trimRunsStart } from './marked-text';
import { isSectionStyle, matchLabel, styleRank, type LabelContext, type LabelMatch } from './outline-labels';

export interface ParsedSection {
  number: string | null;
  heading: string;
  children: ParsedSection[];
}

export interface OutlineResult {
  blocks: OutlineBlock[];
  sections: ParsedSection[];
  warnings: string[];
}

function blockKind(match: LabelMatch | null): OutlineBlockKind {
  if (!match) return 'paragraph';
  switch (match.style) {
    case 'upperLetter':
    case 'roman':
      return 'heading1';
    case 'arabic':
      return 'heading2';
    case 'decimal':
      return match.depth <= 2 ? 'heading3' : 'heading4';
    case 'letter':
      return 'heading4';
    case 'ordinal':
    case 'parenthesized':
      return 'ordinal';
    case 'bullet':
      return 'bullet';
    case 'subBullet':
      return 'subBullet';
  }
}

interface OpenSection {
  section: ParsedSection;
  rank: number;
  /** Last child value per style key, to spot skipped numbers among siblings. */
  lastChild: Map<string, { value: number; label: string }>;
}

function styleKey(match: LabelMatch): string {
  return match.style === 'decimal' ? `decimal${match.depth}` : match.style;
}

export function buildOutline(paragraphs: readonly BodyParagraph[]): OutlineResult {
  const blocks: OutlineBlock[] = [];
  const sections: ParsedSection[] = [];
  const warnings: string[] = [];
  const root: OpenSection = {
    section: { number: null, heading: '', children: sections },
    rank: -1,
    lastChild: new Map(),
  };
  const stack: OpenSection[] = [root];
  const context: LabelContext = { lastUpperLetter: null };

  for (let i = 0; i < paragraphs.length; i += 1) {
    const para = paragraphs[i];
    if (!para) continue;
    const match = matchLabel(para.text, context);
    if (match?.style === 'upperLetter') context.lastUpperLetter = match.value;
    // Paragraph runs are already tidy (source-lines.ts); only a cut-off label leaves a gap.
    let runs = match ? trimRunsStart(dropPrefix(para.runs, match.consumed)) : para.runs.map((r) => ({ ...r }));
    let text = match ? para.text.slice(match.consumed) : para.text;

    // A label printed alone on its line ("I." / "KẾT QUẢ …" in the next paragraph).
    const next = paragraphs[i + 1];
    if (match && text.trim() === '' && next && matchLabel(next.text, context) === null) {
      runs = next.runs.map((r) => ({ ...r }));
      text = next.text;
      i += 1;
    }

    const block: OutlineBlock = { id: `b${blocks.length + 1}`, kind: blockKind(match), runs };
    if (match) block.label = match.label;
    blocks.push(block);

    if (!match || !isSectionStyle(match.style)) continue;
    const rank = styleRank(match);
    while (stack.length > 1 && (stack[stack.length - 1]?.rank ?? -1) >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? root;
    const section: ParsedSection = { number: match.label, heading: squashSpaces(text), children: [] };
    parent.section.children.push(section);
    checkSequence(parent, match, warnings);
    stack.push({ section, rank, lastChild: new Map() });
  }
  return { blocks, sections, warnings };
}

function checkSequence(parent: OpenSection, match: LabelMatch, warnings: string[]): void {
  if (match.value === null) return;
  const key = styleKey(match);
  const previous = parent.lastChild.get(key);
  const step = previous ? match.value - previous.value : null;
  const ok = previous ? step !== null && step > 0 && step <= 1 : match.value <= 1;
  if (!ok) {
    if (previous) {
      warnings.push(`Số mục không liên tục: sau “${previous.label}” là “${match.label}”; đã giữ nguyên số như bản in.`);
    } else {
      const where = parent.section.number ? `trong mục “${parent.section.number}”` : 'ở cấp này';
      warnings.push(
        `Số mục không liên tục: “${match.label}” là mục đầu tiên ${where} nhưng không bắt đầu từ 1; đã giữ nguyên số như bản in.`,
      );
    }
  }
  parent.lastChild.set(key, { value: match.value, label: match.label });
}
