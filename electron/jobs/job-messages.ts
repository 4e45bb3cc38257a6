/** What the main thread and a job thread say to each other. */
import type { ThreadError } from './job-errors';

export interface ToThread {
  id: number;
  kind: string;
  input: unknown;
}

export type FromThread =
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: ThreadError };
