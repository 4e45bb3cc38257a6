/**
 * Bringing the office's existing conclusions in: the Ban Thường vụ conclusion 62-TB/ĐU of
 * 08/5/2026 (our own fixture test/fixtures/flows/tb-62-kien-minh-thang-05-2026.txt) is pasted,
 * reviewed beside its source text and saved as an issued, imported record with its tasks;
 * pasted a second time it is recognised as a duplicate; then a folder of conclusions plus a broken
 * Word file goes in as a batch, where the duplicate is skipped and the broken file reported
 * without stopping the rest.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conclusionSetDir, FLOW_FILES, fixturesDir, fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { encodeSingleByte, unicodeToTcvn3 } from '../../electron/import/legacy-encoding';
import { SHOTS, useApp } from './support/app-session';
import { field } from './support/conclusions-page';
import {
  batchProgress,
  batchResults,
  chooseFiles,
  chooseFolder,
  duplicateAlert,
  importedLink,
  openImport,
  outlineTree,
  pasteAndRead,
  proposedTasks,
  proposedTasksLedBy,
  resultsWithStatus,
  reviewForm,
  saveButton,
  saveReviewed,
  skipReviewed,
  sourcePane,
  startBatch,
  waitForBatch,
} from './support/import-page';
import { call, completeFirstRun } from './support/pages';

describe('import: existing conclusions become records', () => {
  const app = useApp();

  it('imports pasted text after review, refuses it twice, and takes a folder as a batch', async () => {
    const { page } = app;
    await app.setNow('2026-05-20T09:00:00');
    await completeFirstRun(page);
    await openImport(page);
    await page.screenshot({ path: `${SHOTS}import-start.png`, fullPage: false });

    // (a) Pasted text: the review screen shows what was read, beside the source.
    const text = fixtureText(KIEN_MINH_FILE);
    await pasteAndRead(page, text);
    expect(await field(page, 'Số, ký hiệu').inputValue()).toBe('62-TB/ĐU');
    expect(await field(page, 'Ngày ban hành').inputValue()).toBe('08/05/2026');
    expect(await field(page, 'Người ký').inputValue()).toBe('Đỗ Đức Úy');
    expect(await field(page, 'Người chủ trì').inputValue()).toBe('Vũ Bình Dương');
    expect(await page.getByRole('combobox', { name: 'Cơ quan họp', exact: true }).inputValue()).toBe('Ban Thường vụ');
    expect(await page.getByRole('combobox', { name: 'Thể thức ký', exact: true }).inputValue()).toMatch(/^T\/L/);
    expect(await field(page, 'Nơi nhận').inputValue()).toContain('Ban Thường vụ Thành ủy (để báo cáo)');
    expect(await sourcePane(page).innerText()).toContain('Kiến Minh, ngày 08 tháng 05 năm 2026');
    expect(await page.getByTestId('encoding-note').innerText()).toBe('Bảng mã Unicode (UTF-8)');
    await outlineTree(page).getByText('Phương hướng, nhiệm vụ trọng tâm tháng 5 năm 2026').waitFor();
    const proposed = await proposedTasks(page).count();
    expect(proposed).toBeGreaterThan(12);
    expect(await proposedTasksLedBy(page, 'UBND xã').count()).toBe(12);
    await page.screenshot({ path: `${SHOTS}import-review.png`, fullPage: false });
    await page.getByRole('region', { name: 'Hội nghị' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}import-review-structure.png`, fullPage: false });
    await page.getByRole('region', { name: 'Nơi nhận và chữ ký' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}import-review-closing.png`, fullPage: false });
    await page.getByRole('region', { name: 'Nhiệm vụ đề xuất' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}import-review-tasks.png`, fullPage: false });

    // One proposal left out, one deadline set by hand.
    await proposedTasks(page).last().getByRole('checkbox').uncheck();
    await proposedTasks(page).first().getByLabel('Thời hạn nhiệm vụ 1').fill('2026-05-31');
    const notice = await saveReviewed(page, `Đã nhập văn bản số 62-TB/ĐU và ${proposed - 1} nhiệm vụ.`);

    const conclusions = (await call(app, 'conclusions.list', {})).items;
    expect(conclusions).toHaveLength(1);
    const saved = conclusions[0]!;
    expect(saved).toMatchObject({ numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08', status: 'issued', imported: true });
    expect(await importedLink(notice).getAttribute('href')).toBe(`#/conclusions/${saved.id}`);
    const tasks = await call(app, 'tasks.list', { conclusionId: saved.id });
    expect(tasks.total).toBe(proposed - 1);
    expect(tasks.items.filter((t) => t.leadUnitIds.includes('seed-peoplesCommittee'))).toHaveLength(12);
    expect(tasks.items.filter((t) => t.dueDate === '2026-05-31').length).toBeGreaterThan(0);
    const full = await call(app, 'conclusions.get', { id: saved.id });
    expect(full.signature.signerName).toBe('Đỗ Đức Úy');

    // (b) The same text again: recognised as already in the data; saving is not offered.
    await pasteAndRead(page, text);
    await duplicateAlert(page).getByText(/Cùng nội dung với văn bản đã nhập trước đây/).waitFor();
    expect(await duplicateAlert(page).innerText()).toContain('62-TB/ĐU');
    expect(await saveButton(page).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}import-duplicate.png`, fullPage: false });
    await duplicateAlert(page).getByRole('button', { name: 'Bỏ qua' }).click();
    await page.getByRole('button', { name: 'Chọn thư mục' }).waitFor();
    expect((await call(app, 'conclusions.list', {})).items).toHaveLength(1);

    // (c) A folder: three conclusions (one already imported) and a broken Word file, imported at once.
    const folder = join(app.dir, 'luu-tru-ket-luan');
    mkdirSync(folder);
    for (const f of FLOW_FILES) copyFileSync(join(f.dir, f.name), join(folder, f.name));
    writeFileSync(join(folder, 'hong.docx'), 'không phải tệp Word');
    app.queueOpen([folder]);
    const queue = await chooseFolder(page);
    await queue.getByRole('heading', { name: 'Đã chọn 4 tệp' }).waitFor();
    await page.screenshot({ path: `${SHOTS}import-queue.png`, fullPage: false });
    await startBatch(page, 'Nhập ngay, nhận mọi nhiệm vụ đề xuất');
    await waitForBatch(page, 4);
    expect(await batchProgress(page).getAttribute('aria-valuenow')).toBe('100');
    expect(await batchResults(page).count()).toBe(4);
    expect(await resultsWithStatus(page, 'Đã nhập').count()).toBe(2);
    const duplicate = resultsWithStatus(page, 'Trùng — bỏ qua');
    expect(await duplicate.count()).toBe(1);
    expect(await duplicate.innerText()).toContain(KIEN_MINH_FILE);
    const failed = resultsWithStatus(page, 'Lỗi');
    expect(await failed.count()).toBe(1);
    expect(await failed.innerText()).toContain('hong.docx');
    expect(await failed.innerText()).toContain('Tệp không phải văn bản Word (.docx) hợp lệ.');
    expect(await page.getByTestId('batch-summary').innerText()).toBe('Đã nhập 2, trùng 1, lỗi 1');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}import-batch.png`, fullPage: true });

    const all = (await call(app, 'conclusions.list', {})).items;
    expect(all).toHaveLength(3);
    expect(all.every((c) => c.imported && c.status === 'issued')).toBe(true);
    const batchTasks = await call(app, 'tasks.list', {});
    expect(batchTasks.total).toBeGreaterThan(proposed - 1);
  });

  it('reads a TCVN3 file chosen on its own, and reviews a batch of chosen files one by one', async () => {
    const { page } = app;
    await app.setNow('2026-07-20T09:00:00');
    await completeFirstRun(page);
    await openImport(page);

    // A file from the old archive, typed with the ABC fonts: converted, and the user is told.
    const legacy = join(app.dir, 'ket-luan-45-KL-HU-abc.txt');
    writeFileSync(legacy, encodeSingleByte(unicodeToTcvn3(readFileSync(join(conclusionSetDir, '03-huyen-uy-can-loc-ha-tinh-2024.txt'), 'utf8'))));
    app.queueOpen([legacy]);
    await chooseFiles(page);
    await reviewForm(page).waitFor();
    expect(await page.getByTestId('encoding-note').innerText()).toBe('Đã chuyển từ bảng mã TCVN3 sang Unicode');
    expect(await sourcePane(page).innerText()).toContain('về tiến độ xây dựng nông thôn mới nâng cao, kiểu mẫu năm 2024');
    expect(await field(page, 'Người chủ trì').inputValue()).toBe('Trần Quốc Khánh');
    await page.screenshot({ path: `${SHOTS}import-review-tcvn3.png`, fullPage: false });
    const legacyTasks = await proposedTasks(page).count();
    await saveReviewed(page, `Đã nhập văn bản số 45-KL/HU và ${legacyTasks} nhiệm vụ.`);

    // Two files chosen together, reviewed in turn: the first saved without its tasks, the second skipped.
    const first = '02-bch-xa-dien-chau-nghe-an-2026.txt';
    const chosen = [join(conclusionSetDir, first), join(fixturesDir, KIEN_MINH_FILE)];
    app.queueOpen(chosen);
    await chooseFiles(page);
    await page.getByRole('region', { name: 'Hàng đợi nhập' }).getByRole('heading', { name: 'Đã chọn 2 tệp' }).waitFor();
    await startBatch(page, 'Xem lại từng văn bản');
    await page.getByRole('heading', { name: `Xem lại văn bản 1/2: ${first}` }).waitFor();
    await page.getByRole('checkbox', { name: 'Nhận tất cả nhiệm vụ đề xuất' }).uncheck();
    await saveButton(page).click();
    await page.getByRole('heading', { name: `Xem lại văn bản 2/2: ${KIEN_MINH_FILE}` }).waitFor();
    expect(await page.getByTestId('batch-last').innerText()).toBe(
      `Vừa xong ${first}: Đã nhập — Đã nhập văn bản số 08-KL/ĐU, không nhận nhiệm vụ nào.`,
    );
    await page.screenshot({ path: `${SHOTS}import-batch-review.png`, fullPage: false });
    expect(await field(page, 'Số, ký hiệu').inputValue()).toBe('62-TB/ĐU');
    await skipReviewed(page);
    await waitForBatch(page, 2);
    expect(await resultsWithStatus(page, 'Đã nhập').count()).toBe(1);
    expect(await resultsWithStatus(page, 'Bỏ qua').innerText()).toContain(KIEN_MINH_FILE);
    expect(await page.getByTestId('batch-summary').innerText()).toBe('Đã nhập 1, trùng 0, lỗi 0, bỏ qua 1');

    const all = (await call(app, 'conclusions.list', {})).items;
    expect(all).toHaveLength(2);
    expect(all.some((c) => c.numberSymbol === '62-TB/ĐU')).toBe(false);
    expect((await call(app, 'tasks.list', {})).total).toBe(legacyTasks);
  });
});
