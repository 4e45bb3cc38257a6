/**
 * Other forms of the set's documents, made here from their text: the same document saved in
 * the legacy encodings (TCVN3, VNI, Windows-1258) and as a .docx typed in Word (the header
 * and signature blocks as borderless two-column tables, `**bold**` as bold runs).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { encodeCp1258, encodeSingleByte, unicodeToTcvn3, unicodeToVni } from '../../electron/import/legacy-encoding';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'cp1258';

/** The text as a file in a legacy encoding would hold it. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  if (encoding === 'cp1258') return Buffer.from(encodeCp1258(text));
  return Buffer.from(encodeSingleByte(encoding === 'tcvn3' ? unicodeToTcvn3(text) : unicodeToVni(text)));
}

function runsOf(line: string): TextRun[] {
  return line
    .split(/(\*\*[^*]+\*\*)/u)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('**') ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part)));
}

const paragraph = (line: string): Paragraph => new Paragraph({ children: runsOf(line) });

function twoColumns(left: string[], right: string[]): Table {
  const cell = (lines: string[]): TableCell => new TableCell({ children: lines.map(paragraph) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

const RIGHT_COLUMN = /^(?:\*\*)?(?:ĐẢNG CỘNG SẢN VIỆT NAM|[^,]{2,40}, ngày .+ năm \d{4})/u;

/**
 * A .docx of a set document. Bold spans are kept only within a line (a span over several
 * lines is bolded line by line). The header — lines before the type line — goes into a
 * two-column table, the right column holding "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line.
 */
export async function docxOfText(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.split('\n').filter((l) => l.trim() !== ''));
  // Balance bold markers per line: "**KẾT LUẬN …\nvề …**" becomes two bold lines.
  const lines = paragraphs.map((p) => {
    let open = false;
    return p.map((l) => {
      const n = (l.match(/\*\*/g) ?? []).length;
      const out = `${open ? '**' : ''}${l}${(open ? n + 1 : n) % 2 === 1 ? '**' : ''}`;
      if (n % 2 === 1) open = !open;
      return out.replace(/\*\*\*\*/g, '');
    });
  });
  const typeAt = lines.findIndex((p) => p.some((l) => /^(?:\*\*)?(?:THÔNG BÁO|KẾT LUẬN)(?:\*\*)?$/u.test(l.trim())));
  const header = typeAt > 0 ? lines.slice(0, typeAt).flat() : [];
  const rest = typeAt > 0 ? lines.slice(typeAt) : lines;
  const children: Array<Paragraph | Table> = [];
  if (header.length > 0) {
    children.push(twoColumns(header.filter((l) => !RIGHT_COLUMN.test(l)), header.filter((l) => RIGHT_COLUMN.test(l))));
  }
  for (const p of rest) for (const l of p) children.push(paragraph(l));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
