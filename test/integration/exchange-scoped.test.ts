import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

const outline = [{ id: 'b1', kind: 'paragraph' as const, runs: [{ text: 'Giao UBND xã chỉ đạo rà soát đất công.' }] }];

/** The synced rows of the tables a scoped package touches, for comparing two installs. */
function rows(o: Office, table: string, ids: string[]): unknown[] {
  return ids.map((id) => o.core.ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id));
}

describe('scoped export: only what concerns one unit', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };

  it('sends the unit its tasks, progress and conclusions; its progress comes back; a later full package converges', async () => {
    const a = office('vpdu');
    const b = office('ubnd');
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T09:30:00'));
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    const draft = await a.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await a.call('conclusions.update', { id: draft.id, content: { ...draft, outline } });
    const issued = await a.call('conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
    const ubnd = 'seed-peoplesCommittee';
    const [mine, supporting, other] = await a.call('tasks.createMany', {
      tasks: [
        { conclusionId: issued.id, content: 'Rà soát đất công', leadUnitIds: [ubnd], dueDate: '2026-05-30' },
        { conclusionId: issued.id, content: 'Phối hợp tuyên truyền', leadUnitIds: ['seed-fatherlandFront'], supportingUnitIds: [ubnd], dueDate: '2026-06-30' },
        { conclusionId: null, content: 'Việc riêng của Mặt trận', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-06-30' },
      ],
    });
    const pdf = join(a.dir, 'bien-ban.pdf');
    writeFileSync(pdf, '%PDF-1.4 biên bản rà soát');
    await a.call('tasks.recordProgress', { taskId: mine!.id, status: 'inProgress', note: 'Đã họp triển khai', reportDate: '2026-05-09', evidenceFiles: [a.readable(pdf)] });
    // A draft elsewhere: outside the scope.
    const otherDraft = await a.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });

    const path = join(a.dir, 'ubnd.vpdu');
    const made = await a.call('exchange.export', { scope: 'unit', unitId: ubnd, peerInstallId: null, passphrase: null, target: a.writable(path) });
    expect(made.files).toBe(1);

    const preview = await b.call('exchange.preview', { file: b.readable(path), passphrase: null });
    await b.call('exchange.trustSender', { file: b.readable(path), fingerprint: preview.sender.fingerprint });
    const ready = await b.call('exchange.preview', { file: b.readable(path), passphrase: null });
    expect(ready.status).toBe('ready');
    expect(ready.scope).toBe('unit');
    expect(ready.kinds.find((k) => k.kind === 'tasks')?.added).toBe(2);
    expect(ready.kinds.find((k) => k.kind === 'conclusions')?.added).toBe(1);
    const logBefore = b.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get();
    const got = await b.call('exchange.import', { file: b.readable(path), passphrase: null, expectSha256: ready.fileSha256 });
    expect(got.applied).toBeGreaterThan(0);
    // Nothing logged as received, no watermark moved.
    expect(b.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(logBefore);
    expect(b.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log WHERE origin_install = ?').get(a.installId())).toEqual({ n: 0 });

    // In the scope: the unit's tasks (lead and supporting), progress, evidence file, the conclusion.
    expect((await b.call('tasks.get', { id: mine!.id })).content).toBe('Rà soát đất công');
    expect((await b.call('tasks.get', { id: supporting!.id })).content).toBe('Phối hợp tuyên truyền');
    const evidence = (await b.call('tasks.get', { id: mine!.id })).progress[0]!.evidence[0]!;
    expect(Buffer.from((await b.call('tasks.evidenceContent', { evidenceId: evidence.id })).base64, 'base64').toString()).toBe('%PDF-1.4 biên bản rà soát');
    expect((await b.call('conclusions.get', { id: issued.id })).status).toBe('issued');
    // Outside it: nothing.
    const absent = (table: string, id: string) => b.core.ctx.sqlite.prepare(`SELECT id FROM ${table} WHERE id = ?`).get(id);
    expect(absent('tasks', other!.id)).toBeUndefined();
    expect(absent('conclusions', otherDraft.id)).toBeUndefined();

    // The same package twice: refused, the database unchanged.
    const again = b.dbBytes();
    expect((await b.fail('exchange.import', { file: b.readable(path) })).message).toMatch(/đã được nhận/);
    expect(b.dbBytes().equals(again)).toBe(true);

    // The unit records progress and sends an ordinary package back; the office sees it.
    await b.core.clock.setNow(new Date('2026-05-20T15:00:00'));
    await b.call('tasks.recordProgress', { taskId: mine!.id, status: 'done', note: 'Đã rà soát xong 12 thửa đất công' });
    const back = await b.exportFor(a);
    await a.receive(back);
    const seen = await a.call('tasks.get', { id: mine!.id });
    expect(seen.status).toBe('done');
    expect(seen.progress.map((p) => p.note)).toContain('Đã rà soát xong 12 thửa đất công');
    // The unit's edit saw the snapshot: no conflict at the office.
    expect(a.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_conflicts').get()).toEqual({ n: 0 });

    // Meanwhile the office renames the task; then a full package: everything converges, no conflict.
    await a.call('tasks.update', { id: supporting!.id, conclusionId: issued.id, content: 'Phối hợp tuyên truyền, vận động', leadUnitIds: ['seed-fatherlandFront'], supportingUnitIds: [ubnd], dueDate: '2026-06-30' });
    const full = await a.exportFor(b);
    await b.receive(full);
    expect(b.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_conflicts').get()).toEqual({ n: 0 });
    const back2 = await b.exportFor(a);
    await a.receive(back2).catch(() => undefined);
    const taskIds = [mine!.id, supporting!.id, other!.id];
    expect(rows(b, 'tasks', taskIds)).toEqual(rows(a, 'tasks', taskIds));
    expect(rows(b, 'conclusions', [issued.id, otherDraft.id])).toEqual(rows(a, 'conclusions', [issued.id, otherDraft.id]));
    const prog = a.core.ctx.sqlite.prepare('SELECT id FROM progress_reports ORDER BY id').pluck().all() as string[];
    expect(rows(b, 'progress_reports', prog)).toEqual(rows(a, 'progress_reports', prog));
    expect(b.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_conflicts').get()).toEqual({ n: 0 });
  });
});
