import type { TaskInput } from '../tasks/schema';
import type { ImportedConclusionFields, ImportPreview } from './schema';

/** The editable fields of a preview (a preview also carries sections, tasks and source). */
export function fieldsOfPreview(p: ImportPreview): ImportedConclusionFields {
  return {
    kind: p.kind,
    title: p.title,
    subtitle: p.subtitle,
    summary: p.summary,
    superiorCommittee: p.superiorCommittee,
    committee: p.committee,
    numberSymbol: p.numberSymbol,
    place: p.place,
    issueDate: p.issueDate,
    urgency: p.urgency,
    secrecy: p.secrecy,
    meeting: { ...p.meeting, presentedDocuments: p.meeting.presentedDocuments.map((d) => ({ ...d })) },
    preamble: p.preamble,
    outline: p.outline,
    recipients: [...p.recipients],
    signature: { ...p.signature },
  };
}

/**
 * A proposed task accepted as it stands (the conclusion id is filled in by the save). A
 * deadline before the issue date is left out: the preview's warnings say so, and a clerk
 * sets it on the task.
 */
export function taskInputOfProposal(t: ImportPreview['tasks'][number]): Omit<TaskInput, 'conclusionId'> {
  return {
    content: t.content,
    leadUnitIds: t.leadUnitIds,
    supportingUnitIds: t.supportingUnitIds,
    leadUnitNames: t.leadUnitNames,
    supportingUnitNames: t.supportingUnitNames,
    responsibleMember: '',
    dueDate: t.dueBeforeIssue ? null : t.dueDate,
    recurrence: t.recurrence,
    sourceBlockId: t.sourceBlockId,
    sourceSection: t.sourceSection,
    remarks: '',
  };
}
