/**
 * A .vpdu double-clicked in Explorer reaches the running app (electron/shell/opened-packages.ts),
 * with `electron` mocked: only existing package files become handles, the window is told and
 * comes to the front; nothing breaks before the core or the window exist.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

vi.mock('electron', () => ({ BrowserWindow: vi.fn(), app: {} }));

const { FILES_OPENED_CHANNEL, onSecondInstance, openPackagesFromArgv } = await import('../../../electron/shell/opened-packages');

const { dir, cleanup } = makeTempDir('vpdu-opened-');
afterAll(cleanup);

function fakes(minimized: boolean) {
  const added: string[] = [];
  const win = { isMinimized: vi.fn(() => minimized), restore: vi.fn(), focus: vi.fn(), webContents: { send: vi.fn() } };
  const core = { ctx: { openedFiles: { add: (p: string) => added.push(p) } } };
  return { added, win, core, log: vi.fn() };
}

describe('packages opened by the system', () => {
  const pkg = join(dir, 'goi-du-lieu-ubnd.vpdu');
  writeFileSync(pkg, 'x');
  writeFileSync(join(dir, 'bien-ban.docx'), 'x');

  it('hands a second instance\'s package to the running window and brings it to the front', () => {
    const f = fakes(true);
    onSecondInstance(['C:\\Program Files\\VPDU\\vpdu.exe', '--allow-file-access', pkg, join(dir, 'bien-ban.docx'), join(dir, 'mat.vpdu')], dir, {
      core: () => f.core,
      window: () => f.win,
      log: f.log,
    });
    expect(f.added).toEqual([pkg]);
    expect(f.win.webContents.send).toHaveBeenCalledWith(FILES_OPENED_CHANNEL);
    expect(f.win.restore).toHaveBeenCalled();
    expect(f.win.focus).toHaveBeenCalled();
    // The log names no path (it may hold a person's name).
    expect(f.log.mock.calls.flat().join(' ')).not.toContain('goi-du-lieu');
  });

  it('tells nobody when the command line names no package, and waits for the window on a first start', () => {
    const f = fakes(false);
    expect(openPackagesFromArgv(['--flag', join(dir, 'bien-ban.docx')], dir, { core: () => f.core, window: () => f.win, log: f.log })).toBe(0);
    expect(f.win.webContents.send).not.toHaveBeenCalled();
    // First start: the core is open, the window not yet; the handle waits for files.takeOpened.
    expect(openPackagesFromArgv(['goi-du-lieu-ubnd.vpdu'], dir, { core: () => f.core, window: () => null, log: f.log })).toBe(1);
    expect(f.added).toEqual([pkg]);
    // Before the core is open nothing is taken (and nothing throws).
    expect(openPackagesFromArgv([pkg], dir, { core: () => null, window: () => f.win, log: f.log })).toBe(0);
    onSecondInstance(['vpdu.exe', pkg], dir, { core: () => null, window: () => null, log: f.log });
  });
});
