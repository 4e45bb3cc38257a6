/**
 * A copy of the text on screen kept in the browser's storage until the core has it, so that
 * a failed save followed by leaving the screen (or a crash) loses nothing: the next time the
 * draft opens, the copy is offered back.
 */
import type { ConclusionContent } from '../../shared/conclusions/schema';

const key = (id: string) => `vpdu:unsaved-conclusion:${id}`;

export interface UnsavedCopy {
  content: ConclusionContent;
  /** ISO time the copy was taken. */
  at: string;
}

export function keepUnsaved(id: string, content: ConclusionContent): void {
  try {
    window.localStorage.setItem(key(id), JSON.stringify({ content, at: new Date().toISOString() } satisfies UnsavedCopy));
  } catch {
    // Storage full or disabled: the core's autosave still runs; nothing else to do here.
  }
}

export function forgetUnsaved(id: string): void {
  try {
    window.localStorage.removeItem(key(id));
  } catch {
    // See keepUnsaved.
  }
}

export function readUnsaved(id: string): UnsavedCopy | null {
  try {
    const raw = window.localStorage.getItem(key(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<UnsavedCopy>;
    return parsed.content && typeof parsed.at === 'string' ? { content: parsed.content, at: parsed.at } : null;
  } catch {
    return null;
  }
}
