// Errors with a kind, all the way to the user: every failure the services report is an AppError
// whose kind picks a localized message (`errors.<kind>`), so no raw exception text is shown.
import { StoreError } from '../store/index.js';

export type AppErrorKind =
  /** Another tab or person changed the rows first. */
  | 'conflict'
  /** The browser's storage is full. */
  | 'quota'
  /** The database was closed (another tab upgraded it, or the browser shut it). */
  | 'closed'
  /** The stored data could not be read back. */
  | 'corrupt'
  /** A request the data does not allow (merge the last row, restore a deleted version…). */
  | 'invalid'
  /** An undo or redo step could not be replayed. */
  | 'undo'
  /** A file that could not be read as what it claims to be. */
  | 'invalidFile'
  | 'unknown';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    /** For the console and tests; the user sees `errors.<kind>` with `params`. */
    detail: string,
    readonly params: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(detail, options);
  }

  /** The locale key of the message a user sees. */
  get key(): string {
    return `errors.${this.kind}`;
  }
}

/** Whatever was thrown, as an AppError; `during` names the kind for unkinded failures. */
export function toAppError(e: unknown, during?: AppErrorKind): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof StoreError) {
    // A conflict while replaying undo is the undo failing, told as such.
    const kind: AppErrorKind =
      e.kind === 'conflict' && during === 'undo'
        ? 'undo'
        : e.kind === 'unknown'
          ? (during ?? 'unknown')
          : e.kind;
    return new AppError(kind, message, { rows: e.segmentIds.length }, { cause: e });
  }
  return new AppError(during ?? 'unknown', message, {}, { cause: e });
}
