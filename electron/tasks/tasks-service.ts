import { AppError } from '../../shared/api/errors';
import { closedStatuses, daysPast, type Task, type TaskFilter, type TaskInput, type TaskStatus } from '../../shared/tasks/schema';
import { matchUnits } from '../../shared/tasks/unit-matching';
import { foldVietnamese } from '../../shared/text/fold';
import { formatShortDate, toIsoDate } from '../../shared/text/party-date';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { first, prepared } from '../db/query';
import type { TasksTable } from '../db/schema';
import { indexEntity } from '../search/search-index';
import type { SearchSource } from '../search/search-sources';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';
import type { Derivation } from '../sync/derived';
import { localIsoDate } from '../system/clock';
import { directoryRefs, unitNameMap } from './unit-names';

type Row = TasksTable & { c_number_symbol: string | null; c_issue_date: string | null; c_summary: string | null };

const CLOSED_SQL = `('${closedStatuses.join("','")}')`;
/** Written exactly as in the partial index tasks_open_due, so SQLite can use it. */
const OPEN_SQL = "t.deleted_at IS NULL AND t.status IN ('notStarted', 'inProgress')";

export function todayOf(ctx: CoreContext): string {
  return localIsoDate(ctx.clock.now());
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function toTask(row: Row, names: Map<string, string>, today: string): Task {
  const leadUnitIds = JSON.parse(row.lead_unit_ids_json) as string[];
  const supportingUnitIds = JSON.parse(row.supporting_unit_ids_json) as string[];
  const leadUnitNames = JSON.parse(row.lead_unit_names_json) as string[];
  const supportingUnitNames = JSON.parse(row.supporting_unit_names_json) as string[];
  const status = row.status as TaskStatus;
  const named = (ids: string[], free: string[]) => {
    const fromIds = ids.map((id) => names.get(id) ?? '(đơn vị đã xóa)');
    return [...fromIds, ...free.filter((f) => !fromIds.includes(f))];
  };
  return {
    id: row.id,
    conclusionId: row.conclusion_id,
    content: row.content,
    leadUnitIds,
    supportingUnitIds,
    leadUnitNames,
    supportingUnitNames,
    responsibleMember: row.responsible_member,
    dueDate: row.due_date,
    recurrence: row.recurrence as Task['recurrence'],
    sourceBlockId: row.source_block_id,
    sourceSection: row.source_section,
    remarks: row.remarks,
    status,
    overdue: !closedStatuses.includes(status) && row.due_date !== null && row.due_date < today,
    daysOverdue: !closedStatuses.includes(status) && row.due_date !== null && row.due_date < today ? daysPast(row.due_date, today) : null,
    completedDate: row.completed_date,
    lastNote: row.last_note,
    leadUnits: named(leadUnitIds, leadUnitNames),
    supportingUnits: named(supportingUnitIds, supportingUnitNames),
    conclusionNumberSymbol: row.c_number_symbol,
    conclusionDate: row.c_issue_date,
    conclusionSummary: row.c_summary,
    recursFromId: row.recurs_from_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT_TASK = `SELECT t.*, c.number_symbol AS c_number_symbol, c.issue_date AS c_issue_date, c.summary AS c_summary
  FROM tasks t LEFT JOIN conclusions c ON c.id = t.conclusion_id`;

/** Every progress note of the tasks, oldest first: "báo cáo ngày 15/5 đã khảo sát" is found too. */
function progressNotes(ctx: CoreContext, ids: readonly string[]): Map<string, string[]> {
  const rows = prepared(
    ctx.sqlite,
    `SELECT task_id, note FROM progress_reports WHERE deleted_at IS NULL AND note != '' AND task_id IN (${ids.map(() => '?').join(',')}) ORDER BY report_date, created_at`,
  ).all(...ids) as Array<{ task_id: string; note: string }>;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), r.note]);
  return out;
}

function searchText(t: Task, notes: readonly string[]): string {
  const extra = notes.includes(t.lastNote) ? notes : [...notes, t.lastNote];
  return [t.content, ...t.leadUnits, ...t.supportingUnits, t.responsibleMember, ...extra, t.remarks].filter(Boolean).join('\n');
}

/** "Kết luận 62-TB/ĐU (08/5/2026) về …": which conclusion a task hit comes from. */
function conclusionContext(t: Task): string | null {
  if (!t.conclusionId) return null;
  const number = t.conclusionNumberSymbol ? `Kết luận ${t.conclusionNumberSymbol}` : 'Kết luận (dự thảo)';
  const date = t.conclusionDate ? ` (${formatShortDate(t.conclusionDate)})` : '';
  return `${number}${date}${t.conclusionSummary ? ` ${t.conclusionSummary}` : ''}`;
}

function taskTitle(t: Pick<Task, 'content' | 'leadUnits'>): string {
  const head = t.content.length > 90 ? `${t.content.slice(0, 90)}…` : t.content;
  return t.leadUnits.length ? `${t.leadUnits.join(', ')}: ${head}` : head;
}

export const taskSearchSource: SearchSource = {
  type: 'task',
  table: 'tasks',
  describe(ctx, ids) {
    const names = unitNameMap(ctx);
    const today = todayOf(ctx);
    const rows = prepared(ctx.sqlite, `${SELECT_TASK} WHERE t.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Row[];
    const notes = progressNotes(ctx, ids);
    return new Map(rows.map((r) => {
      const t = toTask(r, names, today);
      return [t.id, { title: taskTitle(t), text: searchText(t, notes.get(t.id) ?? []), context: conclusionContext(t) }];
    }));
  },
};

function reindexTasks(ctx: CoreContext, taskIds: readonly string[]): void {
  for (let i = 0; i < taskIds.length; i += 500) {
    for (const [id, shown] of taskSearchSource.describe(ctx, taskIds.slice(i, i + 500))) indexEntity(ctx, 'task', id, shown.title, shown.text);
  }
}

/**
 * A task's search text names its units: renaming a unit rewrites the index entries of the tasks
 * that name it, so search finds them under the new name (and a received rename does the same).
 */
export const taskSearchByUnit: Derivation = {
  table: 'units',
  refresh(ctx, unitId) {
    reindexTasks(ctx, (prepared(ctx.sqlite, 'SELECT DISTINCT task_id FROM task_units WHERE unit_id = ?').all(unitId) as { task_id: string }[]).map((r) => r.task_id));
  },
};

/** A task's search text holds its progress notes: a report (local or received) reindexes its task. */
export const taskSearchByProgress: Derivation = {
  table: 'progress_reports',
  refresh(ctx, reportId) {
    const row = prepared(ctx.sqlite, 'SELECT t.id, t.deleted_at FROM progress_reports p JOIN tasks t ON t.id = p.task_id WHERE p.id = ?').get(reportId) as
      | { id: string; deleted_at: string | null }
      | undefined;
    if (row && row.deleted_at === null) reindexTasks(ctx, [row.id]);
  },
};


export function getTask(ctx: CoreContext, id: string): Task {
  const row = prepared(ctx.sqlite, `${SELECT_TASK} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này (có thể đã bị xóa).', `Task ${id} not found`);
  return toTask(row, unitNameMap(ctx), todayOf(ctx));
}

function inputColumns(input: TaskInput) {
  return {
    conclusion_id: input.conclusionId,
    content: input.content,
    lead_unit_ids_json: JSON.stringify(input.leadUnitIds),
    supporting_unit_ids_json: JSON.stringify(input.supportingUnitIds),
    lead_unit_names_json: JSON.stringify(input.leadUnitNames),
    supporting_unit_names_json: JSON.stringify(input.supportingUnitNames),
    responsible_member: input.responsibleMember,
    due_date: input.dueDate,
    recurrence: input.recurrence,
    source_block_id: input.sourceBlockId,
    source_section: input.sourceSection,
    remarks: input.remarks,
  };
}

/** Inserts inside the caller's transaction. */
export function insertTask(ctx: CoreContext, input: TaskInput, extra: { recursFromId?: string | null } = {}): string {
  const id = newId();
  insertRow(ctx, 'tasks', {
    id,
    ...inputColumns(input),
    recurs_from_id: extra.recursFromId ?? null,
    status: 'notStarted',
    completed_date: null,
    last_note: '',
  });
  return id;
}

export function createTasks(ctx: CoreContext, inputs: TaskInput[]): Task[] {
  const ids: string[] = [];
  ctx.sqlite
    .transaction(() => {
      for (const input of inputs) {
        if (input.conclusionId) assertConclusionExists(ctx, input.conclusionId);
        ids.push(insertTask(ctx, input));
      }
    })
    .immediate();
  return ids.map((id) => getTask(ctx, id));
}

function assertConclusionExists(ctx: CoreContext, id: string): void {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('conclusions').select('id').where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kết luận giao nhiệm vụ này.', `Conclusion ${id} not found`);
}

export function updateTask(ctx: CoreContext, id: string, input: TaskInput): Task {
  ctx.sqlite
    .transaction(() => {
      getTask(ctx, id);
      updateRow(ctx, 'tasks', id, inputColumns(input));
    })
    .immediate();
  return getTask(ctx, id);
}

export function deleteTask(ctx: CoreContext, id: string): { id: string } {
  ctx.sqlite
    .transaction(() => {
      getTask(ctx, id);
      tombstoneRow(ctx, 'tasks', id);
    })
    .immediate();
  return { id };
}

/** Unit ids meaning the name, by any of its written forms; null when none matches. */
function unitIdsForName(ctx: CoreContext, name: string): string[] {
  const refs = directoryRefs(ctx);
  const folded = foldVietnamese(name.trim());
  const exact = refs.filter((u) => foldVietnamese(u.shortName) === folded || foldVietnamese(u.fullName) === folded);
  if (exact.length) return exact.map((u) => u.id);
  return matchUnits(name, refs).map((u) => u.id);
}

/** The WHERE clause and parameters for a filter; shared by lists, counters and exports. */
export function taskWhere(ctx: CoreContext, filter: Partial<TaskFilter>): { sql: string; params: unknown[]; join: string } {
  const today = todayOf(ctx);
  const where: string[] = ['t.deleted_at IS NULL'];
  const params: unknown[] = [];
  let join = '';
  switch (filter.view ?? 'all') {
    case 'open':
      where.push(OPEN_SQL);
      break;
    case 'overdue':
      where.push(OPEN_SQL, 't.due_date IS NOT NULL', 't.due_date < ?');
      params.push(today);
      break;
    case 'week':
      where.push(OPEN_SQL, 't.due_date >= ?', 't.due_date <= ?');
      params.push(today, addDays(today, 7));
      break;
    case 'done':
      where.push(`t.status IN ${CLOSED_SQL}`);
      break;
    case 'all':
      break;
  }
  let unitIds: string[] | null = null;
  if (filter.unitId) unitIds = [filter.unitId];
  else if (filter.unitName) unitIds = unitIdsForName(ctx, filter.unitName);
  if (unitIds && unitIds.length > 0) {
    const role = filter.unitRole === 'lead' ? " AND role = 'lead'" : '';
    join = `JOIN (SELECT DISTINCT task_id FROM task_units WHERE unit_id IN (${unitIds.map(() => '?').join(',')})${role}) tu ON tu.task_id = t.id`;
    params.unshift(...unitIds);
  } else if (filter.unitName) {
    // A name outside the directory: look for it among the names written on the tasks.
    where.push("(t.lead_unit_names_json LIKE ? OR t.supporting_unit_names_json LIKE ?)");
    params.push(`%${filter.unitName.trim()}%`, `%${filter.unitName.trim()}%`);
  }
  if (filter.conclusionId) {
    where.push('t.conclusion_id = ?');
    params.push(filter.conclusionId);
  }
  if (filter.status) {
    where.push('t.status = ?');
    params.push(filter.status);
  }
  if (filter.from) {
    where.push('t.due_date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('t.due_date <= ?');
    params.push(filter.to);
  }
  return { sql: where.join(' AND '), params, join };
}

export function listTasks(ctx: CoreContext, filter: TaskFilter): { items: Task[]; total: number } {
  const { sql, params, join } = taskWhere(ctx, filter);
  const total = (prepared(ctx.sqlite, `SELECT count(*) AS n FROM tasks t ${join} WHERE ${sql}`).get(...params) as { n: number }).n;
  // Overdue and due-soon lists are open tasks in due-date order: read them straight from the
  // partial index in that order instead of sorting every open task (a city has a million).
  const orderedByDue = filter.view === 'overdue' || filter.view === 'week';
  const rows = ctx.sqlite
    .prepare(
      `SELECT t.*, c.number_symbol AS c_number_symbol, c.issue_date AS c_issue_date, c.summary AS c_summary
       FROM tasks t ${orderedByDue && !join ? 'INDEXED BY tasks_open_due' : ''} ${join} LEFT JOIN conclusions c ON c.id = t.conclusion_id
       WHERE ${sql}
       ORDER BY ${orderedByDue ? '' : 't.due_date IS NULL, '}t.due_date, t.created_at, t.id
       LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit, filter.offset) as Row[];
  const names = unitNameMap(ctx);
  const today = todayOf(ctx);
  return { items: rows.map((r) => toTask(r, names, today)), total };
}

export function taskCounters(ctx: CoreContext) {
  const today = todayOf(ctx);
  const weekEnd = addDays(today, 7);
  // Each count reads an index (partial index of open tasks, status index), never every task.
  const count = (sql: string, ...params: unknown[]) => (prepared(ctx.sqlite, `SELECT count(*) AS n FROM tasks t WHERE ${sql}`).get(...params) as { n: number }).n;
  const open = count(OPEN_SQL);
  const overdue = count(`${OPEN_SQL} AND t.due_date IS NOT NULL AND t.due_date < ?`, today);
  const dueThisWeek = count(`${OPEN_SQL} AND t.due_date >= ? AND t.due_date <= ?`, today, weekEnd);
  const done = count(`t.deleted_at IS NULL AND t.status IN ${CLOSED_SQL}`);
  const names = unitNameMap(ctx);
  const byUnit = (
    ctx.sqlite
      .prepare(
        `SELECT unit_id AS unitId, count(*) AS open, sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END) AS overdue
         FROM task_units WHERE role = 'lead' AND open = 1
         GROUP BY unit_id ORDER BY overdue DESC, open DESC`,
      )
      .all(today) as Array<{ unitId: string; open: number; overdue: number | null }>
  ).map((r) => ({ unitId: r.unitId, unitName: names.get(r.unitId) ?? '(đơn vị đã xóa)', open: r.open, overdue: r.overdue ?? 0 }));
  return { open, overdue, dueThisWeek, done, byUnit };
}
