import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { makeTempDir } from '../../test/support/temp-dir';
import { sampleProfile } from '../../test/support/core-harness';
import { benchTexts } from './corpus-models';
import { performance } from 'node:perf_hooks';
import { generateDocuments, generateTasks, type WriteMode } from './generate-data';
import { time, type Timing } from './measure';
import { benchStartup } from './startup';
import type { Core } from '../../electron/core/create-core';
import { queryWords } from '../../electron/search/search-service';

/**
 * What the Ctrl+K box sends while the user types, each beside the raw FTS5 query the service
 * runs for it (same MATCH, same LIMIT) on the same database in the same run.
 */
async function searchAsYouType(core: Core): Promise<Record<string, { contract: Timing; rawFts5: Timing; hits: number }>> {
  const raw = core.ctx.sqlite.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 20');
  const out: Record<string, { contract: Timing; rawFts5: Timing; hits: number }> = {};
  for (const typed of ['d', 'da', 'dan', 'dang', 'dang u', 'dang uy k', 'Đảng ủy Kiến Minh']) {
    const words = queryWords(typed);
    const match = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
    let hits = 0;
    const contract = await time(async () => {
      const r = await core.dispatch('search.query', { q: typed });
      if (!r.ok) throw new Error(r.error.detail);
      hits = (r.value as unknown[]).length;
    }, 10);
    out[typed] = { contract, rawFts5: await time(() => raw.all(match), 10), hits };
  }
  return out;
}

/**
 * The first page (50 rows and the total) of each long list through the contract, the next page
 * by its cursor, and beside them the raw SQLite read of the same 51 rows in the same order.
 */
async function listFirstPages(core: Core): Promise<Record<string, unknown>> {
  const { sqlite } = core.ctx;
  const lists = [
    ['conclusions.list', {}, 'SELECT id FROM conclusions WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 51'],
    ['conclusions.list', { status: 'issued', year: 2026 }, "SELECT id FROM conclusions WHERE deleted_at IS NULL AND status = 'issued' AND issue_date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY updated_at DESC, id DESC LIMIT 51"],
    ['meetings.list', {}, 'SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 51'],
    ['register.list', {}, 'SELECT id FROM register_entries WHERE deleted_at IS NULL ORDER BY issue_date DESC, number DESC, id DESC LIMIT 51'],
    ['register.list', { year: 2026 }, "SELECT id FROM register_entries WHERE deleted_at IS NULL AND issue_date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY issue_date DESC, number DESC, id DESC LIMIT 51"],
  ] as const;
  const out: Record<string, unknown> = {};
  for (const [method, filter, raw] of lists) {
    const first = await core.dispatch(method, filter);
    if (!first.ok) throw new Error(first.error.detail);
    const page = first.value as { total: number; nextCursor: string | null };
    const statement = sqlite.prepare(raw);
    out[`${method} ${JSON.stringify(filter)}`] = {
      rows: page.total,
      contract: await time(async () => {
        const r = await core.dispatch(method, filter);
        if (!r.ok) throw new Error(r.error.detail);
      }, 10),
      nextPage: page.nextCursor
        ? await time(async () => {
            const r = await core.dispatch(method, { ...filter, cursor: page.nextCursor });
            if (!r.ok) throw new Error(r.error.detail);
          }, 10)
        : null,
      rawSqlite: await time(() => statement.all(), 10),
    };
  }
  return out;
}

/** Bytes per table (its indexes included) and the whole file, against the stored records. */
function databaseSize(core: Core): Record<string, unknown> {
  const { sqlite } = core.ctx;
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const rows = sqlite
    .prepare(
      `SELECT coalesce(m.tbl_name, s.name) AS owner, sum(s.pgsize) AS bytes
       FROM dbstat s LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY owner ORDER BY bytes DESC`,
    )
    .all() as Array<{ owner: string; bytes: number }>;
  const mb = (n: number) => Math.round((n / 1e6) * 10) / 10;
  const bytes = new Map<string, number>();
  for (const r of rows) {
    const owner = r.owner.startsWith('search_fts') ? 'search_fts (index)' : r.owner;
    bytes.set(owner, (bytes.get(owner) ?? 0) + r.bytes);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const search = [...bytes].filter(([owner]) => owner.startsWith('search_')).reduce((a, [, b]) => a + b, 0);
  const records = total - search;
  return {
    totalMB: mb(total),
    recordsMB: mb(records),
    searchMB: mb(search),
    totalOverRecords: Math.round((total / records) * 100) / 100,
    byTableMB: Object.fromEntries([...bytes].map(([owner, b]) => [owner, mb(b)])),
  };
}

/** Ten years of one commune, written one way into a fresh core: the time it took. */
function generateCommune(core: Core, texts: string[], via: WriteMode): { ms: number; counts: ReturnType<typeof generateDocuments> } {
  const t0 = performance.now();
  const counts = generateDocuments(core, { years: 10, conclusionsPerYear: 1200, meetingsPerYear: 110, corpusTexts: texts, via });
  generateTasks(core, { tasks: 12_000, progressPerTask: 4, withSearch: true, via });
  return { ms: Math.round(performance.now() - t0), counts };
}

/** Ten years of one commune: search and every task list/counter. */
export async function benchOneCommune(): Promise<Record<string, unknown>> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  const texts = benchTexts();
  const corpusTexts = texts.texts.map((t) => t.text);
  // The baseline: the same ten years by plain INSERTs, in its own file, in the same run.
  const rawCore = createCore({ dbPath: join(dir, 'raw.sqlite') });
  let raw: ReturnType<typeof generateCommune>;
  try {
    await rawCore.dispatch('profile.save', sampleProfile);
    raw = generateCommune(rawCore, corpusTexts, 'raw');
  } finally {
    rawCore.close();
  }
  const core = createCore({ dbPath: join(dir, 'commune.sqlite') });
  try {
    await core.dispatch('profile.save', sampleProfile);
    const written = generateCommune(core, corpusTexts, 'writePath');
    const docs = written.counts;
    core.clock.setNow(new Date('2026-11-27T09:00:00'));
    const changeLogRows = (core.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const generation = {
      rawInsertsMs: raw.ms,
      writePathMs: written.ms,
      writePathOverRaw: Math.round((written.ms / raw.ms) * 100) / 100,
      changeLogRows,
    };
    const generatedMs = written.ms;
    const q = (input: unknown, method: string) => async () => {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(r.error.detail);
    };
    const result = {
      data: { texts: texts.source, ...docs, tasks: 12_000, progressReports: 48_000, generatedMs, generation },
      searchAsYouTypeMs: await searchAsYouType(core),
      databaseSize: databaseSize(core),
      searchMs: {
        'dang uy kien minh': await time(q({ q: 'dang uy kien minh' }, 'search.query'), 10),
        'Đảng ủy Kiến Minh': await time(q({ q: 'Đảng ủy Kiến Minh' }, 'search.query'), 10),
        'DANG UY': await time(q({ q: 'DANG UY' }, 'search.query'), 10),
        'giai phong mat bang cao toc': await time(q({ q: 'giai phong mat bang cao toc' }, 'search.query'), 10),
      },
      taskListsMs: {
        allFirstPage: await time(q({ view: 'all', limit: 100 }, 'tasks.list'), 10),
        open: await time(q({ view: 'open', limit: 100 }, 'tasks.list'), 10),
        overdue: await time(q({ view: 'overdue', limit: 100 }, 'tasks.list'), 10),
        dueThisWeek: await time(q({ view: 'week', limit: 100 }, 'tasks.list'), 10),
        byUnit: await time(q({ unitId: 'seed-peoplesCommittee', limit: 100 }, 'tasks.list'), 10),
        counters: await time(q({}, 'tasks.counters'), 10),
        homeSummary: await time(q({}, 'home.summary'), 10),
      },
      listsFirstPageMs: await listFirstPages(core),
    };
    core.close();
    return { ...result, startup: await benchStartup(join(dir, 'commune.sqlite')) };
  } finally {
    core.close();
    cleanup();
  }
}

/** A city committee collecting 100 communes: ~1.2 million tasks, overdue by unit. */
export async function benchCityScale(): Promise<Record<string, unknown>> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  const core = createCore({ dbPath: join(dir, 'city.sqlite') });
  try {
    await core.dispatch('profile.save', sampleProfile);
    core.clock.setNow(new Date('2026-11-27T09:00:00'));
    const t0 = Date.now();
    generateTasks(core, { tasks: 1_200_000, progressPerTask: 0, units: 1100, withSearch: true });
    // No PRAGMA optimize here: the app never runs it, so the figures are what a user waits for.
    const generatedMs = Date.now() - t0;
    const q = (input: unknown, method: string) => async () => {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(r.error.detail);
    };
    return {
      data: { tasks: 1_200_000, units: 1100, generatedMs },
      overdueByUnitMs: await time(q({ view: 'overdue', unitId: 'unit-42', limit: 200 }, 'tasks.list'), 5),
      overdueFirstPageMs: await time(q({ view: 'overdue', limit: 200 }, 'tasks.list'), 3),
      allFirstPageMs: await time(q({ view: 'all', limit: 100 }, 'tasks.list'), 3),
      openFirstPageMs: await time(q({ view: 'open', limit: 100 }, 'tasks.list'), 3),
      countersByUnitMs: await time(q({}, 'tasks.counters'), 3),
      homeSummaryMs: await time(q({}, 'home.summary'), 3),
      searchMs: await time(q({ q: 'quan ly dat dai thon 7' }, 'search.query'), 3),
      // The follow-up sheet of one unit's tasks of a year, written to a file through the contract.
      followUpXlsxOneUnitYearMs: await time(
        q({ format: 'xlsx', unitId: 'unit-42', from: '2026-01-01', to: '2026-12-31', target: core.ctx.files.grant(join(dir, 'theo-doi.xlsx'), 'write').handle }, 'followup.export'),
        3,
      ),
    };
  } finally {
    core.close();
    cleanup();
  }
}
