/**
 * The review screen's working copy of the proposals: what the clerk accepts, corrects or
 * adds by hand before "Giao N nhiệm vụ", and how it becomes the core's task input.
 */
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { blockText, computeLabels, type OutlineBlock } from '../../shared/document/outline';
import type { Recurrence } from '../../shared/tasks/recurrence';
import { daysInMonth } from '../../shared/text/party-date';
import type { Unit } from '../../shared/units/schema';
import { choiceToValues, freeNames, valuesToChoice } from './unit-choice';

export type Proposal = ApiOutput<'tasks.propose'>[number];

export interface ProposalDraft {
  key: string;
  accepted: boolean;
  alreadyAssigned: boolean;
  /** Added by hand ("Thêm nhiệm vụ"), not read by the rules. */
  manual: boolean;
  content: string;
  /** MultiSelect values (directory ids and written names), see unit-choice.ts. */
  lead: string[];
  supporting: string[];
  /** null: the text gave no deadline and the clerk has not typed one — the common deadline applies. */
  dueDate: string | null;
  dueDatePhrase: string | null;
  sourceBlockId: string | null;
  sourceSection: string | null;
  recurrence: Recurrence | null;
}

export function draftsFromProposals(proposals: readonly Proposal[], units: readonly Unit[]): ProposalDraft[] {
  return proposals.map((p, i) => ({
    key: `${p.sourceBlockId}-${i}`,
    accepted: !p.alreadyAssigned,
    alreadyAssigned: p.alreadyAssigned,
    manual: false,
    content: p.content,
    lead: choiceToValues({ ids: p.leadUnitIds, names: freeNames(p.leadUnitNames, units) }),
    supporting: choiceToValues({ ids: p.supportingUnitIds, names: freeNames(p.supportingUnitNames, units) }),
    dueDate: p.dueDate,
    dueDatePhrase: p.dueDatePhrase,
    sourceBlockId: p.sourceBlockId,
    sourceSection: p.sourceSection,
    recurrence: p.recurrence,
  }));
}

let manualCount = 0;

export function emptyDraft(): ProposalDraft {
  manualCount += 1;
  return {
    key: `manual-${manualCount}`,
    accepted: true,
    alreadyAssigned: false,
    manual: true,
    content: '',
    lead: [],
    supporting: [],
    dueDate: null,
    dueDatePhrase: null,
    sourceBlockId: null,
    sourceSection: null,
    recurrence: null,
  };
}

/**
 * The deadline for tasks the text gives none: the end of the month the conclusion was
 * issued in — a monthly conclusion's tasks are "trọng tâm tháng" — or of the current month.
 */
export function defaultCommonDue(issueDate: string | null, today: string | undefined): string {
  const base = issueDate ?? today;
  if (!base) return '';
  const year = Number(base.slice(0, 4));
  const month = Number(base.slice(5, 7));
  return `${base.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

export function toTaskInput(d: ProposalDraft, conclusionId: string, commonDue: string): ApiInput<'tasks.create'> {
  const lead = valuesToChoice(d.lead);
  const supporting = valuesToChoice(d.supporting);
  return {
    conclusionId,
    content: d.content.trim(),
    leadUnitIds: lead.ids,
    leadUnitNames: lead.names,
    supportingUnitIds: supporting.ids,
    supportingUnitNames: supporting.names,
    dueDate: (d.dueDate ?? commonDue) || null,
    recurrence: d.recurrence,
    sourceBlockId: d.sourceBlockId,
    sourceSection: d.sourceSection,
  };
}

export interface OutlineParagraph {
  id: string;
  /** "- Tập trung lãnh đạo…" / "1. Lãnh đạo UBND xã" as printed. */
  text: string;
  isHeading: boolean;
  /** Label of the heading the block sits under ("3.1."), or null. */
  section: string | null;
  /** That heading as printed ("3.1. Ban Xây dựng Đảng Đảng ủy"), or null. */
  sectionTitle: string | null;
}

/** The conclusion's blocks with their printed labels and the section each belongs to. */
export function outlineParagraphs(outline: readonly OutlineBlock[]): OutlineParagraph[] {
  const labels = computeLabels(outline);
  let section: string | null = null;
  let sectionTitle: string | null = null;
  return outline.map((b, i) => {
    const label = labels[i] ?? '';
    const text = `${label ? `${label} ` : ''}${blockText(b)}`.trim();
    const isHeading = b.kind.startsWith('heading');
    const entry = { id: b.id, text, isHeading, section, sectionTitle };
    if (isHeading) {
      section = label || null;
      sectionTitle = text;
    }
    return entry;
  });
}
