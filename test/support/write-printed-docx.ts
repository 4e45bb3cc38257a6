/** Writes every printed document kind (long and short names) as DOCX into a folder (argument 1). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPartyDocumentDocx } from '../../electron/export/docx/render-party-document';
import { printedDocuments } from './printed-documents';

const outDir = process.argv[2] ?? '/tmp/render';
mkdirSync(outDir, { recursive: true });
for (const [name, doc] of printedDocuments()) {
  const path = join(outDir, `${name}.docx`);
  writeFileSync(path, await renderPartyDocumentDocx(doc));
  console.log(path);
}
