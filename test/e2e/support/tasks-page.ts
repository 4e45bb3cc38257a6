/** Page objects for the Nhiệm vụ section: assigning a conclusion's tasks and following them up. */
import { openSection } from './pages';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, field } from './conclusions-page';

/** Opens the review screen of a conclusion's proposed tasks at its own address. */
/** As a clerk gets there: "Nhiệm vụ", "Giao nhiệm vụ từ kết luận", the conclusion, "Đọc các nhiệm vụ". */
export async function openAssignmentAsUser(page: Page, numberSymbol: string): Promise<void> {
  await openSection(page, 'Nhiệm vụ');
  await page.getByRole('button', { name: 'Giao nhiệm vụ từ kết luận' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Giao nhiệm vụ từ kết luận' });
  await dialog.getByRole('combobox', { name: 'Kết luận đã ban hành', exact: true }).click();
  await page.getByRole('option', { name: new RegExp(numberSymbol.replace(/[/.]/g, '\\$&')) }).click();
  await dialog.getByRole('button', { name: 'Đọc các nhiệm vụ' }).click();
  await page.getByRole('heading', { name: /^Giao nhiệm vụ theo kết luận/ }).waitFor();
  await proposals(page).first().waitFor();
}

/** Straight to the review screen of one conclusion (tests whose subject is not the way there). */
export async function openAssignment(page: Page, serverUrl: string, conclusionId: string): Promise<void> {
  await page.goto(`${serverUrl}/#/tasks/assign/${conclusionId}`);
  await page.getByRole('heading', { name: /^Giao nhiệm vụ theo kết luận/ }).waitFor();
  await proposals(page).first().waitFor();
}

/** The proposal cards, one per task read from the conclusion. */
export function proposals(page: Page): Locator {
  return page.getByRole('group', { name: /^Nhiệm vụ \d+$/ });
}

/** Cards whose "Đơn vị chủ trì" field holds the unit (a pill with its short name). */
export function proposalsLedBy(page: Page, unit: string): Locator {
  return proposals(page).filter({ has: page.getByTestId('lead-units').getByText(unit, { exact: true }) });
}

/** "Giao N nhiệm vụ": creates the accepted tasks; returns N as the button said it. */
export async function assignAccepted(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: /^Giao \d+ nhiệm vụ$/ });
  const n = Number(/\d+/.exec(await button.innerText())?.[0]);
  await button.click();
  await tasksTable(page).waitFor();
  return n;
}

export function tasksTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
}

/** A tab of the list: "Tất cả", "Đang theo dõi", "Quá hạn", "Đến hạn 7 ngày", "Đã xong" (a count may follow). */
export async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
}

/** "Cách xem": "Danh sách", "Theo đơn vị" or "Lịch". */
export async function chooseDisplay(page: Page, label: 'Danh sách' | 'Theo đơn vị' | 'Lịch'): Promise<void> {
  // A segmented control: its radio inputs are hidden, the visible label takes the click.
  await page.getByRole('radiogroup', { name: 'Cách xem' }).getByText(label, { exact: true }).click();
}

/** Opens a task from the list by (the start of) its text. */
export async function openTask(page: Page, text: string): Promise<void> {
  await tasksTable(page).getByRole('link', { name: text }).first().click();
  await page.getByRole('heading', { name: 'Ghi tiến độ' }).waitFor();
}

/** "Ghi tiến độ" on the open task; evidence files must be queued on the Open dialog first. */
export async function recordProgress(page: Page, input: { status: string; note: string; attach?: boolean }): Promise<void> {
  const form = page.getByRole('region', { name: 'Ghi tiến độ' });
  await chooseOption(page, 'Tình trạng', input.status);
  await field(page, 'Kết quả, tiến độ').fill(input.note);
  if (input.attach) {
    await form.getByRole('button', { name: 'Đính kèm minh chứng' }).click();
    await form.getByRole('list', { name: 'Tệp minh chứng đã chọn' }).waitFor();
  }
  await form.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await progressHistory(page).getByText(input.note).waitFor();
}

export function progressHistory(page: Page): Locator {
  return page.getByRole('table', { name: 'Lịch sử tiến độ' });
}

/** "Xuất bảng, báo cáo" → "Bảng theo dõi thực hiện kết luận": opens the export dialog. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Xuất bảng, báo cáo' }).click();
  await page.getByRole('menuitem', { name: 'Bảng theo dõi thực hiện kết luận' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bảng theo dõi thực hiện kết luận' });
  await dialog.waitFor();
  return dialog;
}

/** In the open export dialog: format → "Xuất tệp"; the Save dialog (a test double) picks the path. */
export async function exportFollowUpSheet(page: Page, format: 'Excel (.xlsx)' | 'Word (.docx)'): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Xuất bảng theo dõi thực hiện kết luận' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('button', { name: 'Xuất tệp' }).click();
  const saved = page.getByText(/^(?:\d+ nhiệm vụ\. )?Đã lưu tại: /);
  await saved.waitFor();
  return (await saved.innerText()).replace(/^.*Đã lưu tại: /, '');
}
