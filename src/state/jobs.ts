// A background job (alignment, file parsing, comparison) as state, so any element can show that
// it runs, how far it got, and how it ended, and the service that started it can cancel it.
import type { AppError } from './errors.js';

export type JobStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Job {
  status: JobStatus;
  /** 0..1 while running, when the job reports progress. */
  progress: number;
  error?: AppError;
}

export const IDLE: Job = { status: 'idle', progress: 0 };

export const isAbort = (e: unknown): boolean =>
  e instanceof DOMException && e.name === 'AbortError';
