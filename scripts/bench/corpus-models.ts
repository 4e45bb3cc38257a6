import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConclusionDocument } from '../../shared/document/conclusion-document';
import type { PartyDocument } from '../../shared/document/model';
import type { OutlineBlock } from '../../shared/document/outline';
import { kienMinhContent, kienMinhProfile } from '../../test/support/corpus-documents';
import { conclusionSetDir, corpusDir, fixturesDir, hasCorpus } from '../../test/support/corpus';
import { outlineFromText } from '../../test/support/outline-from-text';

const ownDirs = [fixturesDir, conclusionSetDir];

export interface BenchText {
  file: string;
  text: string;
}

/**
 * The conclusions the benchmarks are built from: the project's own (our flow fixture and the
 * import set, files that are not conclusions left out) and, where it exists, the corpus beside
 * the project. `source` says which, so a figure is never read without knowing its data.
 */
export function benchTexts(): { source: string; texts: BenchText[] } {
  const read = (dir: string, names: string[]) => names.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  const own = ownDirs.flatMap((dir) => read(dir, readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.includes('khong-phai-ket-luan'))));
  const corpus = hasCorpus ? read(corpusDir, readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) : [];
  const source = corpus.length
    ? `${own.length} own conclusions (test/fixtures) + ${corpus.length} of ../shared/corpus`
    : `${own.length} own conclusions (test/fixtures); ../shared/corpus not found`;
  return { source, texts: [...own, ...corpus] };
}

/** The bench conclusions as documents (body read by simple line rules), for timing. */
export function corpusConclusionDocuments(): Array<{ file: string; chars: number; doc: PartyDocument }> {
  return benchTexts().texts.map(({ file, text }) => {
    const outline: OutlineBlock[] = outlineFromText(text);
    const doc = buildConclusionDocument({
      ...kienMinhContent,
      outline,
      profile: kienMinhProfile,
      numberSymbol: '62-TB/ĐU',
      issueDate: '2026-05-08',
      status: 'issued',
    });
    return { file, chars: text.length, doc };
  });
}
