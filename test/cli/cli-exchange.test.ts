import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';
import { sampleProfile } from '../support/core-harness';
import { createCore } from '../../electron/core/create-core';

describe('CLI: package export / import, trust, conflicts, identity', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('exports, previews without changing anything, trusts by fingerprint and imports with --yes', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const core = createCore({ dbPath: a });
    await core.dispatch('profile.save', sampleProfile);
    core.close();
    const pkg = join(dir, 'goi.vpdu');
    const ida = await cli(['identity', '--db', a, '--json']);
    expect(ida.code).toBe(0);
    const identity = JSON.parse(ida.out) as { installId: string; fingerprint: string; name: string };
    expect(identity.fingerprint).toMatch(/^\d{30}$/);

    const made = await cli(['package', 'export', '--db', a, '--to', pkg]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Đã tạo gói goi\.vpdu/);

    const untrusted = await cli(['package', 'import', '--db', b, pkg]);
    expect(untrusted.code).toBe(0);
    expect(untrusted.out).toMatch(/CHƯA TIN CẬY/);
    expect((await cli(['package', 'import', '--db', b, pkg, '--yes'])).code).not.toBe(0);

    const trusted = await cli(['trust', '--db', b, identity.fingerprint]);
    expect(trusted.code).toBe(0);
    expect(trusted.out).toMatch(/Đã tin cậy/);
    const preview = await cli(['package', 'import', '--db', b, pkg]);
    expect(preview.out).toMatch(/Chưa nhận gì/);
    expect(JSON.parse((await cli(['conflicts', '--db', b, '--json'])).out)).toEqual([]);
    const profileBefore = await cli(['profile', '--db', b, '--json']);
    expect(profileBefore.out.trim()).toBe('null');

    const done = await cli(['package', 'import', '--db', b, pkg, '--yes']);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/Đã nhận \d+ thay đổi/);
    expect(JSON.parse((await cli(['profile', '--db', b, '--json'])).out)).toMatchObject({ committee: sampleProfile.committee });
    expect((await cli(['package', 'import', '--db', b, pkg, '--yes'])).err).toMatch(/đã được nhận/);
    expect((await cli(['package', 'history', '--db', b])).out).toMatch(/Nhận gói từ/);
  }, 60_000);

  it('package export --part-size: prints the parts it wrote; package import takes them one at a time, in any order', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const core = createCore({ dbPath: a });
    await core.dispatch('profile.save', sampleProfile);
    await core.dispatch('tasks.createMany', {
      tasks: Array.from({ length: 60 }, (_, i) => ({ conclusionId: null, content: `Việc thứ ${i + 1}: rà soát, tổng hợp và báo cáo Ban Thường vụ`, leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' })),
    });
    core.close();
    const made = await cli(['package', 'export', '--db', a, '--to', join(dir, 'goi.vpdu'), '--part-size', '20KB']);
    expect(made.code).toBe(0);
    const n = Number(/được chia thành (\d+) tệp/.exec(made.out)?.[1]);
    expect(n).toBeGreaterThanOrEqual(3);
    const listed = made.out.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split('  ')[0]!);
    expect(listed).toEqual(Array.from({ length: n }, (_, i) => join(dir, `goi-phan-${i + 1}-tren-${n}.vpdu`)));
    expect(made.out).toMatch(new RegExp(`Hãy chép đủ ${n} tệp`));

    const identity = JSON.parse((await cli(['identity', '--db', a, '--json'])).out) as { fingerprint: string };
    await cli(['package', 'import', '--db', b, listed[0]!]);
    await cli(['trust', '--db', b, identity.fingerprint]);
    for (const file of [...listed].reverse()) {
      const k = listed.indexOf(file) + 1;
      const preview = await cli(['package', 'import', '--db', b, file]);
      expect(preview.out).toMatch(new RegExp(`— phần ${k}/${n}`));
      const done = await cli(['package', 'import', '--db', b, file, '--yes']);
      expect(done.code).toBe(0);
      expect(done.out).toMatch(new RegExp(`Phần ${k}/${n}: ${k === 1 ? "Đã nhận" : "Đã giữ lại"}`));
    }
    expect((await cli(['package', 'import', '--db', b, listed[1]!, '--yes'])).err).toMatch(new RegExp(`Phần 2/${n} này đã được nhận`));
    const history = JSON.parse((await cli(['package', 'history', '--db', b, '--json'])).out) as Array<{ fileName: string }>;
    expect(history.map((h) => h.fileName).sort()).toEqual(listed.map((l) => l.slice(dir.length + 1)).sort());
    const check = createCore({ dbPath: b });
    try {
      expect(check.ctx.sqlite.prepare('SELECT count(*) FROM tasks').pluck().get()).toBe(60);
      expect(check.ctx.sqlite.prepare('SELECT count(*) FROM exchange_backlog').pluck().get()).toBe(0);
    } finally {
      check.close();
    }
  }, 60_000);

  it('package export --unit UNIT_ID: only that unit\'s tasks travel, as a scoped package', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const core = createCore({ dbPath: a });
    await core.dispatch('profile.save', sampleProfile);
    const made = await core.dispatch('tasks.createMany', {
      tasks: [
        { conclusionId: null, content: 'Rà soát đất công', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-30' },
        { conclusionId: null, content: 'Việc của Mặt trận', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-05-30' },
      ],
    });
    core.close();
    if (!made.ok) throw new Error('tasks not made');
    const pkg = join(dir, 'ubnd.vpdu');
    const out = await cli(['package', 'export', '--db', a, '--to', pkg, '--unit', 'seed-peoplesCommittee']);
    expect(out.code).toBe(0);
    expect(out.out).toMatch(/bản ghi của đơn vị/);
    const identity = JSON.parse((await cli(['identity', '--db', a, '--json'])).out) as { fingerprint: string };
    await cli(['package', 'import', '--db', b, pkg]);
    await cli(['trust', '--db', b, identity.fingerprint]);
    const done = await cli(['package', 'import', '--db', b, pkg, '--yes']);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/liên quan đến đơn vị "UBND xã"/);
    const check = createCore({ dbPath: b });
    try {
      const contents = check.ctx.sqlite.prepare('SELECT content FROM tasks ORDER BY content').pluck().all();
      expect(contents).toEqual(['Rà soát đất công']);
    } finally {
      check.close();
    }
    expect((await cli(['package', 'export', '--db', a, '--to', join(dir, 'x.vpdu'), '--unit', 'khong-co'])).code).not.toBe(0);
  }, 60_000);
});
