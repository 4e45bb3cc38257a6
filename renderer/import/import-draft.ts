/**
 * The working copy of one document under review, and how it becomes the `import.save`
 * input: the recognised fields as edited, and the proposed tasks the clerk accepted.
 */
import { fieldsOfPreview } from '../../shared/import/preview-mapping';
import type { ApiInput } from '../../shared/api/contract';
import type { ImportedConclusionFields, ImportPreview } from '../../shared/import/schema';

export type ProposedTask = ImportPreview['tasks'][number];
export type SaveInput = ApiInput<'import.save'>;
export type SaveTask = NonNullable<SaveInput['tasks']>[number];

export interface TaskDraft extends ProposedTask {
  key: string;
  accepted: boolean;
}

export interface ReviewDraft {
  fields: ImportedConclusionFields;
  /** Nơi nhận as typed: one recipient a line. */
  recipientsText: string;
  tasks: TaskDraft[];
  /** Also record the meeting the preamble describes. */
  createMeeting: boolean;
}

/** The editable fields of a preview. */
export const fieldsOf = fieldsOfPreview;

export function draftFromPreview(p: ImportPreview): ReviewDraft {
  return {
    fields: fieldsOf(p),
    recipientsText: p.recipients.join('\n'),
    tasks: p.tasks.map((t, i) => ({ ...t, key: `${t.sourceBlockId}#${i}`, accepted: true })),
    createMeeting: true,
  };
}

export function toTaskInput(t: ProposedTask): SaveTask {
  return {
    content: t.content,
    leadUnitIds: t.leadUnitIds,
    supportingUnitIds: t.supportingUnitIds,
    leadUnitNames: t.leadUnitNames,
    supportingUnitNames: t.supportingUnitNames,
    dueDate: t.dueDate,
    recurrence: t.recurrence,
    sourceBlockId: t.sourceBlockId,
    sourceSection: t.sourceSection,
  };
}

/** Text typed into a field: trimmed, and null when nothing is left. */
export function cleanText(value: string | null): string | null {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
}

export function recipientLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function cleanFields(f: ImportedConclusionFields, recipientsText: string): ImportedConclusionFields {
  return {
    ...f,
    title: f.title.trim(),
    subtitle: cleanText(f.subtitle),
    summary: cleanText(f.summary),
    superiorCommittee: cleanText(f.superiorCommittee),
    committee: cleanText(f.committee),
    numberSymbol: cleanText(f.numberSymbol),
    place: cleanText(f.place),
    issueDate: cleanText(f.issueDate),
    meeting: {
      ...f.meeting,
      date: cleanText(f.meeting.date),
      number: cleanText(f.meeting.number),
      chair: cleanText(f.meeting.chair),
      chairTitle: cleanText(f.meeting.chairTitle),
      subject: cleanText(f.meeting.subject),
    },
    recipients: recipientLines(recipientsText),
    signature: {
      authority: f.signature.authority,
      onBehalfOf: cleanText(f.signature.onBehalfOf),
      title: cleanText(f.signature.title),
      signer: cleanText(f.signature.signer),
    },
  };
}

export function saveInputFromDraft(draft: ReviewDraft, sourceHash: string): SaveInput {
  return {
    fields: cleanFields(draft.fields, draft.recipientsText),
    sourceHash,
    tasks: draft.tasks.filter((t) => t.accepted).map(toTaskInput),
    createMeeting: draft.createMeeting,
  };
}

/** A preview saved as read, with every proposed task (the "Nhập ngay" way). */
export function saveInputFromPreview(p: ImportPreview): SaveInput {
  return { fields: fieldsOf(p), sourceHash: p.source.hash, tasks: p.tasks.map(toTaskInput), createMeeting: true };
}

/** "Đã nhập văn bản số 62-TB/ĐU và 34 nhiệm vụ". */
export function importedMessage(numberSymbol: string | null, taskCount: number): string {
  const doc = numberSymbol ? `văn bản số ${numberSymbol}` : 'văn bản';
  return taskCount > 0 ? `Đã nhập ${doc} và ${taskCount} nhiệm vụ` : `Đã nhập ${doc}, không nhận nhiệm vụ nào`;
}
