/**
 * Lists that grow for years (conclusions, meetings, the register) come one page at a time.
 * Pages are keyset pages: the cursor is the sort key of the last row sent, so the next page
 * starts right after it and rows written meanwhile never shift a row into two pages or
 * between them. The renderer treats the cursor as opaque.
 */
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 50;
/** Enough to print a year of the register in one request; more is refused. */
export const MAX_PAGE_SIZE = 500;

/** The paging fields every paged list takes beside its filters. */
export const pageRequestShape = {
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  /** `nextCursor` of the page before; absent for the first page. */
  cursor: z.string().min(1).max(400).optional(),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Rows matching the filters, over all pages. */
    total: z.number().int(),
    /** Where the next page starts; null on the last page. */
    nextCursor: z.string().nullable(),
  });
}

export interface PageOf<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}
