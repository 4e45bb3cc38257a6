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

// The three real conclusions, through the app's own path: import (recognise + save), then
// export — what an office gets when it brings its archive in and prints it again.
{
  const { readdirSync } = await import('node:fs');
  const { createCore } = await import('../../electron/core/create-core');
  const { sampleProfile } = await import('./core-harness');
  const { corpusDir } = await import('./corpus');
  const { makeTempDir } = await import('./temp-dir');
  const { dir, cleanup } = makeTempDir('vpdu-render-');
  const core = createCore({ dbPath: join(dir, 'render.sqlite') });
  try {
    await core.dispatch('profile.save', sampleProfile);
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
      const preview = await core.dispatch('import.previewFile', { file: core.ctx.files.grant(join(corpusDir, file), 'read').handle });
      if (!preview.ok) throw new Error(preview.error.detail);
      const p = preview.value as { source: { hash: string } };
      const saved = await core.dispatch('import.save', { fields: preview.value, sourceHash: p.source.hash, tasks: [] });
      if (!saved.ok) throw new Error(saved.error.detail);
      const out = join(outDir, `corpus-${file.replace(/\.txt$/, '')}.docx`);
      const started = performance.now();
      const r = await core.dispatch('export.conclusionDocx', { id: (saved.value as { conclusionId: string }).conclusionId, target: core.ctx.files.grant(out, 'write').handle });
      if (!r.ok) throw new Error(r.error.detail);
      console.log(`${out}\t${(performance.now() - started).toFixed(0)} ms`);
    }
  } finally {
    core.close();
    cleanup();
  }
}
