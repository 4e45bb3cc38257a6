/**
 * The title block: the document type ("THÔNG BÁO" / "KẾT LUẬN"), an optional capitals second
 * line ("KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY"), then the trích yếu ("về …", or descriptive
 * sentence-case lines) and sometimes a short rule "-----".
 *
 * Semantics chosen (also in README.md of this folder):
 * - `title` = the type line + the capitals lines, as printed, joined with spaces. When there
 *   is no capitals line, the first descriptive line continues the name
 *   ("THÔNG BÁO" / "Kết luận hội nghị …" → "THÔNG BÁO Kết luận hội nghị …") unless it is a
 *   "về …" trích yếu.
 * - `summary` = the descriptive lines from the first "về …" line on, or all of them when no
 *   line starts with "về"; joined with spaces; null when there are none.
 */
import { isCapitals, squashSpaces } from './fold-index';
import type { SourceLine } from './source-lines';

export type ConclusionKind = 'TB' | 'KL';

export interface TitleInfo {
  kind: ConclusionKind | null;
  documentType: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  /** Index (in the given lines) of the first line after the title block. */
  end: number;
}

/** Collapses letter-spaced capitals: "T H Ô N G  B Á O" → "THÔNG BÁO". */
function unspace(text: string): string {
  if (!/^(?:\S ){3,}\S/.test(text)) return text;
  return text
    .split(/\s{2,}/)
    .map((w) => w.replace(/ /g, ''))
    .join(' ');
}

const TYPE_LINE = /^(thong bao|ket luan)\b/;

/**
 * Finds the type line: the first capitals line starting with THÔNG BÁO or KẾT LUẬN; failing
 * that, a short sentence-case "Thông báo kết luận …" line near the top that is not prose.
 */
export function findTypeLine(lines: readonly SourceLine[], limit: number): number {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const text = unspace(line.text);
    const folded = text === line.text ? line.folded : foldPlain(text);
    const m = TYPE_LINE.exec(folded);
    if (m && isCapitals(text.slice(0, m[0].length))) return i;
  }
  for (let i = 0; i < Math.min(end, 15); i += 1) {
    const line = lines[i];
    if (!line) continue;
    // Prose or the body has started: a title can no longer follow.
    if (line.text.length > 150 || BODY_HEADING.test(line.text)) break;
    if (TYPE_LINE.test(line.folded) && /^[TK]/.test(line.text) && !/[.;:]$/.test(line.text)) return i;
  }
  return -1;
}

function foldPlain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const RULE_LINE = /^[-_–—=.*\s]{3,}$/;
const BODY_HEADING = /^(?:[IVXLC]+\s*[.\-–)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|-\s|\+\s)/u;
const PREAMBLE_OPENER =
  /^(?:ngay|sang ngay|chieu ngay|toi ngay|hom nay|thuc hien|can cu|vua qua|trong (?:hai )?ngay|tai hoi nghi|tai ky hop|tai phien hop|tai cuoc hop)\b/;

/** Openers that are never trích yếu even in the title's paragraph ("tại kỳ họp thứ 10" may be). */
const WRAPPED_PREAMBLE_OPENER =
  /^(?:ngay \d+|(?:sang|chieu|toi) ngay|hom nay|thuc hien|can cu|tai (?:phien hop|cuoc hop|hoi nghi|ky hop) ngay)\b/;

export function readTitle(lines: readonly SourceLine[], typeIndex: number): TitleInfo {
  const typeLine = lines[typeIndex];
  if (!typeLine) {
    return { kind: null, documentType: null, title: '', subtitle: null, summary: null, end: typeIndex };
  }
  const typeText = unspace(typeLine.text);
  const typeFolded = foldPlain(typeText);
  const m = TYPE_LINE.exec(typeFolded);
  const typeLength = m?.[0].length ?? 0;
  const documentType = typeText.slice(0, typeLength);
  const kind: ConclusionKind = m?.[1] === 'ket luan' ? 'KL' : 'TB';

  const capitals: string[] = [];
  const rest = typeText.slice(typeLength).trim();
  const descriptive: string[] = [];
  if (rest) (isCapitals(rest) ? capitals : descriptive).push(rest);

  let i = typeIndex + 1;
  // Capitals lines directly under the type line continue the title.
  while (descriptive.length === 0 && i < lines.length) {
    const line = lines[i];
    if (!line || !isCapitals(line.text) || RULE_LINE.test(line.text) || BODY_HEADING.test(line.text)) break;
    if (line.text.length > 200) break;
    capitals.push(line.text);
    i += 1;
  }
  // Then the trích yếu: lines of the same paragraph always; later paragraphs only while they
  // look like a short descriptive line rather than the opening sentence of the preamble.
  const blockParagraph = lines[i - 1]?.paragraph ?? typeLine.paragraph;
  while (i < lines.length && descriptive.length < 6) {
    const line = lines[i];
    if (!line) break;
    if (RULE_LINE.test(line.text)) {
      i += 1;
      break;
    }
    if (BODY_HEADING.test(line.text)) break;
    const sameParagraph = line.paragraph === blockParagraph;
    // Text from a PDF has no blank line between the trích yếu and the preamble.
    if (sameParagraph && (descriptive.length > 0 || capitals.length > 0) && WRAPPED_PREAMBLE_OPENER.test(line.folded)) break;
    if (!sameParagraph) {
      const looksDescriptive =
        line.text.length <= 250 &&
        !/[.:]$/.test(line.text) &&
        !PREAMBLE_OPENER.test(line.folded) &&
        !isCapitals(line.text);
      // Only the paragraph right after the title may still be title matter.
      const adjacent = descriptive.length === 0 || lines[i - 1]?.paragraph === line.paragraph;
      if (!looksDescriptive || !adjacent) break;
    }
    descriptive.push(line.text);
    i += 1;
  }

  // "của Ban Thường vụ Đảng ủy về công tác …" on one line: the name part continues the
  // title, the "về …" part is the trích yếu.
  const first = descriptive[0];
  if (capitals.length === 0 && first !== undefined) {
    const split = /^((?:của|kết luận|thông báo)\s.*?)\s+(về\s.*)$/iu.exec(first);
    if (split?.[1] && split[2]) descriptive.splice(0, 1, split[1], split[2]);
  }
  const titleParts = [documentType, ...capitals];
  const veIndex = descriptive.findIndex((d) => /^(?:về|Về)\s/u.test(d));
  if (capitals.length === 0 && descriptive.length > 0 && veIndex !== 0) {
    titleParts.push(descriptive[0] ?? '');
  }
  const summaryLines = veIndex > 0 ? descriptive.slice(veIndex) : descriptive;
  const summary = summaryLines.length > 0 ? squashSpaces(summaryLines.join(' ')) : null;
  return {
    kind,
    documentType,
    title: squashSpaces(titleParts.join(' ')),
    subtitle: capitals.length > 0 ? squashSpaces(capitals.join(' ')) : null,
    summary,
    end: i,
  };
}
