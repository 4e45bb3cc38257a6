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
import { compareDocument, conclusionSetDir, loadConclusionSet, missKey, previewOf } from '../../support/conclusion-set';

const set = loadConclusionSet();
const knownMisses = JSON.parse(readFileSync(path.join(conclusionSetDir, 'known-misses.json'), 'utf8')) as string[];

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

  it('reads every field as expected, except the listed known misses', async () => {
    const misses: string[] = [];
    for (const doc of set) {
      const preview = await previewOf(Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`);
      for (const r of compareDocument(doc.name, preview, doc.expected)) if (!r.ok) misses.push(missKey(r));
    }
    expect(misses.filter((m) => !knownMisses.includes(m)), 'new misses').toEqual([]);
    expect(knownMisses.filter((m) => !misses.includes(m)), 'fixed: remove from known-misses.json').toEqual([]);
  });
});
