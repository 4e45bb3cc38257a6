/** The directory units and issued conclusions the filters, forms and exports choose from. */
import type { ComboboxItem } from '@mantine/core';
import type { ConclusionSummary } from '../../shared/conclusions/summary';
import { formatShortDate } from '../../shared/text/party-date';
import type { Unit } from '../../shared/units/schema';
import { MAX_PAGE_SIZE } from '../../shared/api/paging';
import { useApiQuery, type ApiQuery } from '../api/use-api';

export function unitOptions(units: readonly Unit[]): ComboboxItem[] {
  return units.map((u) => ({ value: u.id, label: u.active ? u.shortName : `${u.shortName} (ngừng dùng)` }));
}

/** "62-TB/ĐU (08/5/2026) — về đánh giá…": the number first, as the office cites it. */
export function conclusionLabel(c: Pick<ConclusionSummary, 'numberSymbol' | 'issueDate' | 'summary'>): string {
  const number = c.numberSymbol ?? 'Chưa ban hành';
  const date = c.issueDate ? ` (${formatShortDate(c.issueDate)})` : '';
  const summary = c.summary.length > 80 ? `${c.summary.slice(0, 80)}…` : c.summary;
  return `${number}${date}${summary ? ` — ${summary}` : ''}`;
}

export function conclusionOptions(conclusions: readonly ConclusionSummary[]): ComboboxItem[] {
  // Newest first: the office follows up the latest conclusions most.
  return [...conclusions]
    .sort((a, b) => (b.issueDate ?? '').localeCompare(a.issueDate ?? ''))
    .map((c) => ({ value: c.id, label: conclusionLabel(c) }));
}

export function useUnits(includeInactive = false) {
  return useApiQuery('units.list', { includeInactive }, String(includeInactive));
}

/**
 * The issued conclusions a picker offers: the newest 500 (years of a commune's notices); the
 * picker's search narrows them as the clerk types.
 */
export function useIssuedConclusions(): ApiQuery<ConclusionSummary[]> {
  const list = useApiQuery('conclusions.list', { status: 'issued', limit: MAX_PAGE_SIZE }, 'issued');
  return { ...list, data: list.data?.items };
}
