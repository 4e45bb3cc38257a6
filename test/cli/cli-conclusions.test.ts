import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const root = resolve(__dirname, '../..');

function runProcess(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe('CLI: conclusions, meetings, search', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const db = () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    return join(t.dir, 'o.sqlite');
  };

  it('creates a draft, issues it, lists it and finds it — even on a database made by init alone', async () => {
    const file = db();
    expect((await cli(['init', '--db', file])).code).toBe(0);
    const created = await cli(['conclusion', 'new', '--db', file, '--kind', 'TB', '--title', 'về kết quả tháng 4 của Đảng ủy Kiến Minh']);
    expect(created.code).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const issued = await cli(['conclusion', 'issue', '--db', file, id]);
    expect(issued.code).toBe(0);
    expect(issued.out.trim()).toBe('01-TB/ĐU');

    const list = JSON.parse((await cli(['conclusions', '--db', file, '--json'])).out) as Array<{ id: string; numberSymbol: string }>;
    expect(list).toEqual([expect.objectContaining({ id, numberSymbol: '01-TB/ĐU' })]);
    expect(JSON.parse((await cli(['meetings', '--db', file, '--json'])).out)).toEqual([]);
    const hits = JSON.parse((await cli(['search', '--db', file, 'dang uy kien minh', '--json'])).out) as Array<{ entityId: string; snippetText: string }>;
    expect(hits[0]?.entityId).toBe(id);
    expect(hits[0]?.snippetText).toContain('[Đảng] [ủy] [Kiến] [Minh]');
  });

  it('says what is wrong in Vietnamese', async () => {
    const file = db();
    expect((await cli(['conclusion', 'new', '--db', file, '--kind', 'XX', '--title', 'a'])).err).toMatch(/TB hoặc KL/);
    const missing = await cli(['conclusion', 'issue', '--db', file, 'no-such-id']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Không tìm thấy kết luận/);
  });

  it('gives two consecutive, different numbers to two issue processes started at the same moment', async () => {
    const file = db();
    await cli(['init', '--db', file]);
    const a = (await cli(['conclusion', 'new', '--db', file, '--kind', 'TB', '--title', 'về A'])).out.trim();
    const b = (await cli(['conclusion', 'new', '--db', file, '--kind', 'TB', '--title', 'về B'])).out.trim();
    const [ra, rb] = await Promise.all([runProcess(['conclusion', 'issue', '--db', file, a]), runProcess(['conclusion', 'issue', '--db', file, b])]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect([ra.out.trim(), rb.out.trim()].sort()).toEqual(['01-TB/ĐU', '02-TB/ĐU']);
  }, 60_000);
});
