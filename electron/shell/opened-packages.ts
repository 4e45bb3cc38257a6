/**
 * A .vpdu package the OS hands over (Explorer's double-click puts its path on the command line
 * of the first instance, or of a second one that the single-instance lock turns away): only
 * existing .vpdu files count, each becomes a read handle in the core (never a path to the
 * page), and the window is told to take them; the page then opens the package's preview.
 */
import type { BrowserWindow } from 'electron';
import { packageFilesFromArgv } from './launch-options';

export const FILES_OPENED_CHANNEL = 'vpdu:files-opened';

export interface OpenedPackagesDeps {
  core(): { ctx: { openedFiles: { add(path: string): unknown } } } | null;
  window(): Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> } | null;
  log(line: string): void;
}

/** Adds the packages of a command line for the window to take; how many were added. */
export function openPackagesFromArgv(argv: readonly string[], cwd: string, deps: OpenedPackagesDeps): number {
  const core = deps.core();
  const paths = packageFilesFromArgv(argv, cwd);
  if (!core || paths.length === 0) return 0;
  for (const p of paths) {
    core.ctx.openedFiles.add(p);
    deps.log('Package file opened from the system');
  }
  deps.window()?.webContents.send(FILES_OPENED_CHANNEL);
  return paths.length;
}

/** A second start of the app (another double-click): its packages go to the running window, which comes to the front. */
export function onSecondInstance(argv: readonly string[], cwd: string, deps: OpenedPackagesDeps): void {
  openPackagesFromArgv(argv.slice(1), cwd, deps);
  const win = deps.window();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}
