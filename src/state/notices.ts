// What the app tells the user (the toast): one notice at a time, with an optional action.
import { Service } from './service.js';
import type { AppError } from './errors.js';

export interface Notice {
  kind: 'info' | 'error';
  key: string;
  params?: Record<string, unknown>;
  /** A button on the notice (Undo, Keep mine…): its label's locale key and what it does. */
  action?: { key: string; run: () => Promise<void> | void };
}

export class NoticeService extends Service<{ notice?: Notice }> {
  constructor() {
    super({});
  }

  show(notice: Notice | undefined): void {
    this.set({ notice });
  }

  info(key: string, params?: Record<string, unknown>, action?: Notice['action']): void {
    this.set({ notice: { kind: 'info', key, params, action } });
  }

  /** An error in the user's words: the message of its kind, never the raw exception text. */
  error(e: AppError, action?: Notice['action']): void {
    console.warn(e);
    this.set({ notice: { kind: 'error', key: e.key, params: e.params, action } });
  }

  dismiss(): void {
    this.set({ notice: undefined });
  }

  async runAction(): Promise<void> {
    const action = this.state.notice?.action;
    this.set({ notice: undefined });
    await action?.run();
  }
}
