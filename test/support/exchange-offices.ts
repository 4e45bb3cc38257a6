/** Two or three installs of one office, each a real core on its own SQLite file, exchanging package files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiOutput } from '../../shared/api/contract';
import { sampleProfile, startCore, type CoreHarness } from './core-harness';

export interface Office extends CoreHarness {
  label: string;
  /** Exports a package for `peer` (null: all data) to a file in this office's folder. */
  exportFor(peer: Office | null, name?: string): Promise<string>;
  /** The same, split into parts of at most `partBytes`: the files written, in part order. */
  exportParts(peer: Office | null, partBytes: number): Promise<string[]>;
  /** Trusts the sender of a package file (as after comparing fingerprints) and imports it. */
  receive(path: string): Promise<ApiOutput<'exchange.import'>>;
  installId(): string;
  dbBytes(): Buffer;
}

let serial = 0;

export function startOffice(label: string): Office {
  const h = startCore() as Office;
  h.label = label;
  h.installId = () => h.core.ctx.install.id;
  h.exportFor = async (peer, name) => {
    const path = join(h.dir, name ?? `${label}-${(serial += 1)}.vpdu`);
    const made = await h.call('exchange.export', { scope: peer ? 'peer' : 'all', peerInstallId: peer ? peer.installId() : null, passphrase: null, target: h.writable(path) });
    if (!made.path) throw new Error('export wrote nothing');
    return path;
  };
  h.exportParts = async (peer, partBytes) => {
    const path = join(h.dir, `${label}-${(serial += 1)}.vpdu`);
    const made = await h.call('exchange.export', { scope: peer ? 'peer' : 'all', peerInstallId: peer ? peer.installId() : null, passphrase: null, partBytes, target: h.writable(path) });
    return made.parts.map((p) => p.path);
  };
  h.receive = async (path) => {
    const file = h.readable(path);
    const preview = await h.call('exchange.preview', { file, passphrase: null });
    if (preview.status === 'needs-trust') await h.call('exchange.trustSender', { file, fingerprint: preview.sender.fingerprint });
    return h.call('exchange.import', { file, passphrase: null, expectSha256: null });
  };
  h.dbBytes = () => {
    // The WAL holds recent pages: fold it in so two reads compare the whole database.
    h.core.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return readFileSync(h.dbPath);
  };
  return h;
}

export async function withProfile(o: Office): Promise<void> {
  await o.core.clock.setNow(new Date('2026-05-08T09:00:00'));
  await o.call('profile.save', sampleProfile);
}
