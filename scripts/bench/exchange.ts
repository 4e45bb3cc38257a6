/**
 * Exchange by package: one year of a commune's changes (~50,000) exported and imported, and
 * changes applied per second beside plain SQLite inserts of the same rows in the same run.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../electron/core/create-core';
import { newId } from '../../electron/db/ids';
import { localInstall } from '../../electron/exchange/install-keys';
import { trustInstall } from '../../electron/exchange/known-installs';
import { makePackage } from '../../electron/exchange/package-export';
import { importPackage } from '../../electron/exchange/package-import';
import { insertRow, updateRow } from '../../electron/sync/changes';
import { makeTempDir } from '../../test/support/temp-dir';

const MEETINGS = Number(process.env.VPDU_BENCH_EXCHANGE_ROWS ?? 2_000);
const EDITS = Number(process.env.VPDU_BENCH_EXCHANGE_EDITS ?? 48_000);

export async function benchExchange(): Promise<Record<string, unknown>> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-exchange-');
  try {
    const a = createCore({ dbPath: join(dir, 'a.sqlite') });
    const b = createCore({ dbPath: join(dir, 'b.sqlite'), seedUnits: false });
    const row = (i: number) => ({
      id: newId(),
      body: 'standingCommittee',
      kind: 'conference',
      sequence_number: null,
      term_id: null,
      subject: `Hội nghị Ban Thường vụ kỳ ${i}: đánh giá kết quả thực hiện nhiệm vụ tháng, triển khai nhiệm vụ trọng tâm`,
      date: '2026-05-07',
      start_time: '08:00',
      end_time: '11:00',
      place: 'Hội trường Đảng ủy xã',
      chair_json: JSON.stringify({ name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy' }),
      secretary_json: JSON.stringify({ name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng Đảng ủy' }),
      attendance_summary: 'các đồng chí Ủy viên Ban Thường vụ Đảng ủy; lãnh đạo UBND xã',
      attendees_json: '[]',
      invited_json: '[]',
      documents_json: '[]',
      agenda_json: JSON.stringify([{ title: 'Đánh giá kết quả thực hiện nhiệm vụ tháng', notes: '' }]),
      notes: '',
    });
    const ids: string[] = [];
    const t0 = performance.now();
    a.ctx.sqlite.transaction(() => {
      for (let i = 0; i < MEETINGS; i++) {
        const r = row(i);
        ids.push(r.id);
        insertRow(a.ctx, 'meetings', r);
      }
      for (let i = 0; i < EDITS; i++) updateRow(a.ctx, 'meetings', ids[i % MEETINGS] as string, { notes: `Ghi chú lần ${i}: đã trao đổi, thống nhất nội dung kết luận` });
    })();
    const writeMs = performance.now() - t0;
    const changes = (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;

    const la = localInstall(a.ctx);
    const lb = localInstall(b.ctx);
    trustInstall(b.ctx, { installId: la.installId, name: la.name, signingKey: la.keys.signingKey, agreementKey: la.keys.agreementKey });
    trustInstall(a.ctx, { installId: lb.installId, name: lb.name, signingKey: lb.keys.signingKey, agreementKey: lb.keys.agreementKey });

    const t1 = performance.now();
    const made = makePackage(a.ctx, { scope: 'all', peerInstallId: lb.installId });
    const exportMs = performance.now() - t1;

    let applyStart = 0;
    const t2 = performance.now();
    const outcome = await importPackage(b.ctx, made.bytes, {
      fileName: 'bench.vpdu',
      beforeApply: () => {
        applyStart = performance.now();
        return Promise.resolve();
      },
    });
    const importMs = performance.now() - t2;
    const applyMs = performance.now() - applyStart;

    // Baseline: the same rows, plain prepared INSERTs in one transaction, on the same machine now.
    const plain = new BetterSqlite3(join(dir, 'plain.sqlite'));
    plain.pragma('journal_mode = WAL');
    plain.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, table_name TEXT, fields_json TEXT) STRICT');
    const logRows = a.ctx.sqlite.prepare('SELECT origin_install || origin_seq AS id, table_name, fields_json FROM change_log').all() as { id: string; table_name: string; fields_json: string }[];
    const insert = plain.prepare('INSERT INTO rows (id, table_name, fields_json) VALUES (?, ?, ?)');
    const t3 = performance.now();
    plain.transaction(() => {
      for (const r of logRows) insert.run(r.id, r.table_name, r.fields_json);
    })();
    const plainMs = performance.now() - t3;
    plain.close();
    a.close();
    b.close();

    const round = (n: number) => Math.round(n);
    const appliedPerSecond = round((outcome.applied + outcome.superseded) / (applyMs / 1000));
    const plainPerSecond = round(logRows.length / (plainMs / 1000));
    return {
      changes,
      writeThroughWritePathMs: round(writeMs),
      packageBytes: made.bytes.length,
      exportMs: round(exportMs),
      importMs: round(importMs),
      applyMs: round(applyMs),
      applied: outcome.applied,
      appliedPerSecond,
      plainInsertsPerSecond: plainPerSecond,
      ratioToPlainInserts: Math.round((appliedPerSecond / plainPerSecond) * 1000) / 1000,
      goal: 'applied/s at least a third of plain inserts',
    };
  } finally {
    cleanup();
  }
}
