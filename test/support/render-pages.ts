/**
 * DOCX → PDF with LibreOffice, and what the printed pages show, read back with poppler's
 * pdftotext: the text of each page as laid out, and how far down each page the text goes.
 * Used by the render test and the look-at-the-pages script; both skip where the tools are
 * missing (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice command, or null when LibreOffice or poppler is not installed. */
export function renderTools(): { office: string } | null {
  const office = ['soffice', 'libreoffice'].find(onPath);
  if (!office || !onPath('pdftotext')) return null;
  return { office };
}

/**
 * Converts the files to PDF in one LibreOffice process (start-up is most of the cost), with
 * a private profile so a second conversion running elsewhere cannot take the job over.
 * Returns the PDF paths in the order of the inputs.
 */
export function convertToPdf(office: string, docxPaths: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(office, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((path) => {
    const pdf = join(outDir, `${basename(path, '.docx')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${path}`);
    return pdf;
  });
}

/** The text of each page as `pdftotext -layout` lays it out (columns side by side). */
export function layoutPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface PageFill {
  page: number;
  /** Share of the text area (between the top and bottom margins) that the text reaches down to. */
  fill: number;
}

/**
 * How full each page is: the lowest word's bottom edge, measured from the top margin, as a
 * share of the text area's height. The page number sits above the top margin and is ignored.
 */
export function pageFills(pdf: string, margins: { topPt: number; bottomPt: number }): PageFill[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map((m, index) => {
    const height = Number(m[2]);
    const bottoms = [...(m[3] ?? '').matchAll(/yMax="([\d.]+)"/g)].map((w) => Number(w[1])).filter((y) => y > margins.topPt);
    const lowest = bottoms.length ? Math.max(...bottoms) : margins.topPt;
    const area = height - margins.topPt - margins.bottomPt;
    return { page: index + 1, fill: (lowest - margins.topPt) / area };
  });
}
