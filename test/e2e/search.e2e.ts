import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { closeBrowser, startApp, type E2eApp } from './support/app';
import { call, completeFirstRun } from './support/pages';

describe('search (Ctrl+K)', () => {
  let app: E2eApp;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app.close();
  });
  afterAll(async () => {
    await closeBrowser();
  });

  it('finds the issued conclusion 62-TB/ĐU typed without diacritics, highlights the words and opens it', async () => {
    await completeFirstRun(app.page);
    await call(app, 'register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'monthly' });
    const issued = await call(app, 'conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
    expect(issued.numberSymbol).toBe('62-TB/ĐU');

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
    await expect.poll(() => app.page.url()).toContain(`#/conclusions/${draft.id}`);
  });
});
