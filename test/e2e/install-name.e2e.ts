/** Settings › Dữ liệu: the clerk names this PC, as other installs will see it on packages. */
import { describe, expect, it } from 'vitest';
import type { E2eApp } from './support/app';
import { useApp } from './support/app-session';
import { call, openSection } from './support/pages';

async function openDataPage(app: E2eApp) {
  await openSection(app.page, 'Cài đặt');
  await app.page.getByRole('tab', { name: 'Dữ liệu' }).click();
  await app.page.getByRole('table', { name: 'Thông tin dữ liệu' }).waitFor();
}

describe('the name of this PC', () => {
  const app = useApp({ firstRun: true });

  it('is shown on the data page, renamed there (a too short name refused), and kept after a restart', async () => {
    const { installId, name: before } = await call(app, 'install.identity', {});
    await openDataPage(app);
    const info = app.page.getByRole('table', { name: 'Thông tin dữ liệu' });
    const row = info.getByRole('row', { name: /Tên máy này/ });
    await row.getByText(before, { exact: true }).waitFor();
    await row.getByText(`Mã máy: ${installId}`, { exact: false }).waitFor();

    await row.getByRole('button', { name: 'Đổi tên' }).click();
    const input = row.getByRole('textbox', { name: 'Tên máy này' });
    await row.getByText('Ví dụ: VPĐU Kiến Minh — máy Chánh VP').waitFor();
    await input.fill('VP');
    await row.getByRole('button', { name: 'Lưu tên máy' }).click();
    await row.getByText('Tên máy cần ít nhất 3 ký tự, ví dụ "VPĐU Kiến Minh — máy Chánh VP".').waitFor();
    expect((await call(app, 'install.identity', {})).name).toBe(before);

    await input.fill('VPĐU Kiến Minh — máy Chánh VP');
    await row.getByRole('button', { name: 'Lưu tên máy' }).click();
    await app.page.getByText('Đã đổi tên máy', { exact: true }).waitFor();
    await row.getByText('VPĐU Kiến Minh — máy Chánh VP', { exact: true }).waitFor();
    expect(await call(app, 'install.identity', {})).toEqual({ installId, name: 'VPĐU Kiến Minh — máy Chánh VP' });

    await app.restart();
    await openDataPage(app);
    await app.page.getByRole('table', { name: 'Thông tin dữ liệu' }).getByRole('row', { name: /Tên máy này/ }).getByText('VPĐU Kiến Minh — máy Chánh VP', { exact: true }).waitFor();
  });
});
