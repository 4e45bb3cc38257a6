// Bundles the Electron main and preload scripts (CommonJS, as Electron's sandboxed preload
// requires). better-sqlite3 stays external: it is a native module loaded from node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist-electron/preload.cjs' });
console.log('Đã dựng dist-electron/main.cjs và dist-electron/preload.cjs');
