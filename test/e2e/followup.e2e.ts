import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { E2eApp } from './support/app';
import { SHOTS, useApp } from './support/app-session';
import { call, completeFirstRun } from './support/pages';
import { insertRow } from '../../electron/sync/changes';

/** Tasks of UBND xã (two late in May) and MTTQ (one done), seen on 10/6/2026. */
async function seedTasks(app: E2eApp) {
  await app.setNow('2026-04-01T09:00:00');
  const [a, , , d] = await call(app, 'tasks.createMany', {
    tasks: [
      { conclusionId: null, content: 'Hoàn thành thu ngân sách quý II', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-04-30' },
      { conclusionId: null, content: 'Giải phóng mặt bằng tuyến đường liên thôn', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-31' },
      { conclusionId: null, content: 'Triển khai dịch vụ công trực tuyến toàn trình', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-15' },
      { conclusionId: null, content: 'Vận động Quỹ vì người nghèo', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-04-30' },
    ],
  });
  await call(app, 'tasks.recordProgress', { taskId: a!.id, status: 'done', note: 'Xong', reportDate: '2026-04-20' });
  await call(app, 'tasks.recordProgress', { taskId: d!.id, status: 'done', note: 'Xong', reportDate: '2026-04-25' });
  await app.setNow('2026-06-10T09:00:00');
}

describe('follow-up at a glance', () => {
  const app = useApp();

  it('home charts open the filtered list: a unit\'s late tasks, then the tasks late in May', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await seedTasks(app);
    await page.reload();
    const units = page.getByTestId('chart-units');
    await units.locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: `${SHOTS}home-charts-1366.png`, fullPage: true });

    // The red part of UBND's bar: its two late tasks, with how many days late.
    await units.locator('.recharts-bar-rectangle path[fill="var(--mantine-color-red-6)"]').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/tasks$/u);
    const table = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
    await table.getByText('Quá hạn 10 ngày').waitFor();
    await table.getByText('Quá hạn 26 ngày').waitFor();
    expect(await table.getByRole('row').count()).toBe(3);

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click();
    const months = page.getByTestId('chart-months');
    await months.locator('.recharts-bar-rectangle path[fill="var(--mantine-color-red-6)"]').first().click();
    await page.getByRole('button', { name: 'Bỏ lọc theo tháng đến hạn' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bỏ lọc theo tháng đến hạn' }).innerText()).toContain('Hạn trong tháng 5/2026');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}tasks-overdue-1280.png` });

    // One click from the overdue view: a numbered Công văn đôn đốc to UBND xã.
    await page.getByRole('button', { name: 'Công văn đôn đốc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công văn đôn đốc' });
    await dialog.getByText('2 nhiệm vụ').waitFor();
    await page.screenshot({ path: `${SHOTS}reminder-modal-1280.png` });
    await dialog.getByRole('button', { name: 'Tạo công văn đôn đốc UBND xã' }).click();
    await page.getByText('Đã tạo công văn đôn đốc số 01-CV/ĐU').waitFor();
    expect(readdirSync(app.saveDir).filter((f) => /^cong-van-don-doc_ubnd-xa_2026-06-10\.docx$/u.test(f))).toHaveLength(1);
    expect((await call(app, 'register.list', { docType: 'CV' })).items[0]?.numberSymbol).toBe('01-CV/ĐU');
  });

  it('asks before a Công văn đôn đốc takes a CV number on a PC that is not the numbering desk', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await seedTasks(app);
    // The office's desk for Công văn is another PC (its choice arrived in a package).
    insertRow(app.core.ctx, 'register_desks', { id: 'desk-CV', doc_type: 'CV', install_id: 'replica-van-thu', install_name: 'Máy văn thư' });
    await page.reload();
    await page.getByRole('button', { name: 'Xem nhiệm vụ quá hạn' }).click();
    await page.getByRole('button', { name: 'Công văn đôn đốc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công văn đôn đốc' });
    const warning = dialog.getByTestId('not-desk');
    await warning.getByText('Máy cấp số loại CV của văn phòng là “Máy văn thư”', { exact: false }).waitFor();
    const make = dialog.getByRole('button', { name: 'Tạo công văn đôn đốc UBND xã' });
    expect(await make.isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}reminder-not-desk-1366.png` });
    await warning.getByRole('checkbox', { name: 'Vẫn cấp số công văn ở máy này' }).check();
    await expect.poll(() => make.isDisabled()).toBe(false);
    await make.click();
    await page.getByText('Đã tạo công văn đôn đốc số 01-CV/ĐU').waitFor();
    expect((await call(app, 'register.list', { docType: 'CV' })).items.map((e) => e.numberSymbol)).toEqual(['01-CV/ĐU']);
  });
});
