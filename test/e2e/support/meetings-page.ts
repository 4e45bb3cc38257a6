/** Page objects for the Hội nghị section: how a person records and finds a meeting. */
import type { Locator, Page } from 'playwright-core';

export interface PresentedDocumentData {
  /** Option label as shown: "Báo cáo (BC)". */
  kindLabel: string;
  numberSymbol: string;
  date: string;
  presenter: string;
  title: string;
}

export interface AttendeeData {
  name: string;
  title: string;
  category: string;
  present: boolean;
  absenceReason?: string;
}

export interface MeetingFormData {
  body?: string;
  kind?: string;
  /** '' clears the number; undefined keeps the suggestion. */
  sequenceNumber?: string;
  subject: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  chairName?: string;
  chairTitle?: string;
  secretaryName?: string;
  secretaryTitle?: string;
  attendanceSummary?: string;
  attendees?: AttendeeData[];
  documents?: PresentedDocumentData[];
  agenda?: { title: string; notes: string }[];
  notes?: string;
}

/**
 * The input or textarea named exactly `label` (a required field's label ends in " *"; a
 * Select's option list carries the same label and is not wanted).
 */
export function field(page: Page, label: string): Locator {
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\*)?$`);
  return page.getByLabel(name).and(page.locator('input, textarea'));
}

/** A Mantine Select: open it, then click the option by its visible name. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Autocomplete boxes open a suggestion list; close it so it cannot cover the next field. */
export async function fillCombobox(page: Page, label: string, value: string): Promise<void> {
  await field(page, label).fill(value);
  await field(page, label).press('Escape');
}

export async function startNewMeeting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ghi hội nghị mới' }).click();
  await page.getByRole('heading', { name: 'Ghi hội nghị mới' }).waitFor();
}

export async function fillMeetingForm(page: Page, data: MeetingFormData): Promise<void> {
  if (data.body) await chooseOption(page, 'Cơ quan họp', data.body);
  if (data.kind) await chooseOption(page, 'Hình thức', data.kind);
  if (data.sequenceNumber !== undefined) await field(page, 'Số thứ tự').fill(data.sequenceNumber);
  await field(page, 'Nội dung hội nghị').fill(data.subject);
  await field(page, 'Ngày họp').fill(data.date);
  if (data.startTime) await field(page, 'Giờ bắt đầu').fill(data.startTime);
  if (data.endTime) await field(page, 'Giờ kết thúc').fill(data.endTime);
  if (data.place) await field(page, 'Địa điểm').fill(data.place);
  if (data.chairName) await fillCombobox(page, 'Người chủ trì', data.chairName);
  if (data.chairTitle) await fillCombobox(page, 'Chức vụ người chủ trì', data.chairTitle);
  if (data.secretaryName) await field(page, 'Thư ký hội nghị').fill(data.secretaryName);
  if (data.secretaryTitle) await fillCombobox(page, 'Chức vụ thư ký', data.secretaryTitle);
  if (data.attendanceSummary) await field(page, 'Thành phần tham dự (ghi trong thông báo)').fill(data.attendanceSummary);

  for (const [i, a] of (data.attendees ?? []).entries()) {
    const n = i + 1;
    await page.getByRole('button', { name: 'Thêm người dự' }).click();
    await field(page, `Họ và tên người dự ${n}`).fill(a.name);
    await field(page, `Chức vụ người dự ${n}`).fill(a.title);
    await fillCombobox(page, `Thành phần người dự ${n}`, a.category);
    if (!a.present) {
      await field(page, `Có mặt: người dự ${n}`).uncheck();
      await field(page, `Lý do vắng mặt người dự ${n}`).fill(a.absenceReason ?? '');
    }
  }

  for (const [i, d] of (data.documents ?? []).entries()) {
    const n = i + 1;
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    await chooseOption(page, `Loại văn bản (tài liệu ${n})`, d.kindLabel);
    await field(page, `Số, ký hiệu (tài liệu ${n})`).fill(d.numberSymbol);
    await field(page, `Ngày văn bản (tài liệu ${n})`).fill(d.date);
    await field(page, `Cơ quan, người trình bày (tài liệu ${n})`).fill(d.presenter);
    await field(page, `Trích yếu (tài liệu ${n})`).fill(d.title);
  }

  for (const [i, item] of (data.agenda ?? []).entries()) {
    const n = i + 1;
    await page.getByRole('button', { name: 'Thêm nội dung' }).click();
    await field(page, `Nội dung ${n}`).fill(item.title);
    await field(page, `Ý kiến thảo luận (nội dung ${n})`).fill(item.notes);
  }

  if (data.notes) await field(page, 'Ghi chú nội bộ').fill(data.notes);
}

/** Saves a new meeting and waits for it to open at its own address; returns its id. */
export async function saveNewMeeting(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
  await page.waitForURL(/#\/meetings\/(?!new)[^/?]+$/);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).waitFor();
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/meetings\//, ''));
}

export function meetingsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Danh sách hội nghị' });
}

export async function backToMeetingsList(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Danh sách hội nghị' }).click();
  await meetingsTable(page).or(page.getByText('Chưa ghi hội nghị nào')).first().waitFor();
}

/** The body filter above the list (a segmented control of radio buttons). */
export async function filterByBody(page: Page, label: string): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Cơ quan họp' }).getByText(label, { exact: true }).click();
}

export async function openMeetingFromList(page: Page, subject: string): Promise<void> {
  await meetingsTable(page).getByRole('link', { name: subject }).click();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).waitFor();
}

/** Closes the toasts ("Đã lưu" …) so a screenshot shows the page under them. */
export async function dismissNotifications(page: Page): Promise<void> {
  for (const button of await page.locator('.mantine-Notification-root .mantine-Notification-closeButton').all()) {
    // A toast may close on its own between the listing and the click.
    await button.click({ timeout: 2000 }).catch(() => undefined);
  }
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
}
