/**
 * The "Nhiệm vụ" screen's header at the clerk's screen sizes: the title stays on one line and
 * every button stays on screen, also in the overdue view with its fifth button.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';
import { openView } from './support/tasks-page';

describe('tasks header at 1280×720 and 1366×768', () => {
  const app = useApp();

  it('keeps "Nhiệm vụ" on one line and the buttons on screen', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await app.setNow('2026-06-10T09:00:00');
    await call(app, 'tasks.create', { content: 'Báo cáo kết quả giải phóng mặt bằng', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-01' });
    await openSection(page, 'Nhiệm vụ');
    await openView(page, 'Quá hạn');
    await page.getByRole('button', { name: 'Công văn đôn đốc' }).waitFor();
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await animationsFinished(page);
      const title = page.getByRole('heading', { name: 'Nhiệm vụ', exact: true });
      const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      const box = (await title.boundingBox())!;
      expect(box.height, `title height at ${width}`).toBeLessThan(lineHeight * 1.5);
      // The buttons start beside the title, not on a row of their own under it.
      const first = (await page.getByRole('button', { name: 'Công văn đôn đốc' }).boundingBox())!;
      expect(first.y, `first button beside the title at ${width}`).toBeLessThan(box.y + box.height);
      for (const name of ['Công văn đôn đốc', 'Xuất bảng theo dõi', 'Báo cáo kết quả thực hiện', 'Thêm nhiệm vụ', 'Giao nhiệm vụ từ kết luận']) {
        const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(b.x + b.width, `${name} at ${width}`).toBeLessThanOrEqual(width);
        // One line per button: no label wrapped inside it.
        expect(b.height, `${name} height at ${width}`).toBeLessThan(50);
      }
      await page.screenshot({ path: `${SHOTS}tasks-header-overdue-${width}.png` });
    }
  });
});
