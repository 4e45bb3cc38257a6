/**
 * A PC whose clock is a year ahead (issue 10, situation 4). Its stamps must not make it win
 * over edits made after seeing its change, even when the knowledge passed through a third
 * install: A saw C's change, B saw A's, so B's edit is the newest for everyone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

describe('exchange with a clock a year ahead', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));

  it('an edit made after seeing the fast clock\'s change wins on every install, through a relay', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((l) => {
      const o = startOffice(l);
      offices.push(o);
      return o;
    }) as [Office, Office, Office];
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await c.core.clock.setNow(new Date('2027-05-08T09:00:00'));
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    await b.receive(await a.exportFor(null));
    await c.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));
    await a.receive(await c.exportFor(a));

    // C (clock in 2027) moves the meeting.
    await c.call('meetings.update', { ...kienMinhMeeting, id: meeting.id, place: 'Hội trường (máy C)' });
    await a.receive(await c.exportFor(a));
    // A saw it and changes another field of the same meeting.
    await a.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    const atA = await a.call('meetings.get', { id: meeting.id });
    expect(atA.place).toBe('Hội trường (máy C)');
    await a.call('meetings.update', { ...kienMinhMeeting, id: meeting.id, place: atA.place, subject: 'Hội nghị sơ kết quý II' });
    // B has never heard from C directly; A's package relays C's change with A's.
    await b.receive(await a.exportFor(b));
    await b.core.clock.setNow(new Date('2026-05-08T11:00:00'));
    await b.call('meetings.update', { ...kienMinhMeeting, id: meeting.id, subject: 'Hội nghị sơ kết quý II', place: 'Phòng họp số 2' });

    // Everyone hears from everyone (B and C meet for the first time).
    await c.receive(await b.exportFor(null));
    for (let round = 0; round < 2; round++) {
      for (const [from, to] of [[b, a], [b, c], [a, c], [c, a], [c, b], [a, b]] as const) {
        const file = to.readable(await from.exportFor(null));
        const preview = await to.call('exchange.preview', { file, passphrase: null });
        if (preview.status === 'needs-trust') await to.call('exchange.trustSender', { file, fingerprint: preview.sender.fingerprint });
        const r = await to.core.dispatch('exchange.import', { file, passphrase: null, expectSha256: null });
        if (!r.ok) expect(r.error.message).toMatch(/không có gì mới/);
      }
    }
    for (const o of [a, b, c]) {
      const m = await o.call('meetings.get', { id: meeting.id });
      expect({ at: o.label, place: m.place, subject: m.subject }).toEqual({ at: o.label, place: 'Phòng họp số 2', subject: 'Hội nghị sơ kết quý II' });
      // B replaced C's place knowingly: no conflict to show.
      expect(await o.call('exchange.conflicts', { includeResolved: true })).toEqual([]);
    }
    // C's clock did not move the others' clocks a year ahead.
    const stamp = (o: Office) => (o.core.ctx.sqlite.prepare('SELECT hlc FROM change_log WHERE origin_install = ? ORDER BY origin_seq DESC LIMIT 1').get(o.installId()) as { hlc: string }).hlc;
    expect(stamp(b).slice(0, 15) < stamp(c).slice(0, 15)).toBe(true);
  });
});
