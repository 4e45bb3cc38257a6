/**
 * What the progress line says for the job a caller waits on (JobProgress.tsx): its step and
 * how far, or the caller's `thenStep` once the core's main thread is busy after the jobs, and
 * whether "Huỷ" is offered. Plain logic, apart from the component, so it is tested alone.
 */
import type { ApiOutput } from '../../shared/api/contract';

export type ActiveJob = ApiOutput<'jobs.active'>['jobs'][number];

export interface JobWatch {
  /** The latest state of the first job of the kinds; null before any, or once they ended. */
  job: ActiveJob | null;
  /** A job of the kinds was seen during this wait. */
  seen: boolean;
  /** The last poll has gone unanswered for a while: the core's main thread is busy. */
  stalled: boolean;
}

export function percentOf(job: Pick<ActiveJob, 'done' | 'total'>): number | null {
  if (job.done === null || job.total === null || job.total <= 0) return null;
  return Math.min(100, Math.round((job.done / job.total) * 100));
}

export interface JobDisplay {
  step: string;
  /** Null: no known size (moving stripes). */
  percent: number | null;
  /** The job "Huỷ" would cancel; null when none is offered. */
  cancelId: number | null;
}

/**
 * - A job of the kinds: its step and count; "Huỷ" if the core allows it.
 * - With `thenStep`: once the poll goes unanswered, or the jobs have ended while the call
 *   still runs, the core is writing on its main thread — say so, and offer no "Huỷ" (the
 *   last job seen is over, or cannot be reached until the write is done).
 * - Before anything: `fallback`.
 */
export function jobDisplay(watch: JobWatch, fallback: string, thenStep?: string): JobDisplay {
  const after = thenStep !== undefined && (watch.stalled || (watch.seen && watch.job === null));
  if (after) return { step: thenStep, percent: null, cancelId: null };
  const job = watch.job;
  if (!job) return { step: fallback, percent: null, cancelId: null };
  return { step: job.step, percent: percentOf(job), cancelId: job.cancellable && !watch.stalled ? job.id : null };
}
