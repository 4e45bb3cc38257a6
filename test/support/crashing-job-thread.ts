/**
 * A job thread that dies the way a real one can: it runs the real job thread, except that a
 * job of the kind named in `workerData.crashOn` ends the thread abruptly (process.exit inside
 * a worker stops that thread only), and `throwOn` throws outside any job (an uncaught error).
 */
import { parentPort, workerData } from 'node:worker_threads';

const orders = (workerData ?? {}) as { crashOn?: string; throwOn?: string };

parentPort?.on('message', (m: { kind: string }) => {
  if (m.kind === orders.crashOn) process.exit(70);
  if (m.kind === orders.throwOn) throw new Error('job thread broke outside a job');
});

await import('../../electron/jobs/job-thread');
