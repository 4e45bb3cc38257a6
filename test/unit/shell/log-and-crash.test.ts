import { EventEmitter } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { installCrashHandlers } from '../../../electron/system/crash-handlers';
import { openLogFile } from '../../../electron/system/log-file';
import { makeTempDir } from '../../support/temp-dir';

const { dir, cleanup } = makeTempDir('vpdu-log-');
afterAll(cleanup);

describe('log file', () => {
  it('writes errors with their stack and rotates, keeping a fixed number of files', () => {
    const logDir = join(dir, 'logs');
    const log = openLogFile(logDir, { maxBytes: 400, keep: 3 });
    log.error('Export failed', new Error('boom'));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/ERROR Export failed: Error: boom/);
    expect(text).toMatch(/at .*log-and-crash\.test\.ts/);
    for (let i = 0; i < 30; i += 1) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(logDir).sort()).toEqual(['vpdu.1.log', 'vpdu.2.log', 'vpdu.log']);
    expect(readFileSync(log.path, 'utf8')).toMatch(/line 29/);
  });

  it('cuts a runaway entry', () => {
    const log = openLogFile(join(dir, 'cut'));
    log.error('x'.repeat(100_000));
    expect(readFileSync(log.path, 'utf8').length).toBeLessThan(9000);
  });
});

describe('crash handlers', () => {
  it('log a stray rejection and go on; log an uncaught exception and hand it to the fatal path once', () => {
    const proc = new EventEmitter();
    const log = { error: vi.fn() };
    const onFatal = vi.fn();
    installCrashHandlers(proc as never, log, onFatal);
    proc.emit('unhandledRejection', new Error('late'));
    expect(log.error).toHaveBeenCalledWith('Unhandled promise rejection', expect.any(Error));
    expect(onFatal).not.toHaveBeenCalled();
    proc.emit('uncaughtException', new Error('bad'));
    proc.emit('uncaughtException', new Error('worse'));
    expect(onFatal).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledTimes(3);
  });
});
