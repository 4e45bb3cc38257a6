/**
 * Two installs of one office give the same number: the entry received from the other install
 * is stored as a reported duplicate — never merged away, never failing the package import —
 * shown in the register ("Trùng số", where it was given) and in "Xung đột dữ liệu"; settled by
 * "Huỷ số" on one of them, on either install.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

describe('numbers given on two installs', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };
  const take = (o: Office, summary: string, issueDate: string) =>
    o.call('register.takeNumber', { docType: 'CV', summary, issueDate, signerName: 'Vũ Bình Dương', recipientsText: 'Lưu VPĐU' });

  it('keeps both entries of a number given twice, reports the conflict on both installs, and settles it when one is cancelled', async () => {
    const a = office('van-thu');
    const b = office('chanh-vp');
    await withProfile(a);
    await take(a, 'Công văn về lịch tiếp công dân', '2026-05-04');
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));

    // Both PCs take the next Công văn number before the next exchange.
    // Issue dates may not be in the future: A's clock is on that day too.
    await a.core.clock.setNow(new Date('2026-05-11T09:00:00'));
    const onA = await take(a, 'Công văn về báo cáo công tác dân vận', '2026-05-11');
    await b.core.clock.setNow(new Date('2026-05-11T15:00:00'));
    const onB = await take(b, 'Công văn về chuẩn bị đại hội chi bộ', '2026-05-11');
    expect([onA.numberSymbol, onB.numberSymbol]).toEqual(['02-CV/ĐU', '02-CV/ĐU']);
    expect(onA.issuedElsewhere).toBeNull();

    const fromB = await b.exportFor(a);
    const fromA = await a.exportFor(b);
    // The preview says so before anything is applied.
    const preview = await a.call('exchange.preview', { file: a.readable(fromB), passphrase: null });
    expect(preview.conflicts.filter((c) => c.numbering)).toEqual([
      expect.objectContaining({ kept: expect.stringMatching(/^02-CV\/ĐU — .*báo cáo công tác dân vận/), other: expect.stringMatching(/^02-CV\/ĐU — .*chuẩn bị đại hội chi bộ/) }),
    ]);
    expect(preview.message).toMatch(/1 xung đột/);
    const received = await a.receive(fromB);
    expect(received.conflicts).toBe(1);
    await b.receive(fromA);

    for (const [o, other] of [
      [a, onB],
      [b, onA],
    ] as const) {
      const twos = (await o.call('register.list', {})).items.filter((e) => e.number === 2);
      expect(twos.map((e) => e.id).sort()).toEqual([onA.id, onB.id].sort());
      const theirs = twos.find((e) => e.id === other.id)!;
      expect(theirs.issuedElsewhere).toMatch(/^Máy /);
      expect(twos.every((e) => e.duplicateOf.length === 1)).toBe(true);
      const conflicts = (await o.call('exchange.conflicts', { includeResolved: false })).filter((c) => c.kind === 'numbering');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ table: 'register_entries', fieldLabel: 'Số văn bản', canChooseOther: false });
      expect(`${String(conflicts[0]!.kept)} ${String(conflicts[0]!.other)}`).toMatch(/02-CV\/ĐU — Công văn về báo cáo công tác dân vận.*|02-CV\/ĐU — Công văn về chuẩn bị đại hội chi bộ/);
      // The next number is past both, on both PCs.
      expect((await o.call('register.nextNumber', { docType: 'CV' })).numberSymbol).toBe('03-CV/ĐU');
    }

    // The same package again changes nothing and reports nothing more.
    expect((await a.fail('exchange.import', { file: a.readable(fromB), passphrase: null, expectSha256: null })).code).toBeTruthy();
    expect((await a.call('exchange.conflicts', { includeResolved: false })).filter((c) => c.kind === 'numbering')).toHaveLength(1);

    // Chánh Văn phòng's PC cancels its number; the cancellation travels and settles the conflict on the desk too.
    await b.call('register.cancel', { id: onB.id, reason: 'Trùng số với văn thư; văn bản lấy số mới' });
    expect((await b.call('exchange.conflicts', { includeResolved: false })).filter((c) => c.kind === 'numbering')).toHaveLength(0);
    await a.receive(await b.exportFor(a));
    expect((await a.call('exchange.conflicts', { includeResolved: false })).filter((c) => c.kind === 'numbering')).toHaveLength(0);
    const settled = (await a.call('exchange.conflicts', { includeResolved: true })).find((c) => c.kind === 'numbering')!;
    expect(settled.resolution).toMatch(/Sổ văn bản đi/);
    const entries = (await a.call('register.list', {})).items;
    expect(entries.find((e) => e.id === onB.id)).toMatchObject({ cancelled: true, duplicateOf: [] });
    expect(entries.find((e) => e.id === onA.id)).toMatchObject({ cancelled: false, duplicateOf: [] });
    expect((await a.call('register.history', { id: onB.id }))[0]).toMatchObject({ action: 'cancel', reason: 'Trùng số với văn thư; văn bản lấy số mới' });
  });

  it('one PC is the numbering desk of a type: the other is warned and must confirm before it takes a number', async () => {
    const a = office('van-thu');
    const b = office('chanh-vp');
    await withProfile(a);
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));

    const desks = await a.call('register.setDesk', { docType: 'CV', thisInstall: true });
    expect(desks.desks).toEqual([{ docType: 'CV', installId: a.installId(), installName: desks.thisInstall.name, isThisInstall: true }]);
    expect((await a.call('register.nextNumber', { docType: 'CV' })).deskWarning).toBeNull();
    await b.receive(await a.exportFor(b));

    const warned = await b.call('register.nextNumber', { docType: 'CV' });
    expect(warned.deskWarning).toContain(`Máy cấp số loại CV của văn phòng là “${desks.thisInstall.name}”`);
    expect((await b.call('register.nextNumber', { docType: 'BC' })).deskWarning).toBeNull();
    const refused = await b.fail('register.takeNumber', { docType: 'CV', summary: 'Công văn về lịch trực', issueDate: '2026-05-12' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/có thể trùng/);
    expect((await b.call('register.list', {})).items).toHaveLength(0);
    const taken = await b.call('register.takeNumber', { docType: 'CV', summary: 'Công văn về lịch trực', issueDate: '2026-05-12', notDeskConfirmed: true });
    expect(taken.numberSymbol).toBe('01-CV/ĐU');
    // Only the desk itself gives its desk up; another PC takes it over by switching it on there.
    expect((await b.fail('register.setDesk', { docType: 'CV', thisInstall: false })).message).toMatch(/máy khác/);
    const moved = await b.call('register.setDesk', { docType: 'CV', thisInstall: true });
    expect(moved.desks[0]).toMatchObject({ installId: b.installId(), isThisInstall: true });
    await a.receive(await b.exportFor(a));
    expect((await a.call('register.nextNumber', { docType: 'CV' })).deskWarning).toMatch(/Máy cấp số loại CV/);
    expect((await a.call('register.list', {})).items.find((e) => e.id === taken.id)?.issuedElsewhere).toBe(moved.thisInstall.name);
  });

  it('the desk question is asked by the core for every way a number is given: issuing a conclusion and a Công văn đôn đốc too', async () => {
    const a = office('van-thu');
    const b = office('chanh-vp');
    await withProfile(a);
    await a.call('register.setDesk', { docType: 'TB', thisInstall: true });
    await a.call('register.setDesk', { docType: 'CV', thisInstall: true });
    await b.receive(await a.exportFor(null));
    await b.core.clock.setNow(new Date('2026-05-12T09:00:00'));

    const draft = await b.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank' });
    await b.call('conclusions.update', { id: draft.id, content: { ...draft, summary: 'về công tác chuẩn bị Tết trồng cây' } });
    const refused = await b.fail('conclusions.issue', { id: draft.id, issueDate: '2026-05-12' });
    expect(refused).toMatchObject({ code: 'CONFLICT', fields: { notDeskConfirmed: expect.stringMatching(/xác nhận/) } });
    expect(refused.message).toMatch(/Máy cấp số loại TB của văn phòng là/);
    expect((await b.call('conclusions.get', { id: draft.id })).status).toBe('draft');
    expect((await b.call('register.list', {})).total).toBe(0);
    const issued = await b.call('conclusions.issue', { id: draft.id, issueDate: '2026-05-12', notDeskConfirmed: true });
    expect(issued.numberSymbol).toBe('01-TB/ĐU');

    await b.call('tasks.createMany', {
      tasks: [{ conclusionId: null, content: 'Rà soát hồ sơ đảng viên', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-01' }],
    });
    const target = () => b.writable(join(b.dir, 'cong-van.docx'));
    const letter = await b.fail('followup.reminderLetter', { unitId: 'seed-peoplesCommittee', target: target() });
    expect(letter).toMatchObject({ code: 'CONFLICT', fields: { notDeskConfirmed: expect.any(String) } });
    expect(existsSync(join(b.dir, 'cong-van.docx'))).toBe(false);
    expect((await b.call('register.list', { docType: 'CV' })).total).toBe(0);
    const written = await b.call('followup.reminderLetter', { unitId: 'seed-peoplesCommittee', target: target(), notDeskConfirmed: true });
    expect(written.numberSymbol).toBe('01-CV/ĐU');
    // At the desk itself nothing is asked.
    await a.core.clock.setNow(new Date('2026-05-13T09:00:00'));
    const atDesk = await a.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank' });
    await a.call('conclusions.update', { id: atDesk.id, content: { ...atDesk, summary: 'về công tác phòng chống lụt bão' } });
    expect((await a.call('conclusions.issue', { id: atDesk.id, issueDate: '2026-05-13' })).numberSymbol).toBe('01-TB/ĐU');
  });
});
