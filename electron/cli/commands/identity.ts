import { parseArgs } from 'node:util';
import { openCore, type CliIo } from '../cli-context';

/**
 * identity --db FILE [--json]: this install's id and name (a copied file gets a new id once it
 * is opened). The public-key fingerprint stays null until the exchange gives installs keys.
 */
export async function identityCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const core = openCore(values.db);
  try {
    const identity = { id: core.ctx.install.id, name: core.ctx.install.name, fingerprint: null };
    if (values.json) io.out(JSON.stringify(identity, null, 2));
    else io.out(`Máy: ${identity.name}\nMã máy: ${identity.id}\nDấu vân tay khóa: (chưa có)`);
  } finally {
    core.close();
  }
}
