/**
 * Serves the built UI in a browser against the real core, for development:
 *   npm run dev:web [-- --db FILE] [--port 5180]
 * Prints the address to open. Saved files go to ./.tmp/saved.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/create-core';
import { startLoopbackServer } from '../electron/dev-server/loopback-server';
import { folderDialogs } from '../electron/dev-server/test-dialogs';

const { values } = parseArgs({
  options: { db: { type: 'string', default: '.tmp/dev.sqlite' }, port: { type: 'string', default: '5180' } },
});
const saveDir = resolve('.tmp/saved');
mkdirSync(saveDir, { recursive: true });
const queue = { open: [] as string[][] };
const core = createCore({ dbPath: resolve(values.db), dialogs: folderDialogs(saveDir, queue), validateOutput: true, log: console.error });
const server = await startLoopbackServer({ core, staticDir: resolve('dist/renderer'), port: Number(values.port), dialogAnswers: queue });
console.log(`Văn phòng Đảng ủy (giao diện trình duyệt): ${server.url}`);
console.log(`Dữ liệu: ${resolve(values.db)} — nhấn Ctrl+C để dừng.`);
process.on('SIGINT', () => {
  void server.close().then(() => {
    core.close();
    process.exit(0);
  });
});
