import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { makeTempDir } from '../../test/support/temp-dir';
import { time } from './measure';

function sizeKiB(dir: string, ext: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) total += sizeKiB(full, ext);
    else if (name.endsWith(ext)) total += statSync(full).size;
  }
  return Math.round((total / 1024) * 10) / 10;
}

export async function benchFoundation(): Promise<Record<string, unknown>> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-');
  let n = 0;
  try {
    const openFresh = await time(() => {
      n += 1;
      openDatabase(join(dir, `fresh-${n}.sqlite`)).sqlite.close();
    }, 7);
    const reopen = await time(() => openDatabase(join(dir, 'fresh-1.sqlite')).sqlite.close(), 7);
    const assets = resolve('dist/renderer/assets');
    return {
      dbOpenAndMigrateFreshMs: openFresh,
      dbReopenCurrentMs: reopen,
      schemaVersion: LATEST_SCHEMA_VERSION,
      rendererBundleKiB: { js: sizeKiB(assets, '.js'), css: sizeKiB(assets, '.css') },
    };
  } finally {
    cleanup();
  }
}
