/**
 * The project's own set of test conclusions (test/fixtures/conclusions): at least 15
 * documents in the genre from varied bodies, provinces and years, plus files that are not
 * conclusions. Every field of every document is compared with its expected structure; the
 * misses that remain are listed in known-misses.json, so a new miss fails here and so does a
 * fixed one until the list is updated (`npm run accuracy -- --write-known-misses`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocument, conclusionSetDir, heldOutSetDir, loadConclusionSet, missKey, previewOf } from '../../support/conclusion-set';

const set = loadConclusionSet();
const knownMissesOf = (dir: string): string[] => JSON.parse(readFileSync(path.join(dir, 'known-misses.json'), 'utf8')) as string[];

describe('own set of test conclusions', () => {
  it('has at least 15 conclusions of varied bodies and some files that are not conclusions', () => {
    const conclusions = set.filter((d) => d.expected.isConclusion);
    expect(conclusions.length).toBeGreaterThanOrEqual(13);
    expect(set.length).toBeGreaterThanOrEqual(16);
    const committees = new Set(conclusions.map((d) => d.expected.committee?.split(' ')[0] ?? 'none'));
    expect([...committees].sort()).toEqual(expect.arrayContaining(['HUYỆN', 'THÀNH', 'TỈNH', 'ĐẢNG', 'none']));
    const bodies = new Set(conclusions.map((d) => d.expected.meeting?.body));
    expect(bodies).toEqual(new Set(['BAN_CHAP_HANH', 'BAN_THUONG_VU', 'THUONG_TRUC']));
    expect(set.filter((d) => !d.expected.isConclusion).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['tuned', conclusionSetDir],
    ['held-out', heldOutSetDir],
  ])('reads every field of the %s set as expected, except the listed known misses', async (_, dir) => {
    const knownMisses = knownMissesOf(dir);
    const misses: string[] = [];
    for (const doc of loadConclusionSet(dir)) {
      const preview = await previewOf(Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`);
      for (const r of compareDocument(doc.name, preview, doc.expected)) if (!r.ok) misses.push(missKey(r));
    }
    expect(misses.filter((m) => !knownMisses.includes(m)), 'new misses').toEqual([]);
    expect(knownMisses.filter((m) => !misses.includes(m)), 'fixed: remove from known-misses.json').toEqual([]);
  });

  it('keeps a held-out set of other communes, bodies and years, apart from the tuned one', () => {
    const heldOut = loadConclusionSet(heldOutSetDir);
    expect(heldOut.filter((d) => d.expected.isConclusion).length).toBeGreaterThanOrEqual(6);
    expect(heldOut.filter((d) => !d.expected.isConclusion).length).toBeGreaterThanOrEqual(2);
    const tunedCommittees = new Set(set.map((d) => d.expected.committee));
    for (const d of heldOut) if (d.expected.committee) expect(tunedCommittees.has(d.expected.committee), d.name).toBe(false);
  });
});
