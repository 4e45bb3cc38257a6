/**
 * What a package may not do to a conclusion, and what it must not lose:
 * - an issued conclusion's content never changes by package. A received change to it is not
 *   applied (its content columns are skipped; the change is still logged and relayed) and is
 *   shown in "Xung đột dữ liệu" as a conflict of kind 'issued'. The issuing change carries the
 *   issued text, and its content wins over every draft edit that had not seen it, whatever the
 *   clocks say, so every install ends with the text that was issued, whatever order the
 *   packages arrive in;
 * - the long text of a draft is never silently overwritten: when a package's draft text loses
 *   to the text here, the package's text is kept as a version of the draft ("Bản từ máy khác"),
 *   under an id derived from the losing change, so two installs keeping the same loser keep one
 *   version between them.
 */
import { createHash } from 'node:crypto';
import type { ConclusionContent } from '../../shared/conclusions/schema';
import { recordVersionWithId } from '../conclusions/conclusion-versions';
import { type contentColumns, contentOf, toConclusion } from '../conclusions/conclusions-service';
import type { CoreContext } from '../core/context';
import type { ConclusionsTable } from '../db/schema';
import { prepared } from '../db/query';
import type { Change, FieldValue } from '../sync/changes';
import type { DetectedConflict } from './merge-conflicts';

type ContentColumn = keyof ReturnType<typeof contentColumns>;
const CONTENT: Record<ContentColumn, true> = {
  kind: true,
  body: true,
  meeting_id: true,
  template_key: true,
  subtitle: true,
  summary: true,
  preamble: true,
  outline_json: true,
  recipients_json: true,
  signature_json: true,
  urgency: true,
  secrecy: true,
};
export const CONCLUSION_CONTENT_COLUMNS: ReadonlySet<string> = new Set(Object.keys(CONTENT));
/** The long texts of a draft whose loser is kept as a version. */
const DRAFT_TEXT = new Set(['summary', 'preamble', 'outline_json']);

export interface GuardDecision {
  /** Fields of the change not applied here (still logged). */
  skip: Set<string>;
  /** Fields of the change that win whatever the order. */
  force: Set<string>;
  /** 'issued' conflicts to record. */
  conflicts: DetectedConflict[];
  /** The issued text arrives over a different draft text here, which is kept as a version. */
  replacesDraft: boolean;
}

function currentRow(ctx: CoreContext, id: string): ConclusionsTable | undefined {
  return prepared(ctx.sqlite, 'SELECT * FROM conclusions WHERE id = ?').get(id) as ConclusionsTable | undefined;
}

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** Decides, before a received change to a conclusion is applied, what it may change. */
export function guardConclusionChange(ctx: CoreContext, change: Change): GuardDecision | null {
  if (change.table !== 'conclusions') return null;
  const row = currentRow(ctx, change.rowId);
  if (!row) return null;
  const issuing = change.fields.status === 'issued';
  const content = Object.keys(change.fields).filter((f) => CONCLUSION_CONTENT_COLUMNS.has(f));
  const decision: GuardDecision = { skip: new Set(), force: new Set(), conflicts: [], replacesDraft: false };
  const held = row as unknown as Record<string, FieldValue>;
  if (row.status === 'issued' && !issuing) {
    for (const f of content) {
      decision.skip.add(f);
      if (same(held[f], change.fields[f])) continue;
      decision.conflicts.push({
        table: 'conclusions',
        rowId: change.rowId,
        field: f,
        kept: held[f] ?? null,
        other: change.fields[f] ?? null,
        keptOrigin: row.replica_id,
        otherOrigin: change.origin,
        incomingWins: false,
      });
    }
    // The number and status of an issued document are the register's business (numbering conflicts).
    return decision;
  }
  if (issuing && row.status === 'draft') {
    for (const f of content) {
      decision.force.add(f);
      if (!DRAFT_TEXT.has(f) || same(held[f], change.fields[f])) continue;
      decision.replacesDraft = true;
      decision.conflicts.push({
        table: 'conclusions',
        rowId: change.rowId,
        field: f,
        kept: change.fields[f] ?? null,
        other: held[f] ?? null,
        keptOrigin: change.origin,
        otherOrigin: row.replica_id,
        incomingWins: true,
      });
    }
  }
  return decision;
}

function versionIdFor(conclusionId: string, change: Change, what: string): string {
  const h = createHash('sha256').update(`conclusion-version|${what}|${conclusionId}|${change.origin}#${change.seq}`).digest('hex');
  // Shaped as a UUID (version 8, name-based), like the other ids.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Keeps the package's draft text as a version when it loses to the text here. Called before the
 * change is applied, with the conflicts the merge found for it.
 */
export function keepLosingDraftText(ctx: CoreContext, change: Change, conflicts: readonly DetectedConflict[]): boolean {
  if (change.table !== 'conclusions') return false;
  const losing = conflicts.filter((c) => c.table === 'conclusions' && c.rowId === change.rowId && !c.incomingWins && DRAFT_TEXT.has(c.field));
  if (losing.length === 0) return false;
  const row = currentRow(ctx, change.rowId);
  if (!row || row.status !== 'draft') return false;
  // The draft as the other install had it: the text here with every content column the change set.
  const theirs = { ...row, ...Object.fromEntries(Object.entries(change.fields).filter(([k]) => CONCLUSION_CONTENT_COLUMNS.has(k))) } as ConclusionsTable;
  let content: ConclusionContent;
  try {
    content = contentOf(toConclusion(theirs));
  } catch {
    return false; // a text this app cannot read is still kept in the conflicts list
  }
  return recordVersionWithId(ctx, versionIdFor(change.rowId, change, 'otherInstall'), change.rowId, 'otherInstall', content);
}

/** Keeps the draft text here as a version before the issued text a package brings replaces it. */
export function keepDraftBeforeIssue(ctx: CoreContext, change: Change): boolean {
  const row = currentRow(ctx, change.rowId);
  if (!row || row.status !== 'draft') return false;
  let content: ConclusionContent;
  try {
    content = contentOf(toConclusion(row));
  } catch {
    return false;
  }
  return recordVersionWithId(ctx, versionIdFor(change.rowId, change, 'keptOnIssue'), change.rowId, 'keptOnIssue', content);
}
