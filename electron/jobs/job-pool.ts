/**
 * The job runner: a small pool of worker threads that run the long jobs of job-list.ts (DOCX
 * reading, database checks and copies…) so that the main thread — Electron's main process,
 * which also serves the window — keeps answering while they run.
 *
 * - Jobs queue and each goes to the first idle thread; threads start when first needed and
 *   stop after a while without work. An idle thread does not keep the process alive (the CLI
 *   exits when its work is done), a busy one does.
 * - A thread that dies (an uncaught error, out of its memory limit, stopped) fails the job it
 *   held with a typed Vietnamese error, and the next job gets a fresh thread. Jobs write no
 *   database, so a lost job leaves the data as it was.
 * - A job can be cancelled with an AbortSignal: queued, it never starts; running, its thread
 *   is stopped.
 * - A job its caller marked `cancellable` can be cancelled from the window by its id
 *   (`jobs.cancel`, "Huỷ"): queued, it leaves the queue; running, its thread is stopped, the
 *   partial files the job may have left (job-list.ts `partialFiles`) are removed once the
 *   thread is gone, and only then does the caller's promise reject with CANCELLED. The next
 *   job gets a fresh thread. A job that has returned is no longer in the pool: what its caller
 *   does with the result (a write into the database, on the main thread) cannot be cancelled,
 *   and `cancel` answers 'finished'.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cancelledByUser, fromThreadError, jobCancelled, threadLost } from './job-errors';
import { partialFilesOf, type JobInput, type JobKind, type JobOutput } from './job-list';
import type { FromThread, ToThread } from './job-messages';
import { initialProgress, nextProgress, QUEUED_STEP, type ActiveJob, type JobProgress } from './job-progress';
import { defaultThreadEntry, type ThreadEntry } from './thread-entry';

export interface JobPoolOptions {
  /** At most this many threads (default: one per spare core, 1–2). */
  size?: number;
  entry?: ThreadEntry;
  /** A thread idle this long stops (ms). */
  idleMs?: number;
  /** Heap ceiling of a thread (MB): a hostile file exhausts its thread, never the app. */
  maxHeapMb?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  /**
   * The window may cancel this job ("Huỷ"). Only for a job that produces or reads a file and
   * whose caller writes nothing before it returns: stopping it then changes nothing.
   */
  cancellable?: boolean;
}

/** What became of a cancel from the window. */
export type CancelOutcome = 'cancelled' | 'finished' | 'not-cancellable';

interface Pending {
  id: number;
  kind: string;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | null;
  cancellable: boolean;
  /** Set when its thread starts it; then the latest progress the thread reported. */
  startedAt: number | null;
  progress: JobProgress;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  idleTimer: NodeJS.Timeout | null;
}

type StartListener = (kind: string) => void;

export class JobPool {
  private readonly size: number;
  private readonly entry: ThreadEntry;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private readonly startListeners = new Set<StartListener>();
  /** Test hook: kinds whose results are kept back (the job stays active) until released. */
  private readonly held = new Map<string, Array<() => void>>();
  private nextId = 1;
  private closed = false;

  constructor(options: JobPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism() - 1));
    this.entry = options.entry ?? defaultThreadEntry();
    this.idleMs = options.idleMs ?? 60_000;
    this.maxHeapMb = options.maxHeapMb ?? 2048;
  }

  run<K extends JobKind>(kind: K, input: JobInput<K>, options: RunOptions = {}): Promise<JobOutput<K>> {
    return this.runAny(kind, input, options) as Promise<JobOutput<K>>;
  }

  /** Any job name (the test doubles of the thread entry answer names the list does not have). */
  runAny(kind: string, input: unknown, options: RunOptions = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(jobCancelled(kind, 'pool closed'));
    if (options.signal?.aborted) return Promise.reject(jobCancelled(kind, 'aborted before start'));
    return new Promise((resolve, reject) => {
      const job: Pending = {
        id: this.nextId++,
        kind,
        input,
        resolve,
        reject,
        signal: options.signal,
        onAbort: null,
        cancellable: options.cancellable ?? false,
        startedAt: null,
        progress: initialProgress(kind),
      };
      if (job.signal) {
        job.onAbort = () => void this.cancel(job, 'aborted');
        job.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Calls back each time a thread starts a job (tests and the bench order events by it). */
  onStart(listener: StartListener): () => void {
    this.startListeners.add(listener);
    return () => this.startListeners.delete(listener);
  }

  /**
   * The jobs running, with their latest progress, then those waiting, oldest first
   * (`jobs.active`: the window shows what it is waiting for).
   */
  active(): ActiveJob[] {
    const running = [...this.slots]
      .map((s) => s.job)
      .filter((j): j is Pending => j !== null)
      .sort((a, b) => a.id - b.id)
      .map((j): ActiveJob => ({ id: j.id, kind: j.kind, state: j.startedAt === null ? 'queued' : 'running', startedAt: j.startedAt, cancellable: j.cancellable, ...j.progress }));
    const queued = this.queue.map(
      (j): ActiveJob => ({ id: j.id, kind: j.kind, state: 'queued', startedAt: null, cancellable: j.cancellable, step: QUEUED_STEP, done: null, total: null }),
    );
    return [...running, ...queued];
  }

  /**
   * "Huỷ" from the window. A job not found has finished (or failed, or was cancelled already):
   * its caller may be writing its result, which is not ours to stop. Resolves once the job's
   * thread is gone and its partial files removed (the caller's promise rejects just before).
   */
  async cancelById(id: number): Promise<CancelOutcome> {
    const job = this.queue.find((j) => j.id === id) ?? [...this.slots].map((s) => s.job).find((j) => j?.id === id);
    if (!job) return 'finished';
    if (!job.cancellable) return 'not-cancellable';
    await this.cancel(job, 'the user', cancelledByUser(job.kind));
    return 'cancelled';
  }

  /**
   * Test hook: the results of jobs of `kind` are kept back until the returned function is
   * called, so a test sees such a job running, with its last progress, for as long as it needs.
   */
  holdResults(kind: string): () => void {
    const waiting: Array<() => void> = [];
    this.held.set(kind, waiting);
    return () => {
      if (this.held.get(kind) === waiting) this.held.delete(kind);
      for (const deliver of waiting.splice(0)) deliver();
    };
  }

  /** Jobs running or waiting. */
  get pending(): number {
    return this.queue.length + [...this.slots].filter((s) => s.job).length;
  }

  /** Stops every thread; running and queued jobs fail as cancelled. */
  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, jobCancelled(job.kind, 'pool closed'));
    for (const slot of [...this.slots]) this.stop(slot, jobCancelled(slot.job?.kind ?? '', 'pool closed'));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => !s.job) ?? (this.slots.size < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      this.assign(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.file, {
      execArgv: this.entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      workerData: this.entry.workerData,
    });
    const slot: Slot = { worker, job: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (m: FromThread) => this.onMessage(slot, m));
    worker.on('error', (err) => this.lose(slot, `${err.name}: ${err.message}`));
    worker.on('exit', (code) => this.lose(slot, `exited with code ${code}`));
    return slot;
  }

  private assign(slot: Slot, job: Pending): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.job = job;
    slot.worker.ref();
    const message: ToThread = { id: job.id, kind: job.kind, input: job.input };
    slot.worker.postMessage(message);
  }

  private onMessage(slot: Slot, m: FromThread): void {
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    if (m.type === 'started') {
      job.startedAt = Date.now();
      for (const listener of this.startListeners) listener(job.kind);
      return;
    }
    if (m.type === 'progress') {
      job.progress = nextProgress(job.progress, m.progress);
      return;
    }
    const held = this.held.get(job.kind);
    if (held) {
      held.push(() => this.finish(slot, job, m));
      return;
    }
    this.finish(slot, job, m);
  }

  private finish(slot: Slot, job: Pending, m: Extract<FromThread, { type: 'done' | 'failed' }>): void {
    if (slot.job !== job) return; // lost or stopped meanwhile
    slot.job = null;
    this.idle(slot);
    if (m.type === 'done') this.settle(job, null, m.value);
    else this.settle(job, fromThreadError(m.error));
    this.pump();
  }

  private idle(slot: Slot): void {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => this.stop(slot, null), this.idleMs);
    slot.idleTimer.unref();
  }

  /** The thread is gone (crash, memory limit, exit): its job fails, a later job gets a new one. */
  private lose(slot: Slot, detail: string): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const job = slot.job;
    slot.job = null;
    if (job) this.settle(job, threadLost(job.kind, detail));
    if (!this.closed) this.pump();
  }

  private stop(slot: Slot, err: Error | null): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const job = slot.job;
    slot.job = null;
    if (job && err) this.settle(job, err);
    void slot.worker.terminate();
  }

  /**
   * Queued: out of the queue. Running: its thread stopped — the slot is given up at once, so
   * the next job gets a fresh thread while this one winds down — then, once the thread has
   * exited (it can no longer write), its partial files removed, and only then the caller told.
   */
  private async cancel(job: Pending, why: string, err: Error = jobCancelled(job.kind, why)): Promise<void> {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, err);
      return;
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (!slot) return;
    this.slots.delete(slot);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.job = null;
    this.pump();
    try {
      await slot.worker.terminate();
    } finally {
      removePartialFiles(job.kind, job.input);
      this.settle(job, err);
    }
  }

  private settle(job: Pending, err: Error | null, value?: unknown): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (err) job.reject(err);
    else job.resolve(value);
  }
}

function removePartialFiles(kind: string, input: unknown): void {
  for (const path of partialFilesOf(kind, input)) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Still held (Windows) or already gone: the next write of that name replaces it.
    }
  }
}

let shared: JobPool | null = null;

/**
 * The process's pool, shared by every core it opens (the app has one; a test process opens
 * many, and a warm thread serves them all). Idle threads do not keep the process alive.
 */
export function sharedJobPool(): JobPool {
  shared ??= new JobPool();
  return shared;
}
