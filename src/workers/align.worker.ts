// Alignment off the main thread. The lexicon (generated at install time, ~3 MB) is fetched and
// parsed on the first job that needs it, never when the app starts.
import { alignParagraphs, parseLexicon, type Lexicon } from '../core/align/index.js';
import type { AlignInput, WorkerReply } from './align-protocol.js';

let lexicon: Promise<Lexicon | undefined> | undefined;

function loadLexicon(): Promise<Lexicon | undefined> {
  // A missing lexicon is not fatal: alignment falls back to lengths, numbers and names.
  lexicon ??= fetch(new URL('../../generated/lexicon/zh-en.tsv', import.meta.url))
    .then((r) => (r.ok ? r.text() : undefined))
    .then((text) => (text ? parseLexicon(text) : undefined))
    .catch(() => undefined);
  return lexicon;
}

const post = (m: WorkerReply): void => postMessage(m);

addEventListener('message', (e: MessageEvent<AlignInput>) => {
  void (async () => {
    const job = e.data;
    try {
      const needs = job.lexicon !== false && (job.sourceLang === 'zh' || job.targetLang === 'zh');
      const lex = needs ? await loadLexicon() : undefined;
      let last = -1;
      const beads = alignParagraphs(job.source, job.target, {
        sourceLang: job.sourceLang,
        targetLang: job.targetLang,
        lexicon: lex,
        onProgress: (f) => {
          // Whole percents are enough for a progress bar and keep the message count small.
          const pct = Math.floor(f * 100);
          if (pct > last) {
            last = pct;
            post({ type: 'progress', fraction: f });
          }
        },
      });
      post({ type: 'done', beads, lexicon: lex !== undefined });
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
