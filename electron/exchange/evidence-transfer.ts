/**
 * Evidence files travel as `files/<sha256>` entries (the manifest has already checked each
 * hash). They are stored content-addressed, the way the core stores attached files: written
 * to a temporary name, flushed, renamed; an existing file of that name is kept.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../core/context';
import { all } from '../db/query';
import { evidenceDir } from '../tasks/evidence-store';
import { writeDurably } from './durable-file';
import { FILES_PREFIX } from './package-manifest';

export function storeEvidenceFiles(ctx: CoreContext, entries: ReadonlyMap<string, Uint8Array>): number {
  const files = [...entries].filter(([name]) => name.startsWith(FILES_PREFIX));
  if (files.length === 0) return 0;
  const dir = evidenceDir(ctx);
  mkdirSync(dir, { recursive: true });
  let stored = 0;
  for (const [name, data] of files) {
    const sha = name.slice(FILES_PREFIX.length);
    if (!/^[0-9a-f]{64}$/.test(sha)) continue;
    const target = join(dir, storedNameFor(ctx, sha, entries));
    if (existsSync(target)) continue;
    writeDurably(target, data);
    stored += 1;
  }
  return stored;
}

/** `<sha256>.<ext>` as the sending install stored it (read from the package's evidence rows). */
function storedNameFor(ctx: CoreContext, sha: string, entries: ReadonlyMap<string, Uint8Array>): string {
  const changes = entries.get('changes.jsonl');
  if (changes) {
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
