/**
 * End-to-end harness: the real core on a real SQLite file in a fresh folder, the built
 * renderer served over the loopback transport, and Debian's Chromium driven by Playwright.
 * Native dialogs are answered from the main side: "Save" writes into the test folder.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../../electron/core/create-core';
import { startLoopbackServer, type LoopbackServer } from '../../../electron/dev-server/loopback-server';
import { folderDialogs } from '../../../electron/dev-server/test-dialogs';
import type { JobPool } from '../../../electron/jobs/job-pool';
import { makeTempDir } from '../../support/temp-dir';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

export interface E2eApp {
  page: Page;
  dir: string;
  dbPath: string;
  saveDir: string;
  core: Core;
  server: LoopbackServer;
  /** Closes the page, server and database, then starts them again on the same file. */
  restart(): Promise<void>;
  /** Moves the core's clock (e.g. to make a task overdue). */
  setNow(iso: string): Promise<void>;
  /** Queues the answer of the next "Open file" dialog. */
  queueOpen(paths: string[]): void;
  close(): Promise<void>;
}

let browser: Browser | null = null;

async function getBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error('Renderer not built: run npm run build:renderer');
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface StartOptions {
  /** Packages larger than this are split into parts (MAX_PART_BYTES otherwise). */
  packagePartBytes?: number;
  /** A job pool of the test's own (a slowed thread), made anew at each (re)start and closed with the app. */
  jobs?: () => JobPool;
}

export async function startApp(options: StartOptions = {}): Promise<E2eApp> {
  const { dir, cleanup } = makeTempDir('vpdu-e2e-');
  const dbPath = join(dir, 'office.sqlite');
  const saveDir = join(dir, 'saved');
  mkdirSync(saveDir, { recursive: true });
  const queue = { open: [] as string[][] };
  const b = await getBrowser();

  const boot = async () => {
    const jobs = options.jobs?.();
    const core = createCore({
      dbPath,
      dialogs: folderDialogs(saveDir, queue),
      validateOutput: true,
      ...(options.packagePartBytes ? { packagePartBytes: options.packagePartBytes } : {}),
      ...(jobs ? { jobs } : {}),
    });
    const server = await startLoopbackServer({ core, staticDir: STATIC_DIR, testHooks: true, dialogAnswers: queue });
    const context = await b.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    return { core, server, page };
  };

  let state = await boot();
  const app: E2eApp = {
    get page() {
      return state.page;
    },
    get core() {
      return state.core;
    },
    get server() {
      return state.server;
    },
    dir,
    dbPath,
    saveDir,
    async restart() {
      await state.page.context().close();
      await state.server.close();
      state.core.close();
      if (options.jobs) state.core.ctx.jobs.close();
      state = await boot();
    },
    async setNow(iso) {
      state.core.clock.setNow(new Date(iso));
      await Promise.resolve();
    },
    queueOpen(paths) {
      queue.open.push(paths);
    },
    async close() {
      await state.page.context().close();
      await state.server.close();
      state.core.close();
      if (options.jobs) state.core.ctx.jobs.close();
      cleanup();
    },
  };
  return app;
}
