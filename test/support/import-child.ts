/**
 * A separate process that imports a package and stops half way through writing it; the crash
 * test kills it there. The stop is a temporary trigger of this connection only (nothing of it is
 * in the database file): at the 300th meeting written, it says INSIDE and blocks the thread, so
 * the kill lands inside the import's transaction however fast the apply is.
 */
import { readFileSync, writeSync } from 'node:fs';
import { createCore } from '../../electron/core/create-core';
import { importPackage } from '../../electron/exchange/package-import';

const [dbPath, packagePath] = process.argv.slice(2) as [string, string];
const core = createCore({ dbPath });
let written = 0;
core.ctx.sqlite.function('vpdu_test_pause', () => {
  written += 1;
  if (written === 300) {
    writeSync(1, 'INSIDE\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  }
  return null;
});
core.ctx.sqlite.exec(`
  CREATE TEMP TRIGGER vpdu_test_pause_insert AFTER INSERT ON main.meetings BEGIN SELECT vpdu_test_pause(); END;
  CREATE TEMP TRIGGER vpdu_test_pause_update AFTER UPDATE ON main.meetings BEGIN SELECT vpdu_test_pause(); END;
`);
await importPackage(core.ctx, readFileSync(packagePath), {
  fileName: packagePath,
  beforeApply: () => {
    process.stdout.write('APPLYING\n');
    return Promise.resolve();
  },
});
process.stdout.write('DONE\n');
core.close();
