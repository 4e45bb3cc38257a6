import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app-session';
import { completeFirstRun, issueKienMinhConclusion } from './support/pages';

function docText(path: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('exporting official DOCX from the screens', () => {
  const app = useApp();

  it('saves the issued conclusion and the minutes through the Save dialog with sensible names', async () => {
    await completeFirstRun(app.page);
    const { meetingId, conclusionId } = await issueKienMinhConclusion(app, { body: 'template' });

    await app.page.goto(`${app.server.url}/#/conclusions/${conclusionId}`);
    await app.page.getByRole('button', { name: 'Thao tác khác' }).click();
    await app.page.getByRole('menuitem', { name: /Xuất văn bản Word/ }).click();
    await app.page.getByText('Đã xuất văn bản', { exact: true }).waitFor();
    const files = readdirSync(app.saveDir);
    expect(files).toEqual(['62-TB-ĐU_2026-05-08_danh-gia-ket-qua-thuc-hien.docx']);
    const text = docText(join(app.saveDir, files[0]!));
    expect(text).toContain('Số 62-TB/ĐU');
    expect(text).toContain('Kiến Minh, ngày 08 tháng 5 năm 2026');

    await app.page.goto(`${app.server.url}/#/meetings/${meetingId}`);
    await app.page.getByRole('button', { name: 'Xuất biên bản (.docx)' }).click();
    await app.page.getByText('Đã xuất biên bản', { exact: true }).waitFor();
    const minutes = readdirSync(app.saveDir).find((f) => f.includes('bien-ban'));
    expect(minutes).toBeDefined();
    expect(docText(join(app.saveDir, minutes!))).toContain('BIÊN BẢN');
  });
});
