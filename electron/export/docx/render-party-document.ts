/**
 * PartyDocument → DOCX bytes, laid out as Hướng dẫn 36-HD/VPTW prescribes. Each part of the
 * page comes from its own module; this one only puts them in order on one section.
 */
import { Document, Packer } from 'docx';
import { defaultFormatRules, pageGeometry, ptToHalfPoints, type FormatRules } from '../../../shared/document/format-rules';
import type { PartyDocument } from '../../../shared/document/model';
import { bodyElements } from './body';
import { fontSlots } from './fonts';
import { headerBlockTable } from './header-block';
import { pageHeaders, sectionProperties } from './page-setup';
import { applyDocumentSettings } from './settings-part';
import { closingElements } from './signature-block';
import { titleBlockParagraphs } from './title-block';

export function buildPartyDocumentDocx(doc: PartyDocument, rules: FormatRules = defaultFormatRules): Document {
  const { textWidthTwips } = pageGeometry(rules, doc.orientation);
  const titleText = [doc.title.documentType, doc.title.subtitle, doc.title.summary].filter(Boolean).join(' ');
  return new Document({
    creator: 'Văn phòng Đảng ủy',
    title: titleText.replace(/\s+/gu, ' ').normalize('NFC'),
    styles: {
      default: {
        // Defaults for anything a part does not style itself (empty paragraphs, table cells).
        document: {
          run: {
            font: fontSlots(rules),
            size: ptToHalfPoints(rules.body.style.sizePt),
            color: rules.font.color,
            language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'vi-VN' },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: sectionProperties(doc.orientation, rules),
        headers: pageHeaders(rules),
        children: [
          headerBlockTable(doc.header, rules, textWidthTwips),
          ...titleBlockParagraphs(doc.title, rules),
          ...bodyElements(doc.body, rules, textWidthTwips),
          ...closingElements(doc.signatures, doc.recipients, rules, textWidthTwips),
        ],
      },
    ],
  });
}

export async function renderPartyDocumentDocx(doc: PartyDocument, rules: FormatRules = defaultFormatRules): Promise<Buffer> {
  const packed = await Packer.toBuffer(buildPartyDocumentDocx(doc, rules));
  return applyDocumentSettings(packed, { mirrorMargins: rules.page.mirrorMargins });
}
