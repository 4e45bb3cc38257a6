/**
 * The list's filters, remembered for the session. They live here rather than in the address
 * because the app's section routing reads the first path segment whole ("meetings?body=…"
 * would not be recognised as the Hội nghị section).
 */
import type { MeetingBody } from '../../shared/meetings/schema';

export type BodyFilter = MeetingBody | 'all';

export interface MeetingFilters {
  body: BodyFilter;
  year: number | null;
}

let remembered: MeetingFilters = { body: 'all', year: null };

export function rememberedFilters(): MeetingFilters {
  return remembered;
}

export function rememberFilters(filters: MeetingFilters): void {
  remembered = filters;
}
