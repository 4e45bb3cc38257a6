import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

/** Search over follow-up: progress notes are found, a task hit names its conclusion. */
describe('search over tasks and their progress', () => {
  let h: CoreHarness;
  let taskId: string;
  beforeEach(async () => {
    h = startCore();
    await h.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await h.call('profile.save', sampleProfile);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank', summary: 'về công tác chuyển đổi số' });
    await h.call('conclusions.update', { id: c.id, content: { ...c, outline: [{ id: 'p1', kind: 'paragraph', runs: [{ text: 'Giao UBND xã triển khai.' }] }] } });
    await h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' });
    const [task] = await h.call('tasks.createMany', {
      tasks: [{ conclusionId: c.id, content: 'Triển khai dịch vụ công trực tuyến toàn trình', leadUnitIds: [], supportingUnitIds: [], leadUnitNames: ['UBND xã'], supportingUnitNames: [], dueDate: '2026-06-30' }],
    });
    taskId = task!.id;
  });
  afterEach(() => h.close());

  it('finds a task by any of its progress notes, not only the last one', async () => {
    await h.call('tasks.recordProgress', { taskId, status: 'inProgress', note: 'Đã khảo sát hạ tầng mạng tại trụ sở', reportDate: '2026-05-15' });
    await h.call('tasks.recordProgress', { taskId, status: 'inProgress', note: 'Đã tập huấn cho cán bộ một cửa', reportDate: '2026-05-25' });
    for (const q of ['khao sat ha tang', 'tap huan can bo']) {
      const hits = await h.call('search.query', { q });
      expect(hits.map((x) => x.entityId), q).toContain(taskId);
    }
    const hit = (await h.call('search.query', { q: 'khảo sát' })).find((x) => x.entityId === taskId)!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain('khảo');
    // The hit says which conclusion assigned the task.
    expect(hit.context).toBe('Kết luận 01-TB/ĐU (08/5/2026) về công tác chuyển đổi số');
  });

  it('folds full-width letters like accents: "ＵＢＮＤ" and "ｄｉｃｈ ｖｕ" find the task', async () => {
    expect((await h.call('search.query', { q: 'ｄｉｃｈ ｖｕ ｃｏｎｇ' })).map((x) => x.entityId)).toContain(taskId);
    await h.call('tasks.recordProgress', { taskId, status: 'inProgress', note: 'Báo cáo ＵＢＮＤ tháng ５', reportDate: '2026-05-20' });
    expect((await h.call('search.query', { q: 'ubnd thang 5' })).map((x) => x.entityId)).toContain(taskId);
  });
});
