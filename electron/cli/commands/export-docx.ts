import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { call, fileHandle, openCore, UsageError, type CliIo } from '../cli-context';

/**
 * export-docx --db DB --conclusion ID --out FILE.docx
 * export-docx --db DB --minutes MEETING_ID --out FILE.docx
 */
export async function exportDocxCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, conclusion: { type: 'string' }, minutes: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.out) throw new UsageError('Thiếu --out FILE.docx.');
  if (!values.conclusion === !values.minutes) throw new UsageError('Chọn một trong --conclusion ID hoặc --minutes MEETING_ID.');
  const core = openCore(values.db);
  try {
    const out = resolve(values.out);
    const r = values.conclusion
      ? await call(core, 'export.conclusionDocx', { id: values.conclusion, target: fileHandle(core, out, 'write') })
      : await call(core, 'export.minutesDocx', { meetingId: values.minutes!, target: fileHandle(core, out, 'write') });
    io.out(`Đã xuất ${r.path} (${Math.round(r.bytes / 1024)} KiB)`);
  } finally {
    core.close();
  }
}
