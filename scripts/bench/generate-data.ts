/**
 * Generates years of one commune's records for the benchmarks: conclusions with real-sized
 * text and their register entries, meetings, tasks with progress reports, and their search
 * index. Two ways, so the bench can print both in one run:
 * - `writePath`: every row through the app's one write path (electron/sync/changes.ts
 *   insertRow), which stamps it, logs the change and keeps the derived tables (task_units,
 *   search index) up to date — what the app does for every record a user saves;
 * - `raw`: the same rows by plain prepared INSERTs and explicit index calls, the baseline.
 */
import type { Core } from '../../electron/core/create-core';
import { conclusionText, conclusionTitle, getConclusion } from '../../electron/conclusions/conclusions-service';
import { indexEntity } from '../../electron/search/search-index';
import { newId } from '../../electron/db/ids';
import { insertRow } from '../../electron/sync/changes';
import { outlineFromText } from '../../test/support/outline-from-text';
import { toIsoDate } from '../../shared/text/party-date';

export type WriteMode = 'raw' | 'writePath';

const STAMP = { created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', hlc: '000000000000000-00000-bench', replica_id: 'bench' };
const SIGNATURE = '{"authority":"T/M","onBehalfOf":"BAN THƯỜNG VỤ","title":"BÍ THƯ","signerName":"Vũ Bình Dương","signerId":null}';
const CHAIR = '{"name":"Vũ Bình Dương","title":"Bí thư"}';

function dateOf(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + (dayOfYear % 365)));
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The rows of one year, whichever way they are written. */
interface Writer {
  meeting(row: { id: string; sequence_number: number; term_id: string; subject: string; date: string; notes: string }): void;
  conclusion(row: { id: string; summary: string; preamble: string; outline_json: string; number: number; number_symbol: string; issue_date: string; term_id: string }): void;
  afterAll(): void;
}

function rawWriter(core: Core): Writer {
  const { sqlite } = core.ctx;
  const insertMeeting = sqlite.prepare(
    `INSERT INTO meetings (id, body, kind, sequence_number, term_id, subject, date, place, chair_json, notes, created_at, updated_at, hlc, replica_id)
     VALUES (?, 'standingCommittee', 'session', ?, ?, ?, ?, 'Hội trường', ?, ?, ?, ?, ?, ?)`,
  );
  const insertConclusion = sqlite.prepare(
    `INSERT INTO conclusions (id, kind, body, summary, preamble, outline_json, recipients_json, signature_json, status, number, number_symbol, issue_date, term_id, imported, created_at, updated_at, hlc, replica_id)
     VALUES (?, 'TB', 'standingCommittee', ?, ?, ?, '[]', ?, 'issued', ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const insertEntry = sqlite.prepare(
    `INSERT INTO register_entries (id, term_id, doc_type, number, number_symbol, issue_date, summary, signer_name, recipients_text, conclusion_id, created_at, updated_at, hlc, replica_id)
     VALUES (?, ?, 'TB', ?, ?, ?, ?, 'Vũ Bình Dương', '', ?, ?, ?, ?, ?)`,
  );
  const stamps = [STAMP.created_at, STAMP.updated_at, STAMP.hlc, STAMP.replica_id] as const;
  return {
    meeting: (r) => insertMeeting.run(r.id, r.sequence_number, r.term_id, r.subject, r.date, CHAIR, r.notes, ...stamps),
    conclusion(r) {
      insertConclusion.run(r.id, r.summary, r.preamble, r.outline_json, SIGNATURE, r.number, r.number_symbol, r.issue_date, r.term_id, ...stamps);
      insertEntry.run(newId(), r.term_id, r.number, r.number_symbol, r.issue_date, r.summary, r.id, ...stamps);
      const c = getConclusion(core.ctx, r.id);
      indexEntity(core.ctx, 'conclusion', r.id, conclusionTitle(c), conclusionText(c));
    },
    afterAll() {
      const rows = sqlite.prepare('SELECT id, subject, notes FROM meetings').all() as Array<{ id: string; subject: string; notes: string }>;
      for (const r of rows) indexEntity(core.ctx, 'meeting', r.id, r.subject, r.notes);
    },
  };
}

function writePathWriter(core: Core): Writer {
  const { ctx } = core;
  // Each record saved on its own day, as the office would have: lists sort by these stamps.
  const on = (date: string) => core.clock.setNow(new Date(`${date}T09:00:00`));
  return {
    meeting(r) {
      on(r.date);
      insertRow(ctx, 'meetings', {
        ...r,
        body: 'standingCommittee',
        kind: 'session',
        place: 'Hội trường',
        chair_json: CHAIR,
        attendance_summary: '',
        attendees_json: '[]',
        invited_json: '[]',
        documents_json: '[]',
        agenda_json: '[]',
      });
    },
    conclusion(r) {
      on(r.issue_date);
      insertRow(ctx, 'conclusions', { ...r, kind: 'TB', body: 'standingCommittee', recipients_json: '[]', signature_json: SIGNATURE, status: 'issued', imported: 0 });
      insertRow(ctx, 'register_entries', {
        id: newId(),
        term_id: r.term_id,
        doc_type: 'TB',
        number: r.number,
        number_symbol: r.number_symbol,
        issue_date: r.issue_date,
        summary: r.summary,
        signer_name: 'Vũ Bình Dương',
        recipients_text: '',
        conclusion_id: r.id,
      });
    },
    afterAll: () => undefined,
  };
}

export function generateDocuments(
  core: Core,
  options: { years: number; conclusionsPerYear: number; meetingsPerYear: number; corpusTexts: string[]; via: WriteMode },
): { conclusions: number; meetings: number; registerEntries: number } {
  const { sqlite } = core.ctx;
  const termId = (sqlite.prepare('SELECT id FROM terms LIMIT 1').get() as { id: string }).id;
  const outlines = options.corpusTexts.map((t) => JSON.stringify(outlineFromText(t)));
  const write = options.via === 'raw' ? rawWriter(core) : writePathWriter(core);
  const startYear = 2026 - options.years + 1;
  let n = 0;
  let m = 0;
  for (let y = startYear; y <= 2026; y += 1) {
    // A year a transaction: the change log and the index grow as they would.
    sqlite.transaction(() => {
      for (let i = 0; i < options.meetingsPerYear; i += 1) {
        m += 1;
        write.meeting({
          id: newId(),
          sequence_number: i + 1,
          term_id: termId,
          subject: `kỳ họp thứ ${i + 1} năm ${y}: đánh giá nhiệm vụ tháng ${(i % 12) + 1}`,
          date: dateOf(y, i * 3),
          notes: `Ghi chép kỳ họp ${m} về giải phóng mặt bằng, chuyển đổi số, Đề án 06.`,
        });
      }
      for (let i = 0; i < options.conclusionsPerYear; i += 1) {
        n += 1;
        write.conclusion({
          id: newId(),
          summary: `về kết quả công tác số ${n} tại thôn ${n % 40} năm ${y}`,
          preamble: `Ngày ${(i % 28) + 1} tháng ${(i % 12) + 1} năm ${y}, Ban Thường vụ Đảng ủy xã tổ chức hội nghị lần ${n}.`,
          outline_json: outlines[n % outlines.length]!,
          number: n,
          number_symbol: `${n}-TB/ĐU`,
          issue_date: dateOf(y, i % 365),
          term_id: termId,
        });
      }
    })();
  }
  sqlite.transaction(() => write.afterAll())();
  return { conclusions: n, meetings: m, registerEntries: n };
}

const UNIT_IDS = [
  'seed-peoplesCommittee', 'seed-councilStandingBoard', 'seed-fatherlandFront', 'seed-partyBuildingBoard', 'seed-inspectionCommittee',
  'seed-partyOffice', 'seed-police', 'seed-militaryCommand', 'seed-partyCells', 'seed-massOrganizations', 'seed-publicServiceCenter',
];
const STATUSES = ['notStarted', 'inProgress', 'done', 'doneLate', 'deferred'];

/** Tasks over the years with progress reports; `units` > 11 simulates many communes' units. */
export function generateTasks(core: Core, options: { tasks: number; progressPerTask: number; units?: number; withSearch?: boolean; via?: WriteMode }): number {
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
  const viaWritePath = options.via === 'writePath';
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
        if (viaWritePath) {
          // The write path keeps task_units and the task's search entry itself.
          insertRow(core.ctx, 'tasks', {
            id,
            content,
            lead_unit_ids_json: JSON.stringify([lead]),
            supporting_unit_ids_json: JSON.stringify([support]),
            lead_unit_names_json: '[]',
            supporting_unit_names_json: '[]',
            responsible_member: '',
            remarks: '',
            due_date: due,
            status,
            last_note: 'Đang triển khai',
          });
          for (let p = 0; p < options.progressPerTask; p += 1) {
            insertRow(core.ctx, 'progress_reports', { id: newId(), task_id: id, report_date: due, status, note: `Báo cáo lần ${p + 1}` });
          }
          continue;
        }
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
