/**
 * Terms in Settings, as a clerk meets them: recapitalising the term's name goes on numbering;
 * "Bắt đầu nhiệm kỳ mới" is the one way to number from 01 again, and says so first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eApp } from './support/app';
import { SHOTS, useApp } from './support/app-session';
import { call, completeFirstRun, openSection } from './support/pages';

async function issue(app: E2eApp, summary: string, issueDate: string): Promise<string | null> {
  const draft = await call(app, 'conclusions.create', { kind: 'TB', templateKey: 'blank', summary });
  return (await call(app, 'conclusions.issue', { id: draft.id, issueDate })).numberSymbol;
}

async function setTermInSettings(page: Page, name: string, startYear: number, endYear: number): Promise<void> {
  const term = page.getByRole('group', { name: 'Nhiệm kỳ hiện tại' });
  await term.getByLabel('Khóa').fill(name);
  await term.getByLabel('Từ năm').fill(String(startYear));
  await term.getByLabel('Đến năm').fill(String(endYear));
  await page.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
  await page.getByText('Đã lưu thông tin cơ quan').first().waitFor();
}

describe('terms in Settings', () => {
  const app = useApp();

  it('goes on numbering after the term name is recapitalised', async () => {
    const { page } = app;
    await app.setNow('2026-11-20T09:00:00');
    await completeFirstRun(page);
    await openSection(page, 'Cài đặt');
    await setTermInSettings(page, 'khóa I', 2025, 2030);
    expect(await issue(app, 'về công tác tháng 10', '2026-11-02')).toBe('01-TB/ĐU');

    await setTermInSettings(page, 'Khóa I', 2025, 2030);
    expect(await issue(app, 'về công tác tháng 11', '2026-11-19')).toBe('02-TB/ĐU');

    await openSection(page, 'Văn bản đi');
    const table = page.getByRole('table', { name: 'Sổ văn bản đi' });
    await table.getByText('02-TB/ĐU').waitFor();
    await table.getByText('01-TB/ĐU').waitFor();
    expect(await call(app, 'register.terms', {})).toEqual([expect.objectContaining({ name: 'Khóa I', current: true })]);
  });

  it('starts a new term only after saying numbering restarts at 01, and keeps the old register', async () => {
    const { page } = app;
    await app.setNow('2030-11-20T09:00:00');
    await completeFirstRun(page);
    await openSection(page, 'Cài đặt');
    await setTermInSettings(page, 'khóa I', 2025, 2030);
    expect(await issue(app, 'về việc cuối nhiệm kỳ', '2030-10-02')).toBe('01-TB/ĐU');
    const oldTermId = (await call(app, 'profile.get', {}))!.term.id;

    await page.getByRole('button', { name: 'Bắt đầu nhiệm kỳ mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bắt đầu nhiệm kỳ mới' });
    await dialog.getByText('Số văn bản bắt đầu lại từ 01').waitFor();
    await dialog.getByText(/văn bản đầu tiên là 01-TB\/ĐU/).waitFor();
    expect(await dialog.getByLabel('Khóa mới').inputValue()).toBe('khóa II');
    expect(await dialog.getByLabel('Từ năm').inputValue()).toBe('2030');
    await page.screenshot({ path: `${SHOTS}new-term-dialog.png` });

    // A start inside the current term is refused on the field; nothing changes.
    await dialog.getByLabel('Từ năm').fill('2028');
    await dialog.getByLabel('Đến năm').fill('2033');
    await dialog.getByRole('button', { name: 'Bắt đầu nhiệm kỳ mới, đánh số lại từ 01' }).click();
    await dialog.getByText(/phải bắt đầu từ năm 2030 trở đi/).waitFor();
    expect((await call(app, 'profile.get', {}))!.term.name).toBe('khóa I');

    await dialog.getByLabel('Từ năm').fill('2030');
    await dialog.getByLabel('Đến năm').fill('2035');
    await dialog.getByRole('button', { name: 'Bắt đầu nhiệm kỳ mới, đánh số lại từ 01' }).click();
    await page.getByText('Đã bắt đầu nhiệm kỳ mới').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const term = page.getByRole('group', { name: 'Nhiệm kỳ hiện tại' });
    expect(await term.getByLabel('Khóa').inputValue()).toBe('khóa II');

    expect(await call(app, 'register.nextNumber', { docType: 'TB' })).toMatchObject({ numberSymbol: '01-TB/ĐU' });
    expect((await call(app, 'register.list', { termId: oldTermId })).items.map((r) => r.numberSymbol)).toEqual(['01-TB/ĐU']);
    // Saving Settings now edits the new term, not the old one.
    await setTermInSettings(page, 'Khóa II', 2030, 2035);
    expect((await call(app, 'register.terms', {})).map((t) => `${t.name} ${t.current}`)).toEqual(['Khóa II true', 'khóa I false']);
  });

  it('asks before taking a number dated earlier than the last one, and takes it once confirmed', async () => {
    const { page } = app;
    await app.setNow('2026-11-20T09:00:00');
    await completeFirstRun(page);
    await openSection(page, 'Cài đặt');
    await setTermInSettings(page, 'khóa I', 2025, 2030);
    await call(app, 'register.takeNumber', { docType: 'BC', summary: 'sơ kết quý III', issueDate: '2026-11-12' });

    await openSection(page, 'Văn bản đi');
    await page.getByRole('button', { name: 'Lấy số văn bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lấy số văn bản' });
    await dialog.getByLabel('Trích yếu nội dung').fill('tổng kết phong trào thi đua năm 2026');
    await dialog.getByLabel('Ngày văn bản').fill('05/11/2026');
    await dialog.getByRole('button', { name: 'Lấy số' }).click();
    const ask = page.getByRole('dialog', { name: 'Ngày sớm hơn số đã cấp trước' });
    await ask.getByText(/sớm hơn văn bản số 01-BC\/ĐU đã cấp ngày 12\/11\/2026/).waitFor();
    await page.screenshot({ path: `${SHOTS}earlier-date-confirm.png` });
    expect((await call(app, 'register.list', {})).items).toHaveLength(1);

    // Back to the form: what was typed is still there.
    await ask.getByRole('button', { name: 'Quay lại sửa ngày' }).click();
    expect(await dialog.getByLabel('Trích yếu nội dung').inputValue()).toBe('tổng kết phong trào thi đua năm 2026');
    await dialog.getByRole('button', { name: 'Lấy số' }).click();
    await ask.getByRole('button', { name: 'Vẫn cấp số với ngày này' }).click();
    const done = page.getByRole('dialog', { name: 'Đã lấy số văn bản' });
    await expect.poll(() => done.getByTestId('taken-number').textContent()).toBe('Số 02-BC/ĐU');
    expect((await call(app, 'register.list', {})).items.find((r) => r.number === 2)).toMatchObject({ issueDate: '2026-11-05' });
  });
});
