import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Evidence files kept by hash must be what their name promises, and only real files. */
describe('evidence files in the data folder', () => {
  let h: CoreHarness;
  let taskId: string;
  let evidenceDir: string;
  beforeEach(async () => {
    h = startCore();
    await h.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await h.call('profile.save', sampleProfile);
    const [task] = await h.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Kiểm tra công tác phòng cháy chữa cháy tại chợ xã', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' }] });
    taskId = task!.id;
    evidenceDir = join(h.core.ctx.dataDir, 'evidence');
  });
  afterEach(() => h.close());

  const report = (files: string[]) => h.call('tasks.recordProgress', { taskId, status: 'inProgress', note: 'Đã gửi biên bản kiểm tra', reportDate: '2026-05-20', evidenceFiles: files.map((f) => h.readable(f)) });
  const evidenceOf = async () => (await h.call('tasks.get', { id: taskId })).progress.flatMap((p) => p.evidence);
  const leftovers = () => readdirSync(evidenceDir).filter((n) => !/^[0-9a-f]{64}(\.[a-z0-9]+)?$/.test(n));

  it('replaces a copy cut short earlier that sits under the full file’s name', async () => {
    const file = join(h.dir, 'bien-ban-kiem-tra.pdf');
    const bytes = Buffer.from('%PDF-1.4 Biên bản kiểm tra phòng cháy chữa cháy chợ xã Kiến Minh, tháng 5/2026 '.repeat(200));
    writeFileSync(file, bytes);
    const stored = join(evidenceDir, `${sha256(bytes)}.pdf`);
    mkdirSync(evidenceDir, { recursive: true });
    writeFileSync(stored, bytes.subarray(0, 1000)); // what a USB pulled mid-copy left
    await report([file]);
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('replaces a damaged copy of the right size and keeps a sound one as it is', async () => {
    const file = join(h.dir, 'anh-hien-truong.jpg');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    writeFileSync(file, bytes);
    const stored = join(evidenceDir, `${sha256(bytes)}.jpg`);
    mkdirSync(evidenceDir, { recursive: true });
    const damaged = Buffer.from(bytes);
    damaged[100] = damaged[100]! ^ 0xff;
    writeFileSync(stored, damaged);
    await report([file]);
    expect(sha256(readFileSync(stored))).toBe(sha256(bytes));
    // A second report of the same file finds the sound copy and leaves it alone.
    const before = statSync(stored);
    await report([file]);
    const after = statSync(stored);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(leftovers()).toEqual([]);
  });

  it('copies a file larger than one read chunk exactly', async () => {
    const file = join(h.dir, 'ho-so-scan.pdf');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 123);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31 + (i >> 11)) % 256;
    writeFileSync(file, bytes);
    await report([file]);
    const [e] = await evidenceOf();
    expect(e).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    expect(readFileSync(join(evidenceDir, `${sha256(bytes)}.pdf`)).equals(bytes)).toBe(true);
  });

  it('refuses a symbolic link with a Vietnamese message and records nothing', async () => {
    const secret = join(h.dir, 'khong-duoc-doc.txt');
    writeFileSync(secret, 'tệp khác của máy');
    const link = join(h.dir, 'bao-cao.pdf');
    symlinkSync(secret, link);
    const error = await h.fail('tasks.recordProgress', { taskId, status: 'inProgress', note: 'x', evidenceFiles: [h.readable(link)] });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toBe('"bao-cao.pdf" là một lối tắt (liên kết) tới tệp khác, không phải tệp thật. Hãy chọn chính tệp gốc.');
    expect((await h.call('tasks.get', { id: taskId })).progress).toEqual([]);
    expect(existsSync(evidenceDir) ? readdirSync(evidenceDir) : []).toEqual([]);
  });

  it('keeps one evidence row when the same file is attached twice to one report, even under another name', async () => {
    const file = join(h.dir, 'cong-van-so-15.docx');
    writeFileSync(file, 'Công văn số 15-CV/UBND về kết quả kiểm tra');
    const copy = join(h.dir, 'cong-van-so-15 (1).docx');
    writeFileSync(copy, readFileSync(file));
    const other = join(h.dir, 'danh-sach-ho.xlsx');
    writeFileSync(other, 'Danh sách hộ kinh doanh');
    await report([file, file, copy, other]);
    expect((await evidenceOf()).map((e) => e.fileName)).toEqual(['cong-van-so-15.docx', 'danh-sach-ho.xlsx']);
  });

  it('keeps a decomposed (Mac) file name composed', async () => {
    const file = join(h.dir, 'Biên bản kiểm tra.pdf'.normalize('NFD'));
    writeFileSync(file, 'biên bản');
    await report([file]);
    expect((await evidenceOf())[0]?.fileName).toBe('Biên bản kiểm tra.pdf');
  });
});
