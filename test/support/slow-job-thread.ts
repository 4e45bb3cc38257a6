/**
 * A job thread whose jobs are slowed at each progress report: the real job thread, except
 * that every report of the step named in `workerData.slowStep` sleeps `workerData.sleepMs`
 * (a backup of a few MB then takes seconds, so a test sees its counts go up step by step).
 * With `fromDone`, only reports whose count has reached it sleep: a file write parks after its
 * first slice, with its temporary file on disk, and a cancel test stops it right there.
 */
import { workerData } from 'node:worker_threads';
import { onEachReport } from '../../electron/jobs/job-progress';

const orders = (workerData ?? {}) as { slowStep?: string; sleepMs?: number; fromDone?: number };
const sleeper = new Int32Array(new SharedArrayBuffer(4));

onEachReport((step, done) => {
  if (step !== orders.slowStep) return;
  if (orders.fromDone !== undefined && (done ?? 0) < orders.fromDone) return;
  Atomics.wait(sleeper, 0, 0, orders.sleepMs ?? 20);
});

await import('../../electron/jobs/job-thread');
