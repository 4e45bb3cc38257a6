/**
 * Where the job thread's code is, in each host:
 * - the app: main.cjs is bundled by scripts/build-electron.mjs, and job-thread.cjs is its
 *   sibling bundle in dist-electron/ (inside app.asar, which Electron's worker threads read);
 * - the CLI and the dev server (tsx), and the tests (vitest): the TypeScript source, loaded
 *   through tsx's ESM loader in the new thread.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ThreadEntry {
  file: string | URL;
  execArgv: string[];
  /** Given to the thread as `workerData` (test doubles of the entry read their orders there). */
  workerData?: unknown;
}

export const BUNDLED_THREAD_FILE = 'job-thread.cjs';

/** The entry beside `moduleFile` (the file this code runs from: a bundle or a source). */
export function threadEntryFor(moduleFile: string): ThreadEntry {
  if (moduleFile.endsWith('.cjs')) return { file: join(dirname(moduleFile), BUNDLED_THREAD_FILE), execArgv: [] };
  // Resolved to a file URL: the thread starts in the process's working folder, wherever that is.
  const tsx = pathToFileURL(createRequire(moduleFile).resolve('tsx')).href;
  return { file: join(dirname(moduleFile), 'job-thread.ts'), execArgv: ['--import', tsx] };
}

export function defaultThreadEntry(): ThreadEntry {
  // A CommonJS bundle has __filename; under tsx and vitest the module's own URL names it.
  // (scripts/build-electron.mjs defines import.meta.url away in the bundle.)
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) return threadEntryFor(__filename);
  return threadEntryFor(fileURLToPath(import.meta.url));
}
