import { computeLabels, type OutlineBlock } from '../../shared/document/outline';
import type { PartyDocument } from '../../shared/document/model';
import { renderPartyDocumentDocx } from '../../electron/export/docx/render-party-document';
import { kienMinhConclusion } from '../../test/support/corpus-documents';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { sampleProfile } from '../../test/support/core-harness';
import { makeTempDir } from '../../test/support/temp-dir';
import { benchTexts, corpusConclusionDocuments } from './corpus-models';
import { time, type Timing } from './measure';

/** A generated document of about 60 pages: 30 sections of bullets and paragraphs. */
function sixtyPageDocument(): PartyDocument {
  const base = kienMinhConclusion();
  const blocks: OutlineBlock[] = [];
  for (let s = 1; s <= 30; s += 1) {
    blocks.push({ id: `h${s}`, kind: 'heading2', runs: [{ text: `Lĩnh vực thứ ${s}` }] });
    for (let i = 1; i <= 9; i += 1) {
      blocks.push({
        id: `b${s}-${i}`,
        kind: i % 3 === 0 ? 'paragraph' : 'bullet',
        runs: [
          { text: 'Tăng cường lãnh đạo, chỉ đạo công tác quản lý đất đai, trật tự xây dựng, tài nguyên và môi trường; ' },
          { text: 'tập trung rà soát, xử lý dứt điểm', bold: true },
          { text: ' các trường hợp vi phạm đất đai, san lấp trái phép; nâng cao hiệu quả công tác bảo vệ môi trường, thu gom, vận chuyển, xử lý rác thải sinh hoạt.' },
        ],
      });
    }
  }
  const labels = computeLabels(blocks);
  return { ...base, body: blocks.map((block, i) => ({ type: 'block' as const, block, label: labels[i] ?? '' })) };
}

/** The whole "Xuất DOCX" call through the contract: read the record, build, render, write the file. */
async function wholeExportCall(outline: OutlineBlock[]): Promise<Timing> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  const core = createCore({ dbPath: join(dir, 'export.sqlite') });
  try {
    const call = async (method: string, input: unknown) => {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(r.error.detail);
      return r.value as { id: string };
    };
    await call('profile.save', sampleProfile);
    const draft = await call('conclusions.create', { kind: 'TB', templateKey: 'blank', summary: 'về kết quả thực hiện nhiệm vụ' });
    const full = (await core.dispatch('conclusions.get', { id: draft.id })) as { ok: true; value: Record<string, unknown> };
    await call('conclusions.update', { id: draft.id, content: { ...full.value, outline } });
    let n = 0;
    return await time(async () => {
      n += 1;
      await call('export.conclusionDocx', { id: draft.id, target: core.ctx.files.grant(join(dir, `kl-${n}.docx`), 'write').handle });
    }, 10);
  } finally {
    core.close();
    cleanup();
  }
}

export async function benchExport(): Promise<Record<string, unknown>> {
  const { source } = benchTexts();
  const docs = corpusConclusionDocuments();
  const longest = docs.sort((a, b) => b.chars - a.chars)[0]!;
  const sixty = sixtyPageDocument();
  const outline = longest.doc.body.flatMap((part) => (part.type === 'block' ? [part.block] : []));
  return {
    data: source,
    longestConclusion: {
      file: longest.file,
      // The writer alone is the baseline of the whole call, in the same run.
      docxWriterOnly: await time(() => renderPartyDocumentDocx(longest.doc), 10),
      wholeExportCall: await wholeExportCall(outline),
    },
    generatedSixtyPageDocument: {
      bodyParagraphs: sixty.body.length,
      ...(await time(() => renderPartyDocumentDocx(sixty), 3)),
    },
  };
}
