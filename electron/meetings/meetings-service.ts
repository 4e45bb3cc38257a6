import { AppError } from '../../shared/api/errors';
import type { PageOf, PageRequest } from '../../shared/api/paging';
import type { Meeting, MeetingBody, MeetingInput } from '../../shared/meetings/schema';
import { meetingBodyLabels, meetingKindLabels } from '../../shared/meetings/schema';
import type { MeetingSummary } from '../../shared/meetings/summary';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { decodeCursor, pageOf } from '../db/keyset';
import { all, first, prepared, type Row } from '../db/query';
import type { MeetingsTable } from '../db/schema';
import { currentTermId } from '../profile/profile-service';
import type { SearchSource } from '../search/search-sources';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  return JSON.parse(text) as T;
}

export function toMeeting(row: MeetingsTable): Meeting {
  return {
    id: row.id,
    body: row.body as Meeting['body'],
    kind: row.kind as Meeting['kind'],
    sequenceNumber: row.sequence_number,
    termId: row.term_id,
    subject: row.subject,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    chair: parseJson(row.chair_json, null),
    secretary: parseJson(row.secretary_json, null),
    attendanceSummary: row.attendance_summary,
    attendees: parseJson(row.attendees_json, []),
    invitedDelegates: parseJson(row.invited_json, []),
    presentedDocuments: parseJson(row.documents_json, []),
    agenda: parseJson(row.agenda_json, []),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(input: MeetingInput) {
  return {
    body: input.body,
    kind: input.kind,
    sequence_number: input.sequenceNumber,
    term_id: input.termId,
    subject: input.subject,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    chair_json: input.chair ? JSON.stringify(input.chair) : null,
    secretary_json: input.secretary ? JSON.stringify(input.secretary) : null,
    attendance_summary: input.attendanceSummary,
    attendees_json: JSON.stringify(input.attendees),
    invited_json: JSON.stringify(input.invitedDelegates),
    documents_json: JSON.stringify(input.presentedDocuments),
    agenda_json: JSON.stringify(input.agenda),
    notes: input.notes,
  };
}

/** "Kỳ họp thứ 10 của Ban Thường vụ — đánh giá …" */
export function meetingTitle(m: Pick<Meeting, 'body' | 'kind' | 'sequenceNumber' | 'subject'>): string {
  const kind = meetingKindLabels[m.kind].split(',')[0]!;
  const ordinal = m.sequenceNumber ? (m.kind === 'session' ? ` thứ ${m.sequenceNumber}` : ` lần thứ ${m.sequenceNumber}`) : '';
  const subject = m.subject ? ` — ${m.subject}` : '';
  return `${kind}${ordinal} ${meetingBodyLabels[m.body]}${subject}`;
}

function searchText(m: Meeting): string {
  return [
    m.subject,
    m.place,
    m.chair?.name,
    m.chair?.title,
    m.secretary?.name,
    m.attendanceSummary,
    ...m.attendees.map((a) => `${a.name} ${a.title}`),
    ...m.invitedDelegates.map((d) => `${d.name} ${d.title}`),
    ...m.presentedDocuments.map((d) => `${d.numberSymbol} ${d.title}`),
    ...m.agenda.map((a) => `${a.title} ${a.notes}`),
    m.notes,
  ]
    .filter(Boolean)
    .join('\n');
}

export const meetingSearchSource: SearchSource = {
  type: 'meeting',
  table: 'meetings',
  describe(ctx, ids) {
    const rows = all(ctx.sqlite, ctx.qb.selectFrom('meetings').selectAll().where('id', 'in', ids));
    return new Map(rows.map((r) => {
      const m = toMeeting(r);
      return [m.id, { title: meetingTitle(m), text: searchText(m) }];
    }));
  },
};

export function getMeeting(ctx: CoreContext, id: string): Meeting {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('meetings').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này (có thể đã bị xóa).', `Meeting ${id} not found`);
  return toMeeting(row);
}

export interface MeetingFilter {
  body?: MeetingBody;
  year?: number;
  termId?: string;
}

function filteredMeetings(ctx: CoreContext, filter: MeetingFilter) {
  let q = ctx.qb.selectFrom('meetings as m').where('m.deleted_at', 'is', null);
  if (filter.body) q = q.where('m.body', '=', filter.body);
  if (filter.termId) q = q.where('m.term_id', '=', filter.termId);
  if (filter.year) q = q.where('m.date', '>=', `${filter.year}-01-01`).where('m.date', '<=', `${filter.year}-12-31`);
  return q;
}

/** Newest meeting first; the id orders meetings of the same day. */
function meetingSummaries(ctx: CoreContext, filter: MeetingFilter) {
  return filteredMeetings(ctx, filter)
    .select((eb) => [
      'm.id',
      'm.body',
      'm.kind',
      'm.sequence_number',
      'm.subject',
      'm.date',
      'm.chair_json',
      eb
        .selectFrom('conclusions as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.meeting_id', '=', 'm.id')
        .where('c.deleted_at', 'is', null)
        .as('conclusion_count'),
    ])
    .orderBy('m.date', 'desc')
    .orderBy('m.id', 'desc');
}

function toSummary(r: Row<ReturnType<typeof meetingSummaries>>): MeetingSummary {
  return {
    id: r.id,
    body: r.body as MeetingBody,
    kind: r.kind as Meeting['kind'],
    sequenceNumber: r.sequence_number,
    subject: r.subject,
    date: r.date,
    chairName: parseJson<{ name: string } | null>(r.chair_json, null)?.name ?? '',
    conclusionCount: Number(r.conclusion_count ?? 0),
  };
}

export function listMeetings(ctx: CoreContext, filter: MeetingFilter): MeetingSummary[] {
  return all(ctx.sqlite, meetingSummaries(ctx, filter)).map(toSummary);
}

/** "Hội nghị": one page of the list, the count of all that match, and the years meetings were held in. */
export function pageMeetings(ctx: CoreContext, input: MeetingFilter & PageRequest): PageOf<MeetingSummary> & { years: number[] } {
  const after = decodeCursor(input.cursor, ['string', 'string'] as const);
  let q = meetingSummaries(ctx, input);
  if (after) q = q.where((eb) => eb(eb.refTuple('m.date', 'm.id'), '<', eb.tuple(after[0], after[1])));
  const rows = all(ctx.sqlite, q.limit(input.limit + 1));
  const total = first(ctx.sqlite, filteredMeetings(ctx, input).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const years = prepared(
    ctx.sqlite,
    'SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS y FROM meetings WHERE deleted_at IS NULL ORDER BY y DESC',
  ).all() as Array<{ y: number }>;
  return { ...pageOf(rows, input.limit, Number(total), (r) => [r.date, r.id], toSummary), years: years.map((r) => r.y) };
}

/** Inserts inside the caller's transaction (an import saves its meeting with its conclusion). */
export function createMeetingInTransaction(ctx: CoreContext, input: MeetingInput): string {
  const id = newId();
  const withTerm = { ...input, termId: input.termId ?? currentTermId(ctx) };
  insertRow(ctx, 'meetings', { id, ...toColumns(withTerm) });
  return id;
}

export function createMeeting(ctx: CoreContext, input: MeetingInput): Meeting {
  let id = '';
  ctx.sqlite
    .transaction(() => {
      id = createMeetingInTransaction(ctx, input);
    })
    .immediate();
  return getMeeting(ctx, id);
}

export function updateMeeting(ctx: CoreContext, id: string, input: MeetingInput): Meeting {
  ctx.sqlite
    .transaction(() => {
      const old = getMeeting(ctx, id);
      const withTerm = { ...input, termId: input.termId ?? old.termId };
      updateRow(ctx, 'meetings', id, toColumns(withTerm));
    })
    .immediate();
  return getMeeting(ctx, id);
}

/**
 * Tombstones the meeting. Conclusions drafted from it keep their own text (preamble,
 * outline) and their link, so nothing they used is lost.
 */
export function deleteMeeting(ctx: CoreContext, id: string): { id: string; conclusionsKept: number } {
  let kept = 0;
  ctx.sqlite
    .transaction(() => {
      getMeeting(ctx, id);
      tombstoneRow(ctx, 'meetings', id);
      const row = first(
        ctx.sqlite,
        ctx.qb.selectFrom('conclusions').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', id).where('deleted_at', 'is', null),
      );
      kept = Number(row?.n ?? 0);
    })
    .immediate();
  return { id, conclusionsKept: kept };
}

/** Next ordinal of the body's meetings of this kind in the term. */
export function suggestMeetingNumber(ctx: CoreContext, body: MeetingBody, termId: string | null | undefined): { sequenceNumber: number } {
  const term = termId ?? currentTermId(ctx);
  let q = ctx.qb
    .selectFrom('meetings')
    .select((eb) => eb.fn.max('sequence_number').as('n'))
    .where('body', '=', body)
    .where('deleted_at', 'is', null);
  q = term ? q.where('term_id', '=', term) : q.where('term_id', 'is', null);
  const row = first(ctx.sqlite, q);
  return { sequenceNumber: Number(row?.n ?? 0) + 1 };
}
