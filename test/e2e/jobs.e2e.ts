/**
 * Long jobs as the clerk sees them: the register export shows its step and bar while its
 * thread writes, and a "Sao lưu ngay" to a USB folder can be stopped with "Huỷ" — the window
 * says "Đã huỷ", not an error, and nothing is left on the stick.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STEP_COPY } from '../../electron/backup/backup-database';
import { JobPool } from '../../electron/jobs/job-pool';
import { FLOW_FILES } from '../support/corpus';
import { SHOTS, useApp } from './support/app-session';
import { animationsFinished, call, issueKienMinhConclusion, openSection } from './support/pages';
import { chooseFolder, openImport, resultsWithStatus, startBatch, waitForBatch } from './support/import-page';
import { openView } from './support/tasks-page';

const slowThread = fileURLToPath(new URL('../support/slow-job-thread.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

describe('the register export shows its progress', () => {
  const app = useApp({ firstRun: true });

  it('"Xuất sổ" to Excel: the step and the bar float at the bottom right while the file is written, with "Huỷ"', async () => {
    const { page } = app;
    await openSection(page, 'Văn bản đi');
    // The thread's result is kept back: the export stays running, at its last step, until released.
    const release = app.core.ctx.jobs.holdResults('table.writeXlsx');
    try {
      await page.getByRole('button', { name: 'Xuất sổ' }).click();
      await page.getByRole('menuitem', { name: /Excel/ }).click();
      const notice = page.getByRole('region', { name: 'Công việc đang chạy' });
      await notice.getByRole('status').getByText('Đang ghi tệp: 100%').waitFor();
      expect(await notice.getByRole('progressbar', { name: 'Đang ghi tệp' }).getAttribute('aria-valuenow')).toBe('100');
      await notice.getByRole('button', { name: 'Huỷ' }).waitFor();
      for (const [width, height] of [
        [1366, 768],
        [1280, 720],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `${SHOTS}register-export-progress-${width}.png` });
      }
    } finally {
      release();
    }
    await page.getByText('Đã xuất sổ văn bản đi').waitFor();
    await page.getByRole('region', { name: 'Công việc đang chạy' }).waitFor({ state: 'detached' });
    expect(readdirSync(app.saveDir).filter((f) => /^so-van-ban-di_.*\.xlsx$/u.test(f))).toHaveLength(1);
  });
});

describe('the conclusion and minutes DOCX exports show their progress', () => {
  const app = useApp({ firstRun: true });

  it('"Xuất văn bản Word" and "Xuất biên bản": the floating step while the thread writes, gone once saved', async () => {
    const { page } = app;
    const { meetingId, conclusionId } = await issueKienMinhConclusion(app, { body: 'template' });
    const notice = page.getByRole('region', { name: 'Công việc đang chạy' });
    for (const screen of ['conclusion', 'minutes'] as const) {
      const release = app.core.ctx.jobs.holdResults('document.writeDocx');
      try {
        if (screen === 'conclusion') {
          await page.goto(`${app.server.url}/#/conclusions/${conclusionId}`);
          await page.getByRole('button', { name: 'Thao tác khác' }).click();
          await page.getByRole('menuitem', { name: /Xuất văn bản Word/ }).click();
        } else {
          await page.goto(`${app.server.url}/#/meetings/${meetingId}`);
          await page.getByRole('button', { name: 'Xuất biên bản (.docx)' }).click();
        }
        await notice.getByRole('status').getByText('Đang ghi tệp: 100%').waitFor();
        await notice.getByRole('button', { name: 'Huỷ' }).waitFor();
        await page.screenshot({ path: `${SHOTS}${screen}-docx-progress.png` });
      } finally {
        release();
      }
      await page.getByText(screen === 'conclusion' ? 'Đã xuất văn bản' : 'Đã xuất biên bản', { exact: true }).waitFor();
      await notice.waitFor({ state: 'detached' });
    }
    expect(readdirSync(app.saveDir).filter((f) => f.endsWith('.docx'))).toHaveLength(2);
  });
});

describe('"Huỷ" on the file in hand of a folder import', () => {
  const app = useApp({ firstRun: true });

  it('skips that file, says so, and the batch goes on with the next', async () => {
    const { page } = app;
    const folder = join(app.dir, 'luu-tru-ket-luan');
    mkdirSync(folder);
    const [first, second] = FLOW_FILES;
    for (const f of [first!, second!]) copyFileSync(join(f.dir, f.name), join(folder, f.name));
    await openImport(page);
    app.queueOpen([folder]);
    await chooseFolder(page);
    // The readings' results are kept back: the first file stays "being read" until "Huỷ".
    const release = app.core.ctx.jobs.holdResults('import.readFile');
    try {
      await startBatch(page, 'Nhập ngay, nhận mọi nhiệm vụ đề xuất');
      const panel = page.getByRole('region', { name: 'Tiến độ nhập hàng loạt' });
      await panel.getByLabel('Tiến độ công việc').getByRole('button', { name: 'Huỷ' }).click();
      await resultsWithStatus(page, 'Bỏ qua').getByText('Đã huỷ đọc tệp này; tệp chưa được nhập.').waitFor();
    } finally {
      release();
    }
    await waitForBatch(page, 2);
    expect(await resultsWithStatus(page, 'Bỏ qua').count()).toBe(1);
    expect(await resultsWithStatus(page, 'Đã nhập').count()).toBe(1);
    expect((await call(app, 'conclusions.list', {})).items).toHaveLength(1);
    expect(await page.getByText('Không thực hiện được').count()).toBe(0);
  });
});

describe('"Huỷ" on a Công văn đôn đốc while it renders', () => {
  const app = useApp({ firstRun: true });

  it('shows the step in the dialog; cancelled, no CV number is taken and no file is written', async () => {
    const { page } = app;
    await app.setNow('2026-04-01T09:00:00');
    await call(app, 'tasks.createMany', {
      tasks: [{ conclusionId: null, content: 'Giải phóng mặt bằng tuyến đường liên thôn', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-31' }],
    });
    await app.setNow('2026-06-10T09:00:00');
    await openSection(page, 'Nhiệm vụ');
    await openView(page, 'Quá hạn');
    await page.getByRole('button', { name: 'Công văn đôn đốc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công văn đôn đốc' });
    await dialog.getByText('1 nhiệm vụ').waitFor();
    // The rendered letter is kept back: its job is still running, its number not yet taken.
    const release = app.core.ctx.jobs.holdResults('document.renderDocx');
    try {
      await dialog.getByRole('button', { name: 'Tạo công văn đôn đốc UBND xã' }).click();
      const progress = dialog.getByLabel('Tiến độ công việc');
      await progress.getByRole('status').getByText('Đang tạo tệp DOCX…').waitFor();
      await page.screenshot({ path: `${SHOTS}reminder-progress.png` });
      await progress.getByRole('button', { name: 'Huỷ' }).click();
      await page.getByText('Đã huỷ', { exact: true }).waitFor();
      await progress.waitFor({ state: 'detached' });
    } finally {
      release();
    }
    expect(readdirSync(app.saveDir)).toEqual([]);
    expect((await call(app, 'register.list', { docType: 'CV' })).items).toEqual([]);
    // Made again, it takes the first number: the cancelled one used none.
    await dialog.getByRole('button', { name: 'Tạo công văn đôn đốc UBND xã' }).click();
    await page.getByText('Đã tạo công văn đôn đốc số 01-CV/ĐU').waitFor();
  });
});

describe('"Huỷ" stops a backup to a USB folder', () => {
  // The copy parks at each page step once started (60 s): it stays running until "Huỷ".
  const app = useApp({
    firstRun: true,
    jobs: () => new JobPool({ size: 1, entry: { file: slowThread, execArgv: ['--import', tsxLoader], workerData: { slowStep: STEP_COPY, sleepMs: 60_000, fromDone: 1 } } }),
  });

  it('shows "Đã huỷ", leaves no file on the stick and records no failed backup', async () => {
    const { page } = app;
    // A few MB, so the copy takes more than one step.
    app.core.ctx.sqlite.exec('CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(2000) FROM n');
    const usb = join(app.dir, 'usb');
    mkdirSync(usb);
    await openSection(page, 'Cài đặt');
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    const info = page.getByRole('table', { name: 'Thông tin dữ liệu' });
    await info.getByText('Chưa có bản sao lưu nào.').waitFor();

    app.queueOpen([usb]);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const progress = page.getByLabel('Tiến độ công việc');
    await progress.getByRole('status').getByText(/^Đang sao chép dữ liệu/).waitFor();
    await expect.poll(() => readdirSync(usb).some((n) => n.endsWith('.partial'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}backup-cancel.png` });
    await progress.getByRole('button', { name: 'Huỷ' }).click();

    await page.getByText('Đã huỷ', { exact: true }).waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}backup-cancelled.png` });
    expect(await page.getByText('Không thực hiện được').count()).toBe(0);
    await progress.waitFor({ state: 'detached' });
    expect(readdirSync(usb)).toEqual([]);
    await info.getByText('Chưa có bản sao lưu nào.').waitFor();
    // The stopped thread was replaced: the full check runs on a new one.
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByText('Không phát hiện lỗi nào.').waitFor();
  });
});
