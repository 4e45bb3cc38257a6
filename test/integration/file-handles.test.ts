/**
 * Paths never come from the renderer: every file-taking method accepts only a handle the
 * Node side granted (a dialog, the CLI, the OS opening a file), for the access it was
 * granted with. A page that sends a path — or guesses a handle — reads and writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderDialogs } from '../../electron/dev-server/test-dialogs';
import { startLoopbackServer, type LoopbackServer } from '../../electron/dev-server/loopback-server';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const FORGED = `fh_${'0'.repeat(32)}`;

describe('file handles at the contract boundary', () => {
  let h: CoreHarness;
  let conclusionId: string;
  let taskId: string;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
    const m = await h.call('meetings.create', kienMinhMeeting);
    conclusionId = (await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'monthly' })).id;
    taskId = (await h.call('tasks.create', { conclusionId, content: 'Báo cáo kết quả', leadUnitIds: ['seed-partyOffice'] })).id;
  });
  afterEach(() => h.close());

  it('refuses import.previewFile with /etc/passwd, as a path, a forged handle or a handle for writing', async () => {
    expect((await h.fail('import.previewFile', { path: '/etc/passwd' })).code).toBe('VALIDATION');
    expect((await h.fail('import.previewFile', { file: '/etc/passwd' })).code).toBe('VALIDATION');
    expect((await h.fail('import.previewFile', { file: FORGED })).code).toBe('FILE_DENIED');
    expect((await h.fail('import.previewFile', { file: h.writable('/etc/passwd') })).code).toBe('FILE_DENIED');
  });

  it('refuses evidence from an arbitrary path and records nothing', async () => {
    const secret = join(h.dir, 'secret.txt');
    writeFileSync(secret, 'not chosen by the user');
    for (const evidenceFiles of [[secret], ['/etc/passwd'], [FORGED], [h.folder(h.dir)]]) {
      const e = await h.fail('tasks.recordProgress', { taskId, status: 'inProgress', evidenceFiles });
      expect(['VALIDATION', 'FILE_DENIED']).toContain(e.code);
    }
    // The old field name is not a back door: unknown keys are dropped, so nothing is attached.
    await h.call('tasks.recordProgress', { taskId, status: 'inProgress', evidencePaths: [secret] } as never);
    const progress = (await h.call('tasks.get', { id: taskId })).progress;
    expect(progress.flatMap((p) => p.evidence)).toEqual([]);
    expect(existsSync(join(h.core.ctx.dataDir, 'evidence'))).toBe(false);
  });

  it('refuses an export to an arbitrary path and writes nothing there', async () => {
    const outside = join(h.dir, 'outside');
    mkdirSync(outside);
    const target = join(outside, 'x.docx');
    expect((await h.fail('export.conclusionDocx', { id: conclusionId, target })).code).toBe('VALIDATION');
    expect((await h.fail('export.conclusionDocx', { id: conclusionId, target: FORGED })).code).toBe('FILE_DENIED');
    expect((await h.fail('export.conclusionDocx', { id: conclusionId, target: h.readable(target) })).code).toBe('FILE_DENIED');
    expect((await h.fail('followup.export', { format: 'xlsx', target: h.readable(join(outside, 'x.xlsx')) })).code).toBe('FILE_DENIED');
    expect((await h.fail('followup.report', { from: '2026-01-01', to: '2026-12-31', target })).code).toBe('VALIDATION');
    // A path in the old field is dropped; without a dialog (noDialogs) nothing is written.
    const r = await h.call('export.conclusionDocx', { id: conclusionId, path: target } as never);
    expect(r.path).toBeNull();
    expect(readdirSync(outside)).toEqual([]);
  });

  it('lists a folder only through a folder handle and hands back read handles, not paths', async () => {
    const folder = join(h.dir, 'archive');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'x');
    expect((await h.fail('import.listFolder', { folder: h.readable(folder) })).code).toBe('FILE_DENIED');
    const { files } = await h.call('import.listFolder', { folder: h.folder(folder) });
    expect(files).toEqual([{ handle: expect.stringMatching(/^fh_[0-9a-f]{32}$/) as unknown, name: 'a.txt' }]);
    expect(JSON.stringify(files)).not.toContain(folder);
  });

  it('forgets handles when the core restarts', async () => {
    const handle = h.readable('/etc/hostname');
    h.reopen();
    expect((await h.fail('import.previewFile', { file: handle })).code).toBe('FILE_DENIED');
  });
});

describe('file handles over the loopback transport (the dialog double)', () => {
  let h: CoreHarness;
  let server: LoopbackServer;
  const queue = { open: [] as string[][] };
  beforeEach(async () => {
    h = startCore();
    h.core.close();
    const saveDir = join(h.dir, 'saved');
    mkdirSync(saveDir);
    h.core = (await import('../../electron/core/create-core')).createCore({ dbPath: h.dbPath, dialogs: folderDialogs(saveDir, queue) });
    server = await startLoopbackServer({ core: h.core, staticDir: h.dir, dialogAnswers: queue });
  });
  afterEach(async () => {
    await server.close();
    h.close();
  });

  async function api(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
    const res = await fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  }

  it('answers dialogs with handles and names only, and refuses a path', async () => {
    const doc = join(h.dir, 'tb.txt');
    writeFileSync(doc, 'ĐẢNG BỘ XÃ\nTHÔNG BÁO\nKẾT LUẬN');
    queue.open.push([doc]);
    const opened = await api('dialog.openFile', {});
    expect(opened).toMatchObject({ ok: true, value: { files: [{ name: 'tb.txt' }] } });
    expect(JSON.stringify(opened)).not.toContain(h.dir);
    const saved = await api('dialog.saveFile', { defaultName: 'x.docx' });
    expect(JSON.stringify(saved)).not.toContain(h.dir);
    expect(await api('import.previewFile', { file: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await api('import.previewFile', { file: FORGED })).toMatchObject({ ok: false, error: { code: 'FILE_DENIED' } });
  });
});
