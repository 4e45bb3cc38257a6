/**
 * The losses a clerk met in a month of real work, each reproduced exactly as it happened:
 * the draft body brought back to its opening text by the preview tab, meeting edits gone
 * when leaving the form, and the task form closed by Escape with everything typed in it.
 */
import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { useApp } from './support/app-session';
import { openEditorTab, openPreview, outlineEditor, outlineTexts, placeCursorAtEnd, waitForSaved } from './support/conclusions-page';
import { field as meetingField } from './support/meetings-page';
import { call, completeFirstRun, openSection } from './support/pages';

const PARAGRAPHS = Array.from({ length: 12 }, (_, i) => `Đoạn thứ ${i + 1} của nội dung kết luận, gõ sau khi mở trang soạn thảo.`);

describe('losses', () => {
  const app = useApp();

  it('keeps the body text typed before "Xem trước" when the clerk goes back to "Soạn thảo" and types on', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });

    await openSection(page, 'Kết luận');
    await page.getByRole('table', { name: 'Danh sách kết luận' }).getByRole('link').first().click();
    await outlineEditor(page).waitFor();
    const opening = await outlineTexts(page);
    await placeCursorAtEnd(page, opening[opening.length - 1]!);
    for (const text of PARAGRAPHS) {
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(text);
    }
    await waitForSaved(page);

    await openPreview(page);
    await openEditorTab(page);
    // The editor still shows what was typed, not the text of the page as it was opened.
    await expect.poll(() => outlineTexts(page)).toEqual(expect.arrayContaining(PARAGRAPHS));
    await placeCursorAtEnd(page, PARAGRAPHS[PARAGRAPHS.length - 1]!);
    await page.keyboard.type('.');
    await waitForSaved(page);

    const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/conclusions\//, ''));
    const saved = (await call(app, 'conclusions.get', { id })).outline.map((b) => b.runs.map((r) => r.text).join(''));
    expect(saved).toEqual(expect.arrayContaining([...PARAGRAPHS.slice(0, -1), `${PARAGRAPHS[PARAGRAPHS.length - 1]}.`]));
  });

  it('keeps meeting edits when the clerk leaves the form: saved by itself, and asked before leaving what could not be saved', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);

    await openSection(page, 'Hội nghị');
    await page.getByRole('table', { name: 'Danh sách hội nghị' }).getByRole('link').first().click();
    await meetingField(page, 'Địa điểm').waitFor();
    await meetingField(page, 'Địa điểm').fill('Phòng họp số 2, trụ sở Đảng ủy xã');
    // Leaving at once, before any save: the edit reaches the core all the same.
    await openSection(page, 'Kết luận');
    await page.getByRole('heading', { name: 'Kết luận' }).first().waitFor();
    await expect
      .poll(async () => (await call(app, 'meetings.get', { id: meeting.id })).place)
      .toBe('Phòng họp số 2, trụ sở Đảng ủy xã');

    // A new meeting not yet saved: leaving asks first, and staying keeps every character.
    await openSection(page, 'Hội nghị');
    await page.getByRole('button', { name: 'Ghi hội nghị mới' }).click();
    await meetingField(page, 'Nội dung hội nghị').fill('triển khai nhiệm vụ tháng 6 năm 2026');
    await openSection(page, 'Kết luận');
    const ask = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Ở lại' }).click();
    await expect.poll(() => meetingField(page, 'Nội dung hội nghị').inputValue()).toBe('triển khai nhiệm vụ tháng 6 năm 2026');

    // The window closed (or the app crashed) before saving: the form offers the text back.
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Có nội dung chưa lưu từ lần nhập trước' }).waitFor();
    await page.getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
    expect(await meetingField(page, 'Nội dung hội nghị').inputValue()).toBe('triển khai nhiệm vụ tháng 6 năm 2026');
  });

  it('asks before the task form closes on Escape or a click outside, and keeps what was typed', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await openSection(page, 'Nhiệm vụ');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
    await form.getByLabel(/Nội dung nhiệm vụ/).fill('Rà soát, hoàn thiện hồ sơ đại hội chi bộ');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Bỏ nội dung đang nhập?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await form.getByLabel(/Nội dung nhiệm vụ/).inputValue()).toBe('Rà soát, hoàn thiện hồ sơ đại hội chi bộ');

    // A click on the dimmed page outside the form asks the same.
    await page.mouse.click(5, 5);
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Bỏ nội dung' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await call(app, 'tasks.list', {})).items).toHaveLength(0);
  });
});
