// Debounced saving of typed edits: a row's pending patch is written 800 ms after the last
// keystroke, at once on flush (leaving the cell, confirming, pagehide), and retried with backoff
// when a write fails. "saved" is reported only when nothing is pending or failing.
import type { Segment } from '../core/model.js';
import type { EditResult, SegmentPatch } from '../store/index.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export type QueueEvent =
  | { type: 'state'; state: SaveState; at?: number }
  | { type: 'saved'; segment: Segment }
  | { type: 'conflict'; segment: Segment }
  | { type: 'error'; error: Error };

type Save = (id: string, patch: SegmentPatch, rev: number) => Promise<EditResult>;

interface Pending {
  patch: SegmentPatch;
  rev: number;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
  failures: number;
}

export const DEBOUNCE_MS = 800;

export class EditQueue {
  private readonly pending = new Map<string, Pending>();
  private failing = false;

  constructor(
    private readonly save: Save,
    private readonly emit: (e: QueueEvent) => void,
  ) {}

  /** Merges a patch into the row's pending change and (re)starts its debounce. */
  queue(id: string, patch: SegmentPatch, rev: number): void {
    const p = this.pending.get(id) ?? { patch: {}, rev, failures: 0 };
    p.patch = { ...p.patch, ...patch };
    this.pending.set(id, p);
    clearTimeout(p.timer);
    p.timer = setTimeout(() => void this.flush(id), DEBOUNCE_MS);
    this.emit({ type: 'state', state: 'saving' });
  }

  pendingPatch(id: string): SegmentPatch | undefined {
    return this.pending.get(id)?.patch;
  }

  async flush(id: string): Promise<void> {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    if (p.running) await p.running;
    if (!this.pending.has(id)) return;
    p.running = this.write(id, p);
    await p.running;
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.flush(id)));
  }

  private async write(id: string, p: Pending): Promise<void> {
    const patch = p.patch;
    p.patch = {};
    try {
      const r = await this.save(id, patch, p.rev);
      p.running = undefined;
      if (r.ok) {
        p.rev = r.segment.rev;
        p.failures = 0;
        // Anything typed while the write ran stays pending for the next one.
        if (Object.keys(p.patch).length === 0) this.pending.delete(id);
        this.emit({ type: 'saved', segment: r.segment });
      } else {
        this.pending.delete(id);
        this.emit({ type: 'conflict', segment: r.conflict });
      }
      this.failing = false;
    } catch (e) {
      // Keep the edit (newer typing wins over the failed patch) and try again later.
      p.running = undefined;
      p.patch = { ...patch, ...p.patch };
      p.failures++;
      this.failing = true;
      this.emit({ type: 'error', error: e instanceof Error ? e : new Error(String(e)) });
      clearTimeout(p.timer);
      p.timer = setTimeout(() => void this.flush(id), Math.min(30_000, 1000 * 2 ** p.failures));
    }
    this._report();
  }

  private _report() {
    if (this.failing) this.emit({ type: 'state', state: 'failed' });
    else if (this.pending.size > 0) this.emit({ type: 'state', state: 'saving' });
    else this.emit({ type: 'state', state: 'saved', at: Date.now() });
  }
}
