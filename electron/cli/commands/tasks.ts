import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { taskStatuses, taskStatusLabels, type TaskStatus } from '../../../shared/tasks/schema';
import { foldForMatching } from '../../../shared/text/fold';
import { call, fileHandle, openCore, printJson, UsageError, type CliIo } from '../cli-context';

/** Accepts the English key, or the Vietnamese label with or without accents ("hoan-thanh"). */
export function parseStatus(text: string): TaskStatus | null {
  if ((taskStatuses as readonly string[]).includes(text)) return text as TaskStatus;
  const folded = foldForMatching(text.replace(/[-_]/g, ' '));
  const aliases: Record<string, TaskStatus> = {
    'chua thuc hien': 'notStarted',
    'dang thuc hien': 'inProgress',
    'hoan thanh': 'done',
    'hoan thanh qua han': 'doneLate',
    'khong thuc hien duoc': 'deferred',
    'chuyen ky sau': 'deferred',
    'khong thuc hien': 'deferred',
  };
  for (const s of taskStatuses) aliases[foldForMatching(taskStatusLabels[s])] = s;
  return aliases[folded] ?? null;
}

const STATUS_HELP = `chua-thuc-hien | dang-thuc-hien | hoan-thanh | hoan-thanh-qua-han | chuyen-ky-sau (hoặc ${taskStatuses.join(', ')})`;

/** tasks --db DB [--json] [--unit NAME] [--overdue] [--conclusion ID] */
export async function tasksCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      unit: { type: 'string' },
      overdue: { type: 'boolean' },
      conclusion: { type: 'string' },
    },
  });
  const core = openCore(values.db);
  try {
    const { items } = await call(core, 'tasks.list', {
      view: values.overdue ? 'overdue' : 'all',
      limit: 5000,
      ...(values.unit ? { unitName: values.unit } : {}),
      ...(values.conclusion ? { conclusionId: values.conclusion } : {}),
    });
    if (values.json) {
      return printJson(
        io,
        items.map((t) => ({
          id: t.id,
          content: t.content,
          leadUnits: t.leadUnits,
          supportingUnits: t.supportingUnits,
          dueDate: t.dueDate,
          status: t.status,
          overdue: t.overdue,
          sourceConclusion: t.conclusionId
            ? { id: t.conclusionId, numberSymbol: t.conclusionNumberSymbol, issueDate: t.conclusionDate }
            : null,
        })),
      );
    }
    if (items.length === 0) io.out('Không có nhiệm vụ nào.');
    for (const t of items) {
      io.out(`${t.dueDate ?? '—'}\t${taskStatusLabels[t.status]}${t.overdue ? ' (quá hạn)' : ''}\t${t.leadUnits.join(', ')}\t${t.content.slice(0, 80)}\t${t.id}`);
    }
  } finally {
    core.close();
  }
}

/** progress --db DB TASK_ID --status STATUS --note TEXT [--date YYYY-MM-DD] [--evidence FILE]… */
export async function progressCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      status: { type: 'string' },
      note: { type: 'string' },
      date: { type: 'string' },
      evidence: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const taskId = positionals[0];
  if (!taskId) throw new UsageError('Thiếu mã nhiệm vụ.');
  const status = values.status ? parseStatus(values.status) : null;
  if (!status) throw new UsageError(`--status phải là một trong: ${STATUS_HELP}`);
  const core = openCore(values.db);
  try {
    const t = await call(core, 'tasks.recordProgress', {
      taskId,
      status,
      note: values.note ?? '',
      ...(values.date ? { reportDate: values.date } : {}),
      evidenceFiles: (values.evidence ?? []).map((p) => fileHandle(core, p, 'read')),
    });
    if (values.json) printJson(io, t);
    else io.out(`Đã ghi tiến độ: ${taskStatusLabels[t.status]}${t.overdue ? ' (quá hạn)' : ''}.`);
  } finally {
    core.close();
  }
}

/** followup --db DB --out FILE.xlsx|FILE.docx [--from DATE --to DATE] [--unit NAME] [--conclusion ID] [--report] */
export async function followupCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      unit: { type: 'string' },
      conclusion: { type: 'string' },
      report: { type: 'boolean' },
    },
  });
  if (!values.out) throw new UsageError('Thiếu --out FILE.xlsx hoặc FILE.docx.');
  const out = resolve(values.out);
  const format = out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out.toLowerCase().endsWith('.docx') ? 'docx' : null;
  if (!format) throw new UsageError('--out phải có đuôi .xlsx hoặc .docx.');
  const core = openCore(values.db);
  try {
    if (values.report) {
      if (!values.from || !values.to || format !== 'docx') throw new UsageError('Báo cáo cần --from, --to và tệp .docx.');
      const r = await call(core, 'followup.report', { from: values.from, to: values.to, target: fileHandle(core, out, 'write') });
      io.out(`Đã xuất báo cáo ${r.path}`);
      return;
    }
    const r = await call(core, 'followup.export', {
      format,
      target: fileHandle(core, out, 'write'),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values.unit ? { unitName: values.unit } : {}),
      ...(values.conclusion ? { conclusionId: values.conclusion } : {}),
    });
    io.out(`Đã xuất ${r.path} (${r.rows} nhiệm vụ)`);
  } finally {
    core.close();
  }
}
