/**
 * The meeting an import made for the conclusion it saved (`saveImport` with `createMeeting`),
 * and whether it still holds nothing but what that import put in it. "Xoá văn bản nhập nhầm"
 * deletes such a meeting with the conclusion; a meeting that has become the office's own
 * record (edited minutes, another conclusion) stays.
 *
 * "Made by that import" is read from the change log, which every install keeps alike for the
 * rows it holds: `saveImport` inserts the meeting and, as the very next change of the same
 * install in the same transaction, the conclusion. No schema column is needed, and a meeting
 * created by hand (or received from another install) can never pass for one.
 */
import type { CoreContext } from '../core/context';
import { first, prepared } from '../db/query';

/** How long, at most, between the two inserts of one save (they are in one transaction). */
const SAME_SAVE_MS = 60_000;

export type ImportedMeetingState =
  | { state: 'none' }
  | { state: 'deletable'; meetingId: string; date: string }
  | { state: 'kept'; meetingId: string; date: string; reason: string };

interface LogRow {
  origin_install: string;
  origin_seq: number;
  op: string;
  fields_json: string;
}

/** Columns that say when and where a row was written, not what the minutes hold. */
const STAMPS = new Set(['id', 'created_at', 'updated_at', 'deleted_at', 'hlc', 'replica_id']);

function logOf(ctx: CoreContext, table: 'meetings' | 'conclusions', rowId: string): LogRow[] {
  return prepared(ctx.sqlite, 'SELECT origin_install, origin_seq, op, fields_json FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq').all(
    table,
    rowId,
  ) as LogRow[];
}

/**
 * The state of the meeting of an imported conclusion, read before the conclusion is deleted
 * (inside the caller's transaction).
 */
export function importedMeetingState(ctx: CoreContext, conclusionId: string): ImportedMeetingState {
  const c = first(ctx.sqlite, ctx.qb.selectFrom('conclusions').select(['meeting_id', 'created_at']).where('id', '=', conclusionId));
  if (!c?.meeting_id) return { state: 'none' };
  const m = first(ctx.sqlite, ctx.qb.selectFrom('meetings').select(['id', 'date', 'created_at']).where('id', '=', c.meeting_id).where('deleted_at', 'is', null));
  if (!m) return { state: 'none' };
  const kept = (reason: string): ImportedMeetingState => ({ state: 'kept', meetingId: m.id, date: m.date, reason });

  const meetingLog = logOf(ctx, 'meetings', m.id);
  const conclusionInsert = logOf(ctx, 'conclusions', conclusionId).find((r) => r.op === 'insert');
  const meetingInsert = meetingLog[0];
  const sameSave =
    meetingInsert?.op === 'insert' &&
    conclusionInsert !== undefined &&
    meetingInsert.origin_install === conclusionInsert.origin_install &&
    meetingInsert.origin_seq + 1 === conclusionInsert.origin_seq &&
    Math.abs(Date.parse(c.created_at) - Date.parse(m.created_at)) <= SAME_SAVE_MS;
  if (!sameSave) return kept('hội nghị này không được tạo khi nhập văn bản này');

  const others = Number(
    first(
      ctx.sqlite,
      ctx.qb
        .selectFrom('conclusions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('meeting_id', '=', m.id)
        .where('id', '!=', conclusionId)
        .where('deleted_at', 'is', null),
    )?.n ?? 0,
  );
  // Tasks belong to conclusions: the tasks of the meeting's other conclusions keep it too.
  if (others > 0) return kept(`còn ${others} văn bản kết luận khác gắn với hội nghị`);
  // A field that differs from what the import wrote, changed here or on another install, is
  // someone's work on the minutes (place, attendees, opinions …), never thrown away with the
  // import. A save that changed nothing is not an edit.
  const inserted = JSON.parse(meetingInsert.fields_json) as Record<string, unknown>;
  const now = prepared(ctx.sqlite, 'SELECT * FROM meetings WHERE id = ?').get(m.id) as Record<string, unknown>;
  // (A column added by a later migration is not in the insert; it holds its default.)
  const edited = Object.keys(now).some((k) => !STAMPS.has(k) && k in inserted && now[k] !== inserted[k]);
  if (edited) return kept('biên bản hội nghị đã được sửa sau khi nhập');
  return { state: 'deletable', meetingId: m.id, date: m.date };
}
