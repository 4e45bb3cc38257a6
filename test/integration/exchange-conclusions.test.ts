/**
 * Conclusions through packages: an issued document is never changed by a package (the edit is
 * a conflict shown to the user, every install ends with the issued text), and a draft's long
 * text that loses a merge is kept as a version of the draft, once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

const para = (id: string, text: string) => ({ id, kind: 'paragraph' as const, runs: [{ text }] });

describe('conclusions exchanged by package', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const pair = async (): Promise<[Office, Office]> => {
    const a = startOffice('vp');
    const b = startOffice('chanh-vp');
    offices.push(a, b);
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));
    return [a, b];
  };
  const draftOn = async (a: Office, b: Office) => {
    const meeting = await a.call('meetings.create', kienMinhMeeting);
    const draft = await a.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await a.call('conclusions.update', { id: draft.id, content: { ...draft, outline: [para('p1', 'Giao Văn phòng Đảng ủy chuẩn bị hồ sơ đại hội chi bộ.')] } });
    await b.receive(await a.exportFor(b));
    return draft.id;
  };
  const outlineText = async (o: Office, id: string) => (await o.call('conclusions.get', { id })).outline.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

  it('refuses a package edit to an issued conclusion: a conflict to see, the issued text everywhere', async () => {
    const [a, b] = await pair();
    const id = await draftOn(a, b);
    // B edits the draft while A issues it; neither has seen the other.
    await b.core.clock.setNow(new Date('2026-05-08T11:00:00'));
    const atB = await b.call('conclusions.get', { id });
    await b.call('conclusions.update', { id, content: { ...atB, outline: [para('p1', 'Giao Ban Tổ chức chuẩn bị hồ sơ đại hội chi bộ thôn Đông.')] } });
    await a.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    await a.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    const issued = await a.call('conclusions.issue', { id, issueDate: '2026-05-08' });
    const issuedText = await outlineText(a, id);

    const fromB = await b.exportFor(a);
    const fromA = await a.exportFor(b);
    const preview = await a.call('exchange.preview', { file: a.readable(fromB), passphrase: null });
    expect(preview.conflicts.length).toBeGreaterThan(0);
    await a.receive(fromB);
    expect(await outlineText(a, id)).toBe(issuedText);
    const atA = await a.call('exchange.conflicts', { includeResolved: false });
    const issuedConflict = atA.find((c) => c.kind === 'issued' && c.field === 'outline_json');
    expect(issuedConflict?.other).toMatch(/Ban Tổ chức/);
    expect(issuedConflict?.canChooseOther).toBe(false);
    expect((await a.fail('exchange.resolveConflict', { id: issuedConflict!.id, choice: 'other' })).message).toMatch(/đã ban hành/);

    // B gets the issued text over its own draft edit, which it keeps as a version.
    await b.receive(fromA);
    const atBNow = await b.call('conclusions.get', { id });
    expect(atBNow.numberSymbol).toBe(issued.numberSymbol);
    expect(await outlineText(b, id)).toBe(issuedText);
    const versions = await b.call('conclusions.versions', { id });
    const kept = versions.find((v) => v.reason === 'keptOnIssue');
    expect(kept).toBeDefined();
    expect((await b.call('conclusions.version', { versionId: kept!.id })).content.outline[0]?.runs[0]?.text).toMatch(/Ban Tổ chức/);
    expect((await b.call('exchange.conflicts', { includeResolved: false })).some((c) => c.kind === 'issued')).toBe(true);
    // Both installs hold the same conclusion.
    const row = (o: Office) => o.core.ctx.sqlite.prepare('SELECT outline_json, status, number_symbol FROM conclusions WHERE id = ?').get(id);
    expect(row(b)).toEqual(row(a));
  });

  it("keeps a package's losing draft text as a version of the draft, once on both installs", async () => {
    const [a, b] = await pair();
    const id = await draftOn(a, b);
    const atA = await a.call('conclusions.get', { id });
    await a.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    await a.call('conclusions.update', { id, content: { ...atA, outline: [para('p1', 'Bản của Văn phòng: giao UBND xã hoàn thành trước 30/6.')] } });
    const atB = await b.call('conclusions.get', { id });
    await b.core.clock.setNow(new Date('2026-05-08T11:00:00'));
    await b.call('conclusions.update', { id, content: { ...atB, outline: [para('p1', 'Bản của Chánh Văn phòng: giao UBND xã hoàn thành trước 15/7.')] } });

    const fromA = await a.exportFor(b);
    const fromB = await b.exportFor(a);
    // At B, A's text loses (B's edit is later): kept as a version from the other install.
    await b.receive(fromA);
    expect(await outlineText(b, id)).toMatch(/Chánh Văn phòng/);
    await a.receive(fromB);
    expect(await outlineText(a, id)).toMatch(/Chánh Văn phòng/);
    await a.receive(await b.exportFor(a));
    for (const o of [a, b]) {
      const versions = (await o.call('conclusions.versions', { id })).filter((v) => v.reason === 'otherInstall');
      expect(versions).toHaveLength(1);
      expect((await o.call('conclusions.version', { versionId: versions[0]!.id })).content.outline[0]?.runs[0]?.text).toMatch(/^Bản của Văn phòng/);
    }
  });
});
