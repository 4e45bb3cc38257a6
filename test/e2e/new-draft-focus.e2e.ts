/**
 * After "Tạo bản dự thảo" the cursor is already in the body, on the first block still to be
 * written: the clerk types straight away. Opening the draft again later leaves focus alone.
 */
import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { SHOTS, useApp } from './support/app-session';
import { createConclusion, outlineEditor, outlineTexts, waitForSaved } from './support/conclusions-page';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';

describe('focus after creating a draft', () => {
  const app = useApp();

  it('lands in the editor on the first empty block', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await completeFirstRun(page);
    await call(app, 'meetings.create', kienMinhMeeting);
    await openSection(page, 'Kết luận');
    await createConclusion(page, { meeting: /đánh giá kết quả thực hiện nhiệm vụ tháng 04/, template: 'Kết luận giao ban tháng' });

    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Nội dung kết luận');
    const before = await outlineTexts(page);
    const firstEmpty = before.findIndex((t) => t.trim() === '');
    expect(firstEmpty).toBeGreaterThanOrEqual(0);
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}new-draft-focus-1280.png` });

    // Typing without a click writes into that block.
    await page.keyboard.type('Đồng chí Bí thư kết luận');
    await expect.poll(async () => (await outlineTexts(page))[firstEmpty]).toBe('Đồng chí Bí thư kết luận');
    await waitForSaved(page);

    // Coming back to the draft later: the body does not take focus on its own.
    await openSection(page, 'Kết luận');
    await page.getByRole('table').getByText(/tháng 04/).first().click();
    await outlineEditor(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('Nội dung kết luận');
  });
});
