/**
 * Find and replace in the conclusion body, as in Word: Ctrl+H opens "Tìm" / "Thay bằng", the
 * matches are counted and stepped through (accents and case ignored unless asked), "Thay"
 * replaces one, "Thay tất cả" the rest in one step that Ctrl+Z takes back, and the result is
 * saved like any typing.
 */
import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { useApp } from './support/app-session';
import { outlineEditor, waitForSaved } from './support/conclusions-page';
import { call, completeFirstRun, openSection } from './support/pages';

const body = [
  { id: 'b1', kind: 'heading1' as const, runs: [{ text: 'Nhiệm vụ tháng 6 năm 2026' }] },
  { id: 'b2', kind: 'bullet' as const, runs: [{ text: 'Giao UBND xã rà soát hồ sơ đất đai thôn Kiến Lai;' }] },
  { id: 'b3', kind: 'bullet' as const, runs: [{ text: 'Ubnd xã phối hợp Mặt trận tổ chức hội nghị;' }] },
  { id: 'b4', kind: 'paragraph' as const, runs: [{ text: 'Đề nghị ' }, { text: 'UBND XÃ', bold: true }, { text: ' báo cáo kết quả; thôn Kiện Lại làm trước.' }] },
];

describe('find and replace in the conclusion body', () => {
  const app = useApp();

  it('Ctrl+H finds without accents, replaces one and all, saves, and Ctrl+Z takes it back', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    const created = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await call(app, 'conclusions.update', { id: created.id, content: { ...created, outline: body } });

    await openSection(page, 'Kết luận');
    await page.getByRole('table', { name: 'Danh sách kết luận' }).getByRole('link').first().click();
    await outlineEditor(page).locator('p').first().click();
    await page.keyboard.press('Control+h');

    const bar = page.getByRole('search', { name: 'Tìm và thay' });
    const find = bar.getByRole('textbox', { name: 'Tìm', exact: true });
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    const status = bar.getByRole('status');

    // Typed without accents, in lower case: all three spellings count.
    await page.keyboard.type('ubnd xa');
    await expect.poll(() => status.innerText()).toBe('Chỗ 1/3');
    expect(await outlineEditor(page).locator('.vpdu-find-match').allInnerTexts()).toEqual(['UBND xã', 'Ubnd xã', 'UBND XÃ']);
    await bar.getByRole('button', { name: 'Chỗ sau (Enter)' }).click();
    await expect.poll(() => outlineEditor(page).locator('.vpdu-find-current').innerText()).toBe('Ubnd xã');
    await find.press('Shift+Enter');
    await expect.poll(() => status.innerText()).toBe('Chỗ 1/3');

    // "Thay" replaces the current place only and moves to the next.
    await bar.getByRole('textbox', { name: 'Thay bằng' }).fill('Ủy ban nhân dân xã');
    await bar.getByRole('button', { name: 'Thay', exact: true }).click();
    await expect.poll(() => status.innerText()).toBe('Chỗ 1/2');
    await expect.poll(() => outlineEditor(page).locator('p').nth(1).innerText()).toBe('Giao Ủy ban nhân dân xã rà soát hồ sơ đất đai thôn Kiến Lai;');

    await bar.getByRole('button', { name: 'Thay tất cả' }).click();
    await expect.poll(() => status.innerText()).toBe('Đã thay 2 chỗ');
    expect(await outlineEditor(page).locator('p').allInnerTexts()).toEqual([
      'Nhiệm vụ tháng 6 năm 2026',
      'Giao Ủy ban nhân dân xã rà soát hồ sơ đất đai thôn Kiến Lai;',
      'Ủy ban nhân dân xã phối hợp Mặt trận tổ chức hội nghị;',
      'Đề nghị Ủy ban nhân dân xã báo cáo kết quả; thôn Kiện Lại làm trước.',
    ]);
    // Saved as typing is, the bold run kept bold.
    await waitForSaved(page);
    expect((await call(app, 'conclusions.get', { id: created.id })).outline[3]?.runs).toEqual([{ text: 'Đề nghị ' }, { text: 'Ủy ban nhân dân xã', bold: true }, { text: ' báo cáo kết quả; thôn Kiện Lại làm trước.' }]);

    // Accents counted on request: "Kiến Lai" no longer finds "Kiện Lại".
    await find.fill('kiến lai');
    await expect.poll(() => status.innerText()).toBe('Chỗ 1/2');
    await bar.getByText('Phân biệt dấu (Lai khác Lại)').click();
    await expect.poll(() => status.innerText()).toBe('Chỗ 1/1');
    await bar.getByText('Phân biệt chữ hoa, chữ thường').click();
    await expect.poll(() => status.innerText()).toBe('Không tìm thấy');
    await expect.poll(() => bar.getByRole('button', { name: 'Thay tất cả' }).isDisabled()).toBe(true);

    // Esc closes the bar and returns to the text; one Ctrl+Z brings back all that "Thay tất cả" changed.
    await find.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    expect(await outlineEditor(page).locator('.vpdu-find-match').count()).toBe(0);
    await expect.poll(() => outlineEditor(page).evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineEditor(page).locator('p').nth(2).innerText()).toBe('Ubnd xã phối hợp Mặt trận tổ chức hội nghị;');
    expect(await outlineEditor(page).locator('p').nth(3).innerText()).toBe('Đề nghị UBND XÃ báo cáo kết quả; thôn Kiện Lại làm trước.');

    // The toolbar button opens it too.
    await page.getByRole('button', { name: 'Tìm và thay (Ctrl+H)' }).click();
    await bar.waitFor();
  });
});
