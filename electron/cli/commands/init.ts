import { parseArgs } from 'node:util';
import { call, openCore, type CliIo } from '../cli-context';

/** init --db FILE: creates (or migrates) the database and seeds the units directory. */
export async function initCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const core = openCore(values.db);
  try {
    const info = await call(core, 'app.info', {});
    if (values.json) io.out(JSON.stringify(info, null, 2));
    else io.out(`Đã khởi tạo dữ liệu: ${info.dbPath} (lược đồ ${info.schemaVersion}).`);
  } finally {
    core.close();
  }
}
