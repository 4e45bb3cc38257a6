import { resolve } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput, ListFilter, PagedMethod } from '../../shared/api/contract';
import { MAX_PAGE_SIZE } from '../../shared/api/paging';
import { AppError } from '../../shared/api/errors';
import type { FileAccess, FileRef } from '../../shared/api/file-handle';

export type { FileRef };
import { createCore, type Core } from '../core/create-core';

/** A usage mistake: printed with the help text, exit code 2. */
export class UsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Opens the core for one command and calls the contract like the UI does. */
export function openCore(dbPath: string | undefined): Core {
  if (!dbPath) throw new UsageError('Thiếu --db FILE (đường dẫn tệp dữ liệu).');
  return createCore({ dbPath: resolve(dbPath) });
}

export async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.detail, result.error.fields);
  return result.value as ApiOutput<M>;
}

/** Every row of a paged list, read page by page: the CLI prints whole lists. */
export async function callAllPages<M extends PagedMethod>(core: Core, method: M, filter: ListFilter<M>): Promise<Array<ApiOutput<M>['items'][number]>> {
  const items: Array<ApiOutput<M>['items'][number]> = [];
  let cursor: string | null = null;
  do {
    const input = { ...filter, limit: MAX_PAGE_SIZE, ...(cursor === null ? {} : { cursor }) } as ApiInput<M>;
    const page: ApiOutput<M> = await call(core, method, input);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

/**
 * The CLI's own arguments are paths the user typed on this machine: the Node side turns them
 * into handles, as the dialogs do for the window, so the contract sees only handles.
 */
export function fileHandle(core: Core, path: string, access: FileAccess): string {
  return core.ctx.files.grant(resolve(path), access).handle;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
