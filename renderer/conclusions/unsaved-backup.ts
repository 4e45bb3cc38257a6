/** The draft's text kept on this computer until the core has it (see components/local-copy). */
import type { ConclusionContent } from '../../shared/conclusions/schema';
import { localCopies } from '../components/local-copy';

export interface UnsavedCopy {
  content: ConclusionContent;
  /** ISO time the copy was taken. */
  at: string;
}

const copies = localCopies<ConclusionContent>('conclusion', (v): v is ConclusionContent => typeof v === 'object' && v !== null && 'outline' in v);

export function keepUnsaved(id: string, content: ConclusionContent): void {
  copies.keep(id, content);
}

export function forgetUnsaved(id: string): void {
  copies.forget(id);
}

export function readUnsaved(id: string): UnsavedCopy | null {
  const copy = copies.read(id);
  return copy ? { content: copy.value, at: copy.at } : null;
}
