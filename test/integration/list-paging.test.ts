/**
 * The long lists (Hội nghị, Kết luận, Sổ văn bản đi) through the contract on a real file, one
 * page at a time: the pages joined are the whole list in its order, each row once, with the
 * filters applied on every page and the total of all matching rows on each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiOutput, PagedMethod } from '../../shared/api/contract';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

type Item<M extends PagedMethod> = ApiOutput<M>['items'][number];

async function walk<M extends PagedMethod>(h: CoreHarness, method: M, filter: ApiInput<M>, limit: number) {
  const pages: Array<ApiOutput<M>> = [];
  let cursor: string | null = null;
  do {
    const input = { ...filter, limit, ...(cursor === null ? {} : { cursor }) } as ApiInput<M>;
    const page: ApiOutput<M> = await h.call(method, input);
    pages.push(page);
    cursor = page.nextCursor;
    if (pages.length > 100) throw new Error('paging does not end');
  } while (cursor !== null);
  const items: Array<Item<M>> = pages.flatMap((p) => p.items as Array<Item<M>>);
  return { pages, items, ids: items.map((i) => i.id) };
}

const byDesc = (...keys: string[]) => (a: Record<string, unknown>, b: Record<string, unknown>) => {
  for (const k of keys) {
    const x = a[k] as string | number;
    const y = b[k] as string | number;
    if (x !== y) return x < y ? 1 : -1;
  }
  return 0;
};

describe('paged lists through the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
    h.core.clock.setNow(new Date('2026-06-15T09:00:00'));
  });
  afterEach(() => h.close());

  /** 17 meetings of two bodies over 2025–2026, several on one day. */
  async function seedMeetings() {
    const days = ['2025-03-10', '2025-03-10', '2025-03-10', '2025-09-22', '2025-12-18', '2026-01-08', '2026-01-08', '2026-02-12', '2026-03-05', '2026-03-05', '2026-04-02', '2026-04-20', '2026-05-07', '2026-05-07', '2026-05-07', '2026-05-28', '2026-06-04'];
    const made = [];
    for (const [i, date] of days.entries()) {
      const body = i % 3 === 0 ? 'executiveCommittee' : 'standingCommittee';
      made.push(await h.call('meetings.create', { ...kienMinhMeeting, body, date, sequenceNumber: i + 1, subject: `kỳ họp thứ ${i + 1}: ${date}` }));
    }
    return made;
  }

  it('walks the meetings newest first, each once, with the filters on every page', async () => {
    const made = await seedMeetings();
    const expected = [...made].sort(byDesc('date', 'id')).map((m) => m.id);

    const all = await walk(h, 'meetings.list', {}, 4);
    expect(all.ids).toEqual(expected);
    expect(new Set(all.ids).size).toBe(made.length);
    expect(all.pages.map((p) => p.items.length)).toEqual([4, 4, 4, 4, 1]);
    expect(all.pages.every((p) => p.total === made.length)).toBe(true);
    expect(all.pages[0]!.years).toEqual([2026, 2025]);

    const standing2026 = made.filter((m) => m.body === 'standingCommittee' && m.date.startsWith('2026'));
    const filtered = await walk(h, 'meetings.list', { body: 'standingCommittee', year: 2026 }, 3);
    expect(filtered.ids).toEqual([...standing2026].sort(byDesc('date', 'id')).map((m) => m.id));
    expect(filtered.pages.every((p) => p.total === standing2026.length)).toBe(true);
    expect(filtered.items.every((m) => m.body === 'standingCommittee' && m.date.startsWith('2026-'))).toBe(true);
  });

  it('keeps its place when meetings are recorded or deleted between two pages', async () => {
    const made = await seedMeetings();
    const order = [...made].sort(byDesc('date', 'id')).map((m) => m.id);
    const first = await h.call('meetings.list', { limit: 5 });
    expect(first.items.map((m) => m.id)).toEqual(order.slice(0, 5));

    // Meanwhile: a new meeting at the top, and one already seen is deleted. With an offset the
    // next page would repeat a meeting of the first or skip one.
    await h.call('meetings.create', { ...kienMinhMeeting, date: '2026-06-10', subject: 'họp đột xuất' });
    await h.call('meetings.delete', { id: order[1]! });

    const second = await h.call('meetings.list', { limit: 5, cursor: first.nextCursor! });
    expect(second.items.map((m) => m.id)).toEqual(order.slice(5, 10));
    expect(second.total).toBe(made.length);
  });

  it('pages conclusions saved in the same instant without repeating or losing one', async () => {
    // The clock stands still: every draft has the same last-edit time, as in a batch import.
    const instant = new Date('2026-06-15T09:00:00');
    h.core.clock.now = () => instant;
    const drafts = [];
    for (let i = 0; i < 11; i += 1) drafts.push(await h.call('conclusions.create', { kind: i % 2 ? 'KL' : 'TB', meetingId: null, body: 'standingCommittee', summary: `dự thảo ${i}` }));
    await h.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const issued = [];
    for (const [i, d] of drafts.filter((c) => c.kind === 'TB').slice(0, 3).entries()) {
      issued.push(await h.call('conclusions.issue', { id: d.id, issueDate: `2026-06-0${i + 1}` }));
    }

    const all = await walk(h, 'conclusions.list', {}, 3);
    expect(new Set(all.ids).size).toBe(11);
    expect(all.ids.sort()).toEqual(drafts.map((d) => d.id).sort());
    const again = await walk(h, 'conclusions.list', {}, 3);
    const big = await h.call('conclusions.list', { limit: 500 });
    expect(again.ids).toEqual(big.items.map((c) => c.id));
    expect(big.nextCursor).toBeNull();
    expect(new Set(big.items.map((c) => c.updatedAt)).size).toBe(1);

    const onlyIssued = await walk(h, 'conclusions.list', { status: 'issued' }, 2);
    expect(onlyIssued.ids.sort()).toEqual(issued.map((c) => c.id).sort());
    expect(onlyIssued.pages.every((p) => p.total === 3)).toBe(true);
    const draftsKL = await walk(h, 'conclusions.list', { status: 'draft', kind: 'KL' }, 2);
    expect(draftsKL.items.every((c) => c.status === 'draft' && c.kind === 'KL')).toBe(true);
    expect(draftsKL.ids).toHaveLength(5);
    expect((await h.call('conclusions.list', { year: 2025 })).total).toBe(0);
    expect(big.years).toEqual([2026]);
  });

  it('pages the register latest first, the higher number first on one day, by type and year', async () => {
    await h.call('register.setStartNumbers', { entries: [{ docType: 'BC', lastNumber: 13 }, { docType: 'CV', lastNumber: 40 }] });
    const taken = [];
    const dates = ['2026-05-04', '2026-05-04', '2026-05-04', '2026-05-11', '2026-05-11', '2026-05-20', '2026-06-01', '2026-06-01'];
    for (const [i, issueDate] of dates.entries()) {
      taken.push(await h.call('register.takeNumber', { docType: i % 3 === 0 ? 'CV' : 'BC', issueDate, summary: `văn bản ${i + 1}`, signerName: 'Vũ Bình Dương', recipientsText: 'Như trên' }));
    }
    const expected = [...taken].sort(byDesc('issueDate', 'number', 'id')).map((e) => e.id);
    const all = await walk(h, 'register.list', {}, 3);
    expect(all.ids).toEqual(expected);
    expect(all.pages.every((p) => p.total === taken.length)).toBe(true);

    const reports = await walk(h, 'register.list', { docType: 'BC', year: 2026 }, 2);
    expect(reports.items.map((e) => e.numberSymbol)).toEqual(['18-BC/ĐU', '17-BC/ĐU', '16-BC/ĐU', '15-BC/ĐU', '14-BC/ĐU']);
    expect(reports.pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect((await h.call('register.list', { year: 2025 })).total).toBe(0);
  });

  it('refuses a page size over 500 and a cursor it did not make, in Vietnamese', async () => {
    await seedMeetings();
    expect((await h.fail('register.list', { limit: 501 })).code).toBe('VALIDATION');
    for (const cursor of ['rác', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      const e = await h.fail('meetings.list', { cursor });
      expect(e.code).toBe('VALIDATION');
      expect(e.message).toMatch(/tải lại danh sách/);
    }
    // A register cursor carries a number where the meetings' carries an id.
    const reg = Buffer.from(JSON.stringify(['2026-05-04', 14, 'x'])).toString('base64url');
    expect((await h.fail('conclusions.list', { cursor: reg })).code).toBe('VALIDATION');
  });
});
