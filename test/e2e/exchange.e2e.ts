/**
 * Two installs in one test (two cores on two databases, one Chromium): the office exports a
 * package through the screen; the unit previews it, compares the fingerprint, trusts, imports
 * and sees the conclusion and its task; the unit records progress and sends a package back;
 * the office sees that progress in its follow-up view.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eApp } from './support/app';
import { SHOTS, useApps } from './support/app-session';
import { call, issueKienMinhConclusion, openSection } from './support/pages';
import { openTask, progressHistory, tasksTable } from './support/tasks-page';
import { sampleProfile } from '../support/core-harness';

const TASK = 'Rà soát, lập danh sách đất công do UBND xã quản lý';

async function openExchange(page: Page, tab: string): Promise<void> {
  await openSection(page, 'Trao đổi dữ liệu');
  await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
}

async function makePackage(app: E2eApp, target: string): Promise<string> {
  await openExchange(app.page, 'Tạo gói dữ liệu');
  await app.page.getByRole('radio', { name: target }).check();
  await app.page.getByRole('button', { name: 'Tạo gói dữ liệu…' }).click();
  await app.page.getByText('Đã lưu gói').waitFor();
  const files = readdirSync(app.saveDir).filter((f) => f.endsWith('.vpdu'));
  return join(app.saveDir, files.sort().at(-1) as string);
}

/** Chooses the file, compares and trusts the sender when asked, and imports. */
async function receivePackage(app: E2eApp, path: string, shot?: string): Promise<void> {
  await openExchange(app.page, 'Nhận gói dữ liệu');
  app.queueOpen([path]);
  await app.page.getByRole('button', { name: 'Chọn gói dữ liệu (.vpdu)…' }).click();
  const trustButton = app.page.getByRole('button', { name: 'Tin cậy máy này' });
  const receive = app.page.getByRole('button', { name: 'Nhận gói dữ liệu', exact: true });
  await Promise.race([trustButton.waitFor(), receive.waitFor()]);
  if (await trustButton.isVisible()) {
    expect(await app.page.getByLabel('Dấu vân tay của máy gửi').textContent()).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(await trustButton.isDisabled()).toBe(true);
    if (shot) await app.page.screenshot({ path: join(SHOTS, `${shot}-trust.png`) });
    await app.page.getByLabel('Tôi đã đối chiếu: dấu vân tay trùng khớp từng nhóm số').check();
    await trustButton.click();
  }
  await receive.waitFor();
  await app.page.getByRole('table', { name: 'Những gì gói sẽ thay đổi' }).waitFor();
  if (shot) await app.page.screenshot({ path: join(SHOTS, `${shot}-preview.png`) });
  await receive.click();
  await app.page.getByText('Đã nhận gói dữ liệu', { exact: true }).waitFor();
}

describe('exchange between two installs through the screens', () => {
  const installs = useApps();

  it('office → unit → office: the conclusion and its task go out, the progress comes back', async () => {
    const office = await installs.start();
    const unit = await installs.start();
    for (const app of [office, unit]) {
      await app.setNow('2026-05-08T09:00:00');
      await call(app, 'profile.save', sampleProfile);
      await app.page.setViewportSize({ width: 1366, height: 768 });
      await app.page.reload();
    }
    const { conclusionId } = await issueKienMinhConclusion(office, { body: 'template' });
    const units = await call(office, 'units.list', {});
    const ubnd = units.find((u) => u.shortName === 'UBND xã') ?? units[0];
    await call(office, 'tasks.createMany', { tasks: [{ conclusionId, content: TASK, leadUnitIds: [ubnd!.id], dueDate: '2026-05-30' }] });

    const first = await makePackage(office, 'Tất cả dữ liệu');
    await office.page.screenshot({ path: join(SHOTS, 'exchange-export.png') });
    await receivePackage(unit, first, 'exchange-unit');
    await unit.page.screenshot({ path: join(SHOTS, 'exchange-received.png') });

    // The unit sees the issued conclusion and the task assigned to it.
    await openSection(unit.page, 'Kết luận');
    await unit.page.getByText('62-TB/ĐU').first().waitFor();
    await openSection(unit.page, 'Nhiệm vụ');
    await tasksTable(unit.page).getByRole('link', { name: TASK }).first().waitFor();

    // The unit records progress and sends it back to the office (now a trusted install).
    await unit.setNow('2026-05-20T15:00:00');
    const task = (await call(unit, 'tasks.list', { view: 'all' })).items[0];
    await call(unit, 'tasks.recordProgress', { taskId: task!.id, status: 'done', note: 'Đã lập danh sách 12 thửa đất công' });
    const back = await makePackage(unit, (await call(office, 'exchange.overview', {})).identity.name);
    await receivePackage(office, back);

    await openSection(office.page, 'Nhiệm vụ');
    await openTask(office.page, TASK);
    expect(await progressHistory(office.page).textContent()).toContain('Đã lập danh sách 12 thửa đất công');

    await openExchange(office.page, 'Lịch sử gói');
    await office.page.getByRole('table', { name: 'Lịch sử gói dữ liệu' }).getByText('Nhận gói').waitFor();
    await office.page.screenshot({ path: join(SHOTS, 'exchange-history.png') });
    await openExchange(office.page, 'Máy đã tin cậy');
    await office.page.screenshot({ path: join(SHOTS, 'exchange-installs.png') });
  }, 180_000);

  it('a package of only what concerns one unit: chosen in the export form, the unit gets its task and not the others, its progress comes back', async () => {
    const office = await installs.start();
    const unit = await installs.start();
    for (const app of [office, unit]) {
      await app.setNow('2026-05-08T09:00:00');
      await call(app, 'profile.save', sampleProfile);
      await app.page.setViewportSize({ width: 1366, height: 768 });
      await app.page.reload();
    }
    const { conclusionId } = await issueKienMinhConclusion(office, { body: 'template' });
    await call(office, 'tasks.createMany', {
      tasks: [
        { conclusionId, content: TASK, leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-30' },
        { conclusionId, content: 'Vận động nhân dân hiến đất làm đường', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-06-30' },
      ],
    });

    await openExchange(office.page, 'Tạo gói dữ liệu');
    await office.page.getByRole('radio', { name: 'Chỉ những gì liên quan đến một đơn vị' }).check();
    await office.page.getByPlaceholder('Chọn đơn vị').click();
    await office.page.getByRole('option', { name: 'UBND xã', exact: true }).click();
    await office.page.screenshot({ path: join(SHOTS, 'exchange-export-unit.png') });
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu…' }).click();
    await office.page.getByText('Đã lưu gói').waitFor();
    expect(await office.page.getByText(/bản ghi của đơn vị/).first().textContent()).toBeTruthy();
    const scoped = join(office.saveDir, readdirSync(office.saveDir).filter((f) => f.endsWith('.vpdu')).sort().at(-1) as string);

    await receivePackage(unit, scoped, 'exchange-scoped');
    const tasks = (await call(unit, 'tasks.list', { view: 'all' })).items;
    expect(tasks.map((t) => t.content)).toEqual([TASK]);

    await unit.setNow('2026-05-20T15:00:00');
    await call(unit, 'tasks.recordProgress', { taskId: tasks[0]!.id, status: 'done', note: 'Đã lập danh sách 12 thửa đất công' });
    const back = await makePackage(unit, (await call(office, 'exchange.overview', {})).identity.name);
    await receivePackage(office, back);
    await openSection(office.page, 'Nhiệm vụ');
    await openTask(office.page, TASK);
    expect(await progressHistory(office.page).textContent()).toContain('Đã lập danh sách 12 thửa đất công');

    // Now that the office trusts the unit's PC, the next unit package is sealed for that PC.
    const unitName = (await call(unit, 'exchange.overview', {})).identity.name;
    await call(office, 'tasks.createMany', { tasks: [{ conclusionId, content: 'Rà soát hồ sơ đất công', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-07-30' }] });
    await openExchange(office.page, 'Tạo gói dữ liệu');
    await office.page.getByRole('radio', { name: 'Chỉ những gì liên quan đến một đơn vị' }).check();
    await office.page.getByPlaceholder('Chọn đơn vị').click();
    await office.page.getByRole('option', { name: 'UBND xã', exact: true }).click();
    await office.page.getByPlaceholder('Chưa có máy tin cậy (dùng mật khẩu)').click();
    await office.page.getByRole('option', { name: new RegExp(`^${unitName} `) }).click();
    await expect.poll(() => office.page.getByLabel(/Mật khẩu bảo vệ gói/).count()).toBe(0);
    await office.page.screenshot({ path: join(SHOTS, 'exchange-export-unit-sealed.png') });
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu…' }).click();
    await office.page.getByText(`Gói được mã hóa, chỉ "${unitName}" mở được.`, { exact: false }).waitFor();
    const sealed = join(office.saveDir, readdirSync(office.saveDir).filter((f) => f.endsWith('.vpdu')).sort().at(-1) as string);
    await receivePackage(unit, sealed);
    expect((await call(unit, 'tasks.list', { view: 'all' })).items.map((t) => t.content).sort()).toEqual(['Rà soát hồ sơ đất công', TASK].sort());
  }, 180_000);

  it('a package double-clicked in Explorer opens its preview; the user trusts and receives it there', async () => {
    const office = await installs.start();
    const unit = await installs.start();
    await office.setNow('2026-05-08T09:00:00');
    await call(office, 'profile.save', sampleProfile);
    const meeting = await call(office, 'meetings.create', { body: 'standingCommittee', kind: 'conference', subject: 'Hội nghị giao ban tháng 5', date: '2026-05-07' });
    await call(unit, 'profile.save', sampleProfile);
    await unit.page.reload();
    await unit.page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    const made = await call(office, 'exchange.export', { scope: 'all', peerInstallId: null, passphrase: null, target: office.core.ctx.files.grant(join(office.saveDir, 'goi-van-phong.vpdu'), 'write').handle });
    expect(made.path).toBeTruthy();

    // What the shell does with a .vpdu on the command line (first or second instance).
    unit.core.ctx.openedFiles.add(made.path as string);
    await unit.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => unit.page.evaluate(() => window.location.hash)).toMatch(/^#\/exchange\/preview\?file=fh_[0-9a-f]{32}&name=goi-van-phong\.vpdu$/);
    await unit.page.getByText('goi-van-phong.vpdu').waitFor();
    const trustButton = unit.page.getByRole('button', { name: 'Tin cậy máy này' });
    await trustButton.waitFor();
    await unit.page.setViewportSize({ width: 1366, height: 768 });
    await unit.page.screenshot({ path: join(SHOTS, 'exchange-opened-trust.png') });
    await unit.page.getByLabel('Tôi đã đối chiếu: dấu vân tay trùng khớp từng nhóm số').check();
    await trustButton.click();
    await unit.page.getByRole('table', { name: 'Những gì gói sẽ thay đổi' }).waitFor();
    await unit.page.screenshot({ path: join(SHOTS, 'exchange-opened-preview.png') });
    await unit.page.getByRole('button', { name: 'Nhận gói dữ liệu', exact: true }).click();
    await unit.page.getByText('Đã nhận gói dữ liệu', { exact: true }).waitFor();
    expect((await call(unit, 'meetings.get', { id: meeting.id })).subject).toBe('Hội nghị giao ban tháng 5');
  }, 120_000);
});
