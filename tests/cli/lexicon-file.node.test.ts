// The generated binary lexicon answers as the text it was built from (skips, saying why, when
// the lexicon has not been generated).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LEXICON_BIN, LEXICON_TSV, loadLexiconFile } from '../../src/cli/lexicon-file.js';

const missing =
  !existsSync(LEXICON_BIN) || !existsSync(LEXICON_TSV)
    ? `no generated lexicon (npm run build:lexicon)`
    : false;

describe('generated/lexicon: zh-en.bin against zh-en.tsv', { skip: missing }, () => {
  it('every word, gloss and reading of the text is in the binary form, and no more', () => {
    const bin = loadLexiconFile(LEXICON_BIN)!;
    let words = 0;
    for (const line of readFileSync(LEXICON_TSV, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (line.startsWith('#') || tab <= 0) continue;
      const key = line.slice(0, tab);
      const value = line.slice(tab + 1).split(' ');
      if (key.startsWith('@')) assert.deepEqual(bin.readings(key.slice(1)), value, key);
      else {
        words++;
        assert.deepEqual(bin.glosses(key), value, key);
      }
    }
    assert.equal(bin.size, words);
    assert.ok(words > 50_000, `${words} words`);
  });
});
