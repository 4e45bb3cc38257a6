/** A separate process that imports a package and says when it starts writing; the crash test kills it there. */
import { readFileSync } from 'node:fs';
import { createCore } from '../../electron/core/create-core';
import { importPackage } from '../../electron/exchange/package-import';

const [dbPath, packagePath] = process.argv.slice(2) as [string, string];
const core = createCore({ dbPath });
await importPackage(core.ctx, readFileSync(packagePath), {
  fileName: packagePath,
  beforeApply: () => {
    process.stdout.write('APPLYING\n');
    return Promise.resolve();
  },
});
process.stdout.write('DONE\n');
core.close();
