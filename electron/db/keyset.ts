/**
 * Keyset pages for the long lists: the cursor carries the sort key of the last row sent
 * (newest first, with the id as the last key so no two rows tie), and the next page reads
 * the rows strictly after it. Unlike an offset, a row saved or deleted meanwhile never
 * makes a row appear twice or not at all.
 */
import { AppError } from '../../shared/api/errors';
import type { PageOf } from '../../shared/api/paging';

export type KeyType = 'string' | 'number';
export type KeyValues<T extends readonly KeyType[]> = { -readonly [I in keyof T]: T[I] extends 'number' ? number : string };

function badCursor(detail: string): AppError {
  return new AppError('VALIDATION', 'Danh sách đã thay đổi hoặc trang không còn hợp lệ; hãy tải lại danh sách.', `Bad list cursor: ${detail}`);
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor carries, checked against the list's key types; null without a cursor. */
export function decodeCursor<T extends readonly KeyType[]>(cursor: string | undefined, types: T): KeyValues<T> | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('not base64url JSON');
  }
  if (!Array.isArray(key) || key.length !== types.length) throw badCursor(`expected ${types.length} values`);
  types.forEach((t, i) => {
    const v: unknown = key[i];
    const ok = t === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string';
    if (!ok) throw badCursor(`value ${i} is not a ${t}`);
  });
  return key as KeyValues<T>;
}

/**
 * Makes a page from rows read with `limit + 1`: the extra row only says that another page
 * follows, and the cursor is the key of the last row kept.
 */
export function pageOf<R, T>(rows: R[], limit: number, total: number, keyOf: (row: R) => readonly (string | number)[], map: (row: R) => T): PageOf<T> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(map),
    total,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
