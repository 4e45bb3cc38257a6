/**
 * Crash safety: a process killed in the middle of applying a package leaves the database as it
 * was before the import (one transaction), and the import then succeeds.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncedTables } from '../../electron/sync/synced-tables';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

function snapshot(o: Office): string {
  return JSON.stringify(syncedTables.map((t) => o.core.ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
}

describe('an import killed half way', () => {
  const offices: Office[] = [];
  afterAll(() => offices.forEach((o) => o.close()));

  it('leaves the database as before, and the import then succeeds', async () => {
    const a = startOffice('a');
    const b = startOffice('b');
    offices.push(a, b);
    await withProfile(a);
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));
    for (let i = 0; i < 600; i++) await a.call('meetings.create', { ...kienMinhMeeting, subject: `hội nghị số ${i}` });
    const big = await a.exportFor(b);
    const before = snapshot(b);
    b.core.close();

    // node --import tsx runs the script in this very process (the tsx CLI would fork a grandchild the kill misses).
    const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'test/support/import-child.ts'), b.dbPath, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // INSIDE: the child is blocked half way through the import's transaction (import-child.ts).
        if (out.includes('INSIDE')) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(out).toContain('APPLYING');
    expect(out).toContain('INSIDE');
    expect(out).not.toContain('DONE');

    b.reopen();
    expect(snapshot(b)).toBe(before);
    expect((await b.call('exchange.history', { limit: 5 })).filter((h) => h.direction === 'import')).toHaveLength(1);
    const done = await b.call('exchange.import', { file: b.readable(big), passphrase: null, expectSha256: null });
    expect(done.applied).toBeGreaterThanOrEqual(600);
    expect((await b.call('meetings.list', {})).total).toBeGreaterThanOrEqual(600);
  }, 300_000);
});
