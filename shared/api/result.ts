import type { AppErrorValue } from './errors';

/** What every contract call returns, whatever the transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorValue): Result<T> {
  return { ok: false, error };
}
