/**
 * Version history of a draft. Manual saves, issuing and restores always keep a version;
 * autosaves keep one at most every AUTOSAVE_VERSION_MINUTES so the history stays readable.
 * A save that removes a large part of the body keeps the text as it was first, whatever
 * the minutes: that is the save a person may want to undo days later.
 */
import { AppError } from '../../shared/api/errors';
import { conclusionContentSchema, type Conclusion, type ConclusionContent } from '../../shared/conclusions/schema';
import type { ConclusionVersionInfo } from '../../shared/conclusions/summary';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first } from '../db/query';
import { insertRow } from '../sync/changes';

export const AUTOSAVE_VERSION_MINUTES = 10;

/** Removing at least this share of the text (and LARGE_REMOVAL_MIN_CHARS characters) is "large". */
export const LARGE_REMOVAL_SHARE = 0.3;
export const LARGE_REMOVAL_MIN_CHARS = 80;

function textLength(content: ConclusionContent): number {
  let n = content.summary.length + content.preamble.length;
  for (const block of content.outline) for (const r of block.runs) n += r.text.length;
  return n;
}

export function removesLargePart(before: ConclusionContent, after: ConclusionContent): boolean {
  const removed = textLength(before) - textLength(after);
  return removed >= LARGE_REMOVAL_MIN_CHARS && removed >= LARGE_REMOVAL_SHARE * textLength(before);
}

/** Called before a draft's content is replaced; keeps `before` unless the history already ends with it. */
export function keepVersionBeforeLargeRemoval(ctx: CoreContext, conclusionId: string, before: ConclusionContent, after: ConclusionContent): void {
  if (!removesLargePart(before, after)) return;
  const last = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('conclusion_versions')
      .select('content_json')
      .where('conclusion_id', '=', conclusionId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1),
  );
  const json = JSON.stringify(before);
  if (last?.content_json === json) return;
  insertVersion(ctx, conclusionId, 'beforeRemoval', json);
}

function insertVersion(ctx: CoreContext, conclusionId: string, reason: ConclusionVersionInfo['reason'], contentJson: string): void {
  insertRow(ctx, 'conclusion_versions', { id: newId(), conclusion_id: conclusionId, reason, content_json: contentJson });
}

/**
 * Keeps a version under an id derived from what it keeps (the exchange's losing draft text),
 * so two installs keeping the same text keep one version between them. False when it is held.
 */
export function recordVersionWithId(ctx: CoreContext, id: string, conclusionId: string, reason: ConclusionVersionInfo['reason'], content: ConclusionContent): boolean {
  if (first(ctx.sqlite, ctx.qb.selectFrom('conclusion_versions').select('id').where('id', '=', id))) return false;
  insertRow(ctx, 'conclusion_versions', { id, conclusion_id: conclusionId, reason, content_json: JSON.stringify(content) });
  return true;
}

export function recordVersion(ctx: CoreContext, conclusionId: string, reason: ConclusionVersionInfo['reason'], content: ConclusionContent): void {
  if (reason === 'autosave') {
    const last = first(
      ctx.sqlite,
      ctx.qb
        .selectFrom('conclusion_versions')
        .select('created_at')
        .where('conclusion_id', '=', conclusionId)
        .orderBy('created_at', 'desc')
        .limit(1),
    );
    const age = last ? ctx.clock.now().getTime() - Date.parse(last.created_at) : Infinity;
    if (age < AUTOSAVE_VERSION_MINUTES * 60_000) return;
  }
  insertVersion(ctx, conclusionId, reason, JSON.stringify(content));
}

export function listVersions(ctx: CoreContext, conclusionId: string): ConclusionVersionInfo[] {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('conclusion_versions')
      .select(['id', 'reason', 'created_at'])
      .where('conclusion_id', '=', conclusionId)
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  ).map((v) => ({ id: v.id, reason: v.reason as ConclusionVersionInfo['reason'], createdAt: v.created_at }));
}

export function getVersion(ctx: CoreContext, versionId: string): { id: string; conclusionId: string; createdAt: string; content: ConclusionContent } {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('conclusion_versions').selectAll().where('id', '=', versionId));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản này.', `Version ${versionId} not found`);
  return {
    id: row.id,
    conclusionId: row.conclusion_id,
    createdAt: row.created_at,
    content: conclusionContentSchema.parse(JSON.parse(row.content_json)),
  };
}

export function assertVersionOf(version: { conclusionId: string }, conclusion: Conclusion): void {
  if (version.conclusionId !== conclusion.id) {
    throw new AppError('CONFLICT', 'Phiên bản này không thuộc văn bản đang mở.', 'Version belongs to another conclusion');
  }
}
