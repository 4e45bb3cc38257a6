/**
 * Documents the tests read. The flows (import, tasks, e2e) use the project's own fixtures in
 * the genre (test/fixtures/flows and the import set in test/fixtures/conclusions), so a clone
 * with nothing beside it passes. The real conclusions of ../shared/corpus are read only by the
 * extra corpus suite (test/corpus/), which runs where that folder exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = resolve(here, '../fixtures/flows');
export const conclusionSetDir = resolve(here, '../fixtures/conclusions');

/** Our own 62-TB/ĐU of Kiến Minh (08/5/2026): the office of sampleProfile, a text of our own. */
export const KIEN_MINH_FILE = 'tb-62-kien-minh-thang-05-2026.txt';

/** Three of our own conclusions for folder imports: Kiến Minh and two of the import set. */
export const FLOW_FILES: ReadonlyArray<{ dir: string; name: string }> = [
  { dir: fixturesDir, name: KIEN_MINH_FILE },
  { dir: conclusionSetDir, name: '01-btv-xa-quang-phu-thanh-hoa-2025.txt' },
  { dir: conclusionSetDir, name: '02-bch-xa-dien-chau-nghe-an-2026.txt' },
];

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** The real corpus beside the project (../shared/corpus), where this machine has it. */
export const corpusDir = resolve(here, '../../../shared/corpus');
export const hasCorpus = existsSync(corpusDir);

export function corpusText(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

/** A describe block of the corpus suite: skipped, with one line saying so, where the corpus is missing. */
export function describeCorpus(name: string, body: () => void): void {
  if (hasCorpus) {
    describe(name, body);
    return;
  }
  console.info(`[corpus] ${name}: bỏ qua — không có ../shared/corpus bên cạnh dự án.`);
  // The body is not even collected: it reads the corpus files while it declares its tests.
  describe.skip(name, () => it('needs ../shared/corpus', () => undefined));
}
