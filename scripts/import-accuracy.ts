/**
 * Import accuracy, fields right / fields per field kind, over three sets reported apart:
 * - the tuned set (test/fixtures/conclusions): the documents the recognisers were developed on;
 * - the held-out set (test/fixtures/conclusions-heldout): documents written afterwards and kept
 *   out of the tuning, so its figure says how import does on conclusions it has not seen. A
 *   fault it reveals is fixed in general (a rule of the genre), never for one of its files;
 * - the three corpus conclusions, where ../shared/corpus exists.
 * `--misses` lists every miss; `--write-known-misses` records the current misses of both sets
 * as their tests' baselines (known-misses.json in each folder).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compareDocument,
  conclusionSetDir,
  heldOutSetDir,
  figuresByKind,
  loadConclusionSet,
  missKey,
  previewOf,
  type FieldResult,
  type KindFigure,
} from '../test/support/conclusion-set';
import { corpusResults } from '../test/support/corpus-accuracy';

function table(title: string, figures: readonly KindFigure[]): void {
  const right = figures.reduce((n, f) => n + f.right, 0);
  const total = figures.reduce((n, f) => n + f.total, 0);
  console.log(`\n${title}: ${right}/${total} fields right (${((100 * right) / Math.max(total, 1)).toFixed(1)} %)`);
  for (const f of figures) {
    console.log(`  ${f.kind.padEnd(28)} ${String(f.right).padStart(4)}/${String(f.total).padEnd(4)} ${((100 * f.right) / f.total).toFixed(0).padStart(4)} %`);
  }
}

function misses(results: readonly FieldResult[]): void {
  for (const r of results.filter((x) => !x.ok)) {
    console.log(`  ✗ ${missKey(r)}\n      expected ${JSON.stringify(r.expected)}\n      actual   ${JSON.stringify(r.actual)}`);
  }
}

async function scoreSet(title: string, dir: string): Promise<void> {
  const set = loadConclusionSet(dir);
  const results: FieldResult[] = [];
  for (const doc of set) {
    const preview = await previewOf(Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`);
    results.push(...compareDocument(doc.name, preview, doc.expected));
  }
  table(`${title} (${set.length} documents, ${path.relative(process.cwd(), dir)})`, figuresByKind(results));
  if (process.argv.includes('--misses')) misses(results);
  if (process.argv.includes('--write-known-misses')) {
    const keys = results.filter((r) => !r.ok).map(missKey);
    writeFileSync(path.join(dir, 'known-misses.json'), `${JSON.stringify(keys, null, 2)}\n`);
    console.log(`\nWrote ${keys.length} known misses.`);
  }
}

async function main(): Promise<void> {
  await scoreSet('Tuned set', conclusionSetDir);
  await scoreSet('Held-out set', heldOutSetDir);
  const corpus = await corpusResults();
  if (corpus === null) {
    console.log('\nCorpus: ../shared/corpus not found, skipped.');
  } else {
    table('Corpus (3 documents, ../shared/corpus)', figuresByKind(corpus));
    if (process.argv.includes('--misses')) misses(corpus);
  }
}

void main();
