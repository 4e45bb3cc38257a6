import { blockText, computeLabels } from '../../shared/document/outline';
import { proposeTasks } from '../../shared/tasks/propose';
import { unmatchedNames } from '../../shared/tasks/unmatched-names';
import { getConclusion } from '../conclusions/conclusions-service';
import type { CoreContext } from '../core/context';
import { all, first } from '../db/query';
import { localIsoDate } from '../system/clock';
import { directoryRefs } from './unit-names';

/** Proposals for a conclusion, marked when a task was already made from the same paragraph. */
export function proposeForConclusion(ctx: CoreContext, conclusionId: string) {
  const c = getConclusion(ctx, conclusionId);
  const meetingDate = c.meetingId
    ? first(ctx.sqlite, ctx.qb.selectFrom('meetings').select('date').where('id', '=', c.meetingId))?.date
    : undefined;
  const referenceDate = c.issueDate ?? meetingDate ?? localIsoDate(ctx.clock.now());
  const units = directoryRefs(ctx);
  const proposals = proposeTasks(c.outline, units, { referenceDate });
  const assigned = new Set(
    all(ctx.sqlite, ctx.qb.selectFrom('tasks').select('source_block_id').where('conclusion_id', '=', conclusionId).where('deleted_at', 'is', null))
      .map((r) => r.source_block_id)
      .filter((x): x is string => x !== null),
  );
  return proposals.map((p) => ({
    content: p.content,
    leadUnitIds: p.leadUnitIds,
    supportingUnitIds: p.supportingUnitIds,
    // Only the names that are not directory units travel as free names.
    leadUnitNames: unmatchedNames(p.leadUnitNames, p.leadUnitIds, units),
    supportingUnitNames: unmatchedNames(p.supportingUnitNames, p.supportingUnitIds, units),
    dueDate: p.dueDate,
    dueDatePhrase: p.dueDatePhrase,
    sourceBlockId: p.sourceBlockId,
    sourceSection: p.sourceSection,
    recurrence: p.recurrence,
    alreadyAssigned: assigned.has(p.sourceBlockId),
  }));
}

/** The source paragraph of a task shown in context: its heading and neighbours. */
export function taskSource(ctx: CoreContext, conclusionId: string | null, blockId: string | null) {
  if (!conclusionId || !blockId) return null;
  let outline;
  try {
    outline = getConclusion(ctx, conclusionId).outline;
  } catch {
    return null;
  }
  const index = outline.findIndex((b) => b.id === blockId);
  if (index < 0) return null;
  const labels = computeLabels(outline);
  const withLabel = (i: number) => `${labels[i] ? `${labels[i]} ` : ''}${blockText(outline[i]!)}`.trim();
  let heading: string | null = null;
  for (let i = index - 1; i >= 0; i -= 1) {
    if (outline[i]!.kind.startsWith('heading')) {
      heading = withLabel(i);
      break;
    }
  }
  return {
    heading,
    before: index > 0 && !outline[index - 1]!.kind.startsWith('heading') ? withLabel(index - 1) : null,
    paragraph: withLabel(index),
    after: index + 1 < outline.length ? withLabel(index + 1) : null,
  };
}
