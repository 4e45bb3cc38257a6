/**
 * A form's red messages go as soon as the clerk fixes the field they name (not at the next
 * save), and only that field's: in the office profile (first run and Settings) and in the
 * task form.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { completeFirstRun, openSection } from './support/pages';

describe('field messages clear when the field is fixed', () => {
  const app = useApp();

  it('in the office profile: each message goes with its own field', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Chào mừng đến với Văn phòng Đảng ủy' }).waitFor();
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    const committeeMsg = page.getByText('Nhập tên Đảng ủy', { exact: true });
    const placeMsg = page.getByText('Nhập địa danh ghi ngày tháng', { exact: true });
    await committeeMsg.waitFor();
    await placeMsg.waitFor();

    await page.getByLabel('Tên Đảng ủy').fill('ĐẢNG ỦY XÃ KIẾN MINH');
    await expect.poll(() => committeeMsg.count()).toBe(0);
    // The field not yet fixed keeps its message.
    expect(await placeMsg.count()).toBe(1);
    await page.getByLabel('Địa danh ghi ngày tháng').fill('Kiến Minh');
    await expect.poll(() => placeMsg.count()).toBe(0);
  });

  it('in Settings and in the task form', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await openSection(page, 'Cài đặt');
    await page.getByLabel('Đảng bộ cấp trên').fill('');
    await page.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
    const superiorMsg = page.getByText('Nhập tên Đảng bộ cấp trên', { exact: true });
    await superiorMsg.waitFor();
    await page.getByLabel('Đảng bộ cấp trên').pressSequentially('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG');
    await expect.poll(() => superiorMsg.count()).toBe(0);

    await openSection(page, 'Nhiệm vụ');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
    await dialog.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const contentMsg = dialog.getByText('Nhập nội dung nhiệm vụ', { exact: true });
    await contentMsg.waitFor();
    await dialog.getByLabel('Nội dung nhiệm vụ').pressSequentially('Rà soát hồ sơ đảng viên');
    await expect.poll(() => contentMsg.count()).toBe(0);
  });
});
