/**
 * Progress of the long jobs, from the job thread to the window:
 * - in a job thread, a job calls `reportProgress(step, done, total)` (a Vietnamese step label,
 *   and pages, files or steps done out of a total when it knows one); the thread posts it to
 *   the pool, at most every PROGRESS_EVERY_MS for the same step (a step change and the last
 *   count always go);
 * - the pool keeps, for each running job, its latest progress (`nextProgress` below), and
 *   `jobs.active` hands the list to the renderer, which polls it while it waits on a long call.
 *
 * Outside a job thread (a job function called directly in a test) reporting does nothing.
 */

export interface JobProgress {
  /** What the job is doing now, in Vietnamese ("Đang sao chép dữ liệu"). */
  step: string;
  /** Units done out of `total`; both null while the step has no known size. */
  done: number | null;
  total: number | null;
}

export interface ActiveJob extends JobProgress {
  id: number;
  kind: string;
  state: 'queued' | 'running';
  /** Date.now() when its thread started it (null while queued). */
  startedAt: number | null;
  /** The window may offer "Huỷ" (`jobs.cancel`): the caller said stopping it loses nothing. */
  cancellable: boolean;
}

/** What the window shows for a job before it has said anything itself. */
export const defaultSteps: Record<string, string> = {
  'import.readFile': 'Đang đọc tệp',
  'import.readText': 'Đang đọc nội dung',
  'database.check': 'Đang kiểm tra toàn bộ dữ liệu',
  'backup.copyAndSeal': 'Đang sao lưu',
  'backup.inspect': 'Đang kiểm tra bản sao lưu',
  'backup.newestGood': 'Đang tìm bản sao lưu tốt gần nhất',
  'backup.stageRestore': 'Đang chuẩn bị khôi phục',
  'document.renderDocx': 'Đang tạo tệp DOCX',
  'document.writeDocx': 'Đang tạo tệp DOCX',
  'followup.writeXlsx': 'Đang tạo tệp Excel',
  'table.writeXlsx': 'Đang tạo tệp Excel',
  'exchange.writePackage': 'Đang đóng gói dữ liệu',
  'exchange.readSigned': 'Đang đọc gói dữ liệu',
  'exchange.openPayload': 'Đang giải mã gói dữ liệu',
};

export const QUEUED_STEP = 'Đang chờ công việc trước xong';

export function initialProgress(kind: string): JobProgress {
  return { step: defaultSteps[kind] ?? 'Đang xử lý', done: null, total: null };
}

/**
 * The progress to keep when a thread reports `incoming`: counts are whole, never negative,
 * never above the total, and within one step never go back (a backup step that a write
 * overtook restarts its count; the bar does not jump back). A report without a label keeps
 * the current one. Malformed counts are dropped, not trusted.
 */
export function nextProgress(prev: JobProgress, incoming: Partial<JobProgress>): JobProgress {
  const step = typeof incoming.step === 'string' && incoming.step.trim() ? incoming.step.trim().slice(0, 200) : prev.step;
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null);
  const total = count(incoming.total);
  let done = count(incoming.done);
  if (total === null) return { step, done: null, total: null };
  done = Math.min(done ?? 0, total);
  if (step === prev.step && prev.total === total && prev.done !== null) done = Math.max(done, prev.done);
  return { step, done, total };
}

type Reporter = (progress: JobProgress) => void;

let reporter: Reporter | null = null;
let afterEachReport: ((step: string, done: number | null) => void) | null = null;
let last: { step: string; at: number } | null = null;

export const PROGRESS_EVERY_MS = 100;

/** Set by the job thread around each job it runs. */
export function setProgressReporter(next: Reporter | null): void {
  reporter = next;
  last = null;
}

/**
 * Test hook: called after every report of a job thread (test/support/slow-job-thread.ts
 * sleeps there, so that a test sees a short backup step by step, deterministically).
 */
export function onEachReport(hook: ((step: string, done: number | null) => void) | null): void {
  afterEachReport = hook;
}

/** Tells the window what the running job is doing. */
export function reportProgress(step: string, done: number | null = null, total: number | null = null): void {
  if (!reporter) return;
  afterEachReport?.(step, done);
  const now = Date.now();
  const final = total !== null && done !== null && done >= total;
  if (last && last.step === step && !final && now - last.at < PROGRESS_EVERY_MS) return;
  last = { step, at: now };
  reporter({ step, done, total });
}
