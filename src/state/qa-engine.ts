// How the QA service runs the checks: the row checks on the main thread (one row per pause in
// typing; the code loads with the first), every row of a document in a Worker.
import type { Finding, QaContext, QaRow, QaSettings } from '../core/qa/types.js';
import type { Lang } from '../core/model.js';
import { langCode } from '../core/text/lang.js';

export interface QaEngine {
  /**
   * The checks of single rows (not the document checks), for rows just changed; `doc` gives
   * where each row is in its document, for what the rows around it say (quotes running on).
   */
  checkRows(
    rows: readonly QaRow[],
    ctx: QaContext,
    settings: QaSettings,
    doc?: { rows: readonly QaRow[]; at: readonly number[] },
  ): Promise<Finding[]>;
  /** Every check over every row, off the main thread. */
  checkDocument(
    rows: readonly QaRow[],
    ctx: QaContext,
    settings: QaSettings,
    opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
  ): Promise<Finding[]>;
}

export const qaContextOf = (p: { sourceLang: Lang; targetLang: Lang }): QaContext => ({
  sourceLang: langCode(p.sourceLang),
  targetLang: langCode(p.targetLang),
});

/** Fetches the checks' code now, while the network is there (typing may go on offline). */
export const preloadChecks = (): void => void import('../core/qa/index.js').catch(() => undefined);

export const appEngine: QaEngine = {
  async checkRows(rows, ctx, settings, doc) {
    const { checkRow, quoteContext } = await import('../core/qa/index.js');
    return rows.flatMap((r, k) => {
      const i = doc?.at[k] ?? -1;
      return checkRow(r, 0, doc && i >= 0 ? quoteContext(doc.rows, i, ctx) : ctx, settings);
    });
  },
  async checkDocument(rows, ctx, settings, opts) {
    const { checkInWorker } = await import('../workers/qa-client.js');
    return checkInWorker({ rows: [...rows], ctx, settings }, opts);
  },
};
