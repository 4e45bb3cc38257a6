import { afterEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

const outline = [
  { id: 'b1', kind: 'paragraph' as const, runs: [{ text: 'Giao UBND xã chỉ đạo rà soát đất công trước ngày 30/5/2026.' }] },
];

describe('exchange by package file between two installs', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };

  it('sends a conclusion and its tasks to the unit, and its progress back, losing nothing', async () => {
    const a = office('vpdu');
    const b = office('ubnd');
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T09:30:00'));
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    const draft = await a.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await a.call('conclusions.update', { id: draft.id, content: { ...draft, outline } });
    await a.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const issued = await a.call('conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
    const units = await a.call('units.list', {});
    const ubnd = units.find((u) => u.shortName === 'UBND xã') ?? units[0];
    const [task] = await a.call('tasks.createMany', { tasks: [{ conclusionId: issued.id, content: 'Rà soát đất công', leadUnitIds: [ubnd!.id], dueDate: '2026-05-30' }] });

    const first = await a.exportFor(null);
    // An unknown sender: shown with its fingerprint, nothing written.
    const before = b.dbBytes();
    const preview = await b.call('exchange.preview', { file: b.readable(first), passphrase: null });
    expect(preview.status).toBe('needs-trust');
    expect(preview.sender.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    const refused = await b.fail('exchange.import', { file: b.readable(first) });
    expect(refused.message).toMatch(/chưa được tin cậy/);
    expect(b.dbBytes().equals(before)).toBe(true);

    await b.call('exchange.trustSender', { file: b.readable(first), fingerprint: preview.sender.fingerprint });
    const ready = await b.call('exchange.preview', { file: b.readable(first), passphrase: null });
    expect(ready.status).toBe('ready');
    expect(ready.kinds.find((k) => k.kind === 'conclusions')?.added).toBe(1);
    expect(ready.kinds.find((k) => k.kind === 'tasks')?.added).toBe(1);
    const got = await b.call('exchange.import', { file: b.readable(first), passphrase: null, expectSha256: ready.fileSha256 });
    expect(got.applied).toBeGreaterThan(0);
    expect(got.backupPath).toBeTruthy();
    expect((await b.call('conclusions.get', { id: issued.id })).numberSymbol).toBe('62-TB/ĐU');
    expect((await b.call('tasks.get', { id: task!.id })).content).toBe('Rà soát đất công');

    // The same package again, and the file unchanged: nothing changes, and it says so.
    const again = b.dbBytes();
    expect((await b.fail('exchange.import', { file: b.readable(first) })).message).toMatch(/đã được nhận/);
    expect(b.dbBytes().equals(again)).toBe(true);

    // The unit records progress and sends it back.
    await b.core.clock.setNow(new Date('2026-05-20T15:00:00'));
    await b.call('tasks.recordProgress', { taskId: task!.id, status: 'done', note: 'Đã rà soát xong 12 thửa đất công' });
    const back = await b.exportFor(a);
    const result = await a.receive(back);
    expect(result.applied).toBeGreaterThan(0);
    const seen = await a.call('tasks.get', { id: task!.id });
    expect(seen.status).toBe('done');
    expect(seen.progress.map((p) => p.note)).toContain('Đã rà soát xong 12 thửa đất công');

    // History on both sides.
    expect((await a.call('exchange.history', { limit: 10 })).map((h) => h.direction)).toEqual(['import', 'export']);
    const bHistory = await b.call('exchange.history', { limit: 10 });
    expect(bHistory.map((h) => h.direction)).toEqual(['export', 'import']);
    expect(bHistory[1]?.fileSha256).toBe(ready.fileSha256);

    // Now that B knows A, A's next package is sealed for B.
    await a.call('meetings.update', { id: meeting.id, ...kienMinhMeeting, place: 'Nhà văn hóa thôn 3' });
    const sealed = await a.call('exchange.export', { scope: 'peer', peerInstallId: b.installId(), passphrase: null, target: a.writable(`${a.dir}/sealed.vpdu`) });
    expect(sealed.sealed).toBe('recipient');
    expect(sealed.changes).toBe(1);
    await b.receive(`${a.dir}/sealed.vpdu`);
    expect((await b.call('meetings.get', { id: meeting.id })).place).toBe('Nhà văn hóa thôn 3');
  });

  it('keeps the losing value of a field both changed, and lets the user choose it', async () => {
    const a = office('a');
    const b = office('b');
    await withProfile(a);
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));

    await a.call('meetings.update', { id: meeting.id, ...kienMinhMeeting, place: 'Hội trường A' });
    await b.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    await b.call('meetings.update', { id: meeting.id, ...kienMinhMeeting, place: 'Hội trường B' });

    const fromA = await a.exportFor(b);
    const fromB = await b.exportFor(a);
    const preview = await b.call('exchange.preview', { file: b.readable(fromA), passphrase: null });
    expect(preview.conflicts).toHaveLength(1);
    await b.receive(fromA);
    await a.receive(fromB);
    const placeA = (await a.call('meetings.get', { id: meeting.id })).place;
    const placeB = (await b.call('meetings.get', { id: meeting.id })).place;
    expect(placeA).toBe(placeB);
    const conflictsA = await a.call('exchange.conflicts', { includeResolved: false });
    const conflictsB = await b.call('exchange.conflicts', { includeResolved: false });
    expect(conflictsA).toHaveLength(1);
    expect(conflictsB).toHaveLength(1);
    expect(new Set([conflictsA[0]!.kept, conflictsA[0]!.other])).toEqual(new Set(['Hội trường A', 'Hội trường B']));
    expect(conflictsA[0]!.recordLabel).toMatch(/^Hội nghị/);

    const chosen = await a.call('exchange.resolveConflict', { id: conflictsA[0]!.id, choice: 'other' });
    expect(chosen.resolvedAt).not.toBeNull();
    const other = conflictsA[0]!.other;
    expect((await a.call('meetings.get', { id: meeting.id })).place).toBe(other);
    await b.receive(await a.exportFor(b));
    expect((await b.call('meetings.get', { id: meeting.id })).place).toBe(other);
  });

  it('holds changes that arrive before the ones they follow in a visible backlog until the gap is filled', async () => {
    const a = office('a');
    const b = office('b');
    await withProfile(a);
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));
    const m = await a.call('meetings.create', kienMinhMeeting);
    const p1 = await a.exportFor(b);
    await a.call('meetings.update', { id: m.id, ...kienMinhMeeting, place: 'Phòng họp 2' });
    // A believes B already holds p1 (as if B had said so): the next package starts after it.
    const seq = (a.core.ctx.sqlite.prepare('SELECT max(origin_seq) AS n FROM change_log WHERE origin_install = ?').get(a.installId()) as { n: number }).n;
    a.core.ctx.sqlite.prepare('UPDATE exchange_peer_acks SET seq = ? WHERE peer_install_id = ? AND origin_install_id = ?').run(seq - 1, b.installId(), a.installId());
    const p2 = await a.exportFor(b);

    const waiting = await b.receive(p2);
    expect(waiting.applied).toBe(0);
    expect(waiting.waiting).toBe(1);
    expect((await b.call('exchange.overview', {})).backlog).toBe(1);
    const filled = await b.receive(p1);
    expect(filled.fromBacklog).toBe(1);
    expect((await b.call('exchange.overview', {})).backlog).toBe(0);
    expect((await b.call('meetings.get', { id: m.id })).place).toBe('Phòng họp 2');
  });
});
