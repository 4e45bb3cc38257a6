import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { call, openCore, printJson, type CliIo } from '../cli-context';
import { newId } from '../../db/ids';
import type { ProfileInput } from '../../../shared/profile/schema';

/**
 * profile --db FILE [--json]            prints the office profile
 * profile --db FILE --set FILE.json     saves a profile (same fields as the settings screen)
 */
export async function profileCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string' } },
  });
  const core = openCore(values.db);
  try {
    if (values.set) {
      const raw = JSON.parse(readFileSync(values.set, 'utf8')) as Partial<ProfileInput> & {
        signers?: Array<{ id?: string; name: string; title: string }>;
      };
      const signers = (raw.signers ?? []).map((s) => ({ ...s, id: s.id ?? newId() }));
      await call(core, 'profile.save', { ...(raw as ProfileInput), signers });
    }
    const profile = await call(core, 'profile.get', {});
    if (values.json) return printJson(io, profile);
    if (!profile) {
      io.out('Chưa khai báo thông tin cơ quan.');
      return;
    }
    io.out(profile.superiorCommittee);
    io.out(profile.committee);
    io.out(`Địa danh: ${profile.place} — Ký hiệu: ${profile.issuerAbbreviation} — Nhiệm kỳ: ${profile.term.name}, ${profile.term.startYear}-${profile.term.endYear}`);
    for (const s of profile.signers) io.out(`Người ký: ${s.name} — ${s.title}`);
  } finally {
    core.close();
  }
}
