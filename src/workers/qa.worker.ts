// Every quality check over every row of a document, off the main thread, with progress.
import { checkDocument } from '../core/qa/index.js';
import type { QaInput, QaReply } from './qa-protocol.js';

const post = (m: QaReply): void => postMessage(m);

addEventListener('message', (e: MessageEvent<QaInput>) => {
  const { rows, ctx, settings } = e.data;
  try {
    const findings = checkDocument(rows, ctx, {
      settings,
      onProgress: (done, total) => post({ type: 'progress', fraction: total ? done / total : 1 }),
    });
    post({ type: 'done', findings });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
