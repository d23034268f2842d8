// Re-aligning with nothing changed, on mac-dev's chapters: a person expects the same rows back.
// Aligned each on its own, the stretches after the chosen row came back otherwise (65 of the
// 1,363 rows after a third and two thirds of each chapter; bench/align-realign.ts). Skips,
// saying why, when ../shared/data/alignment or the lexicon is absent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DATA_DIR, loadSet } from '../../bench/align-data.js';
import { LEXICON_PATH, loadLexiconFile } from '../../src/cli/lexicon-file.js';
import { align } from '../../src/core/align/index.js';
import { rowsFromBeads, type AlignRow } from '../../src/core/beads.js';
import { applyRealign, realignJob } from '../../src/core/realign.js';

const missing = !existsSync(DATA_DIR)
  ? `no gold data at ${DATA_DIR}`
  : !existsSync(LEXICON_PATH)
    ? `no lexicon at ${LEXICON_PATH} (npm run build:lexicon)`
    : false;

const show = (rows: readonly AlignRow[]): string[] =>
  rows.map((r) => `${r.source.join('')} | ${r.target.join(' ')}`);

describe('re-aligning mac-dev with nothing changed', { skip: missing }, () => {
  it('gives every chapter’s rows back, after a third and after two thirds', () => {
    const set = loadSet('mac-dev', 'zh', 'en')!;
    const opts = { sourceLang: 'zh', targetLang: 'en', lexicon: loadLexiconFile() } as const;
    for (const d of set.docs) {
      const rows = rowsFromBeads(d.source, d.target, align(d.source, d.target, opts));
      for (const from of [Math.floor(rows.length / 3), Math.floor((2 * rows.length) / 3)]) {
        const job = realignJob(rows, from)!;
        const beads = align(job.source, job.target, { ...opts, anchors: job.anchors });
        const out = applyRealign(rows, job, beads);
        assert.deepEqual(show(out), show(rows), `chapter ${d.id} after row ${from}`);
        assert.ok(
          out.slice(0, from + 1).every((r, k) => r === rows[k]),
          'rows up to the chosen one are the same',
        );
      }
    }
  });
});
