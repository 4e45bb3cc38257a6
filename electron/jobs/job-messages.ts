/** What the main thread and a job thread say to each other. */
import type { ThreadError } from './job-errors';
import type { JobProgress } from './job-progress';

export interface ToThread {
  id: number;
  kind: string;
  input: unknown;
}

export type FromThread =
  | { type: 'started'; id: number }
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: ThreadError };
