/**
 * The "Nhiệm vụ" screen's header at the clerk's screen sizes: the title stays on one line and
 * every button of the header stays on screen in one row beside it, in the ordinary view and in
 * the overdue view with its extra "Công văn đôn đốc". The follow-up sheet and the report sit
 * in one "Xuất bảng, báo cáo" menu; both still open their dialogs from there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';
import { openView } from './support/tasks-page';

const sizes = [
  [1280, 720],
  [1366, 768],
] as const;

/** Title on one line; every header button on screen, one line tall, all in the title's row. */
async function expectHeaderInOneRow(page: Page, view: string, expectedButtons: number): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await animationsFinished(page);
    const title = page.getByRole('heading', { name: 'Nhiệm vụ', exact: true });
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const box = (await title.boundingBox())!;
    expect(box.height, `title height at ${width} (${view})`).toBeLessThan(lineHeight * 1.5);
    // Whatever the header holds, found beside the title rather than by name.
    const buttons = title.locator('xpath=..').getByRole('button');
    const boxes = await buttons.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent ?? '', top: r.top, right: r.right, height: r.height };
      }),
    );
    for (const b of boxes) {
      expect(b.right, `${b.name} inside the window at ${width} (${view})`).toBeLessThanOrEqual(width);
      expect(b.height, `${b.name} on one line at ${width} (${view})`).toBeLessThan(50);
      // One row: a button pushed onto a second row starts a button's height lower.
      expect(Math.abs(b.top - boxes[0]!.top), `${b.name} in the first row at ${width} (${view})`).toBeLessThan(4);
      expect(b.top, `${b.name} beside the title at ${width} (${view})`).toBeLessThan(box.y + box.height);
    }
    expect(boxes, `buttons in the header (${view})`).toHaveLength(expectedButtons);
    await page.screenshot({ path: `${SHOTS}tasks-header-${view}-${width}.png` });
  }
}

describe('tasks header at 1280×720 and 1366×768', () => {
  const app = useApp();

  it('keeps "Nhiệm vụ" on one line and the buttons in one row, in the overdue view too', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await app.setNow('2026-06-10T09:00:00');
    await call(app, 'tasks.create', { content: 'Báo cáo kết quả giải phóng mặt bằng', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-01' });
    await openSection(page, 'Nhiệm vụ');
    await page.getByRole('button', { name: 'Giao nhiệm vụ từ kết luận' }).first().waitFor();
    await expectHeaderInOneRow(page, 'all', 3);

    await openView(page, 'Quá hạn');
    await page.getByRole('button', { name: 'Công văn đôn đốc' }).waitFor();
    await expectHeaderInOneRow(page, 'overdue', 4);

    // The two papers moved into the menu still open their dialogs.
    await page.getByRole('button', { name: 'Xuất bảng, báo cáo' }).click();
    await page.getByRole('menuitem', { name: 'Bảng theo dõi thực hiện kết luận' }).waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}tasks-header-menu-1366.png` });
    await page.getByRole('menuitem', { name: 'Bảng theo dõi thực hiện kết luận' }).click();
    const sheet = page.getByRole('dialog', { name: 'Xuất bảng theo dõi thực hiện kết luận' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Xuất bảng, báo cáo' }).click();
    await page.getByRole('menuitem', { name: 'Báo cáo kết quả thực hiện' }).click();
    await page.getByRole('dialog', { name: 'Báo cáo kết quả thực hiện kết luận' }).waitFor();
  });
});
