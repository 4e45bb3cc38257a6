/**
 * A list the core sends one page at a time (shared/api/paging.ts): the first page when the
 * filters change, the next ones appended on "Xem thêm". How many rows were on screen is
 * remembered per list and filters for the session, so coming back from a document shows the
 * same rows again, not only the first page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput, ListFilter, PagedMethod } from '../../shared/api/contract';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageOf } from '../../shared/api/paging';
import { callApi, errorMessage } from './client';

export type ListItem<M extends PagedMethod> = ApiOutput<M> extends { items: Array<infer T> } ? T : never;

export interface PagedList<T> {
  /** Undefined until the first page has come. */
  items: T[] | undefined;
  /** Rows matching the filters, over all pages. */
  total: number;
  /** The years the list's year filter can offer, where the list says them. */
  years: number[];
  hasMore: boolean;
  /** The first page (or the list after a filter change) is on its way. */
  loading: boolean;
  loadingMore: boolean;
  /** The list could not be read. */
  error: string | null;
  /** The next page could not be read; the rows already shown stay. */
  moreError: string | null;
  loadMore(): void;
  /** Reads every remaining page (before printing the whole list); false if one could not be read. */
  loadAll(): Promise<boolean>;
  /** Reads the list again, as many rows as are shown. */
  reload(): void;
}

interface Loaded<T> {
  key: string;
  items: T[];
  total: number;
  years: number[];
  nextCursor: string | null;
}

const shownBefore = new Map<string, number>();

export function usePagedList<M extends PagedMethod>(method: M, filter: ListFilter<M>, pageSize = DEFAULT_PAGE_SIZE): PagedList<ListItem<M>> {
  type T = ListItem<M>;
  const key = `${method}:${JSON.stringify(filter)}`;
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'first' | 'more' | null>('first');
  const [tick, setTick] = useState(0);
  // A newer request (other filters, a reload) makes the answers of older ones stale.
  const generation = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;

  const read = useCallback(
    async (limit: number, cursor: string | null): Promise<PageOf<T> & { years?: number[] }> => {
      const input = { ...filterRef.current, limit, ...(cursor === null ? {} : { cursor }) } as ApiInput<M>;
      return (await callApi(method, input)) as PageOf<T> & { years?: number[] };
    },
    [method],
  );

  useEffect(() => {
    const gen = ++generation.current;
    const limit = Math.min(MAX_PAGE_SIZE, Math.max(pageSize, shownBefore.get(key) ?? 0));
    setBusy('first');
    setMoreError(null);
    read(limit, null)
      .then((page) => {
        if (gen !== generation.current) return;
        setLoaded({ key, items: page.items, total: page.total, years: page.years ?? [], nextCursor: page.nextCursor });
        setError(null);
      })
      .catch((err: unknown) => {
        if (gen === generation.current) setError(errorMessage(err));
      })
      .finally(() => {
        if (gen === generation.current) setBusy(null);
      });
  }, [key, pageSize, read, tick]);

  useEffect(() => {
    if (loaded) shownBefore.set(loaded.key, loaded.items.length);
  }, [loaded]);

  const fetchNext = useCallback(
    /** Appends the next page; says whether it was read (false also when there is none). */
    async (limit: number): Promise<boolean> => {
      const current = loadedRef.current;
      if (!current?.nextCursor || current.key !== key) return false;
      const gen = generation.current;
      setBusy('more');
      setMoreError(null);
      try {
        const page = await read(limit, current.nextCursor);
        if (gen !== generation.current) return false;
        const next: Loaded<T> = { ...current, items: [...current.items, ...page.items], total: page.total, nextCursor: page.nextCursor };
        loadedRef.current = next;
        setLoaded(next);
        return true;
      } catch (err) {
        if (gen === generation.current) setMoreError(errorMessage(err));
        return false;
      } finally {
        if (gen === generation.current) setBusy(null);
      }
    },
    [key, read],
  );

  const current = loaded?.key === key ? loaded : null;
  return {
    items: loaded?.items,
    total: loaded?.total ?? 0,
    years: loaded?.years ?? [],
    hasMore: current?.nextCursor != null,
    loading: busy === 'first',
    loadingMore: busy === 'more',
    error,
    moreError,
    loadMore: () => void fetchNext(pageSize),
    loadAll: async () => {
      while (loadedRef.current?.key === key && loadedRef.current.nextCursor !== null) {
        if (!(await fetchNext(MAX_PAGE_SIZE))) return false;
      }
      return loadedRef.current?.key === key;
    },
    reload: () => setTick((t) => t + 1),
  };
}
