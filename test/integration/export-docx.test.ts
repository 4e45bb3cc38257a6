import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderDialogs } from '../../electron/dev-server/test-dialogs';
import { conclusionContentSchema } from '../../shared/conclusions/schema';
import { cli } from '../support/run-cli';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

function documentXml(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no document.xml');
  return strFromU8(xml);
}

/** Visible text of the document (runs joined per paragraph). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('DOCX export through the contract', () => {
  let h: CoreHarness;
  let saveDir: string;
  beforeEach(async () => {
    h = startCore();
    saveDir = join(h.dir, 'saved');
    h.core.close();
    mkdirSync(saveDir, { recursive: true });
    h.core = (await import('../../electron/core/create-core')).createCore({ dbPath: h.dbPath, dialogs: folderDialogs(saveDir, { open: [] }), validateOutput: true });
    await h.call('profile.save', sampleProfile);
    await h.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
  });
  afterEach(() => h.close());

  async function issuedConclusion() {
    const m = await h.call('meetings.create', kienMinhMeeting);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'monthly' });
    return h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' });
  }

  it('saves through the Save dialog with a sensible file name, in Party layout', async () => {
    const c = await issuedConclusion();
    const r = await h.call('export.conclusionDocx', { id: c.id });
    expect(r.fileName).toBe('62-TB-ĐU_2026-05-08_danh-gia-ket-qua-thuc-hien.docx');
    expect(r.path).toBe(join(saveDir, r.fileName));
    const xml = documentXml(r.path!);
    const text = paragraphs(xml);
    expect(text).toContain('Số 62-TB/ĐU');
    expect(text).toContain('Kiến Minh, ngày 08 tháng 5 năm 2026');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).toContain('Vũ Bình Dương');
    expect(text.at(-1) === '- Lưu VPĐU.' || text.includes('- Lưu VPĐU.')).toBe(true);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar\b([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const attr = (name: string) => new RegExp(`w:${name}="(\\d+)"`).exec(margins)?.[1];
    // HD 36: top and bottom 20 mm, left 30 mm, right 15 mm (twips).
    expect({ top: attr('top'), right: attr('right'), bottom: attr('bottom'), left: attr('left') }).toEqual({ top: '1134', right: '850', bottom: '1134', left: '1701' });
    expect(text.some((t) => t.includes('DỰ THẢO'))).toBe(false);
  });

  it('marks an unissued draft DỰ THẢO with a blank number', async () => {
    const m = await h.call('meetings.create', kienMinhMeeting);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'monthly' });
    const out = join(h.dir, 'draft.docx');
    await h.call('export.conclusionDocx', { id: c.id, target: h.writable(out) });
    const text = paragraphs(documentXml(out));
    expect(text).toContain('DỰ THẢO');
    expect(text.some((t) => /^Số\s+-TB\/ĐU$/.test(t))).toBe(true);
  });

  it('exports the minutes of a meeting with both signatures', async () => {
    const m = await h.call('meetings.create', kienMinhMeeting);
    const out = join(h.dir, 'bb.docx');
    await h.call('export.minutesDocx', { meetingId: m.id, target: h.writable(out) });
    const text = paragraphs(documentXml(out));
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('NGƯỜI GHI BIÊN BẢN');
    expect(text).toContain('CHỦ TRÌ');
    expect(text.join('\n')).toContain('Đỗ Đức Úy');
  });

  it('prints the issued conclusion of the meeting as the minutes\' conclusion section, and never the internal note', async () => {
    const m = await h.call('meetings.create', { ...kienMinhMeeting, notes: 'Nhập từ văn bản kết luận đã ban hành.' });
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'monthly' });
    const outline = [
      { id: 'k1', kind: 'heading1' as const, runs: [{ text: 'Nhiệm vụ trọng tâm tháng 5 năm 2026' }] },
      { id: 'k2', kind: 'heading2' as const, runs: [{ text: 'UBND xã: tập trung thu ngân sách, giải ngân vốn đầu tư công.' }] },
    ];
    // The stored content with its outline replaced (zod drops the record's own fields).
    const content = conclusionContentSchema.parse(await h.call('conclusions.get', { id: c.id }));
    await h.call('conclusions.update', { id: c.id, content: { ...content, outline } });
    await h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' });
    const out = join(h.dir, 'bb-ket-luan.docx');
    await h.call('export.minutesDocx', { meetingId: m.id, target: h.writable(out) });
    const text = paragraphs(documentXml(out));
    const at = text.findIndex((t) => t.endsWith('Kết luận của hội nghị'));
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 4)).toEqual([
      'Thay mặt hội nghị, đồng chí Vũ Bình Dương kết luận (Thông báo kết luận số 62-TB/ĐU ngày 08/5/2026):',
      'I. Nhiệm vụ trọng tâm tháng 5 năm 2026',
      '1. UBND xã: tập trung thu ngân sách, giải ngân vốn đầu tư công.',
    ]);
    expect(text.join('\n')).not.toContain('Nhập từ văn bản');
  });

  it('reports a missing folder in Vietnamese and leaves no partial file', async () => {
    const c = await issuedConclusion();
    const e = await h.fail('export.conclusionDocx', { id: c.id, target: h.writable(join(h.dir, 'no-such-usb', 'x.docx')) });
    expect(e.code).toBe('IO');
    expect(e.message).toMatch(/không tồn tại/);
    const wrongExt = await h.fail('export.conclusionDocx', { id: c.id, target: h.writable(join(h.dir, 'x.pdf')) });
    expect(wrongExt.message).toMatch(/\.docx/);
    expect(readdirSync(h.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves neither a partial file nor its temporary copy when the last step of a save fails', async () => {
    const c = await issuedConclusion();
    // A folder already has the target's name: the document is written in full to its temporary
    // name beside it, and only the final rename fails.
    const taken = join(saveDir, 'taken.docx');
    mkdirSync(join(taken, 'inside'), { recursive: true });
    const e = await h.fail('export.conclusionDocx', { id: c.id, target: h.writable(taken) });
    expect(e.code).toBe('IO');
    expect(e.message).toMatch(/thư mục tên "taken\.docx"/);
    expect(readdirSync(saveDir).sort()).toEqual(['taken.docx']);
    expect(readdirSync(taken)).toEqual(['inside']);
  });

  it('exports from the CLI', async () => {
    const c = await issuedConclusion();
    h.core.close();
    const out = join(h.dir, 'cli.docx');
    const r = await cli(['export-docx', '--db', h.dbPath, '--conclusion', c.id, '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(paragraphs(documentXml(out))).toContain('Số 62-TB/ĐU');
    const m = JSON.parse((await cli(['meetings', '--db', h.dbPath, '--json'])).out) as Array<{ id: string }>;
    const outBb = join(h.dir, 'cli-bb.docx');
    expect((await cli(['export-docx', '--db', h.dbPath, '--minutes', m[0]!.id, '--out', outBb])).code).toBe(0);
    expect(paragraphs(documentXml(outBb))).toContain('BIÊN BẢN');
    expect((await cli(['export-docx', '--db', h.dbPath, '--out', outBb])).code).toBe(2);
    h.core = (await import('../../electron/core/create-core')).createCore({ dbPath: h.dbPath });
  });
});
