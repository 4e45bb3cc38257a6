/**
 * The entry of a job thread (worker_threads): runs the jobs of job-list.ts one at a time and
 * answers each with its value or its error as a plain value. Bundled on its own as
 * dist-electron/job-thread.cjs for the app; run from this source through tsx elsewhere.
 */
import { parentPort } from 'node:worker_threads';
import { useVietnameseZodMessages } from '../../shared/api/zod-locale';
import { toThreadError } from './job-errors';
import { isJobKind, jobList } from './job-list';
import type { FromThread, ToThread } from './job-messages';
import { setProgressReporter } from './job-progress';

const port = parentPort;
if (!port) throw new Error('job-thread.ts runs only as a worker thread');
useVietnameseZodMessages();

port.on('message', (message: ToThread) => {
  void run(message);
});

async function run({ id, kind, input }: ToThread): Promise<void> {
  const reply = (m: FromThread) => port!.postMessage(m);
  if (!isJobKind(kind)) {
    reply({ type: 'failed', id, error: toThreadError(new Error(`unknown job kind ${String(kind)}`)) });
    return;
  }
  reply({ type: 'started', id });
  setProgressReporter((progress) => reply({ type: 'progress', id, progress }));
  try {
    const job = jobList[kind] as (input: unknown) => unknown;
    reply({ type: 'done', id, value: await job(input) });
  } catch (err) {
    reply({ type: 'failed', id, error: toThreadError(err) });
  } finally {
    setProgressReporter(null);
  }
}
