/**
 * What the command line and environment may change at start. Plain logic (no `electron`
 * import) so the rules are unit-tested.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const DB_FILE_NAME = 'van-phong-dang-uy.sqlite';
/** The deliberate flag that lets an installed app honour VPDU_DB (a support technician's choice). */
export const ALLOW_VPDU_DB_FLAG = '--cho-phep-vpdu-db';

/**
 * The database file. In development VPDU_DB points the app at another file. In an installed
 * (packaged) app an environment variable is too easy to leave behind or plant, so it counts
 * only with the deliberate flag on the command line.
 */
export function chooseDbPath(options: { isPackaged: boolean; env: NodeJS.ProcessEnv; argv: readonly string[]; userData: string }): string {
  const fromEnv = options.env.VPDU_DB;
  const allowed = !options.isPackaged || options.argv.includes(ALLOW_VPDU_DB_FLAG);
  if (fromEnv && allowed) return resolve(fromEnv);
  return join(options.userData, DB_FILE_NAME);
}

/**
 * Files the OS asked us to open (Explorer's double-click on a .vpdu package puts its path on
 * the command line, of the first instance or of a second one). Only existing .vpdu files
 * count; flags, the executable and the app folder are skipped.
 */
export function packageFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith('.vpdu')) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (existsSync(path) && statSync(path).isFile()) found.push(path);
    } catch {
      // An unreadable path is simply not opened.
    }
  }
  return found;
}
