/**
 * Developer tool: takes screenshots of the main screens into .tmp/shots, to look at what a
 * user sees. `tsx scripts/screenshots.ts` (after `npm run build:renderer`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeBrowser, startApp } from '../test/e2e/support/app';
import { completeFirstRun, openSection } from '../test/e2e/support/pages';

const out = resolve('.tmp/shots');
mkdirSync(out, { recursive: true });
const app = await startApp();
try {
  const { page } = app;
  await page.screenshot({ path: `${out}/01-first-run.png`, fullPage: true });
  await completeFirstRun(page);
  await page.screenshot({ path: `${out}/02-home.png`, fullPage: true });
  for (const [i, label] of ['Hội nghị', 'Kết luận', 'Nhiệm vụ', 'Văn bản đi', 'Trao đổi dữ liệu', 'Cài đặt'].entries()) {
    await openSection(page, label);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${String(i + 3).padStart(2, '0')}-${label.replace(/\s+/g, '-')}.png`, fullPage: true });
  }
  await page.getByRole('tab', { name: 'Danh mục đơn vị' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/20-units.png`, fullPage: true });
  console.log(`Ảnh chụp trong ${out}`);
} finally {
  await app.close();
  await closeBrowser();
}
