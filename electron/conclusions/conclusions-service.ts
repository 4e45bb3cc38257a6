import { AppError } from '../../shared/api/errors';
import type { PageOf, PageRequest } from '../../shared/api/paging';
import { buildPreamble, defaultSigner, defaultSubtitle, signatureFor } from '../../shared/conclusions/drafting-rules';
import {
  conclusionContentSchema,
  conclusionKindLabels,
  type Conclusion,
  type ConclusionContent,
  type ConclusionKind,
  type Recipient,
} from '../../shared/conclusions/schema';
import type { ConclusionSummary } from '../../shared/conclusions/summary';
import { buildTemplateOutline } from '../../shared/conclusions/templates';
import { withoutBoldMarks } from '../../shared/document/bold-marks';
import { blockText } from '../../shared/document/outline';
import type { MeetingBody } from '../../shared/meetings/schema';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first, prepared, type Row } from '../db/query';
import { decodeCursor, pageOf } from '../db/keyset';
import type { ConclusionsTable } from '../db/schema';
import { getMeeting } from '../meetings/meetings-service';
import { currentTermId, getProfile, issuerAbbreviation } from '../profile/profile-service';
import { checkIssueDate } from '../register/issue-date';
import { assertDeskOrConfirmed } from '../register/numbering-desk';
import { issuingTransaction, numberSymbolFor, nextNumber } from '../register/numbering';
import { insertRegisterEntry } from '../register/register-entries';
import type { SearchSource } from '../search/search-sources';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';
import { localIsoDate, localYearSpan } from '../system/clock';
import { listUnits } from '../units/units-service';
import { assertVersionOf, getVersion, keepVersionBeforeLargeRemoval, recordVersion } from './conclusion-versions';

export function toConclusion(row: ConclusionsTable): Conclusion {
  return {
    id: row.id,
    kind: row.kind as ConclusionKind,
    body: row.body as MeetingBody,
    meetingId: row.meeting_id,
    templateKey: row.template_key,
    subtitle: row.subtitle,
    summary: row.summary,
    preamble: row.preamble,
    outline: JSON.parse(row.outline_json) as Conclusion['outline'],
    recipients: JSON.parse(row.recipients_json) as Recipient[],
    signature: JSON.parse(row.signature_json) as Conclusion['signature'],
    urgency: row.urgency as Conclusion['urgency'],
    secrecy: row.secrecy as Conclusion['secrecy'],
    status: row.status as Conclusion['status'],
    numberSymbol: row.number_symbol,
    number: row.number,
    issueDate: row.issue_date,
    termId: row.term_id,
    replacesId: row.replaces_id,
    imported: row.imported === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function contentOf(c: Conclusion): ConclusionContent {
  return conclusionContentSchema.parse(c);
}

/** The conclusions columns a content sets (shared by drafting and import). */
export function contentColumns(content: ConclusionContent) {
  return {
    kind: content.kind,
    body: content.body,
    meeting_id: content.meetingId,
    template_key: content.templateKey,
    subtitle: content.subtitle,
    summary: content.summary,
    preamble: content.preamble,
    outline_json: JSON.stringify(content.outline),
    recipients_json: JSON.stringify(content.recipients),
    signature_json: JSON.stringify(content.signature),
    urgency: content.urgency,
    secrecy: content.secrecy,
  };
}

export function conclusionTitle(c: Pick<Conclusion, 'numberSymbol' | 'kind' | 'summary' | 'status'>): string {
  const number = c.numberSymbol ?? 'Dự thảo';
  return `${number} — ${conclusionKindLabels[c.kind]} ${c.summary}`.trim();
}

export function conclusionText(c: Conclusion): string {
  return [c.numberSymbol ?? '', c.subtitle ?? '', c.summary, withoutBoldMarks(c.preamble), ...c.outline.map(blockText), c.signature.signerName]
    .filter(Boolean)
    .join('\n');
}

export const conclusionSearchSource: SearchSource = {
  type: 'conclusion',
  table: 'conclusions',
  describe(ctx, ids) {
    const rows = all(ctx.sqlite, ctx.qb.selectFrom('conclusions').selectAll().where('id', 'in', ids));
    return new Map(rows.map((r) => {
      const c = toConclusion(r);
      return [c.id, { title: conclusionTitle(c), text: conclusionText(c) }];
    }));
  },
};

export function getConclusion(ctx: CoreContext, id: string): Conclusion {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('conclusions').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kết luận này (có thể đã bị xóa).', `Conclusion ${id} not found`);
  return toConclusion(row);
}

export interface ConclusionFilter {
  status?: Conclusion['status'];
  kind?: ConclusionKind;
  year?: number;
  meetingId?: string;
}

function filteredConclusions(ctx: CoreContext, filter: ConclusionFilter) {
  let q = ctx.qb.selectFrom('conclusions as c').where('c.deleted_at', 'is', null);
  if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  if (filter.meetingId) q = q.where('c.meeting_id', '=', filter.meetingId);
  if (filter.year) {
    const from = `${filter.year}-01-01`;
    const to = `${filter.year}-12-31`;
    // Issue dates are the office's calendar dates; a draft's last edit is a UTC instant.
    const edited = localYearSpan(filter.year);
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('c.issue_date', '>=', from), eb('c.issue_date', '<=', to)]),
        eb.and([eb('c.issue_date', 'is', null), eb('c.updated_at', '>=', edited.from), eb('c.updated_at', '<', edited.until)]),
      ]),
    );
  }
  return q;
}

/** Last edited first; the id breaks ties (an import saves many in the same millisecond). */
function conclusionSummaries(ctx: CoreContext, filter: ConclusionFilter) {
  return filteredConclusions(ctx, filter)
    .leftJoin('meetings as m', 'm.id', 'c.meeting_id')
    .select([
      'c.id',
      'c.kind',
      'c.body',
      'c.status',
      'c.number_symbol',
      'c.issue_date',
      'c.summary',
      'c.meeting_id',
      'm.date as meeting_date',
      'c.imported',
      'c.replaces_id',
      'c.updated_at',
    ])
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id', 'desc');
}

type SummaryRow = Row<ReturnType<typeof conclusionSummaries>>;

function toSummary(r: SummaryRow): ConclusionSummary {
  return {
    id: r.id,
    kind: r.kind as ConclusionKind,
    body: r.body as MeetingBody,
    status: r.status as Conclusion['status'],
    numberSymbol: r.number_symbol,
    issueDate: r.issue_date,
    summary: r.summary,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date ?? null,
    imported: r.imported === 1,
    replacesId: r.replaces_id,
    updatedAt: r.updated_at,
  };
}

/** Every matching conclusion (a meeting's few, for its page and its minutes). */
export function listConclusions(ctx: CoreContext, filter: ConclusionFilter): ConclusionSummary[] {
  return all(ctx.sqlite, conclusionSummaries(ctx, filter)).map(toSummary);
}

/** The years the list's year filter can offer: issue years, and the years drafts were edited in. */
function conclusionYears(ctx: CoreContext): number[] {
  const issued = prepared(
    ctx.sqlite,
    'SELECT DISTINCT CAST(substr(issue_date, 1, 4) AS INTEGER) AS y FROM conclusions WHERE deleted_at IS NULL AND issue_date IS NOT NULL',
  ).all() as Array<{ y: number }>;
  const drafts = prepared(
    ctx.sqlite,
    'SELECT min(updated_at) AS first, max(updated_at) AS last FROM conclusions WHERE deleted_at IS NULL AND issue_date IS NULL',
  ).get() as { first: string | null; last: string | null };
  const years = new Set(issued.map((r) => r.y));
  if (drafts.first && drafts.last) {
    const until = Number(localIsoDate(new Date(drafts.last)).slice(0, 4));
    for (let y = Number(localIsoDate(new Date(drafts.first)).slice(0, 4)); y <= until; y += 1) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/** "Kết luận": one page of the list, the count of all that match, and the years to filter by. */
export function pageConclusions(ctx: CoreContext, input: ConclusionFilter & PageRequest): PageOf<ConclusionSummary> & { years: number[] } {
  const after = decodeCursor(input.cursor, ['string', 'string'] as const);
  let q = conclusionSummaries(ctx, input);
  if (after) q = q.where((eb) => eb(eb.refTuple('c.updated_at', 'c.id'), '<', eb.tuple(after[0], after[1])));
  const rows = all(ctx.sqlite, q.limit(input.limit + 1));
  const total = first(ctx.sqlite, filteredConclusions(ctx, input).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  return { ...pageOf(rows, input.limit, Number(total), (r) => [r.updated_at, r.id], toSummary), years: conclusionYears(ctx) };
}

/** The usual distribution of a commune conclusion, from the units directory. */
function defaultRecipients(ctx: CoreContext): Recipient[] {
  const units = listUnits(ctx, { includeInactive: false });
  const wanted = ['Thường trực Đảng ủy', 'Thường trực HĐND xã', 'UBND xã', 'Ủy ban MTTQ Việt Nam xã', 'Các chi bộ, đảng bộ trực thuộc'];
  const superiors = units.filter((u) => u.isSuperior).slice(0, 1);
  const chosen = [...superiors, ...wanted.map((w) => units.find((u) => u.shortName === w)).filter((u) => u !== undefined)];
  return chosen.map((u) => ({ unitId: u.id, text: u.shortName, forReport: u.isSuperior }));
}

export function createConclusion(
  ctx: CoreContext,
  input: { kind: ConclusionKind; meetingId: string | null; body?: MeetingBody; templateKey: string | null; summary?: string; signerId?: string | null },
): Conclusion {
  const signers = getProfile(ctx)?.signers ?? [];
  const meeting = input.meetingId ? getMeeting(ctx, input.meetingId) : null;
  const body: MeetingBody = meeting?.body ?? input.body ?? 'standingCommittee';
  const signer = (input.signerId ? signers.find((s) => s.id === input.signerId) : undefined) ?? defaultSigner(signers);
  const date = meeting?.date ?? localIsoDate(ctx.clock.now());
  const content: ConclusionContent = {
    kind: input.kind,
    body,
    meetingId: meeting?.id ?? null,
    templateKey: input.templateKey,
    subtitle: defaultSubtitle(input.kind, body),
    summary: input.summary ?? (meeting?.subject ? `về ${meeting.subject.replace(/^về\s+/i, '')}` : ''),
    preamble: meeting ? buildPreamble(meeting) : '',
    outline: buildTemplateOutline(input.templateKey, date, newId),
    recipients: defaultRecipients(ctx),
    signature: signatureFor(body, signer),
    urgency: null,
    secrecy: null,
  };
  const id = newId();
  ctx.sqlite
    .transaction(() => {
      insertRow(ctx, 'conclusions', {
        id,
        ...contentColumns(content),
        status: 'draft',
        number: null,
        number_symbol: null,
        issue_date: null,
        term_id: currentTermId(ctx),
        replaces_id: null,
        imported: 0,
        source_hash: null,
      });
      recordVersion(ctx, id, 'create', content);
    })
    .immediate();
  return getConclusion(ctx, id);
}

function assertDraft(c: Conclusion): void {
  if (c.status !== 'draft') {
    throw new AppError(
      'CONFLICT',
      `Văn bản ${c.numberSymbol ?? ''} đã ban hành nên không sửa được. Muốn đính chính, hãy tạo bản đính chính (văn bản mới thay thế).`,
      `Conclusion ${c.id} is issued and read-only`,
    );
  }
}

export function updateConclusion(ctx: CoreContext, id: string, content: ConclusionContent, reason: 'autosave' | 'manual' | 'restore'): Conclusion {
  ctx.sqlite
    .transaction(() => {
      const current = getConclusion(ctx, id);
      assertDraft(current);
      keepVersionBeforeLargeRemoval(ctx, id, contentOf(current), content);
      updateRow(ctx, 'conclusions', id, contentColumns(content));
      recordVersion(ctx, id, reason, content);
    })
    .immediate();
  return getConclusion(ctx, id);
}

export function deleteConclusion(ctx: CoreContext, id: string): { id: string } {
  ctx.sqlite
    .transaction(() => {
      const c = getConclusion(ctx, id);
      if (c.status !== 'draft') {
        throw new AppError('CONFLICT', 'Văn bản đã ban hành và đã vào sổ văn bản đi, không xóa được.', `Conclusion ${id} is issued`);
      }
      tombstoneRow(ctx, 'conclusions', id);
    })
    .immediate();
  return { id };
}

function checkReadyToIssue(ctx: CoreContext, c: Conclusion): void {
  const fields: Record<string, string> = {};
  if (!c.summary.trim()) fields.summary = 'Nhập trích yếu (về …) trước khi ban hành';
  const hasSigners = (getProfile(ctx)?.signers.length ?? 0) > 0;
  if (hasSigners && !c.signature.signerName.trim()) fields['signature.signerName'] = 'Chọn người ký trước khi ban hành';
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', `Chưa ban hành được: ${first.charAt(0).toLowerCase()}${first.slice(1)}.`, `Conclusion ${c.id} not ready`, fields);
}

/** The day of the meeting a draft concludes, even if that meeting was deleted since. */
function meetingDateOf(ctx: CoreContext, meetingId: string | null): string | null {
  if (!meetingId) return null;
  return first(ctx.sqlite, ctx.qb.selectFrom('meetings').select('date').where('id', '=', meetingId))?.date ?? null;
}

/**
 * Issues a draft: the next number of its type in the current term, the issue date, an entry
 * in the outgoing register, and from then on read-only — all in one transaction.
 */
export function issueConclusion(ctx: CoreContext, id: string, options: { issueDate?: string | undefined; confirmEarlierDate?: boolean; notDeskConfirmed?: boolean } = {}): Conclusion {
  issuingTransaction(ctx, () => {
      const c = getConclusion(ctx, id);
      assertDraft(c);
      checkReadyToIssue(ctx, c);
      assertDeskOrConfirmed(ctx, c.kind, options.notDeskConfirmed ?? false);
      const termId = currentTermId(ctx);
      const number = nextNumber(ctx, termId, c.kind);
      const numberSymbol = numberSymbolFor(number, c.kind, issuerAbbreviation(ctx));
      const date = options.issueDate ?? localIsoDate(ctx.clock.now());
      checkIssueDate(ctx, {
        termId,
        docType: c.kind,
        issueDate: date,
        label: 'Ngày ban hành',
        meetingDate: meetingDateOf(ctx, c.meetingId),
        confirmEarlier: options.confirmEarlierDate ?? false,
        numberSymbol,
      });
      // The issuing change carries the issued text: on an install where a concurrent draft edit
      // arrived first, that text wins back (electron/exchange/conclusion-guard.ts).
      updateRow(ctx, 'conclusions', id, { ...contentColumns(contentOf(c)), status: 'issued', number, number_symbol: numberSymbol, issue_date: date, term_id: termId });
      insertRegisterEntry(ctx, {
        id: newId(),
        term_id: termId,
        doc_type: c.kind,
        number,
        number_symbol: numberSymbol,
        issue_date: date,
        summary: `${conclusionKindLabels[c.kind]} ${c.summary}`.trim(),
        signer_name: c.signature.signerName,
        recipients_text: c.recipients.map((r) => r.text).join('; '),
        conclusion_id: id,
      });
      recordVersion(ctx, id, 'issue', contentOf(getConclusion(ctx, id)));
  });
  return getConclusion(ctx, id);
}

/** A correction is a new draft carrying the issued text, marked as replacing it. */
export function createCorrection(ctx: CoreContext, id: string): Conclusion {
  const source = getConclusion(ctx, id);
  if (source.status !== 'issued') {
    throw new AppError('CONFLICT', 'Chỉ tạo bản đính chính cho văn bản đã ban hành; bản dự thảo thì sửa trực tiếp.', `Conclusion ${id} is a draft`);
  }
  const newIdValue = newId();
  const content = contentOf(source);
  ctx.sqlite
    .transaction(() => {
      insertRow(ctx, 'conclusions', {
        id: newIdValue,
        ...contentColumns(content),
        status: 'draft',
        number: null,
        number_symbol: null,
        issue_date: null,
        term_id: source.termId,
        replaces_id: source.id,
        imported: 0,
        source_hash: null,
      });
      recordVersion(ctx, newIdValue, 'create', content);
    })
    .immediate();
  return getConclusion(ctx, newIdValue);
}

/** Brings an earlier version back as the current draft (itself kept as a new version). */
export function restoreConclusionVersion(ctx: CoreContext, id: string, versionId: string): Conclusion {
  const version = getVersion(ctx, versionId);
  assertVersionOf(version, getConclusion(ctx, id));
  return updateConclusion(ctx, id, version.content, 'restore');
}
