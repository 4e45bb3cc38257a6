/**
 * The conclusion body as the editor holds it ↔ the OutlineBlock[] the contract stores.
 *
 * The editor document is a flat list of paragraphs (no lists, no headings): each paragraph is
 * one OutlineBlock and carries its kind, its stable id and, for imported blocks, the label it
 * was printed with. Labels are never stored in the text; they are computed for display.
 *
 * Pure and DOM-free on purpose: the same functions run in the unit tests under Node. They work
 * on the JSON shape Tiptap's `getJSON()` / `setContent()` use, declared here structurally so
 * this file needs no editor import at all.
 */
import { outlineBlockKinds, type OutlineBlock, type OutlineBlockKind, type TextRun } from '../../../shared/document/outline';

export interface JsonMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of the editor document in JSON form (a subset of Tiptap's JSONContent). */
export interface JsonNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: JsonMark[];
  text?: string;
}

/** Attribute names of the outline paragraph node (see outline-extension.ts). */
export const OUTLINE_ATTRS = {
  kind: 'outlineKind',
  id: 'blockId',
  printedLabel: 'printedLabel',
} as const;

const EMPHASIS_MARKS = ['bold', 'italic', 'underline'] as const;
type Emphasis = (typeof EMPHASIS_MARKS)[number];

export function isOutlineKind(value: unknown): value is OutlineBlockKind {
  return typeof value === 'string' && (outlineBlockKinds as readonly string[]).includes(value);
}

function runKey(run: TextRun): string {
  return `${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.underline ? 'u' : ''}`;
}

/**
 * One canonical form of a run list: empty runs dropped, neighbours with the same emphasis
 * merged, and only the flags that are set written out. Two outlines that print the same
 * compare equal after this, whatever produced them (editor, template, import).
 */
export function normalizeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const clean: TextRun = { text: run.text };
    if (run.bold) clean.bold = true;
    if (run.italic) clean.italic = true;
    if (run.underline) clean.underline = true;
    const last = out[out.length - 1];
    if (last && runKey(last) === runKey(clean)) last.text += clean.text;
    else out.push(clean);
  }
  return out;
}

export function runsToInline(runs: readonly TextRun[]): JsonNode[] {
  return normalizeRuns(runs).map((run) => {
    const marks = EMPHASIS_MARKS.filter((m) => run[m]).map((type) => ({ type }));
    return marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
  });
}

/** Inline content → runs. Marks other than bold/italic/underline (e.g. pasted links) are dropped. */
export function inlineToRuns(content: readonly JsonNode[] | undefined): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of content ?? []) {
    if (node.type === 'text' && typeof node.text === 'string') {
      const run: TextRun = { text: node.text };
      for (const mark of node.marks ?? []) {
        if ((EMPHASIS_MARKS as readonly string[]).includes(mark.type)) run[mark.type as Emphasis] = true;
      }
      runs.push(run);
    } else if (node.type === 'hardBreak') {
      // One block is one printed paragraph: a line break inside it prints as a space.
      runs.push({ text: ' ' });
    } else if (node.content) {
      runs.push(...inlineToRuns(node.content));
    }
  }
  return normalizeRuns(runs);
}

export function blockToParagraph(block: OutlineBlock): JsonNode {
  const content = runsToInline(block.runs);
  return {
    type: 'paragraph',
    attrs: {
      [OUTLINE_ATTRS.kind]: block.kind,
      [OUTLINE_ATTRS.id]: block.id,
      [OUTLINE_ATTRS.printedLabel]: block.label ?? null,
    },
    ...(content.length > 0 ? { content } : {}),
  };
}

/**
 * Outline → editor document. An empty outline still needs one paragraph to type into; it has
 * no id yet, so `docToOutline` reads it back as the empty outline it came from.
 */
export function outlineToDoc(blocks: readonly OutlineBlock[]): JsonNode {
  const content = blocks.map(blockToParagraph);
  if (content.length === 0) {
    content.push({ type: 'paragraph', attrs: { [OUTLINE_ATTRS.kind]: 'paragraph', [OUTLINE_ATTRS.id]: null, [OUTLINE_ATTRS.printedLabel]: null } });
  }
  return { type: 'doc', content };
}

function stringAttr(attrs: Record<string, unknown> | undefined, name: string): string | null {
  const value = attrs?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * Editor document → outline. Ids are kept as they are; a paragraph without one (just typed, not
 * yet stamped by the editor) or with an id seen earlier (a split or a paste copies attributes)
 * gets a fresh id from `newId`, so every block id is unique and an existing block never loses
 * its id to a copy of itself.
 */
export function docToOutline(doc: JsonNode, newId: () => string): OutlineBlock[] {
  const nodes = doc.content ?? [];
  const only = nodes[0];
  if (nodes.length === 1 && only && !stringAttr(only.attrs, OUTLINE_ATTRS.id) && inlineToRuns(only.content).length === 0) {
    const kind = only.attrs?.[OUTLINE_ATTRS.kind];
    if (kind === undefined || kind === null || kind === 'paragraph') return [];
  }
  const seen = new Set<string>();
  return nodes.map((node) => {
    const kindAttr = node.attrs?.[OUTLINE_ATTRS.kind];
    const kind: OutlineBlockKind = isOutlineKind(kindAttr) ? kindAttr : 'paragraph';
    let id = stringAttr(node.attrs, OUTLINE_ATTRS.id);
    if (!id || seen.has(id)) id = newId();
    seen.add(id);
    const label = stringAttr(node.attrs, OUTLINE_ATTRS.printedLabel);
    const block: OutlineBlock = { id, kind, runs: inlineToRuns(node.content) };
    if (label !== null) block.label = label;
    return block;
  });
}

/** Same blocks in the same order, printing the same: used to skip saves that change nothing. */
export function sameOutline(a: readonly OutlineBlock[], b: readonly OutlineBlock[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((block, i) => {
    const other = b[i];
    if (!other || other.id !== block.id || other.kind !== block.kind || (other.label ?? null) !== (block.label ?? null)) return false;
    const ra = normalizeRuns(block.runs);
    const rb = normalizeRuns(other.runs);
    return (
      ra.length === rb.length &&
      ra.every((run, j) => {
        const twin = rb[j];
        return twin !== undefined && twin.text === run.text && runKey(twin) === runKey(run);
      })
    );
  });
}
