/**
 * Two issues at the same moment, made deterministic: install A is paused inside its issuing
 * transaction right after it has read the next number, and install B (a second connection to
 * the same file, as a second window or the CLI would have) tries to issue then. Only a
 * transaction that takes the write lock before reading (BEGIN IMMEDIATE) keeps B out until A
 * has written its number; with a plain transaction B reads the same "next number".
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core';
import type * as Numbering from '../../electron/register/numbering';
import { sampleProfile } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const pause = vi.hoisted(() => ({ once: null as null | (() => void) }));

vi.mock('../../electron/register/numbering', async (importOriginal) => {
  const original = await importOriginal<typeof Numbering>();
  return {
    ...original,
    nextNumber: (...args: Parameters<typeof original.nextNumber>) => {
      const n = original.nextNumber(...args);
      const hook = pause.once;
      pause.once = null;
      hook?.();
      return n;
    },
  };
});

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('numbering under concurrent issues', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('keeps a second writer out between reading the next number and writing it, then gives it the following number', async () => {
    const { dir, cleanup } = makeTempDir();
    const dbPath = join(dir, 'office.sqlite');
    const a = createCore({ dbPath });
    const b = createCore({ dbPath });
    cleanups.push(() => {
      a.close();
      b.close();
      cleanup();
    });
    // B must not wait 10 s for a lock that A, paused on this same thread, cannot release.
    b.ctx.sqlite.pragma('busy_timeout = 20');
    await call(a, 'profile.save', sampleProfile);
    const first = await call<{ id: string }>(a, 'conclusions.create', { kind: 'TB', templateKey: 'blank', summary: 'về A' });
    const second = await call<{ id: string }>(b, 'conclusions.create', { kind: 'TB', templateKey: 'blank', summary: 'về B' });

    let duringA: Awaited<ReturnType<Core['dispatch']>> | undefined;
    pause.once = () => {
      // dispatch runs the handler synchronously up to its first await, so B's whole issue
      // happens here, inside A's open transaction.
      void b.dispatch('conclusions.issue', { id: second.id, issueDate: '2026-05-08' }).then((r) => (duringA = r));
    };
    const issuedA = await call<{ numberSymbol: string }>(a, 'conclusions.issue', { id: first.id, issueDate: '2026-05-08' });
    expect(duringA?.ok).toBe(false);
    expect(duringA && !duringA.ok ? duringA.error.code : null).toBe('BUSY');
    expect(duringA && !duringA.ok ? duringA.error.message : '').toMatch(/thử lại/);
    expect(issuedA.numberSymbol).toBe('01-TB/ĐU');

    // Nothing of B's attempt was kept: it is still a draft, and its retry gets the next number.
    const issuedB = await call<{ numberSymbol: string }>(b, 'conclusions.issue', { id: second.id, issueDate: '2026-05-08' });
    expect(issuedB.numberSymbol).toBe('02-TB/ĐU');
    const { items: entries } = await call<{ items: Array<{ numberSymbol: string }> }>(a, 'register.list', {});
    expect(entries.map((e) => e.numberSymbol).sort()).toEqual(['01-TB/ĐU', '02-TB/ĐU']);
  });
});
