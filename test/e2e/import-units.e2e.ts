import { describe, expect, it } from 'vitest';
import { fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { useApp } from './support/app-session';
import { openImport, pasteAndRead, saveButton } from './support/import-page';
import { call, completeFirstRun } from './support/pages';

describe('import review: the units of a proposed task can be corrected', () => {
  const app = useApp();

  it('adds a supporting unit to a proposed task before saving', async () => {
    await completeFirstRun(app.page);
    await openImport(app.page);
    await pasteAndRead(app.page, fixtureText(KIEN_MINH_FILE));
    const field = app.page.locator('input[aria-label="Đơn vị phối hợp nhiệm vụ 1"]');
    await field.click();
    await app.page.getByRole('option', { name: 'Văn phòng Đảng ủy', exact: true }).click();
    await app.page.keyboard.press('Escape');
    await saveButton(app.page).click();
    await expect
      .poll(async () => (await call(app, 'tasks.list', { unitId: 'seed-partyOffice', unitRole: 'any' })).items.some((t) => t.supportingUnits.includes('Văn phòng Đảng ủy')))
      .toBe(true);
  });
});
