/**
 * The printed pages, as LibreOffice lays them out: every kind of document the app exports,
 * for a long and a short committee name. Runs where LibreOffice and poppler are installed
 * (.ci/run installs them) and says in one line that it was skipped elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPartyDocumentDocx } from '../../electron/export/docx/render-party-document';
import { defaultFormatRules } from '../../shared/document/format-rules';
import { printedDocuments } from '../support/printed-documents';
import { convertToPdf, layoutPages, pageFills, renderTools } from '../support/render-pages';
import { makeTempDir } from '../support/temp-dir';

const tools = renderTools();
if (!tools) console.log('printed-pages: skipped, LibreOffice or pdftotext not installed (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation)');

const documents = printedDocuments();
const TWIPS_PER_PT = 20;

describe.skipIf(!tools)('printed pages (LibreOffice)', () => {
  const { dir, cleanup } = makeTempDir('vpdu-pages-');
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    for (const [name, doc] of documents) {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await renderPartyDocumentDocx(doc));
      paths.push(path);
    }
    // One LibreOffice process for all of them: its start-up is most of the time.
    const out = convertToPdf(tools!.office, paths, dir);
    documents.forEach(([name], i) => pdfs.set(name, out[i]!));
  }, 300_000);

  afterAll(() => cleanup());

  it.each(documents.map(([name]) => name))('%s: "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-date line each print on one line', (name) => {
    const [first = ''] = layoutPages(pdfs.get(name)!);
    const lines = first.split('\n');
    expect(lines.some((line) => line.includes('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(true);
    const doc = documents.find(([n]) => n === name)![1];
    const date = /ngày .*$/u.exec(doc.header.placeDateLine)?.[0] ?? '';
    expect(lines.some((line) => line.includes(date))).toBe(true);
  });

  it.each(documents.map(([name]) => name))('%s: no page but the last is less than a third full', (name) => {
    const { topTwips, bottomTwips } = defaultFormatRules.page.margins;
    const fills = pageFills(pdfs.get(name)!, { topPt: topTwips / TWIPS_PER_PT, bottomPt: bottomTwips / TWIPS_PER_PT });
    const short = fills.slice(0, -1).filter((p) => p.fill < 1 / 3);
    expect(short).toEqual([]);
  });
});
