// Every failure the store reports is a StoreError with a `kind` the UI can put into plain words.

export type StoreErrorKind = 'quota' | 'conflict' | 'closed' | 'corrupt' | 'invalid' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** Rows involved, when the error is about rows (conflict, corrupt). */
    readonly segmentIds: string[] = [],
    options?: { cause?: unknown; reason?: string },
  ) {
    super(message, options);
    this.reason = options?.reason;
  }

  /** Why, as a code the UI words in its own language (e.g. a refused backup's `not-json`). */
  readonly reason?: string;
}

export const QUOTA_REASON = 'there is not enough storage space on this device (quota exceeded)';

/** Maps whatever IndexedDB threw to a StoreError; a StoreError passes through unchanged. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const msg = e instanceof Error ? e.message : String(e);
  // Browsers often give an empty message here; the user still needs to be told why.
  if (name === 'QuotaExceededError') return new StoreError('quota', QUOTA_REASON, [], { cause: e });
  // Chrome reports a closing connection as InvalidStateError ("The database connection is closing").
  if (name === 'InvalidStateError' && /clos/i.test(msg))
    return new StoreError('closed', msg, [], { cause: e });
  if (name === 'DataError' || name === 'DataCloneError')
    return new StoreError('invalid', msg, [], { cause: e });
  return new StoreError('unknown', msg || name || 'write failed', [], { cause: e });
}
