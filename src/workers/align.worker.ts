// Alignment off the main thread. The lexicon (generated at install time, ~5 MB) is fetched and
// parsed on the first job that needs it (or on a 'warm' request), never when the app starts, and
// kept for the Worker's later jobs: the client keeps an idle Worker between jobs.
import {
  align,
  alignParagraphs,
  decodeLexicon,
  parseLexicon,
  type Lexicon,
} from '../core/align/index.js';
import type { WorkerReply, WorkerRequest, WorkerStats } from './align-protocol.js';

let lexicon: Promise<Lexicon | undefined> | undefined;
const stats: WorkerStats = { jobs: 0, lexiconFetches: 0 };

function loadLexicon(): Promise<Lexicon | undefined> {
  if (!lexicon) stats.lexiconFetches++;
  // A missing lexicon is not fatal: alignment falls back to lengths, numbers and names.
  // The binary form is views on the fetched bytes (no parsing); a build that has only the
  // text form (generated before it existed) falls back to parsing that.
  lexicon ??= fetch(new URL('../../generated/lexicon/zh-en.bin', import.meta.url))
    .then(async (r) => (r.ok ? decodeLexicon(new Uint8Array(await r.arrayBuffer())) : undefined))
    .catch(() => undefined)
    .then(
      (lex) =>
        lex ??
        fetch(new URL('../../generated/lexicon/zh-en.tsv', import.meta.url))
          .then((r) => (r.ok ? r.text() : undefined))
          .then((text) => (text ? parseLexicon(text) : undefined)),
    )
    .catch(() => undefined);
  return lexicon;
}

const post = (m: WorkerReply): void => postMessage(m);

/** Reports whole percents only: enough for a progress bar, and few messages. */
function progress(): (f: number) => void {
  let last = -1;
  return (f) => {
    const pct = Math.floor(f * 100);
    if (pct > last) {
      last = pct;
      post({ type: 'progress', fraction: f });
    }
  };
}

addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  void (async () => {
    const job = e.data;
    if (job.kind === 'warm') {
      await loadLexicon();
      return;
    }
    stats.jobs++;
    try {
      const needs = job.lexicon !== false && (job.sourceLang === 'zh' || job.targetLang === 'zh');
      const lex = needs ? await loadLexicon() : undefined;
      const opts = { sourceLang: job.sourceLang, targetLang: job.targetLang, lexicon: lex };
      const report = progress();
      const beads =
        job.kind === 'anchored'
          ? align(job.source, job.target, { ...opts, anchors: job.anchors, onProgress: report })
          : alignParagraphs(job.source, job.target, { ...opts, onProgress: report });
      post({ type: 'done', beads, lexicon: lex !== undefined, stats: { ...stats } });
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
