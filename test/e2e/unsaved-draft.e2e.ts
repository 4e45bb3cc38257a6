import { describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { useApp } from './support/app-session';
import { call, completeFirstRun, openSection } from './support/pages';

describe('a draft whose saving failed is not lost', () => {
  const app = useApp();

  it('offers back the text typed while the core refused to save, after leaving the screen', async () => {
    await completeFirstRun(app.page);
    const meeting = await call(app, 'meetings.create', kienMinhMeeting);
    const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
    await app.page.goto(`${app.server.url}/#/conclusions/${draft.id}`);
    const summary = app.page.getByLabel('Trích yếu');
    await summary.waitFor();

    // The database refuses every change of the conclusion (as a full disk would).
    app.core.ctx.sqlite.exec("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON conclusions BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    await summary.fill('về nội dung gõ khi không lưu được');
    // What the clerk is told while the core refuses: the text is not saved yet.
    await app.page.getByText(/Thao tác đã được hủy|Không lưu được|không bị thay đổi/).first().waitFor();
    await openSection(app.page, 'Hội nghị');
    await app.page.getByRole('heading', { name: 'Hội nghị', exact: true }).waitFor();

    app.core.ctx.sqlite.exec('DROP TRIGGER refuse;');
    await app.page.goto(`${app.server.url}/#/conclusions/${draft.id}`);
    await app.page.getByText('Có nội dung chưa lưu từ lần soạn trước').waitFor();
    await app.page.getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
    await expect.poll(() => app.page.getByLabel('Trích yếu').inputValue()).toBe('về nội dung gõ khi không lưu được');
    expect((await call(app, 'conclusions.get', { id: draft.id })).summary).toBe('về nội dung gõ khi không lưu được');
    await app.page.reload();
    await app.page.getByLabel('Trích yếu').waitFor();
    expect(await app.page.getByText('Có nội dung chưa lưu từ lần soạn trước').count()).toBe(0);
  });
});
