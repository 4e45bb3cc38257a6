/**
 * A number shown to the user must survive a power cut: the transaction that issues it commits
 * at synchronous=FULL. Read from inside that transaction (where the number is chosen), not
 * timed; everything else keeps the connection's cheaper NORMAL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Numbering from '../../electron/register/numbering';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const seen = vi.hoisted(() => ({ levels: [] as number[], read: null as null | (() => number) }));

vi.mock('../../electron/register/numbering', async (importOriginal) => {
  const original = await importOriginal<typeof Numbering>();
  return {
    ...original,
    nextNumber: (...args: Parameters<typeof original.nextNumber>) => {
      if (seen.read) seen.levels.push(seen.read());
      return original.nextNumber(...args);
    },
  };
});

const FULL = 2;
const NORMAL = 1;

describe('durable issuing', () => {
  let h: CoreHarness;
  afterEach(() => {
    seen.read = null;
    seen.levels = [];
    h.close();
  });

  it('issues a conclusion and takes a register number at synchronous=FULL, then goes back to NORMAL', async () => {
    h = startCore();
    h.core.clock.setNow(new Date('2026-11-20T09:00:00'));
    await h.call('profile.save', sampleProfile);
    const level = () => Number(h.core.ctx.sqlite.pragma('synchronous', { simple: true }));
    expect(level()).toBe(NORMAL);
    seen.read = () => (h.core.ctx.sqlite.inTransaction ? level() : -1);

    const d = await h.call('conclusions.create', { kind: 'TB', templateKey: 'blank', summary: 'về công tác tháng 11' });
    await h.call('conclusions.issue', { id: d.id, issueDate: '2026-11-19' });
    await h.call('register.takeNumber', { docType: 'BC', summary: 'sơ kết quý III', issueDate: '2026-11-19' });
    expect(seen.levels).toEqual([FULL, FULL]);
    expect(level()).toBe(NORMAL);

    // A refused issue (future date) restores the level too.
    const e = await h.fail('register.takeNumber', { docType: 'BC', summary: 'x', issueDate: '2026-12-31' });
    expect(e.code).toBe('VALIDATION');
    expect(seen.levels.at(-1)).toBe(FULL);
    expect(level()).toBe(NORMAL);
  });
});
