import { mkdirSync, writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../electron/core/create-core';
import { encodeSingleByte, unicodeToTcvn3 } from '../../electron/import/legacy-encoding';
import { AppError } from '../../shared/api/errors';
import type { ImportPreview } from '../../shared/import/schema';
import { parseConclusionText } from '../../electron/import/parse-conclusion';
import { sampleProfile } from '../../test/support/core-harness';
import { makeTempDir } from '../../test/support/temp-dir';
import { benchTexts, type BenchText } from './corpus-models';
import { time } from './measure';
import { taskInputOfProposal } from '../../shared/import/preview-mapping';

/** A .docx of the text, one paragraph a line, "**…**" as bold runs: what an office's Word file holds. */
async function asDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map(
    (line) =>
      new Paragraph({
        children: line.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) =>
          part.startsWith('**') ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part),
        ),
      }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/**
 * An archive as offices have it: each file its own number; every third a Word file, every
 * fifth typed in the old TCVN3 fonts, the rest UTF-8 text.
 */
export async function writeArchive(folder: string, docs: BenchText[], files: number): Promise<{ docx: number; tcvn3: number; utf8: number }> {
  const counts = { docx: 0, tcvn3: 0, utf8: 0 };
  for (let i = 0; i < files; i += 1) {
    const d = docs[i % docs.length]!;
    const text = d.text
      .replace(/(Số:?\s*)\d+(-[A-ZĐ]+\/[A-ZĐ]+)/u, `$1${i + 1}$2`)
      .replace('Nơi nhận', `Ghi chú lưu trữ số ${i}.\n\nNơi nhận`);
    const base = join(folder, `${String(i).padStart(4, '0')}-${d.file.replace(/\.txt$/, '')}`);
    if (i % 3 === 0) {
      writeFileSync(`${base}.docx`, await asDocx(text));
      counts.docx += 1;
    } else if (i % 5 === 0) {
      writeFileSync(`${base}.txt`, encodeSingleByte(unicodeToTcvn3(text.replace(/\*\*/g, ''))));
      counts.tcvn3 += 1;
    } else {
      writeFileSync(`${base}.txt`, text);
      counts.utf8 += 1;
    }
  }
  return counts;
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.detail);
  return r.value as T;
}

/** About 20 pages: the longest bench conclusion with its body repeated. */
function twentyPages(text: string): string {
  const start = text.indexOf('\nI.');
  const end = text.indexOf('Nơi nhận');
  const body = text.slice(start, end);
  return text.slice(0, start) + body.repeat(3) + text.slice(end);
}

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 1000);

export async function benchImport(): Promise<Record<string, unknown>> {
  const { source, texts: docs } = benchTexts();
  const longest = [...docs].sort((a, b) => b.text.length - a.text.length)[0]!;
  const big = twentyPages(longest.text);
  const parse20 = await time(() => parseConclusionText(big), 20);

  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  try {
    const folder = join(dir, 'archive');
    mkdirSync(folder);
    const kinds = await writeArchive(folder, docs, FILES);
    const core = createCore({ dbPath: join(dir, 'import.sqlite') });
    await core.dispatch('profile.save', sampleProfile);
    // Through the contract, as the batch screen does: list, preview, save (validation included).
    const t0 = performance.now();
    const { files } = await call<{ files: Array<{ handle: string; name: string }> }>(core, 'import.listFolder', { folder: core.ctx.files.grant(folder, 'folder').handle });
    let imported = 0;
    const refused: Record<string, number> = {};
    let previewMs = 0;
    let saveMs = 0;
    for (const f of files) {
      try {
        const tp = performance.now();
        const p = await call<ImportPreview>(core, 'import.previewFile', { file: f.handle });
        previewMs += performance.now() - tp;
        if (p.duplicateOf) throw new AppError('CONFLICT', 'trùng', 'duplicate');
        const ts = performance.now();
        await call(core, 'import.save', {
          fields: p,
          sourceHash: p.source.hash,
          createMeeting: true,
          // As a clerk would: a deadline read as earlier than the issue date is cleared.
          tasks: p.tasks.map((t) => ({ ...taskInputOfProposal(t), dueDate: p.issueDate && t.dueDate && t.dueDate < p.issueDate ? null : t.dueDate })),
        });
        saveMs += performance.now() - ts;
        imported += 1;
      } catch (err) {
        const code = err instanceof AppError ? err.code : 'INTERNAL';
        refused[code] = (refused[code] ?? 0) + 1;
      }
    }
    const folderMs = Math.round(performance.now() - t0);
    core.close();
    return {
      data: source,
      parseTwentyPageConclusion: { file: longest.file, chars: big.length, ...parse20 },
      importFolder: {
        files: FILES,
        ...kinds,
        imported,
        refused,
        totalMs: folderMs,
        perImportedFileMs: imported ? Math.round((folderMs / imported) * 10) / 10 : null,
        // Where the time goes: reading and recognising each file (a job thread) and saving it (write path).
        previewMsPerFile: Math.round((previewMs / files.length) * 10) / 10,
        saveMsPerImportedFile: imported ? Math.round((saveMs / imported) * 10) / 10 : null,
      },
    };
  } finally {
    cleanup();
  }
}
