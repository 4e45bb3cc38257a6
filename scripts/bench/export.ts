import { computeLabels, type OutlineBlock } from '../../shared/document/outline';
import type { PartyDocument } from '../../shared/document/model';
import { renderPartyDocumentDocx } from '../../electron/export/docx/render-party-document';
import { kienMinhConclusion } from '../../test/support/corpus-documents';
import { corpusConclusionDocuments } from './corpus-models';
import { time } from './measure';

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

export async function benchExport(): Promise<Record<string, unknown>> {
  const corpus = corpusConclusionDocuments();
  const longest = corpus.sort((a, b) => b.chars - a.chars)[0]!;
  const sixty = sixtyPageDocument();
  return {
    longestCorpusConclusion: { file: longest.file, ...(await time(() => renderPartyDocumentDocx(longest.doc), 10)) },
    generatedSixtyPageDocument: {
      bodyParagraphs: sixty.body.length,
      ...(await time(() => renderPartyDocumentDocx(sixty), 3)),
    },
  };
}
