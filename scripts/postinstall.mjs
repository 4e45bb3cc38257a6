// Runs after `npm install`. It only reports; it never fails the install, because on
// machines that cannot reach Electron's download host the core and the browser UI still work.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);
const nodeLine = `Node ${process.versions.node}${major >= 22 ? '' : ' (quá cũ: cần ≥ 22.14 — chạy lệnh qua npm để dùng Node đi kèm dự án)'}`;
let electronLine;
try {
  const dir = dirname(require.resolve('electron/package.json'));
  const hasBinary = existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'));
  electronLine = hasBinary
    ? 'Electron: có sẵn, `npm start` mở ứng dụng.'
    : 'Electron: chưa có tệp chạy trên máy này (cần Internet cho lần `npm start` đầu tiên); lõi, CLI và giao diện trình duyệt vẫn dùng được.';
} catch {
  electronLine = 'Electron: gói chưa được cài; lõi, CLI và giao diện trình duyệt vẫn dùng được.';
}
console.log(`[van-phong-dang-uy] ${nodeLine}. ${electronLine}`);
