/**
 * The editor's one block node: an outline paragraph. It replaces Tiptap's paragraph so that
 * every paragraph carries its outline kind (`data-outline-kind`), its stable block id and, for
 * imported text, the label it was printed with. Labels are shown as decorations
 * (`data-label`, drawn by CSS `::before`) recomputed from the kinds on every change, so the
 * numbering follows the structure and can never be typed or go stale.
 */
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { mergeAttributes, Node } from '@tiptap/react';
import { documentLabels, kindAfterEnter, moveBlocks, stampBlockIds, blockKind } from './outline-commands';
import { isOutlineKind, OUTLINE_ATTRS } from './outline-doc';

const labelsKey = new PluginKey<DecorationSet>('outlineLabels');
const idsKey = new PluginKey('outlineIds');

/** Block ids look like the core's (any unique string is valid); randomUUID where available. */
export function newBlockId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function labelDecorations(doc: Parameters<typeof documentLabels>[0]): DecorationSet {
  const labels = documentLabels(doc);
  const decorations: Decoration[] = [];
  let pos = 0;
  doc.forEach((node, _offset, index) => {
    const label = labels[index] ?? '';
    if (label) decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-label': label }));
    pos += node.nodeSize;
  });
  return DecorationSet.create(doc, decorations);
}

export const OutlineParagraph = Node.create({
  name: 'paragraph',
  // Above the starter kit's defaults, so Enter and Alt+↑/↓ reach this node first.
  priority: 1000,
  group: 'block',
  content: 'inline*',

  addAttributes() {
    return {
      [OUTLINE_ATTRS.kind]: {
        default: 'paragraph',
        // A split keeps the kind: the second half of a bullet is still a bullet.
        keepOnSplit: true,
        // null when absent, so the kind a parse rule gives (a pasted <h2>) is not overwritten.
        parseHTML: (element: HTMLElement) => {
          const kind = element.getAttribute('data-outline-kind');
          return isOutlineKind(kind) ? kind : null;
        },
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-outline-kind': attributes[OUTLINE_ATTRS.kind] }),
      },
      [OUTLINE_ATTRS.id]: {
        default: null,
        // A new block is a new block: the id-stamping plugin gives it its own id.
        keepOnSplit: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-block-id'),
        renderHTML: (attributes: Record<string, unknown>) => {
          const id = attributes[OUTLINE_ATTRS.id];
          return typeof id === 'string' ? { 'data-block-id': id } : {};
        },
      },
      [OUTLINE_ATTRS.printedLabel]: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-printed-label'),
        renderHTML: (attributes: Record<string, unknown>) => {
          const label = attributes[OUTLINE_ATTRS.printedLabel];
          return typeof label === 'string' && label ? { 'data-printed-label': label } : {};
        },
      },
    };
  },

  parseHTML() {
    // Headings pasted from Word or a web page keep their level as an outline kind.
    return [
      { tag: 'p' },
      { tag: 'h1', attrs: { [OUTLINE_ATTRS.kind]: 'heading1' } },
      { tag: 'h2', attrs: { [OUTLINE_ATTRS.kind]: 'heading2' } },
      { tag: 'h3', attrs: { [OUTLINE_ATTRS.kind]: 'heading3' } },
      { tag: 'h4', attrs: { [OUTLINE_ATTRS.kind]: 'heading4' } },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes), 0];
  },

  addKeyboardShortcuts() {
    return {
      'Alt-ArrowUp': () => moveBlocks(-1)(this.editor.state, (tr) => this.editor.view.dispatch(tr)),
      'Alt-ArrowDown': () => moveBlocks(1)(this.editor.state, (tr) => this.editor.view.dispatch(tr)),
      Enter: () => {
        const { selection } = this.editor.state;
        const { $from, empty } = selection;
        if (!empty || $from.depth !== 1 || $from.parentOffset !== $from.parent.content.size) return false;
        const kind = blockKind($from.parent);
        const next = kindAfterEnter(kind);
        if (next === kind) return false;
        // At the end of a heading the new block is body text, not another heading.
        return this.editor
          .chain()
          .splitBlock()
          .updateAttributes(this.name, { [OUTLINE_ATTRS.kind]: next })
          .run();
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: labelsKey,
        state: {
          init: (_config, state) => labelDecorations(state.doc),
          apply: (tr, old) => (tr.docChanged ? labelDecorations(tr.doc) : old),
        },
        props: {
          decorations: (state) => labelsKey.getState(state),
        },
      }),
      new Plugin({
        key: idsKey,
        appendTransaction: (transactions, _oldState, newState) =>
          transactions.some((tr) => tr.docChanged) ? stampBlockIds(newState, newBlockId) : null,
      }),
    ];
  },
});
