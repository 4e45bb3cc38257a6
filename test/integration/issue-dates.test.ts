/**
 * Issue dates: numbers follow issue dates through the term, so a date that cannot be right is
 * refused before a number is used, and one that is probably wrong is asked about first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('issue dates through the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    h.core.clock.setNow(new Date('2026-11-20T09:00:00'));
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  const draft = async (meetingDate: string | null = null) => {
    const meeting = meetingDate ? await h.call('meetings.create', { body: 'standingCommittee', kind: 'conference', subject: 'công tác quý IV', date: meetingDate }) : null;
    return h.call('conclusions.create', { kind: 'TB', templateKey: 'blank', summary: 'về công tác quý IV', meetingId: meeting?.id ?? null });
  };
  const registerCount = async () => (await h.call('register.list', {})).items.length;

  it.each([
    ['2026-11-21', 'không được sau hôm nay (20/11/2026)'],
    ['2024-12-31', 'phải trong nhiệm kỳ khóa I (2025–2030)'],
    ['2026-02-30', 'không hợp lệ'],
  ])('refuses to issue on %s and uses no number', async (issueDate, message) => {
    const d = await draft();
    const e = await h.fail('conclusions.issue', { id: d.id, issueDate });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.issueDate).toContain(message);
    expect((await h.call('conclusions.get', { id: d.id })).status).toBe('draft');
    expect(await registerCount()).toBe(0);
    expect(await h.call('register.nextNumber', { docType: 'TB' })).toMatchObject({ number: 1 });
  });

  it('refuses a date before the meeting the conclusion is about', async () => {
    const d = await draft('2026-11-10');
    const e = await h.fail('conclusions.issue', { id: d.id, issueDate: '2026-11-09' });
    expect(e.fields?.issueDate).toBe('Ngày ban hành không được trước ngày họp (10/11/2026)');
    expect((await h.call('conclusions.issue', { id: d.id, issueDate: '2026-11-10' })).numberSymbol).toBe('01-TB/ĐU');
  });

  it('asks before issuing on a date earlier than the latest number of that type, and issues once confirmed', async () => {
    const first = await draft();
    await h.call('conclusions.issue', { id: first.id, issueDate: '2026-11-12' });
    const late = await draft();
    const e = await h.fail('conclusions.issue', { id: late.id, issueDate: '2026-11-05' });
    expect(e.code).toBe('NEEDS_CONFIRMATION');
    expect(e.message).toBe(
      'Ngày ban hành 05/11/2026 sớm hơn văn bản số 01-TB/ĐU đã cấp ngày 12/11/2026. Số văn bản thường theo thứ tự ngày ban hành; vẫn cấp số 02-TB/ĐU với ngày 05/11/2026?',
    );
    expect((await h.call('conclusions.get', { id: late.id })).status).toBe('draft');
    expect(await registerCount()).toBe(1);

    const issued = await h.call('conclusions.issue', { id: late.id, issueDate: '2026-11-05', confirmEarlierDate: true });
    expect(issued).toMatchObject({ numberSymbol: '02-TB/ĐU', issueDate: '2026-11-05' });
    // Another type has its own order; the same day as the latest needs no question.
    const kl = await h.call('conclusions.create', { kind: 'KL', templateKey: 'blank', summary: 'về quy hoạch' });
    expect((await h.call('conclusions.issue', { id: kl.id, issueDate: '2026-11-01' })).numberSymbol).toBe('01-KL/ĐU');
    const same = await draft();
    expect((await h.call('conclusions.issue', { id: same.id, issueDate: '2026-11-12' })).numberSymbol).toBe('03-TB/ĐU');
  });

  it('applies the same rules to "Lấy số văn bản"', async () => {
    const take = (issueDate: string, confirmEarlierDate = false) =>
      ({ docType: 'BC', summary: 'sơ kết công tác quý III', issueDate, confirmEarlierDate }) as const;
    expect((await h.fail('register.takeNumber', take('2026-12-01'))).fields?.issueDate).toBe('Ngày văn bản không được sau hôm nay (20/11/2026)');
    expect((await h.fail('register.takeNumber', take('2024-06-01'))).fields?.issueDate).toContain('phải trong nhiệm kỳ khóa I');
    expect((await h.call('register.takeNumber', take('2026-10-15'))).numberSymbol).toBe('01-BC/ĐU');
    const e = await h.fail('register.takeNumber', take('2026-10-01'));
    expect(e.code).toBe('NEEDS_CONFIRMATION');
    expect(e.message).toContain('vẫn cấp số 02-BC/ĐU với ngày 01/10/2026?');
    expect(await registerCount()).toBe(1);
    expect((await h.call('register.takeNumber', take('2026-10-01', true))).numberSymbol).toBe('02-BC/ĐU');
  });
});
