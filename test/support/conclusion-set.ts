/**
 * The project's own set of test conclusions (test/fixtures/conclusions/NN-name.txt with
 * NN-name.expected.json) and the field-by-field comparison of what import reads from each.
 * Used by the set's unit test and by `npm run accuracy`; the three corpus documents in
 * ../shared/corpus are scored the same way where they exist (see corpusExpectations).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importConclusionFile } from '../../electron/import/import-conclusion';
import { toPreview } from '../../electron/import/import-service';
import type { ImportPreview } from '../../shared/import/schema';
import { foldForMatching } from '../../shared/text/fold';
import { seedUnits } from '../../shared/units/seed';
import type { UnitRef } from '../../shared/units/types';

export const conclusionSetDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conclusions');
/**
 * Conclusions written after the recognisers were tuned and kept out of that tuning: their
 * figure is the one to quote for documents import has not seen.
 */
export const heldOutSetDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conclusions-heldout');

export interface ExpectedSection {
  number: string | null;
  /** Compared as a prefix when it ends in "…". */
  heading: string;
  children: ExpectedSection[];
}

export interface ExpectedTask {
  /** The start of the task text as printed (compared folded, as a prefix). */
  text: string;
  leads: string[];
  supporting?: string[];
  dueDate: string | null;
  /** The deadline is earlier than the issue date: the review must flag it. */
  dueBeforeIssue?: boolean;
}

export interface ExpectedConclusion {
  $comment?: string;
  isConclusion: boolean;
  kind?: 'TB' | 'KL';
  title?: string;
  subtitle?: string | null;
  summary?: string | null;
  superiorCommittee?: string | null;
  committee?: string | null;
  numberSymbol?: string | null;
  place?: string | null;
  issueDate?: string | null;
  meeting?: {
    date: string | null;
    body: string | null;
    number: string | null;
    chair: string | null;
    chairTitle: string | null;
    presentedDocuments: Array<{ numberSymbol: string; date: string | null }>;
  };
  preamble?: { startsWith: string; endsWith: string; bold?: string[] };
  sections?: ExpectedSection[];
  /** Number of outline blocks: catches hard-wrapped lines read as paragraphs. */
  blocks?: number;
  tasks?: ExpectedTask[];
  recipients?: string[];
  /** The archive line as typed, when it is not the rule's "Lưu VPĐU" / "Lưu: VPĐU." form. */
  archiveLine?: string | null;
  signature?: { authority: string | null; onBehalfOf: string | null; title: string | null; signer: string | null };
}

export interface SetDocument {
  name: string;
  text: string;
  expected: ExpectedConclusion;
}

export function loadConclusionSet(dir = conclusionSetDir): SetDocument[] {
  return readdirSync(dir)
    .filter((f) => /^\d{2}-.+\.txt$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return {
        name,
        text: readFileSync(path.join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedConclusion,
      };
    });
}

/** The seeded directory, as a fresh install has it. */
export function seedDirectory(): UnitRef[] {
  return seedUnits.map((u) => ({ id: `seed-${u.key}`, shortName: u.shortName, fullName: u.fullName, aliases: u.aliases }));
}

export async function previewOf(bytes: Buffer, fileName: string): Promise<ImportPreview> {
  const imported = await importConclusionFile(bytes, { fileName });
  return toPreview(null, imported, fileName, seedDirectory());
}

export interface FieldResult {
  doc: string;
  /** Field kind for the per-kind figure: "header.numberSymbol", "task.leads" … */
  kind: string;
  /** Which one: "II./1." for a section, the task text for a task. */
  where: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const norm = (s: string): string => foldForMatching(s).replace(/\s+/g, ' ').trim();
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = [...new Set(a.map(norm))].sort();
  const y = [...new Set(b.map(norm))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

function headingMatches(actual: string, expected: string): boolean {
  return expected.endsWith('…') ? actual.startsWith(expected.slice(0, -1)) : actual === expected;
}

function compareSections(
  actual: ImportPreview['sections'],
  expected: readonly ExpectedSection[],
  where: string,
  push: (kind: string, at: string, ok: boolean, exp: unknown, act: unknown) => void,
): void {
  expected.forEach((exp, i) => {
    const act = actual[i];
    const at = `${where}${exp.number ?? '·'}`;
    const ok = act !== undefined && act.number === exp.number && headingMatches(act.heading, exp.heading);
    push('outline.section', at, ok, `${exp.number ?? ''} ${exp.heading}`, act ? `${act.number ?? ''} ${act.heading}` : null);
    compareSections(act?.children ?? [], exp.children, `${at}/`, push);
  });
  // Sections the document does not have are wrong too.
  for (const extra of actual.slice(expected.length)) {
    push('outline.section', `${where}+${extra.number ?? '·'}`, false, null, `${extra.number ?? ''} ${extra.heading}`);
  }
}

/** Is the preview a conclusion the import would save as issued? */
export function recognisedAsConclusion(p: ImportPreview): boolean {
  return p.recognition.isConclusion;
}

/** Bold runs of the preamble as the preview carries them. */
function preambleBold(p: ImportPreview): string[] {
  return [...p.preamble.matchAll(/\*\*(.+?)\*\*/gu)].map((m) => m[1] ?? '');
}

const plain = (s: string): string => s.replace(/\*\*/g, '');

/** Every field of one document, compared. */
export function compareDocument(doc: string, p: ImportPreview, e: ExpectedConclusion): FieldResult[] {
  const out: FieldResult[] = [];
  const push = (kind: string, where: string, ok: boolean, expected: unknown, actual: unknown): void => {
    out.push({ doc, kind, where, ok, expected, actual });
  };
  const eq = (kind: string, expected: unknown, actual: unknown): void =>
    push(kind, kind, JSON.stringify(expected) === JSON.stringify(actual), expected, actual);

  const isConclusion = recognisedAsConclusion(p);
  eq('recognition.isConclusion', e.isConclusion, isConclusion);
  if (!e.isConclusion) return out;

  if (e.kind !== undefined) eq('header.kind', e.kind, p.kind);
  if (e.superiorCommittee !== undefined) eq('header.superiorCommittee', e.superiorCommittee, p.superiorCommittee);
  if (e.committee !== undefined) eq('header.committee', e.committee, p.committee);
  if (e.numberSymbol !== undefined) eq('header.numberSymbol', e.numberSymbol, p.numberSymbol);
  if (e.place !== undefined) eq('header.place', e.place, p.place);
  if (e.issueDate !== undefined) eq('header.issueDate', e.issueDate, p.issueDate);
  if (e.title !== undefined) eq('title.title', e.title, p.title);
  if (e.subtitle !== undefined) eq('title.subtitle', e.subtitle, p.subtitle);
  if (e.summary !== undefined) eq('title.summary', e.summary, p.summary);

  if (e.meeting) {
    eq('meeting.date', e.meeting.date, p.meeting.date);
    eq('meeting.body', e.meeting.body, p.meeting.body);
    eq('meeting.number', e.meeting.number, p.meeting.number);
    eq('meeting.chair', e.meeting.chair, p.meeting.chair);
    eq('meeting.chairTitle', e.meeting.chairTitle, p.meeting.chairTitle);
    eq('meeting.presentedDocuments', e.meeting.presentedDocuments, p.meeting.presentedDocuments);
  }
  if (e.preamble) {
    const text = plain(p.preamble);
    const ok = text.startsWith(e.preamble.startsWith) && text.endsWith(e.preamble.endsWith);
    push('preamble.extent', 'preamble', ok, e.preamble, `${text.slice(0, 60)} … ${text.slice(-60)}`);
    if (e.preamble.bold) eq('preamble.bold', e.preamble.bold, preambleBold(p));
  }
  if (e.sections) compareSections(p.sections, e.sections, '', push);
  if (e.blocks !== undefined) eq('outline.blocks', e.blocks, p.outline.length);

  if (e.tasks) {
    const used = new Set<number>();
    for (const t of e.tasks) {
      const i = p.tasks.findIndex((a, k) => !used.has(k) && norm(a.content).startsWith(norm(t.text)));
      const a = i >= 0 ? p.tasks[i] : undefined;
      if (i >= 0) used.add(i);
      push('task.found', t.text, a !== undefined, t.text, a?.content ?? null);
      push('task.leads', t.text, a !== undefined && sameSet(a.leadUnits, t.leads), t.leads, a?.leadUnits ?? null);
      if (t.supporting !== undefined) {
        push('task.supporting', t.text, a !== undefined && sameSet(a.supportingUnits, t.supporting), t.supporting, a?.supportingUnits ?? null);
      }
      push('task.deadline', t.text, a !== undefined && a.dueDate === t.dueDate, t.dueDate, a?.dueDate ?? null);
      if (t.dueBeforeIssue) {
        const flagged = a !== undefined && p.warnings.some((w) => w.includes('trước ngày ban hành') && w.includes(t.text.slice(0, 20)));
        push('task.deadlineFlag', t.text, flagged, true, flagged);
      }
    }
    const extra = p.tasks.filter((_, k) => !used.has(k)).map((a) => a.content);
    push('task.noneExtra', 'tasks', extra.length === 0, [], extra);
  }

  if (e.recipients) eq('closing.recipients', e.recipients, p.recipients);
  if (e.archiveLine !== undefined) eq('closing.archiveLine', e.archiveLine, p.recognition.archiveLine?.typed ?? null);
  if (e.signature) {
    eq('signature.authority', e.signature.authority, p.signature.authority);
    eq('signature.onBehalfOf', e.signature.onBehalfOf, p.signature.onBehalfOf);
    eq('signature.title', e.signature.title, p.signature.title);
    eq('signature.signer', e.signature.signer, p.signature.signer);
  }
  return out;
}

export interface KindFigure {
  kind: string;
  right: number;
  total: number;
}

export function figuresByKind(results: readonly FieldResult[]): KindFigure[] {
  const byKind = new Map<string, KindFigure>();
  for (const r of results) {
    const f = byKind.get(r.kind) ?? { kind: r.kind, right: 0, total: 0 };
    f.total += 1;
    if (r.ok) f.right += 1;
    byKind.set(r.kind, f);
  }
  return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

/** A stable key for a miss, for the list of known misses. */
export function missKey(r: FieldResult): string {
  return `${r.doc} | ${r.kind} | ${r.where}`;
}
