/**
 * A change as it travels in `changes.jsonl`: the core's `Change` (electron/sync/changes.ts),
 * validated line by line before anything is applied. The core checks tables and columns
 * against the schema when it applies; this checks the shape and the sizes.
 */
import { z } from 'zod';
import type { Change, RowSnapshot } from '../sync/changes';
import { syncedTables } from '../sync/synced-tables';
import { packageErrors } from './package-errors';

const fieldValue = z.union([z.string().max(20_000_000), z.number(), z.null()]);

export const changeRecordSchema = z.object({
  origin: z.string().min(1).max(100),
  seq: z.number().int().positive(),
  hlc: z.string().regex(/^\d{15}-\d{5}-.{1,100}$/),
  table: z.enum(syncedTables),
  rowId: z.string().min(1).max(200),
  op: z.enum(['insert', 'update', 'delete']),
  fields: z.record(z.string().max(64), fieldValue),
  base: z.object({ origin: z.string().max(100), seq: z.number().int().nonnegative() }).nullable(),
  /** Absent in packages of the first format: the change is then ordered by its own stamp. */
  order: z.string().regex(/^\d{15}-\d{5}-.{1,100}$/).optional(),
});

/** One line of `changes.jsonl` (without its newline). */
export function encodeChangeLine(c: Change): string {
  return JSON.stringify({ origin: c.origin, seq: c.seq, hlc: c.hlc, table: c.table, rowId: c.rowId, op: c.op, fields: c.fields, base: c.base, ...(c.order === c.hlc ? {} : { order: c.order }) });
}

export function encodeChanges(changes: readonly Change[]): Buffer {
  return Buffer.from(changes.map(encodeChangeLine).join('\n'));
}

export function decodeChanges(bytes: Uint8Array | undefined): Change[] {
  if (!bytes || bytes.length === 0) return [];
  const text = Buffer.from(bytes).toString('utf8');
  const out: Change[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw packageErrors.damaged(`changes line ${lineNo} is not JSON`);
    }
    const parsed = changeRecordSchema.safeParse(raw);
    if (!parsed.success) throw packageErrors.damaged(`changes line ${lineNo}: ${parsed.error.message}`);
    out.push({ ...parsed.data, order: parsed.data.order ?? parsed.data.hlc });
  }
  return out;
}

const versionRef = z.object({ origin: z.string().min(1).max(100), seq: z.number().int().nonnegative(), order: z.string().regex(/^\d{15}-\d{5}-.{1,100}$/) });

/** A row snapshot as it travels in `snapshots.jsonl` (scoped packages). */
export const snapshotRecordSchema = z.object({
  table: z.enum(syncedTables),
  rowId: z.string().min(1).max(200),
  values: z.record(z.string().max(64), fieldValue),
  head: versionRef,
  versions: z.record(z.string().max(64), versionRef),
});

export function encodeSnapshots(snapshots: readonly RowSnapshot[]): Buffer {
  return Buffer.from(snapshots.map((s) => JSON.stringify({ table: s.table, rowId: s.rowId, values: s.values, head: s.head, versions: s.versions })).join('\n'));
}

export function decodeSnapshots(bytes: Uint8Array | undefined): RowSnapshot[] {
  if (!bytes || bytes.length === 0) return [];
  const out: RowSnapshot[] = [];
  let lineNo = 0;
  for (const line of Buffer.from(bytes).toString('utf8').split('\n')) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw packageErrors.damaged(`snapshots line ${lineNo} is not JSON`);
    }
    const parsed = snapshotRecordSchema.safeParse(raw);
    if (!parsed.success) throw packageErrors.damaged(`snapshots line ${lineNo}: ${parsed.error.message}`);
    out.push(parsed.data);
  }
  return out;
}
