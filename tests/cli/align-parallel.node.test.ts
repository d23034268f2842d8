// A long presegmented document is aligned on two threads (commands/align-parallel.ts): the
// output must be the one a single thread gives, byte for byte.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { alignTexts } from '../../src/cli/commands/align.js';
import {
  PARALLEL_MIN,
  startTargetFeatures,
  worthParallel,
} from '../../src/cli/commands/align-parallel.js';
import { LEXICON_PATH, loadLexiconFile } from '../../src/cli/lexicon-file.js';
import { parallel } from '../core/align/synthetic.js';
import { fromDisk, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-align-parallel-'));
const shapes: [number, number][] = Array.from({ length: PARALLEL_MIN }, (_, k) =>
  k % 7 === 3 ? [1, 2] : k % 11 === 5 ? [2, 1] : k % 13 === 0 ? [1, 0] : [1, 1],
);
const doc = parallel(shapes, 17);
const zh = join(dir, 'zh.txt');
const en = join(dir, 'en.txt');
writeFileSync(zh, doc.zh.join('\n') + '\n');
writeFileSync(en, doc.en.join('\n') + '\n');

describe(
  'bitext align on two threads',
  { skip: !worthParallel(doc.zh.length, doc.en.length) && 'one core: no second thread' },
  () => {
    it('the worker thread computes a side (no silent fallback to this thread)', async () => {
      const packed = await startTargetFeatures(doc.en, 'en', LEXICON_PATH);
      assert.equal(packed.len.length, doc.en.length);
      assert.ok(packed.keys.includes('teacher'));
    });

    for (const [sl, tl, s, t] of [
      ['zh', 'en', zh, en],
      ['en', 'zh', en, zh],
    ] as const) {
      it(`${sl}→${tl}, ${doc.zh.length} × ${doc.en.length} sentences: the single thread's output`, async () => {
        const settings = {
          sourceLang: sl,
          targetLang: tl,
          presegmented: true,
          format: 'json',
        } as const;
        const r = await runCli(
          [
            'align',
            s,
            t,
            '--source-lang',
            sl,
            '--target-lang',
            tl,
            '--presegmented',
            '--format',
            'json',
          ],
          fromDisk,
        );
        assert.equal(r.code, 0, r.err);
        const [st, tt] = await Promise.all([fromDisk(s), fromDisk(t)]).then((b) =>
          b.map((x) => new TextDecoder().decode(x)),
        );
        const single = alignTexts(st!, tt!, [s, t], settings, loadLexiconFile());
        assert.ok(r.out.length > 1000);
        assert.equal(r.out, single);
      });
    }
  },
);
