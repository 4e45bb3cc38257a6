/**
 * Every main screen, scanned by axe as a screen-reader user and a keyboard user would meet it:
 * no serious or critical violation of WCAG 2.1 A/AA (contrast, names, roles), and every modal
 * closes by a button named in Vietnamese. Rules are not switched off; the UI is fixed instead.
 * One app for the whole file (not useApp's one per test): the screens only read the same records.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, startApp, type E2eApp } from './support/app';
import { call, completeFirstRun, issueKienMinhConclusion } from './support/pages';

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function scan(page: Page, screen: string): Promise<Finding[]> {
  // A notification or modal still fading in is half transparent, and axe would measure the
  // blend (CI once found the start-up reminder's button at 4.22:1 mid-transition).
  // Endless animations (a spinner) are left out: they never finish.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

/** No English "Close" anywhere, and the open dialog closes by a button named "Đóng". */
async function expectVietnameseClose(page: Page, dialogName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  expect(await dialog.getByRole('button', { name: 'Đóng', exact: true }).count()).toBe(1);
  expect(await page.locator('[aria-label="Close" i], [title="Close" i]').count()).toBe(0);
}

const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 1280, height: 720 };

describe('accessibility of the main screens (axe)', () => {
  let app: E2eApp;
  let conclusionId: string;
  let meetingId: string;
  let draftId: string;
  let taskId: string;

  beforeAll(async () => {
    app = await startApp();
    await completeFirstRun(app.page);
    await app.setNow('2026-06-02T09:00:00Z');
    ({ conclusionId, meetingId } = await issueKienMinhConclusion(app));
    const proposals = await call(app, 'tasks.propose', { conclusionId });
    const tasks = await call(app, 'tasks.createMany', {
      tasks: proposals.map((p) => ({ ...p, conclusionId, dueDate: p.dueDate ?? '2026-05-31' })),
    });
    taskId = tasks[0]!.id;
    draftId = (await call(app, 'conclusions.create', { kind: 'TB', meetingId, templateKey: 'monthly' })).id;
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
  });
  afterAll(async () => {
    await app.close();
    await closeBrowser();
  });

  // A fresh load for each screen: a dialog left open by the previous one must not cover it.
  const goto = async (hash: string, heading: string | RegExp) => {
    await app.page.goto('about:blank');
    await app.page.goto(`${app.server.url}/#${hash}`);
    await app.page.getByRole('heading', { name: heading }).first().waitFor();
  };
  // One test per screen: a scan takes seconds on a busy machine, and a finding names its screen.
  const screens: [string, { width: number; height: number }, () => Promise<void>][] = [
    ['Trang chủ', SMALL, async () => {
      await goto('/', 'Trang chủ');
      await app.page.getByRole('heading', { name: 'Kết quả thực hiện theo đơn vị chủ trì' }).waitFor();
    }],
    ['Trang chủ (1366×768)', LAPTOP, async () => {
      await goto('/', 'Trang chủ');
      await app.page.getByRole('heading', { name: 'Kết quả thực hiện theo đơn vị chủ trì' }).waitFor();
    }],
    ['Hội nghị', SMALL, () => goto('/meetings', 'Hội nghị')],
    ['Hội nghị — sửa', LAPTOP, () => goto(`/meetings/${meetingId}`, /Kỳ họp|Hội nghị/)],
    ['Kết luận', SMALL, () => goto('/conclusions', 'Kết luận')],
    ['Kết luận — dự thảo', LAPTOP, async () => {
      await goto(`/conclusions/${draftId}`, /Dự thảo/);
      await app.page.getByRole('textbox', { name: 'Nội dung kết luận' }).waitFor();
    }],
    ['Kết luận — xem trước', SMALL, async () => {
      await goto(`/conclusions/${draftId}`, /Dự thảo/);
      await app.page.getByRole('tab', { name: 'Xem trước' }).click();
      await app.page.getByRole('article', { name: 'Bản xem trước' }).waitFor();
    }],
    ['Kết luận — đã ban hành', LAPTOP, () => goto(`/conclusions/${conclusionId}`, /62-TB\/ĐU/)],
    ['Nhiệm vụ', SMALL, async () => {
      await goto('/tasks', 'Nhiệm vụ');
      await app.page.getByRole('table').first().waitFor();
    }],
    ['Nhiệm vụ — chi tiết', LAPTOP, () => goto(`/tasks/${taskId}`, /Nhiệm vụ/)],
    ['Văn bản đi', SMALL, () => goto('/register', /Sổ văn bản đi|Văn bản đi/)],
    ['Trao đổi dữ liệu', LAPTOP, () => goto('/exchange', 'Trao đổi dữ liệu')],
    ['Cài đặt', SMALL, () => goto('/settings', 'Cài đặt')],
    ['Nhập kết luận', LAPTOP, () => goto('/import', /Nhập/)],
    ['Tìm kiếm (Ctrl+K)', SMALL, async () => {
      await goto('/', 'Trang chủ');
      await app.page.keyboard.press('Control+k');
      await app.page.getByRole('dialog').waitFor();
    }],
    ['Thêm nhiệm vụ', SMALL, async () => {
      await goto('/tasks', 'Nhiệm vụ');
      await app.page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      await expectVietnameseClose(app.page, 'Thêm nhiệm vụ');
    }],
    ['Ban hành và cấp số', LAPTOP, async () => {
      await goto(`/conclusions/${draftId}`, /Dự thảo/);
      await app.page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
      await expectVietnameseClose(app.page, 'Ban hành và cấp số');
    }],
    ['Lịch sử phiên bản', SMALL, async () => {
      await goto(`/conclusions/${draftId}`, /Dự thảo/);
      await app.page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
      await expectVietnameseClose(app.page, 'Lịch sử phiên bản');
    }],
  ];

  it.each(screens)('%s: no serious or critical violation', async (screen, size, open) => {
    await app.page.setViewportSize(size);
    await open();
    expect(await scan(app.page, screen)).toEqual([]);
  }, 120_000);
});
