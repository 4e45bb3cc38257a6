/**
 * Pickers and filters match as search does: without accents or case ("kien lai" finds
 * "Kiến Lai"), every typed word anywhere in the option's name.
 */
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldForMatching } from '../../shared/text/fold';

export function matchesFolded(text: string, query: string): boolean {
  const words = foldForMatching(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForMatching(text);
  return words.every((w) => folded.includes(w));
}

export const foldedOptionsFilter: OptionsFilter = ({ options, search }) => {
  const out: ComboboxParsedItem[] = [];
  for (const item of options) {
    if ('group' in item) {
      const items = item.items.filter((o: ComboboxItem) => matchesFolded(o.label, search));
      if (items.length > 0) out.push({ group: item.group, items });
    } else if (matchesFolded(item.label, search)) out.push(item);
  }
  return out;
};
