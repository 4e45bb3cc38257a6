/**
 * Drafting the Thông báo kết luận of the Ban Thường vụ meeting of 07/5/2026 (corpus file
 * tb-ket-luan-btv-thang-04-2026-kien-minh.txt) in the UI: from the meeting and the monthly
 * template, through the outline editor, autosave, preview and issue as 62-TB/ĐU.
 */
import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { SHOTS, useApp } from './support/app-session';
import {
  blockKind,
  blockLabel,
  chooseOption,
  conclusionsTable,
  createConclusion,
  field,
  issueConclusion,
  openEditorTab,
  openPreview,
  openVersionHistory,
  outlineBlock,
  outlineEditor,
  outlineTexts,
  placeCursorAtEnd,
  placeCursorIn,
  saveStatus,
  setKindOfCurrentBlock,
  waitForSaved,
} from './support/conclusions-page';
import { call, completeFirstRun, openSection } from './support/pages';

const UNIT_TASK = 'Tập trung lãnh đạo, chỉ đạo thực hiện toàn diện nhiệm vụ phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng - an ninh.';

describe('conclusions: draft, preview, issue', () => {
  const app = useApp();

  it('drafts the Kiến Minh conclusion of 07/5/2026 from its meeting and issues it as 62-TB/ĐU', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await call(app, 'register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);

    await openSection(page, 'Kết luận');
    await page.getByText('Chưa có kết luận nào').waitFor();
    const id = await createConclusion(page, { meeting: /đánh giá kết quả thực hiện nhiệm vụ tháng 04/, template: 'Kết luận giao ban tháng', screenshot: `${SHOTS}conclusion-create.png` });

    // The preamble is written from the meeting: its date, body and chair.
    const preamble = await field(page, 'Phần mở đầu').inputValue();
    expect(preamble).toContain('Vũ Bình Dương');
    expect(preamble).toContain('Ban Thường vụ Đảng ủy xã');
    expect(await field(page, 'Trích yếu').inputValue()).toContain('về đánh giá kết quả thực hiện nhiệm vụ tháng 04');
    expect(await field(page, 'Người ký').inputValue()).toBe('Vũ Bình Dương — Bí thư');

    // The monthly template's sections, numbered by the editor.
    const nextMonth = 'Phương hướng, nhiệm vụ trọng tâm tháng 5 năm 2026';
    expect(await blockLabel(page, 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026')).toBe('I.');
    expect(await blockLabel(page, nextMonth)).toBe('II.');
    expect(await blockLabel(page, 'Ủy ban nhân dân xã')).toBe('1.');
    expect(await blockLabel(page, 'Hội đồng nhân dân xã')).toBe('2.');
    expect(await blockLabel(page, 'Các cơ quan tham mưu, giúp việc của Đảng ủy')).toBe('3.');
    expect(await blockLabel(page, 'Ban Xây dựng Đảng')).toBe('3.1.');

    // A bullet under the heading: Enter after a heading starts body text; typed, then made a bullet.
    await placeCursorAtEnd(page, nextMonth);
    await page.keyboard.press('Enter');
    // Typed key by key at first, as a person would; the rest goes in as one text input.
    await page.keyboard.type(UNIT_TASK.slice(0, 20));
    await page.keyboard.insertText(UNIT_TASK.slice(20));
    expect(await blockKind(page, UNIT_TASK)).toBe('paragraph');
    await setKindOfCurrentBlock(page, 'Gạch đầu dòng -');
    await expect.poll(() => blockKind(page, UNIT_TASK)).toBe('bullet');
    expect(await blockLabel(page, UNIT_TASK)).toBe('-');
    // The label is drawn by the editor, never typed into the text.
    expect((await outlineBlock(page, UNIT_TASK).innerText()).startsWith('-')).toBe(false);

    // Alt+↓ moves it under "1. Ủy ban nhân dân xã", where the task belongs.
    await placeCursorIn(page, UNIT_TASK);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => {
      const texts = await outlineTexts(page);
      return texts[texts.indexOf('Ủy ban nhân dân xã') + 1];
    }).toBe(UNIT_TASK);

    // "Hội đồng nhân dân xã" made a section of its own: the numbers after it are recomputed.
    await placeCursorIn(page, 'Hội đồng nhân dân xã');
    await setKindOfCurrentBlock(page, 'Mục I');
    await expect.poll(() => blockLabel(page, 'Hội đồng nhân dân xã')).toBe('III.');
    expect(await blockLabel(page, 'Các cơ quan tham mưu, giúp việc của Đảng ủy')).toBe('1.');
    expect(await blockLabel(page, 'Ban Xây dựng Đảng')).toBe('1.1.');
    expect(await blockLabel(page, 'Ủy ban nhân dân xã')).toBe('1.');

    // The office signs it, as the corpus does: T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG.
    await chooseOption(page, 'Người ký', 'Đỗ Đức Úy — Chánh Văn phòng');
    expect(await field(page, 'Thể thức ký').inputValue()).toBe('T/L (thừa lệnh)');
    expect(await field(page, 'Chức vụ ký').inputValue()).toBe('CHÁNH VĂN PHÒNG');

    // Autosave: nothing pressed, and the core has it all.
    await waitForSaved(page);
    const saved = await call(app, 'conclusions.get', { id });
    const outline = saved.outline.map((b) => `${b.kind}:${b.runs.map((r) => r.text).join('')}`);
    expect(outline[outline.indexOf('heading2:Ủy ban nhân dân xã') + 1]).toBe(`bullet:${UNIT_TASK}`);
    expect(outline).toContain('heading1:Hội đồng nhân dân xã');
    expect(saved.signature).toMatchObject({ authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', signerName: 'Đỗ Đức Úy' });
    expect(saved.meetingId).toBe(meeting.id);
    await page.screenshot({ path: `${SHOTS}conclusion-editor.png`, fullPage: true });

    // The preview is the printed page: blank number and DỰ THẢO on a draft.
    const preview = await openPreview(page);
    const numberLines = await page.getByTestId('preview-number').innerText();
    expect(numberLines).toContain('Số      -TB/ĐU');
    expect(numberLines).toContain('DỰ THẢO');
    const previewText = await preview.innerText();
    expect(previewText).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(previewText).toContain('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(previewText).toContain(`- ${UNIT_TASK}`);
    expect(previewText).toContain('III. Hội đồng nhân dân xã');
    expect(previewText).toContain('T/L BAN THƯỜNG VỤ');
    expect(previewText).toContain('- Lưu VPĐU.');
    await page.screenshot({ path: `${SHOTS}conclusion-preview.png`, fullPage: true });
    await preview.getByRole('group', { name: 'Tiêu đề văn bản' }).screenshot({ path: `${SHOTS}conclusion-preview-header.png` });

    // Issue with the date of the corpus document.
    await issueConclusion(page, '2026-05-08', '62-TB/ĐU');
    await page.getByText('Đã cấp số 62-TB/ĐU').first().waitFor();
    await page.getByRole('heading', { name: 'Thông báo kết luận số 62-TB/ĐU' }).waitFor();
    expect(await outlineEditor(page).getAttribute('contenteditable')).toBe('false');
    expect(await field(page, 'Trích yếu').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Ban hành (cấp số)' }).count()).toBe(0);
    const issued = await call(app, 'conclusions.get', { id });
    expect(issued).toMatchObject({ status: 'issued', numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08' });
    const issuedPreview = await openPreview(page);
    expect(await page.getByTestId('preview-number').innerText()).toBe('Số 62-TB/ĐU');
    expect(await issuedPreview.innerText()).toContain('Kiến Minh, ngày 08 tháng 5 năm 2026');
    await openEditorTab(page);

    // The history holds the creation and the issue.
    const drawer = await openVersionHistory(page);
    const rows = drawer.getByRole('table', { name: 'Các phiên bản' }).getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const reasons = await drawer.getByRole('table', { name: 'Các phiên bản' }).locator('tbody tr').allTextContents();
    expect(reasons.some((r) => r.includes('Tạo mới'))).toBe(true);
    expect(reasons.some((r) => r.includes('Ban hành'))).toBe(true);
    await drawer.getByRole('row', { name: /Tạo mới/ }).getByRole('button', { name: /^Xem phiên bản/ }).click();
    await drawer.getByRole('article', { name: 'Nội dung phiên bản' }).waitFor();
    // An issued document's history is for reading: nothing to restore.
    expect(await drawer.getByRole('button', { name: 'Khôi phục phiên bản này' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}conclusion-history.png` });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The list shows the number, the date and the meeting.
    await page.getByRole('link', { name: 'Danh sách kết luận' }).click();
    const row = conclusionsTable(page).getByRole('row').filter({ hasText: '62-TB/ĐU' });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('08/5/2026');
    expect(rowText).toContain('Thông báo kết luận');
    expect(rowText).toContain('Ban Thường vụ, 07/5/2026');
    await page.screenshot({ path: `${SHOTS}conclusions-list.png`, fullPage: true });
  });

  it('keeps typing when a save fails, shows why on the field, restores a version and corrects an issued document', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    const created = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'monthly' });
    await page.goto(`${app.server.url}#/conclusions/${created.id}`);
    await outlineEditor(page).waitFor();

    // Too long a trích yếu: the core refuses, the screen keeps every character and says why.
    const tooLong = `về ${'đánh giá kết quả '.repeat(130)}`;
    await field(page, 'Trích yếu').fill(tooLong);
    await page.getByRole('alert').filter({ hasText: 'Chưa lưu được' }).waitFor({ timeout: 10_000 });
    expect(await saveStatus(page).innerText()).toBe('Chưa lưu được');
    expect(await field(page, 'Trích yếu').inputValue()).toBe(tooLong);
    expect(await field(page, 'Trích yếu').getAttribute('aria-invalid')).toBe('true');
    expect((await call(app, 'conclusions.get', { id: created.id })).summary).toBe(created.summary);

    // Shortened, it saves by itself; "Lưu" keeps a version.
    await field(page, 'Trích yếu').fill('về kết quả tháng 4 và nhiệm vụ tháng 5 năm 2026');
    await waitForSaved(page);
    expect((await call(app, 'conclusions.get', { id: created.id })).summary).toBe('về kết quả tháng 4 và nhiệm vụ tháng 5 năm 2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu dự thảo').waitFor();

    // Issuing without a trích yếu is refused, and the field says so.
    await field(page, 'Trích yếu').fill('');
    await issueConclusion(page, '2026-05-08');
    await page.getByText('Nhập trích yếu (về …) trước khi ban hành', { exact: true }).waitFor();
    expect((await call(app, 'conclusions.get', { id: created.id })).status).toBe('draft');

    // Back to the version made at creation: the original trích yếu returns.
    const drawer = await openVersionHistory(page);
    await drawer.getByRole('row', { name: /Tạo mới/ }).getByRole('button', { name: /^Xem phiên bản/ }).click();
    await drawer.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
    const confirm = page.getByRole('dialog', { name: 'Khôi phục phiên bản' });
    await confirm.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => field(page, 'Trích yếu').inputValue(), { timeout: 10_000 }).toBe(created.summary);
    const versions = await call(app, 'conclusions.versions', { id: created.id });
    expect(versions.map((v) => v.reason)).toEqual(expect.arrayContaining(['create', 'manual', 'restore']));

    // Issued, then corrected: the correction is a new, editable draft.
    await issueConclusion(page, '2026-05-08');
    await page.getByText(/Đã cấp số \d+-TB\/ĐU/).first().waitFor();
    await page.getByRole('button', { name: 'Tạo bản đính chính' }).click();
    await page.waitForURL((url) => !url.hash.endsWith(created.id));
    await page.getByText('Bản đính chính').first().waitFor();
    expect(await outlineEditor(page).getAttribute('contenteditable')).toBe('true');
    const correctionId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/conclusions\//, ''));
    expect((await call(app, 'conclusions.get', { id: correctionId })).replacesId).toBe(created.id);
  });
});
