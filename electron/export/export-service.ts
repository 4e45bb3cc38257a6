/**
 * Exports official DOCX files. The document model comes from the same builders the in-app
 * preview uses (shared/document), so the file holds what the user previewed.
 */
import { buildConclusionDocument } from '../../shared/document/conclusion-document';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { documentFileName } from '../../shared/document/file-name';
import { buildMinutesDocument, type MinutesConclusion } from '../../shared/document/minutes-document';
import type { PartyDocument } from '../../shared/document/model';
import { AppError } from '../../shared/api/errors';
import { contentOf, getConclusion, listConclusions } from '../conclusions/conclusions-service';
import type { CoreContext } from '../core/context';
import { getMeeting } from '../meetings/meetings-service';
import { requireProfile } from '../profile/profile-service';

const DOCX_FILTER = [{ name: 'Văn bản Word', extensions: ['docx'] }];

function documentProfile(ctx: CoreContext): DocumentProfile {
  const p = requireProfile(ctx);
  return { superiorCommittee: p.superiorCommittee, committee: p.committee, place: p.place, issuerAbbreviation: p.issuerAbbreviation };
}

export function conclusionDocument(ctx: CoreContext, id: string): { doc: PartyDocument; fileName: string } {
  const c = getConclusion(ctx, id);
  const doc = buildConclusionDocument({
    ...contentOf(c),
    profile: documentProfile(ctx),
    numberSymbol: c.numberSymbol,
    issueDate: c.issueDate,
    status: c.status,
  });
  const fileName = documentFileName({ numberSymbol: c.numberSymbol, kind: c.kind, date: c.issueDate, summary: c.summary, ext: 'docx' });
  return { doc, fileName };
}

export function minutesDocument(ctx: CoreContext, meetingId: string): { doc: PartyDocument; fileName: string } {
  const m = getMeeting(ctx, meetingId);
  // The conclusion section prints what was issued; a meeting with only drafts shows its drafts.
  const linked = listConclusions(ctx, { meetingId }).map((summary) => getConclusion(ctx, summary.id));
  const issued = linked.filter((c) => c.status === 'issued');
  const conclusions: MinutesConclusion[] = (issued.length > 0 ? issued : linked).map((c) => ({
    kind: c.kind,
    numberSymbol: c.numberSymbol,
    issueDate: c.issueDate,
    outline: c.outline,
  }));
  const doc = buildMinutesDocument(m, documentProfile(ctx), { numberSymbol: null, issueDate: m.date, conclusions });
  const fileName = documentFileName({ numberSymbol: null, kind: 'BB', date: m.date, summary: `bien ban ${m.subject}`, ext: 'docx' });
  return { doc, fileName };
}

async function saveDocx(ctx: CoreContext, doc: PartyDocument, fileName: string, path: string | undefined) {
  const target = path ?? (await ctx.dialogs.saveFile({ title: 'Lưu văn bản', defaultName: fileName, filters: DOCX_FILTER }));
  if (!target) return { path: null, fileName, bytes: 0 };
  if (!target.toLowerCase().endsWith('.docx')) {
    throw new AppError('VALIDATION', 'Tên tệp phải có đuôi .docx.', `Export target without .docx: ${target}`);
  }
  // Rendered and written in a job thread: a long document never holds up the window; the
  // clerk may cancel it (nothing is written to the data, and the pool removes the partial file).
  const { bytes } = await ctx.jobs.run('document.writeDocx', { doc, path: target }, { cancellable: true });
  return { path: target, fileName, bytes };
}

export async function exportConclusionDocx(ctx: CoreContext, id: string, path?: string) {
  const { doc, fileName } = conclusionDocument(ctx, id);
  return saveDocx(ctx, doc, fileName, path);
}

export async function exportMinutesDocx(ctx: CoreContext, meetingId: string, path?: string) {
  const { doc, fileName } = minutesDocument(ctx, meetingId);
  return saveDocx(ctx, doc, fileName, path);
}
