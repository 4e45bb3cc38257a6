import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { completeFirstRun, openSection, profileKienMinh } from './support/pages';

describe('foundation: first run, restart, units', () => {
  const app = useApp();

  it('completes the first-run profile, restarts on the same database and finds it there', async () => {
    await completeFirstRun(app.page);
    await expect.poll(() => app.page.getByText(profileKienMinh.committee).first().isVisible()).toBe(true);

    await app.restart();
    // No first-run screen after restart: the profile is read back from the file.
    await app.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    await openSection(app.page, 'Cài đặt');
    await expect.poll(() => app.page.getByLabel('Tên Đảng ủy').inputValue()).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(await app.page.getByLabel('Đảng bộ cấp trên').inputValue()).toBe('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG');
    expect(await app.page.getByLabel('Địa danh ghi ngày tháng').inputValue()).toBe('Kiến Minh');
    expect(await app.page.getByLabel('Họ và tên người ký 2').inputValue()).toBe('Đỗ Đức Úy');
  });

  it('shows the first-run validation messages in Vietnamese and saves nothing', async () => {
    await app.page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await app.page.getByText('Nhập tên Đảng bộ cấp trên').first().waitFor();
    expect(await app.core.dispatch('profile.get', {})).toEqual({ ok: true, value: null });
  });

  it('adds a unit and finds it in the list', async () => {
    await completeFirstRun(app.page);
    await openSection(app.page, 'Cài đặt');
    await app.page.getByRole('tab', { name: 'Danh mục đơn vị' }).click();
    const table = app.page.getByRole('table', { name: 'Danh mục đơn vị' });
    await table.getByText('UBND xã', { exact: true }).waitFor();
    await app.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await dialog.getByLabel('Tên viết tắt').fill('Chi bộ thôn Kiến Quốc');
    await dialog.getByLabel('Tên đầy đủ').fill('Chi bộ thôn Kiến Quốc, Đảng bộ xã Kiến Minh');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await table.getByText('Chi bộ thôn Kiến Quốc', { exact: true }).waitFor();

    await app.restart();
    await openSection(app.page, 'Cài đặt');
    await app.page.getByRole('tab', { name: 'Danh mục đơn vị' }).click();
    await app.page.getByRole('table', { name: 'Danh mục đơn vị' }).getByText('Chi bộ thôn Kiến Quốc', { exact: true }).waitFor();
  });

  it('rejects API calls without the token or from another origin', async () => {
    const noToken = await fetch(`${app.server.url}/api/profile.get`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(noToken.status).toBe(401);
    const foreign = await fetch(`${app.server.url}/api/profile.get`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${app.server.token}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const ok = await fetch(`${app.server.url}/api/app.info`, { method: 'POST', body: '{}', headers: { Authorization: `Bearer ${app.server.token}` } });
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
  });
});
