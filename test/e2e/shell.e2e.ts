/**
 * The shell's promises as the user sees them: a screen that fails to draw says the data is
 * safe and reloads; a package the OS opened with the app lands on a screen, as a handle.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { openSection } from './support/pages';

describe('shell: failures contained, files opened by the system', () => {
  const app = useApp({ firstRun: true });

  it('shows the Vietnamese crash notice when a screen fails, logs it, and reloads', async () => {
    const logged: string[] = [];
    app.core.ctx.log = (line) => logged.push(line);
    const page = app.page;
    await openSection(page, 'Hội nghị');
    // A reply the home screen cannot draw (as a bug in it would).
    await page.route('**/api/home.summary', (route) => route.fulfill({ contentType: 'application/json', body: '{"ok":true,"value":{}}' }));
    await openSection(page, 'Trang chủ');
    const alert = page.getByRole('alert').filter({ hasText: 'Màn hình này gặp lỗi' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Dữ liệu của văn phòng vẫn an toàn');
    // The rest of the window stays usable: the navigation still works.
    await openSection(page, 'Hội nghị');
    await expect.poll(() => alert.isVisible()).toBe(false);
    await expect.poll(() => logged.some((l) => l.startsWith('[renderer] TypeError'))).toBe(true);

    await openSection(page, 'Trang chủ');
    await alert.waitFor();
    await page.unroute('**/api/home.summary');
    await page.getByRole('button', { name: 'Tải lại phần mềm' }).click();
    await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    expect(await page.getByText('Màn hình này gặp lỗi').count()).toBe(0);
  });

  it('takes a .vpdu file the system opened as a handle and shows its preview, refusing a file that is no package', async () => {
    const pkg = join(app.dir, 'goi-tu-xa-ben.vpdu');
    writeFileSync(pkg, 'PK');
    const opened = app.core.ctx.openedFiles.add(pkg);
    expect(opened.handle).toMatch(/^fh_/);
    await app.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => app.page.evaluate(() => window.location.hash)).toMatch(/^#\/exchange\/preview\?file=fh_/);
    await app.page.getByRole('tab', { name: 'Nhận gói dữ liệu', selected: true }).waitFor();
    // The package is read in a job thread: the refusal arrives after the tab is shown.
    await expect.poll(() => app.page.getByRole('alert').filter({ hasText: 'không phải gói dữ liệu' }).count()).toBe(1);
    expect(await app.page.getByText('goi-tu-xa-ben.vpdu', { exact: false }).count()).toBeGreaterThan(0);
    // Taken once: the next focus opens nothing again.
    expect(await app.core.dispatch('files.takeOpened', {})).toEqual({ ok: true, value: { files: [] } });
  });
});
