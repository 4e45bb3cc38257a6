/**
 * mammoth's HTML → the corpus text form: one paragraph per line, a blank line between
 * paragraphs, `**bold**` and `*italic*` markers, "\n" for a manual line break.
 *
 * mammoth emits a small, regular subset of HTML (p, h1–h6, strong, em, br, ul/ol/li,
 * table/tr/td, a, sup/sub, img), so a tag scanner is enough; no DOM is needed in Node.
 */
import { mergeRuns } from './marked-text';
import type { TextRun } from '../../shared/document/outline';

export interface HtmlTextResult {
  text: string;
  /** The document used Word's automatic numbering, whose printed labels mammoth cannot see. */
  usedAutoNumbering: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol']);

/** Serialises runs with markers, keeping spaces outside the markers. */
function serialise(runs: readonly TextRun[]): string {
  return mergeRuns(runs)
    .map((run) => {
      const marker = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
      if (!marker) return run.text;
      return run.text
        .split('\n')
        .map((part) => {
          const m = /^(\s*)(.*?)(\s*)$/s.exec(part);
          const inner = m?.[2] ?? '';
          return inner ? `${m?.[1] ?? ''}${marker}${inner}${marker}${m?.[3] ?? ''}` : part;
        })
        .join('\n');
    })
    .join('');
}

export function htmlToMarkedText(html: string): HtmlTextResult {
  const paragraphs: string[] = [];
  let runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  let skipDepth = 0;
  let usedAutoNumbering = false;
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let pendingPrefix = '';
  let skipAnchor = false;

  const flush = (): void => {
    const text = serialise(runs).replace(/[ \t]+\n/g, '\n').trim();
    if (text !== '') paragraphs.push(pendingPrefix + text);
    else if (pendingPrefix.trim() !== '') paragraphs.push(pendingPrefix.trim());
    runs = [];
    pendingPrefix = '';
  };

  const tagRe = /<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(tagRe)) {
    const text = m[5];
    if (text !== undefined) {
      if (skipDepth > 0 || skipAnchor) continue;
      const decoded = decodeEntities(text);
      const run: TextRun = { text: decoded };
      if (bold > 0) run.bold = true;
      if (italic > 0) run.italic = true;
      runs.push(run);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    const selfClosing = m[4] === '/' || tag === 'br' || tag === 'img';

    // Footnote/endnote bodies and their reference marks are not part of the text.
    if (!closing && /\bid="(?:footnote|endnote|comment)-/.test(attrs) && tag === 'li') {
      skipDepth += 1;
      continue;
    }
    if (skipDepth > 0) {
      if (tag === 'li' && !closing) skipDepth += 1;
      if (tag === 'li' && closing) skipDepth -= 1;
      continue;
    }
    if (tag === 'a') {
      if (!closing && /\bhref="#(?:footnote|endnote|comment)-/.test(attrs)) skipAnchor = true;
      else if (closing) skipAnchor = false;
      continue;
    }

    if (tag === 'strong' || tag === 'b') bold += closing ? -1 : 1;
    else if (tag === 'em' || tag === 'i') italic += closing ? -1 : 1;
    else if (tag === 'br') runs.push({ text: '\n' });
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !closing) {
      flush();
      const list = lists[lists.length - 1];
      if (list) {
        list.count += 1;
        if (list.ordered) usedAutoNumbering = true;
        pendingPrefix = list.ordered ? `${list.count}. ` : lists.length > 1 ? '+ ' : '- ';
      }
    } else if (BLOCKS.has(tag) && !selfClosing) {
      // Opening or closing any block ends the current paragraph.
      flush();
    }
    bold = Math.max(0, bold);
    italic = Math.max(0, italic);
  }
  flush();
  return { text: paragraphs.join('\n\n'), usedAutoNumbering };
}
