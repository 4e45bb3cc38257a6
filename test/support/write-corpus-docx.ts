/**
 * Writes the corpus documents as DOCX files into a folder (argument 1), for
 * scripts/render-docx-png.sh --corpus. Prints each path and the time taken to render it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPartyDocumentDocx } from '../../electron/export/docx/render-party-document';
import type { PartyDocument } from '../../shared/document/model';
import { kienMinhConclusion, kienMinhDraft, kienMinhMinutes, longNamesConclusion } from './corpus-documents';

const outDir = process.argv[2] ?? '/tmp/render';
mkdirSync(outDir, { recursive: true });

const documents: Array<[string, () => PartyDocument]> = [
  ['kien-minh-62-tb', kienMinhConclusion],
  ['kien-minh-draft', kienMinhDraft],
  ['long-names', longNamesConclusion],
  ['kien-minh-minutes', kienMinhMinutes],
];

for (const [name, build] of documents) {
  const started = performance.now();
  const bytes = await renderPartyDocumentDocx(build());
  const ms = performance.now() - started;
  const path = join(outDir, `${name}.docx`);
  writeFileSync(path, bytes);
  console.log(`${path}\t${bytes.length} bytes\t${ms.toFixed(0)} ms`);
}
