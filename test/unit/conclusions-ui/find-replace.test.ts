/**
 * Find and replace in the conclusion body (Ctrl+H): the matcher folds accents and case as
 * the clerk chooses and maps matches back to whole letters; the plugin's commands move,
 * replace one and replace all on an EditorState in Node.
 */
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { findInText, type FindOptions } from '../../../renderer/conclusions/outline-editor/find-text';
import {
  findReplacePlugin,
  findStateOf,
  findStep,
  replaceAll,
  replaceCurrent,
  setFindQuery,
} from '../../../renderer/conclusions/outline-editor/find-replace';
import type { OutlineCommand } from '../../../renderer/conclusions/outline-editor/outline-commands';

const loose: FindOptions = { matchCase: false, matchDiacritics: false };
const exact: FindOptions = { matchCase: true, matchDiacritics: true };

function found(text: string, query: string, options: FindOptions): string[] {
  return findInText(text, query, options).map((m) => text.slice(m.from, m.to));
}

describe('findInText', () => {
  const text = 'Chi bộ thôn Kiến Lai, chi bộ thôn Kiện Lại và CHI BỘ xã Kiến Minh';

  it('ignores accents and case by default, as search does', () => {
    expect(found(text, 'chi bo', loose)).toEqual(['Chi bộ', 'chi bộ', 'CHI BỘ']);
    expect(found(text, 'kien lai', loose)).toEqual(['Kiến Lai', 'Kiện Lại']);
    expect(found('Đảng ủy và đảng viên', 'dang', loose)).toEqual(['Đảng', 'đảng']);
  });

  it('counts accents when asked: "Lai" no longer finds "Lại"', () => {
    const accents = { matchCase: false, matchDiacritics: true };
    expect(found(text, 'Kiến Lai', accents)).toEqual(['Kiến Lai']);
    expect(found(text, 'chi bộ', accents)).toEqual(['Chi bộ', 'chi bộ', 'CHI BỘ']);
    expect(found('Đảng và dang dở', 'đảng', accents)).toEqual(['Đảng']);
  });

  it('counts case when asked', () => {
    expect(found(text, 'chi bộ', exact)).toEqual(['chi bộ']);
    expect(found(text, 'CHI BO', { matchCase: true, matchDiacritics: false })).toEqual(['CHI BỘ']);
  });

  it('maps matches to whole letters in text typed with combining marks (NFD)', () => {
    const nfd = 'Thôn Kiến Lai'.normalize('NFD');
    const matches = findInText(nfd, 'kiến', loose);
    expect(matches).toHaveLength(1);
    expect(nfd.slice(matches[0]!.from, matches[0]!.to).normalize('NFC')).toBe('Kiến');
    // The accents belong to the letter: "kie" ends after the marks on ế, not between them.
    const kie = findInText(nfd, 'kie', loose)[0]!;
    expect(nfd.slice(kie.from, kie.to).normalize('NFC')).toBe('Kiế');
    expect(findInText(nfd, 'Kiến', exact)).toHaveLength(1);
    expect(findInText(nfd, 'Kiên', exact)).toHaveLength(0);
  });

  it('folds full-width letters like the rest', () => {
    expect(found('Giao ＵＢＮＤ xã', 'ubnd', loose)).toEqual(['ＵＢＮＤ']);
  });

  it('finds nothing for an empty query and does not overlap', () => {
    expect(findInText(text, '', loose)).toEqual([]);
    expect(found('aaaa', 'aa', loose)).toEqual(['aa', 'aa']);
  });
});

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'inline*', group: 'block' },
    text: { group: 'inline' },
  },
  marks: { bold: {} },
});

function stateOf(paragraphs: (string | [string, string])[]): EditorState {
  const doc = schema.node(
    'doc',
    null,
    paragraphs.map((p) =>
      typeof p === 'string' ? schema.node('paragraph', null, p ? [schema.text(p)] : []) : schema.node('paragraph', null, [schema.text(p[0]), schema.text(p[1], [schema.marks.bold!.create()])]),
    ),
  );
  return EditorState.create({ doc, plugins: [findReplacePlugin()], selection: TextSelection.atStart(doc) });
}

function apply(state: EditorState, command: OutlineCommand): EditorState {
  let next = state;
  expect(command(state, (tr: Transaction) => (next = next.apply(tr)))).toBe(true);
  return next;
}

const texts = (s: EditorState) => {
  const out: string[] = [];
  s.doc.forEach((p) => out.push(p.textContent));
  return out;
};

describe('find and replace in the body', () => {
  const body = ['Giao UBND xã rà soát.', 'UBND xã báo cáo; ubnd xã tổng hợp.', ['Đề nghị ', 'UBND xã'] as [string, string]];

  it('counts matches in every block and steps through them, wrapping', () => {
    let s = apply(stateOf(body), setFindQuery('ubnd xa', loose));
    expect(findStateOf(s).matches).toHaveLength(4);
    expect(findStateOf(s).current).toBe(0);
    s = apply(s, findStep(1));
    expect(findStateOf(s).current).toBe(1);
    expect(s.doc.textBetween(s.selection.from, s.selection.to)).toBe('UBND xã');
    s = apply(s, findStep(-1));
    s = apply(s, findStep(-1));
    expect(findStateOf(s).current).toBe(3);
    s = apply(s, findStep(1));
    expect(findStateOf(s).current).toBe(0);
  });

  it('replaces the current match and moves on to the next', () => {
    let s = apply(stateOf(body), setFindQuery('ubnd xa', loose));
    s = apply(s, findStep(1));
    s = apply(s, replaceCurrent('Ủy ban nhân dân xã'));
    expect(texts(s)[1]).toBe('Ủy ban nhân dân xã báo cáo; ubnd xã tổng hợp.');
    expect(findStateOf(s).matches).toHaveLength(3);
    // Current is the one after the replaced text, not the replacement (which also matches "xa").
    const cur = findStateOf(s).matches[findStateOf(s).current]!;
    expect(s.doc.textBetween(cur.from, cur.to)).toBe('ubnd xã');
    expect(cur.from).toBeGreaterThan(s.selection.from - 1);
  });

  it('replaces all in one step, keeping emphasis, and one undo step would restore it', () => {
    let s = apply(stateOf(body), setFindQuery('UBND XÃ', loose));
    let steps = 0;
    const n = replaceAll(s, 'UBND xã Kiến Minh', (tr) => {
      steps += 1;
      s = s.apply(tr);
    });
    expect(n).toBe(4);
    expect(steps).toBe(1);
    expect(texts(s)).toEqual(['Giao UBND xã Kiến Minh rà soát.', 'UBND xã Kiến Minh báo cáo; UBND xã Kiến Minh tổng hợp.', 'Đề nghị UBND xã Kiến Minh']);
    const last = s.doc.child(2).child(1);
    expect(last.text).toBe('UBND xã Kiến Minh');
    expect(last.marks.map((m) => m.type.name)).toEqual(['bold']);
    // The query still matches the replacement, so the count is recomputed on the new text.
    expect(findStateOf(s).matches).toHaveLength(4);
  });

  it('replaces with nothing without removing the block, and respects the options', () => {
    let s = apply(stateOf(['Kiến Lai', 'Kiện Lại']), setFindQuery('Kiến Lai', exact));
    expect(findStateOf(s).matches).toHaveLength(1);
    s = apply(s, replaceCurrent(''));
    expect(texts(s)).toEqual(['', 'Kiện Lại']);
    expect(findStateOf(s).matches).toHaveLength(0);
    expect(replaceAll(s, 'x')).toBe(0);
  });

  it('follows typing: matches are recounted when the text changes', () => {
    let s = apply(stateOf(['chi bộ']), setFindQuery('chi bo', loose));
    expect(findStateOf(s).matches).toHaveLength(1);
    s = s.apply(s.tr.insertText(' và chi bộ', s.doc.child(0).nodeSize - 1));
    expect(findStateOf(s).matches).toHaveLength(2);
    s = apply(s, setFindQuery('', loose));
    expect(findStateOf(s).matches).toHaveLength(0);
  });
});
