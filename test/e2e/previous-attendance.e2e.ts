/**
 * "Chép thành phần dự họp từ lần họp trước", as the clerk uses it: a new Ban Thường vụ
 * session takes the chair, secretary, members and delegates of the session of 05/5/2026 (not
 * the Ban Chấp hành's later meeting, not a deleted one); what the clerk already typed stays
 * unless they choose to replace it; "Hoàn tác" puts the form back; a body with no earlier
 * meeting says so instead of offering a button; a recorded meeting's copy is autosaved.
 */
import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { SHOTS, useApp } from './support/app-session';
import { chooseOption, field, fillCombobox, saveNewMeeting, startNewMeeting } from './support/meetings-page';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';

const members = [
  { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
  { name: 'Nguyễn Thị Hằng', title: 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: 'Đi học lớp bồi dưỡng' },
  { name: 'Trần Văn Lợi', title: 'Phó Bí thư Thường trực Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
];

const may5: ApiInput<'meetings.create'> = {
  body: 'standingCommittee',
  kind: 'session',
  sequenceNumber: 10,
  subject: 'công tác chuẩn bị Đại hội Đảng bộ',
  date: '2026-05-05',
  chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
  secretary: { name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng Đảng ủy' },
  attendanceSummary: 'các đồng chí Ủy viên Ban Thường vụ Đảng ủy',
  attendees: members,
  invitedDelegates: [{ name: 'Phạm Quang Huy', title: 'Ủy viên Ban Thường vụ Thành ủy' }],
};

describe('meetings: copy the attendance of the previous meeting', () => {
  const app = useApp();

  it('fills a new session from the last one of the same body, keeps what was typed, undoes, and says when there is none', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await app.setNow('2026-05-07T08:00:00');
    await call(app, 'meetings.create', { ...may5, sequenceNumber: 9, date: '2026-04-02', chair: { name: 'Kỳ họp tháng 4', title: '' } });
    await call(app, 'meetings.create', may5);
    // Later than 05/5 but not to be copied: another body's meeting, and a deleted session.
    await call(app, 'meetings.create', { ...may5, body: 'executiveCommittee', kind: 'conference', sequenceNumber: 3, date: '2026-05-06', chair: { name: 'Ban Chấp hành', title: '' } });
    const deleted = await call(app, 'meetings.create', { ...may5, sequenceNumber: 11, date: '2026-05-06', chair: { name: 'Đã xóa', title: '' } });
    await call(app, 'meetings.delete', { id: deleted.id });

    await openSection(page, 'Hội nghị');
    await startNewMeeting(page);
    await page.getByText('Lần họp trước: Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026').waitFor();
    await page.getByText('Có người chủ trì, thư ký, câu “Tham dự có …”, 3 người dự, 1 đại biểu cấp trên.', { exact: false }).waitFor();

    // The clerk had already typed who chairs today.
    await fillCombobox(page, 'Người chủ trì', 'Trần Văn Lợi');
    await field(page, 'Chức vụ người chủ trì').fill('Phó Bí thư Thường trực Đảng ủy');
    await field(page, 'Chức vụ người chủ trì').press('Escape');
    await page.getByRole('button', { name: 'Chép thành phần dự họp từ lần họp trước' }).click();
    const ask = page.getByRole('dialog', { name: 'Đã có thành phần dự họp trong biểu mẫu' });
    await ask.getByText('Biểu mẫu đã có người chủ trì. Chép từ Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026 thế nào?').waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}previous-attendance-ask-1366.png` });
    await ask.getByRole('button', { name: 'Chỉ điền chỗ còn trống' }).click();
    await ask.waitFor({ state: 'detached' });

    await page.getByText('Đã điền chỗ còn trống từ Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026; phần đã nhập được giữ nguyên').waitFor();
    expect(await field(page, 'Người chủ trì').inputValue()).toBe('Trần Văn Lợi');
    expect(await field(page, 'Thư ký hội nghị').inputValue()).toBe('Đỗ Đức Úy');
    expect(await field(page, 'Chức vụ thư ký').inputValue()).toBe('Chánh Văn phòng Đảng ủy');
    expect(await field(page, 'Thành phần tham dự (ghi trong thông báo)').inputValue()).toBe('các đồng chí Ủy viên Ban Thường vụ Đảng ủy');
    for (const [i, m] of members.entries()) {
      expect(await page.getByLabel(`Họ và tên người dự ${i + 1}`, { exact: true }).inputValue()).toBe(m.name);
      // Hằng was away on 05/5; today she is present until the clerk says otherwise.
      expect(await page.getByLabel(`Có mặt: người dự ${i + 1}`, { exact: true }).isChecked()).toBe(true);
    }
    expect(await page.getByLabel('Họ và tên đại biểu 1', { exact: true }).inputValue()).toBe('Phạm Quang Huy');
    await page.getByText('3 có mặt').waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}previous-attendance-copied-1366.png`, fullPage: true });

    // "Hoàn tác": the form as it was before the copy.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByRole('button', { name: 'Chép thành phần dự họp từ lần họp trước' }).waitFor();
    expect(await field(page, 'Người chủ trì').inputValue()).toBe('Trần Văn Lợi');
    expect(await field(page, 'Thư ký hội nghị').inputValue()).toBe('');
    expect(await page.getByLabel('Họ và tên người dự 1', { exact: true }).count()).toBe(0);

    // Replacing everything, on the clerk's word: the chair of 05/5 too.
    await page.getByRole('button', { name: 'Chép thành phần dự họp từ lần họp trước' }).click();
    await ask.getByRole('button', { name: 'Thay toàn bộ' }).click();
    await page.getByText('Đã chép thành phần dự họp từ Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026').waitFor();
    expect(await field(page, 'Người chủ trì').inputValue()).toBe('Vũ Bình Dương');
    // The clerk marks today's absence, then saves as usual.
    await page.getByLabel('Có mặt: người dự 3', { exact: true }).uncheck();
    await page.getByLabel('Lý do vắng mặt người dự 3', { exact: true }).fill('Đi công tác');
    // Once edited, undoing would lose that edit: it is no longer offered.
    expect(await page.getByRole('button', { name: 'Hoàn tác' }).count()).toBe(0);
    await field(page, 'Nội dung hội nghị').fill('đánh giá kết quả thực hiện nhiệm vụ tháng 04');
    const id = await saveNewMeeting(page);
    const saved = await call(app, 'meetings.get', { id });
    expect(saved.chair).toEqual(may5.chair);
    expect(saved.secretary).toEqual(may5.secretary);
    expect(saved.invitedDelegates).toEqual(may5.invitedDelegates);
    expect(saved.attendees.map((a) => [a.name, a.present, a.absenceReason])).toEqual([
      ['Vũ Bình Dương', true, ''],
      ['Nguyễn Thị Hằng', true, ''],
      ['Trần Văn Lợi', false, 'Đi công tác'],
    ]);

    // A body that has never met before this: said in words, no button to press for nothing.
    await openSection(page, 'Hội nghị');
    await startNewMeeting(page);
    await chooseOption(page, 'Cơ quan họp', 'Thường trực Đảng ủy');
    await page.getByText('Thường trực Đảng ủy chưa có lần họp nào trước đó có ghi thành phần dự họp, nên chưa có gì để chép.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Chép thành phần dự họp từ lần họp trước' }).count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}previous-attendance-none-1280.png` });
    // Back to the Ban Thường vụ: today's saved session is now the one before.
    await chooseOption(page, 'Cơ quan họp', 'Ban Thường vụ');
    await page.getByText('Lần họp trước: Kỳ họp thứ 11 – Ban Thường vụ, ngày 07/5/2026').waitFor();
  });

  it('copies into a recorded meeting without asking when its attendance is empty, and the autosave keeps it', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await completeFirstRun(page);
    await call(app, 'meetings.create', may5);
    // As an imported conclusion leaves its meeting: nobody recorded.
    const june = await call(app, 'meetings.create', { body: 'standingCommittee', kind: 'session', sequenceNumber: 12, date: '2026-06-02', subject: 'công tác cán bộ' });
    await page.goto(`${app.server.url}/#/meetings/${june.id}`);
    await page.getByRole('button', { name: 'Chép thành phần dự họp từ lần họp trước' }).click();
    await page.getByText('Đã chép thành phần dự họp từ Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText(/^Đã lưu lúc/).waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}previous-attendance-recorded-1280.png`, fullPage: true });
    const stored = await call(app, 'meetings.get', { id: june.id });
    expect(stored.chair).toEqual(may5.chair);
    expect(stored.attendees.map((a) => a.name)).toEqual(members.map((m) => m.name));
    expect(stored.attendees.every((a) => a.present)).toBe(true);
    expect(stored.subject).toBe('công tác cán bộ');
  });
});
