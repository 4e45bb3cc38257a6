import type { CoreContext } from '../core/context';

/** PRAGMA integrity_check plus foreign keys, offered from Settings. */
export function integrityCheck(ctx: CoreContext): { ok: boolean; messages: string[]; checkedAt: string } {
  const rows = ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const fk = ctx.sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  const messages = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  for (const f of fk) messages.push(`Khóa ngoại hỏng: bảng ${f.table}, dòng ${f.rowid} → ${f.parent}`);
  return { ok: messages.length === 0, messages, checkedAt: ctx.clock.now().toISOString() };
}
