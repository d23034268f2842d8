// The alignment check before a project exists: the draft (both texts and the rows with every
// manual fix) saved to IndexedDB as the user works, so a reload resumes it, and re-aligning the
// rows after a chosen one in the Worker, keeping the rows a person checked as anchors.
import type { AlignRow } from '../core/beads.js';
import type { Lang } from '../core/model.js';
import { langCode } from '../core/text/lang.js';
import type { AlignDraft, Workspace } from '../store/index.js';
import { toAppError } from './errors.js';
import { IDLE, isAbort, type Job } from './jobs.js';
import { Service } from './service.js';

export type { AlignDraft } from '../store/index.js';

export interface AlignCheckState {
  /** Re-aligning the rows after a chosen row. */
  realigning: Job;
  /** The last draft write failed (the check goes on; the next fix tries again). */
  saveFailed: boolean;
  /** Counts the drafts another tab saved (or discarded) since this one opened: reload it then. */
  changedElsewhere: number;
}

export class AlignCheckService extends Service<AlignCheckState> {
  private _pending?: AlignDraft;
  private _writing?: Promise<void>;
  private _abort?: AbortController;
  /**
   * Every tab of the workspace shares the one draft: each says when it wrote it, so a tab left
   * open on an older state takes the newer one up rather than writing its stale rows back over it.
   */
  private readonly _channel?: BroadcastChannel;
  /** When the draft this tab last read or wrote was written: a newer one is another tab's. */
  private _known?: number;

  constructor(private readonly ws: Workspace) {
    super({ realigning: IDLE, saveFailed: false, changedElsewhere: 0 });
    if (typeof BroadcastChannel === 'undefined') return;
    this._channel = new BroadcastChannel(`${ws.name}:align-draft`);
    this._channel.onmessage = () => this.set({ changedElsewhere: this.state.changedElsewhere + 1 });
  }

  /** The draft left by the last visit (or a reload), if any. */
  async load(): Promise<AlignDraft | undefined> {
    const rec = await this.ws.drafts.get().catch(() => undefined);
    if (!rec) return undefined;
    this._known = rec.updatedAt;
    const { name, sourceLang, targetLang, sourceText, targetText, rows, active, topRow } = rec;
    return { name, sourceLang, targetLang, sourceText, targetText, rows, active, topRow };
  }

  /**
   * Saves the draft. Writes go one at a time and only the newest waiting one is written, so a
   * burst of fixes costs one write after the one under way, and an older state never lands last.
   */
  save(draft: AlignDraft, opts: { replace?: boolean } = {}): Promise<void> {
    this._pending = draft;
    this._replace = opts.replace === true;
    this._writing ??= this._drain().finally(() => (this._writing = undefined));
    return this._writing;
  }

  /** The waiting save starts a new draft (new texts, a new alignment): it replaces any. */
  private _replace = false;

  private async _drain(): Promise<void> {
    while (this._pending) {
      const d = this._pending;
      const replace = this._replace;
      this._pending = undefined;
      try {
        // Another tab wrote the draft since this one read it: this tab's rows are older than
        // that tab's fixes. They are not written over them; the page takes the newer ones up.
        const now = replace ? undefined : await this.ws.drafts.get();
        if (now && this._known !== undefined && now.updatedAt > this._known) {
          this._known = now.updatedAt;
          this.set({ changedElsewhere: this.state.changedElsewhere + 1 });
          continue;
        }
        await this.ws.drafts.put(d);
        this._known = (await this.ws.drafts.get())?.updatedAt;
        this.set({ saveFailed: false });
        this._channel?.postMessage('saved');
      } catch {
        this.set({ saveFailed: true });
      }
    }
  }

  /** Resolves once every save asked for so far is written. */
  async flush(): Promise<void> {
    await this._writing;
  }

  /** The check is over (a project was made from it, or it was cancelled): forget the draft. */
  async discard(): Promise<void> {
    this._pending = undefined;
    await this._writing;
    await this.ws.drafts.delete().catch(() => undefined);
    this._channel?.postMessage('discarded');
  }

  /**
   * Aligns again every row after row `from` in the Worker, except the rows a person checked:
   * the whole document is aligned with those rows and every row up to `from` kept as anchors,
   * so the aligner learns its model on all of it. Undefined when cancelled or failed (see
   * `realigning`), or when there was nothing to do.
   */
  async realign(
    rows: readonly AlignRow[],
    from: number,
    langs: { sourceLang: Lang; targetLang: Lang },
  ): Promise<AlignRow[] | undefined> {
    // Loaded when first used: a first visit never re-aligns.
    const { applyRealign, realignJob } = await import('../core/realign.js');
    const job = realignJob(rows, from);
    if (!job) return undefined;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this.set({ realigning: { status: 'running', progress: 0 } });
    try {
      const { alignAnchoredInWorker } = await import('../workers/align-client.js');
      const beads = await alignAnchoredInWorker(
        {
          source: job.source,
          target: job.target,
          anchors: job.anchors,
          sourceLang: langCode(langs.sourceLang),
          targetLang: langCode(langs.targetLang),
        },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (this._abort === abort) this.set({ realigning: { status: 'running', progress } });
          },
        },
      );
      this.set({ realigning: { status: 'done', progress: 1 } });
      return applyRealign(rows, job, beads);
    } catch (e) {
      if (this._abort !== abort) return undefined;
      this.set({
        realigning: isAbort(e)
          ? { status: 'cancelled', progress: 0 }
          : { status: 'failed', progress: 0, error: toAppError(e) },
      });
      return undefined;
    }
  }

  cancelRealign(): void {
    this._abort?.abort();
  }
}
