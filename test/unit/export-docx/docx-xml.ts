/**
 * Reading a produced DOCX back for assertions: unzip with fflate and pick the WordprocessingML
 * apart with small regular expressions. Paragraphs and runs never nest in what the writer
 * produces, so a non-greedy match per element is exact enough.
 */
import { strFromU8, unzipSync } from 'fflate';
import { renderPartyDocumentDocx } from '../../../electron/export/docx/render-party-document';
import type { FormatRules } from '../../../shared/document/format-rules';
import type { PartyDocument } from '../../../shared/document/model';

export interface DocxParts {
  files: Record<string, string>;
  document: string;
  /** Header parts by relationship type: default and first. */
  headers: { default: string; first: string | null };
}

export async function renderAndUnzip(doc: PartyDocument, rules?: FormatRules): Promise<DocxParts> {
  const buffer = await renderPartyDocumentDocx(doc, rules);
  const zipped = unzipSync(new Uint8Array(buffer));
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(zipped)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = strFromU8(bytes);
  }
  const document = files['word/document.xml'];
  if (!document) throw new Error('word/document.xml missing');
  const rels = files['word/_rels/document.xml.rels'] ?? '';
  const headerFor = (type: string): string | null => {
    const ref = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(document);
    if (!ref) return null;
    const target = new RegExp(`Id="${ref[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${ref[1]}"`).exec(rels);
    const path = target?.[1] ?? target?.[2];
    return path ? (files[`word/${path}`] ?? null) : null;
  };
  const defaultHeader = headerFor('default');
  if (!defaultHeader) throw new Error('default header missing');
  return { files, document, headers: { default: defaultHeader, first: headerFor('first') } };
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface Run {
  xml: string;
  props: string;
  text: string;
}

export interface Para {
  xml: string;
  props: string;
  runs: Run[];
  text: string;
}

export function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r(?: [^>]*)?>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const inner = m[1] ?? '';
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join('');
    return { xml: m[0], props, text };
  });
}

export function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => {
    const inner = m[1] ?? '';
    const props = /^<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs = runsOf(inner);
    return { xml: m[0], props, runs, text: runs.map((r) => r.text).join('') };
  });
}

export function paragraphWith(xml: string, text: string): Para {
  const found = paragraphsOf(xml).find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph contains "${text}"`);
  return found;
}

export function tablesOf(xml: string): string[] {
  // Layout tables are not nested, so the first closing tag ends the table.
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export function rowsOf(table: string): string[] {
  return [...table.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

export function cellsOf(row: string): string[] {
  return [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
}

/** Value of attribute `attr` of the first element `tag` in xml, e.g. attr(x, 'w:pgSz', 'w:w'). */
export function attr(xml: string, tag: string, name: string): string | null {
  const el = new RegExp(`<${tag}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
  if (!el) return null;
  return new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? null;
}

export function has(xml: string, tag: string): boolean {
  return new RegExp(`<${tag}(?=[\\s/>])`).test(xml);
}

/** Half-point size of a run (w:sz). */
export function sizeOf(run: Run | Para): number | null {
  const props = 'runs' in run ? (run.runs[0]?.props ?? '') : run.props;
  const v = attr(props, 'w:sz', 'w:val');
  return v === null ? null : Number(v);
}

export function isBold(run: Run): boolean {
  return /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(run.props);
}
export function isItalic(run: Run): boolean {
  return /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(run.props);
}
export function underlineOf(run: Run): string | null {
  return attr(run.props, 'w:u', 'w:val');
}

export function fontsOf(run: Run): Record<'ascii' | 'hAnsi' | 'eastAsia' | 'cs', string | null> {
  return {
    ascii: attr(run.props, 'w:rFonts', 'w:ascii'),
    hAnsi: attr(run.props, 'w:rFonts', 'w:hAnsi'),
    eastAsia: attr(run.props, 'w:rFonts', 'w:eastAsia'),
    cs: attr(run.props, 'w:rFonts', 'w:cs'),
  };
}
