/**
 * A package larger than one file on the stick: the export screen says it made n files and
 * lists them; the receiver takes them one at a time, last first, sees "Phần k/n", the changes
 * waiting and the parts missing, and ends with everything once the last missing part is in.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eApp } from './support/app';
import { SHOTS, useApps } from './support/app-session';
import { call, issueKienMinhConclusion, openSection } from './support/pages';
import { sampleProfile } from '../support/core-harness';

/** Serious or critical axe findings once nothing is fading in (as in accessibility.e2e.ts). */
async function axeFindings(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openExchange(page: Page, tab: string): Promise<void> {
  await openSection(page, 'Trao đổi dữ liệu');
  await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
}

/** Chooses a part, trusts its sender when asked, checks the part shown, and receives it. */
async function receivePart(app: E2eApp, path: string, part: string, shot?: string): Promise<void> {
  await openExchange(app.page, 'Nhận gói dữ liệu');
  app.queueOpen([path]);
  await app.page.getByRole('button', { name: 'Chọn gói dữ liệu (.vpdu)…' }).click();
  const trustButton = app.page.getByRole('button', { name: 'Tin cậy máy này' });
  const receive = app.page.getByRole('button', { name: 'Nhận gói dữ liệu', exact: true });
  await Promise.race([trustButton.waitFor(), receive.waitFor()]);
  if (await trustButton.isVisible()) {
    await app.page.getByLabel('Tôi đã đối chiếu: dấu vân tay trùng khớp từng nhóm số').check();
    await trustButton.click();
  }
  await receive.waitFor();
  expect(await app.page.getByLabel('Phần của gói').textContent()).toBe(part);
  if (shot) {
    expect(await axeFindings(app.page)).toEqual([]);
    for (const [w, h] of [[1280, 720], [1366, 768]] as const) {
      await app.page.setViewportSize({ width: w, height: h });
      await app.page.screenshot({ path: join(SHOTS, `${shot}-${w}.png`) });
    }
  }
  await receive.click();
  await app.page.getByText('Đã nhận gói dữ liệu', { exact: true }).waitFor();
}

describe('a package split into parts, through the screens', () => {
  const installs = useApps();

  it('the office makes n files and sees them listed; the unit receives them last first, sees what waits, and ends with everything', async () => {
    const office = await installs.start({ packagePartBytes: 24 * 1024 });
    const unit = await installs.start();
    for (const app of [office, unit]) {
      await app.setNow('2026-05-08T09:00:00');
      await call(app, 'profile.save', sampleProfile);
      await app.page.setViewportSize({ width: 1366, height: 768 });
      await app.page.reload();
    }
    const { conclusionId } = await issueKienMinhConclusion(office, { body: 'template' });
    await call(office, 'tasks.createMany', {
      tasks: Array.from({ length: 40 }, (_, i) => ({ conclusionId, content: `Việc thứ ${i + 1}: rà soát, tổng hợp và báo cáo Ban Thường vụ Đảng ủy`, leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' })),
    });

    await openExchange(office.page, 'Tạo gói dữ liệu');
    await office.page.getByRole('radio', { name: 'Tất cả dữ liệu' }).check();
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu…' }).click();
    const listed = office.page.getByRole('list', { name: 'Các tệp đã tạo' });
    await listed.waitFor();
    const files = readdirSync(office.saveDir).filter((f) => f.endsWith('.vpdu')).sort((x, y) => Number(/phan-(\d+)/.exec(x)?.[1]) - Number(/phan-(\d+)/.exec(y)?.[1]));
    const n = files.length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(files.every((f, i) => f.endsWith(`-phan-${i + 1}-tren-${n}.vpdu`))).toBe(true);
    await office.page.getByText(`Đã tạo ${n} tệp gói dữ liệu`, { exact: true }).first().waitFor();
    expect((await listed.getByRole('listitem').allTextContents()).map((t) => t.split(' ')[0])).toEqual(files);
    for (const [w, h] of [[1280, 720], [1366, 768]] as const) {
      await office.page.setViewportSize({ width: w, height: h });
      await office.page.screenshot({ path: join(SHOTS, `exchange-parts-export-${w}.png`) });
    }
    expect(await axeFindings(office.page)).toEqual([]);

    // The history keeps one row per part made (leaving the export tab unmounts its result).
    await openExchange(office.page, 'Lịch sử gói');
    const made = office.page.getByRole('table', { name: 'Lịch sử gói dữ liệu' });
    for (const [i, f] of files.entries()) await made.getByRole('row', { name: new RegExp(`${f}.*Đã tạo phần ${i + 1}/${n} của gói`) }).waitFor();

    const paths = files.map((f) => join(office.saveDir, f));
    await receivePart(unit, paths[n - 1]!, `Phần ${n}/${n}`, 'exchange-parts-preview');
    const waiting = unit.page.getByLabel('Thay đổi đang chờ');
    await waiting.getByText(new RegExp(`còn thiếu các phần ${Array.from({ length: n - 1 }, (_, k) => k + 1).join(', ')} \\(trên ${n}\\)`)).waitFor();
    for (const [w, h] of [[1280, 720], [1366, 768]] as const) {
      await unit.page.setViewportSize({ width: w, height: h });
      await unit.page.screenshot({ path: join(SHOTS, `exchange-parts-waiting-${w}.png`) });
    }
    expect(await axeFindings(unit.page)).toEqual([]);
    for (let k = 1; k < n; k++) await receivePart(unit, paths[k - 1]!, `Phần ${k}/${n}`);
    await waiting.waitFor({ state: 'detached' });
    expect((await call(unit, 'tasks.list', { view: 'all', limit: 100 })).items).toHaveLength(40);

    await openExchange(unit.page, 'Lịch sử gói');
    const history = unit.page.getByRole('table', { name: 'Lịch sử gói dữ liệu' });
    for (const f of files) await history.getByText(f).waitFor();
    await unit.page.screenshot({ path: join(SHOTS, 'exchange-parts-history-1366.png') });
  }, 180_000);
});
