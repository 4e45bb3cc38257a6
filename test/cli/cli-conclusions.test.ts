import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleProfile } from '../support/core-harness';
import { cli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

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
  it('continues the sequence after the term is renamed in the profile (no new term, no second 01)', async () => {
    const file = db();
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    const profileFile = (name: string) => {
      const path = join(t.dir, `${name}.json`);
      writeFileSync(path, JSON.stringify({ ...sampleProfile, term: { ...sampleProfile.term, name } }));
      return path;
    };
    expect((await cli(['profile', '--db', file, '--set', profileFile('khóa I')])).code).toBe(0);
    const issue = async (title: string, date: string) => {
      const id = (await cli(['conclusion', 'new', '--db', file, '--kind', 'TB', '--title', title])).out.trim();
      return cli(['conclusion', 'issue', '--db', file, id, '--date', date]);
    };
    expect((await issue('về việc thứ nhất', '2026-03-02')).out.trim()).toBe('01-TB/ĐU');
    expect((await cli(['profile', '--db', file, '--set', profileFile('Khóa I')])).code).toBe(0);
    const second = await issue('về việc thứ hai', '2026-03-09');
    expect(second.code).toBe(0);
    expect(second.out.trim()).toBe('02-TB/ĐU');
    const profile = JSON.parse((await cli(['profile', '--db', file, '--json'])).out) as { term: { name: string } };
    expect(profile.term.name).toBe('Khóa I');
  });

  // Two issues at the same moment: test/integration/numbering-race.test.ts pauses one inside its
  // transaction, which two real processes cannot do deterministically.
});
