/**
 * Developer tool: takes screenshots of the main screens into .tmp/shots, to look at what a
 * user sees. `tsx scripts/screenshots.ts` (after `npm run build:renderer`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeBrowser, startApp } from '../test/e2e/support/app';
import { call, completeFirstRun, openSection } from '../test/e2e/support/pages';
import { fixtureText, KIEN_MINH_FILE } from '../test/support/corpus';
import { kienMinhMeeting } from '../test/support/kien-minh';
import { outlineFromText } from '../test/support/outline-from-text';

const out = resolve('.tmp/shots');
mkdirSync(out, { recursive: true });
const app = await startApp();
try {
  const { page } = app;
  await page.screenshot({ path: `${out}/01-first-run.png`, fullPage: true });
  await completeFirstRun(page);
  // Some records so that the screens show what an office sees after a few weeks.
  await app.setNow('2026-06-02T09:00:00');
  await call(app, 'register.setStartNumber', { docType: 'TB', lastNumber: 61 });
  const meeting = await call(app, 'meetings.create', kienMinhMeeting);
  const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
  await call(app, 'conclusions.update', { id: draft.id, content: { ...draft, outline: outlineFromText(fixtureText(KIEN_MINH_FILE)) } });
  await call(app, 'conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
  const proposals = await call(app, 'tasks.propose', { conclusionId: draft.id });
  await call(app, 'tasks.createMany', {
    tasks: proposals.map((p) => ({ ...p, conclusionId: draft.id, dueDate: p.dueDate ?? (p.leadUnitIds.includes('seed-partyOffice') ? '2026-06-05' : '2026-05-31') })),
  });
  await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'monthly' });
  await page.reload();
  await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/02-home.png`, fullPage: true });
  await page.goto(`${app.server.url}/#/conclusions/${draft.id}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/10-conclusion-issued.png`, fullPage: false });
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
