import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noDialogs } from '../../electron/system/dialogs';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('evidence files open from the task (system viewer, or a download)', () => {
  const opened: string[] = [];
  let h: CoreHarness;
  let evidenceId: string;
  beforeEach(async () => {
    opened.length = 0;
    h = startCore({ dialogs: { ...noDialogs, openPath: (path) => Promise.resolve(opened.push(path) > 0 ? '' : 'x') } });
    await h.call('profile.save', sampleProfile);
    const [task] = await h.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Sơ kết mô hình dân vận khéo', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-06-30' }] });
    const file = join(h.dir, 'bao-cao-so-ket.docx');
    writeFileSync(file, 'báo cáo sơ kết');
    await h.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã gửi báo cáo', evidenceFiles: [h.readable(file)] });
    evidenceId = (await h.call('tasks.get', { id: task!.id })).progress[0]!.evidence[0]!.id;
  });
  afterEach(() => h.close());

  it('opens the kept copy inside the data folder, never a path from the caller', async () => {
    expect(await h.call('tasks.openEvidence', { evidenceId })).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toContain(join('evidence', ''));
    expect(opened[0]).not.toContain('bao-cao-so-ket');
    const content = await h.call('tasks.evidenceContent', { evidenceId });
    expect(content.fileName).toBe('bao-cao-so-ket.docx');
    expect(Buffer.from(content.base64, 'base64').toString('utf8')).toBe('báo cáo sơ kết');
    expect((await h.fail('tasks.openEvidence', { evidenceId: '0193a0a0-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});
