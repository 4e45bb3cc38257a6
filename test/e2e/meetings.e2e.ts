import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { SHOTS, useApp } from './support/app-session';
import {
  backToMeetingsList,
  chooseOption,
  dismissNotifications,
  field,
  fillMeetingForm,
  filterByBody,
  meetingsTable,
  openMeetingFromList,
  saveNewMeeting,
  startNewMeeting,
  type MeetingFormData,
} from './support/meetings-page';
import { animationsFinished, call, completeFirstRun, openSection } from './support/pages';

/** The meeting behind Thông báo số 62-TB/ĐU of Đảng ủy xã Kiến Minh (corpus). */
const btvApril: MeetingFormData = {
  body: 'Ban Thường vụ',
  // "Ban Thường vụ Đảng ủy xã tổ chức hội nghị …": a conference, not a numbered session.
  kind: 'Hội nghị',
  sequenceNumber: '',
  subject: 'đánh giá kết quả thực hiện nhiệm vụ tháng 04; triển khai nhiệm vụ trọng tâm tháng 05 năm 2026',
  date: '2026-05-07',
  startTime: '08:00',
  endTime: '11:30',
  place: 'Hội trường Đảng ủy xã',
  chairName: 'Vũ Bình Dương',
  chairTitle: 'Bí thư Đảng ủy, Chủ tịch HĐND xã',
  secretaryName: 'Đỗ Đức Úy',
  secretaryTitle: 'Chánh Văn phòng Đảng ủy',
  attendanceSummary:
    'các đồng chí Ủy viên Ban Thường vụ Đảng ủy; đại diện Thường trực HĐND, lãnh đạo UBND xã; lãnh đạo các phòng, ban chuyên môn và Chánh Văn phòng Đảng ủy, Chánh Văn phòng HĐND và UBND xã',
  attendees: [
    { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã', category: 'Ủy viên Ban Thường vụ', present: true },
    { name: 'Nguyễn Thị Hằng', title: 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: 'Đi học lớp bồi dưỡng' },
  ],
  documents: [
    {
      kindLabel: 'Báo cáo (BC)',
      numberSymbol: '118-BC/ĐU',
      date: '2026-05-05',
      presenter: 'Văn phòng Đảng ủy',
      title: 'kết quả thực hiện nhiệm vụ tháng 04, phương hướng nhiệm vụ trọng tâm tháng 05 năm 2026',
    },
  ],
  agenda: [
    {
      title: 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026',
      notes: 'Ban Thường vụ thống nhất đánh giá; lưu ý công tác quản lý đất đai, trật tự xây dựng.',
    },
  ],
};

/** Another meeting, put in through the core: the one the test deletes. */
const bchApril = {
  body: 'executiveCommittee',
  kind: 'conference',
  sequenceNumber: 3,
  subject: 'triển khai chương trình công tác tháng 5 năm 2026',
  date: '2026-04-20',
  chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
} satisfies ApiInput<'meetings.create'>;

describe('meetings: record, find, reopen, delete', () => {
  const app = useApp();

  it('records the Ban Thường vụ meeting of 07/5/2026 through the form, finds it in the list and reopens it', async () => {
    const { page } = app;
    await completeFirstRun(page);
    await openSection(page, 'Hội nghị');
    await page.getByText('Chưa ghi hội nghị nào').waitFor();
    await page.screenshot({ path: `${SHOTS}meetings-empty.png` });

    const other = await call(app, 'meetings.create', bchApril);
    await call(app, 'conclusions.create', { kind: 'TB', meetingId: other.id });

    await startNewMeeting(page);
    // A new meeting starts as a Ban Thường vụ session with the next number for that body …
    expect(await field(page, 'Cơ quan họp').inputValue()).toBe('Ban Thường vụ');
    expect(await field(page, 'Hình thức').inputValue()).toBe('Kỳ họp');
    await expect.poll(() => field(page, 'Số thứ tự').inputValue()).toBe('1');
    // … and switching the body brings that body's usual kind and next number.
    await chooseOption(page, 'Cơ quan họp', 'Ban Chấp hành');
    await expect.poll(() => field(page, 'Số thứ tự').inputValue()).toBe('4');
    expect(await field(page, 'Hình thức').inputValue()).toBe('Hội nghị');

    // Without a date nothing is saved, and the date field says why.
    await field(page, 'Ngày họp').fill('');
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
    await expect.poll(() => field(page, 'Ngày họp').getAttribute('aria-invalid')).toBe('true');
    await page.locator('.mantine-InputWrapper-error').filter({ hasText: 'Chọn hoặc gõ ngày họp (ngày/tháng/năm)' }).waitFor();
    expect(await page.locator('.mantine-InputWrapper-error').filter({ hasText: 'ngày họp' }).count()).toBe(1);
    expect((await call(app, 'meetings.list', {})).items).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}meeting-new-error.png` });

    await fillMeetingForm(page, btvApril);
    // Fixed, the message goes.
    expect(await page.locator('.mantine-InputWrapper-error').count()).toBe(0);
    const id = await saveNewMeeting(page);
    await page.getByRole('heading', { name: 'Hội nghị – Ban Thường vụ' }).waitFor();

    // The list: both meetings, newest first; the body filter leaves only the Ban Thường vụ one.
    await backToMeetingsList(page);
    const table = meetingsTable(page);
    await table.getByRole('link', { name: btvApril.subject }).waitFor();
    await table.getByRole('link', { name: bchApril.subject }).waitFor();
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.innerText()).toContain('07/5/2026');
    expect(await firstRow.innerText()).toContain('Vũ Bình Dương');
    const bchRow = table.getByRole('row').filter({ hasText: bchApril.subject });
    expect(await bchRow.innerText()).toContain('Hội nghị lần thứ 3');
    expect(await bchRow.getByLabel('1 kết luận').count()).toBe(1);
    await dismissNotifications(page);
    await page.screenshot({ path: `${SHOTS}meetings-list.png`, fullPage: true });

    await filterByBody(page, 'Ban Thường vụ');
    await expect.poll(() => table.getByRole('link', { name: bchApril.subject }).count()).toBe(0);
    await chooseOption(page, 'Năm', 'Năm 2026');
    await table.getByRole('link', { name: btvApril.subject }).waitFor();
    await chooseOption(page, 'Năm', 'Năm 2025');
    await page.getByText('Không có hội nghị nào khớp bộ lọc').waitFor();
    await chooseOption(page, 'Năm', 'Tất cả các năm');

    // Reopened, every field reads back as typed.
    await openMeetingFromList(page, btvApril.subject);
    expect(page.url()).toContain(`#/meetings/${id}`);
    const values: [string, string][] = [
      ['Cơ quan họp', 'Ban Thường vụ'],
      ['Hình thức', 'Hội nghị'],
      ['Số thứ tự', ''],
      ['Nội dung hội nghị', btvApril.subject],
      ['Ngày họp', '07/05/2026'],
      ['Giờ bắt đầu', '08:00'],
      ['Giờ kết thúc', '11:30'],
      ['Địa điểm', 'Hội trường Đảng ủy xã'],
      ['Người chủ trì', 'Vũ Bình Dương'],
      ['Chức vụ người chủ trì', 'Bí thư Đảng ủy, Chủ tịch HĐND xã'],
      ['Thư ký hội nghị', 'Đỗ Đức Úy'],
      ['Chức vụ thư ký', 'Chánh Văn phòng Đảng ủy'],
      ['Thành phần tham dự (ghi trong thông báo)', btvApril.attendanceSummary ?? ''],
      ['Họ và tên người dự 2', 'Nguyễn Thị Hằng'],
      ['Thành phần người dự 2', 'Ủy viên Ban Thường vụ'],
      ['Lý do vắng mặt người dự 2', 'Đi học lớp bồi dưỡng'],
      ['Loại văn bản (tài liệu 1)', 'Báo cáo (BC)'],
      ['Số, ký hiệu (tài liệu 1)', '118-BC/ĐU'],
      ['Ngày văn bản (tài liệu 1)', '05/05/2026'],
      ['Cơ quan, người trình bày (tài liệu 1)', 'Văn phòng Đảng ủy'],
      ['Trích yếu (tài liệu 1)', btvApril.documents?.[0]?.title ?? ''],
      ['Nội dung 1', btvApril.agenda?.[0]?.title ?? ''],
      ['Ý kiến thảo luận (nội dung 1)', btvApril.agenda?.[0]?.notes ?? ''],
    ];
    for (const [label, value] of values) {
      await expect.poll(() => field(page, label).inputValue(), { message: label }).toBe(value);
    }
    expect(await field(page, 'Có mặt: người dự 1').isChecked()).toBe(true);
    expect(await field(page, 'Có mặt: người dự 2').isChecked()).toBe(false);
    await dismissNotifications(page);
    // Full page (the sticky action bar shows where the window's bottom edge was), then the
    // window as a person sees it at the top and at the end of the record.
    await page.screenshot({ path: `${SHOTS}meeting-editor.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}meeting-editor-window.png` });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `${SHOTS}meeting-editor-end.png` });
    await page.evaluate(() => window.scrollTo(0, 0));

    // The core holds the same record.
    const stored = await call(app, 'meetings.get', { id });
    expect(stored).toMatchObject({
      body: 'standingCommittee',
      kind: 'conference',
      sequenceNumber: null,
      date: '2026-05-07',
      chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
      presentedDocuments: [{ kind: 'BC', numberSymbol: '118-BC/ĐU', date: '2026-05-05' }],
    });
    expect(stored.attendees[1]).toMatchObject({ present: false, absenceReason: 'Đi học lớp bồi dưỡng' });

    // Back in the list the body filter is still on; clearing it brings the other meeting back.
    await backToMeetingsList(page);
    await meetingsTable(page).getByRole('link', { name: btvApril.subject }).waitFor();
    expect(await meetingsTable(page).getByRole('link', { name: bchApril.subject }).count()).toBe(0);
    await filterByBody(page, 'Tất cả');
    await meetingsTable(page).getByRole('link', { name: bchApril.subject }).waitFor();
    // The longest walk of the suite (some sixty fields typed and read back): more than the
    // default minute when the machine is busy.
  }, 120_000);

  it('deletes another meeting after confirmation and keeps the conclusion made from it', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const kept = await call(app, 'meetings.create', { ...bchApril, body: 'standingCommittee', kind: 'session', sequenceNumber: 10, subject: btvApril.subject, date: '2026-05-07' });
    const other = await call(app, 'meetings.create', bchApril);
    await call(app, 'conclusions.create', { kind: 'TB', meetingId: other.id });
    await openSection(page, 'Hội nghị');

    await openMeetingFromList(page, bchApril.subject);
    await page.getByRole('table', { name: 'Kết luận từ hội nghị này' }).getByText('Đang soạn').waitFor();
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hội nghị' });
    await dialog.getByText('Đã có 1 văn bản kết luận soạn từ hội nghị này', { exact: false }).waitFor();
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}meeting-delete-confirm.png` });
    await dialog.getByRole('button', { name: 'Xóa hội nghị' }).click();

    await meetingsTable(page).getByRole('link', { name: btvApril.subject }).waitFor();
    await expect.poll(() => meetingsTable(page).getByRole('link', { name: bchApril.subject }).count()).toBe(0);
    await page.getByText('giữ lại 1 văn bản kết luận', { exact: false }).waitFor();
    expect((await call(app, 'meetings.list', {})).items.map((m) => m.id)).toEqual([kept.id]);
    expect((await call(app, 'conclusions.list', {})).items).toHaveLength(1);
  });

  it('keeps a meeting when the delete is cancelled, and drafts a conclusion from it', async () => {
    const { page } = app;
    await completeFirstRun(page);
    const meeting = await call(app, 'meetings.create', {
      body: 'standingCommittee',
      kind: 'session',
      sequenceNumber: 10,
      subject: btvApril.subject,
      date: '2026-05-07',
      chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
    });
    await openSection(page, 'Hội nghị');
    await meetingsTable(page).getByText('Kỳ họp thứ 10').waitFor();
    await openMeetingFromList(page, btvApril.subject);

    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hội nghị' });
    await dialog.getByText('Chưa có văn bản kết luận nào', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await call(app, 'meetings.list', {})).items).toHaveLength(1);

    await page.getByRole('button', { name: 'Soạn kết luận' }).click();
    const compose = page.getByRole('dialog', { name: 'Soạn kết luận từ hội nghị' });
    await compose.getByText('Kết luận (KL)', { exact: true }).click();
    // A Ban Thường vụ session gets the session template preselected.
    const sessionTemplate = compose.getByRole('radio', { name: /Kết luận kỳ họp Ban Thường vụ/ });
    await expect.poll(() => sessionTemplate.getAttribute('aria-checked')).toBe('true');
    await animationsFinished(page);
    await page.screenshot({ path: `${SHOTS}meeting-compose.png` });
    await compose.getByRole('button', { name: 'Tạo bản thảo' }).click();
    await page.waitForURL(/#\/conclusions\/[^/]+$/);
    const conclusionId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/conclusions\//, ''));
    const conclusion = await call(app, 'conclusions.get', { id: conclusionId });
    expect(conclusion).toMatchObject({ kind: 'KL', meetingId: meeting.id, status: 'draft' });
    expect(conclusion.templateKey).toBe('standingSession');

    // Back on the meeting, the draft is listed with a link to it.
    await page.goto(`${app.server.url}#/meetings/${meeting.id}`);
    const made = page.getByRole('table', { name: 'Kết luận từ hội nghị này' });
    await made.getByText('Đang soạn').waitFor();
    expect(await made.getByRole('link').getAttribute('href')).toBe(`#/conclusions/${conclusionId}`);
  });
});
