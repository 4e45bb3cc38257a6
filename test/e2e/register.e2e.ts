import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { call, completeFirstRun, openSection } from './support/pages';

describe('register: first-run numbers, "Lấy số văn bản", export', () => {
  const app = useApp();

  it('asks the last numbers at first run, then a Báo cáo written in Word takes the next one', async () => {
    const { page } = app;
    await completeFirstRun(page, undefined, { 'Báo cáo (BC)': 14, 'Thông báo (TB)': 62 });
    expect(await call(app, 'register.nextNumber', { docType: 'TB' })).toMatchObject({ numberSymbol: '63-TB/ĐU' });

    await openSection(page, 'Văn bản đi');
    await page.getByRole('button', { name: 'Lấy số văn bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lấy số văn bản' });
    await expect.poll(() => dialog.getByTestId('next-number').textContent()).toBe('15-BC/ĐU');
    await dialog.getByRole('button', { name: 'Lấy số' }).click();
    await dialog.getByText('Nhập trích yếu nội dung văn bản').waitFor();
    await dialog.getByLabel('Trích yếu nội dung').fill('sơ kết công tác 6 tháng đầu năm 2026');
    await dialog.getByLabel('Người ký', { exact: true }).click();
    await page.getByRole('option', { name: /Vũ Bình Dương/ }).click();
    await dialog.getByLabel('Nơi nhận').fill('Thường trực Thành ủy; Lưu VPĐU');
    await dialog.getByRole('button', { name: 'Lấy số' }).click();
    const done = page.getByRole('dialog', { name: 'Đã lấy số văn bản' });
    await expect.poll(() => done.getByTestId('taken-number').textContent()).toBe('Số 15-BC/ĐU');
    await done.getByRole('button', { name: 'Xong' }).click();

    const table = page.getByRole('table', { name: 'Sổ văn bản đi' });
    await table.getByText('Báo cáo sơ kết công tác 6 tháng đầu năm 2026').waitFor();
    await table.getByText('15-BC/ĐU').waitFor();

    await page.getByRole('button', { name: 'Xuất sổ' }).click();
    await page.getByRole('menuitem', { name: /Excel/ }).click();
    await page.getByText('Đã xuất sổ văn bản đi').waitFor();
    expect(readdirSync(app.saveDir).filter((f) => /^so-van-ban-di_.*\.xlsx$/u.test(f))).toHaveLength(1);
  });
});
