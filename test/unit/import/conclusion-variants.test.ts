/**
 * The set's documents in other forms read exactly as their UTF-8 text does: saved in TCVN3,
 * VNI and Windows-1258 (each told apart from the others, with the confidence shown in the
 * review), and typed into Word (.docx).
 */
import { describe, expect, it } from 'vitest';
import { compareDocument, loadConclusionSet, previewOf, type SetDocument } from '../../support/conclusion-set';
import { docxOfText, encodeLegacy, type LegacyEncoding } from '../../support/conclusion-variants';

const set = loadConclusionSet();
const byName = (prefix: string): SetDocument => {
  const doc = set.find((d) => d.name.startsWith(prefix));
  if (!doc) throw new Error(`no set document ${prefix}`);
  return doc;
};
const misses = async (doc: SetDocument, bytes: Buffer, fileName: string): Promise<string[]> =>
  compareDocument(doc.name, await previewOf(bytes, fileName), doc.expected)
    .filter((r) => !r.ok)
    .map((r) => `${r.kind} ${r.where}`);

// TCVN3 has no codes for toned capitals: inside a sentence "Ủy ban" comes back "ủy ban"
// (legacy-encoding.ts), so its documents are ones without such a capital mid-sentence.
const encoded: Array<[string, LegacyEncoding]> = [
  ['01-', 'cp1258'],
  ['06-', 'cp1258'],
  ['14-', 'cp1258'],
  ['03-', 'vni'],
  ['09-', 'vni'],
  ['07-', 'tcvn3'],
  ['16-', 'tcvn3'],
];

describe('set documents in legacy encodings', () => {
  it.each(encoded)('%s in %s is detected and read like its Unicode text', async (prefix, encoding) => {
    const doc = byName(prefix);
    const bytes = encodeLegacy(doc.text, encoding);
    const preview = await previewOf(bytes, `${doc.name}.txt`);
    expect(preview.recognition.encoding.name).toBe(encoding);
    expect(preview.recognition.encoding.confidence).toBe('high');
    expect(preview.source.converted).toBe(true);
    // TCVN3 loses the case of toned capitals inside sentences; everything else is exact.
    if (encoding !== 'tcvn3') expect(preview.source.text).toBe(doc.text.normalize('NFC').replace(/\r\n/g, '\n'));
    const viaUnicode = await misses(doc, Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`);
    const viaLegacy = await misses(doc, bytes, `${doc.name}.txt`);
    expect(viaLegacy).toEqual(viaUnicode);
  });

  it('says in the review which encoding was found, with the shares of the readings tried', async () => {
    const doc = byName('01-');
    const preview = await previewOf(encodeLegacy(doc.text, 'cp1258'), 'a.txt');
    const { shares } = preview.recognition.encoding;
    expect(preview.recognition.encoding.label).toBe('Windows-1258');
    expect(shares.cp1258).toBeGreaterThan(0.95);
    expect(shares.vni ?? 0).toBeLessThan(0.7);
    expect(preview.warnings[0]).toContain('Windows-1258');
    const unicode = await previewOf(Buffer.from(doc.text, 'utf8'), 'a.txt');
    expect(unicode.recognition.encoding).toMatchObject({ name: 'utf8', confidence: 'high' });
  });
});

describe('set documents typed into Word', () => {
  it.each(['01-', '04-', '10-', '15-'])('%s as .docx reads like its text', async (prefix) => {
    const doc = byName(prefix);
    const docx = await docxOfText(doc.text);
    const preview = await previewOf(docx, `${doc.name}.docx`);
    expect(preview.source.format).toBe('docx');
    const viaText = await misses(doc, Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`);
    expect(await misses(doc, docx, `${doc.name}.docx`)).toEqual(viaText);
  });
});
