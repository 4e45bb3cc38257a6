/**
 * Years of records on the three long lists: the first 50 rows, "Xem thêm" for the next,
 * the same rows and filters again after opening a document and coming back, and the printed
 * register holding every entry, not only the pages on screen.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { chooseOption, conclusionsTable } from './support/conclusions-page';
import { backToMeetingsList, filterByBody, meetingsTable } from './support/meetings-page';
import { call, completeFirstRun, openSection } from './support/pages';

const rows = (table: Locator) => table.locator('tbody tr');
const countLine = (page: Page) => page.getByTestId('list-count');

describe('long lists, a page at a time', () => {
  const app = useApp();

  it('shows 50 meetings, the rest on "Xem thêm", and the same rows after opening one and coming back', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    for (let i = 0; i < 57; i += 1) {
      const month = String((i % 12) + 1).padStart(2, '0');
      await call(app, 'meetings.create', {
        body: i % 4 === 0 ? 'executiveCommittee' : 'standingCommittee',
        kind: 'session',
        sequenceNumber: i + 1,
        subject: `kỳ họp thứ ${i + 1}: đánh giá nhiệm vụ tháng ${month}`,
        date: `${2022 + Math.floor(i / 12)}-${month}-1${i % 10}`,
      });
    }
    await openSection(page, 'Hội nghị');
    const table = meetingsTable(page);
    await expect.poll(() => rows(table).count()).toBe(50);
    expect(await countLine(page).textContent()).toBe('Đang hiện 50 trong 57 hội nghị, mới nhất ở trên.');
    // Newest first: the last meeting recorded (2026) heads the list.
    expect(await rows(table).first().textContent()).toContain('kỳ họp thứ 57');
    const more = page.getByRole('button', { name: 'Xem thêm 7 hội nghị' });
    await more.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}meetings-paged-1366.png` });

    await more.click();
    await expect.poll(() => rows(table).count()).toBe(57);
    expect(await countLine(page).textContent()).toBe('57 hội nghị, mới nhất ở trên.');
    expect(await page.getByRole('button', { name: /Xem thêm/ }).count()).toBe(0);
    const shown = await table.getByRole('link').allTextContents();
    expect(new Set(shown).size).toBe(57);

    // The oldest meeting is on the second page: open it, come back, and it is still there.
    await table.getByRole('link', { name: 'kỳ họp thứ 1: đánh giá nhiệm vụ tháng 01' }).click();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).waitFor();
    await backToMeetingsList(page);
    await expect.poll(() => rows(table).count()).toBe(57);
    expect(await table.getByRole('link').allTextContents()).toEqual(shown);

    // Another filter starts again at its first page, counted over its own rows.
    await filterByBody(page, 'Ban Chấp hành');
    await expect.poll(() => countLine(page).textContent()).toBe('15 hội nghị, mới nhất ở trên.');
    expect(await rows(table).count()).toBe(15);
  });

  it('keeps the conclusions filter in the address and the rows shown when going back', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await completeFirstRun(page);
    for (let i = 0; i < 62; i += 1) {
      await call(app, 'conclusions.create', { kind: i % 5 === 0 ? 'KL' : 'TB', meetingId: null, body: 'standingCommittee', summary: `về công tác số ${i + 1} của thôn ${(i % 9) + 1}` });
    }
    await openSection(page, 'Kết luận');
    await page.getByRole('radiogroup', { name: 'Trạng thái' }).getByText('Dự thảo', { exact: true }).click();
    await page.waitForURL(/#\/conclusions\?status=draft$/);
    const table = conclusionsTable(page);
    await expect.poll(() => countLine(page).textContent()).toBe('Đang hiện 50 trong 62 văn bản, mới sửa gần nhất ở trên.');
    await page.getByRole('button', { name: 'Xem thêm 12 văn bản' }).click();
    await expect.poll(() => rows(table).count()).toBe(62);
    await page.screenshot({ path: `${SHOTS}conclusions-paged-1280.png` });

    // The first draft written is the last row: open it and go back as a browser would.
    await table.getByRole('link', { name: 'về công tác số 1 của thôn 1' }).click();
    await page.waitForURL(/#\/conclusions\/[^/?]+$/);
    await page.goBack();
    await page.waitForURL(/#\/conclusions\?status=draft$/);
    await expect.poll(() => rows(table).count()).toBe(62);
    expect(await page.getByRole('radiogroup', { name: 'Trạng thái' }).getByRole('radio', { name: 'Dự thảo' }).isChecked()).toBe(true);
  });

  it('pages the register and prints every entry of the chosen year', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    for (let i = 0; i < 70; i += 1) {
      const issueDate = i < 8 ? `2025-12-${String(10 + i).padStart(2, '0')}` : `2026-${String(1 + Math.floor((i - 8) / 6)).padStart(2, '0')}-${String(1 + ((i - 8) % 6) * 4).padStart(2, '0')}`;
      await call(app, 'register.takeNumber', { docType: i % 2 ? 'BC' : 'CV', issueDate, summary: `về việc số ${i + 1}`, signerName: 'Vũ Bình Dương', recipientsText: 'Như trên' });
    }
    await openSection(page, 'Văn bản đi');
    const table = page.getByRole('table', { name: 'Sổ văn bản đi' });
    await expect.poll(() => countLine(page).textContent()).toBe('Đang hiện 50 trong 70 văn bản, số mới nhất ở trên.');

    await chooseOption(page, 'Năm', '2026');
    await page.waitForURL(/#\/register\?year=2026$/);
    await expect.poll(() => countLine(page).textContent()).toBe('Đang hiện 50 trong 62 văn bản, số mới nhất ở trên.');
    await page.screenshot({ path: `${SHOTS}register-paged-top-1366.png` });
    await page.getByRole('button', { name: 'Xem thêm 12 văn bản' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}register-paged-1366.png` });

    // "In sổ" prints the whole year: the print dialog opens with all 62 rows drawn.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printedRows = String(document.querySelectorAll('table[aria-label="Sổ văn bản đi"] tbody tr').length);
      };
    });
    await page.getByRole('button', { name: 'In sổ' }).click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.printedRows ?? '')).toBe('62');
    expect(await rows(table).allTextContents()).not.toContain(expect.stringContaining('2025'));
    expect(await countLine(page).textContent()).toBe('62 văn bản, số mới nhất ở trên.');
  });
});
