/**
 * Page size, orientation and margins, and the page number: Arabic, centred at the top, on
 * every page but the first (the first carries the header block).
 */
import { Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { FormatRules } from '../../../shared/document/format-rules';
import type { PartyDocument } from '../../../shared/document/model';
import { alignmentOf, runProperties } from './fonts';

export function sectionProperties(orientation: PartyDocument['orientation'], rules: FormatRules): ISectionPropertiesOptions {
  const { margins } = rules.page;
  return {
    page: {
      // docx swaps width and height itself for landscape, so the portrait sizes go in.
      size: {
        width: rules.page.widthTwips,
        height: rules.page.heightTwips,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: margins.topTwips,
        bottom: margins.bottomTwips,
        left: margins.leftTwips,
        right: margins.rightTwips,
        header: rules.page.headerDistanceTwips,
        footer: rules.page.footerDistanceTwips,
        gutter: 0,
      },
    },
    // A different first-page header is how Word leaves page 1 without a number.
    titlePage: !rules.pageNumber.showOnFirstPage,
  };
}

function pageNumberParagraph(rules: FormatRules): Paragraph {
  const props = runProperties(rules.pageNumber.style, rules);
  return new Paragraph({
    alignment: alignmentOf(rules.pageNumber.alignment),
    run: props,
    children: [new TextRun({ children: [PageNumber.CURRENT], ...props })],
  });
}

export interface PageHeaders {
  default: Header;
  first?: Header;
}

export function pageHeaders(rules: FormatRules): PageHeaders {
  const numbered = new Header({ children: [pageNumberParagraph(rules)] });
  if (rules.pageNumber.showOnFirstPage) return { default: numbered };
  // An explicit empty first-page header: some readers reuse the default one when it is absent.
  const blank = new Header({ children: [new Paragraph({ run: runProperties(rules.pageNumber.style, rules), children: [] })] });
  return { default: numbered, first: blank };
}
