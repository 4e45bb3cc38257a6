/**
 * Numbers that never repeat, as the clerk meets them: the import review refuses a number the
 * register already holds (message on the number field, "Lưu vào dữ liệu" disabled) until the
 * clerk corrects the number or marks the document as that entry's; a number far above the
 * register asks for confirmation; a wrong entry is corrected ("Sửa số") or cancelled ("Huỷ số")
 * in Sổ văn bản đi, with the reason and the old value in the entry's history.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberedConclusionText } from '../support/numbered-conclusions';
import { closeBrowser, startApp, type E2eApp } from './support/app';
import { field } from './support/conclusions-page';
import { openImport, pasteAndRead, reviewForm, saveButton, saveReviewed } from './support/import-page';
import { call, completeFirstRun, openSection } from './support/pages';
import { insertRow } from '../../electron/sync/changes';

const SHOTS = fileURLToPath(new URL('../../.tmp/shots/', import.meta.url));

async function importThroughCore(app: E2eApp, text: string) {
  const p = await call(app, 'import.previewText', { text });
  return call(app, 'import.save', { fields: p, sourceHash: p.source.hash, tasks: [] });
}

describe('register numbers in the import review and in Sổ văn bản đi', () => {
  let app: E2eApp;
  beforeEach(async () => {
    app = await startApp();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterEach(async () => app.close());
  afterAll(async () => closeBrowser());

  it('refuses a number already in the register until the number is right or the document is marked as that entry’s', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setNow('2026-06-15T09:00:00');
    await completeFirstRun(page);
    await importThroughCore(app, numberedConclusionText({ numberSymbol: '63-TB/ĐU', issueDate: '2026-05-20', subject: 'về công tác phòng cháy rừng mùa khô' }));

    await openImport(page);
    await pasteAndRead(page, numberedConclusionText({ numberSymbol: '63-TB/ĐU', issueDate: '2026-06-02', subject: 'về tổ chức các hoạt động hè cho thiếu nhi' }));
    const form = reviewForm(page);
    const taken = page.getByTestId('number-taken');
    await expect.poll(() => taken.innerText()).toContain('Số 63-TB/ĐU đã có trong sổ văn bản đi');
    await form.getByText('Số 63-TB/ĐU đã có trong sổ văn bản đi', { exact: true }).waitFor();
    expect(await saveButton(page).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}import-number-taken-1366.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}import-number-taken-1280.png` });

    // The clerk reads the paper again: it is 64.
    await field(page, 'Số, ký hiệu').fill('64-TB/ĐU');
    await taken.waitFor({ state: 'detached' });
    await expect.poll(() => saveButton(page).isDisabled()).toBe(false);

    // Or it really is the document of entry 63: marked, it takes that entry's place.
    await field(page, 'Số, ký hiệu').fill('63-TB/ĐU');
    await taken.waitFor();
    await expect.poll(() => saveButton(page).isDisabled()).toBe(true);
    await taken.getByLabel(/Văn bản này chính là văn bản số 63-TB\/ĐU trong sổ/).check();
    await expect.poll(() => saveButton(page).isDisabled()).toBe(false);
    await saveReviewed(page, 'Đã nhập văn bản số 63-TB/ĐU');

    const entries = (await call(app, 'register.list', {})).items;
    expect(entries.map((e) => [e.numberSymbol, e.issueDate, e.historyCount])).toEqual([['63-TB/ĐU', '2026-06-02', 1]]);
    expect((await call(app, 'conclusions.list', {})).items).toHaveLength(2);
  });

  it('asks to confirm a jump, then the clerk corrects the number and cancels another in Sổ văn bản đi', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setNow('2026-06-15T09:00:00');
    await completeFirstRun(page, undefined, { 'Thông báo (TB)': 61 });
    await importThroughCore(app, numberedConclusionText({ numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08', subject: 'về nhiệm vụ trọng tâm tháng 5' }));

    await openImport(page);
    await pasteAndRead(page, numberedConclusionText({ numberSymbol: '6300-TB/ĐU', issueDate: '2026-05-20', subject: 'về giải phóng mặt bằng đường cao tốc' }));
    const jump = page.getByTestId('number-jump');
    await expect.poll(() => jump.innerText()).toContain('Số 6300 cao hơn nhiều so với số lớn nhất đã có của loại TB (62)');
    expect(await saveButton(page).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}import-number-jump-1366.png` });
    await jump.getByLabel('Tôi đã đối chiếu với văn bản gốc: số 6300 là đúng').check();
    await saveReviewed(page, 'Đã nhập văn bản số 6300-TB/ĐU');

    // Later the clerk sees the slip in the register and corrects it.
    await openSection(page, 'Văn bản đi');
    const table = page.getByRole('table', { name: 'Sổ văn bản đi' });
    await table.getByText('6300-TB/ĐU').waitFor();
    await table.getByRole('button', { name: 'Sửa, huỷ số 6300-TB/ĐU' }).click();
    await page.getByRole('menuitem', { name: 'Sửa số' }).click();
    const renumber = page.getByRole('dialog', { name: 'Sửa số 6300-TB/ĐU' });
    await renumber.getByLabel('Số đúng').fill('62');
    await renumber.getByLabel('Lý do sửa').fill('Gõ nhầm khi nhập, văn bản gốc số 63');
    await renumber.getByRole('button', { name: 'Sửa số' }).click();
    await renumber.getByText('Số 62-TB/ĐU đã có trong sổ').waitFor();
    await renumber.getByLabel('Số đúng').fill('63');
    await renumber.getByRole('button', { name: 'Sửa số' }).click();
    await renumber.waitFor({ state: 'detached' });
    await table.getByText('63-TB/ĐU', { exact: true }).waitFor();
    await table.getByText('Đã sửa 1 lần').waitFor();
    expect(await call(app, 'register.nextNumber', { docType: 'TB' })).toMatchObject({ numberSymbol: '64-TB/ĐU' });

    // A number taken by mistake is cancelled: it stays, marked, and is not given again.
    const taken = await call(app, 'register.takeNumber', { docType: 'TB', summary: 'Thông báo lấy nhầm số', issueDate: '2026-06-15', signerName: '', recipientsText: '' });
    await openSection(page, 'Trang chủ');
    await openSection(page, 'Văn bản đi');
    await table.getByRole('button', { name: `Sửa, huỷ số ${taken.numberSymbol}` }).click();
    await page.getByRole('menuitem', { name: 'Huỷ số' }).click();
    const cancel = page.getByRole('dialog', { name: `Huỷ số ${taken.numberSymbol}` });
    await cancel.getByLabel('Lý do huỷ').fill('Lấy nhầm số, văn bản không phát hành');
    await cancel.getByRole('button', { name: 'Huỷ số' }).click();
    await cancel.waitFor({ state: 'detached' });
    await table.getByText('Đã huỷ').waitFor();
    expect(await call(app, 'register.nextNumber', { docType: 'TB' })).toMatchObject({ numberSymbol: '65-TB/ĐU' });
    await page.screenshot({ path: `${SHOTS}register-corrections-1366.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}register-corrections-1280.png` });

    await table.getByRole('button', { name: 'Sửa, huỷ số 63-TB/ĐU' }).click();
    await page.getByRole('menuitem', { name: 'Lịch sử sửa, huỷ' }).click();
    const history = page.getByRole('dialog', { name: 'Lịch sử mục 63-TB/ĐU' });
    await history.getByText('Số, ký hiệu: 6300-TB/ĐU → 63-TB/ĐU').waitFor();
    await history.getByText('Gõ nhầm khi nhập, văn bản gốc số 63').waitFor();
    await page.screenshot({ path: `${SHOTS}register-history-1280.png` });
  });

  it('makes this PC the numbering desk of a type in Settings', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await openSection(page, 'Cài đặt');
    await page.getByRole('tab', { name: 'Máy cấp số' }).click();
    const table = page.getByRole('table', { name: 'Máy cấp số theo loại văn bản' });
    await table.getByRole('switch', { name: 'Máy này cấp số Thông báo' }).click();
    await table.getByText('(máy này)').waitFor();
    expect((await call(app, 'register.desks', {})).desks.map((d) => [d.docType, d.isThisInstall])).toEqual([['TB', true]]);
    await page.screenshot({ path: `${SHOTS}settings-numbering-desk-1366.png` });
  });

  it('asks before issuing a conclusion on a PC that is not the numbering desk, and issues once the clerk confirms', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    // The office's desk for TB is another PC (its choice arrived in a package).
    insertRow(app.core.ctx, 'register_desks', { id: 'desk-TB', doc_type: 'TB', install_id: 'replica-van-thu', install_name: 'Máy văn thư' });
    await app.setNow('2026-05-12T09:00:00');
    const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank' });
    await call(app, 'conclusions.update', { id: draft.id, content: { ...draft, summary: 'về công tác chuẩn bị Tết trồng cây' } });
    await page.goto(`${app.server.url}#/conclusions/${draft.id}`);
    await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành và cấp số' });
    const warning = dialog.getByTestId('not-desk');
    await warning.getByText('Máy cấp số loại TB của văn phòng là “Máy văn thư”', { exact: false }).waitFor();
    const issue = dialog.getByRole('button', { name: 'Ban hành', exact: true });
    expect(await issue.isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}issue-not-desk-1366.png` });
    await warning.getByRole('checkbox', { name: 'Vẫn cấp số ở máy này' }).check();
    await expect.poll(() => issue.isDisabled()).toBe(false);
    await issue.click();
    await page.getByRole('heading', { name: /Thông báo kết luận số 01-TB\/ĐU/ }).waitFor();
    expect((await call(app, 'register.list', {})).items.map((e) => e.numberSymbol)).toEqual(['01-TB/ĐU']);
  });

  it('deletes a mistaken import with the meeting it made, and keeps a meeting whose minutes were edited, saying so', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setNow('2026-06-15T09:00:00');
    await completeFirstRun(page);
    const wrong = await importThroughCore(app, numberedConclusionText({ numberSymbol: '44-TB/ĐU', issueDate: '2026-05-12', subject: 'về văn bản của xã bạn nhập nhầm' }));
    const edited = await importThroughCore(app, numberedConclusionText({ numberSymbol: '45-TB/ĐU', issueDate: '2026-05-19', subject: 'về công tác chuẩn bị mùa mưa bão' }));
    const { conclusions: _c, ...meeting } = await call(app, 'meetings.get', { id: edited.meetingId! });
    await call(app, 'meetings.update', { ...meeting, place: 'Hội trường Đảng ủy xã' });

    async function deleteImported(conclusionId: string) {
      await page.goto(`${app.server.url}#/conclusions/${conclusionId}`);
      await page.getByRole('button', { name: 'Thao tác khác' }).click();
      await page.getByRole('menuitem', { name: 'Xoá văn bản nhập nhầm' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xoá văn bản nhập nhầm' });
      await dialog.getByText('Hội nghị tạo ra khi nhập văn bản này cũng được xoá', { exact: false }).waitFor();
      await dialog.getByRole('textbox', { name: 'Lý do xoá' }).fill('Văn bản của Đảng ủy xã khác');
      await dialog.getByRole('button', { name: 'Xoá văn bản' }).click();
    }

    await deleteImported(wrong.conclusionId);
    await page.getByText('Hội nghị ngày 11/5/2026 tạo ra khi nhập văn bản này cũng đã được xoá.', { exact: false }).waitFor();
    await page.waitForTimeout(800); // the notification slides in
    await page.screenshot({ path: `${SHOTS}delete-import-meeting-deleted-1366.png` });
    await deleteImported(edited.conclusionId);
    await page.getByText('Hội nghị ngày 18/5/2026 được giữ lại vì biên bản hội nghị đã được sửa sau khi nhập.', { exact: false }).waitFor();
    expect((await call(app, 'meetings.list', {})).items.map((m) => m.id)).toEqual([edited.meetingId]);
  });
});
