/**
 * The home counters and the rows of every list are reached with Tab, show where focus is, and
 * open with Enter or Space, as they do with a click.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';

/** Presses Tab until `name` (the focused element's accessible label or text) has focus. */
async function tabTo(page: Page, matches: (label: string) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '') : '';
    });
    if (matches(label)) return;
  }
  throw new Error('Tab never reached the element');
}

async function focusRingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });
}

describe('keyboard access of counters and list rows', () => {
  const app = useApp();

  it('Tab reaches the home counters and rows, Enter and Space open them', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await app.setNow('2026-06-10T09:00:00');
    await call(app, 'tasks.create', { content: 'Rà soát hồ sơ đảng viên', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-12' });
    await openSection(page, 'Nhiệm vụ');
    await openSection(page, 'Trang chủ');
    await page.getByRole('link', { name: 'Nhiệm vụ đang theo dõi 1' }).waitFor();

    // A counter: Tab, visible ring, Enter opens the list it counts.
    await tabTo(page, (l) => l.startsWith('Nhiệm vụ đang theo dõi'));
    expect(await focusRingShown(page)).toBe(true);
    await animationsFinished(page);
    await page.screenshot({ path: join(SHOTS, 'keyboard-home-counter-1366.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nhiệm vụ', exact: true }).waitFor();
    expect(new URL(page.url()).hash + new URL(page.url()).pathname).toContain('tasks');

    // A row of the tasks list: Space opens the task.
    await tabTo(page, (l) => l.includes('Rà soát hồ sơ đảng viên'));
    expect(await focusRingShown(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'keyboard-tasks-row-1366.png') });
    await page.keyboard.press(' ');
    await page.getByText('Tiến độ', { exact: false }).first().waitFor();
    expect(page.url()).toMatch(/tasks\/[^/?]+/);

    // A row of "Việc cần làm" on the home screen: Enter opens the task.
    await openSection(page, 'Trang chủ');
    await page.getByRole('table', { name: 'Nhiệm vụ sắp đến hạn' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await tabTo(page, (l) => l.includes('Rà soát hồ sơ đảng viên'));
    expect(await focusRingShown(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'keyboard-home-row-1280.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/tasks\/[^/?]+/);
  });
});
