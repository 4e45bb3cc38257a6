/**
 * Writing as in Word: a list pasted from Word becomes blocks of the right kind with clean
 * spaces, Ctrl+S saves now, and the issue date is typed day first, defaults to the core's
 * today and is refused before the meeting day.
 */
import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { useApp } from './support/app-session';
import { outlineEditor } from './support/conclusions-page';
import { call, completeFirstRun, openSection } from './support/pages';

const FROM_WORD = '- Rà soát\u00a0\u00a0 hồ sơ  đảng viên;\r\n- Tổ chức hội nghị sơ kết;\r\n+ chi bộ thôn Kiến Lai;\r\n\r\n1. Ủy ban nhân dân xã\r\na) Về kinh tế';

describe('writing like in Word', () => {
  const app = useApp();

  it('pastes a list as blocks, saves on Ctrl+S, and takes the issue date as dd/mm/yyyy from today of the core', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });

    await openSection(page, 'Kết luận');
    await page.getByRole('table', { name: 'Danh sách kết luận' }).getByRole('link').first().click();
    await outlineEditor(page).locator('p').first().click();
    await outlineEditor(page).evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, FROM_WORD);
    const blocks = outlineEditor(page).locator('p');
    await expect.poll(() => blocks.count()).toBe(5);
    expect(await blocks.allInnerTexts()).toEqual(['Rà soát hồ sơ đảng viên;', 'Tổ chức hội nghị sơ kết;', 'chi bộ thôn Kiến Lai;', 'Ủy ban nhân dân xã', 'Về kinh tế']);
    expect(await blocks.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-outline-kind')))).toEqual(['bullet', 'bullet', 'subBullet', 'heading2', 'heading4']);

    // Ctrl+S from inside the body: saved at once, with a version kept.
    await page.keyboard.press('Control+s');
    await page.getByText('Đã lưu dự thảo', { exact: true }).waitFor();
    const saved = await call(app, 'conclusions.get', { id: draft.id });
    expect(saved.outline.map((b) => b.kind)).toEqual(['bullet', 'bullet', 'subBullet', 'heading2', 'heading4']);
    expect((await call(app, 'conclusions.versions', { id: draft.id })).map((v) => v.reason)).toContain('manual');

    // Three days after the page was opened, the issue date is that day, shown day first.
    await app.setNow('2026-05-10T02:00:00Z');
    await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành và cấp số' });
    const date = dialog.getByRole('textbox', { name: 'Ngày ban hành' });
    await expect.poll(() => date.inputValue()).toBe('10/05/2026');

    // Before the meeting: refused on the field, the dialog stays.
    await date.fill('5/5/2026');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await dialog.getByText('Ngày ban hành không được trước ngày họp (07/5/2026)').waitFor();
    expect((await call(app, 'conclusions.get', { id: draft.id })).status).toBe('draft');

    await date.fill('8/5/2026');
    await expect.poll(() => dialog.getByText('Ngày ban hành không được trước ngày họp', { exact: false }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByRole('heading', { name: /Thông báo kết luận số 01-TB\/ĐU/ }).waitFor();
    expect((await call(app, 'conclusions.get', { id: draft.id })).issueDate).toBe('2026-05-08');
  });
});
