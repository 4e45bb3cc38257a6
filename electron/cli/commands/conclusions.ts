import { parseArgs } from 'node:util';
import { conclusionKinds, type ConclusionKind } from '../../../shared/conclusions/schema';
import { call, callAllPages, openCore, printJson, UsageError, type CliIo } from '../cli-context';

/**
 * conclusion new --db DB --kind TB|KL --title TEXT [--meeting ID] [--template KEY]   → prints the draft's id
 * conclusion issue --db DB ID [--date YYYY-MM-DD] [--yes] [--not-desk]               → prints its number-symbol
 *   (--yes: the date is meant although it is earlier than the type's latest issued number;
 *    --not-desk: this install gives the number although another is the type's numbering desk)
 */
export async function conclusionCommand(args: string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      meeting: { type: 'string' },
      template: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean' },
      yes: { type: 'boolean' },
      'not-desk': { type: 'boolean' },
    },
  });
  if (sub === 'new') {
    const kind = (values.kind ?? '').toUpperCase();
    if (!conclusionKinds.includes(kind as ConclusionKind)) throw new UsageError('--kind phải là TB hoặc KL.');
    if (!values.title) throw new UsageError('Thiếu --title (trích yếu).');
    const core = openCore(values.db);
    try {
      const c = await call(core, 'conclusions.create', {
        kind: kind as ConclusionKind,
        meetingId: values.meeting ?? null,
        templateKey: values.template ?? (values.meeting ? 'monthly' : 'blank'),
        summary: values.title,
      });
      if (values.json) printJson(io, c);
      else io.out(c.id);
    } finally {
      core.close();
    }
    return;
  }
  if (sub === 'issue') {
    const id = positionals[0];
    if (!id) throw new UsageError('Thiếu mã kết luận cần ban hành.');
    const core = openCore(values.db);
    try {
      const c = await call(core, 'conclusions.issue', { id, ...(values.date ? { issueDate: values.date } : {}), confirmEarlierDate: values.yes ?? false, notDeskConfirmed: values['not-desk'] ?? false });
      if (values.json) printJson(io, c);
      else io.out(c.numberSymbol ?? '');
    } finally {
      core.close();
    }
    return;
  }
  throw new UsageError('Dùng: conclusion new … hoặc conclusion issue …');
}

/** conclusions --db DB [--json] [--status draft|issued] [--year N] */
export async function conclusionsCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, status: { type: 'string' }, year: { type: 'string' } },
  });
  const core = openCore(values.db);
  try {
    const list = await callAllPages(core, 'conclusions.list', {
      ...(values.status === 'draft' || values.status === 'issued' ? { status: values.status } : {}),
      ...(values.year ? { year: Number(values.year) } : {}),
    });
    if (values.json) return printJson(io, list);
    if (list.length === 0) io.out('Chưa có kết luận nào.');
    for (const c of list) {
      io.out(`${c.numberSymbol ?? 'Dự thảo'}\t${c.issueDate ?? ''}\t${c.summary}\t${c.id}`);
    }
  } finally {
    core.close();
  }
}

/** meetings --db DB [--json] [--year N] */
export async function meetingsCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, year: { type: 'string' } } });
  const core = openCore(values.db);
  try {
    const list = await callAllPages(core, 'meetings.list', values.year ? { year: Number(values.year) } : {});
    if (values.json) return printJson(io, list);
    if (list.length === 0) io.out('Chưa có hội nghị nào.');
    for (const m of list) io.out(`${m.date}\t${m.subject}\t${m.chairName}\t${m.id}`);
  } finally {
    core.close();
  }
}

/** search --db DB QUERY [--json] */
export async function searchCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
  });
  const q = positionals.join(' ');
  if (!q.trim()) throw new UsageError('Thiếu nội dung cần tìm.');
  const core = openCore(values.db);
  try {
    const hits = await call(core, 'search.query', { q, limit: values.limit ? Number(values.limit) : 30 });
    if (values.json) {
      return printJson(
        io,
        hits.map((h) => ({
          ...h,
          snippetText: h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''),
        })),
      );
    }
    if (hits.length === 0) io.out('Không tìm thấy kết quả nào.');
    for (const h of hits) {
      io.out(`${h.entityType === 'meeting' ? 'Hội nghị' : h.entityType === 'conclusion' ? 'Kết luận' : 'Nhiệm vụ'}: ${h.title}`);
      io.out(`   ${h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')}`);
    }
  } finally {
    core.close();
  }
}
