/**
 * The proof the exchange rests on: random sequences of real service operations on install A,
 * then A's change log replayed onto an empty database, give the same synced rows (every
 * column of every row) and the same derived tables. Replaying twice changes nothing; two
 * installs editing the same rows converge whatever order their logs arrive in, as long as each
 * install's own order is kept.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core';
import { applyReceivedChange, changesSince, type Change } from '../../electron/sync/changes';
import { sampleProfile } from '../support/core-harness';
import { derivedSnapshot, syncedSnapshot } from '../support/replicas';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const pick = fc.nat({ max: 7 });
const text = fc.constantFrom('Đảng ủy', 'giải phóng mặt bằng', 'chuyển đổi số', 'Đề án 06', 'UBND xã', 'kiểm tra, giám sát');
const unitIds = fc.subarray(['seed-peoplesCommittee', 'seed-fatherlandFront', 'seed-partyBuilding', 'seed-inspection']);
const date = fc.constantFrom('2026-03-02', '2026-05-07', '2026-06-15', '2026-11-20');

const op = fc.oneof(
  fc.record({ kind: fc.constant('profile' as const), term: fc.constantFrom('khóa I', 'Khóa I', 'khóa II'), signers: fc.nat({ max: 2 }), place: text }),
  fc.record({ kind: fc.constant('unitCreate' as const), name: text, n: fc.nat({ max: 99 }) }),
  fc.record({ kind: fc.constant('unitUpdate' as const), i: pick, name: text }),
  fc.record({ kind: fc.constant('unitDelete' as const), i: pick }),
  fc.record({ kind: fc.constant('meetingCreate' as const), subject: text, date }),
  fc.record({ kind: fc.constant('meetingUpdate' as const), i: pick, subject: text }),
  fc.record({ kind: fc.constant('meetingDelete' as const), i: pick }),
  fc.record({ kind: fc.constant('draftCreate' as const), meeting: fc.option(pick, { nil: null }), summary: text }),
  fc.record({ kind: fc.constant('draftUpdate' as const), i: pick, summary: text }),
  fc.record({ kind: fc.constant('draftDelete' as const), i: pick }),
  fc.record({ kind: fc.constant('issue' as const), i: pick }),
  fc.record({ kind: fc.constant('correction' as const), i: pick }),
  fc.record({ kind: fc.constant('taskCreate' as const), conclusion: fc.option(pick, { nil: null }), content: text, units: unitIds, due: fc.option(date, { nil: null }) }),
  fc.record({ kind: fc.constant('taskUpdate' as const), i: pick, content: text, units: unitIds }),
  fc.record({ kind: fc.constant('taskDelete' as const), i: pick }),
  fc.record({ kind: fc.constant('progress' as const), i: pick, status: fc.constantFrom('inProgress', 'done', 'notStarted') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const opened: Core[] = [];
function core(seedUnits = true): Core {
  const c = createCore({ dbPath: ':memory:', seedUnits });
  c.clock.setNow(new Date('2026-11-27T09:00:00'));
  opened.push(c);
  return c;
}
afterEach(() => opened.splice(0).forEach((c) => c.close()));

function ids(c: Core, table: string): string[] {
  return (c.ctx.sqlite.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY created_at, id`).all() as { id: string }[]).map((r) => r.id);
}
const at = (list: string[], i: number): string | undefined => (list.length ? list[i % list.length] : undefined);

/** Runs one operation through the contract; refusals (issuing twice …) are part of the game. */
async function run(c: Core, o: Op): Promise<void> {
  const call = (method: string, input: unknown) => c.dispatch(method, input);
  const conclusion = (i: number) => at(ids(c, 'conclusions'), i);
  const task = (i: number) => at(ids(c, 'tasks'), i);
  switch (o.kind) {
    case 'profile':
      await call('profile.save', { ...sampleProfile, place: o.place, term: { ...sampleProfile.term, name: o.term }, signers: sampleProfile.signers.slice(0, o.signers) });
      return;
    case 'unitCreate':
      await call('units.create', { shortName: `${o.name} ${o.n}`, fullName: o.name, category: 'other', aliases: [], isSuperior: false, active: true });
      return;
    case 'unitUpdate': {
      const id = at(ids(c, 'units'), o.i);
      if (id) await call('units.update', { id, shortName: `${o.name} ${o.i}`, fullName: o.name, category: 'other', aliases: [], isSuperior: false, active: true });
      return;
    }
    case 'unitDelete': {
      const id = at(ids(c, 'units'), o.i);
      if (id) await call('units.delete', { id });
      return;
    }
    case 'meetingCreate':
      await call('meetings.create', { body: 'standingCommittee', kind: 'conference', subject: o.subject, date: o.date });
      return;
    case 'meetingUpdate': {
      const id = at(ids(c, 'meetings'), o.i);
      if (id) await call('meetings.update', { id, body: 'standingCommittee', kind: 'conference', subject: o.subject, date: '2026-05-07' });
      return;
    }
    case 'meetingDelete': {
      const id = at(ids(c, 'meetings'), o.i);
      if (id) await call('meetings.delete', { id });
      return;
    }
    case 'draftCreate':
      await call('conclusions.create', { kind: 'TB', meetingId: o.meeting === null ? null : (at(ids(c, 'meetings'), o.meeting) ?? null), templateKey: null, summary: `về ${o.summary}` });
      return;
    case 'draftUpdate': {
      const id = conclusion(o.i);
      if (!id) return;
      const got = await call('conclusions.get', { id });
      if (got.ok) await call('conclusions.update', { id, content: { ...(got.value as object), summary: `về ${o.summary}` }, reason: 'manual' });
      return;
    }
    case 'draftDelete': {
      const id = conclusion(o.i);
      if (id) await call('conclusions.delete', { id });
      return;
    }
    case 'issue': {
      const id = conclusion(o.i);
      if (id) await call('conclusions.issue', { id, issueDate: '2026-11-27' });
      return;
    }
    case 'correction': {
      const id = conclusion(o.i);
      if (id) await call('conclusions.createCorrection', { id });
      return;
    }
    case 'taskCreate':
      await call('tasks.createMany', { tasks: [{ conclusionId: o.conclusion === null ? null : (conclusion(o.conclusion) ?? null), content: o.content, leadUnitIds: o.units.slice(0, 1), supportingUnitIds: o.units.slice(1), dueDate: o.due }] });
      return;
    case 'taskUpdate': {
      const id = task(o.i);
      if (id) await call('tasks.update', { id, content: o.content, leadUnitIds: o.units.slice(0, 1), supportingUnitIds: o.units.slice(1) });
      return;
    }
    case 'taskDelete': {
      const id = task(o.i);
      if (id) await call('tasks.delete', { id });
      return;
    }
    case 'progress': {
      const id = task(o.i);
      if (id) await call('tasks.recordProgress', { taskId: id, status: o.status, note: 'Báo cáo', reportDate: '2026-11-27', evidencePaths: [] });
      return;
    }
  }
}

function applyAll(c: Core, changes: readonly Change[]): void {
  for (const change of changes) applyReceivedChange(c.ctx, change);
}

/** A merge of two logs that keeps each one's own order, driven by the random choices. */
function interleave<T>(a: readonly T[], b: readonly T[], choices: readonly boolean[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (choices[k++ % Math.max(choices.length, 1)] ?? true));
    out.push(takeA ? a[i++]! : b[j++]!);
  }
  return out;
}

describe('change log (property)', () => {
  it(`replaying A's log onto an empty database rebuilds A, synced and derived tables alike (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const a = core();
        for (const o of ops) await run(a, o);
        const log = changesSince(a.ctx, 0);
        const b = core(false);
        applyAll(b, log);
        expect(syncedSnapshot(b.ctx.sqlite)).toEqual(syncedSnapshot(a.ctx.sqlite));
        expect(derivedSnapshot(b.ctx.sqlite)).toEqual(derivedSnapshot(a.ctx.sqlite));
        // Twice: every change is already held, nothing moves.
        applyAll(b, log);
        expect(syncedSnapshot(b.ctx.sqlite)).toEqual(syncedSnapshot(a.ctx.sqlite));
        expect(changesSince(b.ctx, 0)).toHaveLength(log.length);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it(`two installs editing the same rows converge in any order that keeps each install's sequence (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 6 }),
        fc.array(op, { maxLength: 4 }),
        fc.array(op, { maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
        async (shared, onA, onB, order1, order2) => {
          const a = core();
          for (const o of shared) await run(a, o);
          const b = core(false);
          applyAll(b, changesSince(a.ctx, 0));
          const sharedCount = changesSince(a.ctx, 0).length;
          for (const o of onA) await run(a, o);
          for (const o of onB) await run(b, o);
          const fromA = changesSince(a.ctx, 0);
          const fromB = changesSince(b.ctx, 0).filter((c) => c.origin === b.ctx.install.id);
          const first = fromA.slice(0, sharedCount);
          const c1 = core(false);
          applyAll(c1, [...first, ...interleave(fromA.slice(sharedCount), fromB, order1)]);
          const c2 = core(false);
          applyAll(c2, [...first, ...interleave(fromA.slice(sharedCount), fromB, order2)]);
          expect(syncedSnapshot(c2.ctx.sqlite)).toEqual(syncedSnapshot(c1.ctx.sqlite));
          expect(derivedSnapshot(c2.ctx.sqlite)).toEqual(derivedSnapshot(c1.ctx.sqlite));
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
