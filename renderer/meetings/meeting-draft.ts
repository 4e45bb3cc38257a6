/**
 * The editor's working copy of a meeting. Rows carry a local key so React keeps each row's
 * inputs attached to the right person when a row above is removed; keys never reach the core.
 */
import type { AgendaItem, Attendee, Meeting, MeetingBody, MeetingInput, Person, PresentedDocument } from '../../shared/meetings/schema';
import { defaultKindForBody } from './labels';

export type Keyed<T> = T & { key: string };

export interface MeetingDraft extends Omit<MeetingInput, 'chair' | 'secretary' | 'attendees' | 'invitedDelegates' | 'presentedDocuments' | 'agenda'> {
  /** Never null in the form: two empty boxes mean "not recorded". */
  chair: Person;
  secretary: Person;
  attendees: Keyed<Attendee>[];
  invitedDelegates: Keyed<Person>[];
  presentedDocuments: Keyed<PresentedDocument>[];
  agenda: Keyed<AgendaItem>[];
}

type RowList = 'attendees' | 'invitedDelegates' | 'presentedDocuments' | 'agenda';

/** One row changed, the others kept as they are. */
export function patchRow<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((r, i) => (i === index ? { ...r, ...patch } : r));
}

export function newKey(): string {
  return crypto.randomUUID();
}

function keyed<T extends object>(rows: readonly T[]): Keyed<T>[] {
  return rows.map((r) => ({ ...r, key: newKey() }));
}

export const blankAttendee = (): Keyed<Attendee> => ({ key: newKey(), name: '', title: '', category: '', present: true, absenceReason: '' });
export const blankPerson = (): Keyed<Person> => ({ key: newKey(), name: '', title: '' });
export const blankDocument = (): Keyed<PresentedDocument> => ({ key: newKey(), kind: 'TTr', numberSymbol: '', date: null, presenter: '', title: '' });
export const blankAgendaItem = (): Keyed<AgendaItem> => ({ key: newKey(), title: '', notes: '' });

export function blankDraft(body: MeetingBody, date: string): MeetingDraft {
  return {
    body,
    kind: defaultKindForBody(body),
    sequenceNumber: null,
    termId: null,
    subject: '',
    date,
    startTime: null,
    endTime: null,
    place: '',
    chair: { name: '', title: '' },
    secretary: { name: '', title: '' },
    attendanceSummary: '',
    attendees: [],
    invitedDelegates: [],
    presentedDocuments: [],
    agenda: [],
    notes: '',
  };
}

export function draftFromMeeting(m: Meeting): MeetingDraft {
  return {
    body: m.body,
    kind: m.kind,
    sequenceNumber: m.sequenceNumber,
    termId: m.termId,
    subject: m.subject,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    chair: m.chair ? { ...m.chair } : { name: '', title: '' },
    secretary: m.secretary ? { ...m.secretary } : { name: '', title: '' },
    attendanceSummary: m.attendanceSummary,
    attendees: keyed(m.attendees),
    invitedDelegates: keyed(m.invitedDelegates),
    presentedDocuments: keyed(m.presentedDocuments),
    agenda: keyed(m.agenda),
    notes: m.notes,
  };
}

function personOrNull(p: Person): Person | null {
  return p.name.trim() === '' && p.title.trim() === '' ? null : { name: p.name, title: p.title };
}

function stripKey<T extends object>(row: Keyed<T>): T {
  const { key: _key, ...rest } = row;
  return rest as unknown as T;
}

/** A row where nothing was typed is a leftover of the form ("Thêm" pressed once too often). */
function isBlankRow(row: object): boolean {
  return Object.entries(row).every(([k, v]) => k === 'key' || k === 'kind' || k === 'present' || v === null || (typeof v === 'string' && v.trim() === ''));
}

export interface DraftForSave {
  input: MeetingInput;
  /** For each list, the draft row index of each row sent (blank rows are not sent). */
  rowIndex: Record<RowList, number[]>;
}

export function draftToInput(d: MeetingDraft): DraftForSave {
  const rowIndex: Record<RowList, number[]> = { attendees: [], invitedDelegates: [], presentedDocuments: [], agenda: [] };
  const keep = <T extends object>(list: RowList, rows: Keyed<T>[]): T[] => {
    const out: T[] = [];
    rows.forEach((row, i) => {
      if (isBlankRow(row)) return;
      rowIndex[list].push(i);
      out.push(stripKey(row));
    });
    return out;
  };
  const input: MeetingInput = {
    body: d.body,
    kind: d.kind,
    sequenceNumber: d.sequenceNumber,
    termId: d.termId,
    subject: d.subject,
    date: d.date,
    startTime: d.startTime || null,
    endTime: d.endTime || null,
    place: d.place,
    chair: personOrNull(d.chair),
    secretary: personOrNull(d.secretary),
    attendanceSummary: d.attendanceSummary,
    attendees: keep('attendees', d.attendees),
    invitedDelegates: keep('invitedDelegates', d.invitedDelegates),
    presentedDocuments: keep('presentedDocuments', d.presentedDocuments),
    agenda: keep('agenda', d.agenda),
    notes: d.notes,
  };
  return { input, rowIndex };
}

/**
 * The core reports "attendees.2.name" against the rows it received; blank rows were left
 * out, so the index is mapped back to the row the person sees.
 */
export function fieldErrorsForDraft(fields: Record<string, string>, rowIndex: DraftForSave['rowIndex']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^(attendees|invitedDelegates|presentedDocuments|agenda)\.(\d+)(\..*)?$/.exec(path);
    if (m) {
      const list = m[1] as RowList;
      const original = rowIndex[list][Number(m[2])];
      out[`${list}.${original ?? m[2]}${m[3] ?? ''}`] = message;
    } else {
      out[path] = message;
    }
  }
  return out;
}

/** Compares what would be sent, so an added-then-left-blank row does not count as a change. */
export function draftSignature(d: MeetingDraft): string {
  return JSON.stringify(draftToInput(d).input);
}

/**
 * What a person typed into a new form: its body, kind and suggested number are filled in by
 * the screen itself, so a form where only those differ has nothing worth asking about.
 */
export function typedSignature(d: MeetingDraft): string {
  return draftSignature({ ...d, body: 'standingCommittee', kind: 'conference', sequenceNumber: null });
}
