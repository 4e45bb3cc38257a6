/** The "Dữ liệu" page: Sao lưu ngay to a chosen folder, restore after a preview, check. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/backup/backup-database';
import { kienMinhMeeting } from '../support/kien-minh';
import type { E2eApp } from './support/app';
import { SHOTS, useApp } from './support/app-session';
import { call, openSection } from './support/pages';

async function openDataPage(app: E2eApp) {
  await openSection(app.page, 'Cài đặt');
  await app.page.getByRole('tab', { name: 'Dữ liệu' }).click();
  await app.page.getByRole('table', { name: 'Thông tin dữ liệu' }).waitFor();
}

describe('data page: backup, restore, check', () => {
  const app = useApp({ firstRun: true });

  it('backs up to the folder the user chose and shows the result', async () => {
    const usb = join(app.dir, 'usb');
    mkdirSync(usb);
    await openDataPage(app);
    const info = app.page.getByRole('table', { name: 'Thông tin dữ liệu' });
    await info.getByText(app.dbPath).waitFor();
    await info.getByText('Chưa có bản sao lưu nào.').waitFor();
    app.queueOpen([usb]);
    await app.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await app.page.getByText('Đã sao lưu', { exact: true }).waitFor();
    await info.getByText('Thành công, đã kiểm tra').waitFor();
    expect(readdirSync(usb).filter((n) => n.endsWith('-manual.sqlite'))).toHaveLength(1);

    await app.page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await app.page.getByText('Không phát hiện lỗi nào.').waitFor();
    await info.getByText('Không có lỗi').waitFor();
  });

  it('shows the step and a bar while "Sao lưu ngay" runs in its thread', async () => {
    const usb = join(app.dir, 'usb');
    mkdirSync(usb);
    const [task] = await call(app, 'tasks.createMany', { tasks: [{ conclusionId: null, content: 'Báo cáo kết quả kiểm tra bếp ăn', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' }] });
    const evidence = ['bien-ban.pdf', 'anh.jpg'].map((name, i) => {
      const path = join(app.dir, name);
      writeFileSync(path, Buffer.from(`minh chứng ${i} `.repeat(500)));
      return app.core.ctx.files.grant(path, 'read').handle;
    });
    await call(app, 'tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã gửi', reportDate: '2026-05-10', evidenceFiles: evidence });
    await openDataPage(app);
    // The thread's result is kept back: the backup stays running, at its last step, until released.
    const release = app.core.ctx.jobs.holdResults('backup.copyAndSeal');
    try {
      app.queueOpen([usb]);
      await app.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await app.page.getByRole('status').getByText('Đang chép tệp minh chứng: 100%').waitFor();
      const bar = app.page.getByRole('progressbar', { name: 'Đang chép tệp minh chứng' });
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');
      await app.page.screenshot({ path: `${SHOTS}backup-progress.png`, fullPage: true });
    } finally {
      release();
    }
    await app.page.getByText('Đã sao lưu', { exact: true }).waitFor();
    await app.page.getByRole('progressbar').waitFor({ state: 'detached' });
  });

  it('shows what an automatic backup holds, then restores it after backing up the current state', async () => {
    await call(app, 'meetings.create', kienMinhMeeting);
    await backupDatabase(app.core.ctx, { reason: 'daily' });
    await call(app, 'meetings.create', { ...kienMinhMeeting, date: '2026-06-04', subject: 'họp sau khi sao lưu' });
    expect((await call(app, 'meetings.list', {})).items).toHaveLength(2);

    await openDataPage(app);
    const list = app.page.getByRole('table', { name: 'Bản sao lưu tự động' });
    await list.getByText('Tự động hằng ngày').waitFor();
    await list.getByRole('button', { name: /Xem và khôi phục/ }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
    const contents = dialog.getByRole('table', { name: 'Nội dung bản sao lưu' });
    await contents.waitFor();
    expect(await contents.getByRole('row', { name: /Hội nghị/ }).innerText()).toMatch(/1$/);
    await contents.getByText('ĐẢNG ỦY XÃ KIẾN MINH').waitFor();
    await dialog.getByText(/Dữ liệu hiện tại sẽ được sao lưu trước/).waitFor();
    await dialog.getByRole('button', { name: 'Khôi phục bản này' }).click();

    await app.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    await expect.poll(async () => (await call(app, 'meetings.list', {})).items.length).toBe(1);
    const backups = readdirSync(join(app.dir, 'vpdu-files', 'backups'));
    expect(backups.some((n) => n.endsWith('-before-restore.sqlite'))).toBe(true);
    await openDataPage(app);
    await app.page.getByRole('table', { name: 'Bản sao lưu tự động' }).getByText('Trước khi khôi phục').waitFor();
    expect(existsSync(app.dbPath)).toBe(true);
  });
});
