/**
 * Editing commands on the outline document, written as plain ProseMirror commands over the
 * top-level paragraphs. No view and no DOM: the unit tests run them on an EditorState in Node.
 *
 * Every top-level node is one outline block, so "the current block" is the top-level child the
 * selection sits in, and a multi-paragraph selection acts on every block it touches.
 */
import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { computeLabels, type OutlineBlockKind } from '../../../shared/document/outline';
import { isOutlineKind, OUTLINE_ATTRS } from './outline-doc';

export type Dispatch = (tr: Transaction) => void;
export type OutlineCommand = (state: EditorState, dispatch?: Dispatch) => boolean;

/** Index range [first, last] of the top-level blocks the selection touches. */
export function selectedBlockRange(state: EditorState): { first: number; last: number } {
  const { $from, $to, empty } = state.selection;
  const count = state.doc.childCount;
  const first = Math.min($from.index(0), count - 1);
  let last = $to.index(0);
  // A selection ending between blocks (node or whole-document selection) or right at the
  // start of a block does not take the block after it along.
  if ($to.depth === 0) last -= 1;
  else if (!empty && $to.parentOffset === 0) last -= 1;
  return { first, last: Math.max(first, Math.min(last, count - 1)) };
}

/** Position where the top-level child `index` starts. */
export function blockStart(doc: PmNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += doc.child(i).nodeSize;
  return pos;
}

export function blockKind(node: PmNode): OutlineBlockKind {
  const kind: unknown = node.attrs[OUTLINE_ATTRS.kind];
  return isOutlineKind(kind) ? kind : 'paragraph';
}

/** The kind of the block holding the selection's start. */
export function currentBlockKind(state: EditorState): OutlineBlockKind {
  const { first } = selectedBlockRange(state);
  return state.doc.childCount > 0 ? blockKind(state.doc.child(first)) : 'paragraph';
}

/**
 * Sets the kind of every selected block. A label kept from an imported document is dropped:
 * once the person restructures the block, its number is computed like any other.
 */
export function setBlockKind(kind: OutlineBlockKind): OutlineCommand {
  return (state, dispatch) => {
    if (state.doc.childCount === 0) return false;
    const { first, last } = selectedBlockRange(state);
    const tr = state.tr;
    let pos = blockStart(state.doc, first);
    for (let i = first; i <= last; i += 1) {
      const node = state.doc.child(i);
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, [OUTLINE_ATTRS.kind]: kind, [OUTLINE_ATTRS.printedLabel]: null });
      pos += node.nodeSize;
    }
    if (!tr.docChanged) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/**
 * Moves the selected blocks one place up (-1) or down (+1), past their neighbour. The
 * selection travels with the text, so repeated Alt+↑ keeps moving the same block.
 */
export function moveBlocks(direction: -1 | 1): OutlineCommand {
  return (state, dispatch) => {
    const { doc, selection } = state;
    const { first, last } = selectedBlockRange(state);
    const neighbour = direction < 0 ? first - 1 : last + 1;
    if (neighbour < 0 || neighbour >= doc.childCount) return false;
    if (!dispatch) return true;

    const moved: PmNode[] = [];
    for (let i = first; i <= last; i += 1) moved.push(doc.child(i));
    const other = doc.child(neighbour);
    const rangeStart = blockStart(doc, Math.min(first, neighbour));
    const rangeEnd = blockStart(doc, Math.max(last, neighbour) + 1);
    const nodes = direction < 0 ? [...moved, other] : [other, ...moved];
    const tr = state.tr.replaceWith(rangeStart, rangeEnd, Fragment.fromArray(nodes));
    // Moving up, the blocks start where the neighbour was; moving down, they start after it.
    const shift = direction < 0 ? -other.nodeSize : other.nodeSize;
    const from = Math.max(0, Math.min(selection.from + shift, tr.doc.content.size));
    const to = Math.max(0, Math.min(selection.to + shift, tr.doc.content.size));
    tr.setSelection(TextSelection.create(tr.doc, from, to));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** The label of every top-level block, computed from the kinds in document order. */
export function documentLabels(doc: PmNode): string[] {
  const blocks: Array<{ kind: OutlineBlockKind; label: string | null }> = [];
  doc.forEach((node) => {
    const printed: unknown = node.attrs[OUTLINE_ATTRS.printedLabel];
    blocks.push({ kind: blockKind(node), label: typeof printed === 'string' && printed ? printed : null });
  });
  return computeLabels(blocks);
}

/**
 * A transaction giving every block without an id, or with an id already used above it (split
 * and paste copy attributes), a fresh one; null when every id is already unique.
 */
export function stampBlockIds(state: EditorState, newId: () => string): Transaction | null {
  const seen = new Set<string>();
  let tr: Transaction | null = null;
  let pos = 0;
  state.doc.forEach((node) => {
    const id: unknown = node.attrs[OUTLINE_ATTRS.id];
    if (typeof id !== 'string' || !id || seen.has(id)) {
      const fresh = newId();
      tr ??= state.tr;
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, [OUTLINE_ATTRS.id]: fresh });
      seen.add(fresh);
    } else {
      seen.add(id);
    }
    pos += node.nodeSize;
  });
  return tr;
}

/**
 * The kind a new block takes when Enter is pressed at the end of one: under a heading comes
 * body text; a list of bullets or "Một là, Hai là" goes on in the same kind.
 */
export function kindAfterEnter(kind: OutlineBlockKind): OutlineBlockKind {
  switch (kind) {
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return 'paragraph';
    default:
      return kind;
  }
}
