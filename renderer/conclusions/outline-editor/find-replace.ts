/**
 * Find and replace in the conclusion body (Ctrl+H, as in Word): a ProseMirror plugin keeps the
 * query, its matches in the current document and which one is current; commands move between
 * matches and replace one or all. Plain state and commands, so the unit tests run them in Node.
 *
 * Matches never cross blocks (a paragraph break is not text, as in Word without ^p), and a
 * replacement takes the emphasis of the text it replaces. "Thay tất cả" is one transaction:
 * one Ctrl+Z brings everything back.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findInText, type FindOptions, type TextMatch } from './find-text';
import type { OutlineCommand } from './outline-commands';

export interface FindState {
  query: string;
  options: FindOptions;
  /** Document positions, in order. */
  matches: TextMatch[];
  /** Index into matches; -1 when there is none. */
  current: number;
}

type FindMeta = { type: 'search'; query: string; options: FindOptions } | { type: 'select'; index: number } | { type: 'after'; pos: number };

export const findReplaceKey = new PluginKey<FindState>('vpdu-find-replace');

export const defaultFindOptions: FindOptions = { matchCase: false, matchDiacritics: false };

const empty: FindState = { query: '', options: defaultFindOptions, matches: [], current: -1 };

/** Every match in the document; inline leaves count as one position, as in ProseMirror. */
export function findInDoc(doc: PmNode, query: string, options: FindOptions): TextMatch[] {
  if (query === '') return [];
  const matches: TextMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : '\ufffc';
    });
    for (const m of findInText(text, query, options)) matches.push({ from: pos + 1 + m.from, to: pos + 1 + m.to });
    return false;
  });
  return matches;
}

function firstFrom(matches: TextMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const i = matches.findIndex((m) => m.from >= pos);
  return i === -1 ? 0 : i;
}

function nextState(tr: Transaction, old: FindState): FindState {
  const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
  if (meta?.type === 'search') {
    const matches = findInDoc(tr.doc, meta.query, meta.options);
    return { query: meta.query, options: meta.options, matches, current: firstFrom(matches, tr.selection.from) };
  }
  if (meta?.type === 'select') return { ...old, current: old.matches.length === 0 ? -1 : meta.index };
  if (!tr.docChanged && meta === undefined) return old;
  if (old.query === '') return old;
  const matches = findInDoc(tr.doc, old.query, old.options);
  const was = old.matches[old.current];
  const pos = meta?.type === 'after' ? meta.pos : was ? tr.mapping.map(was.from, -1) : tr.selection.from;
  return { ...old, matches, current: firstFrom(matches, pos) };
}

export function findReplacePlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findReplaceKey,
    state: {
      init: () => empty,
      apply: (tr, old) => nextState(tr, old),
    },
    props: {
      decorations: (state) => {
        const find = findReplaceKey.getState(state);
        if (!find || find.matches.length === 0) return DecorationSet.empty;
        return DecorationSet.create(
          state.doc,
          find.matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === find.current ? 'vpdu-find-match vpdu-find-current' : 'vpdu-find-match' })),
        );
      },
    },
  });
}

export function findStateOf(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? empty;
}

/** Looks for `query` from the cursor on; an empty query clears the highlights. */
export function setFindQuery(query: string, options: FindOptions): OutlineCommand {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findReplaceKey, { type: 'search', query, options } satisfies FindMeta));
    return true;
  };
}

/** The next (1) or previous (-1) match becomes current and selected, wrapping at the ends. */
export function findStep(direction: 1 | -1): OutlineCommand {
  return (state, dispatch) => {
    const find = findStateOf(state);
    const n = find.matches.length;
    if (n === 0) return false;
    const index = find.current === -1 ? 0 : (find.current + direction + n) % n;
    const m = find.matches[index]!;
    dispatch?.(
      state.tr
        .setMeta(findReplaceKey, { type: 'select', index } satisfies FindMeta)
        .setSelection(TextSelection.create(state.doc, m.from, m.to))
        .scrollIntoView(),
    );
    return true;
  };
}

function replaceRange(tr: Transaction, m: TextMatch, replacement: string): void {
  // insertText with "" would widen to whole nodes; a plain delete keeps the block.
  if (replacement === '') tr.delete(m.from, m.to);
  else tr.insertText(replacement, m.from, m.to);
}

/** Replaces the current match; the next one after it becomes current. */
export function replaceCurrent(replacement: string): OutlineCommand {
  return (state, dispatch) => {
    const find = findStateOf(state);
    const m = find.matches[find.current];
    if (!m) return false;
    const tr = state.tr;
    replaceRange(tr, m, replacement);
    const after = m.from + replacement.length;
    tr.setSelection(TextSelection.create(tr.doc, after)).setMeta(findReplaceKey, { type: 'after', pos: after } satisfies FindMeta);
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Replaces every match in one step; says how many. */
export function replaceAll(state: EditorState, replacement: string, dispatch?: (tr: Transaction) => void): number {
  const { matches } = findStateOf(state);
  if (matches.length === 0) return 0;
  const tr = state.tr;
  // From the end, so earlier positions stay valid.
  for (const m of [...matches].reverse()) replaceRange(tr, m, replacement);
  dispatch?.(tr);
  return matches.length;
}
