import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

describe('evidence files received in a package', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));

  it('replaces a copy cut short at the receiver; the received copy opens whole', async () => {
    const a = startOffice('vpdu');
    const b = startOffice('ubnd');
    offices.push(a, b);
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T09:30:00'));
    const [task] = await a.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Báo cáo kết quả thu ngân sách quý II', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-07-15' }] });
    const file = join(a.dir, 'bao-cao-ngan-sach.pdf');
    const bytes = Buffer.from('%PDF-1.4 Báo cáo thu ngân sách quý II năm 2026 của UBND xã '.repeat(300));
    writeFileSync(file, bytes);
    await a.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã nộp báo cáo', reportDate: '2026-05-08', evidenceFiles: [a.readable(file)] });

    const sha = createHash('sha256').update(bytes).digest('hex');
    const atB = join(b.core.ctx.dataDir, 'evidence', `${sha}.pdf`);
    mkdirSync(join(b.core.ctx.dataDir, 'evidence'), { recursive: true });
    writeFileSync(atB, bytes.subarray(0, 700)); // an earlier receive cut short by a pulled stick
    await b.receive(await a.exportFor(null));

    expect(readFileSync(atB).equals(bytes)).toBe(true);
    const evidence = (await b.call('tasks.get', { id: task!.id })).progress[0]!.evidence[0]!;
    const content = await b.call('tasks.evidenceContent', { evidenceId: evidence.id });
    expect(Buffer.from(content.base64, 'base64').equals(bytes)).toBe(true);
  });
});
