import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildConclusionDocument } from '../../shared/document/conclusion-document';
import type { PartyDocument } from '../../shared/document/model';
import type { OutlineBlock } from '../../shared/document/outline';
import { kienMinhConclusion, kienMinhContent, kienMinhProfile } from '../../test/support/corpus-documents';
import { outlineFromText } from '../../test/support/outline-from-text';

export const corpusDir = resolve(process.cwd(), '../shared/corpus');

/** The corpus conclusions as documents (body read by simple line rules), for timing. */
export function corpusConclusionDocuments(): Array<{ file: string; chars: number; doc: PartyDocument }> {
  let files: string[];
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  } catch {
    // The corpus lives beside the project (../shared); without it, time the built-in model.
    return [{ file: 'kien-minh (built in)', chars: 0, doc: kienMinhConclusion() }];
  }
  return files.map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
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
