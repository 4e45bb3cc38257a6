/** Page objects for "Nhập văn bản đã có": bringing existing conclusions in, one by one or by folder. */
import { openSection } from './pages';
import type { Locator, Page } from 'playwright-core';
import { field } from './conclusions-page';

/** As a clerk gets there: "Kết luận", then "Nhập văn bản đã có". */
export async function openImport(page: Page): Promise<void> {
  await openSection(page, 'Kết luận');
  await page.getByRole('button', { name: 'Nhập văn bản đã có' }).click();
  await page.getByRole('heading', { name: 'Nhập văn bản đã có' }).waitFor();
}

export function reviewForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Xem lại văn bản nhập' });
}

/** "Dán văn bản" → "Đọc văn bản": the review screen opens. */
export async function pasteAndRead(page: Page, text: string): Promise<void> {
  await field(page, 'Nội dung văn bản').fill(text);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await reviewForm(page).waitFor();
}

/** The source text as read, shown beside the recognised fields. */
export function sourcePane(page: Page): Locator {
  return page.getByRole('region', { name: 'Văn bản gốc' });
}

/** The rows of the proposed tasks' table. */
export function proposedTasks(page: Page): Locator {
  return page.getByRole('table', { name: 'Nhiệm vụ đề xuất' }).getByTestId('proposed-task');
}

export function proposedTasksLedBy(page: Page, unit: string): Locator {
  return proposedTasks(page).filter({ has: page.getByTestId('lead-units').getByText(unit, { exact: true }) });
}

/** The numbered headings as recognised (read only). */
export function outlineTree(page: Page): Locator {
  return page.getByRole('list', { name: 'Bố cục văn bản' });
}

export function duplicateAlert(page: Page): Locator {
  return page.getByRole('alert', { name: 'Văn bản này đã có trong dữ liệu' });
}

export function saveButton(page: Page): Locator {
  return reviewForm(page).getByRole('button', { name: 'Lưu vào dữ liệu' });
}

/** "Lưu vào dữ liệu", then waits for the notification saying what was imported. */
export async function saveReviewed(page: Page, expected: string): Promise<Locator> {
  await saveButton(page).click();
  const note = notification(page, expected);
  await note.waitFor();
  return note;
}

/** A notification (top right) holding the text. */
export function notification(page: Page, text: string): Locator {
  return page.locator('.mantine-Notification-root', { hasText: text });
}

/** The link in an "Đã nhập" notification. */
export function importedLink(note: Locator): Locator {
  return note.getByRole('link', { name: 'Mở văn bản đã nhập' });
}

/** "Chọn tệp" with the Open dialog's answer queued: one file opens its review, several a queue. */
export async function chooseFiles(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chọn tệp' }).click();
}

/** "Bỏ qua" on the review screen: the document is left out. */
export async function skipReviewed(page: Page): Promise<void> {
  await reviewForm(page).getByRole('button', { name: 'Bỏ qua', exact: true }).click();
}

/** "Chọn thư mục": the Open dialog (a test double: queue the folder first), then the queue. */
export async function chooseFolder(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Chọn thư mục' }).click();
  const queue = page.getByRole('region', { name: 'Hàng đợi nhập' });
  await queue.waitFor();
  return queue;
}

export async function startBatch(page: Page, way: 'Xem lại từng văn bản' | 'Nhập ngay, nhận mọi nhiệm vụ đề xuất'): Promise<void> {
  await page.getByRole('region', { name: 'Hàng đợi nhập' }).getByRole('button', { name: way }).click();
}

export function batchProgress(page: Page): Locator {
  return page.getByRole('progressbar', { name: 'Tiến độ nhập' });
}

/** Waits until the bar is full and the status says every file was handled. */
export async function waitForBatch(page: Page, files: number): Promise<void> {
  await page.getByTestId('batch-status').getByText(`Đã xử lý ${files}/${files} tệp.`).waitFor({ timeout: 45_000 });
}

export function batchResults(page: Page): Locator {
  return page.getByRole('list', { name: 'Kết quả nhập từng tệp' }).getByRole('listitem');
}

/** Result lines whose badge reads the status: "Đã nhập", "Trùng — bỏ qua", "Bỏ qua", "Lỗi". */
export function resultsWithStatus(page: Page, status: string): Locator {
  return batchResults(page).filter({ has: page.getByText(status, { exact: true }) });
}
