import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, startApp, type E2eApp } from './support/app';
import { completeFirstRun, issueKienMinhConclusion } from './support/pages';

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
});
