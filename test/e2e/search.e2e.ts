import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { call, completeFirstRun, issueKienMinhConclusion } from './support/pages';

describe('search (Ctrl+K)', () => {
  const app = useApp();

  it('finds the issued conclusion 62-TB/ĐU typed without diacritics, highlights the words and opens it', async () => {
    await completeFirstRun(app.page);
    const { conclusionId } = await issueKienMinhConclusion(app, { body: 'template' });

    await app.page.keyboard.press('Control+k');
    const box = app.page.getByLabel('Tìm trong hội nghị, kết luận, nhiệm vụ');
    await box.waitFor();
    await box.fill('trien khai nhiem vu trong tam thang 05');
    const results = app.page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    const conclusionHit = results.getByRole('option').filter({ hasText: '62-TB/ĐU' });
    await conclusionHit.waitFor();
    // The matched words are marked in the original, accented text.
    const marked = await conclusionHit.locator('mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['triển', 'khai', 'nhiệm', 'vụ']));
    // The meeting is found too.
    await results.getByRole('option').filter({ hasText: 'Hội nghị' }).first().waitFor();

    await box.fill('DANG UY');
    await conclusionHit.waitFor();
    await box.fill('khongcoketqua');
    await app.page.getByText('Không tìm thấy kết quả nào').waitFor();

    await box.fill('trien khai nhiem vu trong tam thang 05');
    await conclusionHit.click();
    await expect.poll(() => app.page.url()).toContain(`#/conclusions/${conclusionId}`);
  });

  it('finds a task by a progress note, shows its conclusion and an uncut badge, at 1280×720', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await completeFirstRun(app.page);
    const { conclusionId } = await issueKienMinhConclusion(app, { body: 'template' });
    const [task] = await call(app, 'tasks.createMany', {
      tasks: [{ conclusionId, content: 'Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2026 và đề xuất các giải pháp hỗ trợ thoát nghèo bền vững', leadUnitIds: [], supportingUnitIds: [], leadUnitNames: ['UBND xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Hội Nông dân xã', 'Hội Liên hiệp Phụ nữ xã'], supportingUnitNames: [], dueDate: '2026-06-30' }],
    });
    await call(app, 'tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã họp thôn Kiến Quốc để bình xét', reportDate: '2026-05-20' });
    await call(app, 'tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã niêm yết công khai', reportDate: '2026-05-27' });

    await app.page.getByRole('button', { name: 'Tìm kiếm' }).click();
    // Full-width typing folds like the rest; the older note is searched, not only the last.
    await app.page.getByLabel('Tìm trong hội nghị, kết luận, nhiệm vụ').fill('ｂｉｎｈ xet');
    const hit = app.page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first();
    await hit.getByText(/^Kết luận 62-TB\/ĐU \(08\/5\/2026\)/u).waitFor();
    const badge = hit.locator('.mantine-Badge-root');
    expect(await badge.innerText()).toBe('NHIỆM VỤ');
    const label = hit.locator('.mantine-Badge-label');
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});
