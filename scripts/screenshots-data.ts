/**
 * Developer tool: screenshots (1366×768) of the data page, the restore preview and the lock
 * screen into .tmp/shots. `tsx scripts/screenshots-data.ts` after `npm run build:renderer`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabase } from '../electron/backup/backup-database';
import { closeBrowser, startApp } from '../test/e2e/support/app';
import { call, completeFirstRun, openSection } from '../test/e2e/support/pages';
import { kienMinhMeeting } from '../test/support/kien-minh';

const out = resolve('.tmp/shots');
mkdirSync(out, { recursive: true });
const app = await startApp();
try {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await completeFirstRun(page);
  await call(app, 'register.setStartNumber', { docType: 'TB', lastNumber: 61 });
  await call(app, 'meetings.create', kienMinhMeeting);
  await backupDatabase(app.core.ctx, { reason: 'daily' });
  await backupDatabase(app.core.ctx, { reason: 'before-import' });
  await openSection(page, 'Cài đặt');
  await page.getByRole('tab', { name: 'Dữ liệu' }).click();
  await page.getByRole('table', { name: 'Bản sao lưu tự động' }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/data-page.png` });
  await page.getByRole('button', { name: /Xem và khôi phục/ }).first().click();
  await page.getByRole('table', { name: 'Nội dung bản sao lưu' }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/restore-preview.png` });
  await page.keyboard.press('Escape');
  await call(app, 'lock.enable', { password: 'Kiến Minh 2026', idleMinutes: 10 });
  await app.restart();
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.page.getByText('Ứng dụng đang khóa').waitFor();
  await app.page.screenshot({ path: `${out}/lock-screen.png` });
} finally {
  await app.close();
  await closeBrowser();
}
