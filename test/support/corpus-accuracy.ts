/**
 * The three corpus conclusions (../shared/corpus) scored like the own set, against their
 * hand-written expectations in test/fixtures/import. Null where the corpus is not beside
 * the project.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDocument, previewOf, type ExpectedConclusion, type ExpectedSection, type FieldResult } from './conclusion-set';
import { corpusDir } from './corpus';

const expectationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');

interface CorpusExpected {
  kind: 'TB' | 'KL';
  title: string;
  summary: string | null;
  superiorCommittee: string | null;
  committee: string | null;
  numberSymbol: string | null;
  place: string | null;
  issueDate: string | null;
  meeting: NonNullable<ExpectedConclusion['meeting']>;
  sections: ExpectedSection[];
  recipients: string[];
  signature: NonNullable<ExpectedConclusion['signature']>;
  preambleStartsWith: string;
  preambleEndsWith: string;
}

export async function corpusResults(): Promise<FieldResult[] | null> {
  if (!existsSync(corpusDir)) return null;
  const out: FieldResult[] = [];
  for (const f of readdirSync(expectationsDir).filter((x) => x.endsWith('.expected.json')).sort()) {
    const name = f.replace(/\.expected\.json$/, '');
    const file = path.join(corpusDir, `${name}.txt`);
    if (!existsSync(file)) continue;
    const c = JSON.parse(readFileSync(path.join(expectationsDir, f), 'utf8')) as CorpusExpected;
    const expected: ExpectedConclusion = {
      isConclusion: true,
      kind: c.kind,
      title: c.title,
      summary: c.summary,
      superiorCommittee: c.superiorCommittee,
      committee: c.committee,
      numberSymbol: c.numberSymbol,
      place: c.place,
      issueDate: c.issueDate,
      meeting: c.meeting,
      preamble: { startsWith: c.preambleStartsWith, endsWith: c.preambleEndsWith },
      sections: c.sections,
      recipients: c.recipients,
      signature: c.signature,
    };
    out.push(...compareDocument(name, await previewOf(readFileSync(file), `${name}.txt`), expected));
  }
  return out;
}
