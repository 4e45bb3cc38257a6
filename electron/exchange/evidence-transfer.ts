/**
 * Evidence files travel as `files/<sha256>` entries (the manifest has already checked each
 * hash). They are stored content-addressed, the way the core stores attached files: written
 * to a temporary name, flushed, renamed; an existing file of that name is kept only when its
 * size and hash are right (a copy cut short earlier is replaced).
 */
import type { CoreContext } from '../core/context';
import { all } from '../db/query';
import { writeIntoStore } from '../system/content-store';
import { evidenceDir } from '../tasks/evidence-store';
import { FILES_PREFIX } from './package-manifest';

export function storeEvidenceFiles(ctx: CoreContext, entries: ReadonlyMap<string, Uint8Array>): number {
  const files = [...entries].filter(([name]) => name.startsWith(FILES_PREFIX));
  if (files.length === 0) return 0;
  const dir = evidenceDir(ctx);
  let stored = 0;
  for (const [name, data] of files) {
    const sha = name.slice(FILES_PREFIX.length);
    if (!/^[0-9a-f]{64}$/.test(sha)) continue;
    if (writeIntoStore(dir, storedNameFor(ctx, sha, entries), data, { sha256: sha, size: data.byteLength })) stored += 1;
  }
  return stored;
}

/** `<sha256>.<ext>` as the sending install stored it (read from the package's evidence rows). */
function storedNameFor(ctx: CoreContext, sha: string, entries: ReadonlyMap<string, Uint8Array>): string {
  for (const entry of ['changes.jsonl', 'snapshots.jsonl']) {
    const changes = entries.get(entry);
    if (!changes) continue;
    const text = Buffer.from(changes).toString('utf8');
    const at = text.indexOf(`"sha256":"${sha}"`);
    if (at >= 0) {
      const line = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
      const stored = /"stored_name":"([0-9a-f]{64}(?:\.[A-Za-z0-9]{1,10})?)"/.exec(line)?.[1];
      if (stored) return stored;
    }
  }
  const known = all(ctx.sqlite, ctx.qb.selectFrom('evidence_files').select('stored_name').where('sha256', '=', sha).limit(1))[0];
  return known?.stored_name ?? sha;
}
