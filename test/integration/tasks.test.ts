import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutlineBlock } from '../../shared/document/outline';
import { cli } from '../support/run-cli';
import { fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { kienMinhMeeting } from '../support/kien-minh';
import { outlineFromText } from '../support/outline-from-text';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

function docxXml(path: string): string {
  const xml = unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'];
  if (!xml) throw new Error(`${path}: no word/document.xml`);
  return strFromU8(xml);
}

/** The visible text of a DOCX, one paragraph a line. */
function docxText(path: string): string {
  return [...docxXml(path).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}

describe('tasks: assign from a conclusion and follow up', () => {
  let h: CoreHarness;
  let conclusionId: string;
  beforeEach(async () => {
    h = startCore();
    await h.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await h.call('profile.save', sampleProfile);
    await h.call('register.setStartNumber', { docType: 'TB', lastNumber: 61 });
    const m = await h.call('meetings.create', kienMinhMeeting);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'blank' });
    const outline: OutlineBlock[] = outlineFromText(fixtureText(KIEN_MINH_FILE));
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline } });
    conclusionId = (await h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' })).id;
  });
  afterEach(() => h.close());

  async function acceptAll() {
    const proposals = await h.call('tasks.propose', { conclusionId });
    return h.call('tasks.createMany', {
      tasks: proposals.map((p) => ({
        conclusionId,
        content: p.content,
        leadUnitIds: p.leadUnitIds,
        supportingUnitIds: p.supportingUnitIds,
        leadUnitNames: p.leadUnitNames,
        supportingUnitNames: p.supportingUnitNames,
        dueDate: p.dueDate ?? '2026-05-31',
        recurrence: p.recurrence,
        sourceBlockId: p.sourceBlockId,
        sourceSection: p.sourceSection,
      })),
    });
  }

  it('proposes the tasks of the conclusion by unit, and marks them once assigned', async () => {
    const proposals = await h.call('tasks.propose', { conclusionId });
    const ubnd = proposals.filter((p) => p.leadUnitIds.includes('seed-peoplesCommittee'));
    expect(ubnd).toHaveLength(12);
    expect(proposals.some((p) => p.leadUnitIds.includes('seed-partyOffice') && /theo dõi, đôn đốc việc thực hiện Kết luận/i.test(p.content))).toBe(true);
    expect(proposals.every((p) => !/^Trong tháng 4\/2026/.test(p.content))).toBe(true);
    await acceptAll();
    expect((await h.call('tasks.propose', { conclusionId })).every((p) => p.alreadyAssigned)).toBe(true);
  });

  it('lists by unit, by conclusion, overdue and due this week as the clock moves', async () => {
    const created = await acceptAll();
    expect(created.length).toBe(22);
    // 12 tasks led by UBND, and 2 more where it supports ("phối hợp chặt chẽ với UBND").
    expect((await h.call('tasks.list', { unitId: 'seed-peoplesCommittee', unitRole: 'lead' })).total).toBe(12);
    const byUnit = await h.call('tasks.list', { unitId: 'seed-peoplesCommittee' });
    expect(byUnit.total).toBe(14);
    expect((await h.call('tasks.list', { unitName: 'Ủy ban nhân dân xã' })).total).toBe(14);
    expect((await h.call('tasks.list', { unitName: 'UBND xã', unitRole: 'lead' })).total).toBe(12);
    expect((await h.call('tasks.list', { conclusionId })).total).toBe(created.length);
    expect((await h.call('tasks.list', { view: 'overdue' })).total).toBe(0);
    expect((await h.call('tasks.list', { view: 'week' })).total).toBe(0);

    // Most tasks carry the default end-of-May deadline; one reads "quý II năm 2026" (30/6).
    const inMay = created.filter((t) => t.dueDate === '2026-05-31').length;
    expect(created.filter((t) => t.dueDate === '2026-06-30').length).toBe(created.length - inMay);
    await h.core.clock.setNow(new Date('2026-05-26T09:00:00'));
    expect((await h.call('tasks.list', { view: 'week' })).total).toBe(inMay);
    await h.core.clock.setNow(new Date('2026-06-02T09:00:00'));
    const overdue = await h.call('tasks.list', { view: 'overdue' });
    expect(overdue.total).toBe(inMay);
    expect(overdue.items[0]?.overdue).toBe(true);
    expect(overdue.items[0]?.daysOverdue).toBe(2);
    const counters = await h.call('tasks.counters', {});
    expect(counters.overdue).toBe(inMay);
    expect(counters.open).toBe(created.length);
    expect(counters.byUnit.find((u) => u.unitId === 'seed-peoplesCommittee')).toMatchObject({ open: 12, overdue: 11, unitName: 'UBND xã' });
    const home = await h.call('home.summary', {});
    expect(home.counts.overdueTasks).toBe(inMay);
    expect(home.dueSoon.length).toBeGreaterThan(0);
  });

  it('records progress with evidence kept by hash; late completion is "hoàn thành quá hạn"', async () => {
    const [task] = await acceptAll();
    const evidence = join(h.dir, 'cong-van-bao-cao.pdf');
    writeFileSync(evidence, 'Báo cáo kết quả giải phóng mặt bằng');
    const inProgress = await h.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã bàn giao 80% mặt bằng', reportDate: '2026-05-20', evidenceFiles: [h.readable(evidence)] });
    expect(inProgress.status).toBe('inProgress');
    expect(inProgress.lastNote).toBe('Đã bàn giao 80% mặt bằng');
    const late = await h.call('tasks.recordProgress', { taskId: task!.id, status: 'done', note: 'Hoàn thành', reportDate: '2026-06-05' });
    expect(late.status).toBe('doneLate');
    expect(late.completedDate).toBe('2026-06-05');
    const full = await h.call('tasks.get', { id: task!.id });
    expect(full.progress.map((p) => p.status)).toEqual(['doneLate', 'inProgress']);
    const sha = createHash('sha256').update(readFileSync(evidence)).digest('hex');
    expect(full.progress[1]?.evidence[0]).toMatchObject({ fileName: 'cong-van-bao-cao.pdf', sha256: sha });
    expect(existsSync(join(h.core.ctx.dataDir, 'evidence', `${sha}.pdf`))).toBe(true);
    expect(full.source?.paragraph).toContain(task!.content.slice(0, 30));
    expect(full.source?.heading).toMatch(/^1\. Lãnh đạo UBND xã/);
  });

  it('refuses a missing evidence file without recording anything', async () => {
    const [task] = await acceptAll();
    const e = await h.fail('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', evidenceFiles: [h.readable(join(h.dir, 'khong-co.pdf'))] });
    expect(e.code).toBe('IO');
    expect((await h.call('tasks.get', { id: task!.id })).progress).toEqual([]);
  });

  it('opens the next occurrence of a recurring task when it is completed', async () => {
    const t = await h.call('tasks.create', { conclusionId, content: 'Báo cáo kết quả thực hiện hằng tháng', leadUnitIds: ['seed-partyOffice'], dueDate: '2026-05-31', recurrence: 'monthly' });
    await h.call('tasks.recordProgress', { taskId: t.id, status: 'done', note: 'Đã báo cáo tháng 5', reportDate: '2026-05-30' });
    const next = (await h.call('tasks.list', { unitId: 'seed-partyOffice', view: 'open' })).items.find((x) => x.recursFromId === t.id);
    expect(next).toMatchObject({ dueDate: '2026-06-30', status: 'notStarted', recurrence: 'monthly' });
  });

  it('finds tasks by search', async () => {
    await acceptAll();
    const hits = await h.call('search.query', { q: 'nghia trang nhan dan' });
    expect(hits.some((x) => x.entityType === 'task')).toBe(true);
  });

  it('exports the follow-up sheet as XLSX whose cells read back, and as DOCX; and the period report', async () => {
    const tasks = await acceptAll();
    await h.call('tasks.recordProgress', { taskId: tasks[0]!.id, status: 'inProgress', note: 'Đang triển khai', reportDate: '2026-05-20' });
    const xlsx = join(h.dir, 'theo-doi.xlsx');
    const r = await h.call('followup.export', { format: 'xlsx', target: h.writable(xlsx), unitName: 'UBND xã' });
    expect(r.rows).toBe(14);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('BẢNG THEO DÕI THỰC HIỆN KẾT LUẬN CỦA BAN THƯỜNG VỤ, THƯỜNG TRỰC ĐẢNG ỦY');
    expect(ws.getRow(5).values).toEqual([
      undefined, 'STT', 'Nội dung nhiệm vụ', 'Số kết luận', 'Ngày kết luận', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
      'Thời hạn', 'Tình trạng', 'Kết quả, tiến độ', 'Ngày hoàn thành', 'Ghi chú',
    ]);
    // Typed cells: the office sorts and filters them in Excel.
    expect(ws.getCell('C6').value).toBe('62-TB/ĐU');
    expect(ws.getCell('D6').value).toEqual(new Date(Date.UTC(2026, 4, 8)));
    expect(ws.getCell('D6').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('E6').value).toBe('UBND xã');
    expect(ws.getCell('G6').value).toEqual(new Date(Date.UTC(2026, 4, 31)));
    expect(ws.getCell('G6').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('H6').value).toBe('Đang thực hiện');
    expect(ws.getCell('I6').value).toBe('Đang triển khai');
    expect(ws.getCell('A19').value).toBe(14);

    const docx = join(h.dir, 'theo-doi.docx');
    const inMay = tasks.filter((t) => t.dueDate! <= '2026-05-31').length;
    expect((await h.call('followup.export', { format: 'docx', target: h.writable(docx), from: '2026-05-01', to: '2026-05-31' })).rows).toBe(inMay);
    const sheet = docxText(docx);
    expect(sheet).toMatch(/BẢNG THEO DÕI/);
    expect(docxXml(docx)).toMatch(/w:orient="landscape"/);
    // Every task of the period is a row of the sheet, and none from outside it.
    for (const t of tasks.filter((x) => x.dueDate! <= '2026-05-31')) expect(sheet).toContain(t.content.slice(0, 40));
    for (const t of tasks.filter((x) => x.dueDate! > '2026-05-31')) expect(sheet).not.toContain(t.content.slice(0, 40));
    const report = join(h.dir, 'bao-cao.docx');
    expect((await h.call('followup.report', { from: '2026-05-01', to: '2026-05-31', target: h.writable(report) })).path).toBe(report);
    const reportText = docxText(report);
    expect(reportText).toMatch(/BÁO CÁO/);
    expect(reportText).toContain(`Tổng số ${inMay} nhiệm vụ`);
    expect(reportText).toContain('UBND xã');
    expect((await h.fail('followup.report', { from: '2026-06-01', to: '2026-05-01', target: h.writable(report) })).code).toBe('VALIDATION');
  });

  it('works from the CLI: tasks --json, progress, followup', async () => {
    const tasks = await acceptAll();
    h.core.close();
    const list = JSON.parse((await cli(['tasks', '--db', h.dbPath, '--json', '--unit', 'UBND xã'])).out) as Array<{ id: string; leadUnits: string[]; dueDate: string; status: string; sourceConclusion: { numberSymbol: string } }>;
    expect(list).toHaveLength(14);
    expect(list[0]).toMatchObject({ leadUnits: ['UBND xã'], status: 'notStarted', sourceConclusion: { numberSymbol: '62-TB/ĐU' } });
    const p = await cli(['progress', '--db', h.dbPath, tasks[0]!.id, '--status', 'dang-thuc-hien', '--note', 'Đang làm']);
    expect(p.code).toBe(0);
    expect(p.out).toMatch(/Đang thực hiện/);
    expect((await cli(['progress', '--db', h.dbPath, tasks[0]!.id, '--status', 'xong'])).code).toBe(2);
    const out = join(h.dir, 'cli.xlsx');
    const f = await cli(['followup', '--db', h.dbPath, '--out', out, '--from', '2026-05-01', '--to', '2026-05-31', '--unit', 'UBND xã']);
    expect(f.code).toBe(0);
    // 14 tasks involve UBND; one of them is due in June, outside the period.
    expect(f.out).toMatch(/13 nhiệm vụ/);
    // "Overdue" is relative to today: pin the CLI's today so the answer does not depend on the date the suite runs.
    const inMay = tasks.filter((t) => t.dueDate === '2026-05-31').map((t) => t.id);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-05-20T09:00:00') });
    try {
      expect(JSON.parse((await cli(['tasks', '--db', h.dbPath, '--json', '--overdue'])).out)).toEqual([]);
      vi.setSystemTime(new Date('2026-06-02T09:00:00'));
      const overdue = JSON.parse((await cli(['tasks', '--db', h.dbPath, '--json', '--overdue'])).out) as Array<{ id: string; dueDate: string }>;
      expect(overdue.map((t) => t.id).sort()).toEqual([...inMay].sort());
    } finally {
      vi.useRealTimers();
    }
    h.core = (await import('../../electron/core/create-core')).createCore({ dbPath: h.dbPath });
  });
});
