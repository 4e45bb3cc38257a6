/** Page objects for the Kết luận section: how a clerk drafts, previews and issues a conclusion. */
import type { Locator, Page } from 'playwright-core';

/** An input by its label; Mantine keeps a Select's option list (same label) in the page, hence the filter. */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).and(page.locator('input, textarea'));
}

/** A Mantine Select: open it, then click the option by its visible name. */
export async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  // By role: while open, the option list carries the same label as its input.
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  // The list fades out over the editor below; a click meant for a block must not land on it.
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

export function conclusionsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Danh sách kết luận' });
}

/** "Tạo kết luận" → the modal → the new draft open at its own address; returns its id. */
export async function createConclusion(
  page: Page,
  options: { meeting: string | RegExp; template: string; screenshot?: string },
): Promise<string> {
  await page.getByRole('button', { name: 'Tạo kết luận', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo kết luận' });
  await dialog.waitFor();
  await chooseOption(page, 'Hội nghị', options.meeting);
  await chooseOption(page, 'Mẫu văn bản', options.template);
  if (options.screenshot) await page.screenshot({ path: options.screenshot });
  await dialog.getByRole('button', { name: 'Tạo bản dự thảo' }).click();
  await page.waitForURL(/#\/conclusions\/[^/?]+$/);
  await outlineEditor(page).waitFor();
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/conclusions\//, ''));
}

/** The body outline editor (a contenteditable named "Nội dung kết luận"). */
export function outlineEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Nội dung kết luận' });
}

/** One block of the outline, found by its text. */
export function outlineBlock(page: Page, text: string): Locator {
  return outlineEditor(page).locator('p', { hasText: text }).first();
}

/** The label the editor computed for a block ("II.", "1.", "-"): the decoration, not the text. */
export async function blockLabel(page: Page, text: string): Promise<string | null> {
  return outlineBlock(page, text).getAttribute('data-label');
}

export async function blockKind(page: Page, text: string): Promise<string | null> {
  return outlineBlock(page, text).getAttribute('data-outline-kind');
}

/**
 * Clicks a block and waits until the editor's caret is in it: a click that lands while a
 * closing menu still hands focus back would otherwise send the next key elsewhere.
 */
export async function placeCursorIn(page: Page, text: string, where: 'middle' | 'end' = 'middle'): Promise<void> {
  const caretIn = (): Promise<boolean> =>
    page.evaluate(async (wanted) => {
      // Two frames: an editor focusing itself does so on the next animation frame.
      for (let frame = 0; frame < 2; frame += 1) await new Promise((done) => requestAnimationFrame(done));
      const anchor = window.getSelection()?.anchorNode;
      const element = anchor instanceof Element ? anchor : anchor?.parentElement;
      const block = element?.closest<HTMLElement>('.ProseMirror p');
      return document.activeElement?.classList.contains('ProseMirror') === true && (block?.innerText ?? '').includes(wanted);
    }, text);
  const block = outlineBlock(page, text);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // The end: a click on the last line (End only reaches the end of the visual line).
    const box = where === 'end' ? await block.boundingBox() : null;
    await block.click(box ? { position: { x: Math.max(1, box.width - 2), y: Math.max(1, box.height - 3) } } : {});
    if (await caretIn()) {
      if (where === 'end') await page.keyboard.press('End');
      return;
    }
  }
  throw new Error(`the caret never reached the block "${text}"`);
}

/**
 * The caret at the end of a block. A new draft puts its own caret in the first empty block
 * when it opens; a click landing in that same frame can be overwritten, hence the check.
 */
export async function placeCursorAtEnd(page: Page, text: string): Promise<void> {
  await placeCursorIn(page, text, 'end');
}

/** Chooses the kind of the block holding the cursor from the toolbar ("Mục I", "Gạch đầu dòng -"). */
export async function setKindOfCurrentBlock(page: Page, kindLabel: string): Promise<void> {
  await chooseOption(page, 'Kiểu đoạn', kindLabel);
}

/** Texts of the outline's blocks in document order. */
export async function outlineTexts(page: Page): Promise<string[]> {
  return outlineEditor(page).locator('p').allInnerTexts();
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId('save-status');
}

/** Waits until everything on screen is saved (the status reads "Đã lưu lúc HH:MM"). */
export async function waitForSaved(page: Page): Promise<string> {
  const saved = saveStatus(page).filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ });
  await saved.waitFor({ timeout: 15_000 });
  return saved.innerText();
}

export async function openPreview(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Xem trước' }).click();
  const preview = page.getByRole('article', { name: 'Bản xem trước' });
  await preview.waitFor();
  return preview;
}

export async function openEditorTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Soạn thảo|Nội dung/ }).click();
}

/** "Ban hành (cấp số)" with an issue date; waits for the issued document to open. */
export async function issueConclusion(page: Page, isoDate: string, expectedNumber?: string): Promise<void> {
  await page.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành và cấp số' });
  await dialog.waitFor();
  // The modal says the number it will give before the clerk commits to it.
  if (expectedNumber) await dialog.getByTestId('issue-number').getByText(expectedNumber, { exact: true }).waitFor();
  await dialog.getByLabel('Ngày ban hành').fill(isoDate);
  await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
}

/**
 * Closes the toasts in the top-right corner: they sit over the header's buttons until they
 * time out (an error stays 8 s), and a person would close them to reach the buttons.
 */
export async function dismissNotifications(page: Page): Promise<void> {
  const toasts = page.locator('.mantine-Notification-root');
  for (const close of await toasts.getByRole('button').all()) await close.click().catch(() => undefined);
  await toasts.first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
}

export async function openVersionHistory(page: Page): Promise<Locator> {
  await dismissNotifications(page);
  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  const drawer = page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
  await drawer.getByRole('table', { name: 'Các phiên bản' }).waitFor();
  return drawer;
}
