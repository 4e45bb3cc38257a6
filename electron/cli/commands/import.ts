import { resolve, basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportPreview } from '../../../shared/import/schema';
import { fieldsOfPreview, taskInputOfProposal } from '../../../shared/import/preview-mapping';
import { seedUnits } from '../../../shared/units/seed';
import { AppError } from '../../../shared/api/errors';
import { readImportFile, toPreview } from '../../import/import-service';
import { call, fileHandle, openCore, printJson, UsageError, type CliIo, type FileRef } from '../cli-context';
import type { Core } from '../../core/create-core';

/** The CLI contract's JSON: the recognised fields, the proposed tasks and the warnings. */
export function importJson(p: ImportPreview) {
  return {
    kind: p.kind,
    title: p.title,
    subtitle: p.subtitle,
    summary: p.summary,
    superiorCommittee: p.superiorCommittee,
    committee: p.committee,
    numberSymbol: p.numberSymbol,
    place: p.place,
    issueDate: p.issueDate,
    urgency: p.urgency,
    secrecy: p.secrecy,
    meeting: p.meeting,
    sections: p.sections,
    recipients: p.recipients,
    signature: p.signature,
    tasks: p.tasks.map((t) => ({
      content: t.content,
      leadUnits: t.leadUnits,
      supportingUnits: t.supportingUnits,
      dueDate: t.dueDate,
      sourceSection: t.sourceSection,
    })),
    warnings: p.warnings,
    source: { fileName: p.source.fileName, format: p.source.format, encoding: p.source.encoding, converted: p.source.converted },
    duplicateOf: p.duplicateOf,
  };
}

interface NumberFlags {
  /** --correct: the document is the one of the register entry already holding its number. */
  correct: boolean;
  /** --confirm-jump: the number far above the register's highest is right. */
  confirmJump: boolean;
}

async function importOne(core: Core, file: FileRef, io: CliIo, flags: NumberFlags): Promise<'saved' | 'duplicate'> {
  const preview = await call(core, 'import.previewFile', { file: file.handle });
  if (preview.duplicateOf) {
    io.err(`Bỏ qua ${file.name}: ${preview.duplicateOf.reason}`);
    return 'duplicate';
  }
  const check = preview.numberCheck;
  if (check.state === 'taken' && !flags.correct) {
    throw new AppError('CONFLICT', `${check.message ?? 'Số đã có trong sổ văn bản đi.'} (Dùng --correct nếu tệp này chính là văn bản của mục đó.)`, 'Number already registered');
  }
  if (check.state === 'jump' && !flags.confirmJump) {
    throw new AppError('VALIDATION', `${check.message ?? 'Số cao bất thường.'} (Dùng --confirm-jump nếu số này đúng.)`, 'Number jump not confirmed');
  }
  const saved = await call(core, 'import.save', {
    fields: fieldsOfPreview(preview),
    sourceHash: preview.source.hash,
    tasks: preview.tasks.map(taskInputOfProposal),
    correctionOf: check.state === 'taken' && flags.correct ? (check.entry?.id ?? null) : null,
    confirmNumberJump: flags.confirmJump,
  });
  io.out(`Đã nhập ${file.name}: ${preview.numberSymbol ?? '(không số)'} — ${saved.taskIds.length} nhiệm vụ — mã ${saved.conclusionId}`);
  for (const w of [...preview.warnings, ...saved.warnings]) io.err(`  Lưu ý: ${w}`);
  return 'saved';
}

/**
 * import FILE --json                 recognise and print JSON; saves nothing
 * import FILE --db DB                save like the UI, accepting every proposed task
 * import --dir FOLDER --db DB        a whole folder; one bad file never stops the batch
 *   --correct        a number already in the register is this document's entry: link it there
 *   --confirm-jump   a number far above the register's highest is right
 * A number already in the register, or a jump not confirmed, refuses the file (nothing of it is
 * saved) and the command exits non-zero; in a folder the other files are imported.
 */
export async function importCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      dir: { type: 'string' },
      correct: { type: 'boolean' },
      'confirm-jump': { type: 'boolean' },
    },
  });
  const file = positionals[0];
  const flags: NumberFlags = { correct: values.correct === true, confirmJump: values['confirm-jump'] === true };
  if (!file && !values.dir) throw new UsageError('Thiếu tệp cần nhập (hoặc --dir THƯ_MỤC).');

  if (values.json && !values.dir && file) {
    if (values.db) {
      const core = openCore(values.db);
      try {
        return printJson(io, importJson(await call(core, 'import.previewFile', { file: fileHandle(core, file, 'read') })));
      } finally {
        core.close();
      }
    }
    // Without a database the usual commune units stand in for the directory.
    const units = seedUnits.map((u) => ({ id: `seed-${u.key}`, shortName: u.shortName, fullName: u.fullName, aliases: u.aliases }));
    return printJson(io, importJson(toPreview(null, await readImportFile(resolve(file)), basename(file), units)));
  }

  if (!values.db) throw new UsageError('Muốn lưu cần --db FILE (hoặc dùng --json để chỉ xem kết quả nhận dạng).');
  const core = openCore(values.db);
  try {
    if (!values.dir) {
      await importOne(core, core.ctx.files.grant(resolve(file!), 'read'), io, flags);
      return;
    }
    const { files } = await call(core, 'import.listFolder', { folder: fileHandle(core, values.dir, 'folder') });
    let saved = 0;
    let duplicates = 0;
    const failed: string[] = [];
    for (const f of files) {
      try {
        if ((await importOne(core, f, io, flags)) === 'saved') saved += 1;
        else duplicates += 1;
      } catch (err) {
        failed.push(f.name);
        io.err(`Lỗi ${f.name}: ${err instanceof AppError ? err.userMessage : String(err)}`);
      }
    }
    io.out(`Tổng: ${files.length} tệp — đã nhập ${saved}, trùng ${duplicates}, lỗi ${failed.length}.`);
    if (failed.length > 0) throw new AppError('BAD_FILE', `${failed.length} tệp không nhập được: ${failed.join(', ')}`, 'Some files failed');
  } finally {
    core.close();
  }
}
