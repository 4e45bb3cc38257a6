/**
 * Three installs of one office edit and delete at random and exchange packages in random
 * order, with duplicates and losses, one of them with a clock a year ahead; some packages are
 * split into parts, each part delivered, duplicated or lost on its own. After a final full
 * exchange all three hold identical synced data, and no edit a user made is lost: it is the
 * current value, or kept in a conflicts list, or was replaced by an edit made after seeing it.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../electron/sync/synced-tables';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

const RUNS = Number(process.env.VPDU_EXCHANGE_RUNS ?? 8);
const SPLIT_BYTES = 16 * 1024;

type Op =
  | { kind: 'create'; at: number }
  | { kind: 'edit'; at: number; pick: number; field: 'place' | 'subject' }
  | { kind: 'delete'; at: number; pick: number }
  | { kind: 'export'; from: number; to: number; split: boolean }
  | { kind: 'deliver'; pick: number; twice: boolean }
  | { kind: 'lose'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), at: fc.nat(2) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(2), pick: fc.nat(), field: fc.constantFrom('place' as const, 'subject' as const) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(2), pick: fc.nat() }),
  // split: the package cut into parts of 16 KB, each then delivered, duplicated or lost on its own.
  fc.record({ kind: fc.constant('export' as const), from: fc.nat(2), to: fc.nat(2), split: fc.boolean() }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), twice: fc.boolean() }),
  fc.record({ kind: fc.constant('lose' as const), pick: fc.nat() }),
);

function synced(o: Office): Record<string, unknown[]> {
  return Object.fromEntries(syncedTables.map((t) => [t, o.core.ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

/** Every value a field of a row has held on this install (from its change log). */
function valuesSeen(o: Office, rowId: string, field: string): Set<string> {
  const rows = o.core.ctx.sqlite.prepare("SELECT fields_json FROM change_log WHERE table_name = 'meetings' AND row_id = ?").all(rowId) as { fields_json: string }[];
  return new Set(rows.map((r) => (JSON.parse(r.fields_json) as Record<string, unknown>)[field]).filter((v): v is string => typeof v === 'string'));
}

async function setup(): Promise<Office[]> {
  const offices = [startOffice('a'), startOffice('b'), startOffice('c')];
  const [a, b, c] = offices as [Office, Office, Office];
  await withProfile(a);
  await b.core.clock.setNow(new Date('2026-05-08T09:00:00'));
  // The third PC's clock is a year ahead.
  await c.core.clock.setNow(new Date('2027-05-08T09:00:00'));
  await b.receive(await a.exportFor(null));
  await c.receive(await a.exportFor(null));
  await a.receive(await b.exportFor(a));
  await a.receive(await c.exportFor(a));
  await c.receive(await b.exportFor(null));
  await b.receive(await c.exportFor(b));
  return offices;
}

async function deliver(offices: Office[], file: { path: string; to: number }): Promise<void> {
  const target = offices[file.to] as Office;
  const r = await target.core.dispatch('exchange.import', { file: target.readable(file.path), passphrase: null, expectSha256: null });
  // A replay or a package with nothing new is refused with a message; anything else is a failure.
  if (!r.ok && !/đã được nhận|không có gì mới/.test(r.error.message)) throw new Error(`${target.label}: ${r.error.message} (${r.error.detail})`);
}

describe('exchange between three installs (property)', () => {
  it(
    'converges to identical synced data after a full exchange and loses no edit',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
          const offices = await setup();
          try {
            const inFlight: { path: string; to: number }[] = [];
            const meetings: string[] = [];
            const edits: { rowId: string; field: string; value: string; seen: Set<string> }[] = [];
            let n = 0;
            for (const op of ops) {
              n += 1;
              const o = offices[op.kind === 'export' ? op.from : op.kind === 'deliver' || op.kind === 'lose' ? 0 : op.at] as Office;
              await o.core.clock.setNow(new Date(o.core.clock.now().getTime() + 60_000));
              if (op.kind === 'create') {
                const m = await o.call('meetings.create', { ...kienMinhMeeting, subject: `hội nghị ${n}`, place: `phòng ${n}` });
                meetings.push(m.id);
              } else if (op.kind === 'edit' && meetings.length > 0) {
                const id = meetings[op.pick % meetings.length] as string;
                const current = await o.core.dispatch('meetings.get', { id });
                if (!current.ok) continue; // not here yet, or deleted here
                const value = `${op.field}-${o.label}-${n}`;
                const seen = valuesSeen(o, id, op.field);
                const r = await o.core.dispatch('meetings.update', { ...kienMinhMeeting, ...(current.value as object), id, [op.field]: value });
                if (r.ok) edits.push({ rowId: id, field: op.field, value, seen });
              } else if (op.kind === 'delete' && meetings.length > 0) {
                await o.core.dispatch('meetings.delete', { id: meetings[op.pick % meetings.length] as string });
              } else if (op.kind === 'export' && op.from !== op.to) {
                const to = offices[op.to] as Office;
                if (op.split) for (const path of await o.exportParts(to, SPLIT_BYTES)) inFlight.push({ path, to: op.to });
                else inFlight.push({ path: await o.exportFor(to), to: op.to });
              } else if (op.kind === 'deliver' && inFlight.length > 0) {
                const file = inFlight[op.pick % inFlight.length] as { path: string; to: number };
                await deliver(offices, file);
                if (op.twice) await deliver(offices, file);
              } else if (op.kind === 'lose' && inFlight.length > 0) {
                inFlight.splice(op.pick % inFlight.length, 1);
              }
            }
            // The final full exchange: every pair, twice round, so acknowledgements travel back.
            for (let round = 0; round < 3; round++) {
              for (let i = 0; i < 3; i++) {
                for (let j = 0; j < 3; j++) {
                  if (i === j) continue;
                  const from = offices[i] as Office;
                  // The first round in parts, in reverse order: the backlog fills as they arrive.
                  const paths = round === 0 ? (await from.exportParts(offices[j] as Office, SPLIT_BYTES)).reverse() : [await from.exportFor(offices[j] as Office)];
                  for (const path of paths) await deliver(offices, { path, to: j });
                }
              }
            }
            const [a, b, c] = offices.map(synced);
            expect(b).toEqual(a);
            expect(c).toEqual(a);
            for (const o of offices) expect((await o.call('exchange.overview', {})).backlog).toBe(0);

            // No edit lost: current, in a conflicts list, or replaced by an edit that had seen it.
            const conflictValues = new Set<unknown>();
            for (const o of offices) for (const cf of await o.call('exchange.conflicts', { includeResolved: true })) conflictValues.add(cf.kept).add(cf.other);
            for (const e of edits) {
              const row = (a?.meetings as Record<string, unknown>[]).find((r) => r.id === e.rowId);
              const replacedKnowingly = edits.some((later) => later !== e && later.rowId === e.rowId && later.field === e.field && later.seen.has(e.value));
              expect(row?.[e.field] === e.value || conflictValues.has(e.value) || replacedKnowingly, `edit ${e.value} of ${e.rowId}`).toBe(true);
            }
          } finally {
            for (const o of offices) {
              o.close();
              expect(existsSync(o.dbPath)).toBe(false);
            }
          }
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    600_000,
  );
});
