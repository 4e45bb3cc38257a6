/** A conclusion as it will print: the shared document builder, drawn by the document preview. */
import { useMemo } from 'react';
import type { ConclusionContent } from '../../shared/conclusions/schema';
import { buildConclusionDocument } from '../../shared/document/conclusion-document';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { DocumentPreview } from '../document-preview/DocumentPreview';

export interface ConclusionPreviewProps {
  content: ConclusionContent;
  profile: DocumentProfile;
  numberSymbol: string | null;
  issueDate: string | null;
  status: 'draft' | 'issued';
  label?: string;
  zoom?: number;
}

export function ConclusionPreview({ content, profile, numberSymbol, issueDate, status, label, zoom }: ConclusionPreviewProps) {
  const document = useMemo(
    () => buildConclusionDocument({ ...content, profile, numberSymbol, issueDate, status }),
    [content, profile, numberSymbol, issueDate, status],
  );
  return <DocumentPreview document={document} label={label} zoom={zoom} />;
}
