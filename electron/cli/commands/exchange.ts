/**
 * Exchange by package file from the command line:
 *   package export --db DB --to FILE [--for INSTALL_ID] [--all | --unit UNIT_ID] [--passphrase TEXT] [--part-size SIZE]
 *   package import --db DB FILE [--yes] [--passphrase TEXT]
 *   package history --db DB [--json]
 *   trust --db DB FINGERPRINT
 *   conflicts --db DB [--json] [--all]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { trustByFingerprint } from '../../exchange/known-installs';
import { formatFingerprint } from '../../../shared/exchange/fingerprint';
import { call, fileHandle, openCore, printJson, UsageError, type CliIo } from '../cli-context';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "700KB", "650MB", "2GB" or a number of bytes (binary units, as file managers show them). */
function parseSize(text: string): number {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`--part-size: không hiểu "${text}" (ví dụ 700MB, 2GB).`);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(m[2] ?? 'B').toUpperCase() as 'B' | 'KB' | 'MB' | 'GB'];
  return Math.floor(Number((m[1] ?? '0').replace(',', '.')) * unit);
}

async function exportPackage(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, to: { type: 'string' }, for: { type: 'string' }, all: { type: 'boolean' }, unit: { type: 'string' }, passphrase: { type: 'string' }, 'part-size': { type: 'string' } },
  });
  if (!values.to) throw new UsageError('Thiếu --to FILE.vpdu (nơi lưu gói).');
  const core = openCore(values.db);
  try {
    const made = await call(core, 'exchange.export', {
      scope: values.unit ? 'unit' : values.for && !values.all ? 'peer' : 'all',
      peerInstallId: values.for ?? null,
      unitId: values.unit ?? null,
      passphrase: values.passphrase ?? null,
      partBytes: values['part-size'] ? parseSize(values['part-size']) : null,
      target: fileHandle(core, resolve(values.to), 'write'),
    });
    const sealed = made.sealed === 'recipient' ? `mã hóa cho "${made.recipientName ?? ''}"` : made.sealed === 'passphrase' ? 'bảo vệ bằng mật khẩu' : 'không mã hóa (chưa biết khóa máy nhận)';
    const what = `${made.changes} ${values.unit ? 'bản ghi của đơn vị' : 'thay đổi'}, ${made.files} tệp minh chứng`;
    if (made.parts.length <= 1) {
      io.out(`Đã tạo gói ${made.fileName}: ${what}, ${sizeText(made.bytes)}, ${sealed}.`);
      return;
    }
    io.out(`Gói lớn hơn giới hạn một tệp nên được chia thành ${made.parts.length} tệp (${what}, ${sealed}):`);
    for (const p of made.parts) io.out(`  ${p.path}  ${p.changes} thay đổi, ${p.files} tệp minh chứng, ${sizeText(p.bytes)}`);
    io.out(`Hãy chép đủ ${made.parts.length} tệp; máy nhận nhận từng tệp một, theo thứ tự bất kỳ.`);
  } finally {
    core.close();
  }
}

async function importPackage(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, yes: { type: 'boolean' }, passphrase: { type: 'string' }, json: { type: 'boolean' } } });
  const file = positionals[0];
  if (!file) throw new UsageError('Thiếu tệp gói dữ liệu (.vpdu).');
  const core = openCore(values.db);
  try {
    const handle = fileHandle(core, resolve(file), 'read');
    const preview = await call(core, 'exchange.preview', { file: handle, passphrase: values.passphrase ?? null });
    if (values.json && !values.yes) {
      printJson(io, preview);
      return;
    }
    io.out(`Gói: ${preview.fileName} (${sizeText(preview.size)}), tạo lúc ${preview.createdAt}${preview.part ? ` — phần ${preview.part.index}/${preview.part.count}` : ''}`);
    io.out(`Máy gửi: ${preview.sender.name} — dấu vân tay ${preview.sender.fingerprint}${preview.sender.trusted ? '' : ' (CHƯA TIN CẬY)'}`);
    if (preview.status === 'needs-trust') {
      io.out(preview.message);
      io.out(`Sau khi đối chiếu: npm run cli -- trust --db ${values.db ?? 'DB'} "${preview.sender.fingerprint}"`);
      if (values.yes) throw new UsageError('Không nhận gói từ máy chưa được tin cậy.');
      return;
    }
    for (const k of preview.kinds) io.out(`  ${k.label}: thêm ${k.added}, sửa ${k.changed}, xóa ${k.deleted}`);
    for (const c of preview.conflicts) io.out(`  Xung đột — ${c.recordLabel}, ${c.fieldLabel}: giữ "${String(c.kept)}", giá trị kia "${String(c.other)}"`);
    io.out(preview.message);
    if (!values.yes) {
      io.out('Chưa nhận gì. Thêm --yes để nhận gói này.');
      return;
    }
    const outcome = await call(core, 'exchange.import', { file: handle, passphrase: values.passphrase ?? null, expectSha256: preview.fileSha256 });
    io.out(outcome.message);
    if (outcome.backupPath) io.out(`Bản sao lưu trước khi nhận: ${outcome.backupPath}`);
  } finally {
    core.close();
  }
}

async function packageHistory(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const core = openCore(values.db);
  try {
    const history = await call(core, 'exchange.history', { limit: 200 });
    if (values.json) return printJson(io, history);
    if (history.length === 0) io.out('Chưa có gói nào được tạo hoặc nhận.');
    for (const h of history) io.out(`${h.at}  ${h.direction === 'export' ? 'Tạo gói cho' : 'Nhận gói từ'} ${h.peerName}  ${h.changes} thay đổi  ${h.fileName}  ${h.fileSha256.slice(0, 12)}  ${h.message}`);
  } finally {
    core.close();
  }
}

export async function packageCommand(args: string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'export') return exportPackage(rest, io);
  if (sub === 'import') return importPackage(rest, io);
  if (sub === 'history') return packageHistory(rest, io);
  throw new UsageError('Dùng: package export | package import | package history');
}

export async function trustCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  const fingerprint = positionals.join(' ').trim();
  if (!fingerprint) throw new UsageError('Thiếu dấu vân tay (30 chữ số) của máy cần tin cậy.');
  const core = openCore(values.db);
  try {
    const known = trustByFingerprint(core.ctx, fingerprint);
    io.out(`Đã tin cậy "${known.name}" (dấu vân tay ${formatFingerprint(known.fingerprint)}).`);
  } finally {
    core.close();
  }
}

export async function conflictsCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, all: { type: 'boolean' } } });
  const core = openCore(values.db);
  try {
    const list = await call(core, 'exchange.conflicts', { includeResolved: values.all ?? false });
    if (values.json) return printJson(io, list);
    if (list.length === 0) io.out('Không có xung đột dữ liệu nào.');
    for (const c of list) io.out(`${c.recordLabel} — ${c.fieldLabel}: giữ "${String(c.kept)}" (${c.keptFrom}); giá trị kia "${String(c.other)}" (${c.otherFrom})`);
  } finally {
    core.close();
  }
}

/**
 * identity --db DB [--json] [--rename NAME]: this install's id, name and key fingerprint (read
 * aloud when trusting); --rename gives it another name first.
 */
export async function identityCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, rename: { type: 'string' } } });
  const core = openCore(values.db);
  try {
    if (values.rename !== undefined) await call(core, 'install.rename', { name: values.rename });
    const { identity } = await call(core, 'exchange.overview', {});
    const digits = identity.fingerprint.replace(/\s/g, '');
    if (values.json) return printJson(io, { id: identity.installId, installId: identity.installId, name: identity.name, fingerprint: digits, fingerprintGroups: identity.fingerprint });
    io.out(`${identity.name}\nMã máy: ${identity.installId}\nDấu vân tay: ${identity.fingerprint}`);
  } finally {
    core.close();
  }
}
