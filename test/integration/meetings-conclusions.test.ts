import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockText } from '../../shared/document/outline';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('meetings, conclusions and the outgoing register through the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  async function draftFromMeeting(templateKey = 'monthly') {
    const meeting = await h.call('meetings.create', kienMinhMeeting);
    return h.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey });
  }

  it('records, lists, filters, edits and deletes meetings', async () => {
    const m = await h.call('meetings.create', kienMinhMeeting);
    expect(m.termId).toBe((await h.call('profile.get', {}))?.term.id);
    await h.call('meetings.create', { ...kienMinhMeeting, body: 'executiveCommittee', date: '2025-12-18', sequenceNumber: 2 });
    expect((await h.call('meetings.list', {})).items).toHaveLength(2);
    expect((await h.call('meetings.list', { body: 'standingCommittee' })).items).toHaveLength(1);
    expect((await h.call('meetings.list', { year: 2025 })).items).toHaveLength(1);

    const edited = await h.call('meetings.update', { ...kienMinhMeeting, id: m.id, place: 'Phòng họp số 1' });
    expect(edited.place).toBe('Phòng họp số 1');
    expect(edited.chair?.name).toBe('Vũ Bình Dương');
    const deleted = await h.call('meetings.delete', { id: m.id });
    expect(deleted.conclusionsKept).toBe(0);
    expect((await h.call('meetings.list', {})).items).toHaveLength(1);
  });

  it('rejects a wrong date with a Vietnamese message', async () => {
    const e = await h.fail('meetings.create', { ...kienMinhMeeting, date: '2026-02-30' });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.date).toMatch(/Ngày không hợp lệ/);
  });

  it('suggests the next number of a body in the term', async () => {
    expect(await h.call('meetings.suggestNumber', { body: 'standingCommittee' })).toEqual({ sequenceNumber: 1 });
    await h.call('meetings.create', { ...kienMinhMeeting, kind: 'session', sequenceNumber: 10 });
    expect(await h.call('meetings.suggestNumber', { body: 'standingCommittee' })).toEqual({ sequenceNumber: 11 });
    expect(await h.call('meetings.suggestNumber', { body: 'executiveCommittee' })).toEqual({ sequenceNumber: 1 });
  });

  it('drafts a conclusion from a meeting: preamble, subtitle, template, recipients and signature by rule', async () => {
    const c = await draftFromMeeting();
    expect(c.status).toBe('draft');
    expect(c.subtitle).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(c.summary).toBe('về đánh giá kết quả thực hiện nhiệm vụ tháng 04; triển khai nhiệm vụ trọng tâm tháng 05 năm 2026');
    expect(c.preamble).toContain('Ngày 07 tháng 5 năm 2026, Ban Thường vụ Đảng ủy xã tổ chức hội nghị đánh giá kết quả');
    expect(c.preamble).toContain('Đồng chí Vũ Bình Dương - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.');
    expect(c.preamble).toContain('Ban Thường vụ Đảng ủy thống nhất kết luận như sau:');
    expect(c.outline.map((b) => b.kind)).toContain('heading1');
    expect(c.outline.filter((b) => b.kind === 'heading1').map(blockText)).toEqual([
      'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026',
      'Phương hướng, nhiệm vụ trọng tâm tháng 5 năm 2026',
    ]);
    expect(c.signature).toMatchObject({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Vũ Bình Dương' });
    expect(c.recipients.map((r) => r.text)).toContain('UBND xã');
    expect(c.recipients.find((r) => r.text === 'Thường trực Thành ủy')?.forReport).toBe(true);

    const byOffice = await h.call('conclusions.create', { kind: 'TB', meetingId: c.meetingId, templateKey: 'blank', signerId: 'signer-cvp' });
    expect(byOffice.signature).toMatchObject({ authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', signerName: 'Đỗ Đức Úy' });
    const meeting = await h.call('meetings.get', { id: c.meetingId! });
    expect(meeting.conclusions).toHaveLength(2);
  });

  it('issues number 62 after the office entered 61 as the last number used, then 63', async () => {
    await h.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const c = await draftFromMeeting();
    const issued = await h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' });
    expect(issued).toMatchObject({ status: 'issued', number: 62, numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08' });
    const second = await h.call('conclusions.issue', { id: (await draftFromMeeting()).id, issueDate: '2026-05-09' });
    expect(second.numberSymbol).toBe('63-TB/ĐU');
    const kl = await h.call('conclusions.create', { kind: 'KL', meetingId: null, body: 'executiveCommittee', templateKey: 'blank', summary: 'về công tác cán bộ' });
    await h.call('conclusions.update', { id: kl.id, content: { ...kl, outline: [{ id: 'p1', kind: 'paragraph', runs: [{ text: 'Đồng ý.' }] }] } });
    expect((await h.call('conclusions.issue', { id: kl.id })).numberSymbol).toBe('01-KL/ĐU');

    const register = (await h.call('register.list', {})).items;
    expect(register.map((r) => r.numberSymbol)).toEqual(expect.arrayContaining(['62-TB/ĐU', '63-TB/ĐU', '01-KL/ĐU']));
    expect((await h.call('register.list', { docType: 'KL' })).items).toHaveLength(1);
    expect((await h.call('register.list', { year: 2025 })).items).toHaveLength(0);
    expect(register.find((r) => r.number === 62)).toMatchObject({ signerName: 'Vũ Bình Dương', termName: 'khóa I' });
  });

  it('numbers through the whole term: a new year does not restart the count', async () => {
    // Issue dates may not be in the future: the office's clock is in January 2027.
    h.core.clock.setNow(new Date('2027-01-06T09:00:00'));
    const a = await draftFromMeeting();
    await h.call('conclusions.issue', { id: a.id, issueDate: '2026-12-30' });
    const b = await draftFromMeeting();
    expect((await h.call('conclusions.issue', { id: b.id, issueDate: '2027-01-05' })).numberSymbol).toBe('02-TB/ĐU');
  });

  it('makes an issued conclusion read-only; a correction is a new draft', async () => {
    const c = await draftFromMeeting();
    await h.call('conclusions.issue', { id: c.id });
    const e = await h.fail('conclusions.update', { id: c.id, content: { ...c, summary: 'về việc khác' } });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/đã ban hành/);
    expect((await h.fail('conclusions.delete', { id: c.id })).code).toBe('CONFLICT');
    expect((await h.fail('conclusions.issue', { id: c.id })).code).toBe('CONFLICT');
    const correction = await h.call('conclusions.createCorrection', { id: c.id });
    expect(correction).toMatchObject({ status: 'draft', replacesId: c.id, summary: c.summary });
  });

  it('refuses to issue a draft without summary or signer, and takes no number', async () => {
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: null, templateKey: 'blank' });
    const e = await h.fail('conclusions.issue', { id: c.id });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.summary).toBeDefined();
    expect((await h.call('register.list', {})).items).toHaveLength(0);
  });

  it('rolls a failed issue back whole: no number used, still a draft, the next issue gets the number', async () => {
    const c = await draftFromMeeting();
    h.core.ctx.sqlite.exec("CREATE TEMP TRIGGER fail_register BEFORE INSERT ON register_entries BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
    const e = await h.fail('conclusions.issue', { id: c.id });
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toMatch(/không bị thay đổi/);
    const still = await h.call('conclusions.get', { id: c.id });
    expect(still).toMatchObject({ status: 'draft', number: null, numberSymbol: null });
    h.core.ctx.sqlite.exec('DROP TRIGGER fail_register;');
    expect((await h.call('conclusions.issue', { id: c.id })).numberSymbol).toBe('01-TB/ĐU');
  });

  it('keeps a version history; an earlier version can be viewed and restored', async () => {
    const c = await draftFromMeeting();
    await h.call('conclusions.update', { id: c.id, content: { ...c, summary: 'về bản thứ hai' }, reason: 'manual' });
    await h.call('conclusions.update', { id: c.id, content: { ...c, summary: 'về bản thứ ba' }, reason: 'manual' });
    // An autosave right after a version does not add another one.
    await h.call('conclusions.update', { id: c.id, content: { ...c, summary: 'về bản tự lưu' }, reason: 'autosave' });
    const versions = await h.call('conclusions.versions', { id: c.id });
    expect(versions.map((v) => v.reason)).toEqual(['manual', 'manual', 'create']);
    const second = await h.call('conclusions.version', { versionId: versions[1]!.id });
    expect(second.content.summary).toBe('về bản thứ hai');
    const restored = await h.call('conclusions.restoreVersion', { id: c.id, versionId: versions[1]!.id });
    expect(restored.summary).toBe('về bản thứ hai');
    expect((await h.call('conclusions.versions', { id: c.id }))[0]?.reason).toBe('restore');
  });

  it('keeps the text as it was before an autosave that removes most of it, within the 10 minutes', async () => {
    const c = await draftFromMeeting('blank');
    const long = Array.from({ length: 12 }, (_, i) => ({ id: `b${i}`, kind: 'paragraph' as const, runs: [{ text: `Đoạn thứ ${i + 1} của nội dung kết luận đã soạn.` }] }));
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline: long }, reason: 'manual' });
    // A small cut is an ordinary autosave: no version within the 10 minutes.
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline: long.slice(0, 11) }, reason: 'autosave' });
    expect((await h.call('conclusions.versions', { id: c.id })).map((v) => v.reason)).toEqual(['manual', 'create']);
    // Most of it gone in one save: what was there is kept first.
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline: long.slice(0, 3) }, reason: 'autosave' });
    const versions = await h.call('conclusions.versions', { id: c.id });
    expect(versions.map((v) => v.reason)).toEqual(['beforeRemoval', 'manual', 'create']);
    const kept = await h.call('conclusions.version', { versionId: versions[0]!.id });
    expect(kept.content.outline).toHaveLength(11);
    // The same cut saved again keeps nothing more.
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline: long.slice(0, 3) }, reason: 'autosave' });
    expect(await h.call('conclusions.versions', { id: c.id })).toHaveLength(3);
  });

  it('keeps conclusions when their meeting is deleted', async () => {
    const c = await draftFromMeeting();
    const r = await h.call('meetings.delete', { id: c.meetingId! });
    expect(r.conclusionsKept).toBe(1);
    const still = await h.call('conclusions.get', { id: c.id });
    expect(still.preamble).toContain('Vũ Bình Dương');
  });

  it('finds meetings and conclusions by text, insensitive to diacritics, case and đ', async () => {
    const c = await draftFromMeeting();
    await h.call('conclusions.update', {
      id: c.id,
      content: { ...c, outline: [...c.outline, { id: 'x1', kind: 'paragraph', runs: [{ text: 'Đảng ủy Kiến Minh chỉ đạo giải phóng mặt bằng cao tốc.' }] }] },
    });
    for (const q of ['dang uy kien minh', 'Đảng ủy Kiến Minh', 'DANG UY', 'giai phong mat bang', 'ninh binh hai phong']) {
      const hits = await h.call('search.query', { q });
      expect(hits.length, q).toBeGreaterThan(0);
    }
    const hits = await h.call('search.query', { q: 'dang uy kien minh' });
    const conclusionHit = hits.find((x) => x.entityType === 'conclusion');
    expect(conclusionHit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(expect.arrayContaining(['Đảng', 'ủy', 'Kiến', 'Minh']));
    const meetingHits = await h.call('search.query', { q: 'cao toc ninh binh' });
    expect(meetingHits.some((x) => x.entityType === 'meeting')).toBe(true);
    expect(await h.call('search.query', { q: '"*(' })).toEqual([]);
    expect(await h.call('search.query', { q: 'khongcogi' })).toEqual([]);
  });

  it('counts meetings and drafts on the home screen', async () => {
    await h.core.clock.setNow(new Date('2026-05-10T08:00:00'));
    await draftFromMeeting();
    const s = await h.call('home.summary', {});
    expect(s.counts.meetingsThisYear).toBe(1);
    expect(s.counts.draftConclusions).toBe(1);
    expect(s.recentDocuments.map((d) => d.kind)).toEqual(expect.arrayContaining(['meeting', 'conclusion']));
  });
});
