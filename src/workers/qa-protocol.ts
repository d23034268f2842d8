// Messages between the app and the QA Worker.
import type { Finding, QaContext, QaRow, QaSettings } from '../core/qa/index.js';

export interface QaInput {
  rows: QaRow[];
  ctx: QaContext;
  settings?: QaSettings;
}

export type QaReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; findings: Finding[] }
  | { type: 'error'; message: string };
