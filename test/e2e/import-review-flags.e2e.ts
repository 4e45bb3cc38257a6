/**
 * The import review says what must not be saved as read: a file that is not a conclusion
 * (red notice, "Lưu vào dữ liệu" disabled), a deadline before the issue date (flagged on the
 * task until corrected), and an archive line typed "Lưu: VPĐU" (replaced only when the
 * clerk clicks the proposed form). Set documents 02 and 11 are pasted as a clerk would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conclusionSetDir } from '../support/conclusion-set';
import { SHOTS, useApp } from './support/app-session';
import { field } from './support/conclusions-page';
import { openImport, pasteAndRead, reviewForm } from './support/import-page';
import { completeFirstRun } from './support/pages';

const setText = (name: string): string => readFileSync(join(conclusionSetDir, name), 'utf8');

describe('import review: what is flagged before saving', () => {
  const app = useApp();

  it('refuses a shopping list, flags an early deadline and normalises the archive line only on request', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setNow('2026-05-20T09:00:00');
    await completeFirstRun(page);

    await openImport(page);
    await pasteAndRead(page, setText('11-khong-phai-ket-luan-danh-sach-mua-sam.txt'));
    await expect.poll(() => page.getByTestId('not-conclusion').innerText()).toContain('Tệp này không phải là thông báo kết luận');
    expect(await page.getByRole('button', { name: 'Lưu vào dữ liệu' }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}import-not-conclusion.png` });

    await page.getByRole('button', { name: 'Bỏ qua tệp này' }).click();
    await pasteAndRead(page, setText('02-bch-xa-dien-chau-nghe-an-2026.txt'));
    const form = reviewForm(page);
    expect(await page.getByTestId('recognition').innerText()).toContain('Bảng mã Unicode (UTF-8) · độ tin cậy cao');
    const late = form.getByText('Hạn trước ngày ban hành (15/05/2026): cần sửa');
    await late.waitFor();
    await page.screenshot({ path: `${SHOTS}import-review-flags.png` });

    // The archive line stays as typed until the clerk accepts the rule's form.
    expect(await field(page, 'Nơi nhận').inputValue()).toMatch(/Lưu: VPĐU$/);
    await page.getByRole('button', { name: 'Sửa thành “Lưu VPĐU”' }).click();
    expect(await field(page, 'Nơi nhận').inputValue()).toMatch(/\nLưu VPĐU$/);
    expect(await page.getByTestId('archive-line').count()).toBe(0);

    // Correcting the deadline clears the flag, and the document saves.
    const dates = form.getByLabel(/^Thời hạn nhiệm vụ/);
    const count = await dates.count();
    for (let i = 0; i < count; i += 1) {
      if ((await dates.nth(i).inputValue()) === '13/05/2022') await dates.nth(i).fill('30/05/2026');
    }
    expect(await late.count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu vào dữ liệu' }).click();
    await page.getByText(/Đã nhập văn bản số 08-KL\/ĐU/).first().waitFor();
  });
});
