import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { sampleProfile } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

describe('CLI: init and profile', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const dir = () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };

  it('init creates the database; profile prints null until set, then the profile as JSON', async () => {
    const db = join(dir(), 'o.sqlite');
    const init = await cli(['init', '--db', db]);
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/Đã khởi tạo dữ liệu/);
    expect((await cli(['profile', '--db', db, '--json'])).out).toBe('null');

    const file = join(dir(), 'profile.json');
    writeFileSync(file, JSON.stringify(sampleProfile));
    const set = await cli(['profile', '--db', db, '--set', file, '--json']);
    expect(set.code).toBe(0);
    const printed = JSON.parse(set.out) as { committee: string; signers: unknown[] };
    expect(printed.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(printed.signers).toHaveLength(2);

    const text = await cli(['profile', '--db', db]);
    expect(text.out).toContain('Người ký: Đỗ Đức Úy — Chánh Văn phòng');
  });

  it('explains usage mistakes with exit code 2 and errors in Vietnamese with exit code 1', async () => {
    const noDb = await cli(['profile']);
    expect(noDb.code).toBe(2);
    expect(noDb.err).toMatch(/Thiếu --db/);
    expect((await cli(['frobnicate'])).code).toBe(2);
    const bad = join(dir(), 'bad.sqlite');
    writeFileSync(bad, 'not a database at all, just text'.repeat(20));
    const broken = await cli(['profile', '--db', bad]);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/bị hỏng/);
  });

  it('runs as `npm run cli` does (tsx entry) in a separate process', () => {
    const db = join(dir(), 'p.sqlite');
    const root = resolve(__dirname, '../..');
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', 'init', '--db', db, '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: expect.any(Number), dbPath: db });
  }, 90_000);
});
