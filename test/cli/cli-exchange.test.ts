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
