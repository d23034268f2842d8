// Accuracy on the shared gold sets, scored by their official scorer. Skips (saying why) when
// ../shared/data/alignment is absent; the data is never copied into the project.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DATA_DIR, loadScorer, loadSet } from '../../../bench/align-data.js';
import { LEXICON_PATH, loadLexiconFile } from '../../../src/cli/lexicon-file.js';
import { align } from '../../../src/core/align/index.js';

const missing = !existsSync(DATA_DIR)
  ? `no gold data at ${DATA_DIR}`
  : !existsSync(LEXICON_PATH)
    ? `no lexicon at ${LEXICON_PATH} (npm run build:lexicon)`
    : false;

/** Targets of issue 3, in the sets' own direction and reversed (both must work). */
const TARGETS: [string, 'zh' | 'en', 'zh' | 'en', number, number][] = [
  ['mac-dev', 'zh', 'en', 0.75, 0.95],
  ['mag', 'en', 'zh', 0.93, 0],
  ['mac-dev', 'en', 'zh', 0.75, 0.95],
  ['mag', 'zh', 'en', 0.93, 0],
];

describe('alignment accuracy on the shared gold sets', { skip: missing }, () => {
  for (const [name, sl, tl, strict, lax] of TARGETS) {
    it(`${name} ${sl}→${tl}: strict F1 ≥ ${strict}${lax ? `, lax F1 ≥ ${lax}` : ''}`, async () => {
      const set = loadSet(name, sl, tl);
      assert.ok(set, `${name} missing`);
      const { parseBeads, scoreDocs } = await loadScorer();
      const lexicon = loadLexiconFile();
      const tests = set.docs.map((d) =>
        align(d.source, d.target, { sourceLang: sl, targetLang: tl, lexicon }).map(
          (b) => [b.src, b.tgt] as [number[], number[]],
        ),
      );
      // The gold files list the set's own source first; reversed runs swap each bead.
      const reversed = (name === 'mac-dev') !== (sl === 'zh');
      const golds = set.docs.map((d) =>
        parseBeads(d.gold).map(([a, b]) => (reversed ? [b, a] : [a, b]) as [number[], number[]]),
      );
      const s = scoreDocs(golds, tests);
      assert.ok(s.strict.f1 >= strict, `${name} strict F1 ${s.strict.f1.toFixed(3)} < ${strict}`);
      assert.ok(s.lax.f1 >= lax, `${name} lax F1 ${s.lax.f1.toFixed(3)} < ${lax}`);
    });
  }

  it('mac-dev without a lexicon still beats the length-only anchor (strict F1 > 0.5)', async () => {
    const set = loadSet('mac-dev', 'zh', 'en')!;
    const { parseBeads, scoreDocs } = await loadScorer();
    const tests = set.docs.map((d) =>
      align(d.source, d.target, { sourceLang: 'zh', targetLang: 'en' }).map(
        (b) => [b.src, b.tgt] as [number[], number[]],
      ),
    );
    const s = scoreDocs(
      set.docs.map((d) => parseBeads(d.gold)),
      tests,
    );
    assert.ok(s.strict.f1 > 0.5, `strict F1 ${s.strict.f1.toFixed(3)}`);
  });
});
