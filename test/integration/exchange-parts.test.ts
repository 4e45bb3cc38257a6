/**
 * A package split into parts (FAT32 sticks): each part a package of its own; imported in any
 * order, one at a time, it ends with the same data as the whole package.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import { syncedTables } from '../../electron/sync/synced-tables';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

const PART = 64 * 1024;
const PASS = 'Chi bo Kien Minh 2026';
const outline = [{ id: 'b1', kind: 'paragraph' as const, runs: [{ text: 'Giao UBND xã chỉ đạo rà soát đất công trước ngày 30/5/2026.' }] }];

function synced(o: Office): Record<string, unknown[]> {
  return Object.fromEntries(syncedTables.map((t) => [t, o.core.ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

async function importFile(o: Office, path: string): Promise<ApiOutput<'exchange.import'>> {
  const file = o.readable(path);
  const preview = await o.call('exchange.preview', { file, passphrase: PASS });
  if (preview.status === 'needs-trust') await o.call('exchange.trustSender', { file, fingerprint: preview.sender.fingerprint });
  return o.call('exchange.import', { file, passphrase: PASS, expectSha256: null });
}

describe('a package split into parts', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };

  /**
   * The office (A) with a conclusion, 30 tasks and progress with scanned evidence, and a second
   * PC (C) whose task under A's conclusion came back: A's log holds two origins, and C's rows
   * point at A's, as a relay would.
   */
  async function officeWithData() {
    const a = office('vpdu');
    const c = office('laptop');
    await withProfile(a);
    await c.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    const draft = await a.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await a.call('conclusions.update', { id: draft.id, content: { ...draft, outline } });
    await a.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const issued = await a.call('conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
    const tasks = await a.call('tasks.createMany', {
      tasks: Array.from({ length: 30 }, (_, i) => ({ conclusionId: issued.id, content: `Rà soát, báo cáo việc thứ ${i + 1} theo Thông báo kết luận của Ban Thường vụ Đảng ủy xã`, leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' })),
    });
    const evidence: string[] = [];
    for (let i = 0; i < 4; i++) {
      // Scans do not compress: the parts fill with their bytes.
      const path = join(a.dir, `bien-ban-${i + 1}.pdf`);
      writeFileSync(path, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(18_000)]));
      evidence.push(path);
      await a.call('tasks.recordProgress', { taskId: tasks[i * 5]!.id, status: 'inProgress', note: `Đã nộp biên bản ${i + 1}`, reportDate: '2026-05-08', evidenceFiles: [a.readable(path)] });
    }
    await c.receive(await a.exportFor(null));
    const [fromC] = await c.call('tasks.createMany', { tasks: [{ conclusionId: issued.id, content: 'Việc do máy Chánh Văn phòng thêm', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-15' }] });
    await c.call('tasks.recordProgress', { taskId: fromC!.id, status: 'done', note: 'Đã xong', reportDate: '2026-05-09' });
    await a.receive(await c.exportFor(a));
    return { a, c, tasks, fromC: fromC!, evidence };
  }

  /** Two receivers holding the same database (one copied from the other, so a new install). */
  async function twoReceivers(): Promise<[Office, Office]> {
    const whole = office('nhan-ca-goi');
    const split = office('nhan-tung-phan');
    whole.core.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    split.core.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${split.dbPath}${suffix}`, { force: true });
    copyFileSync(whole.dbPath, split.dbPath);
    split.reopen();
    expect(split.installId()).not.toBe(whole.installId());
    expect(synced(split)).toEqual(synced(whole));
    return [whole, split];
  }

  it('exports n parts under the limit, each signed and sealed; in reverse order they end as the whole package does', async () => {
    const { a, fromC } = await officeWithData();
    const [whole, split] = await twoReceivers();

    const wholeOut = await a.call('exchange.export', { scope: 'all', passphrase: PASS, target: a.writable(join(a.dir, 'ca-goi.vpdu')) });
    expect(wholeOut.parts).toHaveLength(1);
    expect(wholeOut.fileName).toBe('ca-goi.vpdu');
    const out = await a.call('exchange.export', { scope: 'all', passphrase: PASS, partBytes: PART, target: a.writable(join(a.dir, 'goi-tat-ca.vpdu')) });
    const n = out.parts.length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(out.parts.map((p) => p.fileName)).toEqual(Array.from({ length: n }, (_, i) => `goi-tat-ca-phan-${i + 1}-tren-${n}.vpdu`));
    expect(existsSync(join(a.dir, 'goi-tat-ca.vpdu'))).toBe(false);
    for (const p of out.parts) expect(statSync(p.path).size).toBeLessThanOrEqual(PART);
    expect(out.parts.reduce((s, p) => s + p.changes, 0)).toBe(wholeOut.changes);
    expect(out.changes).toBe(wholeOut.changes);
    expect(out.sealed).toBe('passphrase');
    // Every evidence file travels, each in the part of its row.
    expect(out.parts.reduce((s, p) => s + p.files, 0)).toBe(4);

    // History: one row per part, named after its file.
    const made = (await a.call('exchange.history', { limit: 50 })).filter((h) => h.direction === 'export' && h.fileName.startsWith('goi-tat-ca'));
    expect(made.map((h) => h.fileName).sort()).toEqual(out.parts.map((p) => p.fileName).sort());
    expect(made.every((h) => /^Đã tạo phần \d+\/\d+ của gói/.test(h.message))).toBe(true);

    await importFile(whole, join(a.dir, 'ca-goi.vpdu'));

    const reversed = [...out.parts].reverse();
    for (const [i, p] of reversed.entries()) {
      const preview = await split.call('exchange.preview', { file: split.readable(p.path), passphrase: PASS });
      if (preview.status === 'needs-trust') await split.call('exchange.trustSender', { file: split.readable(p.path), fingerprint: preview.sender.fingerprint });
      const ready = await split.call('exchange.preview', { file: split.readable(p.path), passphrase: PASS });
      const index = n - i;
      expect(ready.part).toMatchObject({ index, count: n, received: out.parts.slice(index).map((_, k) => index + 1 + k) });
      expect(ready.message.startsWith(`Phần ${index}/${n} của một gói được chia nhiều phần.`)).toBe(true);
      if (index > 1) expect(ready.message).toMatch(new RegExp(`(phải chờ|được giữ lại chờ) các phần còn thiếu của gói \\(phần ${Array.from({ length: index - 1 }, (_, k) => k + 1).join(', ')} trên ${n}\\)`));
      const got = await split.call('exchange.import', { file: split.readable(p.path), passphrase: PASS, expectSha256: ready.fileSha256 });
      expect(got.message).toMatch(new RegExp(`^Phần ${index}/${n}: Đã (nhận \\d+ thay đổi|giữ lại các thay đổi)`));
      const missing = Array.from({ length: index - 1 }, (_, k) => k + 1);
      if (index > 1) expect(got.message).toContain(`đang chờ các phần còn thiếu của gói (phần ${missing.join(', ')} trên ${n})`);
      const overview = await split.call('exchange.overview', {});
      if (index > 1) {
        expect(overview.backlog).toBeGreaterThan(0);
        expect(overview.waitingSets).toEqual([expect.objectContaining({ count: n, senderName: a.core.ctx.install.name ?? expect.any(String), missing: Array.from({ length: index - 1 }, (_, k) => k + 1) })]);
      } else {
        expect(overview.backlog).toBe(0);
        expect(overview.waitingSets).toEqual([]);
      }
    }

    expect(synced(split)).toEqual(synced(whole));
    expect((await split.call('tasks.get', { id: fromC.id })).progress.map((p) => p.note)).toEqual(['Đã xong']);
    // The evidence files are in the store, whole.
    const stored = (dir: string) => readdirSync(join(dir, 'evidence')).filter((f) => !f.includes('.tmp')).sort();
    expect(stored(split.core.ctx.dataDir)).toEqual(stored(whole.core.ctx.dataDir));
    expect(stored(split.core.ctx.dataDir)).toHaveLength(4);
    // One history row per part received.
    expect((await split.call('exchange.history', { limit: 50 })).filter((h) => h.direction === 'import').map((h) => h.fileName).sort()).toEqual(out.parts.map((p) => p.fileName).sort());
  });

  it('a part replayed changes nothing and says so; a missing middle part leaves a visible backlog that fills when it arrives', async () => {
    const { a } = await officeWithData();
    const [whole, split] = await twoReceivers();
    await importFile(whole, await a.exportFor(null, 'ca-goi.vpdu'));
    // Sealed for the recipient, once A trusts it: every part too.
    await a.receive(await split.exportFor(null));
    const out = await a.call('exchange.export', { scope: 'peer', peerInstallId: split.installId(), passphrase: null, partBytes: PART, target: a.writable(join(a.dir, 'goi.vpdu')) });
    expect(out.sealed).toBe('recipient');
    const n = out.parts.length;
    expect(n).toBeGreaterThanOrEqual(3);
    const [first, ...rest] = out.parts;
    const middle = rest.slice(0, -1);
    const last = rest[rest.length - 1]!;

    await importFile(split, first!.path);
    const replay = split.dbBytes();
    const again = await split.fail('exchange.import', { file: split.readable(first!.path), passphrase: null });
    expect(again.message).toMatch(new RegExp(`^Phần 1/${n} này đã được nhận lúc .*Nhận lại không thay đổi gì\\.$`));
    expect(split.dbBytes().equals(replay)).toBe(true);
    const preview = await split.call('exchange.preview', { file: split.readable(first!.path), passphrase: null });
    expect(preview.status).toBe('nothing-new');
    expect(preview.message).toMatch(/đã được nhận lúc/);

    await importFile(split, last.path);
    const waiting = await split.call('exchange.overview', {});
    expect(waiting.backlog).toBeGreaterThan(0);
    expect(waiting.waitingSets).toEqual([expect.objectContaining({ count: n, missing: middle.map((_, k) => k + 2) })]);
    const lastAgain = await split.fail('exchange.import', { file: split.readable(last.path), passphrase: null });
    expect(lastAgain.message).toMatch(new RegExp(`^Phần ${n}/${n} này đã được nhận`));

    for (const p of middle) await importFile(split, p.path);
    const done = await split.call('exchange.overview', {});
    expect(done.backlog).toBe(0);
    expect(done.waitingSets).toEqual([]);
    // The split receiver also holds its own first package's changes; A holds none of whole's.
    const own = split.installId();
    const withoutOwn = (o: Office) => {
      const s = synced(o);
      return Object.fromEntries(Object.entries(s).map(([t, rows]) => [t, (rows as Array<{ replica_id?: string }>).filter((r) => r.replica_id !== own)]));
    };
    expect(withoutOwn(split)).toEqual(withoutOwn(whole));
  });

  it('a whole package that brings what a part left waiting leaves no stale backlog', async () => {
    const { a } = await officeWithData();
    const b = office('nhan');
    const parts = (await a.call('exchange.export', { scope: 'all', passphrase: PASS, partBytes: PART, target: a.writable(join(a.dir, 'goi.vpdu')) })).parts;
    await importFile(b, parts[parts.length - 1]!.path);
    expect((await b.call('exchange.overview', {})).backlog).toBeGreaterThan(0);
    // The office sends everything again, whole (the parts seemed lost): the waiting changes come in it.
    await importFile(b, await a.exportFor(null));
    const overview = await b.call('exchange.overview', {});
    expect(overview.backlog).toBe(0);
    expect(overview.waitingSets).toEqual([]);
  });

  it('refuses an evidence file larger than a part, writing nothing', async () => {
    const a = office('vpdu');
    await withProfile(a);
    const [task] = await a.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Báo cáo quyết toán', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-07-15' }] });
    const big = join(a.dir, 'ban-quet-quyet-toan.pdf');
    writeFileSync(big, randomBytes(80 * 1024));
    await a.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã nộp', reportDate: '2026-05-08', evidenceFiles: [a.readable(big)] });
    const before = readdirSync(a.dir);
    const refused = await a.fail('exchange.export', { scope: 'all', passphrase: null, partBytes: PART, target: a.writable(join(a.dir, 'goi.vpdu')) });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toMatch(/^Tệp minh chứng "ban-quet-quyet-toan\.pdf" \(80 KB\) lớn hơn giới hạn một tệp gói dữ liệu/);
    expect(readdirSync(a.dir)).toEqual(before);
    expect((await a.call('exchange.history', { limit: 10 })).filter((h) => h.direction === 'export')).toEqual([]);
    // Under the FAT32 limit it goes whole.
    const whole = await a.call('exchange.export', { scope: 'all', passphrase: null, target: a.writable(join(a.dir, 'goi.vpdu')) });
    expect(basename(whole.path ?? '')).toBe('goi.vpdu');
  });
});
