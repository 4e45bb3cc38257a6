// Bundles the Electron main and preload scripts (CommonJS, as Electron's sandboxed preload
// requires) and the job thread that main starts (electron/jobs/: long jobs off the main
// thread). better-sqlite3 stays external: it is a native module loaded from node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  // A CommonJS bundle has no import.meta; the one reader (electron/jobs/thread-entry.ts)
  // takes __filename there instead.
  define: { 'import.meta.url': 'undefined' },
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist-electron/preload.cjs' });
await build({ ...common, entryPoints: ['electron/jobs/job-thread.ts'], outfile: 'dist-electron/job-thread.cjs' });
console.log('Đã dựng dist-electron/main.cjs, preload.cjs và job-thread.cjs');
