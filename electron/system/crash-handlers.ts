/**
 * Last-resort handlers of the Node side. A rejected promise nobody awaited is logged and the
 * app goes on (every write is a transaction: nothing is half-done). An uncaught exception
 * leaves the process in an unknown state: it is logged, the caller closes the database and
 * tells the user (in Vietnamese, that the data is safe), then the app quits.
 */
import type { LogFile } from './log-file';

export function installCrashHandlers(
  proc: Pick<NodeJS.Process, 'on'>,
  log: Pick<LogFile, 'error'>,
  onFatal: (err: unknown) => void,
): void {
  let fatal = false;
  proc.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection', reason));
  proc.on('uncaughtException', (err) => {
    log.error('Uncaught exception', err);
    if (fatal) return;
    fatal = true;
    try {
      onFatal(err);
    } catch (again) {
      log.error('Failure while handling an uncaught exception', again);
    }
  });
}
