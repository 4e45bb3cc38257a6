/**
 * "Giao nhiệm vụ" as a compact table ("Bảng gọn"): one row per proposed task instead of a tall
 * card, choosing and editing still work, and the tasks given are the ones chosen. The choice is
 * remembered on this computer: after a reload the table comes back without asking.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { animationsFinished, call, completeFirstRun, issueKienMinhConclusion } from './support/pages';
import { assignAccepted, openAssignmentAsUser, proposals } from './support/tasks-page';

describe('Giao nhiệm vụ: Bảng gọn', () => {
  const app = useApp();

  it('shows one row per task, a fraction of the cards height, and assigns the chosen ones', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await completeFirstRun(page);
    await app.setNow('2026-05-10T09:00:00');
    await issueKienMinhConclusion(app);
    await openAssignmentAsUser(page, '62-TB/ĐU');
    const n = await proposals(page).count();
    expect(n).toBeGreaterThan(5);
    const cardsHeight = await page.evaluate(() => document.scrollingElement!.scrollHeight);

    await page.locator('label', { hasText: 'Bảng gọn' }).click();
    const table = page.getByRole('table', { name: 'Các nhiệm vụ đề xuất' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(n);
    const tableHeight = await page.evaluate(() => document.scrollingElement!.scrollHeight);
    expect(tableHeight).toBeLessThan(cardsHeight / 2);
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}assign-compact-1280.png` });

    // Reloaded (or opened again another day), the screen comes back as the compact table.
    await page.reload();
    await page.getByRole('heading', { name: /^Giao nhiệm vụ theo kết luận/ }).waitFor();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(n);
    expect(await page.getByRole('radio', { name: 'Bảng gọn' }).isChecked()).toBe(true);
    expect(await proposals(page).count()).toBe(0);
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}assign-compact-reloaded-1280.png` });

    // Leave one out, open another's card to change its content.
    await page.getByRole('checkbox', { name: 'Giao nhiệm vụ 1', exact: true }).uncheck();
    await page.getByText(`Đã chọn ${n - 1} / ${n} nhiệm vụ`).waitFor();
    await page.getByRole('button', { name: 'Sửa nhiệm vụ 2', exact: true }).click();
    const card = proposals(page);
    await card.first().waitFor();
    const content = card.first().getByLabel('Nội dung nhiệm vụ');
    await content.fill('Rà soát, hoàn thiện hồ sơ giải phóng mặt bằng');
    await page.setViewportSize({ width: 1366, height: 768 });
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}assign-compact-edit-1366.png` });
    await page.getByRole('button', { name: 'Thu gọn nhiệm vụ 2', exact: true }).click();
    await table.getByText('Rà soát, hoàn thiện hồ sơ giải phóng mặt bằng').waitFor();

    expect(await assignAccepted(page)).toBe(n - 1);
    const list = await call(app, 'tasks.list', { limit: 200, offset: 0 });
    expect(list.total).toBe(n - 1);
    expect(list.items.map((t) => t.content)).toContain('Rà soát, hoàn thiện hồ sơ giải phóng mặt bằng');
  });
});
