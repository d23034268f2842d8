// Autosave for the editor: edits are written within a second of the last keystroke, at once
// when the user leaves a cell or the page is hidden, and kept in memory and retried when a
// write fails. The status never says "saved" while any edit is unsaved.
import type { Segment } from '../core/model.js';
import type { EditResult, SegmentPatch, StoreError } from '../store/index.js';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** Another tab changed the row first: the user chooses whose text to keep. */
export interface AutosaveConflict {
  segmentId: string;
  mine: SegmentPatch;
  theirs: Segment;
}

export interface AutosaveState {
  status: SaveStatus;
  /** When the last write succeeded (ms since epoch), or null. */
  lastSavedAt: number | null;
  /** Rows with edits not yet written. */
  pending: number;
  /** Why the last write failed (`kind`: quota, closed…), while it is failing. */
  error: StoreError | Error | null;
  conflicts: AutosaveConflict[];
}

export interface AutosaveOptions {
  /** Writes one row, e.g. `(id, patch, rev) => workspace.edit(id, patch, rev, who)`. */
  save: (segmentId: string, patch: SegmentPatch, expectedRev: number) => Promise<EditResult>;
  /** Told about every row written, so the view can take its new `rev`. */
  onSaved?: (segment: Segment) => void;
  /** Quiet time after the last keystroke before writing; keep it under a second. */
  delayMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Where `pagehide` and `visibilitychange` are heard; null to listen nowhere (Workers). */
  window?: Window | null;
}

interface Pending {
  patch: SegmentPatch;
  rev: number;
}

export class Autosave {
  private readonly pending = new Map<string, Pending>();
  /** Revs this queue wrote itself, so consecutive saves of one row do not conflict. */
  private readonly knownRevs = new Map<string, number>();
  private readonly conflicts = new Map<string, AutosaveConflict>();
  private readonly listeners = new Set<(s: AutosaveState) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private running: Promise<void> = Promise.resolve();
  private inFlight = 0;
  /** The row whose save is being written now (one at a time). */
  private writing?: string;
  private status: SaveStatus = 'idle';
  private lastSavedAt: number | null = null;
  private error: Error | null = null;
  private readonly win: Window | null;
  private readonly delayMs: number;

  constructor(private readonly opts: AutosaveOptions) {
    this.delayMs = opts.delayMs ?? 800;
    this.win = opts.window === undefined ? (globalThis.window ?? null) : opts.window;
    this.win?.addEventListener('pagehide', this.onLeave);
    this.win?.document.addEventListener('visibilitychange', this.onVisibility);
  }

  get state(): AutosaveState {
    return {
      status: this.status,
      lastSavedAt: this.lastSavedAt,
      pending: this.pending.size + this.inFlight,
      error: this.error,
      conflicts: [...this.conflicts.values()],
    };
  }

  /** True while any edit is not yet written (for a "leave anyway?" prompt). */
  get dirty(): boolean {
    return this.pending.size + this.inFlight + this.conflicts.size > 0;
  }

  /** Records an edit of a row whose stored rev the editor last saw as `rev`. */
  queue(segmentId: string, patch: SegmentPatch, rev: number): void {
    const prev = this.pending.get(segmentId);
    const known = Math.max(rev, this.knownRevs.get(segmentId) ?? 0);
    this.pending.set(segmentId, {
      patch: { ...prev?.patch, ...patch },
      rev: prev ? prev.rev : known,
    });
    // Every keystroke lands here: tell listeners only when the status actually changes.
    if (this.status !== 'saving') this.setStatus('saving');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Whether a save of this row is being written right now. */
  isWriting(segmentId: string): boolean {
    return this.writing === segmentId;
  }

  /** The unsaved edit of a row, so a refreshed view can keep showing the user's text. */
  unsaved(segmentId: string): SegmentPatch | undefined {
    return this.pending.get(segmentId)?.patch ?? this.conflicts.get(segmentId)?.mine;
  }

  /** Writes everything pending now; resolves once written or failed (see `state`). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(() => this.drain());
    return this.running;
  }

  /** `mine` writes the user's text over the other tab's; `theirs` drops it. */
  resolveConflict(segmentId: string, keep: 'mine' | 'theirs'): void {
    const c = this.conflicts.get(segmentId);
    if (!c) return;
    this.conflicts.delete(segmentId);
    this.knownRevs.set(segmentId, c.theirs.rev);
    if (keep === 'mine') this.queue(segmentId, c.mine, c.theirs.rev);
    else this.settle();
  }

  onChange(listener: (s: AutosaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening to the page; pending edits are flushed first. */
  async dispose(): Promise<void> {
    this.win?.removeEventListener('pagehide', this.onLeave);
    this.win?.document.removeEventListener('visibilitychange', this.onVisibility);
    await this.flush();
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private readonly onLeave = (): void => void this.flush();
  private readonly onVisibility = (): void => {
    if (this.win?.document.visibilityState === 'hidden') void this.flush();
  };

  private async drain(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.pending.size > 0) {
      const [id, item] = this.pending.entries().next().value as [string, Pending];
      this.pending.delete(id);
      this.inFlight++;
      this.writing = id;
      let result: EditResult;
      try {
        result = await this.opts.save(id, item.patch, item.rev);
      } catch (e) {
        this.writing = undefined;
        this.inFlight--;
        // Keep the edit, merged under anything typed meanwhile, and try again later.
        const newer = this.pending.get(id);
        this.pending.set(id, { patch: { ...item.patch, ...newer?.patch }, rev: item.rev });
        this.error = e instanceof Error ? e : new Error(String(e));
        this.failures++;
        this.setStatus('failed');
        this.scheduleRetry();
        return;
      }
      this.writing = undefined;
      this.inFlight--;
      if (result.ok) {
        this.knownRevs.set(id, result.segment.rev);
        const newer = this.pending.get(id);
        if (newer) newer.rev = result.segment.rev;
        this.lastSavedAt = Date.now();
        this.opts.onSaved?.(result.segment);
      } else {
        const newer = this.pending.get(id);
        this.pending.delete(id);
        this.conflicts.set(id, {
          segmentId: id,
          mine: { ...item.patch, ...newer?.patch },
          theirs: result.conflict,
        });
      }
    }
    this.error = null;
    this.failures = 0;
    this.settle();
  }

  private scheduleRetry(): void {
    const base = this.opts.retryBaseMs ?? 1000;
    const wait = Math.min(this.opts.retryMaxMs ?? 30_000, base * 2 ** (this.failures - 1));
    this.retryTimer = setTimeout(() => void this.flush(), wait);
  }

  /** The status that matches what is (not) written right now. */
  private settle(): void {
    if (this.error) this.setStatus('failed');
    else if (this.conflicts.size > 0) this.setStatus('conflict');
    else if (this.pending.size + this.inFlight > 0) this.setStatus('saving');
    else this.setStatus(this.lastSavedAt === null ? 'idle' : 'saved');
  }

  private setStatus(s: SaveStatus): void {
    this.status = s;
    const snapshot = this.state;
    for (const l of this.listeners) l(snapshot);
  }
}
