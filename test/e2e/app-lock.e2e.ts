/** The app lock as a user meets it: turned on in Settings, asked at the next start. */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { call, openSection } from './support/pages';

describe('app lock', () => {
  const app = useApp({ firstRun: true });

  it('turns the lock on, shows the recovery code once, and asks for the password after a restart', async () => {
    const { page } = app;
    await openSection(page, 'Cài đặt');
    await page.getByRole('tab', { name: 'Khóa ứng dụng' }).click();
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Kiến Minh 2026');
    await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('Kiến Minh 2026');
    await page.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
    const codeDialog = page.getByRole('dialog', { name: 'Mã khôi phục' });
    const code = (await codeDialog.getByLabel('Mã khôi phục').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    await codeDialog.getByRole('button', { name: 'Tôi đã ghi lại mã này' }).click();
    await page.getByText('Đang bật').waitFor();

    await app.restart();
    const lock = app.page.getByRole('main', { name: 'Màn hình khóa' });
    await lock.getByText('Ứng dụng đang khóa').waitFor();
    expect(await app.page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(0);
    await lock.getByLabel('Mật khẩu', { exact: true }).fill('sai mật khẩu');
    await lock.getByRole('button', { name: 'Mở khóa' }).click();
    await lock.getByText('Mật khẩu không đúng.').waitFor();
    await lock.getByLabel('Mật khẩu', { exact: true }).fill('Kiến Minh 2026');
    await lock.getByRole('button', { name: 'Mở khóa' }).click();
    await app.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();

    // "Khóa ngay" brings the lock screen back; the recovery code sets a new password
    await openSection(app.page, 'Cài đặt');
    await app.page.getByRole('tab', { name: 'Khóa ứng dụng' }).click();
    await app.page.getByRole('button', { name: 'Khóa ngay' }).click();
    await lock.getByRole('button', { name: 'Quên mật khẩu? Dùng mã khôi phục' }).click();
    await lock.getByLabel('Mã khôi phục').fill(code);
    await lock.getByLabel('Mật khẩu mới', { exact: true }).fill('mật khẩu mới');
    await lock.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu mới');
    await lock.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    const next = app.page.getByRole('dialog', { name: 'Mã khôi phục' });
    expect((await next.getByLabel('Mã khôi phục').innerText()).trim()).not.toBe(code);
    await next.getByRole('button', { name: 'Tôi đã ghi lại mã này' }).click();
    await app.page.getByRole('tab', { name: 'Khóa ứng dụng' }).waitFor();
    expect((await call(app, 'lock.status', {})).locked).toBe(false);
  });
});
