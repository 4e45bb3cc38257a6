/**
 * Generates years of one commune's records straight into SQLite (same tables and columns
 * the services write), fast enough for benchmarks: conclusions with real-sized text,
 * meetings, tasks with progress reports, and their search index.
 */
import type { Core } from '../../electron/core/create-core';
import { conclusionText, conclusionTitle, getConclusion } from '../../electron/conclusions/conclusions-service';
import { indexEntity } from '../../electron/search/search-index';
import { newId } from '../../electron/db/ids';
import { outlineFromText } from '../../test/support/outline-from-text';
import { toIsoDate } from '../../shared/text/party-date';

const STAMP = { created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', hlc: '000000000000000-00000-bench', replica_id: 'bench' };

function dateOf(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + (dayOfYear % 365)));
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function generateDocuments(core: Core, options: { years: number; conclusionsPerYear: number; meetingsPerYear: number; corpusTexts: string[] }): { conclusions: number; meetings: number } {
  const { sqlite } = core.ctx;
  const termId = (sqlite.prepare('SELECT id FROM terms LIMIT 1').get() as { id: string }).id;
  const outlines = options.corpusTexts.map((t) => JSON.stringify(outlineFromText(t)));
  const insertMeeting = sqlite.prepare(
    `INSERT INTO meetings (id, body, kind, sequence_number, term_id, subject, date, place, chair_json, notes, created_at, updated_at, hlc, replica_id)
     VALUES (?, 'standingCommittee', 'session', ?, ?, ?, ?, 'Hội trường', '{"name":"Vũ Bình Dương","title":"Bí thư"}', ?, ?, ?, ?, ?)`,
  );
  const insertConclusion = sqlite.prepare(
    `INSERT INTO conclusions (id, kind, body, summary, preamble, outline_json, recipients_json, signature_json, status, number, number_symbol, issue_date, term_id, imported, created_at, updated_at, hlc, replica_id)
     VALUES (?, 'TB', 'standingCommittee', ?, ?, ?, '[]', '{"authority":"T/M","onBehalfOf":"BAN THƯỜNG VỤ","title":"BÍ THƯ","signerName":"Vũ Bình Dương","signerId":null}', 'issued', ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const startYear = 2026 - options.years + 1;
  let n = 0;
  let m = 0;
  sqlite.transaction(() => {
    for (let y = startYear; y <= 2026; y += 1) {
      for (let i = 0; i < options.meetingsPerYear; i += 1) {
        m += 1;
        insertMeeting.run(newId(), i + 1, termId, `kỳ họp thứ ${i + 1} năm ${y}: đánh giá nhiệm vụ tháng ${(i % 12) + 1}`, dateOf(y, i * 3), `Ghi chép kỳ họp ${m} về giải phóng mặt bằng, chuyển đổi số, Đề án 06.`, STAMP.created_at, STAMP.updated_at, STAMP.hlc, STAMP.replica_id);
      }
      for (let i = 0; i < options.conclusionsPerYear; i += 1) {
        n += 1;
        const id = newId();
        const outline = outlines[n % outlines.length]!;
        insertConclusion.run(
          id,
          `về kết quả công tác số ${n} tại thôn ${n % 40} năm ${y}`,
          `Ngày ${(i % 28) + 1} tháng ${(i % 12) + 1} năm ${y}, Ban Thường vụ Đảng ủy xã tổ chức hội nghị lần ${n}.`,
          outline,
          n,
          `${n}-TB/ĐU`,
          dateOf(y, i),
          termId,
          STAMP.created_at,
          STAMP.updated_at,
          STAMP.hlc,
          STAMP.replica_id,
        );
        const c = getConclusion(core.ctx, id);
        indexEntity(core.ctx, 'conclusion', id, conclusionTitle(c), conclusionText(c));
      }
    }
    const rows = sqlite.prepare('SELECT id, subject, notes FROM meetings').all() as Array<{ id: string; subject: string; notes: string }>;
    for (const r of rows) indexEntity(core.ctx, 'meeting', r.id, r.subject, r.notes);
  })();
  return { conclusions: n, meetings: m };
}

const UNIT_IDS = [
  'seed-peoplesCommittee', 'seed-councilStandingBoard', 'seed-fatherlandFront', 'seed-partyBuildingBoard', 'seed-inspectionCommittee',
  'seed-partyOffice', 'seed-police', 'seed-militaryCommand', 'seed-partyCells', 'seed-massOrganizations', 'seed-publicServiceCenter',
];
const STATUSES = ['notStarted', 'inProgress', 'done', 'doneLate', 'deferred'];

/** Tasks over the years with progress reports; `units` > 11 simulates many communes' units. */
export function generateTasks(core: Core, options: { tasks: number; progressPerTask: number; units?: number; withSearch?: boolean }): number {
  const { sqlite } = core.ctx;
  const unitIds = options.units && options.units > UNIT_IDS.length ? Array.from({ length: options.units }, (_, i) => `unit-${i}`) : UNIT_IDS;
  const insertTask = sqlite.prepare(
    `INSERT INTO tasks (id, content, lead_unit_ids_json, supporting_unit_ids_json, due_date, status, last_note, created_at, updated_at, hlc, replica_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertUnit = sqlite.prepare('INSERT INTO task_units (task_id, unit_id, role, open, due_date) VALUES (?, ?, ?, ?, ?)');
  const insertProgress = sqlite.prepare(
    `INSERT INTO progress_reports (id, task_id, report_date, status, note, created_at, updated_at, hlc, replica_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const batch = 50_000;
  for (let start = 0; start < options.tasks; start += batch) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(options.tasks, start + batch); i += 1) {
        const id = newId();
        const lead = unitIds[i % unitIds.length]!;
        const support = unitIds[(i * 7 + 3) % unitIds.length]!;
        const due = dateOf(2017 + (i % 10), (i * 13) % 365);
        const status = STATUSES[i % 7 === 0 ? 0 : i % STATUSES.length]!;
        const content = `Nhiệm vụ ${i}: tăng cường quản lý đất đai, trật tự xây dựng tại thôn ${i % 40}`;
        insertTask.run(id, content, JSON.stringify([lead]), JSON.stringify([support]), due, status, 'Đang triển khai', STAMP.created_at, STAMP.updated_at, STAMP.hlc, STAMP.replica_id);
        const open = status === 'notStarted' || status === 'inProgress' ? 1 : 0;
        insertUnit.run(id, lead, 'lead', open, due);
        if (support !== lead) insertUnit.run(id, support, 'support', open, due);
        for (let p = 0; p < options.progressPerTask; p += 1) {
          insertProgress.run(newId(), id, due, status, `Báo cáo lần ${p + 1}`, STAMP.created_at, STAMP.updated_at, STAMP.hlc, STAMP.replica_id);
        }
        if (options.withSearch) indexEntity(core.ctx, 'task', id, content, content);
      }
    })();
  }
  return options.tasks;
}
