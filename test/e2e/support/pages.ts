/** Page objects: how a person finds things on screen, in one place. */
import type { Page } from 'playwright-core';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { E2eApp } from './app';
import { fixtureText, KIEN_MINH_FILE } from '../../support/corpus';
import { kienMinhMeeting } from '../../support/kien-minh';
import { outlineFromText } from '../../support/outline-from-text';

/** Sets data up through the core (faster than the UI); throws with the core's message. */
export async function call<M extends ApiMethod>(app: E2eApp, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const r = await app.core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message} (${r.error.detail})`);
  return r.value as ApiOutput<M>;
}

export const profileKienMinh = {
  superiorCommittee: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
  committee: 'ĐẢNG ỦY XÃ KIẾN MINH',
  place: 'Kiến Minh',
  signers: [
    { name: 'Vũ Bình Dương', title: 'Bí thư' },
    { name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng' },
  ],
};

export async function completeFirstRun(page: Page, profile = profileKienMinh, lastNumbers: Record<string, number> = {}): Promise<void> {
  await page.getByRole('heading', { name: 'Chào mừng đến với Văn phòng Đảng ủy' }).waitFor();
  await page.getByLabel('Đảng bộ cấp trên').fill(profile.superiorCommittee);
  await page.getByLabel('Tên Đảng ủy').fill(profile.committee);
  await page.getByLabel('Địa danh ghi ngày tháng').fill(profile.place);
  for (const [i, s] of profile.signers.entries()) {
    await page.getByLabel(`Họ và tên người ký ${i + 1}`).fill(s.name);
    await page.getByRole('combobox', { name: `Chức vụ người ký ${i + 1}` }).fill(s.title);
  }
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await page.getByRole('heading', { name: 'Số văn bản đã dùng trong nhiệm kỳ' }).waitFor();
  for (const [label, n] of Object.entries(lastNumbers)) await page.getByLabel(label).fill(String(n));
  await page.getByRole('button', { name: 'Lưu và bắt đầu sử dụng' }).click();
  await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
}

/**
 * Waits until the finite animations running on the page (a dialog fading in, a segmented
 * control sliding) have finished, so a screenshot shows the screen as it settles. Spinners
 * loop forever and are left out.
 */
export async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

export async function openSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: label }).click();
}

/**
 * Our own 62-TB/ĐU of Kiến Minh as the office issued it, set up through the core: its
 * meeting, the fixture's body as the outline, number 62-TB/ĐU on 08/5/2026.
 */
export async function issueKienMinhConclusion(app: E2eApp, options: { body?: 'corpus' | 'template' } = {}): Promise<{ meetingId: string; conclusionId: string }> {
  await call(app, 'register.setStartNumber', { docType: 'TB', lastNumber: 61 });
  const meeting = await call(app, 'meetings.create', kienMinhMeeting);
  const corpus = (options.body ?? 'corpus') === 'corpus';
  const draft = await call(app, 'conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: corpus ? 'blank' : 'monthly' });
  if (corpus) await call(app, 'conclusions.update', { id: draft.id, content: { ...draft, outline: outlineFromText(fixtureText(KIEN_MINH_FILE)) } });
  const issued = await call(app, 'conclusions.issue', { id: draft.id, issueDate: '2026-05-08' });
  if (issued.numberSymbol !== '62-TB/ĐU') throw new Error(`expected 62-TB/ĐU, got ${issued.numberSymbol}`);
  return { meetingId: meeting.id, conclusionId: draft.id };
}
