import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/create-core';
import { listImportableFiles, previewFile, saveImport } from '../../electron/import/import-service';
import { parseConclusionText } from '../../electron/import/parse-conclusion';
import { sampleProfile } from '../../test/support/core-harness';
import { makeTempDir } from '../../test/support/temp-dir';
import { corpusDir } from './corpus-models';
import { time } from './measure';
import { taskInputOfProposal } from '../../shared/import/preview-mapping';

function corpus(): Array<{ name: string; text: string }> {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
}

/** About 20 pages: the longest corpus conclusion with its body repeated. */
function twentyPages(text: string): string {
  const start = text.indexOf('\nI.');
  const end = text.indexOf('Nơi nhận');
  const body = text.slice(start, end);
  return text.slice(0, start) + body.repeat(3) + text.slice(end);
}

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 1000);

export async function benchImport(): Promise<Record<string, unknown>> {
  const docs = corpus();
  const longest = docs.sort((a, b) => b.text.length - a.text.length)[0]!;
  const big = twentyPages(longest.text);
  const parse20 = await time(() => parseConclusionText(big), 20);

  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  try {
    const folder = join(dir, 'archive');
    mkdirSync(folder);
    for (let i = 0; i < FILES; i += 1) {
      const d = docs[i % docs.length]!;
      // Each file differs (as a real archive does: its own number), so none is a duplicate.
      const text = d.text.replace(/Số \d+-TB\/ĐU/, `Số ${i + 1}-TB/ĐU`).replace('Nơi nhận', `Ghi chú lưu trữ số ${i}.\n\nNơi nhận`);
      writeFileSync(join(folder, `${String(i).padStart(4, '0')}-${d.name}`), text);
    }
    const core = createCore({ dbPath: join(dir, 'import.sqlite') });
    await core.dispatch('profile.save', sampleProfile);
    const t0 = performance.now();
    let imported = 0;
    for (const f of listImportableFiles(folder)) {
      const p = await previewFile(core.ctx, f);
      if (p.duplicateOf) continue;
      saveImport(core.ctx, {
        fields: p,
        sourceHash: p.source.hash,
        createMeeting: true,
        tasks: p.tasks.map(taskInputOfProposal),
      });
      imported += 1;
    }
    const folderMs = Math.round(performance.now() - t0);
    core.close();
    return {
      parseTwentyPageConclusion: { chars: big.length, ...parse20 },
      importFolder: { files: FILES, imported, totalMs: folderMs, perFileMs: Math.round((folderMs / FILES) * 10) / 10 },
    };
  } finally {
    cleanup();
  }
}
