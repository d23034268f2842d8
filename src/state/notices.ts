// What the app tells the user (the toast): one notice at a time, with an optional action.
import { Service } from './service.js';
import type { AppError } from './errors.js';

export interface Notice {
  kind: 'info' | 'error';
  key: string;
  params?: Record<string, unknown>;
  /** A button on the notice (Undo, Keep mine…): its label's locale key and what it does. */
  action?: { key: string; run: () => Promise<void> | void };
  /** The user closed the notice (not: another took its place, or it timed out). */
  onDismiss?: () => void;
}

/** How long an information stays, without and with an action (Undo): long enough to read. */
const INFO_MS = 6_000;
const ACTION_MS = 10_000;

export class NoticeService extends Service<{ notice?: Notice }> {
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly times = { info: INFO_MS, action: ACTION_MS }) {
    super({});
  }

  /** Shows a notice. Information goes by itself after a while; an error stays until dismissed. */
  show(notice: Notice | undefined): void {
    clearTimeout(this._timer);
    this.set({ notice });
    if (notice?.kind === 'info') {
      const ms = notice.action ? this.times.action : this.times.info;
      this._timer = setTimeout(() => {
        if (this.state.notice === notice) this.set({ notice: undefined });
      }, ms);
    }
  }

  /** Leaving a page takes its information along (an error stays: it is still true). */
  leavePage(): void {
    if (this.state.notice?.kind === 'info') this.dismiss();
  }

  info(key: string, params?: Record<string, unknown>, action?: Notice['action']): void {
    this.show({ kind: 'info', key, params, action });
  }

  /** An error in the user's words: the message of its kind, never the raw exception text. */
  error(e: AppError, action?: Notice['action']): void {
    console.warn(e);
    this.show({ kind: 'error', key: e.key, params: e.params, action });
  }

  /** The user closes the notice. */
  dismiss(): void {
    const closed = this.state.notice;
    this.show(undefined);
    closed?.onDismiss?.();
  }

  async runAction(): Promise<void> {
    const action = this.state.notice?.action;
    this.show(undefined);
    await action?.run();
  }
}
