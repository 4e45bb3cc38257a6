/**
 * Conclusion (Thông báo kết luận / Kết luận) → the printable document model. Used by the DOCX
 * export and by the in-app preview, so both show the same text.
 */
import type { ConclusionContent, ConclusionKind } from '../conclusions/schema';
import { formatPlaceDateLine } from '../text/party-date';
import {
  buildRecipientLines,
  documentMarks,
  formatNumberLine,
  nfc,
  signatureBlock,
  splitParagraphs,
  type DocumentProfile,
  type DocumentStatus,
} from './document-parts';
import { boldMarkedRuns } from './bold-marks';
import type { BodyItem, PartyDocument } from './model';
import { blockText, computeLabels, type OutlineBlock } from './outline';

export type ConclusionDocumentInput = ConclusionContent & {
  profile: DocumentProfile;
  /** "62-TB/ĐU" once issued; null on an unnumbered draft. */
  numberSymbol: string | null;
  /** ISO date; null leaves the date blanks to fill by hand. */
  issueDate: string | null;
  status: DocumentStatus;
};

export const conclusionDocumentTypes: Record<ConclusionKind, string> = {
  TB: 'THÔNG BÁO',
  KL: 'KẾT LUẬN',
};


function normalizeBlock(block: OutlineBlock): OutlineBlock {
  return { ...block, runs: block.runs.map((run) => ({ ...run, text: nfc(run.text) })) };
}

export function buildConclusionDocument(input: ConclusionDocumentInput): PartyDocument {
  const preamble: BodyItem[] = splitParagraphs(input.preamble).map((text, index) => ({
    type: 'block',
    block: { id: `preamble-${index + 1}`, kind: 'paragraph', runs: boldMarkedRuns(text) },
    label: '',
  }));
  // Empty paragraphs (template slots never filled) are not printed; numbering skips them too.
  const printed = input.outline.filter((block) => blockText(block).trim() !== '');
  const labels = computeLabels(printed);
  const outline: BodyItem[] = printed.map((block, index) => ({
    type: 'block',
    block: normalizeBlock(block),
    label: labels[index] ?? '',
  }));

  const subtitle = input.subtitle ? nfc(input.subtitle).trim() : '';
  const summary = nfc(input.summary).trim();

  return {
    header: {
      superiorCommittee: nfc(input.profile.superiorCommittee).trim(),
      committee: nfc(input.profile.committee).trim(),
      numberLine: formatNumberLine(input.numberSymbol, input.kind, input.profile.issuerAbbreviation),
      placeDateLine: nfc(formatPlaceDateLine(input.profile.place.trim(), input.issueDate)),
      marks: documentMarks({ urgency: input.urgency, secrecy: input.secrecy, status: input.status }),
    },
    title: {
      documentType: conclusionDocumentTypes[input.kind],
      subtitle: subtitle || null,
      summary: summary || null,
    },
    body: [...preamble, ...outline],
    signatures: [
      signatureBlock({
        authority: input.signature.authority,
        onBehalfOf: input.signature.onBehalfOf,
        title: input.signature.title,
        signerName: input.signature.signerName,
      }),
    ],
    recipients: buildRecipientLines(input.recipients, input.profile.issuerAbbreviation),
    orientation: 'portrait',
  };
}
