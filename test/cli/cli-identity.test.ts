import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

describe('CLI: identity', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('prints the install id, name and key fingerprint; a copy at another path reports another id once opened', async () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    const db = join(t.dir, 'o.sqlite');
    const first = await cli(['identity', '--db', db, '--json']);
    expect(first.code).toBe(0);
    const id = JSON.parse(first.out) as { id: string; name: string; fingerprint: string | null };
    expect(id.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id.name).toMatch(/^Máy /);
    // Keys are made at first start: 30 digits, read aloud in six groups.
    expect(id.fingerprint).toMatch(/^\d{30}$/);
    expect(JSON.parse((await cli(['identity', '--db', db, '--json'])).out)).toEqual(id);
    const copy = join(t.dir, 'copy.sqlite');
    copyFileSync(db, copy);
    const copied = JSON.parse((await cli(['identity', '--db', copy, '--json'])).out) as { id: string };
    expect(copied.id).not.toBe(id.id);
    expect(JSON.parse((await cli(['identity', '--db', copy, '--json'])).out)).toEqual(copied);
  });

  it('renames the install with --rename and refuses a name too short, saving nothing', async () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    const db = join(t.dir, 'o.sqlite');
    const renamed = await cli(['identity', '--db', db, '--rename', 'VPĐU Kiến Minh — máy Chánh VP', '--json']);
    expect(renamed.code).toBe(0);
    const id = JSON.parse(renamed.out) as { id: string; name: string };
    expect(id.name).toBe('VPĐU Kiến Minh — máy Chánh VP');
    const refused = await cli(['identity', '--db', db, '--rename', 'x']);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/Tên máy cần ít nhất 3 ký tự/);
    const shown = await cli(['identity', '--db', db]);
    expect(shown.out.split('\n')[0]).toBe('VPĐU Kiến Minh — máy Chánh VP');
    expect(shown.out).toContain(`Mã máy: ${id.id}`);
  });
});
