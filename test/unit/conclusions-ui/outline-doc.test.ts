/**
 * The conclusion body editor's conversions and commands, run in Node: the editor document
 * (Tiptap JSON / ProseMirror) ↔ the OutlineBlock[] the contract stores.
 */
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { OutlineBlock } from '../../../shared/document/outline';
import { buildTemplateOutline } from '../../../shared/conclusions/templates';
import {
  currentBlockKind,
  documentLabels,
  moveBlocks,
  selectedBlockRange,
  setBlockKind,
  stampBlockIds,
} from '../../../renderer/conclusions/outline-editor/outline-commands';
import {
  docToOutline,
  inlineToRuns,
  normalizeRuns,
  outlineToDoc,
  runsToInline,
  sameOutline,
  type JsonNode,
} from '../../../renderer/conclusions/outline-editor/outline-doc';

function idMaker(prefix = 'new') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** The schema the editor builds from its extensions, reduced to what the outline uses. */
const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      attrs: { outlineKind: { default: 'paragraph' }, blockId: { default: null }, printedLabel: { default: null } },
    },
    text: { group: 'inline' },
  },
  marks: { bold: {}, italic: {}, underline: {}, link: { attrs: { href: {} } } },
});

const kienMinh: OutlineBlock[] = [
  { id: 'h1', kind: 'heading1', runs: [{ text: 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026' }] },
  { id: 'p1', kind: 'paragraph', runs: [{ text: 'Trong tháng 4/2026, ' }, { text: 'Ban Thường vụ', bold: true }, { text: ' đã tập trung lãnh đạo.' }] },
  { id: 'h2', kind: 'heading1', runs: [{ text: 'Phương hướng, nhiệm vụ trọng tâm tháng 5 năm 2026' }] },
  { id: 'h2-1', kind: 'heading2', runs: [{ text: 'Lãnh đạo UBND xã' }] },
  { id: 'b1', kind: 'bullet', runs: [{ text: 'Tập trung lãnh đạo, chỉ đạo ' }, { text: 'toàn diện', italic: true, underline: true }, { text: '.' }] },
  { id: 'h2-3', kind: 'heading2', runs: [{ text: 'Các cơ quan tham mưu, giúp việc của Đảng ủy' }] },
  { id: 'h3-1', kind: 'heading3', runs: [{ text: 'Ban Xây dựng Đảng Đảng ủy' }] },
  { id: 'sb', kind: 'subBullet', runs: [] },
  { id: 'imp', kind: 'heading2', runs: [{ text: 'Mục in sẵn' }], label: '5.' },
];

function stateOf(blocks: OutlineBlock[], cursorInBlock = 0, offset = 1): EditorState {
  const doc = schema.nodeFromJSON(outlineToDoc(blocks));
  let pos = 0;
  for (let i = 0; i < cursorInBlock; i += 1) pos += doc.child(i).nodeSize;
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos + offset) });
}

function apply(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  const done = command(state, (tr) => {
    next = state.apply(tr);
  });
  expect(done).toBe(true);
  return next;
}

function outlineOf(state: EditorState): OutlineBlock[] {
  return docToOutline(state.doc.toJSON() as JsonNode, idMaker('unexpected'));
}

describe('outline ↔ editor document', () => {
  it('round-trips a conclusion body: kinds, ids, emphasis and printed labels survive', () => {
    const doc = outlineToDoc(kienMinh);
    expect(doc.content).toHaveLength(kienMinh.length);
    expect(doc.content?.[0]?.attrs).toEqual({ outlineKind: 'heading1', blockId: 'h1', printedLabel: null });
    expect(docToOutline(doc, idMaker())).toEqual(kienMinh);
  });

  it('round-trips through a real ProseMirror document, as the editor holds it', () => {
    const pm = schema.nodeFromJSON(outlineToDoc(kienMinh));
    expect(pm.childCount).toBe(kienMinh.length);
    expect(docToOutline(pm.toJSON() as JsonNode, idMaker())).toEqual(kienMinh);
  });

  it('round-trips every template the core offers', () => {
    const blocks = buildTemplateOutline('monthly', '2026-05-07', idMaker('tpl'));
    expect(docToOutline(schema.nodeFromJSON(outlineToDoc(blocks)).toJSON() as JsonNode, idMaker())).toEqual(blocks);
  });

  it('writes marks for emphasis and reads them back as run flags', () => {
    const inline = runsToInline([{ text: 'đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng gạch', italic: true, underline: true }]);
    expect(inline).toEqual([
      { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' và ' },
      { type: 'text', text: 'nghiêng gạch', marks: [{ type: 'italic' }, { type: 'underline' }] },
    ]);
    expect(inlineToRuns(inline)).toEqual([{ text: 'đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng gạch', italic: true, underline: true }]);
  });

  it('normalizes runs: drops empty ones, merges neighbours, keeps only flags that are set', () => {
    expect(
      normalizeRuns([{ text: 'Một ', bold: false }, { text: '' }, { text: 'hai', italic: false, underline: false }, { text: ' ba', bold: true }]),
    ).toEqual([{ text: 'Một hai' }, { text: ' ba', bold: true }]);
  });

  it('drops marks the outline cannot print (a pasted link) but keeps the text', () => {
    const doc: JsonNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { outlineKind: 'bullet', blockId: 'x' },
          content: [{ type: 'text', text: 'Cổng thông tin', marks: [{ type: 'link', attrs: { href: 'https://example.vn' } }, { type: 'bold' }] }],
        },
      ],
    };
    expect(docToOutline(doc, idMaker())).toEqual([{ id: 'x', kind: 'bullet', runs: [{ text: 'Cổng thông tin', bold: true }] }]);
  });

  it('gives a fresh id to a block without one and to a copy of an id already used, keeping the first', () => {
    const doc: JsonNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { outlineKind: 'heading1', blockId: 'a' }, content: [{ type: 'text', text: 'Một' }] },
        { type: 'paragraph', attrs: { outlineKind: 'bullet', blockId: 'a' }, content: [{ type: 'text', text: 'Hai' }] },
        { type: 'paragraph', attrs: { outlineKind: 'bullet', blockId: null } },
      ],
    };
    expect(docToOutline(doc, idMaker()).map((b) => b.id)).toEqual(['a', 'new-1', 'new-2']);
  });

  it('reads an unknown or missing kind as a plain paragraph', () => {
    const doc: JsonNode = { type: 'doc', content: [{ type: 'paragraph', attrs: { outlineKind: 'heading9', blockId: 'z' } }, { type: 'paragraph' }] };
    expect(docToOutline(doc, idMaker()).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('an empty outline opens as one empty paragraph and reads back as empty', () => {
    const doc = outlineToDoc([]);
    expect(doc.content).toHaveLength(1);
    expect(docToOutline(doc, idMaker())).toEqual([]);
    // Once something is typed in it, it is a block.
    const typed: JsonNode = { type: 'doc', content: [{ ...doc.content![0]!, content: [{ type: 'text', text: 'Giao Văn phòng' }] }] };
    expect(docToOutline(typed, idMaker())).toEqual([{ id: 'new-1', kind: 'paragraph', runs: [{ text: 'Giao Văn phòng' }] }]);
  });

  it('compares outlines by what prints, so a save is skipped when nothing changed', () => {
    const copy = kienMinh.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, bold: r.bold ?? false })) }));
    expect(sameOutline(kienMinh, copy)).toBe(true);
    expect(sameOutline(kienMinh, kienMinh.map((b, i) => (i === 4 ? { ...b, kind: 'subBullet' as const } : b)))).toBe(false);
    expect(sameOutline(kienMinh, kienMinh.slice(1))).toBe(false);
  });
});

describe('outline editing commands', () => {
  it('labels blocks from their kinds and keeps an imported printed label', () => {
    expect(documentLabels(stateOf(kienMinh).doc)).toEqual(['I.', '', 'II.', '1.', '-', '2.', '2.1.', '+', '5.']);
  });

  it('changing a heading kind renumbers what follows and drops an imported label', () => {
    // "Các cơ quan tham mưu" (1. under II.) becomes a section of its own.
    let state = stateOf(kienMinh, 5);
    expect(currentBlockKind(state)).toBe('heading2');
    state = apply(state, setBlockKind('heading1'));
    expect(documentLabels(state.doc)).toEqual(['I.', '', 'II.', '1.', '-', 'III.', '1.1.', '+', '5.']);
    state = apply(stateOf(kienMinh, 8), setBlockKind('heading2'));
    expect(outlineOf(state)[8]).toEqual({ id: 'imp', kind: 'heading2', runs: [{ text: 'Mục in sẵn' }] });
    expect(documentLabels(state.doc)[8]).toBe('3.');
  });

  it('moves a block up and down with its id, text and the cursor', () => {
    let state = stateOf(kienMinh, 5, 3);
    state = apply(state, moveBlocks(-1));
    expect(outlineOf(state).map((b) => b.id)).toEqual(['h1', 'p1', 'h2', 'h2-1', 'h2-3', 'b1', 'h3-1', 'sb', 'imp']);
    // Numbering follows the new order: the bullet now sits under "2.".
    expect(documentLabels(state.doc).slice(3, 6)).toEqual(['1.', '2.', '-']);
    expect(state.selection.$from.parent.attrs.blockId).toBe('h2-3');
    state = apply(state, moveBlocks(1));
    expect(outlineOf(state)).toEqual(kienMinh);
  });

  it('moves a selection of several blocks together and refuses to move past the ends', () => {
    const base = stateOf(kienMinh);
    let pos = 0;
    const starts: number[] = [];
    base.doc.forEach((n) => {
      starts.push(pos);
      pos += n.nodeSize;
    });
    const selection = TextSelection.create(base.doc, starts[3]! + 2, starts[4]! + 2);
    let state = base.apply(base.tr.setSelection(selection));
    expect(selectedBlockRange(state)).toEqual({ first: 3, last: 4 });
    state = apply(state, moveBlocks(-1));
    expect(outlineOf(state).map((b) => b.id).slice(0, 5)).toEqual(['h1', 'p1', 'h2-1', 'b1', 'h2']);
    expect(moveBlocks(-1)(stateOf(kienMinh, 0))).toBe(false);
    expect(moveBlocks(1)(stateOf(kienMinh, kienMinh.length - 1))).toBe(false);
  });

  it('stamps unique ids on blocks a split or a paste left without one', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { outlineKind: 'heading1', blockId: 'a' } },
        { type: 'paragraph', attrs: { outlineKind: 'paragraph', blockId: 'a' } },
        { type: 'paragraph', attrs: { outlineKind: 'bullet', blockId: null } },
      ],
    });
    const state = EditorState.create({ doc });
    const tr = stampBlockIds(state, idMaker('id'));
    expect(tr).not.toBeNull();
    const ids: unknown[] = [];
    state.apply(tr!).doc.forEach((n) => ids.push(n.attrs.blockId));
    expect(ids).toEqual(['a', 'id-1', 'id-2']);
    expect(stampBlockIds(stateOf(kienMinh), idMaker())).toBeNull();
  });
});
