// The new-project page's saved check (state/align-check.ts), as a controller the page wires up:
// the texts and fixes saved after a pause in typing (at once on leaving the page), the check a
// reload left behind read back, and another tab's newer check handed to the page to take up.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AlignDraft } from '../../state/align-check.js';
import type { LibraryService } from '../../state/library.js';

/** What the controller asks of the page. */
export interface CheckDraftOptions {
  library(): LibraryService | undefined;
  /** The check as it is now (texts, rows with fixes, place). */
  draft(): AlignDraft;
  /** In the check, not the form: a save there must not write over another tab's newer fixes. */
  checking(): boolean;
  /** Another tab saved the check: the page shows its rows, if that fits where it is. */
  takeUp(draft: AlignDraft): void;
}

export class CheckDraft implements ReactiveController {
  private _saveTimer = 0;
  /** Drafts saved by other tabs that this one has taken up. */
  private _seenElsewhere = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: CheckDraftOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Leaving the page: what was typed is saved now rather than lost with the timer.
    if (this._saveTimer) this.save();
  }

  /** The page updated: a check another tab saved meanwhile is handed to it. */
  updated(): void {
    const n = this.opts.library()?.check?.state.changedElsewhere ?? 0;
    if (n !== this._seenElsewhere) {
      this._seenElsewhere = n;
      void this._takeUp();
    }
  }

  private async _takeUp() {
    const d = await this.opts.library()?.check?.load();
    if (d) this.opts.takeUp(d);
  }

  /** The check left by a reload (or an earlier visit), if any; its code loads with the page. */
  async load(): Promise<AlignDraft | undefined> {
    const check = await this.opts.library()?.loadCheck();
    this.host.requestUpdate();
    return check?.load();
  }

  /** Saves after a pause in typing, so a reload (or a crash) finds the texts again. */
  saveSoon(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = window.setTimeout(() => this.save(), 300);
  }

  /**
   * Saves the check as it is now. In the form, and for a new alignment, it replaces whatever draft
   * there is; a fix in the check is not written over another tab's newer one (see AlignCheckService).
   */
  save(replace = !this.opts.checking()): void {
    this._stopTimer();
    void this.opts.library()?.check?.save(this.opts.draft(), { replace });
  }

  /** The check is given up: nothing more is saved, and the saved one is forgotten. */
  discard(): void {
    this._stopTimer();
    void this.opts.library()?.check?.discard();
  }

  private _stopTimer() {
    clearTimeout(this._saveTimer);
    this._saveTimer = 0;
  }
}
