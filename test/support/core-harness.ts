import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { AppErrorValue } from '../../shared/api/errors';
import { createCore, type Core } from '../../electron/core/create-core';
import type { DialogProvider } from '../../electron/system/dialogs';
import type { JobPool } from '../../electron/jobs/job-pool';
import { makeTempDir } from './temp-dir';

export interface CoreHarness {
  core: Core;
  dir: string;
  dbPath: string;
  /** Calls the contract; throws with the Vietnamese message if the call failed. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Calls the contract expecting failure; returns the typed error. */
  fail<M extends ApiMethod>(method: M, input: unknown): Promise<AppErrorValue>;
  /**
   * Handles for files the test chose, as the Open/Save dialogs would grant them; the
   * contract takes nothing else. They belong to the current core (gone after reopen()).
   */
  readable(path: string): string;
  writable(path: string): string;
  folder(path: string): string;
  reopen(): void;
  close(): void;
}

/** A real core over a real SQLite file in a temp folder, driven through the contract. */
export function startCore(options: { dialogs?: DialogProvider; jobs?: JobPool } = {}): CoreHarness {
  const { dir, cleanup } = makeTempDir();
  const dbPath = join(dir, 'office.sqlite');
  const open = () =>
    createCore({ dbPath, validateOutput: true, ...(options.dialogs ? { dialogs: options.dialogs } : {}), ...(options.jobs ? { jobs: options.jobs } : {}) });
  const h: CoreHarness = {
    core: open(),
    dir,
    dbPath,
    async call(method, input) {
      const r = await h.core.dispatch(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message} (${r.error.detail})`);
      return r.value as ApiOutput<typeof method>;
    },
    async fail(method, input) {
      const r = await h.core.dispatch(method, input);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
    readable: (path) => h.core.ctx.files.grant(path, 'read').handle,
    writable: (path) => h.core.ctx.files.grant(path, 'write').handle,
    folder: (path) => h.core.ctx.files.grant(path, 'folder').handle,
    reopen() {
      h.core.close();
      h.core = open();
    },
    close() {
      h.core.close();
      cleanup();
    },
  };
  return h;
}

export const sampleProfile = {
  superiorCommittee: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
  committee: 'ĐẢNG ỦY XÃ KIẾN MINH',
  place: 'Kiến Minh',
  issuerAbbreviation: 'ĐU',
  term: { name: 'khóa I', startYear: 2025, endYear: 2030 },
  signers: [
    { id: 'signer-bi-thu', name: 'Vũ Bình Dương', title: 'Bí thư' },
    { id: 'signer-cvp', name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng' },
  ],
};
