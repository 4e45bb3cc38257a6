import type { HomeSummary } from '../../shared/api/contract';
import { conclusionKindLabels, type ConclusionKind } from '../../shared/conclusions/schema';
import type { CoreContext } from '../core/context';
import { all, prepared } from '../db/query';
import { meetingTitle } from '../meetings/meetings-service';
import { getProfile } from '../profile/profile-service';
import { localIsoDate } from '../system/clock';
import type { Meeting } from '../../shared/meetings/schema';

type Counts = HomeSummary['counts'];
type DueItem = HomeSummary['dueSoon'][number];

/** Features that track tasks give their counters and due items (listed in createCore). */
export type HomeTaskProvider = (ctx: CoreContext, today: string) => { counts: Partial<Counts>; dueSoon: DueItem[] };

function count(ctx: CoreContext, sql: string, ...params: unknown[]): number {
  return Number((prepared(ctx.sqlite, sql).get(...params) as { n: number }).n);
}

/** The home screen: what is due and what was written recently. */
export function homeSummary(ctx: CoreContext): HomeSummary {
  const today = localIsoDate(ctx.clock.now());
  const year = today.slice(0, 4);
  const counts: Counts = {
    meetingsThisYear: count(ctx, "SELECT count(*) AS n FROM meetings WHERE deleted_at IS NULL AND substr(date, 1, 4) = ?", year),
    draftConclusions: count(ctx, "SELECT count(*) AS n FROM conclusions WHERE deleted_at IS NULL AND status = 'draft'"),
    issuedThisYear: count(ctx, "SELECT count(*) AS n FROM register_entries WHERE deleted_at IS NULL AND substr(issue_date, 1, 4) = ?", year),
    openTasks: 0,
    overdueTasks: 0,
    dueThisWeek: 0,
  };
  let dueSoon: DueItem[] = [];
  for (const provider of ctx.homeTaskProviders) {
    const r = provider(ctx, today);
    Object.assign(counts, r.counts);
    dueSoon = dueSoon.concat(r.dueSoon);
  }

  const meetings = all(
    ctx.sqlite,
    ctx.qb.selectFrom('meetings').select(['id', 'body', 'kind', 'sequence_number', 'subject', 'date', 'updated_at']).where('deleted_at', 'is', null).orderBy('updated_at', 'desc').limit(6),
  ).map((m) => ({
    id: m.id,
    kind: 'meeting' as const,
    title: meetingTitle({ body: m.body as Meeting['body'], kind: m.kind as Meeting['kind'], sequenceNumber: m.sequence_number, subject: m.subject }),
    date: m.date,
    status: 'Đã ghi',
    at: m.updated_at,
  }));
  const conclusions = all(
    ctx.sqlite,
    ctx.qb.selectFrom('conclusions').select(['id', 'kind', 'summary', 'status', 'number_symbol', 'issue_date', 'updated_at']).where('deleted_at', 'is', null).orderBy('updated_at', 'desc').limit(6),
  ).map((c) => ({
    id: c.id,
    kind: 'conclusion' as const,
    title: `${c.number_symbol ? `${c.number_symbol} — ` : ''}${conclusionKindLabels[c.kind as ConclusionKind]} ${c.summary}`.trim(),
    date: c.issue_date,
    status: c.status === 'issued' ? 'Đã ban hành' : 'Dự thảo',
    at: c.updated_at,
  }));
  const recentDocuments = [...meetings, ...conclusions]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 8)
    .map(({ at: _at, ...rest }) => rest);

  const profileReady = getProfile(ctx) !== null;
  return { profileReady, counts, dueSoon, recentDocuments };
}
