/**
 * Following up the tasks of the Ban Thường vụ conclusion 62-TB/ĐU of 08/5/2026 (our own fixture
 * test/fixtures/flows/tb-62-kien-minh-thang-05-2026.txt) in the UI: the tasks read from the text are
 * reviewed and assigned, progress is reported with evidence, the clock passes the deadline
 * and the tasks show as late, and the follow-up sheet is exported and read back.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHOTS, useApp } from './support/app-session';
import { chooseOption } from './support/conclusions-page';
import { call, completeFirstRun, issueKienMinhConclusion, openSection } from './support/pages';
import {
  assignAccepted,
  chooseDisplay,
  exportFollowUpSheet,
  openAssignment,
  openAssignmentAsUser,
  openExportDialog,
  openTask,
  openView,
  progressHistory,
  proposals,
  proposalsLedBy,
  recordProgress,
  tasksTable,
} from './support/tasks-page';

const ECONOMY_TASK = 'Chỉ đạo thu hoạch lúa vụ Xuân gọn, nhanh';
const NOTE = 'Đã xây dựng kế hoạch phát triển kinh tế - xã hội tháng 5, giao từng phòng chuyên môn thực hiện';

describe('tasks: assign from a conclusion and follow up', () => {
  const app = useApp();

  it('assigns the tasks of 62-TB/ĐU, records progress, shows them late after the deadline, and exports the sheet', async () => {
    const { page } = app;
    await app.setNow('2026-05-08T09:00:00');
    await completeFirstRun(page);
    const { conclusionId } = await issueKienMinhConclusion(app);

    // The review screen, reached as a clerk does: one card per task read from the text, the UBND's twelve among them.
    await openAssignmentAsUser(page, '62-TB/ĐU');
    const proposed = await call(app, 'tasks.propose', { conclusionId });
    await expect.poll(() => proposals(page).count()).toBe(proposed.length);
    await expect.poll(() => proposalsLedBy(page, 'UBND xã').count()).toBe(12);
    // The one deadline the text gives ("trong quý II năm 2026") is read and shown with its phrase.
    const quarterCard = proposals(page).filter({ hasText: 'hạn đọc từ: “trong quý II năm 2026”' });
    expect(await quarterCard.getByLabel('Thời hạn', { exact: true }).inputValue()).toBe('30/06/2026');
    // The others take the common deadline: the end of the month the conclusion was issued in.
    expect(await page.getByLabel('Thời hạn chung', { exact: true }).inputValue()).toBe('31/05/2026');
    await page.screenshot({ path: `${SHOTS}tasks-assign.png`, fullPage: false });
    await quarterCard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}tasks-assign-quarter.png`, fullPage: false });
    // Leads outside the directory keep the words of the text; matched ones show the unit only.
    const members = proposalsLedBy(page, 'Các đồng chí Ủy viên Ban Thường vụ');
    await expect.poll(() => members.count()).toBe(2);
    await members.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}tasks-assign-members.png`, fullPage: false });

    const assigned = await assignAccepted(page);
    expect(assigned).toBe(proposed.length);
    // The list opens on the conclusion's tasks.
    await expect.poll(() => tasksTable(page).getByRole('row').count()).toBe(assigned + 1);
    expect(await tasksTable(page).getByText('62-TB/ĐU', { exact: true }).count()).toBe(assigned);
    const created = await call(app, 'tasks.list', { conclusionId });
    expect(created.total).toBe(assigned);
    const ubnd = created.items.filter((t) => t.leadUnitIds.includes('seed-peoplesCommittee'));
    expect(ubnd).toHaveLength(12);
    expect(ubnd.every((t) => t.leadUnits.join('|') === 'UBND xã')).toBe(true);
    expect(created.items.filter((t) => t.leadUnitNames.includes('Các đồng chí Ủy viên Ban Thường vụ'))).toHaveLength(2);

    // One task: its source paragraph in context, and a progress report with evidence.
    await openTask(page, ECONOMY_TASK);
    await page.getByText('1. Lãnh đạo UBND xã', { exact: true }).waitFor();
    expect(await page.getByTestId('task-source-paragraph').innerText()).toContain(ECONOMY_TASK);
    const evidence = join(app.dir, 'ke-hoach-phat-trien-kt-xh-thang-5.pdf');
    writeFileSync(evidence, 'Kế hoạch phát triển kinh tế - xã hội tháng 5/2026');
    app.queueOpen([evidence]);
    await recordProgress(page, { status: 'Đang thực hiện', note: NOTE, attach: true });
    const history = progressHistory(page);
    await history.getByText('ke-hoach-phat-trien-kt-xh-thang-5.pdf').waitFor();
    // The file opens (a download in the browser transport); no fingerprint is shown to the user.
    const download = page.waitForEvent('download');
    await history.getByRole('button', { name: 'Mở tệp ke-hoach-phat-trien-kt-xh-thang-5.pdf' }).click();
    const saved = await (await download).path();
    expect(readFileSync(saved, 'utf8')).toBe('Kế hoạch phát triển kinh tế - xã hội tháng 5/2026');
    const sha = createHash('sha256').update(readFileSync(evidence)).digest('hex');
    expect(await history.innerText()).not.toContain(sha.slice(0, 8));
    expect(await history.getByText('Đang thực hiện', { exact: true }).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}tasks-detail.png`, fullPage: true });

    // Past the deadline of 31/5: the May tasks are late, the "quý II" one is not.
    await app.setNow('2026-06-10T09:00:00');
    await page.reload();
    await openSection(page, 'Nhiệm vụ');
    await openView(page, 'Quá hạn');
    const late = (await call(app, 'tasks.counters', {})).overdue;
    expect(late).toBe(assigned - 1);
    await expect.poll(() => tasksTable(page).getByRole('row').count()).toBe(late + 1);
    // How late, in days: 31/5 to 10/6.
    expect(await tasksTable(page).getByText('Quá hạn 10 ngày', { exact: true }).count()).toBe(late);
    expect(await tasksTable(page).getByText('31/5/2026', { exact: true }).count()).toBe(late);
    await expect.poll(() => tasksTable(page).getByText('Tiến độ: ' + NOTE).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}tasks-list-overdue.png`, fullPage: false });

    // The calendar: June opens (today), May holds the late tasks on the 31st.
    await chooseDisplay(page, 'Lịch');
    await page.getByRole('heading', { name: 'Tháng 6 năm 2026' }).waitFor();
    await page.getByRole('button', { name: 'Tháng trước' }).click();
    await page.getByRole('heading', { name: 'Tháng 5 năm 2026' }).waitFor();
    await page.getByLabel(`Ngày 31: ${late} nhiệm vụ, ${late} quá hạn`).waitFor();
    await page.screenshot({ path: `${SHOTS}tasks-calendar.png`, fullPage: true });

    // Per unit: the UBND leads twelve open tasks, all late but the "quý II" one; choosing it lists them.
    await chooseDisplay(page, 'Theo đơn vị');
    const unitsTable = page.getByRole('table', { name: 'Nhiệm vụ theo đơn vị' });
    await expect.poll(() => unitsTable.getByRole('row', { name: /UBND xã/ }).innerText()).toMatch(/UBND xã\s+12\s+11/);
    await page.screenshot({ path: `${SHOTS}tasks-by-unit.png`, fullPage: false });
    await unitsTable.getByRole('button', { name: 'UBND xã' }).click();
    await expect.poll(() => tasksTable(page).getByRole('row').count()).toBe(13);

    // The follow-up sheet as Excel, through the Save dialog; its cells read back.
    await chooseDisplay(page, 'Danh sách');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await openExportDialog(page);
    await page.screenshot({ path: `${SHOTS}tasks-export.png`, fullPage: false });
    const savedPath = await exportFollowUpSheet(page, 'Excel (.xlsx)');
    const files = readdirSync(app.saveDir).filter((f) => f.endsWith('.xlsx'));
    expect(files).toHaveLength(1);
    expect(savedPath).toBe(join(app.saveDir, files[0]!));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(savedPath);
    const ws = wb.worksheets[0]!;
    const header = ws.getRow(5).values as unknown[];
    expect(header).toContain('Nội dung nhiệm vụ');
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 5) rows.push(row.values as unknown[]);
    });
    expect(rows).toHaveLength(assigned);
    const reported = rows.find((r) => String(r[2]).startsWith(ECONOMY_TASK));
    // Columns: STT, task, conclusion number, its date, lead, supporting, deadline, status, progress.
    expect(reported?.[3]).toBe('62-TB/ĐU');
    expect(reported?.[4]).toEqual(new Date(Date.UTC(2026, 4, 8)));
    expect(reported?.[5]).toBe('UBND xã');
    // Reported under way, but past 31/5: the sheet says both.
    expect(reported?.[8]).toBe('Đang thực hiện (quá hạn)');
    expect(reported?.[9]).toBe(NOTE);
  });

  it('adds a task by hand from a paragraph, edits one and deletes one', async () => {
    const { page } = app;
    await app.setNow('2026-05-08T09:00:00');
    await completeFirstRun(page);
    const { conclusionId } = await issueKienMinhConclusion(app);
    const proposed = await call(app, 'tasks.propose', { conclusionId });
    await call(app, 'tasks.createMany', {
      tasks: proposed.map((p) => ({ conclusionId, content: p.content, leadUnitIds: p.leadUnitIds, dueDate: '2026-05-31', sourceBlockId: p.sourceBlockId, sourceSection: p.sourceSection })),
    });

    // Assigned already: nothing is pre-selected, so nothing is assigned twice.
    await openAssignment(page, app.server.url, conclusionId);
    await page.getByText(`${proposed.length} đoạn của kết luận này đã được giao trước đây`).waitFor();
    expect(await page.getByRole('button', { name: 'Giao 0 nhiệm vụ' }).isDisabled()).toBe(true);
    // By hand, from the office's paragraph about following this conclusion up.
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const manual = proposals(page).last();
    await chooseOption(page, 'Đoạn trong kết luận', /^- Theo dõi, đôn đốc việc thực hiện Kết luận này/);
    expect(await manual.getByLabel('Nội dung nhiệm vụ', { exact: true }).inputValue()).toMatch(/^Theo dõi, đôn đốc việc thực hiện Kết luận này/);
    await manual.getByRole('textbox', { name: 'Thời hạn' }).fill('2026-05-15');
    await assignAccepted(page);
    const byHand = (await call(app, 'tasks.list', { conclusionId, to: '2026-05-15' })).items;
    expect(byHand).toHaveLength(1);
    expect(byHand[0]).toMatchObject({ sourceSection: '3.3.', dueDate: '2026-05-15' });

    // Edit: the member of the Standing Committee who answers for it. The same words were also
    // assigned by the rules (due 31/5); the list puts the nearest deadline, this one, first.
    await openTask(page, 'Theo dõi, đôn đốc việc thực hiện Kết luận này');
    await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    const editor = page.getByRole('dialog', { name: 'Sửa nhiệm vụ' });
    await editor.getByLabel('Ủy viên Ban Thường vụ phụ trách').fill('Vũ Bình Dương');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByText('Vũ Bình Dương', { exact: true }).waitFor();
    expect((await call(app, 'tasks.get', { id: byHand[0]!.id })).responsibleMember).toBe('Vũ Bình Dương');

    // Delete, after confirming.
    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByRole('dialog', { name: 'Xóa nhiệm vụ' }).getByRole('button', { name: 'Xóa nhiệm vụ' }).click();
    await tasksTable(page).waitFor();
    await expect.poll(async () => (await call(app, 'tasks.list', { conclusionId })).total).toBe(proposed.length);
  });
});
