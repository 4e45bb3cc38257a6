/**
 * The life of the app in an e2e file, declared once: a fresh app (own folder, database and
 * page) before each test, closed after it, and the shared Chromium closed after the file.
 * Test bodies keep writing `app.page`, `app.core`, `app.restart()`: the handle returned here
 * always points at the current test's app.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { closeBrowser, startApp, type E2eApp, type StartOptions } from './app';
import { completeFirstRun } from './pages';

/** Where e2e tests leave screenshots to look at (ends with a slash). */
export const SHOTS = fileURLToPath(new URL('../../../.tmp/shots/', import.meta.url));

export interface AppSessionOptions extends StartOptions {
  /** Fill in the first-run profile before each test, for files that never test it. */
  firstRun?: boolean;
}

function closeAllAfterFile(): void {
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await closeBrowser();
  });
}

/** One app per test. Call at the top of a `describe` (or the file). */
export function useApp(options: AppSessionOptions = {}): E2eApp {
  let current: E2eApp | null = null;
  const live = (): E2eApp => {
    if (!current) throw new Error('useApp: the app exists only inside a test');
    return current;
  };
  closeAllAfterFile();
  beforeEach(async () => {
    current = await startApp(options.jobs ? { jobs: options.jobs } : {});
    if (options.firstRun) await completeFirstRun(current.page);
  });
  afterEach(async () => {
    const app = current;
    current = null;
    await app?.close();
  });
  return {
    get page() {
      return live().page;
    },
    get core() {
      return live().core;
    },
    get server() {
      return live().server;
    },
    get dir() {
      return live().dir;
    },
    get dbPath() {
      return live().dbPath;
    },
    get saveDir() {
      return live().saveDir;
    },
    restart: () => live().restart(),
    setNow: (iso) => live().setNow(iso),
    queueOpen: (paths) => live().queueOpen(paths),
    async close() {
      const app = live();
      current = null;
      await app.close();
    },
  };
}

/**
 * Several installs in one test (office and unit): `start()` opens one more app; all of them
 * are closed after the test.
 */
export function useApps(): { start(options?: StartOptions): Promise<E2eApp> } {
  const open: E2eApp[] = [];
  closeAllAfterFile();
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  return {
    async start(options?: StartOptions) {
      const app = await startApp(options);
      open.push(app);
      return app;
    },
  };
}
